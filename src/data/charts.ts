/**
 * The chart models pages, CSV tables and downloads draw: each chart's facts and places looked up in the
 * graph (src/lib/charts/charts.ts builds the model).
 */
import { buildChartModel, type ChartFact, type ChartModel } from '@/lib/charts/charts.ts';
import { getGraph, required, type Fact } from './content.ts';
import { factHref, factPageHref } from './links.ts';

/** What a chart needs of a fact. */
export function toChartFact(fact: Fact): ChartFact {
  return {
    id: fact.id,
    label: fact.label,
    value: fact.value,
    unit: fact.unit,
    qualifier: fact.qualifier,
    kind: fact.kind,
    decimals: fact.decimals,
    period: fact.period,
    href: factHref(fact),
    page: factPageHref(fact),
  };
}

/** The model a chart's canvas, table, description and CSV are all drawn from. */
export async function getChartModel(id: string): Promise<ChartModel> {
  const graph = await getGraph();
  const chart = required(graph.chart.get(id), `chart "${id}"`);
  return buildChartModel(chart.id, chart.data, {
    fact: (factId) => {
      const fact = graph.fact.get(factId);
      return fact && toChartFact(fact);
    },
    place: (placeId) => {
      const place = graph.place.get(placeId);
      return place && { id: place.id, name: place.data.name, country: place.data.country };
    },
  });
}
