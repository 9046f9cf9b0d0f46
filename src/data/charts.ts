/**
 * The chart models pages, CSV tables and downloads draw: each chart's facts and places looked up in the
 * graph (src/lib/charts/charts.ts builds the model).
 */
import { buildChartModel, chartFactIds, toChartFact, type ChartModel } from '@/lib/charts/charts.ts';
import { getGraph, required, type Fact } from './content.ts';
import { factHref, factPageHref } from './links.ts';

/** The model a chart's canvas, table, description and CSV are all drawn from. */
export async function getChartModel(id: string): Promise<ChartModel> {
  const graph = await getGraph();
  const chart = required(graph.chart.get(id), `chart "${id}"`);
  return buildChartModel(chart.id, chart.data, {
    fact: (factId) => {
      const fact = graph.fact.get(factId);
      return fact && toChartFact(fact, { href: factHref(fact), page: factPageHref(fact) });
    },
    place: (placeId) => {
      const place = graph.place.get(placeId);
      return place && { id: place.id, name: place.data.name, country: place.data.country };
    },
  });
}

/** The facts a chart draws, each once, in the chart's order. */
export async function getChartFacts(id: string): Promise<Fact[]> {
  const graph = await getGraph();
  const chart = required(graph.chart.get(id), `chart "${id}"`);
  return [...new Set(chartFactIds(chart.data))].map((factId) => required(graph.fact.get(factId), `fact "${factId}"`));
}
