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
 * files: the saved theme (BaseLayout.astro) and the cascade layer order. The build tests check
 * that these are exactly the hashes of the inline scripts and styles the pages hold.
 */
export const INLINE_HASHES = {
  script: ['sha256-fsYlodWL34P93qwGDZJdMm8OqmNRSlm3k2QuO+amWVY='],
  style: ['sha256-GfCn5eykPQs8UMs3TIXrMFe8fPsF0w0CCXW6V0nU6RQ='],
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

/** The policy as a response header: the <meta> policy plus what only a header can say. */
function contentSecurityPolicy(): string {
  // Only a header can forbid framing (clickjacking); a <meta> policy ignores it.
  return `${pagePolicy()}; frame-ancestors 'none'`;
}

/** The headers every response should carry. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // The site uses none of these; copying a link or a citation writes to the clipboard.
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), clipboard-write=(self)',
    'Cross-Origin-Opener-Policy': 'same-origin',
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

/**
 * A `_headers` file as Netlify and Cloudflare Pages read it, for a site under `base`. Both hosts
 * join the values of a header set by several matching rules, so Cache-Control is set only where
 * it differs from their default (which already revalidates HTML, the search index and the downloads).
 */
export function headersFile(base: string): string {
  const root = `${base.replace(/\/+$/, '')}/`;
  const block = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    block(`${root}*`, securityHeaders()),
    block(`${root}_astro/*`, { 'Cache-Control': IMMUTABLE_CACHE }),
    ...DATA_FOLDERS.map((folder) => block(`${root}${folder}/*`, DATA_HEADERS)),
    ...citationHeaderRules(root).map(([path, headers]) => block(path, headers)),
  ].join('\n\n')}\n`;
}
