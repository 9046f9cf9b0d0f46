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
  css: Weight;
  js: Weight;
  total: Weight;
}

function weigh(text: string): Weight {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

function add(...weights: Weight[]): Weight {
  return weights.reduce((sum, w) => ({ raw: sum.raw + w.raw, gzip: sum.gzip + w.gzip }), { raw: 0, gzip: 0 });
}

/** Follows static `import` statements of a bundled module, so a page's JS counts every chunk it loads at once. */
function jsClosure(distDir: string, start: string, seen: Set<string>): Weight[] {
  if (seen.has(start)) return [];
  seen.add(start);
  const code = readFileSync(join(distDir, start), 'utf8');
  const imports = [...code.matchAll(/(?:^|[;\s])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
  const here = start.slice(0, start.lastIndexOf('/') + 1);
  return [weigh(code), ...imports.flatMap((spec) => jsClosure(distDir, new URL(spec, `http://x${here}`).pathname, seen))];
}

/**
 * What a first visit to a page downloads before any interaction: its HTML,
 * every stylesheet and script it links or inlines, and the modules those
 * scripts import statically. Lazy `import()` chunks are not counted.
 */
export function pageWeight(distDir: string, path: string): PageWeight {
  const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(file, 'utf8');
  const root = parse(html);
  const css = [
    ...root.querySelectorAll('link[rel="stylesheet"]').map((l) => weigh(readFileSync(join(distDir, l.getAttribute('href') ?? ''), 'utf8'))),
  ];
  const seen = new Set<string>();
  const js = root.querySelectorAll('script[src]').flatMap((s) => jsClosure(distDir, s.getAttribute('src') ?? '', seen));
  for (const script of root.querySelectorAll('script:not([src])')) {
    const inline = script.textContent;
    const imports = [...inline.matchAll(/import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1] ?? '');
    js.push(...imports.flatMap((spec) => jsClosure(distDir, new URL(spec, `http://x${path}`).pathname, seen)));
  }
  const weights = { html: weigh(html), css: add(...css), js: add(...js) };
  return { path, ...weights, total: add(weights.html, weights.css, weights.js) };
}
