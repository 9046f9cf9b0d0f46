import { describe, expect, it } from 'vitest';
import { chartConfig, wrapLabel, type ChartTheme } from '@/lib/charts/chart-config.ts';
import { chartCsv, chartTable } from '@/lib/charts/chart-table.ts';
import {
  buildChartModel,
  describeChart,
  toChartFact,
  type BarModel,
  type ChartLookup,
  type TimelineModel,
} from '@/lib/charts/charts.ts';
import { buildGraph } from '@/lib/content/build-graph.ts';
import { formatFigure } from '@/lib/text/format.ts';
import { parseContent, rawContent } from '../../fixtures/content.ts';

const content = parseContent(rawContent());
const graph = buildGraph(content);

const lookup: ChartLookup = {
  fact: (id) => {
    const fact = graph.fact.get(id);
    return fact && toChartFact(fact, { href: `/corridors/rail/#${id}`, page: `/facts/${id}/` });
  },
  place: (id) => (id === 'alashankou' ? { id, name: 'Alashankou', country: 'China' } : undefined),
};

function barModel(): BarModel {
  const chart = content.charts.find((c) => c.id === 'trains-chart');
  if (!chart) throw new Error('fixture chart missing');
  const model = buildChartModel(chart.id, chart.data, lookup);
  if (model.type !== 'bar') throw new Error('expected a bar model');
  return model;
}

const timeline: TimelineModel = {
  type: 'timeline',
  id: 'opened',
  title: 'Routes',
  caption: 'As dated.',
  measure: 'Openings',
  period: '2023',
  rowHeading: 'Capital',
  groups: [
    {
      when: 'Since the beginning of this year',
      fact: 'a',
      href: '/air/#a',
      page: '/facts/a/',
      places: [
        { id: 't', name: 'Tashkent', country: 'Uzbekistan' },
        { id: 'b', name: 'Bishkek', country: 'Kyrgyzstan' },
      ],
    },
    {
      when: 'Yesterday (the day before the article)',
      fact: 'g',
      href: '/air/#g',
      page: '/facts/g/',
      places: [{ id: 'g', name: 'Ashgabat', country: 'Turkmenistan' }],
    },
    {
      when: 'Due 18 May',
      fact: 'd',
      href: '/air/#d',
      page: '/facts/d/',
      places: [{ id: 'd', name: 'Dushanbe', country: 'Tajikistan' }],
    },
  ],
};

const theme: ChartTheme = {
  mode: 'rgb(1, 2, 3)',
  text: '#000',
  muted: '#555',
  grid: '#ddd',
  background: '#fff',
  font: 'sans-serif',
  hatch: (c) => `hatch(${c})`,
};

describe('chart models', () => {
  it('takes every plotted value from its fact, formatted as the fact card writes it', () => {
    const model = barModel();
    expect(model.series.map((s) => s.points.map((p) => [p.fact, p.value, p.display]))).toEqual([
      [['prior', 1887, formatFigure(1887, 'trains', 'about', 0)]],
      [['trains', 2129, '2,129 trains']],
    ]);
    expect(model.unit).toBe('trains');
  });

  it('marks a series of derived facts as derived', () => {
    expect(barModel().series.map((s) => s.derived)).toEqual([true, false]);
  });

  it('refuses a fact without a value', () => {
    const chart = content.charts[0];
    if (!chart) throw new Error('fixture chart missing');
    const noValue: ChartLookup = {
      ...lookup,
      fact: (id) => {
        const f = lookup.fact(id);
        return f && { ...f, value: undefined };
      },
    };
    expect(() => buildChartModel(chart.id, chart.data, noValue)).toThrow(/value in fact "prior"/);
  });

  it('describes the chart in words for screen readers', () => {
    expect(describeChart(barModel())).toBe('Alashankou: 2022 (derived), about 1,887 trains; 2023, 2,129 trains.');
    expect(describeChart(timeline)).toBe(
      'Three groups, as the article dates them. Since the beginning of this year: Tashkent (Uzbekistan) and Bishkek (Kyrgyzstan). ' +
        'Yesterday (the day before the article): Ashgabat (Turkmenistan). Due 18 May: Dushanbe (Tajikistan).',
    );
  });

  it('never calls a timeline’s groups an order', () => {
    expect(describeChart(timeline)).not.toMatch(/order|step/i);
  });

  it('starts each group of a timeline as a sentence, whatever the case of its label, and lists its places in words', () => {
    const places = [
      { id: 't', name: 'Tashkent', country: 'Uzbekistan' },
      { id: 'b', name: 'Bishkek', country: 'Kyrgyzstan' },
      { id: 'a', name: 'Astana', country: 'Kazakhstan' },
    ];
    const groups = [
      { when: 'since the beginning of the year', fact: 'a', href: '/air/#a', page: '/facts/a/', places },
      { when: 'to open on 18 May 2023', fact: 'd', href: '/air/#d', page: '/facts/d/', places: places.slice(0, 1) },
    ];
    expect(describeChart({ ...timeline, groups })).toBe(
      'Two groups, as the article dates them. Since the beginning of the year: Tashkent (Uzbekistan), Bishkek (Kyrgyzstan) and Astana (Kazakhstan). ' +
        'To open on 18 May 2023: Tashkent (Uzbekistan).',
    );
    expect(describeChart({ ...timeline, groups: groups.slice(1) })).toBe(
      'To open on 18 May 2023: Tashkent (Uzbekistan).',
    );
  });
});

describe('chart CSV', () => {
  it('writes one row per value, with its unit, qualifier, kind and the fact it comes from', () => {
    expect(chartCsv(barModel(), 'https://example.org')).toMatchInlineSnapshot(`
      "port,series,value,unit,qualifier,kind,fact,fact_url
      Alashankou,2022 (derived),1887,trains,about,derived,prior,https://example.org/facts/prior/
      Alashankou,2023,2129,trains,exact,quoted,trains,https://example.org/facts/trains/
      Alashankou,Growth,12.82,%,exact,quoted,growth,https://example.org/facts/growth/
      "
    `);
  });

  it('writes one row per place of a timeline, its group as the source dates it and no order', () => {
    expect(chartCsv(timeline, '').split('\r\n')).toEqual([
      'when,capital,country,fact,fact_url',
      'Since the beginning of this year,Tashkent,Uzbekistan,a,/facts/a/',
      'Since the beginning of this year,Bishkek,Kyrgyzstan,a,/facts/a/',
      'Yesterday (the day before the article),Ashgabat,Turkmenistan,g,/facts/g/',
      'Due 18 May,Dushanbe,Tajikistan,d,/facts/d/',
      '',
    ]);
    const when = chartTable(timeline, '').fields.find((f) => f.name === 'when');
    expect(when?.description).toMatch(/not an order/);
  });
});

describe('Chart.js configuration', () => {
  it('plots the model’s values, derived ones hatched and outlined', () => {
    const config = chartConfig(barModel(), theme);
    expect(config.type).toBe('bar');
    const datasets = config.data.datasets;
    expect(datasets.map((d) => d.data)).toEqual([[1887], [2129]]);
    expect(datasets.map((d) => d.backgroundColor)).toEqual([['hatch(rgb(1, 2, 3))'], ['rgb(1, 2, 3)']]);
  });

  it('never animates', () => {
    expect(chartConfig(barModel(), theme).options?.animation).toBe(false);
    expect(chartConfig(timeline, theme).options?.animation).toBe(false);
  });

  it('places each place of a timeline in its group', () => {
    const config = chartConfig(timeline, theme);
    expect(config.data.datasets[0]?.data).toEqual([
      { x: 'Since the beginning of this year', y: 'Tashkent' },
      { x: 'Since the beginning of this year', y: 'Bishkek' },
      { x: 'Yesterday (the day before the article)', y: 'Ashgabat' },
      { x: 'Due 18 May', y: 'Dushanbe' },
    ]);
  });

  it('names every place of a timeline and every group, however narrow the chart', () => {
    const scales = chartConfig(timeline, theme).options?.scales as Record<string, { ticks?: { autoSkip?: boolean } }>;
    expect(scales['y']?.ticks?.autoSkip).toBe(false);
    expect(scales['x']?.ticks?.autoSkip).toBe(false);
  });

  it('wraps long axis labels into lines', () => {
    expect(wrapLabel('The day before the article', 16)).toEqual(['The day before', 'the article']);
    expect(wrapLabel('18 May 2023', 8)).toEqual(['18 May', '2023']);
  });
});
