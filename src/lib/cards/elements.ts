/**
 * The pieces every card is drawn with: the card's colours and font, and the elements satori lays out
 * (plain objects, no React).
 */
import type { CardMode } from './content.ts';

/**
 * The light theme's colours (src/styles/tokens.css, the first of each `light-dark()`): a card is an
 * image, so it cannot follow the reader's theme, and a light card reads on a dark app and a light one.
 */
export const CARD_COLOURS = {
  bg: '#fcfcfb',
  surface: '#f2f3f4',
  text: '#1b1d20',
  muted: '#51565d',
  border: '#d5d8dc',
  mode: { air: '#1f5fbf', rail: '#a8322a', intermodal: '#0c6e66', context: '#5b4a9e' } satisfies Record<
    CardMode,
    string
  >,
  mapSea: '#e6eef4',
  mapLand: '#fbfaf6',
  mapTint: '#f0eadc',
  mapBorder: '#8d949c',
} as const;

/** The name satori knows the shipped font by (src/lib/cards/render.ts). */
export const CARD_FONT = 'Noto Sans';

export type Style = Record<string, string | number>;
export interface CardNode {
  type: string;
  props: { style?: Style; children?: CardChild | CardChild[]; [attribute: string]: unknown };
}
export type CardChild = CardNode | string;

/** An element: `el('div', { color: 'red' }, 'text', el(…))`. */
export function el(type: string, style: Style, ...children: CardChild[]): CardNode {
  return { type, props: { style: { display: 'flex', ...style }, children } };
}

/** Text on at most `lines` lines, ending in an ellipsis if it runs over. */
export function text(value: string, style: Style, lines = 1): CardNode {
  return {
    type: 'div',
    props: { style: { display: 'block', lineClamp: lines, overflow: 'hidden', ...style }, children: value },
  };
}
