/**
 * The search records that are not whole pages: one per fact and one per
 * source paragraph, each linking to its own anchor. Pages (and their
 * sections, as sub-results) are indexed from the built HTML.
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

export const RESULT_KINDS = {
  fact: 'Fact',
  section: 'Section',
  paragraph: 'Source paragraph',
} as const;
export type ResultKind = keyof typeof RESULT_KINDS;

export interface SearchPlace {
  name: string;
  altNames: readonly { name: string; note?: string | undefined }[];
  country: string;
  region?: string | undefined;
  /** Whether this fact is the one a search for the place lands on (src/lib/primary-facts.ts). */
  primary: boolean;
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

/** How a place can be searched: its name, every other spelling (on its primary fact only), and where it is. */
function placeText(place: SearchPlace): string {
  const others = place.primary ? place.altNames.map((alt) => (alt.note ? `${alt.name} (${alt.note})` : alt.name)) : [];
  const where = [place.region, place.country].filter(Boolean).join(', ');
  return `${place.name}${others.length > 0 ? `, also written ${others.join(', ')}` : ''}; ${where}.`;
}

export function factRecord(fact: FactSearchInput): SearchRecord {
  const blocks = [
    { text: fact.statement, weight: 2 },
    // The figure both as written on the site and as bare digits, so "2485" and "2,485" both find it.
    { text: fact.figure !== undefined && fact.value !== undefined ? `${fact.figure} (${fact.value}).` : '', weight: 2 },
    { text: fact.period ? `${fact.period}.` : '', weight: 1 },
    { text: fact.speaker ? `Said by ${fact.speaker.name}, ${fact.speaker.role}.` : '', weight: 2 },
    // A place's every spelling, and where it is, land on its primary fact. Other facts name their
    // places in their statements already; repeating the spellings there would only make every
    // search fetch them again.
    {
      text: fact.places
        .filter((p) => p.primary)
        .map(placeText)
        .join(' '),
      weight: 1,
    },
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
