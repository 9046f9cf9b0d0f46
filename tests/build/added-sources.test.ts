/**
 * The content with sources added, built once from a temporary copy (CONTENT_DIR), with SOCIAL_CARDS=off
 * (what a card shows of a fact is tested on the main builds, tests/build/cards.test.ts): the second-source
 * fixture (tests/fixtures/second-source/) and the scale benchmark's corpus at 10 sources
 * (tools/synthetic-corpus.ts), both synthetic and never published. One build for both, as a build is
 * the dearest thing a test does: each part checks only what is its own, and names the other's sources
 * where a list holds them all.
 *
 * - A second source: everything a source touches must name the right one.
 * - The scale benchmark's corpus, built small so it cannot rot, as `npm run bench:scale` builds 1,000:
 *   the build checks every content rule on it; this checks it did, and that its pages exist and link
 *   where a fact no page places as a card lives: on its own page. Timings are the benchmark's business.
 *
 * - A new source as an editor adds it (tests/fixtures/new-source/, README 'Adding a source'): brought in
 *   by `npm run source:add`, its figures listed by `npm run facts:candidates`, two of them completed as an
 *   editor would, and built: its pages, search records, downloads, and the links the build registers.
 *
 * And none of it in the real build.
 */
import { execFile } from 'node:child_process';
import { appendFile, cp, readFile, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { resolveContentPath } from '@/lib/content/content-dir.ts';
import type { AnchorRegistry } from '@/lib/site/anchors.ts';
import type { SyntheticCorpus } from '../../tools/synthetic-corpus.ts';
import { addSyntheticContent } from '../../tools/synthetic-content.ts';
import { buildSite } from '../support/build.ts';
import { copyContent, type ContentCopy } from '../../tools/content-copy.ts';
import { citationText, listFiles, listPages, readPage, searchFragments } from '../../tools/site.ts';

const FIXTURE = 'tests/fixtures/second-source';
const FIXTURE_ID = 'synthetic-test-fixture';
const FIXTURE_TITLE = '“Synthetic test bulletin on two railway ports”';
/** Citations (src/lib/cite/) give a headline as the CSL styles do: without quotation marks. */
const FIXTURE_HEADLINE = 'Synthetic test bulletin on two railway ports';
const ARTICLE_ID = 'xian-summit-corridors';
const ARTICLE_TITLE = '[China and Central Asia ahead of the Xi’an summit — air, rail and sea links]';
const FIXTURE_FACTS = [
  'fixture-khorgos-test-trains',
  'fixture-alashankou-test-trains',
  'fixture-two-ports-test-trains',
];
/** The scale benchmark's synthetic sources in this build. */
const SOURCES = 10;
/** The new source an editor adds, and the two of its candidate facts they complete. */
const NEW_SOURCE = 'synthetic-test-wire';
const NEW_FACTS = ['wire-lianyungang-test-containers', 'wire-khorgos-test-trains'];

let copy: ContentCopy;
let corpus: SyntheticCorpus;
let log = '';
/** What `source:add` and `facts:candidates` printed. */
let editorLog = '';

/** An npm script of the project as an editor runs it (`npm run <script> -- …`), on the copy of the content. */
async function editorRuns(script: string, ...args: string[]): Promise<string> {
  const { stdout } = await promisify(execFile)(process.execPath, [script, ...args], {
    env: { ...process.env, CONTENT_DIR: copy.contentDir },
  });
  return stdout;
}

/** README 'Adding a source', steps 1 to 3, on the copy. */
async function addNewSource(): Promise<void> {
  editorLog += await editorRuns(
    'scripts/source-add.ts',
    'tests/fixtures/new-source/article.txt',
    '--id',
    NEW_SOURCE,
    '--written',
    '2031-03-04',
    '--kind',
    'synthetic test wire',
    '--url',
    'https://example.org/synthetic-test-wire',
  );
  // The one field the command leaves to the editor.
  const yamlFile = join(copy.contentDir, 'sources', NEW_SOURCE, 'source.yaml');
  const yaml = await readFile(yamlFile, 'utf8');
  await writeFile(
    yamlFile,
    yaml.replace("description: ''", 'description: A synthetic wire written for the build tests; not real reporting.'),
  );
  editorLog += await editorRuns('scripts/facts-candidates.ts', NEW_SOURCE);
  const candidates = parseYaml(
    await readFile(join(copy.contentDir, 'facts', `${NEW_SOURCE}.candidates.yaml`), 'utf8'),
  ) as Record<string, unknown>[];
  const completed = [
    {
      ...candidates.find((c) => c['value'] === 3500),
      id: NEW_FACTS[0],
      statement:
        'In a synthetic test wire, about 3,500 invented test containers passed through Lianyungang in a month.',
      label: 'Test containers through Lianyungang',
      corridor: 'intermodal',
      period: 'The fixture month (synthetic)',
    },
    {
      ...candidates.find((c) => c['value'] === 420),
      id: NEW_FACTS[1],
      statement: 'In a synthetic test wire, the Khorgos railway port handled 420 invented test trains in a month.',
      label: 'Test trains through Khorgos',
      corridor: 'rail',
      period: 'The fixture month (synthetic)',
    },
  ];
  // The candidates file stays where it was written: the build must not read it.
  await writeFile(join(copy.contentDir, 'facts', `${NEW_SOURCE}.yaml`), stringifyYaml(completed));
}

beforeAll(async () => {
  copy = await copyContent('added-sources');
  for (const folder of ['sources', 'facts', 'charts']) {
    await cp(join(FIXTURE, folder), join(copy.contentDir, folder), { recursive: true });
  }
  await appendFile(
    join(copy.contentDir, 'corridors/rail.mdx'),
    await readFile(join(FIXTURE, 'corridors/rail.append.mdx'), 'utf8'),
  );
  corpus = await addSyntheticContent(copy.contentDir, { sources: SOURCES });
  await addNewSource();
  log = await buildSite(copy.outDir, { CONTENT_DIR: copy.contentDir, SOCIAL_CARDS: 'off' });
}, 180_000);

afterAll(async () => {
  await copy.remove();
});

/** The pages of the scale corpus's sources, in the order lists give them (by id, before the others). */
const syntheticSourcePaths = () => corpus.sources.map((source) => `/sources/${source.id}/`);

/** Text as a reader reads it: no-break spaces as spaces, runs of white space as one. */
const text = (element: HTMLElement | null | undefined) =>
  (element?.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function jsonLd(page: HTMLElement): { '@type': string; isBasedOn?: { name: string; url: string }[] }[] {
  return [JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? '[]')].flat();
}

it('builds without a warning but the one saying SITE_URL is not set', () => {
  const warnings = log.split('\n').filter((line) => line.includes('[WARN]'));
  expect(warnings).toEqual([expect.stringContaining('SITE_URL is not set')]);
});

describe('a second source (synthetic fixture)', () => {
  it('is listed on /sources/ beside the first, each with its cited title, counts and page', () => {
    const page = readPage(copy.outDir, '/sources/');
    const items = page.querySelectorAll('.sources > li');
    // The scale corpus's sources come first, by id; the fixture, the new source and the article after them.
    const listed = [
      ...syntheticSourcePaths(),
      `/sources/${FIXTURE_ID}/`,
      `/sources/${NEW_SOURCE}/`,
      `/sources/${ARTICLE_ID}/`,
    ];
    expect(items.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual(listed);
    const ours = items.slice(SOURCES);
    expect(ours.map((li) => text(li.querySelector('h2')))).toEqual([
      FIXTURE_TITLE,
      '“Synthetic test wire on two ports”',
      ARTICLE_TITLE,
    ]);
    expect(text(ours[0])).toContain('Synthetic test fixture (not real reporting)');
    expect(text(ours[0])).toContain('4 paragraphs, 3 facts, 1 editorial note');
    expect(text(page.querySelector('.lede'))).toMatch(new RegExp(`^The ${SOURCES + 3} texts this site is built from`));
    const list = jsonLd(page)[0] as unknown as { mainEntity: { itemListElement: { item: { url: string } }[] } };
    expect(list.mainEntity.itemListElement.map((i) => new URL(i.item.url).pathname)).toEqual(listed);
    const sitemap = readFileSync(join(copy.outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`/sources/${FIXTURE_ID}/</loc>`);
  });

  it('cites each fact on the corridor page to its own source: paragraph link and citation', () => {
    const page = readPage(copy.outDir, '/corridors/rail/');
    const sourceLinks = (id: string) =>
      page
        .getElementById(id)
        ?.querySelectorAll('.meta a[href*="/sources/"]')
        .map((a) => [text(a), a.getAttribute('href')]);
    // The rail page now shows facts of two sources, so each card's paragraph link names its own.
    expect(sourceLinks('fixture-khorgos-test-trains')).toEqual([[`${FIXTURE_TITLE} ¶2`, `/sources/${FIXTURE_ID}/#p2`]]);
    expect(sourceLinks('fixture-alashankou-test-trains')).toEqual([
      [`${FIXTURE_TITLE} ¶3`, `/sources/${FIXTURE_ID}/#p3`],
    ]);
    // A derived fact rests on the paragraphs of its inputs.
    expect(sourceLinks('fixture-two-ports-test-trains')).toEqual([
      [`${FIXTURE_TITLE} ¶2`, `/sources/${FIXTURE_ID}/#p2`],
      ['¶3', `/sources/${FIXTURE_ID}/#p3`],
    ]);
    expect(sourceLinks('rail-khorgos-trains')).toEqual([[`${ARTICLE_TITLE} ¶5`, `/sources/${ARTICLE_ID}/#p5`]]);
    // The home page shows the article's facts only: “Source” says enough there. (Every corridor page
    // draws a chart of the scale corpus here, so the air page's cards name the article, as the rail page's do.)
    const home = readPage(copy.outDir, '/');
    expect(text(home.querySelector('#summit-xian .meta a[href*="/sources/"]'))).toBe('Source ¶1');
    const air = readPage(copy.outDir, '/corridors/air/');
    expect(text(air.querySelector('#air-dushanbe-route .meta a[href*="/sources/"]'))).toBe(`${ARTICLE_TITLE} ¶3`);
    for (const id of FIXTURE_FACTS) {
      for (const kind of ['Short', 'Full'] as const) {
        const citation = (citationText(page.getElementById(id) ?? page, kind) ?? '').replace(/\u00a0/g, ' ');
        const lead = { Short: 'Source:', Full: 'Based on' }[kind];
        expect(citation, `${id} ${kind}`).toContain(`${lead} ${FIXTURE_HEADLINE}, `);
        expect(citation, `${id} ${kind}`).not.toContain(ARTICLE_TITLE);
      }
    }
    expect(
      citationText(page.getElementById('rail-khorgos-trains') ?? page, 'Short')?.replace(/\u00a0/g, ' '),
    ).toContain(ARTICLE_TITLE);
  });

  it('names each source in the caption of a chart that draws facts of both', () => {
    const caption = readPage(copy.outDir, '/corridors/rail/')
      .querySelector('#figure-fixture-trains-by-source')
      ?.closest('figure')
      ?.querySelector('figcaption');
    expect(text(caption)).toContain(`Sources: ${FIXTURE_TITLE} ¶2, ¶3; ${ARTICLE_TITLE} ¶5.`);
    expect(caption?.querySelectorAll('.links a[href*="/sources/"]').map((a) => a.getAttribute('href'))).toEqual([
      `/sources/${FIXTURE_ID}/#p2`,
      `/sources/${FIXTURE_ID}/#p3`,
      `/sources/${ARTICLE_ID}/#p5`,
    ]);
  });

  it('lists its facts under their paragraphs on its own page, which links back to the list', () => {
    const page = readPage(copy.outDir, `/sources/${FIXTURE_ID}/`);
    const listed = (paragraph: string) =>
      page
        .querySelectorAll(`ul[aria-labelledby="${paragraph}-facts"] a`)
        .map((a) => a.getAttribute('href')?.split('#')[1]);
    expect(listed('p2')).toEqual(['fixture-khorgos-test-trains', 'fixture-two-ports-test-trains']);
    expect(listed('p3')).toEqual(['fixture-alashankou-test-trains', 'fixture-two-ports-test-trains']);
    expect(text(page.querySelector('h1'))).toBe('Synthetic test bulletin on two railway ports');
    expect(page.querySelector('nav[aria-label="Breadcrumb"] a')?.getAttribute('href')).toBe('/sources/');
    expect(text(page.querySelector('[data-source-paragraph="p1"]'))).toMatch(
      /^SYNTHETIC TEST FIXTURE — not real reporting\./,
    );
  });

  it('names each fact’s own source on the page of a place that facts of both sources name', () => {
    // Alashankou: the scale corpus names it in fewer facts than a place page lists (36), so the page
    // lists them all, the fixture's too (Khorgos's list is full before the fixture's fact).
    const page = readPage(copy.outDir, '/places/alashankou/');
    const meta = (id: string) => text(page.querySelector(`ol.facts li[data-fact="${id}"] .meta`));
    expect(meta('fixture-alashankou-test-trains')).toContain(`${FIXTURE_TITLE} ¶3`);
    expect(meta('rail-alashankou-trains')).toContain(`${ARTICLE_TITLE} ¶5`);
    // Named beside each fact, so not once for the list.
    expect(page.querySelectorAll('.facts-section > p a[href^="/sources/"]')).toHaveLength(0);
  });

  it('is in the search index: each fact and paragraph a section of a record of its own source, linking to its page', () => {
    const fragments = searchFragments(copy.outDir);
    /** The record holding a section, and what its result shows of that section. */
    const records = fragments.map((fragment) => ({
      fragment,
      // What results show of each section, on its heading (`groupSections`).
      sections: Object.fromEntries(
        fragment.anchors
          .filter((anchor) => anchor.title !== undefined)
          .map((anchor) => [anchor.id, JSON.parse(anchor.title ?? '') as { url: string; title?: string }]),
      ),
    }));
    const holding = (id: string) => {
      const record = records.find((r) => id in r.sections);
      return { fragment: record?.fragment, display: record?.sections[id], ids: Object.keys(record?.sections ?? {}) };
    };
    const khorgos = holding('fixture-khorgos-test-trains');
    expect(khorgos.display?.url).toBe('/facts/fixture-khorgos-test-trains/');
    expect(khorgos.fragment?.content).toContain(
      'In a synthetic test bulletin, 1,000 invented test trains passed through the Khorgos railway port',
    );
    expect(khorgos.fragment?.filters['kind']).toEqual(['fact']);
    const both = holding('fixture-two-ports-test-trains');
    expect(both.display?.url).toBe('/facts/fixture-two-ports-test-trains/');
    expect(both.fragment?.content).toContain('1,600 invented test trains');
    // A record never joins the facts of two sources.
    for (const { ids } of [khorgos, both]) expect(ids.filter((id) => !id.startsWith('fixture-'))).toEqual([]);
    const paragraphs = fragments.find((f) => f.url.startsWith(`/sources/${FIXTURE_ID}/#`));
    // Titled as a fact card names a paragraph where there are several sources.
    expect(JSON.parse(paragraphs?.anchors.find((anchor) => anchor.id === 'p3')?.title ?? '{}')).toEqual({
      title: `${FIXTURE_TITLE} ¶3`,
      url: `/sources/${FIXTURE_ID}/#p3`,
    });
    expect(paragraphs?.content).toContain('the Alashankou railway port handled 600 test trains');
  });

  it('is in the structured data of the corridor page: the article and its dataset are based on both sources', () => {
    const data = jsonLd(readPage(copy.outDir, '/corridors/rail/'));
    expect(data.map((d) => d['@type'])).toEqual(['Article', 'Dataset']);
    // The page's synthetic benchmark chart draws facts of one scale-corpus source, listed first by its id.
    const chart = corpus.charts.find((c) => c['corridor'] === 'rail');
    const drawn = (chart?.['series'] as { facts: string[] }[])[0]?.facts ?? [];
    const benchmarkSources = corpus.sources.filter((s) => s.facts.some((f) => drawn.includes(f.id)));
    expect(benchmarkSources).toHaveLength(1);
    for (const item of data) {
      expect(item.isBasedOn?.map((work) => new URL(work.url).pathname)).toEqual([
        ...benchmarkSources.map((s) => `/sources/${s.id}/`),
        `/sources/${FIXTURE_ID}/`,
        `/sources/${ARTICLE_ID}/`,
      ]);
    }
  });
});

describe('the scale benchmark’s corpus, built at 10 sources', () => {
  const facts = () => corpus.sources.flatMap((s) => s.facts);

  it('passes the content rules: the build checks every synthetic fact and source with the real ones', () => {
    const real = readPage(join(copy.outDir), '/facts/').querySelector('caption')?.textContent ?? '';
    const total = Number(/(\d[\d,]*) in all/.exec(real)?.[1]?.replace(/,/g, ''));
    // The article's 32 facts, the fixture's 3 and the new source's 2 beside the corpus's.
    expect(total).toBe(32 + FIXTURE_FACTS.length + NEW_FACTS.length + facts().length);
    expect(log).toMatch(new RegExp(`\\[content\\] ${total} facts from ${SOURCES + 3} sources: read in`));
  });

  it('gives every synthetic source and fact its page, each in the sitemap', () => {
    const pages = new Set(listPages(copy.outDir));
    const sitemap = readFileSync(join(copy.outDir, 'sitemap.xml'), 'utf8');
    for (const source of corpus.sources) {
      expect(pages, source.id).toContain(`/sources/${source.id}/`);
      expect(sitemap).toContain(`/sources/${source.id}/</loc>`);
    }
    for (const fact of facts()) expect(pages, fact.id).toContain(`/facts/${fact.id}/`);
    expect(existsSync(join(copy.outDir, 'charts', 'synthetic-rail-periods.csv'))).toBe(true);
  });

  it('links each fact a source paragraph lists to its own page, as no corridor page places its card', () => {
    const [source] = corpus.sources;
    const page = readPage(copy.outDir, `/sources/${source?.id}/`);
    const links = page.querySelectorAll('ul[aria-labelledby="p2-facts"] a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(
      source?.facts.filter((f) => f['paragraph'] === 'p2' || f.id.endsWith('-growth')).map((f) => `/facts/${f.id}/`),
    );
    // The corridor page draws the synthetic chart, and describes only the facts it shows.
    const rail = readPage(copy.outDir, '/corridors/rail/');
    expect(rail.querySelector('#figure-synthetic-rail-periods')).not.toBeNull();
    const ld = JSON.parse(rail.querySelector('script[type="application/ld+json"]')?.textContent ?? '[]') as {
      variableMeasured?: { url: string }[];
    }[];
    const described = ld.flatMap((item) => item.variableMeasured ?? []).map((v) => new URL(v.url).pathname);
    const drawn = String(corpus.charts.find((c) => c['corridor'] === 'rail')?.['id'] ?? '');
    const charted = (corpus.charts.find((c) => c['id'] === drawn)?.['series'] as { facts: string[] }[])[0]?.facts;
    expect(described).toEqual(expect.arrayContaining((charted ?? []).map((id) => `/facts/${id}/`)));
    const railFacts = facts().filter((f) => f['corridor'] === 'rail');
    expect(described.filter((path) => path.includes('synthetic-'))).toHaveLength(charted?.length ?? 0);
    expect(railFacts.length).toBeGreaterThan(charted?.length ?? 0);
  });
});

describe('a new source, added as the README says (synthetic)', () => {
  it('is brought in with its text verbatim and its figures listed, the commands saying what is left to do', () => {
    const article = readFileSync(join(copy.contentDir, 'sources', NEW_SOURCE, 'article.txt'), 'utf8');
    // Line endings and the blank lines between paragraphs made regular; every paragraph as it was.
    expect(article).toBe(
      readFileSync('tests/fixtures/new-source/article.txt', 'utf8')
        .replace(/\r\n/g, '\n')
        .replace(/\n{3,}/g, '\n\n'),
    );
    expect(editorLog).toContain(`Added the source "${NEW_SOURCE}": `);
    expect(editorLog).toContain('Fill in description in ');
    expect(editorLog).toMatch(
      /Wrote \S+synthetic-test-wire\.candidates\.yaml: 4 figures in 3 sentences of synthetic-test-wire\./,
    );
  });

  it('has its page: title, where it was published, when written, its paragraphs linking to its facts', () => {
    const page = readPage(copy.outDir, `/sources/${NEW_SOURCE}/`);
    expect(text(page.querySelector('h1'))).toBe('Synthetic test wire on two ports');
    const published = page.querySelector('.source-meta a[href="https://example.org/synthetic-test-wire"]');
    expect(text(published)).toBe('https://example.org/synthetic-test-wire');
    expect(text(page.querySelector('.source-meta'))).toContain('4 March 2031');
    expect(text(page.querySelector('[data-source-paragraph="p2"]'))).toMatch(
      /^SYNTHETIC TEST TEXT — not real reporting\./,
    );
    const listed = page.querySelectorAll('ul[aria-labelledby="p3-facts"] a, ul[aria-labelledby="p4-facts"] a');
    expect(listed.map((a) => a.getAttribute('href'))).toEqual(NEW_FACTS.map((id) => `/facts/${id}/`));
  });

  it('has a page for each completed fact, with its figure and its passage, and none for the candidates left', () => {
    const containers = readPage(copy.outDir, `/facts/${NEW_FACTS[0]}/`);
    expect(text(containers.querySelector('h1'))).toBe('Test containers through Lianyungang');
    expect(text(containers.querySelector('main'))).toContain('about 3,500');
    expect(text(containers.querySelector('blockquote'))).toContain(
      'about 3,500 test containers passed through Lianyungang',
    );
    const trains = readPage(copy.outDir, `/facts/${NEW_FACTS[1]}/`);
    expect(text(trains.querySelector('main'))).toContain('420');
    // 7.5% was a candidate the editor did not complete: no fact, nowhere.
    const facts = JSON.parse(readFileSync(join(copy.outDir, 'data', 'facts.json'), 'utf8')) as {
      id: string;
      source: string;
    }[];
    expect(facts.filter((f) => f.source === NEW_SOURCE).map((f) => f.id)).toEqual(NEW_FACTS);
  });

  it('is in search and the downloads', () => {
    const fragments = searchFragments(copy.outDir);
    for (const id of NEW_FACTS) {
      const record = fragments.find((f) => f.anchors.some((anchor) => anchor.id === id));
      expect(record?.filters['kind'], id).toEqual(['fact']);
    }
    const csv = readFileSync(join(copy.outDir, 'data', 'facts.csv'), 'utf8');
    for (const id of NEW_FACTS) expect(csv).toContain(id);
  });

  it('has its pages and anchors registered by the build, with nothing to remember', () => {
    const registry = JSON.parse(
      readFileSync(join(copy.contentDir, 'links', 'registry.json'), 'utf8'),
    ) as AnchorRegistry;
    expect(registry[`/sources/${NEW_SOURCE}/`]).toEqual(['p1', 'p2', 'p3', 'p4']);
    for (const id of NEW_FACTS) expect(registry[`/facts/${id}/`], id).toBeDefined();
    expect(log).toMatch(/\[links\] registered \d+ new pages and \d+ new anchors in \S+registry\.json/);
  });
});

describe('the real build', () => {
  const dist = inject('distDir');

  it('holds nothing of the fixtures: no page, record, citation or mention', () => {
    expect(existsSync(resolveContentPath(process.cwd(), `sources/${FIXTURE_ID}`))).toBe(false);
    expect(existsSync(resolveContentPath(process.cwd(), `sources/${NEW_SOURCE}`))).toBe(false);
    expect(listPages(dist).filter((p) => p.includes(FIXTURE_ID) || p.includes('fixture-'))).toEqual([]);
    // Pagefind's files are gzip-compressed: read them unpacked, as the browser does.
    const read = (file: string) => {
      const bytes = readFileSync(file);
      return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
    };
    const mentions =
      /synthetic-test-fixture|fixture-[a-z-]*trains|SYNTHETIC TEST FIXTURE|Synthetic test bulletin|synthetic-test-wire|SYNTHETIC TEST TEXT/;
    const leaks = listFiles(dist).filter((file) => mentions.test(read(file)));
    expect(leaks).toEqual([]);
  });
});
