/** One block of a source text, numbered from 1 in reading order. */
export interface Paragraph {
  /** Stable anchor id, `p1`, `p2`, … */
  id: string;
  /** 1-based position in the text. */
  n: number;
  /** The block exactly as written in the source, without surrounding blank lines. */
  text: string;
}

/** A paragraph's number as a citation writes it: `¶5`. */
export function paragraphMark(p: { n: number }): string {
  return `¶${p.n}`;
}

/**
 * Splits a plain-text article into paragraphs at blank lines.
 * Paragraph ids depend only on order, so a verbatim source keeps its anchors
 * for as long as its text does not change.
 */
export function splitParagraphs(text: string): Paragraph[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[\t ]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block, index) => ({ id: `p${index + 1}`, n: index + 1, text: block }));
}
