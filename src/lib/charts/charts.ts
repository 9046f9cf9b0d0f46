/**
 * Turns a chart entry and the facts it names into the one model that the
 * canvas, the table, the text description and the CSV are all drawn from,
 * so that they can never disagree.
 */
import type { BarChartData, ChartData, TimelineChartData } from '@/schemas/chart.ts';
import type { Qualifier } from '../content/figures.ts';
import type { FactNode } from '../content/graph.ts';
import { countAtStart, countOf, formatFigure, isTightUnit } from '../text/format.ts';

/** What the model needs to know of a fact. */
export interface ChartFact {
  id: string;
  label: string;
  value?: number | undefined;
  unit: string;
  qualifier: Qualifier;
  kind: 'quoted' | 'derived';
  /** Decimal places of a derived value. */
  decimals?: number | undefined;
  period?: string | undefined;
  /** Where the fact's card is, e.g. `/corridors/rail/#rail-khorgos-trains`. */
  href: string;
  /** The fact's permanent page, e.g. `/facts/rail-khorgos-trains/`: what downloads link to. */
  page: string;
}

/** What a chart needs of a fact node, given where the fact is shown and its permanent page. */
export function toChartFact(
  fact: Pick<FactNode, 'id' | 'label' | 'value' | 'unit' | 'qualifier' | 'kind' | 'decimals' | 'period'>,
  links: { href: string; page: string },
): ChartFact {
  const { id, label, value, unit, qualifier, kind, decimals, period } = fact;
  return { id, label, value, unit, qualifier, kind, decimals, period, ...links };
}

/** The ids of the facts a chart draws, in its order. */
export function chartFactIds(chart: ChartData): string[] {
  if (chart.type === 'timeline') return chart.groups.map((group) => group.fact.id);
  return [...chart.series, ...chart.tableColumns].flatMap((column) => column.facts.map((f) => f.id));
}

export interface ChartPlace {
  id: string;
  name: string;
  country: string;
}

export interface ChartPoint {
  fact: string;
  value: number;
  /** The value as the page writes it: `about 1,887 trains`. */
  display: string;
  /** The same without a spelled-out unit, for labels on bars: `about 1,887`, `12.82%`. */
  short: string;
  unit: string;
  qualifier: Qualifier;
  derived: boolean;
  href: string;
  /** The fact's permanent page. */
  page: string;
}

interface ModelBase {
  id: string;
  title: string;
  caption: string;
  measure: string;
  period: string;
}

export interface BarModel extends ModelBase {
  type: 'bar';
  orientation: 'vertical' | 'horizontal';
  /** The unit every plotted value shares, e.g. `trains`. */
  unit: string;
  categoryHeading: string;
  categories: string[];
  series: { label: string; derived: boolean; points: ChartPoint[] }[];
  tableColumns: { label: string; points: ChartPoint[] }[];
}

/** Places grouped by when the source dates them; the groups are not an order (src/schemas/chart.ts). */
export interface TimelineModel extends ModelBase {
  type: 'timeline';
  rowHeading: string;
  groups: { when: string; fact: string; href: string; page: string; places: ChartPlace[] }[];
}

export type ChartModel = BarModel | TimelineModel;

export interface ChartLookup {
  fact: (id: string) => ChartFact | undefined;
  place: (id: string) => ChartPlace | undefined;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`chart refers to a missing ${what}`);
  return value;
}

function point(fact: ChartFact): ChartPoint {
  const value = need(fact.value, `value in fact "${fact.id}"`);
  return {
    fact: fact.id,
    value,
    display: formatFigure(value, fact.unit, fact.qualifier, fact.decimals),
    short: formatFigure(value, isTightUnit(fact.unit) ? fact.unit : '', fact.qualifier, fact.decimals),
    unit: fact.unit,
    qualifier: fact.qualifier,
    derived: fact.kind === 'derived',
    href: fact.href,
    page: fact.page,
  };
}

function barModel(id: string, chart: BarChartData, lookup: ChartLookup): BarModel {
  const facts = (refs: readonly { id: string }[]) => refs.map((ref) => need(lookup.fact(ref.id), `fact "${ref.id}"`));
  const series = chart.series.map((s) => {
    const points = facts(s.facts).map(point);
    return { label: s.label, derived: points.every((p) => p.derived), points };
  });
  const units = new Set(chart.series.flatMap((s) => facts(s.facts).map((f) => f.unit)));
  return {
    type: 'bar',
    id,
    title: chart.title,
    caption: chart.caption,
    measure: chart.measure,
    period: chart.period,
    orientation: chart.orientation,
    unit: [...units].join(', '),
    categoryHeading: chart.categoryHeading,
    categories: chart.categories.map((c) => c.label),
    series,
    tableColumns: chart.tableColumns.map((c) => ({ label: c.label, points: facts(c.facts).map(point) })),
  };
}

function timelineModel(id: string, chart: TimelineChartData, lookup: ChartLookup): TimelineModel {
  return {
    type: 'timeline',
    id,
    title: chart.title,
    caption: chart.caption,
    measure: chart.measure,
    period: chart.period,
    rowHeading: chart.rowHeading,
    groups: chart.groups.map((group) => {
      const fact = need(lookup.fact(group.fact.id), `fact "${group.fact.id}"`);
      return {
        when: group.when,
        fact: fact.id,
        href: fact.href,
        page: fact.page,
        places: group.places.map((ref) => need(lookup.place(ref.id), `place "${ref.id}"`)),
      };
    }),
  };
}

export function buildChartModel(id: string, chart: ChartData, lookup: ChartLookup): ChartModel {
  return chart.type === 'bar' ? barModel(id, chart, lookup) : timelineModel(id, chart, lookup);
}

/** `A`, `A and B`, `A, B and C`. */
function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** Text as it starts a sentence: its first letter upper case, the rest as written. */
function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A plain-language account of the chart, for the canvas's accessible description. A timeline's
 * groups are labelled as the source dates them, written to stand alone (`Yesterday (the day before the
 * article)`, `Due 18 May`), so each starts a sentence of its own and is never spliced into another one;
 * they are not called an order, as the source may not give one.
 */
export function describeChart(model: ChartModel): string {
  if (model.type === 'timeline') {
    const groups = model.groups.map(
      (group) => `${sentenceStart(group.when)}: ${listInWords(group.places.map((p) => `${p.name} (${p.country})`))}.`,
    );
    return [
      ...(groups.length > 1
        ? [
            `${countAtStart(groups.length, 'group') ?? `In all, ${countOf(groups.length, 'group')}`}, as the article dates them.`,
          ]
        : []),
      ...groups,
    ].join(' ');
  }
  return model.categories
    .map((category, i) => {
      const values = model.series.map((s) => `${s.label}, ${s.points[i]?.display ?? 'no value'}`).join('; ');
      return `${category}: ${values}.`;
    })
    .join(' ');
}
