import type { SourceData } from '@/schemas/source.ts';

/** One block of a source text, numbered from 1 in reading order: its anchor `p1`, its number, its text verbatim. */
export type Paragraph = SourceData['paragraphs'][number];

/** An editorial note on words of a paragraph, where the translation misleads. */
export type EditorialNote = SourceData['notes'][number];

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
