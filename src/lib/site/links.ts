/**
 * Paths inside the site. Every internal link goes through these so the site
 * works at the root of a host or under a sub-path (Astro's `base`).
 */

/** `base` with exactly one trailing slash: `/`, `/corridors-site/`. */
function normalizeBase(base: string): string {
  return `${base.replace(/\/+$/, '')}/`;
}

/** A path under the base, e.g. `withBase('/sub', 'corridors/rail/')` → `/sub/corridors/rail/`. */
export function withBase(base: string, path = ''): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

export function corridorPath(base: string, corridorId: string): string {
  return withBase(base, `corridors/${corridorId}/`);
}

export function sourcePath(base: string, sourceId: string): string {
  return withBase(base, `sources/${sourceId}/`);
}

/** The list of sources. */
export function sourcesPath(base: string): string {
  return withBase(base, 'sources/');
}

/** A page of the list of sources: page 1 is `/sources/`, then `sources/page/2/`, … */
export function sourcesListPath(base: string, page: number): string {
  return page <= 1 ? sourcesPath(base) : withBase(base, `sources/page/${page}/`);
}

/** A place's page: its names, position, locator map and every fact naming it. */
export function placePath(base: string, placeId: string): string {
  return withBase(base, `places/${placeId}/`);
}

/** The list of places. */
export function placesPath(base: string): string {
  return withBase(base, 'places/');
}

/** The facts explorer: every fact in one table. */
export function factsPath(base: string): string {
  return withBase(base, 'facts/');
}

/** The facts explorer filtered, e.g. `factsViewPath(base, { place: 'khorgos' })` → `/facts/?place=khorgos`. */
export function factsViewPath(base: string, filters: Readonly<Record<string, string>>): string {
  const query = new URLSearchParams(filters).toString();
  return query === '' ? factsPath(base) : `${factsPath(base)}?${query}`;
}

/** A static page of the facts table: page 1 is the explorer itself, then `facts/page/2/`, … */
export function factsListPath(base: string, page: number): string {
  return page <= 1 ? factsPath(base) : withBase(base, `facts/page/${page}/`);
}

/** The data the facts explorer filters in the browser (not a download: those are under `data/`). */
export function explorerDataPath(base: string): string {
  return withBase(base, 'facts/explorer.json');
}

/** A fact's permanent page. */
export function factPagePath(base: string, factId: string): string {
  return withBase(base, `facts/${factId}/`);
}

/** A download of the data, e.g. `dataPath(base, 'facts.csv')` → `/data/facts.csv`. */
export function dataPath(base: string, file: string): string {
  return withBase(base, `data/${file}`);
}

/** A chart's data as CSV, e.g. `chartCsvPath(base, 'rail-trains-by-port')` → `/charts/rail-trains-by-port.csv`. */
export function chartCsvPath(base: string, chartId: string): string {
  return withBase(base, `charts/${chartId}.csv`);
}

/** A chart's permanent page: the chart, its table, its facts and its source. */
export function chartPagePath(base: string, chartId: string): string {
  return withBase(base, `charts/${chartId}/`);
}

/** What other sites may frame: a fact's card or a chart, alone, e.g. `/embed/facts/rail-khorgos-trains/`. */
export function embedPath(base: string, kind: 'facts' | 'charts', id: string): string {
  return withBase(base, `embed/${kind}/${id}/`);
}

/** The oEmbed document of an embed (type `rich`), beside it: `/embed/charts/rail-trains-by-port/oembed.json`. */
export function oembedPath(base: string, kind: 'facts' | 'charts', id: string): string {
  return `${embedPath(base, kind, id)}oembed.json`;
}

/**
 * A page's social card (its `og:image`), named by the page's path under the base: `/` → `/cards/index.png`,
 * `/facts/rail-khorgos-trains/` → `/cards/facts/rail-khorgos-trains.png`.
 */
export function cardPath(base: string, pagePath: string): string {
  const root = normalizeBase(base);
  const inside = pagePath.startsWith(root) ? pagePath.slice(root.length) : pagePath.replace(/^\/+/, '');
  const name = inside.replace(/\/+$/, '');
  return withBase(base, `cards/${name === '' ? 'index' : name}.png`);
}

/** A fact's or a source's citation as a reference manager reads it, beside its page: `/facts/<id>/citation.ris`. */
export function citationPath(
  base: string,
  kind: 'facts' | 'sources',
  id: string,
  format: 'csl.json' | 'bib' | 'ris',
): string {
  return withBase(base, `${kind}/${id}/citation.${format}`);
}

export function paragraphPath(base: string, sourceId: string, paragraphId: string): string {
  return `${sourcePath(base, sourceId)}#${paragraphId}`;
}

/**
 * Where a fact is shown: its card on the page that places it (`card`: a corridor id, or `''` for the
 * home page's summit context), or its own page when no page places a card for it.
 */
export function factPath(base: string, fact: { id: string; card?: string | undefined }): string {
  if (fact.card === undefined) return factPagePath(base, fact.id);
  const page = fact.card === '' ? withBase(base) : corridorPath(base, fact.card);
  return `${page}#${fact.id}`;
}

/**
 * An href as the page at `pagePath` writes it: just the `#fragment` when it points into that same
 * page, so following it never reloads the page (or drops its `?highlight=`), and a printed page
 * shows no address for it (src/styles/print.css).
 */
export function hrefFrom(pagePath: string, href: string): string {
  const hash = href.indexOf('#');
  return hash > 0 && href.slice(0, hash) === pagePath ? href.slice(hash) : href;
}

/** A path from the site's root that a URL holds as it is: nothing to encode, no `.` or `..` segment to resolve. */
const PLAIN_PATH = /^(?:\/(?:[\w~?=&#-]|\.(?!\.?(?:[/?#]|$)))*)+$/;

/**
 * A path from the site's root as an absolute URL on `site`: `new URL(path, site).href`, which the pages
 * ask for several times each (canonical, citations, structured data) and which parsed the URL every
 * time, a cost that grew with the pages (docs/benchmarks.md, 'What the measurements changed'). A plain
 * path on an http(s) site without credentials is joined to the site's origin as it is, which is what
 * `new URL` makes of it; anything else is left to `new URL`.
 */
export function absoluteUrl(path: string, site: URL | undefined): string {
  const plain =
    site !== undefined &&
    (site.protocol === 'https:' || site.protocol === 'http:') &&
    site.username === '' &&
    site.password === '' &&
    PLAIN_PATH.test(path) &&
    !path.startsWith('//');
  return plain ? `${site.origin}${path}` : new URL(path, site).href;
}
