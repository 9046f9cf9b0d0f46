import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';

export interface Weight {
  raw: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  html: Weight;
  /** Stylesheets the screen renders with (not those for print only). */
  css: Weight;
  /** Stylesheets linked with media="print": fetched at the lowest priority, never blocking a screen's render. */
  printCss: Weight;
  /** JS of the first visit: linked and inline module scripts and their static imports. */
  js: Weight;
  /** JS fetched later with `import()`, e.g. when the reader scrolls to a chart or opens search, by entry chunk. */
  lazy: LazyChunk[];
  /** HTML + CSS + first-visit JS (print CSS apart). */
  total: Weight;
  /** Whether the first visit's scripts hold Chart.js (they should not: it loads lazily). */
  chartJsAtFirstVisit: boolean;
  /** Whether any script the page can load, at once or later, holds Chart.js. */
  loadsChartJs: boolean;
  /** The gzip size of the largest lazily loaded chunk that holds Chart.js, or 0. */
  chartChunkGzip: number;
}

/** A string found in Chart.js's code (its own error message), whatever the bundler names the chunk. */
const CHART_JS_MARKER = 'Canvas is already in use';
const STATIC_IMPORT = /(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'`]([^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /import\(\s*["'`]([^"'`]+)["'`]\s*\)/g;

export function weigh(text: string): Weight {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

function add(...weights: Weight[]): Weight {
  return weights.reduce((sum, w) => ({ raw: sum.raw + w.raw, gzip: sum.gzip + w.gzip }), { raw: 0, gzip: 0 });
}

interface Module {
  path: string;
  code: string;
}

/** A chunk the page loads with import() when needed, and the modules it brings. */
export interface LazyChunk {
  entry: string;
  modules: Module[];
  weight: Weight;
  hasChartJs: boolean;
}

function resolve(from: string, spec: string): string {
  return new URL(spec, `http://site${from}`).pathname;
}

/** Modules reachable from `code` (at `from`) through static imports, and the dynamic imports they make. */
function walk(
  distDir: string,
  from: string,
  code: string,
  seen: Set<string>,
  out: { modules: Module[]; dynamic: string[] },
): void {
  // Specifiers built at run time (`${base}pagefind/pagefind.js`) are the search engine's own files, not bundle chunks.
  for (const [, spec] of code.matchAll(DYNAMIC_IMPORT))
    if (spec && !spec.includes('${')) out.dynamic.push(resolve(from, spec));
  for (const [, spec] of code.matchAll(STATIC_IMPORT)) {
    if (!spec) continue;
    const path = resolve(from, spec);
    if (seen.has(path)) continue;
    seen.add(path);
    const imported = readFileSync(join(distDir, path), 'utf8');
    out.modules.push({ path, code: imported });
    walk(distDir, path, imported, seen, out);
  }
}

/**
 * What a visit to a page downloads: at once (its HTML, every stylesheet and
 * script it links or inlines, and their static imports), and later (the
 * chunks those scripts `import()`, with their own imports). Print-only
 * stylesheets are weighed apart: the screen neither needs nor waits for them.
 */
export function pageWeight(distDir: string, path: string): PageWeight {
  const html = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const root = parse(html);
  const stylesheets = (selector: string) =>
    root
      .querySelectorAll(selector)
      .map((l) => weigh(readFileSync(join(distDir, l.getAttribute('href') ?? ''), 'utf8')));
  const css = stylesheets('link[rel="stylesheet"]:not([media="print"])');
  const printCss = stylesheets('link[rel="stylesheet"][media="print"]');

  const seen = new Set<string>();
  const first = { modules: [] as Module[], dynamic: [] as string[] };
  for (const script of root.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    const type = script.getAttribute('type');
    if (type !== null && type !== 'module' && type !== 'text/javascript') continue;
    if (src) {
      const srcPath = resolve(path, src);
      if (seen.has(srcPath)) continue;
      seen.add(srcPath);
      const code = readFileSync(join(distDir, srcPath), 'utf8');
      first.modules.push({ path: srcPath, code });
      walk(distDir, srcPath, code, seen, first);
    } else {
      walk(distDir, path, script.textContent, seen, first);
    }
  }
  // Each chunk the page may import() later, with what it imports in turn, not counting what the first visit already has.
  const lazy: LazyChunk[] = [];
  for (const entry of [...new Set(first.dynamic)]) {
    if (seen.has(entry)) continue;
    const own = new Set(seen);
    own.add(entry);
    const code = readFileSync(join(distDir, entry), 'utf8');
    const group = { modules: [{ path: entry, code }], dynamic: [] as string[] };
    walk(distDir, entry, code, own, group);
    lazy.push({
      entry,
      modules: group.modules,
      weight: add(...group.modules.map((m) => weigh(m.code))),
      hasChartJs: group.modules.some((m) => m.code.includes(CHART_JS_MARKER)),
    });
  }
  const later = { modules: lazy.flatMap((chunk) => chunk.modules) };

  const chartChunks = [...first.modules, ...later.modules].filter((m) => m.code.includes(CHART_JS_MARKER));
  const weights = {
    html: weigh(html),
    css: add(...css),
    printCss: add(...printCss),
    // Inline scripts are counted in the HTML.
    js: add(...first.modules.map((m) => weigh(m.code))),
  };
  return {
    path,
    ...weights,
    lazy,
    total: add(weights.html, weights.css, weights.js),
    chartJsAtFirstVisit: first.modules.some((m) => m.code.includes(CHART_JS_MARKER)),
    loadsChartJs: chartChunks.length > 0,
    chartChunkGzip: Math.max(0, ...chartChunks.map((m) => weigh(m.code).gzip)),
  };
}
