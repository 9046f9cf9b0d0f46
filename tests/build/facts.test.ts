import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PAGE_SIZE, type ExplorerData } from '@/lib/explorer/facts-explorer.ts';
import { foldName } from '@/lib/explorer/place-names.ts';
import { SUB_PATH } from '../support/global-setup.ts';
import { readAuthoredFacts, readPage } from '../../tools/site.ts';
import { readPlaceNames } from '../../tools/place-names.ts';

const builds = [
  { name: 'at the root', dist: inject('distDir'), base: '/' },
  { name: `under ${SUB_PATH}`, dist: inject('subDistDir'), base: SUB_PATH },
];

describe.each(builds)('the facts explorer built $name', ({ dist, base }) => {
  const page = readPage(dist, '/facts/');
  const facts = readAuthoredFacts();
  const rows = page.querySelectorAll('.facts-table tbody tr');

  it('holds every fact in its table without JavaScript, each linking to its own page', () => {
    // Every fact fits on the first page today; past PAGE_SIZE the rest are on /facts/page/2/ and on.
    expect(facts.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(rows).toHaveLength(facts.length);
    const linked = rows.map((row) => row.querySelector('th[scope="row"] a')?.getAttribute('href'));
    expect(linked.sort()).toEqual(facts.map((f) => `${base}facts/${f.id}/`).sort());
  });

  it('gives each figure as a machine-readable value, and says quoted or derived', () => {
    const byHref = new Map(rows.map((row) => [row.querySelector('th a')?.getAttribute('href'), row]));
    for (const fact of facts) {
      const row = byHref.get(`${base}facts/${fact.id}/`);
      const value = row?.querySelector('td data')?.getAttribute('value');
      expect(value, fact.id).toBe(fact.value === undefined ? undefined : String(fact.value));
      expect(row?.querySelectorAll('td')[4]?.textContent, fact.id).toBe(fact.kind === 'quoted' ? 'Quoted' : 'Derived');
    }
  });

  it('links each fact’s corridor and source paragraphs, and says how many facts there are', () => {
    for (const row of rows) {
      const [, , corridor, , , source] = row.querySelectorAll('td');
      expect(corridor?.querySelector('a')?.getAttribute('href')).toMatch(
        new RegExp(`^${base}(corridors/[a-z-]+/|#summit)$`),
      );
      const links = source?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? [];
      expect(links[0]).toMatch(new RegExp(`^${base}sources/[a-z0-9-]+/$`));
      expect(links.slice(1).every((href) => href?.startsWith(`${links[0]}#p`))).toBe(true);
    }
    expect(page.querySelector('.facts-table caption')?.textContent).toBe(`Facts on this site, ${facts.length} in all`);
    expect(page.querySelector('facts-explorer .status')?.textContent).toBe(`${facts.length} of ${facts.length} facts`);
  });

  it('has one sort button for each sortable column, the sources’ order marked as the start', () => {
    const headers = page.querySelectorAll('.facts-table thead th');
    expect(headers.map((th) => th.querySelector('.plain')?.textContent ?? th.textContent)).toEqual([
      'Fact',
      'Figure',
      'Period',
      'Corridor',
      'Places',
      'Kind',
      'Source',
    ]);
    expect(page.querySelectorAll('.facts-table th[data-sort] button.sort')).toHaveLength(5);
    expect(page.querySelectorAll('.facts-table th[aria-sort]').map((th) => th.getAttribute('data-sort'))).toEqual([
      'source',
    ]);
  });

  it('serves the explorer’s data: every fact, in the table’s order', () => {
    const data = JSON.parse(readFileSync(join(dist, 'facts/explorer.json'), 'utf8')) as ExplorerData;
    expect(data.facts.map((f) => `${base}facts/${f.id}/`)).toEqual(
      rows.map((row) => row.querySelector('th a')?.getAttribute('href')),
    );
    expect(page.querySelector('facts-explorer')?.getAttribute('data-src')).toBe(`${base}facts/explorer.json`);
  });

  it('suggests each place a fact names in the place filter, by its name, with every other name it has', () => {
    const data = JSON.parse(readFileSync(join(dist, 'facts/explorer.json'), 'utf8')) as ExplorerData;
    const input = page.querySelector('input#facts-place');
    const options = page.querySelectorAll(`datalist#${input?.getAttribute('list') ?? ''} option`);
    expect(options.map((o) => o.getAttribute('value'))).toEqual(data.places.map((p) => p.name));
    const names = new Map(readPlaceNames().map((p) => [p.name, [p.name, ...p.others.map((o) => o.name)]]));
    for (const option of options) {
      const value = option.getAttribute('value') ?? '';
      // The other names are public context, and the label says they are other names: `also Khorgas, …`.
      const label = option.getAttribute('label') ?? '';
      if (label !== '') expect(label, value).toMatch(/^also \S/);
      const offered = [value, ...label.replace(/^also /, '').split(', ')].map(foldName);
      // Each name as the filter folds it: Xī’ān is offered as Xi’an, which resolves the same.
      expect(new Set(offered), value).toEqual(new Set(names.get(value)?.map(foldName)));
    }
  });

  it('describes the facts as a Dataset with its downloads and its figures', () => {
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? '[]') as {
      '@type': string;
      distribution: { contentUrl: string; encodingFormat: string }[];
      variableMeasured: { url: string }[];
    }[];
    const dataset = ld.find((item) => item['@type'] === 'Dataset');
    expect(dataset?.distribution.map((d) => [new URL(d.contentUrl).pathname, d.encodingFormat])).toEqual([
      [`${base}data/facts.csv`, 'text/csv'],
      [`${base}data/facts.json`, 'application/json'],
      [`${base}data/datapackage.json`, 'application/json'],
      [`${base}data/facts.schema.json`, 'application/schema+json'],
    ]);
    expect(dataset?.variableMeasured.map((v) => new URL(v.url).pathname).sort()).toEqual(
      facts
        .filter((f) => f.value !== undefined)
        .map((f) => `${base}facts/${f.id}/`)
        .sort(),
    );
    for (const file of ['facts.csv', 'facts.json', 'datapackage.json', 'facts.schema.json'])
      expect(page.querySelector(`.lede a[href="${base}data/${file}"]`), file).not.toBeNull();
  });

  it('is in the sitemap, with no further static page while every fact fits on one', () => {
    expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain(`${base}facts/</loc>`);
    expect(page.querySelector('.pager')).toBeNull();
  });
});
