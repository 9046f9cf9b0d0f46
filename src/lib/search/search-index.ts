import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { transform } from 'esbuild';
import type * as PagefindApi from 'pagefind';
import type { PagefindIndex } from 'pagefind';
import type { SearchInput } from '@/lib/search/search-records.ts';
import { decodeCbor, encodeCbor, renameFragments, sign, unsign } from './pagefind-meta.ts';
import { spaceQuotesInRecord } from './quote-spacing.ts';

/** Where Astro's build leaves the pages and records to index (`src/pages/search-records.json.ts`). */
export const RECORDS_FILE = 'search-records.json';

/** How many records are sent to Pagefind's service before waiting for its answers. */
const RECORDS_IN_FLIGHT = 512;

/** The attribute that marks what Pagefind indexes of a page. */
const BODY_MARK = 'data-pagefind-body';

type Pagefind = Pick<typeof PagefindApi, 'createIndex' | 'close'>;

export interface IndexSummary {
  pages: number;
  records: number;
  milliseconds: number;
}

/**
 * Pagefind ships its loader with whitespace removed but every name spelled out; minifying it
 * as a bundler would makes it smaller, and every reader who searches fetches it (by how much:
 * docs/benchmarks.md, 'Figures behind the code').
 */
async function minifyEngine(file: string): Promise<void> {
  const { code } = await transform(await readFile(file, 'utf8'), { minify: true, format: 'esm', target: 'es2022' });
  await writeFile(file, code);
}

/** Pagefind's `pagefind-entry.json`: its languages, each with its metadata's hash and its WebAssembly's language. */
interface Entry {
  languages?: Record<string, { hash?: string; wasm?: string; page_count?: number }>;
}

const ENTRY_FILE = 'pagefind-entry.json';

async function readEntry(bundleDir: string): Promise<Entry> {
  return JSON.parse(await readFile(join(bundleDir, ENTRY_FILE), 'utf8')) as Entry;
}

/** The WebAssembly files of the index's languages, the only ones its loader fetches. */
function wasmFiles(entry: Entry): Set<string> {
  return new Set(Object.values(entry.languages ?? {}).map((language) => `wasm.${language.wasm ?? 'unknown'}.pagefind`));
}

/** Zopfli's gzip at the site's one setting, or `undefined` when Zopfli is not installed. */
async function zopfliGzip(): Promise<((bytes: Uint8Array) => Promise<Uint8Array>) | undefined> {
  const zopfli = await import('@gfx/zopfli').catch(() => undefined);
  return zopfli && ((bytes) => zopfli.gzipAsync(bytes, { numiterations: 5 }));
}

/**
 * Pagefind gzips its WebAssembly at zlib's default level; Zopfli writes the same bytes as a smaller
 * gzip stream, which every reader fetches on their first search (docs/benchmarks.md, 'Figures behind
 * the code'). Pagefind's loader inflates any gzip stream. Zopfli is slow on it, and Pagefind writes the
 * same bytes on every build of one version: the result is kept in `cacheDir`, by the hash of what
 * Pagefind wrote. Only the languages the index has (`pagefind-entry.json`) are ever fetched.
 * Resolves to false when Zopfli is not installed (a checkout whose `npm install` predates it): the
 * files stay as Pagefind wrote them, and the build says so.
 */
export async function recompressEngine(bundleDir: string, cacheDir?: string): Promise<boolean> {
  const gzip = await zopfliGzip();
  const done = await Promise.all(
    [...wasmFiles(await readEntry(bundleDir))].map(async (name) => {
      const file = join(bundleDir, name);
      const written = await readFile(file);
      const cached = cacheDir && join(cacheDir, `${createHash('sha256').update(written).digest('hex')}.gz`);
      const smaller = await (cached ? readFile(cached).catch(() => undefined) : undefined);
      if (smaller !== undefined) {
        await writeFile(file, smaller);
        return true;
      }
      if (gzip === undefined) return false;
      const recompressed = await gzip(gunzipSync(written));
      const best = recompressed.length < written.length ? recompressed : written;
      await writeFile(file, best);
      if (cached && cacheDir) {
        await mkdir(cacheDir, { recursive: true });
        await writeFile(cached, best);
      }
      return true;
    }),
  );
  return done.every(Boolean);
}

/**
 * Pagefind writes, beside the index and its engine, the bundles of its own search interfaces and the
 * WebAssembly of a language no page has (`unknown`), and has no option to leave them out (Pagefind
 * issue 1183). The site's search is its own (src/client/search/): it loads Pagefind's loader, which
 * fetches its worker, `pagefind-entry.json`, the index and the WebAssembly of the index's languages.
 * The rest would be published and never fetched: removed (docs/benchmarks.md, 'Bytes on the host').
 */
export async function removeUnusedBundleFiles(bundleDir: string): Promise<string[]> {
  const wasm = wasmFiles(await readEntry(bundleDir));
  const unused = (await readdir(bundleDir)).filter(
    (name) =>
      /^pagefind-(.+-)?ui\.(js|css)$/.test(name) ||
      name === 'pagefind-highlight.js' ||
      (/^wasm\..+\.pagefind$/.test(name) && !wasm.has(name)),
  );
  await Promise.all(unused.map((name) => rm(join(bundleDir, name))));
  return unused.sort();
}

/**
 * Renames every record's fragment to a short name given in order, and writes Pagefind's metadata
 * listing them again (src/lib/search/pagefind-meta.ts): the metadata, fetched by every search, lists
 * every record by its fragment's name, and Pagefind's names (a content hash each) were most of it.
 * The fragments go in a folder named by 4 base-36 digits of the hash of the metadata Pagefind wrote,
 * so their addresses change when any record does unless two builds' hashes share those digits: a
 * reader still holding an older build's metadata then finds no fragment by its names rather than
 * another record's. The new metadata is gzipped with Zopfli when it is installed
 * (`recompressEngine`), and `pagefind-entry.json` names it. Resolves to the number of fragments renamed.
 */
export async function compactFragmentNames(bundleDir: string): Promise<number> {
  const entry = await readEntry(bundleDir);
  const gzip = await zopfliGzip();
  let renamed = 0;
  for (const language of Object.values(entry.languages ?? {})) {
    if (language.hash === undefined) continue;
    const metaPath = join(bundleDir, `pagefind.${language.hash}.pf_meta`);
    const written = await readFile(metaPath);
    const cbor = unsign(gunzipSync(written));
    const meta = decodeCbor(cbor);
    if (Buffer.compare(Buffer.from(encodeCbor(meta)), Buffer.from(cbor)) !== 0) {
      throw new Error(`Pagefind's metadata ${metaPath} is not written back as it was read: has its format changed?`);
    }
    // The hash's low base-36 digits, which are uniform (its leading digits are not).
    const folder = (BigInt(`0x${createHash('sha256').update(written).digest('hex').slice(0, 12)}`) % 36n ** 4n)
      .toString(36)
      .padStart(4, '0');
    const { meta: short, renames } = renameFragments(meta, folder);
    await mkdir(join(bundleDir, 'fragment', folder), { recursive: true });
    await Promise.all(
      [...renames].map(([from, to]) =>
        rename(join(bundleDir, 'fragment', `${from}.pf_fragment`), join(bundleDir, 'fragment', `${to}.pf_fragment`)),
      ),
    );
    renamed += renames.size;
    const signed = sign(encodeCbor(short));
    const gzipped = gzip ? await gzip(signed) : gzipSync(signed, { level: 9 });
    const [prefix] = language.hash.split('_');
    const hash = `${prefix}_${createHash('sha256').update(gzipped).digest('hex').slice(0, 10)}`;
    await writeFile(join(dirname(metaPath), `pagefind.${hash}.pf_meta`), gzipped);
    if (hash !== language.hash) await rm(metaPath);
    language.hash = hash;
  }
  await writeFile(join(bundleDir, ENTRY_FILE), JSON.stringify(entry));
  return renamed;
}

/** The file a page's path is built into (`format: 'directory'`): `/corridors/rail/` → `corridors/rail/index.html`. */
export function pageFile(path: string): string {
  if (!path.startsWith('/') || !path.endsWith('/')) throw new Error(`Not a page's path: "${path}"`);
  return `${path.slice(1)}index.html`;
}

/**
 * Adds the pages the build lists (`searchedPagePaths`), each of which must mark what Pagefind indexes
 * (`data-pagefind-body`). Found by reading every page instead, these few cost a read of the whole
 * site, growing with every fact page (and Pagefind's own walk of the folder parsed each of them too):
 * docs/benchmarks.md, 'What the measurements changed'.
 */
async function addPages(index: PagefindIndex, siteDir: string, paths: readonly string[]): Promise<number> {
  const pages = await Promise.all(
    paths.map(async (path) => {
      const sourcePath = pageFile(path);
      const content = await readFile(join(siteDir, sourcePath), 'utf8');
      if (!content.includes(BODY_MARK)) {
        throw new Error(
          `The page ${path} is listed for search but marks no ${BODY_MARK} (src/lib/search/search-records.ts)`,
        );
      }
      return { sourcePath, content };
    }),
  );
  const added = await Promise.all(pages.map((page) => index.addHTMLFile(page)));
  added.forEach((response, i) => check(`index the page ${pages[i]?.sourcePath}`, response));
  return pages.length;
}

function check(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind could not ${step}:\n${response.errors.join('\n')}`);
}

/**
 * Indexes a built site: the pages the build lists (only what is inside their `data-pagefind-body`)
 * and the records of places, facts and source paragraphs (HTML with its own URL), then writes the bundle
 * to `<siteDir>/pagefind/`. Every response's errors fail the build, and
 * Pagefind's service is always closed.
 */
export async function buildSearchIndex(
  siteDir: string,
  pagefind: Pagefind,
  logger: { info: (message: string) => void },
  /** Where to keep the engine's recompressed WebAssembly between builds (`recompressEngine`). */
  cacheDir?: string,
): Promise<IndexSummary> {
  const started = performance.now();
  const recordsPath = join(siteDir, RECORDS_FILE);
  const input = JSON.parse(await readFile(recordsPath, 'utf8')) as Partial<SearchInput>;
  if (!Array.isArray(input.pages) || !Array.isArray(input.records)) {
    throw new Error(`${recordsPath} holds no pages and records to index: build the site again`);
  }
  const { pages: paths, records } = input;
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    check('start', created);
    const { index } = created;
    if (index === undefined) throw new Error('Pagefind could not start: it returned no index');
    const pages = await addPages(index, siteDir, paths);
    const paged = performance.now();
    // Many requests in flight at once: Pagefind's service answers each by its id, and one at a time
    // every record waited for a round trip to the service (docs/benchmarks.md, 'What the measurements changed').
    for (let from = 0; from < records.length; from += RECORDS_IN_FLIGHT) {
      const batch = records.slice(from, from + RECORDS_IN_FLIGHT);
      // Quotation marks apart from the words they enclose, or Pagefind indexes each such word twice (quote-spacing.ts).
      const added = await Promise.all(
        batch.map((record) => index.addHTMLFile({ ...record, content: spaceQuotesInRecord(record.content) })),
      );
      added.forEach((response, i) => check(`add the record for ${batch[i]?.url}`, response));
    }
    const recorded = performance.now();
    check('write the index', await index.writeFiles({ outputPath: join(siteDir, 'pagefind') }));
    await minifyEngine(join(siteDir, 'pagefind', 'pagefind.js'));
    await removeUnusedBundleFiles(join(siteDir, 'pagefind'));
    await compactFragmentNames(join(siteDir, 'pagefind'));
    if (!(await recompressEngine(join(siteDir, 'pagefind'), cacheDir))) {
      logger.info(
        "@gfx/zopfli is not installed (run npm install): Pagefind's WebAssembly stays as it wrote it, 2.8 KB more to every first search",
      );
    }
    const summary = {
      pages,
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
