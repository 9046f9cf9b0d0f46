import type { APIRoute, GetStaticPaths } from 'astro';
import { getCharts } from '@/data/content.ts';
import { getChartModel } from '@/data/charts.ts';
import { chartCsv } from '@/lib/charts/chart-table.ts';

/** Each chart's data as CSV, built from the same model as its canvas and table. */
export const getStaticPaths = (async () =>
  (await getCharts()).map((chart) => ({ params: { id: chart.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const model = await getChartModel(params.id ?? '');
  return new Response(chartCsv(model, site?.origin ?? ''), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
