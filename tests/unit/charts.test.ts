import { describe, expect, it } from 'vitest';
import { chartConfig, wrapLabel, type ChartTheme } from '@/lib/chart-config';
import {
  buildChartModel,
  chartCsv,
  describeChart,
  toChartFact,
  type BarModel,
  type ChartLookup,
  type TimelineModel,
} from '@/lib/charts';
import { formatFigure } from '@/lib/format';
import { parseContent, rawContent } from '../fixtures/content';

const content = parseContent(rawContent());

const lookup: ChartLookup = {
  fact: (id) => {
    const fact = content.facts.find((f) => f.id === id);
    return fact && toChartFact(fact, `/corridors/rail/#${id}`);
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
  caption: 'In order.',
  measure: 'Openings',
  period: '2023',
  rowHeading: 'Capital',
  steps: [
    {
      label: 'Since January 2023',
      fact: 'a',
      href: '/air/#a',
      places: [
        { id: 't', name: 'Tashkent', country: 'Uzbekistan' },
        { id: 'b', name: 'Bishkek', country: 'Kyrgyzstan' },
      ],
    },
    {
      label: '18 May 2023',
      fact: 'd',
      href: '/air/#d',
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
      'Since January 2023: Tashkent (Uzbekistan), Bishkek (Kyrgyzstan). Then, 18 May 2023: Dushanbe (Tajikistan).',
    );
  });
});

describe('chart CSV', () => {
  it('writes one row per value, with its unit, qualifier, kind and the fact it comes from', () => {
    expect(chartCsv(barModel(), 'https://example.org')).toMatchInlineSnapshot(`
      "port,series,value,unit,qualifier,kind,fact,fact_url
      Alashankou,2022 (derived),1887,trains,about,derived,prior,https://example.org/corridors/rail/#prior
      Alashankou,2023,2129,trains,exact,quoted,trains,https://example.org/corridors/rail/#trains
      Alashankou,Growth,12.82,%,exact,quoted,growth,https://example.org/corridors/rail/#growth
      "
    `);
  });

  it('writes one row per place of a timeline, in order', () => {
    expect(chartCsv(timeline, '').split('\r\n')).toEqual([
      'step,when,capital,country,fact,fact_url',
      '1,Since January 2023,Tashkent,Uzbekistan,a,/air/#a',
      '1,Since January 2023,Bishkek,Kyrgyzstan,a,/air/#a',
      '2,18 May 2023,Dushanbe,Tajikistan,d,/air/#d',
      '',
    ]);
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

  it('places each place of a timeline at its step', () => {
    const config = chartConfig(timeline, theme);
    expect(config.data.datasets[0]?.data).toEqual([
      { x: 'Since January 2023', y: 'Tashkent' },
      { x: 'Since January 2023', y: 'Bishkek' },
      { x: '18 May 2023', y: 'Dushanbe' },
    ]);
  });

  it('wraps long axis labels into lines', () => {
    expect(wrapLabel('The day before the article', 16)).toEqual(['The day before', 'the article']);
    expect(wrapLabel('18 May 2023', 8)).toEqual(['18 May', '2023']);
  });
});
