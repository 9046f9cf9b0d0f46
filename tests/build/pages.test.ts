import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { quoted } from '@/lib/text/format.ts';
import { splitParagraphs } from '@/lib/content/paragraphs.ts';
import { BUDGETS, firstVisitBudget } from '../../tools/budgets.ts';
import { pageWeight } from '../../tools/page-weight.ts';
import {
  fileOf,
  listContentPages,
  listPages,
  readArticle,
  readAuthoredFacts,
  readCorridorIds,
  readPage,
  readSourceIds,
  searchFragments,
} from '../../tools/site.ts';

const dist = inject('distDir');
const pages = listContentPages(dist);

describe('the built site', () => {
  it('builds without a warning but the one saying SITE_URL is not set', () => {
    const warnings = (log: string) => log.split('\n').filter((line) => line.includes('[WARN]'));
    const [root = '', sub = ''] = inject('buildLogs');
    expect(warnings(root)).toEqual([expect.stringContaining('SITE_URL is not set')]);
    expect(warnings(sub)).toEqual([]);
  });

  it('has the home page, a page per corridor, the list of sources and a page per source', () => {
    const expected = [
      '/',
      ...readCorridorIds().map((id) => `/corridors/${id}/`),
      '/sources/',
      ...readSourceIds().map((id) => `/sources/${id}/`),
    ];
    for (const path of expected) expect(pages, path).toContain(path);
  });

  it.each([
    ['at the root', dist],
    ['under a base path', inject('subDistDir')],
  ])('marks the body for search on the corridor pages and the list of places, and on no other page, %s', (_, built) => {
    // Everything else is in search as records of its own; the index step reads only the pages marked.
    const marked = listPages(built).filter((path) =>
      readFileSync(fileOf(built, path), 'utf8').includes('data-pagefind-body'),
    );
    expect(marked).toEqual([...readCorridorIds().map((id) => `/corridors/${id}/`), '/places/'].sort());
  });

  it('indexes a corridor page from its title on, not its corridor badge, and the places by corridor the same way', () => {
    const fragments = searchFragments(dist);
    const fragment = (url: string) => fragments.find((f) => f.url === url);
    for (const id of readCorridorIds()) {
      const page = readPage(dist, `/corridors/${id}/`);
      const title = page.querySelector('h1')?.textContent ?? '';
      const badge = page.querySelector('.page-head .badge')?.textContent.trim() ?? '';
      expect(badge, id).toMatch(/corridor$/);
      expect(fragment(`/corridors/${id}/`)?.content.slice(0, title.length + 1), id).toBe(`${title}.`);
    }
    // On /places/, each corridor's heading then its page's title, not the badge's short name between.
    const places = fragment('/places/')?.content ?? '';
    for (const name of ['Air', 'Rail', 'Intermodal']) {
      expect(places).toContain(`${name} corridor. ${name}: `);
      expect(places).not.toContain(`${name} ${name}:`);
    }
  });

  it('lists every source on /sources/, linked to its page, which links back to the list', () => {
    const list = readPage(dist, '/sources/');
    const linked = list.querySelectorAll('.sources h2 a').map((a) => a.getAttribute('href'));
    expect(linked.sort()).toEqual(
      readSourceIds()
        .map((id) => `/sources/${id}/`)
        .sort(),
    );
    const ld = JSON.parse(list.querySelector('script[type="application/ld+json"]')?.textContent ?? '[]') as {
      '@type': string;
      mainEntity: { '@type': string; numberOfItems: number };
    }[];
    expect(ld.map((d) => [d['@type'], d.mainEntity['@type'], d.mainEntity.numberOfItems])).toEqual([
      ['CollectionPage', 'ItemList', readSourceIds().length],
    ]);
    for (const id of readSourceIds()) {
      const back = readPage(dist, `/sources/${id}/`).querySelector('nav[aria-label="Breadcrumb"] a');
      expect(back?.getAttribute('href'), id).toBe('/sources/');
    }
  });

  it.each(pages)('%s: ids are unique and nothing loads from another host', (path) => {
    const page = readPage(dist, path);
    const ids = page.querySelectorAll('[id]').map((el) => el.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const external = page
      .querySelectorAll('script[src], link[rel="stylesheet"], link[rel="icon"], img[src], iframe[src]')
      .map((el) => el.getAttribute('src') ?? el.getAttribute('href') ?? '')
      .filter((ref) => /^(https?:)?\/\//.test(ref));
    expect(external).toEqual([]);
  });

  it('shows every fact on its corridor page, or on the home page for summit context, with its id as the anchor', () => {
    const facts = readAuthoredFacts();
    expect(facts.length).toBeGreaterThan(20);
    for (const fact of facts) {
      const page = readPage(dist, fact.corridor ? `/corridors/${fact.corridor}/` : '/');
      const card = page.getElementById(fact.id);
      expect(card, fact.id).not.toBeNull();
      expect(card?.classList.contains('fact'), fact.id).toBe(true);
      expect(card?.getAttribute('data-kind'), fact.id).toBe(fact.kind);
      if (fact.value !== undefined) {
        expect(card?.querySelector('data')?.getAttribute('value'), fact.id).toBe(String(fact.value));
      }
    }
  });

  it('lists facts in the order the article gives them, on the source page and the home page', () => {
    const source = readPage(dist, '/sources/xian-summit-corridors/');
    const listed = (paragraph: string) =>
      source
        .querySelectorAll(`ul[aria-labelledby="${paragraph}-facts"] a`)
        .map((a) => a.getAttribute('href')?.split('#')[1]);
    // Passages starting at the same word go by where their figure stands: a count before its growth,
    // "more than 4 days" before "less than 1 day"; derived facts come after the facts they rest on.
    expect(listed('p5')).toEqual([
      'rail-xinjiang-record',
      'rail-alashankou-trains',
      'rail-alashankou-growth',
      'rail-khorgos-trains',
      'rail-khorgos-growth',
      'rail-golden-channel',
      'rail-alashankou-trains-prior',
      'rail-khorgos-trains-prior',
      'rail-two-ports-trains',
      'rail-two-ports-trains-prior',
      'rail-two-ports-growth',
    ]);
    expect(listed('p10')).toEqual([
      'intermodal-first-platform',
      'intermodal-years',
      'intermodal-coverage',
      'intermodal-goods',
      'intermodal-transit-before',
      'intermodal-transit-after',
      'intermodal-transit-cut',
    ]);
    const home = readPage(dist, '/');
    expect(home.querySelectorAll('section[aria-labelledby="summit"] .fact').map((card) => card.id)).toEqual([
      'summit-xian',
      'summit-model-area',
    ]);
  });

  it.each(readSourceIds())('the page of source %s holds the article word for word', (id) => {
    const page = readPage(dist, `/sources/${id}/`);
    const shown = page
      .querySelectorAll('[data-source-paragraph]')
      .map((p) => ({ id: p.getAttribute('data-source-paragraph'), text: p.textContent }));
    const article = splitParagraphs(readArticle(id)).map((p) => ({ id: p.id, text: p.text }));
    expect(shown).toEqual(article);
    for (const { id: pid } of article) expect(page.getElementById(pid), pid).not.toBeNull();
  });

  it('cites the source by its descriptive title in square brackets, never as a quoted headline', () => {
    const title = 'China and Central Asia ahead of the Xi’an summit — air, rail and sea links';
    const withFacts = pages.filter((p) => p === '/' || p.startsWith('/corridors/'));
    expect(withFacts).toHaveLength(4);
    for (const path of withFacts) {
      const page = readPage(dist, path);
      // The title keeps its dash off the start of a line with a no-break space before it.
      const citations = page.querySelectorAll('.citations dd > p').map((el) => el.textContent.replace(/\u00a0/g, ' '));
      expect(citations.length, path).toBeGreaterThanOrEqual(4);
      for (const text of citations) {
        expect(text).toContain(`[${title}]`);
        expect(text).not.toContain(`“${title}”`);
      }
      const ld = (page.querySelector('script[type="application/ld+json"]')?.textContent ?? '').replace(/\u00a0/g, ' ');
      expect(ld, path).toContain(`"name":"${title}"`);
      expect(ld, path).not.toContain('"headline":"China and Central Asia');
    }
    // The footer names no one source: it sends the reader to the list of them (here, of one), which cites each as above.
    const footerLink = readPage(dist, '/').querySelector('.site-footer p a');
    expect([footerLink?.textContent, footerLink?.getAttribute('href')]).toEqual(['source', '/sources/']);
    expect(
      readPage(dist, '/sources/')
        .querySelector('.sources h2')
        ?.textContent.replace(/\u00a0/g, ' '),
    ).toBe(`[${title}]`);
    expect(readPage(dist, '/sources/xian-summit-corridors/').querySelector('.how')?.textContent).toContain(
      'The title above is a descriptive title of ours, not the source’s headline',
    );
  });

  it('gives Markdown and component headings the same anchor markup', () => {
    const shapes = new Set<string>();
    let count = 0;
    for (const path of pages) {
      for (const wrapper of readPage(dist, path).querySelectorAll('.heading-wrapper')) {
        count += 1;
        const heading = wrapper.querySelector(':scope > h1, :scope > h2, :scope > h3, :scope > h4');
        const link = wrapper.querySelector('a.anchor-link');
        const id = heading?.id ?? '';
        expect(id, wrapper.toString()).not.toBe('');
        expect(link?.getAttribute('href')).toBe(`#${id}`);
        expect(link?.hasAttribute('data-pagefind-ignore')).toBe(true);
        expect(link?.querySelector('.sr-only')?.textContent).toBe(
          `Section titled ${quoted(heading?.textContent ?? '')}`,
        );
        // The structure without text: tags, classes and attribute names only (alias anchors of renamed headings aside).
        const shape = (el: typeof wrapper): string =>
          `${el.rawTagName.replace(/^h[1-4]$/, 'h')}[${Object.keys(el.attributes)
            .filter((a) => a !== 'id' && a !== 'href')
            .sort()
            .join(',')}|${el.classList.value.filter((c) => !c.startsWith('level-')).join('.')}](${el.childNodes
            .filter(
              (n): n is typeof wrapper =>
                'rawTagName' in n &&
                Boolean((n as typeof wrapper).rawTagName) &&
                !(n as typeof wrapper).classList.contains('anchor-alias'),
            )
            .map(shape)
            .join('')})`;
        shapes.add(shape(wrapper));
      }
    }
    expect(count).toBeGreaterThan(15);
    expect([...shapes]).toHaveLength(1);
  });
});

describe('page weight (the budgets of scripts/budget.ts)', () => {
  it.each(pages)(
    '%s: a first visit downloads under 20 KB gzip of HTML, CSS and JS (with a map, its own budget), 4,500 B of it JS, with no Chart.js',
    (path) => {
      const weight = pageWeight(dist, path);
      expect(weight.total.gzip).toBeLessThanOrEqual(firstVisitBudget(weight.maps.map((map) => map.id)));
      expect(weight.chartJsAtFirstVisit).toBe(false);
      // The JavaScript it runs before the reader does anything.
      expect(weight.js.gzip).toBeLessThanOrEqual(BUDGETS.firstVisitJs);
      for (const map of weight.maps) expect(map.weight.gzip, map.id).toBeLessThan(BUDGETS.map);
    },
  );

  it.each(pages)('%s: ships Chart.js only if it shows a chart, in a chunk under 60 KB gzip', (path) => {
    const weight = pageWeight(dist, path);
    const hasChart = readPage(dist, path).querySelector('fact-chart') !== null;
    expect(weight.loadsChartJs).toBe(hasChart);
    expect(weight.chartChunkGzip).toBeLessThan(BUDGETS.chartChunk);
  });

  it.each(pages)('%s: loads the chart code and the search dialog only when needed', (path) => {
    const hasChart = readPage(dist, path).querySelector('fact-chart') !== null;
    const lazy = pageWeight(dist, path).lazy;
    expect(lazy.filter((chunk) => chunk.hasChartJs).map((chunk) => chunk.src)).toEqual(
      hasChart ? ['src/client/charts/draw-chart.ts'] : [],
    );
    // An embed has no header, so no search.
    const search = lazy.map((chunk) => chunk.src).includes('src/client/search/search-dialog.ts');
    expect(search).toBe(!path.startsWith('/embed/'));
  });

  it('sends the search engine’s WebAssembly recompressed, 3% or more under zlib’s best gzip of it (src/lib/search/search-index.ts)', () => {
    const languages = Object.values(
      (
        JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { wasm: string }>;
        }
      ).languages,
    );
    expect(languages.length).toBeGreaterThan(0);
    for (const { wasm } of languages) {
      const sent = readFileSync(join(dist, 'pagefind', `wasm.${wasm}.pagefind`));
      // Zopfli's stream is about 5% smaller than zlib's level 9; Pagefind's own, about 0.5%.
      expect(sent.length, wasm).toBeLessThan(0.97 * gzipSync(gunzipSync(sent), { level: 9 }).length);
    }
  });

  it('keeps the client manifest it is weighed with out of the published site', () => {
    const published = readdirSync(dist, { recursive: true, encoding: 'utf8' });
    expect(published.filter((file) => file.includes('manifest'))).toEqual([]);
  });
});
