/**
 * Links to the source paragraphs a fact or chart comes from, the one owner of how they read: `¶2, ¶3`,
 * or `paragraph 2` where a sentence spells it out, the first led by the source's name where the page
 * needs it (`Source ¶2`).
 */
import { paragraphMark } from '../content/paragraphs.ts';
import { hrefFrom, paragraphPath } from './links.ts';

export interface ParagraphLink {
  href: string;
  text: string;
}

export function paragraphLinks(
  base: string,
  sourceId: string,
  paragraphs: readonly { id: string; n: number }[],
  options: {
    /** Words before the first mark, inside its link: "Source", or the source's title. */
    lead?: string | undefined;
    /** `paragraph 2` rather than `¶2`. */
    spelled?: boolean;
    /** The page the links are on, to make them relative to it (see `hrefFrom`). */
    from?: string | undefined;
  } = {},
): ParagraphLink[] {
  return paragraphs.map((p, i) => {
    const mark = options.spelled ? `paragraph ${p.n}` : paragraphMark(p);
    const path = paragraphPath(base, sourceId, p.id);
    return {
      href: options.from === undefined ? path : hrefFrom(options.from, path),
      text: i === 0 && options.lead !== undefined ? `${options.lead} ${mark}` : mark,
    };
  });
}
