/** The pure shaping of a source page's route data (src/data/pages/sources.ts). */
import { paragraphMark } from '../content/paragraphs.ts';
import type { TocItem } from './toc.ts';

/** A paragraph's first words, to find it by in the table of contents. */
export function opening(text: string, words = 7): string {
  const parts = text.split(/\s+/);
  return parts.length > words ? `${parts.slice(0, words).join(' ')}…` : text;
}

/** The source page's contents: each paragraph by number and first words, the sub-headlines longer and in bold. */
export function sourceToc(
  paragraphs: readonly { id: string; n: number; text: string }[],
  headlines: readonly string[],
): TocItem[] {
  return paragraphs.map((p) => {
    const headline = headlines.includes(p.id);
    return { id: p.id, text: `${paragraphMark(p)} ${opening(p.text, headline ? 9 : 6)}`, depth: 2, strong: headline };
  });
}

/** Whether the title is the source's headline or ours: citations set the two apart. */
export function titleNote(titleIsDescriptive: boolean): string {
  return titleIsDescriptive
    ? 'The title above is a descriptive title of ours, not the source’s headline, which is not given; citations set it in square brackets.'
    : 'The title above is the source’s own headline.';
}
