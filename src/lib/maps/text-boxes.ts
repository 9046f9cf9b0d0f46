/**
 * Text and boxes in map units: how wide a label is before any browser sees it, with widths that err
 * wide (the advance widths of DejaVu Sans Semibold, the system font of many Linux desktops and among the
 * widest sans-serif fonts, so a label set in a narrower system font, such as San Francisco, Segoe UI or
 * Roboto, only gains room), the box it covers, and whether boxes and markers meet.
 */

/** A rectangle in map units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Circle {
  cx: number;
  cy: number;
  r: number;
}

export type TextAnchor = 'start' | 'middle' | 'end';

/** How far a line of text reaches above and below its baseline, in ems (DejaVu Sans: 0.928 and 0.236). */
export const ASCENT = 0.93;
export const DESCENT = 0.24;

/** Advance widths in thousandths of an em, DejaVu Sans Semibold as Chromium measures it. */
const WIDTHS: Record<string, number> = {
  ' ': 348,
  '’': 380,
  "'": 306,
  '(': 457,
  ')': 457,
  ',': 380,
  '-': 415,
  '–': 500,
  '.': 380,
  ':': 400,
  '·': 380,
  A: 774,
  B: 762,
  C: 734,
  D: 830,
  E: 683,
  F: 683,
  G: 821,
  H: 837,
  I: 372,
  J: 372,
  K: 775,
  L: 637,
  M: 995,
  N: 837,
  O: 850,
  P: 733,
  Q: 850,
  R: 770,
  S: 720,
  T: 682,
  U: 812,
  Ü: 812,
  V: 774,
  W: 1103,
  X: 771,
  Y: 724,
  Z: 725,
  a: 675,
  b: 716,
  c: 593,
  d: 716,
  e: 678,
  é: 678,
  f: 435,
  g: 716,
  h: 712,
  i: 343,
  j: 343,
  k: 665,
  l: 343,
  m: 1042,
  n: 712,
  o: 687,
  p: 716,
  q: 716,
  r: 493,
  s: 595,
  t: 478,
  u: 712,
  ü: 712,
  v: 652,
  w: 924,
  x: 645,
  y: 652,
  z: 582,
};
/** Digits and anything not listed: as wide as a digit. */
const DEFAULT_WIDTH = 696;

/** The width of a line of text at a font size, in the same units, erring wide. */
export function textWidth(text: string, fontSize: number): number {
  let thousandths = 0;
  for (const char of text) thousandths += WIDTHS[char] ?? DEFAULT_WIDTH;
  return (thousandths / 1000) * fontSize;
}

/** The box a line of text covers, set at (x, baseline y) with an anchor, grown by `pad` on every side. */
export function textBox(text: string, x: number, y: number, anchor: TextAnchor, fontSize: number, pad = 0): Box {
  const width = textWidth(text, fontSize);
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - width / 2 : x - width;
  return { x0: x0 - pad, y0: y - ASCENT * fontSize - pad, x1: x0 + width + pad, y1: y + DESCENT * fontSize + pad };
}

export function boxesIntersect(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function boxIntersectsCircle(box: Box, c: Circle): boolean {
  const dx = c.cx - Math.max(box.x0, Math.min(c.cx, box.x1));
  const dy = c.cy - Math.max(box.y0, Math.min(c.cy, box.y1));
  return dx * dx + dy * dy < c.r * c.r;
}

export function boxInside(box: Box, width: number, height: number, margin = 0): boolean {
  return box.x0 >= margin && box.y0 >= margin && box.x1 <= width - margin && box.y1 <= height - margin;
}
