import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import type { ExplorerData } from '@/lib/explorer/facts-explorer.ts';
import { COLUMNS, factRowHtml, factRowsHtml } from '@/lib/explorer/facts-table.ts';

const data: ExplorerData = {
  corridors: [{ id: 'rail', name: 'Rail', mode: 'rail' }],
  places: [
    { id: 'alashankou', name: 'Alashankou', altNames: [] },
    { id: 'khorgos', name: 'Khorgos', altNames: ['Khorgas'] },
  ],
  countries: ['China', 'Kazakhstan'],
  sources: [{ id: 'article', title: '[An article about <trains> & “ports”]' }],
  facts: [
    {
      id: 'trains',
      label: 'Trains through both ports',
      statement: '4,614 trains went through Alashankou and Khorgos.',
      kind: 'derived',
      value: 4614,
      figure: '4,614 trains',
      period: 'January–April 2023',
      corridor: 0,
      places: [0, 1],
      countries: [0],
      source: 0,
      paragraphs: [
        { id: 'p5', n: 5 },
        { id: 'p6', n: 6 },
      ],
    },
    {
      id: 'summit',
      label: 'The <summit>',
      statement: 'A statement with "quotes" & <b>markup</b>.',
      kind: 'quoted',
      places: [],
      countries: [0, 1],
      source: 0,
      paragraphs: [{ id: 'p1', n: 1 }],
    },
  ],
};

const row = (i: number, base = '/') => {
  const fact = data.facts[i];
  if (!fact) throw new Error(`no fact ${i}`);
  return parse(`<table><tbody>${factRowHtml(fact, data, base)}</tbody></table>`).querySelector('tr');
};
const cells = (i: number) => row(i)?.querySelectorAll('th, td') ?? [];

describe('a row of the facts table', () => {
  it('holds one cell per column: the fact as the row’s header, then figure, period, corridor, places, kind, source', () => {
    expect(cells(0).map((cell) => cell.textContent)).toEqual([
      'Trains through both ports4,614 trains went through Alashankou and Khorgos.',
      '4,614 trains',
      'January–April 2023',
      'Rail',
      'Alashankou, KhorgosChina',
      'Derived',
      '[An article about <trains> & “ports”], ¶5, ¶6',
    ]);
    expect(cells(0)).toHaveLength(COLUMNS.length);
    expect(row(0)?.querySelector('th')?.getAttribute('scope')).toBe('row');
  });

  it('links the fact to its page, the corridor and each place to theirs, the source and each paragraph, under the base path', () => {
    const links = row(0, '/sub/')
      ?.querySelectorAll('a')
      .map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/sub/facts/trains/',
      '/sub/corridors/rail/',
      '/sub/places/alashankou/',
      '/sub/places/khorgos/',
      '/sub/sources/article/',
      '/sub/sources/article/#p5',
      '/sub/sources/article/#p6',
    ]);
  });

  it('gives the figure its value in a data element, and marks the corridor with its mode', () => {
    expect(row(0)?.querySelector('data')?.getAttribute('value')).toBe('4614');
    expect(row(0)?.querySelector('a.mode')?.getAttribute('data-mode')).toBe('rail');
  });

  it('links summit context to its section of the home page, and marks what a fact lacks', () => {
    const summit = cells(1);
    expect(summit[1]?.textContent).toBe('—');
    expect(summit[2]?.textContent).toBe('—');
    expect(summit[3]?.querySelector('a')?.getAttribute('href')).toBe('/#summit');
    expect(summit[3]?.querySelector('a')?.getAttribute('data-mode')).toBe('context');
    expect(summit[4]?.textContent).toBe('China, Kazakhstan');
  });

  it('escapes every text, so content can never add markup', () => {
    const html = factRowsHtml(data, '/', [1]);
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<summit>');
    expect(html).not.toContain('<trains>');
    expect(html).toContain('The &lt;summit&gt;');
    expect(html).toContain('with &quot;quotes&quot; &amp; &lt;b&gt;markup&lt;/b&gt;.');
    expect(row(1)?.querySelector('th a')?.textContent).toBe('The <summit>');
  });

  it('draws the rows asked for, in that order, or all of them', () => {
    const ids = (html: string) =>
      parse(`<table><tbody>${html}</tbody></table>`)
        .querySelectorAll('th a')
        .map((a) => a.getAttribute('href'));
    expect(ids(factRowsHtml(data, '/', [1, 0]))).toEqual(['/facts/summit/', '/facts/trains/']);
    expect(ids(factRowsHtml(data, '/'))).toEqual(['/facts/trains/', '/facts/summit/']);
    expect(factRowsHtml(data, '/', [])).toBe('');
  });

  it('labels the cells of a phone’s cards with the columns’ names, in the columns’ order', () => {
    const css = readFileSync(join(process.cwd(), 'src/styles/facts-explorer.css'), 'utf8');
    const labels = [...css.matchAll(/td:nth-of-type\((\d+)\)::before\s*{\s*content:\s*'([^']+)'/g)]
      .sort((a, b) => Number(a[1]) - Number(b[1]))
      .map((m) => m[2]);
    expect(labels).toEqual(COLUMNS.slice(1).map((c) => c.label));
  });
});
