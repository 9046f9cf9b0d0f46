/**
 * The route data of a place's page, /places/<id>/: its fields with where each comes from, its corridors,
 * locator map, the facts about it (a page of them) and its structured data.
 */
import { contextFields } from '@/lib/content/place-fields.ts';
import { PAGE_SIZE } from '@/lib/explorer/facts-explorer.ts';
import { placeDescription, placeFactsIntro, placeMentions, placeWhere } from '@/lib/pages/place-page.ts';
import { corridorPath, factsViewPath, placePath, placesPath, sourcePath } from '@/lib/site/links.ts';
import { paragraphLinks } from '@/lib/site/paragraph-links.ts';
import { placeLd } from '@/lib/site/structured-data.ts';
import { needsNameFonts } from '@/lib/text/name-fonts.ts';
import { kindLabel } from '@/lib/text/fact-kind.ts';
import { countOf, factSentence } from '@/lib/text/format.ts';
import { getSources, type Place } from '../content.ts';
import { factPageHref } from '../links.ts';
import { getLocatorMap } from '../maps.ts';
import { corridorsOf, factsAbout, placeFieldSources, placeSpellings, PLACE_KINDS } from '../places.ts';
import { getSourceTitle } from '../sources.ts';
import { siteUrls } from './site.ts';

export async function placePage(place: Place, site: URL | undefined) {
  const { base, absolute } = siteUrls(site);
  const { data } = place;
  const corridors = await corridorsOf(place.id);
  const facts = await factsAbout(place.id);
  // As many as a page of the facts explorer holds, so the page weighs the same with 10 facts or 10,000;
  // the explorer, filtered to this place, has them all.
  const shown = facts.slice(0, PAGE_SIZE);
  // A fact's paragraph links name its source when the list draws on more than one; else the list says it once.
  const listedSources = [...new Set(shown.map((fact) => fact.source))];
  const onlySource = listedSources.length === 1 ? listedSources[0] : undefined;
  // Only the sources of the facts listed, not every source of the site.
  const sourceTitles = new Map(
    await Promise.all(listedSources.map(async (id) => [id, await getSourceTitle(id)] as const)),
  );
  const kind = PLACE_KINDS[data.kind];
  const where = placeWhere(data);
  const oneSource = (await getSources()).length === 1;
  // A place no fact is about says what the sources do say of it, as its corridors' maps note it.
  const mentions = placeMentions(
    data.name,
    corridors.flatMap((c) => c.data.map.notes.filter((n) => n.place.id === place.id).map((n) => n.note)),
  );
  const description = placeDescription(data.name, kind, where, facts.length, contextFields(data), mentions);
  return {
    place,
    title: data.name,
    description,
    mode: corridors[0]?.data.mode ?? ('context' as const),
    lede: `${kind} in ${where}.`,
    placesHref: placesPath(base),
    kind,
    // Each field says where it comes from: the source's words, or public context (src/lib/content/place-fields.ts).
    spellings: await placeSpellings(place),
    /** Whether a name is in Chinese characters or Cyrillic, drawn in the faces the page then links. */
    needsNameFonts: needsNameFonts(data.altNames.map((alt) => alt.name)),
    basis: {
      country: await placeFieldSources(place, 'country'),
      region: await placeFieldSources(place, 'region'),
      kind: await placeFieldSources(place, 'kind'),
    },
    corridors: corridors.map((c) => ({
      mode: c.data.mode,
      shortTitle: c.data.shortTitle,
      title: c.data.title,
      href: corridorPath(base, c.id),
    })),
    contextNote: `Public context: widely documented, not taken from ${oneSource ? 'the article' : 'the sources'}.`,
    map: await getLocatorMap(place.id),
    factsIntro: placeFactsIntro({ name: data.name, facts: facts.length, shown: shown.length, oneSource, mentions }),
    /** The one source of every fact listed, named once over the list; undefined when they have several. */
    onlySource:
      onlySource === undefined
        ? undefined
        : {
            title: sourceTitles.get(onlySource),
            href: sourcePath(base, onlySource),
            lead: shown.length === 1 ? 'Its source is' : 'Their source is',
          },
    facts: shown.map((fact) => ({
      id: fact.id,
      kind: fact.kind,
      href: factPageHref(fact),
      label: fact.label,
      figure: fact.figure && { text: fact.figure.text, value: String(fact.value) },
      statement: factSentence(fact),
      meta: [kindLabel(fact.kind), ...(fact.period ? [fact.period] : [])].join(' · '),
      source: onlySource === undefined ? sourceTitles.get(fact.source) : 'Source',
      paragraphs: paragraphLinks(base, fact.source, fact.paragraphs),
    })),
    explorer:
      facts.length === 0
        ? undefined
        : {
            href: factsViewPath(base, { place: place.id }),
            text:
              facts.length > shown.length
                ? `All ${countOf(facts.length, 'fact')} about ${data.name}`
                : `The facts about ${data.name}`,
          },
    jsonLd: [
      placeLd({
        name: data.name,
        altNames: data.altNames,
        country: data.country,
        region: data.region,
        lat: data.coordinates.lat,
        lon: data.coordinates.lon,
        url: absolute(placePath(base, place.id)),
        description,
      }),
    ],
  };
}

export type PlacePage = Awaited<ReturnType<typeof placePage>>;
