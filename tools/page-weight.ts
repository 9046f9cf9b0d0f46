import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import type { Manifest } from 'vite';
import { clientManifestPath } from '../src/integrations/client-manifest.ts';

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
  /** JS of the first visit: the page's module scripts and the chunks they import. */
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
  /** Each map the page draws inline (`<figure class="map …">`, its SVG and legend), weighed on its own. */
  maps: { id: string; weight: Weight }[];
}

/** A chunk the page loads with import() when needed, and the chunks it brings that the page does not have yet. */
export interface LazyChunk {
  /** The module imported, as the manifest names it, e.g. `src/client/charts/draw-chart.ts`. */
  src: string;
  /** Its file in the build, e.g. `_astro/draw-chart.BwzH6Dc-.js`. */
  file: string;
  weight: Weight;
  hasChartJs: boolean;
}

/**
 * A string of Chart.js's own code (an error message it throws): the manifest lists chunks, not the
 * modules bundled into each, so this is how a chunk is known to hold Chart.js, whatever its name.
 */
const CHART_JS_MARKER = 'Canvas is already in use';

function weigh(text: string): Weight {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

function add(...weights: Weight[]): Weight {
  return weights.reduce((sum, w) => ({ raw: sum.raw + w.raw, gzip: sum.gzip + w.gzip }), { raw: 0, gzip: 0 });
}

/** Vite's manifest of the browser bundle of a build (see src/integrations/client-manifest.ts). */
function readClientManifest(distDir: string): Manifest {
  const file = clientManifestPath(distDir);
  if (!existsSync(file)) throw new Error(`No client manifest at ${file}: build the site (npm run build) first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** The manifest keys of `keys` and every chunk they import statically, in the order met. */
function withImports(manifest: Manifest, keys: readonly string[], have: ReadonlySet<string> = new Set()): string[] {
  const found = new Set<string>();
  const visit = (key: string) => {
    if (have.has(key) || found.has(key)) return;
    found.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...found];
}

/**
 * What a visit to a page downloads: at once (its HTML, every stylesheet it links, its module scripts
 * and the chunks they import), and later (the chunks those scripts `import()`, with their own imports),
 * as the build's client manifest records them. Print-only stylesheets are weighed apart: the screen
 * neither needs nor waits for them.
 */
export function pageWeight(distDir: string, path: string, manifest = readClientManifest(distDir)): PageWeight {
  const html = readFileSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
  const root = parse(html);
  const stylesheets = (selector: string) =>
    root
      .querySelectorAll(selector)
      .map((l) => weigh(readFileSync(join(distDir, l.getAttribute('href') ?? ''), 'utf8')));
  const css = stylesheets('link[rel="stylesheet"]:not([media="print"])');
  const printCss = stylesheets('link[rel="stylesheet"][media="print"]');

  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  // Scripts without src are in the HTML's weight: Astro inlines only scripts that import nothing.
  const entries = root.querySelectorAll('script[type="module"][src]').map((script) => {
    const src = script.getAttribute('src') ?? '';
    const key = [...byFile].find(([file]) => src.endsWith(`/${file}`))?.[1];
    if (key === undefined) throw new Error(`${path}: the script ${src} is not in the client manifest`);
    return key;
  });
  const code = (key: string) => readFileSync(join(distDir, manifest[key]?.file ?? key), 'utf8');

  const first = withImports(manifest, entries);
  const have = new Set(first);
  const lazyKeys = [...new Set(first.flatMap((key) => manifest[key]?.dynamicImports ?? []))].filter(
    (k) => !have.has(k),
  );
  const lazy = lazyKeys.map((key): LazyChunk => {
    const chunks = withImports(manifest, [key], have).map(code);
    return {
      src: key,
      file: manifest[key]?.file ?? key,
      weight: add(...chunks.map(weigh)),
      hasChartJs: chunks.some((text) => text.includes(CHART_JS_MARKER)),
    };
  });

  const firstCode = first.map(code);
  const chartChunks = [...new Set([...first, ...lazyKeys.flatMap((key) => withImports(manifest, [key], have))])]
    .map(code)
    .filter((text) => text.includes(CHART_JS_MARKER));
  const maps = root.querySelectorAll('figure.map').map((figure) => ({
    id: figure.querySelector('svg[data-map]')?.getAttribute('data-map') ?? '?',
    weight: weigh(figure.outerHTML),
  }));
  const weights = {
    html: weigh(html),
    css: add(...css),
    printCss: add(...printCss),
    js: add(...firstCode.map(weigh)),
  };
  return {
    path,
    ...weights,
    lazy,
    total: add(weights.html, weights.css, weights.js),
    chartJsAtFirstVisit: firstCode.some((text) => text.includes(CHART_JS_MARKER)),
    loadsChartJs: chartChunks.length > 0,
    chartChunkGzip: Math.max(0, ...chartChunks.map((text) => weigh(text).gzip)),
    maps,
  };
}
