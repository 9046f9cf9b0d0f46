/**
 * The search records that are not whole pages: one per fact, one per source paragraph and one per
 * place, each linking to its own page or anchor. Pages (and their sections, as sub-results) are
 * indexed from the built HTML.
 */
import { escapeHtml } from './escape';

/**
 * A record as Pagefind's `addHTMLFile` takes it: an explicit URL and a small
 * HTML document. HTML rather than `addCustomRecord`, so each part of a record
 * can carry a ranking weight: a fact's label and statement count for more
 * than the article passage quoted under it.
 */
export interface SearchRecord {
  /** Path from the site root without the base path, with the anchor: `/corridors/rail/#rail-khorgos-trains`. */
  url: string;
  content: string;
}

interface RecordParts {
  title: string;
  /** Text blocks with their ranking weight (Pagefind's default for body text is 1). */
  blocks: { text: string; weight: number }[];
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The HTML Pagefind indexes for a record: title, weighted blocks, metadata and filters. */
export function recordHtml(parts: RecordParts): string {
  const meta = Object.entries(parts.meta).map(
    ([key, value]) => `<meta data-pagefind-meta="${escapeHtml(key)}[content]" content="${escapeHtml(value)}">`,
  );
  const filters = Object.entries(parts.filters).flatMap(([key, values]) =>
    values.map((value) => `<meta data-pagefind-filter="${escapeHtml(key)}[content]" content="${escapeHtml(value)}">`),
  );
  const blocks = parts.blocks
    .filter((block) => block.text !== '')
    .map((block) => `<p data-pagefind-weight="${block.weight}">${escapeHtml(block.text)}</p>`);
  return [
    '<!doctype html><html lang="en"><head>',
    `<title>${escapeHtml(parts.title)}</title>`,
    ...meta,
    ...filters,
    `<meta data-pagefind-meta="title[content]" content="${escapeHtml(parts.title)}">`,
    '</head><body><main data-pagefind-body>',
    ...blocks,
    // The title last and weighted like a heading: it ranks the record, while the excerpt comes from the text above.
    `<p data-pagefind-weight="5">${escapeHtml(parts.title)}</p>`,
    '</main></body></html>',
  ].join('');
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
  /** The fact's page path with its anchor, without the base path. */
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

export function factRecord(fact: FactSearchInput): SearchRecord {
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
    url: fact.url,
    content: recordHtml({
      title: fact.label,
      blocks,
      meta: {
        title: fact.label,
        kind: RESULT_KINDS.fact,
        statement: fact.statement,
        ...(fact.corridor ? { corridor: fact.corridor.name } : {}),
        ...(fact.figure ? { figure: fact.figure } : {}),
      },
      filters: {
        kind: ['fact'],
        ...(fact.corridor ? { corridor: [fact.corridor.id] } : {}),
        ...(countries.length > 0 ? { country: countries } : {}),
      },
    }),
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
  /** How many facts name it. */
  facts: number;
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
          text: `Named in ${place.facts} ${place.facts === 1 ? 'fact' : 'facts'}${corridors.length > 0 ? ` of the ${corridors.map((c) => c.name.toLowerCase()).join(' and ')} corridor${corridors.length > 1 ? 's' : ''}` : ''}.`,
          weight: 0.5,
        },
      ],
      meta: {
        title: place.name,
        kind: RESULT_KINDS.place,
        statement: others.length > 0 ? `${summary} Also written ${others.join(', ')}.` : summary,
        // Every spelling, so that a query naming the place puts its page first (`namedFirst`).
        names: [place.name, ...place.altNames.map((alt) => alt.name)].join(NAME_SEPARATOR),
        ...(corridors.length > 0 ? { corridor: corridors.map((c) => c.name).join(', ') } : {}),
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
  url: string;
  n: number;
  text: string;
  notes: readonly string[];
  sourceTitle: string;
  /** Corridors and countries of the facts taken from the paragraph. */
  corridors: readonly { id: string; name: string }[];
  countries: readonly string[];
}

export function paragraphRecord(paragraph: ParagraphSearchInput): SearchRecord {
  const corridors = [...new Map(paragraph.corridors.map((c) => [c.id, c])).values()].sort((a, b) =>
    a.id.localeCompare(b.id),
  );
  return {
    url: paragraph.url,
    content: recordHtml({
      title: `Source paragraph ${paragraph.n}`,
      blocks: [
        { text: paragraph.text, weight: 1 },
        ...paragraph.notes.map((note) => ({ text: `Editorial note: ${note}`, weight: 0.5 })),
      ],
      meta: {
        kind: RESULT_KINDS.paragraph,
        source: paragraph.sourceTitle,
        ...(corridors.length > 0 ? { corridor: corridors.map((c) => c.name).join(', ') } : {}),
      },
      filters: {
        kind: ['paragraph'],
        ...(corridors.length > 0 ? { corridor: corridors.map((c) => c.id) } : {}),
        ...(paragraph.countries.length > 0 ? { country: unique(paragraph.countries) } : {}),
      },
    }),
  };
}
