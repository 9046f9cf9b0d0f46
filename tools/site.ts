import { readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse as parseCsvText } from 'csv-parse/sync';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { isEntryFile, resolveContentPath } from '../src/lib/content/content-dir.ts';

import { listFiles, listPages } from './dist-files.ts';

export { listFiles, listPages };

/** The file a URL path is served from. */
export function fileOf(distDir: string, path: string): string {
  const clean = decodeURIComponent(path.split('#')[0]?.split('?')[0] ?? '/');
  return join(distDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

export function readPage(distDir: string, path: string): HTMLElement {
  return parse(readFileSync(fileOf(distDir, path), 'utf8'));
}

/** A form of citation that src/components/facts/Citations.astro lists: a fact card's `Short` and `Full`; a page's also the others. */
export type CitationForm =
  'Link' | 'Short' | 'Full' | 'APA' | 'APA in text' | 'Chicago (note)' | 'Chicago (bibliography)';

/** The text of a fact's or a source's citation in a card or page (Citations.astro), in one of its forms. */
export function citationText(holder: HTMLElement, form: CitationForm): string | undefined {
  const term = holder.querySelectorAll('.citations dt').find((dt) => dt.textContent === form);
  return term?.nextElementSibling?.querySelector('p')?.textContent;
}

/** The site's content as authors wrote it, read straight from the files (src/content, or CONTENT_DIR), to check the build against. */
export interface AuthoredFact {
  id: string;
  corridor?: string;
  value?: number;
  kind: 'quoted' | 'derived';
  source: string;
  /** A quoted fact's paragraph and passage. */
  paragraph?: string;
  passage?: string;
  /** A derived fact's input facts, by id. */
  inputs: string[];
}

export function readAuthoredFacts(): AuthoredFact[] {
  const dir = resolveContentPath(process.cwd(), 'facts');
  return readdirSync(dir)
    .filter(isEntryFile)
    .flatMap((name) => parseYaml(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>[])
    .map((raw) => {
      const derivation = raw['derivation'] as { inputs?: Record<string, string> } | undefined;
      return {
        id: String(raw['id']),
        ...(typeof raw['corridor'] === 'string' ? { corridor: raw['corridor'] } : {}),
        ...(typeof raw['value'] === 'number' ? { value: raw['value'] } : {}),
        kind: derivation ? 'derived' : 'quoted',
        source: String(raw['source']),
        ...(typeof raw['paragraph'] === 'string' ? { paragraph: raw['paragraph'] } : {}),
        ...(typeof raw['passage'] === 'string' ? { passage: raw['passage'] } : {}),
        inputs: Object.values(derivation?.inputs ?? {}),
      };
    });
}

export function readCorridorIds(): string[] {
  return readdirSync(resolveContentPath(process.cwd(), 'corridors'))
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => name.replace(/\.mdx$/, ''));
}

/** A path as a command shows it: relative to the project when inside it, else absolute (a CONTENT_DIR elsewhere). */
export function shownPath(path: string): string {
  const inside = relative(process.cwd(), resolve(path));
  return inside === '' ? '.' : inside.startsWith('..') || isAbsolute(inside) ? resolve(path) : inside;
}

export function readSourceIds(): string[] {
  return readdirSync(resolveContentPath(process.cwd(), 'sources'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

export function readArticle(sourceId: string): string {
  return readFileSync(resolveContentPath(process.cwd(), `sources/${sourceId}/article.txt`), 'utf8');
}

export interface AuthoredChart {
  id: string;
  type: 'bar' | 'timeline';
  corridor: string;
  categories?: { label: string }[];
  series?: { label: string; facts: string[] }[];
  tableColumns?: { label: string; facts: string[] }[];
  groups?: { when: string; fact: string; places: string[] }[];
}

export function readAuthoredCharts(): AuthoredChart[] {
  const dir = resolveContentPath(process.cwd(), 'charts');
  return readdirSync(dir)
    .filter(isEntryFile)
    .flatMap((name) => parseYaml(readFileSync(join(dir, name), 'utf8')) as AuthoredChart[]);
}

/** Parses a CSV the site writes, with its header row as keys, by csv-parse (the parser of the library that writes them). */
export function parseCsv(text: string): Record<string, string>[] {
  return parseCsvText<Record<string, string>>(text, { columns: true });
}

/** The pages a reader reads: every page but the redirect pages of old addresses (src/content/links/aliases.yaml). */
export function listContentPages(distDir: string): string[] {
  const aliases = parseYaml(readFileSync(resolveContentPath(process.cwd(), 'links/aliases.yaml'), 'utf8')) as {
    pages?: { from: string }[];
  } | null;
  const redirects = new Set((aliases?.pages ?? []).map((p) => p.from));
  return listPages(distDir).filter((page) => !redirects.has(page));
}

/**
 * Pages a route makes one per entry, by the route's pattern, and the entries whose pages the browser
 * tests open: each chosen for what its page shows (a quoted figure, a chain of derivations, a claim
 * without a figure, a speaker, a qualifier; the place with the most facts, a border port, a place the
 * article only names). The build tests read every page; a browser opens each of these templates on
 * these pages only, so the suite's time does not grow with the content (30,000 fact pages one day).
 */
const SAMPLED_ROUTES: { pattern: RegExp; keep: readonly string[] }[] = [
  {
    pattern: /^\/facts\/(?!page\/)[^/]+\/$/,
    keep: [
      '/facts/rail-khorgos-trains/',
      '/facts/rail-two-ports-growth/',
      '/facts/summit-xian/',
      '/facts/intermodal-easier-trade/',
      '/facts/intermodal-kazakhstan-share/',
    ],
  },
  { pattern: /^\/facts\/page\/\d+\/$/, keep: [] },
  { pattern: /^\/places\/[^/]+\/$/, keep: ['/places/xian/', '/places/khorgos/', '/places/urumqi/'] },
  // A chart's page and the two kinds of embed: each the same template over every chart or fact, whose
  // figures and cards the corridor pages already show in full.
  { pattern: /^\/charts\/[^/]+\/$/, keep: ['/charts/rail-trains-by-port/'] },
  { pattern: /^\/embed\/facts\/[^/]+\/$/, keep: ['/embed/facts/rail-khorgos-trains/'] },
  { pattern: /^\/embed\/charts\/[^/]+\/$/, keep: ['/embed/charts/rail-trains-by-port/'] },
];

/** The pages browser tests open: every content page, but for routes with a page per entry the chosen ones (`SAMPLED_ROUTES`). */
export function browserPages(distDir: string): string[] {
  const pages = listContentPages(distDir);
  for (const { keep } of SAMPLED_ROUTES) {
    for (const page of keep)
      if (!pages.includes(page)) throw new Error(`${page} is chosen for browser tests but not built`);
  }
  return pages.filter((page) => {
    const route = SAMPLED_ROUTES.find((r) => r.pattern.test(page));
    return route === undefined || route.keep.includes(page);
  });
}

/** What Pagefind keeps of a page or record: its text, metadata and filters. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  /** Each element with an id in the indexed part; `title` is a heading's `data-pagefind-title`. */
  anchors: { element: string; id: string; text: string; title?: string; location: number }[];
}

/** Pagefind's fragments (one per page or record), unpacked: `pagefind_dcd` then the JSON. */
export function searchFragments(dist: string): Fragment[] {
  return listFiles(join(dist, 'pagefind', 'fragment')).map(
    (file) =>
      JSON.parse(
        gunzipSync(readFileSync(file))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as Fragment,
  );
}
