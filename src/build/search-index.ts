import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { transform } from 'esbuild';
import type * as PagefindApi from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import type { SearchRecord } from '@/lib/search-records';

/** Where Astro's build leaves the search records (`src/pages/search-records.json.ts`). */
export const RECORDS_FILE = 'search-records.json';

/** How many records are sent to Pagefind's service before waiting for its answers. */
const RECORDS_IN_FLIGHT = 512;

/** The attribute that marks what Pagefind indexes of a page. */
const BODY_MARK = Buffer.from('data-pagefind-body');

type Pagefind = Pick<typeof PagefindApi, 'createIndex' | 'close'>;

export interface IndexSummary {
  pages: number;
  records: number;
  milliseconds: number;
}

/**
 * Pagefind ships its loader with whitespace removed but every name spelled out; minifying it
 * as a bundler would takes 13.4 KB (gzip) down to 11.5 KB, fetched by every reader who searches.
 */
async function minifyEngine(file: string): Promise<void> {
  const { code } = await transform(await readFile(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  await writeFile(file, code);
}

/** The HTML files of a built site, relative to it. */
async function htmlFiles(siteDir: string): Promise<string[]> {
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(siteDir, join(entry.parentPath, entry.name)));
}

/**
 * Adds the pages that have a `data-pagefind-body`, which are the only ones Pagefind indexes once any
 * page has one. Handing it the whole folder made it parse every page to find the few that do: 4 of
 * 3,237 at 100 sources, 4.7 s, growing with every fact page. Read here, the rest cost a string search.
 */
async function addIndexedPages(index: PagefindIndex, siteDir: string): Promise<{ page_count: number }> {
  const files = await htmlFiles(siteDir);
  const indexed: { sourcePath: string; content: string }[] = [];
  for (let from = 0; from < files.length; from += RECORDS_IN_FLIGHT) {
    const read = await Promise.all(
      files.slice(from, from + RECORDS_IN_FLIGHT).map(async (sourcePath) => ({
        sourcePath,
        bytes: await readFile(join(siteDir, sourcePath)),
      })),
    );
    // Searched as bytes, and only the pages found decoded: decoding all 31,907 pages at 1,000 sources
    // (575 MB) to search them took 9 s of the 30 s the index took.
    for (const { sourcePath, bytes } of read)
      if (bytes.includes(BODY_MARK)) indexed.push({ sourcePath, content: bytes.toString('utf8') });
  }
  if (indexed.length === 0) {
    // No page marks its body: Pagefind would index every page whole, as its directory walk does.
    const pages = await index.addDirectory({ path: siteDir });
    check(`index the pages in ${siteDir}`, pages);
    return pages;
  }
  const added = await Promise.all(indexed.map((page) => index.addHTMLFile(page)));
  added.forEach((response, i) => check(`index the page ${indexed[i]?.sourcePath}`, response));
  return { page_count: indexed.length };
}

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
}

/**
 * Indexes a built site: its pages (only what is inside `data-pagefind-body`)
 * and the records of places, facts and source paragraphs (HTML with its own URL), then writes the bundle
 * to `<siteDir>/pagefind/`. Every response's errors fail the build, and
 * Pagefind's service is always closed.
 */
export async function buildSearchIndex(
  siteDir: string,
  pagefind: Pagefind,
  logger: { info: (message: string) => void },
): Promise<IndexSummary> {
  const started = performance.now();
  const recordsPath = join(siteDir, RECORDS_FILE);
  const records = JSON.parse(await readFile(recordsPath, 'utf8')) as SearchRecord[];
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    check('start', created);
    const { index } = created;
    if (index === undefined) throw new Error('Pagefind could not start: it returned no index');
    const pages = await addIndexedPages(index, siteDir);
    const paged = performance.now();
    // Many requests in flight at once: Pagefind's service answers each by its id, and one at a time
    // every record waited for a round trip to the service (27 s for 4,052 records at 100 sources).
    for (let from = 0; from < records.length; from += RECORDS_IN_FLIGHT) {
      const batch = records.slice(from, from + RECORDS_IN_FLIGHT);
      const added = await Promise.all(batch.map((record) => index.addHTMLFile(record)));
      added.forEach((response, i) => check(`add the record for ${batch[i]?.url}`, response));
    }
    const recorded = performance.now();
    check('write the index', await index.writeFiles({ outputPath: join(siteDir, 'pagefind') }));
    await minifyEngine(join(siteDir, 'pagefind', 'pagefind.js'));
    const summary = {
      pages: pages.page_count,
      records: records.length,
      milliseconds: Math.round(performance.now() - started),
    };
    const ms = (from: number, to: number) => `${Math.round(to - from)} ms`;
    logger.info(
      `Indexed ${summary.pages} HTML files (the pages' data-pagefind-body only) and ${summary.records} records of places and of facts and paragraphs grouped by source in ${summary.milliseconds} ms (pages ${ms(started, paged)}, records ${ms(paged, recorded)}, writing ${ms(recorded, performance.now())})`,
    );
    return summary;
  } finally {
    await pagefind.close();
    await rm(recordsPath, { force: true });
  }
}
