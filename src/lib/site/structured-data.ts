/**
 * schema.org JSON-LD for the pages, so search engines and link previews know
 * what each page is: the site, an article about a corridor citing its sources,
 * the list of sources, places, a plain web page otherwise. Facts as datasets and
 * a fact's own page are in structured-data-facts.ts.
 */

import { withYearsNote } from '../text/public-context.ts';
import type { Qualifier } from '../content/figures.ts';

export type JsonLd = Record<string, unknown>;

export interface SourceRef {
  title: string;
  /** The title is ours, describing the source, not its own headline. */
  titleIsDescriptive: boolean;
  description: string;
  url: string;
  written: string;
}

export interface DatasetFact {
  label: string;
  value?: number | undefined;
  unit: string;
  qualifier: Qualifier;
  /** The figure as the site writes it, e.g. `more than 80%`. */
  figure?: string | undefined;
  /** The fact's permanent page. */
  url: string;
  /** For a derived figure: the formula with its numbers, and the pages of the facts it is derived from. */
  derivation?: { equation: string; inputs: readonly { label: string; url: string }[] } | undefined;
}

export const CONTEXT = 'https://schema.org';

/** Said of a source whose title is ours, so no reader of the data takes it for the headline. */
const DESCRIPTIVE_TITLE_NOTE = 'Its name here is a descriptive title, not its headline.';

/** The source as a node of the graph: the work itself, not our page about it (its `url`). */
function sourceId(source: SourceRef): string {
  return `${source.url}#source`;
}

/**
 * The source as a work. Its own headline goes in `headline`; a descriptive title of ours only in
 * `name`, with the description saying so.
 */
export function sourceWork(source: SourceRef): JsonLd {
  return {
    '@id': sourceId(source),
    '@type': 'NewsArticle',
    name: source.title,
    ...(source.titleIsDescriptive ? {} : { headline: source.title }),
    description: source.titleIsDescriptive ? `${source.description} ${DESCRIPTIVE_TITLE_NOTE}` : source.description,
    url: source.url,
    inLanguage: 'en',
  };
}

/**
 * The source again in a document that describes it in full (`sourceWork`) elsewhere: its id alone, which
 * JSON-LD joins to that description, rather than the same fields twice on every page that cites it.
 */
export function sourceRef(source: SourceRef): JsonLd {
  return { '@id': sourceId(source) };
}

export function websiteLd(input: { name: string; description: string; url: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: input.name,
    description: withYearsNote(input.description),
    url: input.url,
    inLanguage: 'en',
  };
}

/** What every page's structured data says of the page and the site it belongs to. */
export interface PageRef {
  name: string;
  description: string;
  url: string;
  siteName: string;
  siteUrl: string;
}

export function webPageLd(input: PageRef): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    name: input.name,
    description: withYearsNote(input.description),
    url: input.url,
    isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
  };
}

export function articleLd(input: {
  headline: string;
  description: string;
  url: string;
  siteName: string;
  siteUrl: string;
  sources: readonly SourceRef[];
  about: string[];
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: input.headline,
    description: withYearsNote(input.description),
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
    isBasedOn: input.sources.map(sourceWork),
    citation: input.sources.map(sourceRef),
    about: input.about.map((name) => ({ '@type': 'Place', name })),
  };
}

/**
 * The page that lists the sources: a `CollectionPage` whose main entity is an `ItemList` of the works,
 * in the page's order, each as every other page cites it.
 */
export function sourceListLd(input: PageRef & { sources: readonly SourceRef[] }): JsonLd {
  return collectionPageLd(input, input.sources.map(sourceWork));
}

/** A page listing things: a `CollectionPage` whose main entity is the `ItemList` of `items`, in the order shown. */
function collectionPageLd(page: PageRef, items: readonly JsonLd[]): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'CollectionPage',
    name: page.name,
    description: withYearsNote(page.description),
    url: page.url,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: page.siteName, url: page.siteUrl },
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: items.length,
      itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, item })),
    },
  };
}

/** A trail of pages from the site's top down to this one, as `BreadcrumbList` items. */
export function breadcrumbLd(trail: readonly { name: string; url: string }[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: crumb.url,
    })),
  };
}

/** JSON-LD as it goes into a <script> element: `<` escaped so the text cannot close the element. */
export function serializeLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface PlaceRef {
  name: string;
  /** Other spellings and former names, and names in other languages with their BCP 47 tags (none for English). */
  altNames: readonly { name: string; lang: readonly string[] }[];
  country: string;
  region?: string | undefined;
  /** Decimal degrees (public context). */
  lat: number;
  lon: number;
  /** The place's page. */
  url: string;
  description: string;
}

/**
 * A place's other name as JSON-LD: an English spelling as text, a name in another language as a value
 * in each of its languages (`{ "@value": "Астана", "@language": "kk" }`, then `ru`).
 */
function alternateName(alt: PlaceRef['altNames'][number]): (string | { '@value': string; '@language': string })[] {
  return alt.lang.length === 0 ? [alt.name] : alt.lang.map((tag) => ({ '@value': alt.name, '@language': tag }));
}

/**
 * A place as schema.org reads it: its names, the country (and region) it is in, and its position
 * as `GeoCoordinates`. The coordinates are public context, not a claim of any source.
 */
export function placeLd(place: PlaceRef, context = true): JsonLd {
  return {
    ...(context ? { '@context': CONTEXT } : {}),
    '@type': 'Place',
    name: place.name,
    ...(place.altNames.length > 0 ? { alternateName: place.altNames.flatMap(alternateName) } : {}),
    description: withYearsNote(place.description),
    url: place.url,
    geo: { '@type': 'GeoCoordinates', latitude: place.lat, longitude: place.lon },
    containedInPlace: place.region
      ? {
          '@type': 'AdministrativeArea',
          name: place.region,
          containedInPlace: { '@type': 'Country', name: place.country },
        }
      : { '@type': 'Country', name: place.country },
  };
}

/** A page listing places: a `CollectionPage` whose main entity is the `ItemList` of them, in the order shown. */
export function placeListLd(input: PageRef & { places: readonly PlaceRef[] }): JsonLd {
  return collectionPageLd(
    input,
    input.places.map((place) => placeLd(place, false)),
  );
}
