/**
 * The route data of a chart's permanent page, /charts/<id>/: the chart (drawn by FactChart from the
 * same model), what it shows in words, the facts it draws, and its address to copy.
 */
import { describeChart } from '@/lib/charts/charts.ts';
import { kindLabel } from '@/lib/text/fact-kind.ts';
import { chartPagePath, corridorPath, factsPath } from '@/lib/site/links.ts';
import { webPageLd, breadcrumbLd } from '@/lib/site/structured-data.ts';
import { getGraph, required } from '../content.ts';
import { getChartFacts, getChartModel } from '../charts.ts';
import { factPageHref } from '../links.ts';
import { embedOf } from './embed.ts';
import { siteUrls } from './site.ts';

export async function chartPage(id: string, site: URL | undefined) {
  const { base, siteName, siteUrl, absolute } = siteUrls(site);
  const graph = await getGraph();
  const chart = required(graph.chart.get(id), `chart "${id}"`);
  const corridor = required(graph.corridor.get(chart.data.corridor.id), `corridor "${chart.data.corridor.id}"`);
  const model = await getChartModel(id);
  const path = chartPagePath(base, id);
  const url = absolute(path);
  const facts = await getChartFacts(id);
  const basis = facts.some((fact) => fact.kind === 'derived')
    ? 'a fact, quoted from its source or derived from its figures'
    : 'a fact quoted from its source';
  const description = `${model.measure}. ${model.period}. Each entry is ${basis}.`;
  const trail = [
    { name: 'Facts', href: factsPath(base) },
    { name: `${corridor.data.shortTitle} corridor`, href: corridorPath(base, corridor.id) },
  ];
  return {
    id,
    title: model.title,
    description,
    mode: corridor.data.mode,
    url,
    trail,
    /** The chart in a sentence a screen reader also hears, and the chart's own caption. */
    summary: describeChart(model),
    caption: model.caption,
    corridor: { name: corridor.data.title, href: corridorPath(base, corridor.id) },
    facts: facts.map((fact) => ({
      href: factPageHref(fact),
      label: fact.label,
      figure: fact.figure?.text,
      period: fact.period,
      kind: kindLabel(fact.kind),
    })),
    embed: await embedOf('charts', id, site),
    jsonLd: [
      {
        ...webPageLd({ name: model.title, description, url, siteName, siteUrl }),
        breadcrumb: breadcrumbLd([
          ...trail.map((c) => ({ name: c.name, url: absolute(c.href) })),
          { name: model.title, url },
        ]),
      },
    ],
  };
}
