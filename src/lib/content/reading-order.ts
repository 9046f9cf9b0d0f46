/**
 * The order a reader meets facts in their source: by paragraph, then by where the passage starts in it;
 * passages starting at the same word go by where their figure stands, or, without a figure, by where they end.
 */
import { figureIndex } from './figures.ts';

/** A quoted fact's place in its source: the paragraph's number, the passage's start, and the point within it. */
export type ReadingPosition = readonly [paragraph: number, start: number, within: number];

/** Where a fact stands, given its paragraph's number and text, its verbatim passage and its figure, if any. */
export function readingPosition(
  paragraph: { n: number; text: string },
  passage: string,
  value?: number,
): ReadingPosition {
  const figure = value === undefined ? undefined : figureIndex(value, passage);
  return [paragraph.n, paragraph.text.indexOf(passage), figure ?? passage.length];
}

/**
 * After every paragraph of a source: the paragraph number of a fact whose paragraph is not in its source
 * (validation reports it), and where derived facts stand.
 */
export const AFTER_TEXT = Number.MAX_SAFE_INTEGER;

/** Where a derived fact stands: after the quoted facts of its source, deeper derivations last. */
export function derivedPosition(depth: number): ReadingPosition {
  return [AFTER_TEXT, depth, 0];
}

/** Earlier in the source first. */
export function compareReadingPositions(a: ReadingPosition, b: ReadingPosition): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}
