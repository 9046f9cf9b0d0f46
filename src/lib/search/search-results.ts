/**
 * Turns Pagefind's raw results into what the search UI shows: one item per
 * record (a page, a place, or a source's facts or paragraphs), led by its
 * best-matching section and linking to its exact anchor, with the next
 * matching sections as sub-items.
 */
import { kindLabel } from '../text/fact-kind.ts';
import { foldText } from '../text/fold.ts';
import { markTerms } from './highlight.ts';
import { unspaceQuotes } from './quote-spacing.ts';
import { NAME_SEPARATOR, RESULT_KINDS, type ResultKind, type SectionDisplay } from './search-records.ts';

/** The part of Pagefind's result data the UI reads (`(await result.data())`). */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results?: PagefindSubResult[];
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  /** The heading the section starts at; a grouped record's carries its display as `title` (`groupSections`). */
  anchor?: { id: string; element: string; text?: string; title?: string } | undefined;
  weighted_locations?: { balanced_score: number }[];
  locations?: number[];
}

export interface ResultItem {
  url: string;
  title: string;
  kind: ResultKind;
  kindLabel: string;
  /** Corridor names, e.g. `Rail`. */
  corridors: string[];
  /** The excerpt as HTML: Pagefind escapes the text and wraps the terms in <mark>. */
  excerpt: string;
  /** For a value fact, its figure: `2,485 trains`. */
  figure?: string | undefined;
  /** For a place, every spelling of its name. */
  names: string[];
  /** For a derived fact: its figure is worked out from quoted ones (shown as a “Derived” badge). */
  derived: boolean;
  /** For a section of a page: the page it is on, when the section is not the page's top (`Places`). */
  page?: string | undefined;
  /** The next matching sections, each with its own figure when it is a value fact. */
  sections: { url: string; title: string; excerpt: string; figure?: string | undefined; derived: boolean }[];
}

/** The query as a URL parameter on each result link, for highlighting on the page it opens. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Adds `?highlight=…` before the fragment: `/corridors/rail/?highlight=khorgos#khorgos`. */
export function withHighlight(url: string, query: string): string {
  const terms = query.trim();
  if (terms === '') return url;
  const [path = '', hash] = url.split('#');
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}${HIGHLIGHT_PARAM}=${encodeURIComponent(terms)}${hash === undefined ? '' : `#${hash}`}`;
}

function score(sub: PagefindSubResult): number {
  if (sub.weighted_locations) return sub.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0);
  return sub.locations?.length ?? 0;
}

function kindOf(data: PagefindResultData): ResultKind {
  const kind = data.filters?.['kind']?.[0];
  return kind === 'fact' || kind === 'place' || kind === 'paragraph' || kind === 'section' ? kind : 'section';
}

/** Whether a record groups facts or paragraphs (`groupSections`), each section with its display on its heading. */
function isGrouped(kind: ResultKind): boolean {
  return kind === 'fact' || kind === 'paragraph';
}

/** A grouped record's section as results show it: its heading's display (`groupSections`), titled by the heading unless it says otherwise. */
function sectionDisplay(anchor: { text?: string; title?: string }): SectionDisplay | undefined {
  // Written by this build: a value that does not parse is a bug to see, not to hide.
  if (anchor.title === undefined) return undefined;
  const display = JSON.parse(anchor.title) as SectionDisplay;
  return { ...display, title: display.title ?? anchor.text ?? '' };
}

/** A record's sub-results that have an anchor, best-scoring first (by Pagefind's weighted hits), ties in page order. */
function rankedSections(data: PagefindResultData): (PagefindSubResult & { anchor: { id: string } })[] {
  return (data.sub_results ?? [])
    .filter((sub): sub is PagefindSubResult & { anchor: { id: string; element: string } } => sub.anchor !== undefined)
    .map((sub, order) => ({ sub, order, score: score(sub) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ sub }) => sub);
}

/**
 * One result as the UI shows it. A page's link goes to its best-matching section (by Pagefind's
 * weighted hits), and up to `maxSections` sections with anchors are listed under it, best first.
 * A record that groups facts or paragraphs (`groupSections`) shows its best-matching one as the
 * result, with its own title, link, statement and figure, and the next ones under it.
 */
export function toResultItem(
  data: PagefindResultData,
  query: string,
  corridorNames: Record<string, string>,
  maxSections = 3,
): ResultItem {
  const kind = kindOf(data);
  const grouped = isGrouped(kind);
  // A page's section as Pagefind gives it; a grouped record's section as its display says, with a
  // fact's own statement for excerpt (Pagefind's would mix in the record's index-only text).
  const sections = rankedSections(data)
    .flatMap((sub) => {
      if (!grouped)
        return [{ url: sub.url, title: sub.title, excerpt: sub.excerpt, figure: undefined, derived: false }];
      const display = sectionDisplay(sub.anchor);
      if (display === undefined) return [];
      const excerpt =
        display.statement === undefined ? unspaceQuotes(sub.excerpt) : markTerms(display.statement, query);
      return [
        { url: display.url, title: display.title ?? '', excerpt, figure: display.figure, derived: !!display.derived },
      ];
    })
    .slice(0, maxSections)
    .map((section) => ({ ...section, url: withHighlight(section.url, query) }));
  const best = sections[0];
  const byBest = best !== undefined && (kind === 'section' || grouped);
  return {
    url: byBest ? best.url : withHighlight(data.url, query),
    title: byBest ? best.title : (data.meta['title'] ?? data.url),
    kind,
    kindLabel: RESULT_KINDS[kind],
    corridors: (data.filters?.['corridor'] ?? []).map((id) => corridorNames[id] ?? id),
    // A place reads best as what it is and its other spellings.
    excerpt: byBest
      ? best.excerpt
      : kind === 'place' && data.meta['statement']
        ? markTerms(data.meta['statement'], query)
        : // Only records were indexed with their quotation marks spaced (search-index.ts), not pages.
          kind === 'section'
          ? data.excerpt
          : unspaceQuotes(data.excerpt),
    figure: byBest ? best.figure : undefined,
    derived: byBest ? best.derived : false,
    names: kind === 'place' ? (data.meta['names'] ?? '').split(NAME_SEPARATOR).filter(Boolean) : [],
    // A page's section is named by its heading, which may say little alone (“Rail corridor” on the
    // list of places): the page's title goes above it, as a breadcrumb. A record's title is its own.
    page: byBest && !grouped && best.title !== data.meta['title'] ? data.meta['title'] : undefined,
    sections: byBest ? sections.slice(1) : [],
  };
}

/**
 * Results with the place a query names first: "Khorgos", "khorgas" or "Nur-Sultan" opens with the
 * place's page, whatever Pagefind scores the facts that mention it (their titles name the place too,
 * and ranking saturates). Otherwise the order is Pagefind's.
 */
export function namedFirst(items: readonly ResultItem[], query: string): ResultItem[] {
  const folded = foldText(query.trim());
  const named = items.findIndex(
    (item) => item.kind === 'place' && item.names.some((name) => foldText(name) === folded),
  );
  if (named <= 0) return [...items];
  return [items[named] as ResultItem, ...items.slice(0, named), ...items.slice(named + 1)];
}

/** Filters as Pagefind takes them: any value within a group, every group at once. */
export function toPagefindFilters(selected: Record<string, readonly string[]>): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(selected)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: [...values] }]),
  );
}

/** The longest query searched: longer input (a pasted paragraph) is cut, at a word where it can be. */
export const MAX_QUERY_LENGTH = 200;
/** The longest query the status line repeats back. */
export const MAX_ECHO_LENGTH = 60;

/** Cuts text to `max` characters, at a word boundary when one is near, marking the cut with “…”. */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The query as it is searched: whitespace and control characters collapsed to single spaces, and bounded. */
export function boundedQuery(raw: string): string {
  const clean = raw.replace(/[\s\p{Cc}\p{Cf}]+/gu, ' ').trim();
  return clean.length <= MAX_QUERY_LENGTH ? clean : clean.slice(0, MAX_QUERY_LENGTH).trimEnd();
}

/** What the status line says after a search, for screen readers and sighted readers alike. */
export function resultStatus(query: string, total: number, shown: number, filtered: boolean): string {
  const echo = truncate(boundedQuery(query), MAX_ECHO_LENGTH);
  const scope = filtered ? ' with these filters' : '';
  if (total === 0) return `No results for “${echo}”${scope}. Try a place (Khorgos), a figure (2485) or fewer words.`;
  const more = total > shown ? `, showing the first ${shown}` : '';
  return `${total} result${total === 1 ? '' : 's'} for “${echo}”${scope}${more}.`;
}

/** A fact's figure as badges, after “Derived” when it is worked out from quoted figures rather than quoted. */
export function figureBadges(fact: { figure?: string | undefined; derived: boolean }): string[] {
  return [...(fact.derived ? [kindLabel('derived')] : []), ...(fact.figure ? [fact.figure] : [])];
}
