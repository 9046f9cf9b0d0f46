/**
 * A second source, built from a copy of the content with a synthetic test fixture added
 * (tests/fixtures/second-source/, never published): everything a source touches must name the right
 * one. One extra build, from the temporary folder CONTENT_DIR points at; and none of it in the real build.
 */
import { appendFile, cp, readFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resolveContentPath } from '@/lib/content/content-dir.ts';
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

let copy: ContentCopy;
let log = '';

beforeAll(async () => {
  copy = await copyContent('second-source');
  for (const folder of ['sources', 'facts', 'charts']) {
    await cp(join(FIXTURE, folder), join(copy.contentDir, folder), { recursive: true });
  }
  await appendFile(
    join(copy.contentDir, 'corridors/rail.mdx'),
    await readFile(join(FIXTURE, 'corridors/rail.append.mdx'), 'utf8'),
  );
  log = await buildSite(copy.outDir, { CONTENT_DIR: copy.contentDir });
}, 180_000);

afterAll(async () => {
  await copy.remove();
});

/** Text as a reader reads it: no-break spaces as spaces, runs of white space as one. */
const text = (element: HTMLElement | null | undefined) =>
  (element?.textContent ?? '')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function jsonLd(page: HTMLElement): { '@type': string; isBasedOn?: { name: string; url: string }[] }[] {
  return [JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? '[]')].flat();
}

describe('a second source (synthetic fixture)', () => {
  it('builds without a warning but the one saying SITE_URL is not set', () => {
    const warnings = log.split('\n').filter((line) => line.includes('[WARN]'));
    expect(warnings).toEqual([expect.stringContaining('SITE_URL is not set')]);
  });

  it('is listed on /sources/ beside the first, each with its cited title, counts and page', () => {
    const page = readPage(copy.outDir, '/sources/');
    const items = page.querySelectorAll('.sources > li');
    expect(items.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual([
      `/sources/${FIXTURE_ID}/`,
      `/sources/${ARTICLE_ID}/`,
    ]);
    expect(items.map((li) => text(li.querySelector('h2')))).toEqual([FIXTURE_TITLE, ARTICLE_TITLE]);
    expect(text(items[0])).toContain('Synthetic test fixture (not real reporting)');
    expect(text(items[0])).toContain('4 paragraphs, 3 facts, 1 editorial note');
    expect(text(page.querySelector('.lede'))).toMatch(/^The 2 texts this site is built from/);
    const list = jsonLd(page)[0] as unknown as { mainEntity: { itemListElement: { item: { url: string } }[] } };
    expect(list.mainEntity.itemListElement.map((i) => new URL(i.item.url).pathname)).toEqual([
      `/sources/${FIXTURE_ID}/`,
      `/sources/${ARTICLE_ID}/`,
    ]);
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
    // The air page shows the article's facts only: “Source” says enough there.
    const air = readPage(copy.outDir, '/corridors/air/');
    expect(text(air.querySelector('#air-dushanbe-route .meta a[href*="/sources/"]'))).toBe('Source ¶3');
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
    const page = readPage(copy.outDir, '/places/khorgos/');
    const meta = (id: string) => text(page.querySelector(`ol.facts li[data-fact="${id}"] .meta`));
    expect(meta('fixture-khorgos-test-trains')).toContain(`${FIXTURE_TITLE} ¶2`);
    expect(meta('rail-khorgos-trains')).toContain(`${ARTICLE_TITLE} ¶5`);
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
    for (const item of data) {
      expect(item.isBasedOn?.map((work) => new URL(work.url).pathname)).toEqual([
        `/sources/${FIXTURE_ID}/`,
        `/sources/${ARTICLE_ID}/`,
      ]);
    }
  });
});

describe('the real build', () => {
  const dist = inject('distDir');

  it('holds nothing of the fixture: no page, record, citation or mention', () => {
    expect(existsSync(resolveContentPath(process.cwd(), `sources/${FIXTURE_ID}`))).toBe(false);
    expect(listPages(dist).filter((p) => p.includes(FIXTURE_ID) || p.includes('fixture-'))).toEqual([]);
    // Pagefind's files are gzip-compressed: read them unpacked, as the browser does.
    const read = (file: string) => {
      const bytes = readFileSync(file);
      return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
    };
    const mentions = /synthetic-test-fixture|fixture-[a-z-]*trains|SYNTHETIC TEST FIXTURE|Synthetic test bulletin/;
    const leaks = listFiles(dist).filter((file) => mentions.test(read(file)));
    expect(leaks).toEqual([]);
  });
});
