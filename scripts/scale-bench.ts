/**
 * Measures the site at scale: `npm run bench:scale -- --sources N` (10, 100, 1000; 100 by default)
 * generates N synthetic sources with 30 facts each (tools/synthetic-corpus.ts) into a temporary copy
 * of the content, builds the site from it with CONTENT_DIR (a clean `npm run build`: its own Astro cache,
 * Pagefind included), and measures the build (wall time, stages, peak memory of the whole process tree),
 * its output (pages, size, HTML per page, search index) and, in Chromium, a one-word search for a word
 * that occurs once, the first visit of /facts/ and filtering every fact there as a reader types.
 * The social cards are drawn from an empty cache of the benchmark's own (CARD_CACHE_DIR), so the build
 * draws every card; `--warm` builds a second time with that cache filled, as a rebuild after a change
 * draws only the cards whose content changed, and reports both builds and the cost of drawing a card
 * (`--card-cache <folder>` uses and keeps a cache filled before instead).
 * Prints a table, then one JSON object as its last line. Not a test: it asserts nothing, and the
 * temporary folders are removed afterwards (`--keep` keeps them, to look at the build).
 * See docs/benchmarks.md.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.ts';
import { copyContent } from '../tools/content-copy.ts';
import { listFiles } from '../tools/site.ts';
import { serveStatic } from '../tools/static-server.ts';
import { checkHost, formatBytes, HOSTS, measureDist } from '../tools/hosts.ts';
import { pageWeight } from '../tools/page-weight.ts';
import { category, GROUPS, searchBytes, startTiming, typeAndTime, type Group } from '../tools/search-timing.ts';
import { addSyntheticContent } from '../tools/synthetic-content.ts';

const { values: args } = parseArgs({
  options: {
    sources: { type: 'string', default: '100' },
    keep: { type: 'boolean', default: false },
    /** Build again with the cards' cache filled by the first build (src/lib/cards/publish/). */
    warm: { type: 'boolean', default: false },
    /**
     * A card cache to use and keep instead of an empty one of the benchmark's own: a cache filled
     * before (the cards' keys do not depend on the temporary folders), so a warm rebuild can be
     * measured without drawing every card again.
     */
    'card-cache': { type: 'string' },
    /** A file to write what the build (and the warm rebuild) printed to. */
    log: { type: 'string' },
  },
});
const sources = Number(args.sources);
if (!Number.isInteger(sources) || sources < 1) throw new Error(`--sources must be a positive whole number`);

const PAGE_SIZE = 4096;

/** The largest of `values`, 0 for none: spread into `Math.max`, every page's or card's size overflows the call stack. */
const largestOf = (values: readonly number[]): number => values.reduce((a, b) => Math.max(a, b), 0);

/** The children of a process: those of each of its threads, from /proc (a thread may end while we read). */
function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((task) => {
    try {
      return readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
    } catch {
      return [];
    }
  });
}

/** A process's name and resident memory, from /proc; undefined once it has ended. */
function processEntry(pid: number): { name: string; rss: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name is in parentheses and may hold spaces: fields start after its last ')'.
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { name, rss: Number(fields[21]) * PAGE_SIZE };
  } catch {
    return undefined;
  }
}

/**
 * The resident memory of a process and all its descendants: summed, and by process name. Walks down
 * from the process through each thread's `children`, reading a few files, not every process on the
 * machine: a walk of all of /proc took much of the time between samples, a CPU the build then lacked
 * (docs/benchmarks.md, 'What the measurements changed').
 */
function treeRss(root: number): { total: number; byName: Record<string, number> } {
  let total = 0;
  const byName: Record<string, number> = {};
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    const entry = processEntry(pid);
    if (entry === undefined) continue;
    total += entry.rss;
    byName[entry.name] = (byName[entry.name] ?? 0) + entry.rss;
    stack.push(...childrenOf(pid));
  }
  return { total, byName };
}

interface Build {
  ms: number;
  peakRss: number;
  /** At the peak: each process's share, by name (`node`, `pagefind_extended`, `npm exec …`). */
  peakByName: Record<string, number>;
  /**
   * The peak while Astro's process builds (up to its "Complete!" line) and after it, while the steps of
   * `scripts/build.ts` run (files, cards, search index, links): which of the two sets the build's peak.
   */
  peakRssAstro: number;
  peakRssAfterAstro: number;
  /** Each line the build printed, with when it arrived (ms from the start). */
  lines: { at: number; text: string }[];
}

/** Runs `npm run build` (Astro's build, then the search index), sampling the memory of its whole process tree every 100 ms. */
async function build(contentDir: string, outDir: string, caches: { cards: string; citations: string }): Promise<Build> {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
    // The citation templates (src/lib/cite/template-store.ts) beside the cards: a cold build makes them all.
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      CARD_CACHE_DIR: caches.cards,
      CITATION_CACHE_DIR: caches.citations,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Build['lines'] = [];
  // Astro's process has ended once it prints its last line; the steps of scripts/build.ts follow.
  let astroDone = false;
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      const at = performance.now() - started;
      for (const text of parts) {
        lines.push({ at, text });
        if (!astroDone && text.includes('[build] Complete!')) astroDone = true;
      }
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  let peakRss = 0;
  let peakByName: Record<string, number> = {};
  const peaks = { astro: 0, after: 0 };
  const sampler = setInterval(() => {
    if (child.pid !== undefined) {
      const { total, byName } = treeRss(child.pid);
      if (total > peakRss) [peakRss, peakByName] = [total, byName];
      const step = astroDone ? 'after' : 'astro';
      peaks[step] = Math.max(peaks[step], total);
    }
  }, 100);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  clearInterval(sampler);
  const ms = performance.now() - started;
  if (code !== 0) {
    console.error(lines.map((l) => l.text).join('\n'));
    throw new Error(`npm run build failed with exit code ${code}`);
  }
  // npm alone: /proc gave no children (a kernel without /proc/<pid>/task/<tid>/children), so no figure.
  if (Object.keys(peakByName).length < 2)
    throw new Error('could not follow the build’s processes in /proc to measure their memory');
  return { ms, peakRss, peakByName, peakRssAstro: peaks.astro, peakRssAfterAstro: peaks.after, lines };
}

/** When the first line matching `pattern` arrived. */
function arrival(lines: Build['lines'], pattern: RegExp): number {
  const line = lines.find((l) => pattern.test(l.text));
  if (!line) throw new Error(`the build printed no line matching ${pattern}`);
  return line.at;
}

/** A number a line of the build printed, e.g. the milliseconds of `checked in 12 ms`. */
function printed(lines: Build['lines'], pattern: RegExp): number {
  for (const { text } of lines) {
    const match = pattern.exec(text);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  throw new Error(`the build printed no line matching ${pattern}`);
}

/** The stages of a build, from the lines it printed and when they arrived. */
function stages(lines: Build['lines'], total: number): Record<string, number> {
  const synced = arrival(lines, /\[content\] Synced content/);
  const bundling = arrival(lines, /Building static entrypoints/);
  const generating = arrival(lines, /generating static routes/);
  const generated = lines.find((l, i) => l.at >= generating && /✓ Completed in/.test(l.text) && i > 0)?.at ?? total;
  const search = printed(lines, /\[pagefind\] Indexed .* in (\d+) ms/);
  const cards = printed(lines, /\[cards\] cards: .* in (\d+) ms/);
  const files = printed(lines, /\[files\] wrote .* in (\d+) ms/);
  return {
    // Astro's start, Vite's config and the content loaders, up to "Synced content".
    load: synced,
    bundle: generating - bundling,
    // The content rules (validateContent), inside the pages stage: the first page asks for the graph.
    validate: printed(lines, /\[content\] .* checked in (\d+) ms/),
    graph: printed(lines, /\[content\] .* graph built in (\d+) ms/),
    pages: generated - generating,
    // The files step after Astro's build: the citation files and oEmbed documents from their bundles.
    files,
    // The card step after it: drawing what the cache lacks, placing every card.
    cards,
    search,
    other: total - synced - (generating - bundling) - (generated - generating) - files - cards - search,
  };
}

/** The social cards a build wrote, and what its log says it drew and copied from the cache. */
function cardFigures(lines: Build['lines'], outDir: string) {
  // None with SOCIAL_CARDS=off, a build to compare with one that draws them.
  const sizes = (existsSync(join(outDir, 'cards')) ? listFiles(join(outDir, 'cards')) : [])
    .filter((f) => f.endsWith('.png'))
    .map((f) => statSync(f).size);
  return {
    files: sizes.length,
    drawn: printed(lines, /cards: (\d+) drawn/),
    cached: printed(lines, /cards: \d+ drawn, (\d+) from the cache/),
    cpuMs: printed(lines, /cards: .* \((\d+) ms of CPU\)/),
    bytes: sizes.reduce((a, b) => a + b, 0),
    median: median(sizes),
    max: largestOf(sizes),
  };
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const file of listFiles(dir)) total += (await stat(file)).size;
  return total;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A one-word search in the dialog of /corridors/rail/: time from the last key to the first result, and gzip bytes fetched. */
async function measureQuery(browser: Browser, url: string, distDir: string, word: string) {
  const runs: { ms: number; bytes: number; results: number; byGroup: Partial<Record<Group, number>> }[] = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      const fetched = new Set<string>();
      context.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (category(path) !== undefined) fetched.add(path);
      });
      await page.goto(`${url}/corridors/rail/`);
      // What the page itself loads is not the search's.
      await page.waitForLoadState('networkidle');
      fetched.clear();
      await page.keyboard.press('Control+k');
      await startTiming(page);
      const { fromLast } = await typeAndTime(page, word);
      await page.waitForLoadState('networkidle');
      const results = await page.locator('#search-dialog-results [role="option"]').count();
      // As a host sends them: Pagefind's files are gzip already (tools/search-timing.ts).
      const sizes = searchBytes(distDir, fetched);
      const byGroup = Object.fromEntries(GROUPS.map((group) => [group, sizes[group].gzip])) as Record<Group, number>;
      const bytes = GROUPS.reduce((sum, group) => sum + byGroup[group], 0);
      runs.push({ ms: fromLast, bytes, results, byGroup });
    } finally {
      await context.close();
    }
  }
  const heaviest = runs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return {
    ms: median(runs.map((r) => r.ms)),
    bytes: heaviest.bytes,
    // The heaviest visit's bytes by what they were: Pagefind's engine, its index (metadata and the
    // index chunks of the words typed), the results' fragments, our search UI.
    byGroup: heaviest.byGroup,
    results: runs[0]?.results ?? 0,
  };
}

/**
 * Filtering /facts/ as a reader types: the page is opened, a first word typed so the explorer fetches
 * every fact (its load time is reported apart), the box cleared, then `word` typed at 40 ms a key. For
 * each key: the time from the keystroke's input event to the frame after its rows and status are drawn.
 */
async function measureFilter(browser: Browser, url: string, word: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${url}/facts/`);
    const box = page.locator('#facts-q');
    const loadStarted = Date.now();
    await box.fill('x');
    await page.waitForFunction(
      () => !/Loading/.test(document.querySelector('facts-explorer .status')?.textContent ?? 'Loading'),
    );
    const loadMs = Date.now() - loadStarted;
    await box.fill('');
    await page.evaluate(() => {
      const times: number[] = [];
      Object.assign(window, { filterTimes: times });
      window.addEventListener(
        'input',
        (event) => {
          const start = event.timeStamp;
          // After the handler has run and the next frame has been produced.
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => times.push(performance.now() - start);
            channel.port2.postMessage(null);
          });
        },
        { capture: true },
      );
    });
    await box.focus();
    await page.keyboard.type(word, { delay: 40 });
    await page.waitForFunction(
      (n) => (window as unknown as { filterTimes: number[] }).filterTimes.length >= n,
      word.length,
    );
    const times = await page.evaluate(() => (window as unknown as { filterTimes: number[] }).filterTimes);
    const status = (await page.locator('facts-explorer .status').textContent())?.trim() ?? '';
    return { loadMs, medianMs: median(times), maxMs: Math.max(...times), status };
  } finally {
    await context.close();
  }
}

const copy = await copyContent('scale');
let scratch: string | undefined;
const { contentDir, outDir } = copy;
try {
  const generateStarted = performance.now();
  const corpus = await addSyntheticContent(contentDir, { sources });
  const generateMs = performance.now() - generateStarted;
  const word = corpus.sources[Math.floor(corpus.sources.length / 2)]?.word ?? '';

  scratch = await mkdtemp(join(tmpdir(), 'corridors-scale-cards-'));
  const caches = { cards: args['card-cache'] ?? join(scratch, 'cards'), citations: join(scratch, 'citations') };
  const result = await build(contentDir, outDir, caches);
  const cards = cardFigures(result.lines, outDir);
  const warm = args.warm ? await build(contentDir, outDir, caches) : undefined;
  // Both builds' lines, the warm one's after a line that says so.
  const logged = (build: Build) => build.lines.map((l) => `${(l.at / 1000).toFixed(2)}s ${l.text}`);
  if (args.log)
    await writeFile(args.log, [...logged(result), ...(warm ? ['--- warm rebuild', ...logged(warm)] : [])].join('\n'));
  const stageMs = stages(result.lines, result.ms);
  const pageFiles = listFiles(outDir).filter((f) => f.endsWith('.html'));
  const htmlSizes = await Promise.all(pageFiles.map(async (f) => (await stat(f)).size));
  const largest = pageFiles[htmlSizes.indexOf(largestOf(htmlSizes))] ?? '';
  const facts = printed(result.lines, /\[content\] (\d+) facts from/);
  const totalSources = printed(result.lines, /\[content\] \d+ facts from (\d+) sources/);

  const server = await serveStatic(outDir);
  const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
  let query: Awaited<ReturnType<typeof measureQuery>>;
  let filter: Awaited<ReturnType<typeof measureFilter>>;
  try {
    query = await measureQuery(browser, server.url, outDir, word);
    filter = await measureFilter(browser, server.url, 'imaginary');
  } finally {
    await browser.close();
    await server.close();
  }
  const weight = pageWeight(outDir, '/facts/');
  // As the static hosts count the output (tools/hosts.ts), and which of them it fits.
  const dist = measureDist(outDir);
  const hostFit = Object.fromEntries(HOSTS.map((host) => [host.id, checkHost(host, dist).fits]));

  const summary = {
    sources: totalSources,
    syntheticSources: sources,
    facts,
    pages: pageFiles.length,
    buildMs: Math.round(result.ms),
    msPerPage: Number((result.ms / pageFiles.length).toFixed(2)),
    stageMs: Object.fromEntries(Object.entries(stageMs).map(([k, v]) => [k, Math.round(v)])),
    peakRssMb: Math.round(result.peakRss / 2 ** 20),
    peakRssByProcessMb: Object.fromEntries(
      Object.entries(result.peakByName).map(([name, rss]) => [name, Math.round(rss / 2 ** 20)]),
    ),
    peakRssAstroMb: Math.round(result.peakRssAstro / 2 ** 20),
    peakRssAfterAstroMb: Math.round(result.peakRssAfterAstro / 2 ** 20),
    distMb: Number(((await sizeOf(outDir)) / 2 ** 20).toFixed(1)),
    distFiles: dist.files,
    distBytes: dist.bytes,
    distFolders: dist.folders,
    distGroups: dist.groups.slice(0, 5).map(({ folder, files, bytes }) => ({ folder, files, bytes })),
    distFullestFolder: dist.fullestFolder,
    hostFit,
    htmlBytesMedian: median(htmlSizes),
    htmlBytesMax: largestOf(htmlSizes),
    htmlMaxPage: `/${largest.slice(outDir.length + 1)}`,
    indexBytes: await sizeOf(join(outDir, 'pagefind')),
    query: word,
    queryResults: query.results,
    queryBytesGzip: query.bytes,
    queryBytesByGroup: query.byGroup,
    queryMs: Math.round(query.ms),
    factsFirstVisitGzip: weight.total.gzip,
    filterMsMedian: Math.round(filter.medianMs),
    filterMsMax: Math.round(filter.maxMs),
    explorerLoadMs: filter.loadMs,
    generateMs: Math.round(generateMs),
    cards: cards.files,
    cardsDrawn: cards.drawn,
    cardsCached: cards.cached,
    cardBytesMedian: cards.median,
    cardBytesMax: cards.max,
    cardsMb: Number((cards.bytes / 2 ** 20).toFixed(1)),
    // The card step's CPU time (its worker threads' included) per card drawn: steadier than wall time on a shared machine.
    cardCpuMsPerCard: cards.drawn === 0 ? undefined : Number((cards.cpuMs / cards.drawn).toFixed(1)),
    ...(warm && {
      warmBuildMs: Math.round(warm.ms),
      warmMsPerPage: Number((warm.ms / pageFiles.length).toFixed(2)),
      warmPeakRssMb: Math.round(warm.peakRss / 2 ** 20),
      warmCardsDrawn: printed(warm.lines, /cards: (\d+) drawn/),
      warmStageMs: Object.fromEntries(Object.entries(stages(warm.lines, warm.ms)).map(([k, v]) => [k, Math.round(v)])),
      // What drawing a card costs the build: the cold build's time beyond the warm one's, per card drawn.
      coldMsPerCard: Number(((result.ms - warm.ms) / Math.max(1, cards.drawn)).toFixed(1)),
    }),
  };
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  const rows: [string, string][] = [
    ['sources (synthetic + the article)', `${summary.sources} (${sources} + ${summary.sources - sources})`],
    ['facts', String(facts)],
    ['pages (HTML files)', String(summary.pages)],
    ['clean build, wall', `${(summary.buildMs / 1000).toFixed(1)} s (${summary.msPerPage} ms a page)`],
    ...Object.entries(summary.stageMs).map(([k, v]): [string, string] => [
      `  stage: ${k}`,
      `${(v / 1000).toFixed(2)} s`,
    ]),
    [
      'peak memory (RSS of the build’s process tree)',
      `${summary.peakRssMb} MiB (${Object.entries(summary.peakRssByProcessMb)
        .map(([name, mb]) => `${name} ${mb}`)
        .join(', ')})`,
    ],
    [
      '  while Astro builds / after it',
      `${summary.peakRssAstroMb} MiB / ${summary.peakRssAfterAstroMb} MiB (files, cards, search index, links)`,
    ],
    ['dist', `${summary.distMb} MiB`],
    [
      'dist as hosts count it',
      `${formatBytes(summary.distBytes)} in ${summary.distFiles} files and ${summary.distFolders} folders; fullest folder ${summary.distFullestFolder.path} (${summary.distFullestFolder.entries} entries)`,
    ],
    ...summary.distGroups.map(({ folder, files, bytes }): [string, string] => [
      `  ${folder}/`,
      `${formatBytes(bytes)} in ${files} files`,
    ]),
    [
      'fits (npm run check:host)',
      Object.entries(summary.hostFit)
        .map(([id, fits]) => `${id} ${fits ? 'yes' : 'no'}`)
        .join(', '),
    ],
    [
      'HTML a page, median / max',
      `${kib(summary.htmlBytesMedian)} / ${kib(summary.htmlBytesMax)} (${summary.htmlMaxPage})`,
    ],
    ['Pagefind index on disk', kib(summary.indexBytes)],
    [
      'social cards',
      `${summary.cards} (${summary.cardsDrawn} drawn, ${summary.cardsCached} from the cache), ${summary.cardsMb} MiB; a card median ${kib(summary.cardBytesMedian)}, max ${kib(summary.cardBytesMax)}${summary.cardCpuMsPerCard === undefined ? '' : `; ${summary.cardCpuMsPerCard} ms of CPU a card drawn`}`,
    ],
    ...(summary.warmBuildMs === undefined
      ? []
      : ([
          [
            'warm rebuild (cards from the cache), wall',
            `${((summary.warmBuildMs ?? 0) / 1000).toFixed(1)} s (${summary.warmMsPerPage} ms a page), peak ${summary.warmPeakRssMb} MiB, ${summary.warmCardsDrawn} cards drawn`,
          ],
          [
            '  warm stages',
            Object.entries(summary.warmStageMs ?? {})
              .map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`)
              .join(', '),
          ],
          ['drawing a card (cold − warm build, per card)', `${summary.coldMsPerCard} ms`],
        ] as [string, string][])),
    [
      `query “${word}” (${query.results} result)`,
      `${kib(query.bytes)} gzip (${Object.entries(query.byGroup)
        .map(([group, bytes]) => `${group} ${kib(bytes)}`)
        .join(', ')}), first result ${summary.queryMs} ms after the last key`,
    ],
    ['/facts/ first visit (HTML + CSS + JS)', `${kib(summary.factsFirstVisitGzip)} gzip`],
    [
      '/facts/ filtering “imaginary”, per key',
      `median ${summary.filterMsMedian} ms, max ${summary.filterMsMax} ms (data loaded in ${summary.explorerLoadMs} ms)`,
    ],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log(JSON.stringify(summary));
} finally {
  if (args.keep) console.error(`Kept ${contentDir} and ${outDir}`);
  else await copy.remove();
  if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
}
