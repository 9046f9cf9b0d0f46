/**
 * The route data of the home page and of the pages that list places and facts: what each shows beyond
 * its fixed text, and its structured data.
 */
import { PAGE_SIZE } from '@/lib/explorer/facts-explorer.ts';
import { placeWhere } from '@/lib/pages/place-page.ts';
import { dataPath, factsPath, placePath, placesPath } from '@/lib/site/links.ts';
import { datasetLd } from '@/lib/site/structured-data-facts.ts';
import { placeListLd, websiteLd } from '@/lib/site/structured-data.ts';
import { siteConfig } from '@/site.config.ts';
import { getAllPlaces, getCorridors, getFacts, getFactsOf, getSources } from '../content.ts';
import { datasetFacts } from '../facts.ts';
import { getOverviewMap } from '../maps.ts';
import { PLACE_KINDS } from '../places.ts';
import { sourceRef, sourcesOf } from '../sources.ts';
import { siteUrls } from './site.ts';

/** The search page's words, which its social card also uses (src/data/cards.ts). */
export const SEARCH_PAGE = {
  title: 'Search',
  description: 'Search every fact, section and paragraph of the source, with filters by corridor, country and kind.',
};

export async function homePage(site: URL | undefined) {
  const { siteName, siteUrl } = siteUrls(site);
  const context = await getFactsOf(undefined);
  const sources = await getSources();
  return {
    corridors: await getCorridors(),
    /** The summit's facts, which belong to no corridor. */
    context,
    sources,
    // The first few by name; the Sources page lists them all, a page at a time.
    named: sources.slice(0, 5),
    overview: await getOverviewMap(),
    jsonLd: [
      websiteLd({ name: siteName, description: siteConfig.description, url: siteUrl }),
      datasetLd({
        name: 'Facts: the China–Central Asia Summit',
        description: 'The summit context of the three corridors, quoted from the source article.',
        url: siteUrl,
        siteName,
        siteUrl,
        sources: (await sourcesOf(context)).map((s) => sourceRef(s, site)),
        facts: await datasetFacts(context, site),
        downloads: [],
      }),
    ],
  };
}

export async function placesPage(site: URL | undefined) {
  const { base, siteName, siteUrl, absolute } = siteUrls(site);
  const places = await getAllPlaces();
  const byId = new Map(places.map((p) => [p.id, p]));
  const groups = (await getCorridors()).map((corridor) => ({
    corridor,
    places: corridor.data.places.flatMap((ref) => byId.get(ref.id) ?? []),
  }));
  const listed = new Set(groups.flatMap((g) => g.places.map((p) => p.id)));
  const others = places.filter((p) => !listed.has(p.id));
  const title = 'Places';
  const one = (await getSources()).length === 1;
  // Only cities and ports have pages: the regions and countries the sources name (Xinjiang, Japan) have none.
  const description = `The ${places.length} cities and ports ${one ? 'the article names' : 'our sources name'}, each with its own page: other spellings, country, position and every fact about it.`;
  return {
    title,
    description,
    /** Whether the site has one source, which the page then calls "the article". */
    one,
    groups,
    others,
    overview: await getOverviewMap(),
    jsonLd: [
      placeListLd({
        name: `${title}: ${siteName}`,
        description,
        url: absolute(placesPath(base)),
        siteName,
        siteUrl,
        // In the order shown, each place once (a place on two corridors is in both tables).
        places: [...new Set([...groups.flatMap((g) => g.places), ...others])].map((place) => ({
          name: place.data.name,
          altNames: place.data.altNames,
          country: place.data.country,
          region: place.data.region,
          lat: place.data.coordinates.lat,
          lon: place.data.coordinates.lon,
          url: absolute(placePath(base, place.id)),
          description: `${PLACE_KINDS[place.data.kind]} in ${placeWhere(place.data)}.`,
        })),
      }),
    ],
  };
}

export async function factsPage(site: URL | undefined) {
  const { base, siteName, siteUrl, absolute } = siteUrls(site);
  const shown = (await getFacts()).slice(0, PAGE_SIZE);
  return {
    description:
      'Every fact on the site in one table, with its figure, period, corridor, places and source: filter, sort and download them.',
    jsonLd: [
      datasetLd({
        name: 'Facts: China–Central Asia transport corridors',
        description:
          'Every fact of the site, each quoted from its source with the paragraph it comes from, or derived from the source’s figures by a stated formula.',
        url: absolute(factsPath(base)),
        siteName,
        siteUrl,
        // The sources of the rows this page holds, as its figures are; the downloads list every source.
        sources: (await sourcesOf(shown)).map((s) => sourceRef(s, site)),
        // The figures of the rows this page holds: all of them today, the first page's once the site
        // outgrows one page, so the page keeps to its weight; every fact is in the downloads.
        facts: await datasetFacts(shown, site),
        downloads: [
          { name: 'Facts (CSV)', url: absolute(dataPath(base, 'facts.csv')), encodingFormat: 'text/csv' },
          { name: 'Facts (JSON)', url: absolute(dataPath(base, 'facts.json')), encodingFormat: 'application/json' },
          {
            name: 'Data Package descriptor',
            url: absolute(dataPath(base, 'datapackage.json')),
            encodingFormat: 'application/json',
          },
          {
            name: 'JSON Schema of the facts',
            url: absolute(dataPath(base, 'facts.schema.json')),
            encodingFormat: 'application/schema+json',
          },
        ],
      }),
    ],
  };
}
