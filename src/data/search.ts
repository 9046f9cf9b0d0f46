/**
 * What search indexes: the pages it indexes whole, and a record for every place and every group of facts
 * or paragraphs (src/lib/search/search-records.ts shapes them).
 */
import { citedTitle } from '@/lib/cite/cite.ts';
import { paragraphKey } from '@/lib/content/graph.ts';
import { SUMMIT_NAME } from '@/lib/explorer/facts-explorer.ts';
import { factSection, paragraphSection, placeRecord } from '@/lib/search/search-items.ts';
import { groupSections, searchedPagePaths, type SearchRecord } from '@/lib/search/search-records.ts';
import { factPagePath, paragraphPath, placePath } from '@/lib/site/links.ts';
import { getCorridors, getGraph, type Fact } from './content.ts';
import { PLACE_KINDS } from './places.ts';

const searchedPages = new Map<string, Promise<readonly string[]>>();

/**
 * The pages search indexes whole (`searchedPagePaths`), under `base`: `/` for the index, the site's base
 * for BaseLayout, which asks on every page; worked out once a base.
 */
export function getSearchedPages(base: string): Promise<readonly string[]> {
  let pages = searchedPages.get(base);
  if (pages === undefined) {
    pages = getCorridors().then((corridors) =>
      searchedPagePaths(
        base,
        corridors.map((c) => c.id),
      ),
    );
    searchedPages.set(base, pages);
  }
  return pages;
}

/** Every search record that is not a page: one per place, one per group of facts or paragraphs (`groupSections`). */
export async function getSearchRecords(): Promise<SearchRecord[]> {
  const graph = await getGraph();
  const corridorOf = (id: string | undefined) => {
    const corridor = id === undefined ? undefined : graph.corridor.get(id);
    return corridor && { id: corridor.id, name: corridor.data.shortTitle };
  };
  const factSections = graph.facts.map((fact) =>
    factSection({
      id: fact.id,
      source: fact.source,
      url: factPagePath('/', fact.id),
      label: fact.label,
      statement: fact.statement,
      figure: fact.figure?.text,
      value: fact.value,
      period: fact.period,
      corridor: corridorOf(fact.corridor),
      speaker: fact.speaker,
      places: fact.places.flatMap((id) => {
        const place = graph.place.get(id);
        return place ? [place.data] : [];
      }),
      countries: fact.countries,
      derived: fact.kind === 'derived',
    }),
  );
  // How many of a place's facts are of each corridor, in navigation order, and of the summit context.
  const factsOfPlace = (facts: readonly Fact[]) =>
    [
      ...graph.corridors.map((c) => ({
        id: c.id as string | undefined,
        of: `the ${c.data.shortTitle.toLowerCase()} corridor`,
      })),
      { id: undefined, of: `the ${SUMMIT_NAME.toLowerCase()}` },
    ].map(({ id, of }) => ({ of, count: facts.filter((fact) => fact.corridor === id).length }));
  const placeRecords = graph.places.map((place) =>
    placeRecord({
      id: place.id,
      url: placePath('/', place.id),
      name: place.data.name,
      altNames: place.data.altNames,
      country: place.data.country,
      region: place.data.region,
      kind: PLACE_KINDS[place.data.kind],
      corridors: (graph.corridorsByPlace.get(place.id) ?? []).map((c) => ({ id: c.id, name: c.data.shortTitle })),
      facts: factsOfPlace(graph.byPlace.get(place.id) ?? []),
    }),
  );
  const nameSource = graph.sources.length > 1;
  const paragraphSections = graph.sources.flatMap((source) => {
    const sourceTitle = citedTitle(source.data);
    return source.data.paragraphs.map((paragraph) => {
      const key = paragraphKey(source.id, paragraph.id);
      return paragraphSection({
        source: source.id,
        id: paragraph.id,
        url: paragraphPath('/', source.id, paragraph.id),
        n: paragraph.n,
        text: paragraph.text,
        notes: (graph.paragraph.get(key)?.notes ?? []).map((n) => `“${n.passage}”: ${n.note}`),
        sourceTitle,
        nameSource,
      });
    });
  });
  return [...groupSections(factSections), ...placeRecords, ...groupSections(paragraphSections)];
}
