/**
 * What search says of each fact, place and source paragraph: a fact's and a paragraph's section, grouped
 * into records by `groupSections`, and a place's record (src/lib/search/search-records.ts writes them).
 */
import { paragraphMark } from '../content/paragraphs.ts';
import { foldText } from '../text/fold.ts';
import { countAtStart, countOf, factSentence } from '../text/format.ts';
import { NAME_SEPARATOR, recordHtml, type SearchRecord, type SearchSection } from './search-records.ts';

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
      statement: factSentence(fact),
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
  altNames: readonly { name: string; note?: string | undefined; lang?: readonly string[] }[];
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
  const head = `${countAtStart(total, 'fact') ?? `In all, ${countOf(total, 'fact')}`} ${total === 1 ? 'concerns' : 'concern'} it`;
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
  // A name in another language goes without its note (its language and why it is listed, on the
  // place's page): `also written Khorgas, Horgos, 霍尔果斯, Хоргос`.
  // Pagefind folds accents, so a name differing from an earlier one only by them (Ālāshānkǒu after
  // Alashankou) adds nothing to find, and only weighs on the index every search fetches.
  const seen = new Set([foldText(place.name)]);
  const indexed = place.altNames.filter((alt) => !seen.has(foldText(alt.name)) && seen.add(foldText(alt.name)));
  const others = indexed.map((alt) => (alt.note && !alt.lang?.length ? `${alt.name} (${alt.note})` : alt.name));
  // What a result shows: the English spellings, whose fonts every reader has (the others are found,
  // and shown on the place's page with the faces that draw them).
  const shown = place.altNames
    .filter((alt) => !alt.lang?.length)
    .map((alt) => (alt.note ? `${alt.name} (${alt.note})` : alt.name));
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
        statement: shown.length > 0 ? `${summary} Also written ${shown.join(', ')}.` : summary,
        // Every spelling, so that a query naming the place puts its page first (`namedFirst`).
        // English spellings only: a name in another language is in no fact's record, so its query
        // finds the place alone, and the fragment every such result fetches stays small.
        names: [place.name, ...indexed.filter((alt) => !alt.lang?.length).map((alt) => alt.name)].join(NAME_SEPARATOR),
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
