/**
 * The search records that are not whole pages: one per place, and one per group of facts or source
 * paragraphs of a source, each fact or paragraph a section linking to its own page or anchor. Pages
 * (and their sections, as sub-results) are indexed from the built HTML: the few `searchedPagePaths` names.
 * This is how a record is written and grouped; what each fact, place and paragraph says is in
 * src/lib/search/search-items.ts.
 */
import { escapeHtml } from '../text/escape.ts';
import { corridorPath, placesPath } from '../site/links.ts';

/**
 * The pages whose own text search indexes, as pages with sections: the corridor narratives and the list
 * of places. BaseLayout marks the body of these (`data-pagefind-body`) and of no other page, and the
 * search index step reads these and no other: every fact, paragraph and place is a record of its own.
 */
export function searchedPagePaths(base: string, corridorIds: readonly string[]): string[] {
  return [...corridorIds.map((id) => corridorPath(base, id)), placesPath(base)];
}

/** What Astro's build hands the search index step (`src/lib/search/search-index.ts`). */
export interface SearchInput {
  /** The pages to index, from the site root without the base path: `/corridors/rail/`. */
  pages: string[];
  records: SearchRecord[];
}

/**
 * A record as Pagefind's `addHTMLFile` takes it: an explicit URL and a small
 * HTML document. HTML rather than `addCustomRecord`, so each part of a record
 * can carry a ranking weight: a fact's label and statement count for more
 * than the article passage quoted under it.
 */
export interface SearchRecord {
  /** Path from the site root without the base path, of its first section: `/facts/rail-khorgos-trains/`, `/sources/article/#p5`. */
  url: string;
  content: string;
}

interface Block {
  text: string;
  /** Pagefind's ranking weight; its default for body text is 1. */
  weight: number;
}

interface RecordParts {
  title: string;
  blocks: Block[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * A record's head: its title, metadata and filters. Pagefind (1.5 and later) indexes every metadata
 * value as searchable text, so metadata holds only what results show and the body does not already
 * say; a grouped record has no title of its own (each result is one of its sections).
 */
function headHtml(
  title: string | undefined,
  meta: Record<string, string>,
  filters: Record<string, string[]>,
): string[] {
  const metas = Object.entries(meta).map(
    ([key, value]) => `<meta data-pagefind-meta="${escapeHtml(key)}[content]" content="${escapeHtml(value)}">`,
  );
  const filterTags = Object.entries(filters).flatMap(([key, values]) =>
    values.map((value) => `<meta data-pagefind-filter="${escapeHtml(key)}[content]" content="${escapeHtml(value)}">`),
  );
  return [
    '<!doctype html><html lang="en"><head>',
    ...(title === undefined ? [] : [`<title>${escapeHtml(title)}</title>`]),
    ...metas,
    ...filterTags,
    ...(title === undefined ? [] : [`<meta data-pagefind-meta="title[content]" content="${escapeHtml(title)}">`]),
    '</head><body><main data-pagefind-body>',
  ];
}

function blocksHtml(blocks: readonly Block[]): string[] {
  return blocks
    .filter((block) => block.text !== '')
    .map((block) => `<p data-pagefind-weight="${block.weight}">${escapeHtml(block.text)}</p>`);
}

/** The HTML Pagefind indexes for a record of one item: title, weighted blocks, metadata and filters. */
export function recordHtml(parts: RecordParts): string {
  return [
    ...headHtml(parts.title, parts.meta, parts.filters),
    ...blocksHtml(parts.blocks),
    // The title last and weighted like a heading: it ranks the record, while the excerpt comes from the text above.
    `<p data-pagefind-weight="5">${escapeHtml(parts.title)}</p>`,
    '</main></body></html>',
  ].join('');
}

/**
 * What the results show of one section of a grouped record, which Pagefind's sub-result does not carry.
 * It travels as the section heading's `data-pagefind-title` (JSON), which Pagefind keeps with the
 * heading's anchor in the record's fragment and does not index: as metadata, every word of it (titles,
 * statements, addresses) was indexed again, a good part of the index a one-word query fetches
 * (docs/benchmarks.md, 'Figures behind the code').
 */
export interface SectionDisplay {
  /** Where it differs from the section's heading (a paragraph named with its source). */
  title?: string;
  /** Where the result links, without the base path. */
  url: string;
  /** A fact's statement, shown as its excerpt instead of Pagefind's excerpt of the indexed text. */
  statement?: string;
  /** A value fact's figure as the site writes it: `2,485 trains`. */
  figure?: string;
  /** A derived fact: its figure is worked out from quoted ones, and results say so. */
  derived?: true;
}

/**
 * One fact or source paragraph. It is not a record of its own: the sections of one source that
 * share a kind and filters are one record (`groupSections`), each under a heading whose id Pagefind
 * reports in its sub-results, because Pagefind's metadata file lists every record, and one record
 * per fact made that file most of what a one-word query fetches at scale (docs/benchmarks.md, 'What the
 * measurements changed').
 */
export interface SearchSection {
  /** The source the item comes from: records never join sections of two sources. */
  source: string;
  /** Unique among the sections of its source: the fact's id, or the paragraph's (`p5`). */
  id: string;
  kind: Extract<ResultKind, 'fact' | 'paragraph'>;
  filters: Record<string, string[]>;
  /** The heading, weighted like a title: it ranks the section, while excerpts come from the text under it. */
  title: string;
  blocks: Block[];
  display: SectionDisplay;
}

/** The records for the given sections: one per source, kind and set of filters, its sections in their order. */
export function groupSections(sections: readonly SearchSection[]): SearchRecord[] {
  const groups = new Map<string, SearchSection[]>();
  for (const section of sections) {
    const key = JSON.stringify([section.source, section.kind, section.filters]);
    const group = groups.get(key);
    if (group) group.push(section);
    else groups.set(key, [section]);
  }
  return [...groups.values()].map((group) => {
    const [first] = group as [SearchSection, ...SearchSection[]];
    return {
      // Not shown (each result links to a section's own URL); unique, as each section is in one record.
      url: first.display.url,
      content: [
        ...headHtml(undefined, {}, first.filters),
        ...group.flatMap((s) => {
          const { title, ...display } = s.display;
          const shown: SectionDisplay = title === s.title ? display : s.display;
          return [
            `<h2 id="${escapeHtml(s.id)}" data-pagefind-weight="5" data-pagefind-title="${escapeHtml(JSON.stringify(shown))}">${escapeHtml(s.title)}</h2>`,
            ...blocksHtml(s.blocks),
          ];
        }),
        '</main></body></html>',
      ].join(''),
    };
  });
}

/** Between the spellings of a place in its record's `names` metadata. */
export const NAME_SEPARATOR = '|';

export const RESULT_KINDS = {
  fact: 'Fact',
  place: 'Place',
  section: 'Section',
  paragraph: 'Source paragraph',
} as const;
export type ResultKind = keyof typeof RESULT_KINDS;
