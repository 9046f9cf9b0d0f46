/**
 * The search records that are not whole pages: one per place, and one per group of facts or source
 * paragraphs of a source, each fact or paragraph a section linking to its own page or anchor. Pages
 * (and their sections, as sub-results) are indexed from the built HTML: the few `searchedPagePaths` names.
 */
import { escapeHtml } from '../text/escape.ts';
import { corridorPath, placesPath } from '../site/links.ts';
import { paragraphMark } from '../content/paragraphs.ts';

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

export interface SearchPlace {
  name: string;
  country: string;
  region?: string | undefined;
}

export interface FactSearchInput {
  id: string;
  /** The source it is quoted or derived from. */
  source: string;
  /** The fact's page, without the base path: `/facts/rail-khorgos-trains/`. */
  url: string;
  label: string;
  statement: string;
  /** The figure as the site writes it, e.g. `2,485 trains`. */
  figure?: string | undefined;
  value?: number | undefined;
  period?: string | undefined;
  corridor?: { id: string; name: string } | undefined;
  speaker?: { name: string; role: string } | undefined;
  places: readonly SearchPlace[];
  countries: readonly string[];
  derived: boolean;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

/** Where a place is, as a fact's record names it: `Khorgos; Xinjiang, China.` */
function placeText(place: SearchPlace): string {
  return `${place.name}; ${[place.region, place.country].filter(Boolean).join(', ')}.`;
}

export function factSection(fact: FactSearchInput): SearchSection {
  const blocks = [
    { text: fact.statement, weight: 2 },
    // The figure both as written on the site and as bare digits, so "2485" and "2,485" both find it.
    { text: fact.figure !== undefined && fact.value !== undefined ? `${fact.figure} (${fact.value}).` : '', weight: 2 },
    { text: fact.period ? `${fact.period}.` : '', weight: 1 },
    { text: fact.speaker ? `Said by ${fact.speaker.name}, ${fact.speaker.role}.` : '', weight: 2 },
    // Where its places are, so a search for a region finds the fact. A place's other spellings are
    // on its own record (`placeRecord`) only: repeating them on every fact would make every search
    // for one fetch them all.
    { text: fact.places.map(placeText).join(' '), weight: 1 },
  ];
  const countries = unique([...fact.places.map((p) => p.country), ...fact.countries]);
  return {
    source: fact.source,
    id: fact.id,
    kind: 'fact',
    title: fact.label,
    blocks,
    filters: {
      kind: ['fact'],
      ...(fact.corridor ? { corridor: [fact.corridor.id] } : {}),
      ...(countries.length > 0 ? { country: countries } : {}),
    },
    display: {
      title: fact.label,
      url: fact.url,
      statement: fact.statement,
      ...(fact.figure ? { figure: fact.figure } : {}),
      ...(fact.derived ? { derived: true as const } : {}),
    },
  };
}

export interface PlaceSearchInput {
  id: string;
  /** The place's page, without the base path: `/places/khorgos/`. */
  url: string;
  name: string;
  altNames: readonly { name: string; note?: string | undefined }[];
  country: string;
  region?: string | undefined;
  /** What the place is, in words: `Railway border port`. */
  kind: string;
  corridors: readonly { id: string; name: string }[];
  /**
   * How many facts are about it, by what they are of, in navigation order: `{ of: 'the air corridor',
   * count: 5 }`, `{ of: 'the summit context', count: 1 }`.
   */
  facts: readonly { of: string; count: number }[];
}

/** How many facts are about a place, by what they are of: `6 facts concern it: 5 of the air corridor and 1 of …`. */
export function placeFactsText(groups: PlaceSearchInput['facts']): string {
  const shown = groups.filter((g) => g.count > 0);
  const total = shown.reduce((sum, g) => sum + g.count, 0);
  if (total === 0) return 'No fact concerns it.';
  const head = total === 1 ? 'One fact concerns it' : `${total} facts concern it`;
  if (shown.length === 1) return `${head}, ${total === 1 ? '' : 'all '}of ${shown[0]?.of ?? ''}.`;
  const parts = shown.map((g) => `${g.count} of ${g.of}`);
  return `${head}: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}.`;
}

/**
 * A place's record: every spelling of its name weighted high, so any of them (Khorgas, Horgos,
 * Nur-Sultan) lands on the place's page, and where it is. Place pages are not indexed as pages,
 * because the facts they list have records of their own.
 */
export function placeRecord(place: PlaceSearchInput): SearchRecord {
  const others = place.altNames.map((alt) => (alt.note ? `${alt.name} (${alt.note})` : alt.name));
  const where = [place.region, place.country].filter(Boolean).join(', ');
  const corridors = [...place.corridors].sort((a, b) => a.id.localeCompare(b.id));
  const summary = `${place.kind} in ${where}.`;
  return {
    url: place.url,
    content: recordHtml({
      title: place.name,
      blocks: [
        { text: others.length > 0 ? `${place.name}, also written ${others.join(', ')}.` : '', weight: 5 },
        { text: summary, weight: 1 },
        {
          text: placeFactsText(place.facts),
          weight: 0.5,
        },
      ],
      meta: {
        title: place.name,
        statement: others.length > 0 ? `${summary} Also written ${others.join(', ')}.` : summary,
        // Every spelling, so that a query naming the place puts its page first (`namedFirst`).
        names: [place.name, ...place.altNames.map((alt) => alt.name)].join(NAME_SEPARATOR),
      },
      filters: {
        kind: ['place'],
        ...(corridors.length > 0 ? { corridor: corridors.map((c) => c.id) } : {}),
        country: [place.country],
      },
    }),
  };
}

export interface ParagraphSearchInput {
  source: string;
  /** The paragraph's anchor on its source's page: `p5`. */
  id: string;
  url: string;
  n: number;
  text: string;
  notes: readonly string[];
  sourceTitle: string;
  /** Whether the site has other sources, so that a result must say which source the paragraph is of. */
  nameSource: boolean;
}

/**
 * A source paragraph: filtered by kind only. The article's words are not themselves of one corridor
 * or country (the facts taken from them are, and carry both), and filters on paragraphs split a
 * source's ten paragraphs into about six records, and a one-word query fetched more (docs/benchmarks.md,
 * 'Figures behind the code').
 */
export function paragraphSection(paragraph: ParagraphSearchInput): SearchSection {
  const title = `Source paragraph ${paragraph.n}`;
  // As a fact card names its paragraph: “Synthetic test bulletin…” ¶2, where one source is not all there is.
  const shown = paragraph.nameSource ? `${paragraph.sourceTitle} ${paragraphMark(paragraph)}` : title;
  return {
    source: paragraph.source,
    id: paragraph.id,
    kind: 'paragraph',
    title,
    blocks: [
      // The article's own words rank a little below the facts drawn from them and the pages about them,
      // so a query that a fact answers opens with the fact: both are in the source's records, which are
      // several items long, and a fact's record is the longer.
      { text: paragraph.text, weight: 0.7 },
      ...paragraph.notes.map((note) => ({ text: `Editorial note: ${note}`, weight: 0.5 })),
    ],
    filters: { kind: ['paragraph'] },
    display: { title: shown, url: paragraph.url },
  };
}
