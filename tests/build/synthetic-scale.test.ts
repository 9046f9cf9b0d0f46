/**
 * The scale benchmark's corpus (tools/synthetic-corpus.ts), built small so it cannot rot: 10 synthetic
 * sources added to a temporary copy of the content and built with CONTENT_DIR, as `npm run bench:scale`
 * builds 1,000. The build checks every content rule on them; this checks it did, and that their pages
 * exist and link where a fact no page places as a card lives: on its own page. Timings are the
 * benchmark's business, not this test's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyntheticCorpus } from '../../tools/synthetic-corpus.ts';
import { addSyntheticContent } from '../../tools/synthetic-content.ts';
import { buildSite } from '../support/build.ts';
import { copyContent, type ContentCopy } from '../../tools/content-copy.ts';
import { listPages, readPage } from '../../tools/site.ts';

const SOURCES = 10;
let copy: ContentCopy;
let corpus: SyntheticCorpus;
let log = '';

beforeAll(async () => {
  copy = await copyContent('synthetic-scale');
  corpus = await addSyntheticContent(copy.contentDir, { sources: SOURCES });
  // Without social cards: what they show of a fact is tested on the main builds (tests/build/cards.test.ts).
  log = await buildSite(copy.outDir, { CONTENT_DIR: copy.contentDir, SOCIAL_CARDS: 'off' });
}, 180_000);

afterAll(async () => {
  await copy.remove();
});

describe('the scale benchmark’s corpus, built at 10 sources', () => {
  const facts = () => corpus.sources.flatMap((s) => s.facts);

  it('passes the content rules: the build checks every synthetic fact and source with the real ones', () => {
    const real = readPage(join(copy.outDir), '/facts/').querySelector('caption')?.textContent ?? '';
    const total = Number(/(\d[\d,]*) in all/.exec(real)?.[1]?.replace(/,/g, ''));
    expect(total).toBe(32 + facts().length);
    expect(log).toMatch(new RegExp(`\\[content\\] ${total} facts from ${SOURCES + 1} sources: read in`));
    expect(log.split('\n').filter((line) => line.includes('[WARN]'))).toEqual([
      expect.stringContaining('SITE_URL is not set'),
    ]);
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
