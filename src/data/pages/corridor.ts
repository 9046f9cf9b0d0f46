/**
 * The route data of a corridor page, /corridors/<id>/: its contents, places, map, search filters and
 * structured data, so the page is markup over this one object and its MDX.
 */
import { corridorSearchFilters, corridorToc, type MarkdownHeading } from '@/lib/pages/corridor-page.ts';
import { chartCsvPath, corridorPath } from '@/lib/site/links.ts';
import { articleLd } from '@/lib/site/structured-data.ts';
import { datasetLd } from '@/lib/site/structured-data-facts.ts';
import { getCharts, getFactsShownOn, getPlaces, type Corridor } from '../content.ts';
import { datasetFacts } from '../facts.ts';
import { getCorridorMap } from '../maps.ts';
import { sourceRef, sourcesOf } from '../sources.ts';
import { siteUrls } from './site.ts';

/** `headings` are the MDX's, from Astro's `render()`, which the page calls for the content itself. */
export async function corridorPage(corridor: Corridor, headings: readonly MarkdownHeading[], site: URL | undefined) {
  const { base, siteName, siteUrl, absolute } = siteUrls(site);
  const { data } = corridor;
  const places = await getPlaces(data.places);
  // The facts the page shows, not every fact of its corridor: a curated narrative stays one size.
  const facts = await getFactsShownOn(corridor.id);
  const url = absolute(corridorPath(base, corridor.id));
  const sources = (await sourcesOf(facts)).map((s) => sourceRef(s, site));
  const charts = (await getCharts()).filter((chart) => chart.data.corridor.id === corridor.id);
  const name = data.shortTitle.toLowerCase();
  return {
    corridor,
    toc: corridorToc(headings),
    places,
    map: await getCorridorMap(corridor.id),
    searchFilters: corridorSearchFilters(corridor.id, facts),
    keyFiguresLabel: `Key figures: ${name} corridor`,
    placesCaption: `Places the article names in its ${name} report`,
    jsonLd: [
      articleLd({
        headline: data.title,
        description: data.summary,
        url,
        siteName,
        siteUrl,
        sources,
        // The places the page's facts are about; a place the article only names (Ürümqi, in a speaker's
        // title) is on the map and in the table, but the page is not about it.
        about: places.filter((p) => facts.some((f) => f.places.includes(p.id))).map((p) => p.data.name),
      }),
      datasetLd({
        name: `Facts: ${data.title}`,
        description: `The facts of the ${name} corridor this page shows, each quoted from its source or derived from its figures.`,
        url,
        siteName,
        siteUrl,
        sources,
        facts: await datasetFacts(facts, site),
        downloads: charts.map((c) => ({ name: c.data.title, url: absolute(chartCsvPath(base, c.id)) })),
      }),
    ],
  };
}
