/**
 * The site's security policy, in one place: the Content-Security-Policy every
 * page carries in a <meta> (BaseLayout.astro), and the response headers a host
 * should send (the generated `_headers` file and the README's nginx snippet),
 * which add what a <meta> cannot carry, such as `frame-ancestors`.
 */
import { citationHeaderRules } from '../cite/download.ts';

/**
 * Scripts: our own files, plus the WebAssembly Pagefind's search engine compiles
 * (`'wasm-unsafe-eval'` allows that and nothing else; no `'unsafe-eval'`, no `'unsafe-inline'`).
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** Styles: our own files; the one inline <style> is allowed by its hash. */
export const STYLE_SOURCES = ["'self'"] as const;

/** Everything else comes from the site itself; nothing is embedded, posted elsewhere or re-based. */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The inline elements every page carries, which must run before first paint and so cannot be
 * files: the saved theme and the cascade layer order (inline-code.ts). The build tests check
 * that these are exactly the hashes of the inline scripts and styles the pages hold.
 */
export const INLINE_HASHES = {
  script: ['sha256-M7FxK4tsMI29lQT1jw4jQa0JUzKFweQqc72ykUre85o='],
  style: ['sha256-Vd8trhe1BSCHHAHzaQ3dCNydmaq7B/Zd6rYF9mu0si8='],
} as const;

/**
 * The policy every page carries in its <meta>: the directives above, and script and style sources
 * with the hashes of exactly the inline code the pages hold. Written by us rather than by Astro's
 * `security.csp`, which adds a hash for every client directive, island script and bundled file
 * whether a page uses them or not (seven script and two style hashes this site never runs, weight on
 * every page: docs/benchmarks.md, 'Figures behind the code'), where our files need only `'self'`. A
 * page without the layout's inline pieces (a redirect) passes none.
 */
export function pagePolicy(inline: { script: readonly string[]; style: readonly string[] } = INLINE_HASHES): string {
  return [
    ...CSP_DIRECTIVES,
    `script-src ${[...SCRIPT_SOURCES, ...inline.script.map((h) => `'${h}'`)].join(' ')}`,
    `style-src ${[...STYLE_SOURCES, ...inline.style.map((h) => `'${h}'`)].join(' ')}`,
  ].join('; ');
}

/**
 * The inline elements an embed (EmbedLayout.astro) carries: the theme a parent page asks for with
 * `?theme=light|dark`, applied before first paint, and the same cascade layer order as every page.
 */
export const EMBED_INLINE_HASHES = {
  script: ['sha256-P5KL9hmockh5CAtXV9iOuuECfyG1SD7HgQgtWXt6BGw='],
  style: INLINE_HASHES.style,
} as const;

/** Who may frame a page: nobody (clickjacking), or any site, for the embeds under `/embed/`. */
export type Framing = 'none' | 'anyone';

/** The folder of the pages other sites may frame (`embedPath` in src/lib/site/links.ts). */
export const EMBED_FOLDER = 'embed';

/** Who may frame the page at `pathname` of a site under `base`: anyone for an embed, nobody otherwise. */
export function framingOf(base: string, pathname: string): Framing {
  return pathname.startsWith(`${base.replace(/\/+$/, '')}/${EMBED_FOLDER}/`) ? 'anyone' : 'none';
}

/**
 * The policy as a response header: the <meta> policy plus what only a header can say. A <meta>
 * policy ignores `frame-ancestors`, so framing is ruled here alone, by path (`framingOf`).
 */
function contentSecurityPolicy(framing: Framing): string {
  return framing === 'anyone'
    ? `${pagePolicy(EMBED_INLINE_HASHES)}; frame-ancestors *`
    : `${pagePolicy()}; frame-ancestors 'none'`;
}

/** The headers every response carries but the security policy, which depends on the page (`securityHeaders`). */
function commonHeaders(): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The site uses none of these; copying a link or a citation writes to the clipboard.
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), clipboard-write=(self)',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/**
 * Framing forbidden the older way, for what no rule of `headersFile` sends a policy to (a missing
 * address's 404 page). Browsers ignore it where a policy says `frame-ancestors` (CSP Level 2), so it
 * can go to every path, the embeds' included, as `_headers` must send it.
 */
const NO_FRAMING = { 'X-Frame-Options': 'DENY' };

/** The headers a page should be sent with: those of every response, and the policy for who may frame it. */
export function securityHeaders(framing: Framing = 'none'): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(framing),
    ...commonHeaders(),
    ...(framing === 'none' ? NO_FRAMING : {}),
  };
}

/** Hashed file names never change content, so they may be cached for a year. */
const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * The folders of the downloads (`/data/…`, `/charts/<id>.csv`): public data that a notebook or a data
 * tool on another site may fetch, so any origin may read them. They hold no credentials and are
 * never sent with any; their types come from their extensions, as for every other file.
 */
export const DATA_FOLDERS = ['data', 'charts'] as const;
const DATA_HEADERS = { 'Access-Control-Allow-Origin': '*' };

/** What of a build holds pages: its top-level folders and files (`index.html`, `404.html`) that hold HTML. */
export interface PageEntries {
  folders: readonly string[];
  files: readonly string[];
}

/**
 * A `_headers` file as Netlify and Cloudflare Pages read it, for a site under `base`. Both hosts
 * join the values of a header set by several matching rules, so Cache-Control is set only where
 * it differs from their default (which already revalidates HTML, the search index and the downloads),
 * and no two rules both send a Content-Security-Policy: a second policy would be enforced as well,
 * and its `frame-ancestors 'none'` would forbid framing the embeds. Without a rule for "everything
 * but /embed/", the page policy goes to each top-level folder and file of the build that holds pages
 * (`entries`, read from the build), and the embeds' to `/embed/*`.
 */
export function headersFile(base: string, entries: PageEntries): string {
  const root = `${base.replace(/\/+$/, '')}/`;
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  const pagePolicyOnly = { 'Content-Security-Policy': contentSecurityPolicy('none') };
  const pagePaths = [
    ...entries.files.flatMap((file) => (file === 'index.html' ? [root, `${root}${file}`] : [`${root}${file}`])),
    ...entries.folders.filter((folder) => folder !== EMBED_FOLDER).map((folder) => `${root}${folder}/*`),
  ];
  return `${[
    block(`${root}*`, { ...commonHeaders(), ...NO_FRAMING }),
    ...pagePaths.map((path) => block(path, pagePolicyOnly)),
    block(`${root}${EMBED_FOLDER}/*`, { 'Content-Security-Policy': contentSecurityPolicy('anyone') }),
    block(`${root}_astro/*`, { 'Cache-Control': IMMUTABLE_CACHE }),
    ...DATA_FOLDERS.map((folder) => block(`${root}${folder}/*`, DATA_HEADERS)),
    ...citationHeaderRules(root).map(([path, headers]) => block(path, headers)),
  ].join('\n\n')}\n`;
}
