import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseCsv, readAuthoredCharts, readAuthoredFacts, readPage } from '../../tools/site.ts';

const dist = inject('distDir');
const charts = readAuthoredCharts();
const facts = new Map(readAuthoredFacts().map((f) => [f.id, f]));

/** The facts a chart names, in the order its table and CSV list them. */
function factsOf(chart: (typeof charts)[number]): string[] {
  if (chart.type === 'timeline') return (chart.groups ?? []).flatMap((group) => group.places.map(() => group.fact));
  const columns = [...(chart.series ?? []), ...(chart.tableColumns ?? [])];
  return (chart.categories ?? []).flatMap((_c, i) => columns.map((column) => column.facts[i] ?? 'missing'));
}

describe.each(charts.map((c) => [c.id, c] as const))('chart %s', (id, chart) => {
  it('names only facts that exist', () => {
    for (const fact of factsOf(chart)) expect(facts.has(fact), fact).toBe(true);
  });

  it('is on its corridor page with a linkable heading', () => {
    const page = readPage(dist, `/corridors/${chart.corridor}/`);
    const heading = page.getElementById(`figure-${id}`);
    expect(heading?.tagName).toBe('H3');
    expect(heading?.closest('fact-chart')).not.toBeNull();
  });

  it('has a table in the HTML that holds exactly the facts’ values', () => {
    const figure = readPage(dist, `/corridors/${chart.corridor}/`)
      .getElementById(`figure-${id}`)
      ?.closest('fact-chart');
    const cells = figure?.querySelectorAll('table [data-fact]') ?? [];
    expect(cells.map((cell) => cell.getAttribute('data-fact'))).toEqual(factsOf(chart));
    for (const cell of cells) {
      const fact = facts.get(cell.getAttribute('data-fact') ?? '');
      const value = cell.querySelector('data')?.getAttribute('value');
      if (chart.type === 'bar') expect(value, fact?.id).toBe(String(fact?.value));
    }
  });

  it('offers a CSV with exactly the facts’ values', () => {
    const figure = readPage(dist, `/corridors/${chart.corridor}/`)
      .getElementById(`figure-${id}`)
      ?.closest('fact-chart');
    const href = figure?.querySelector('a[download]')?.getAttribute('href') ?? '';
    expect(href).toBe(`/charts/${id}.csv`);
    const rows = parseCsv(readFileSync(join(dist, href), 'utf8'));
    expect(rows.map((row) => row['fact'])).toEqual(factsOf(chart));
    if (chart.type === 'bar') {
      for (const row of rows) expect(Number(row['value']), row['fact']).toBe(facts.get(row['fact'] ?? '')?.value);
    }
  });
});
