/**
 * schema.org JSON-LD for the pages, so search engines and link previews know
 * what each page is: the site, an article about a corridor citing its sources,
 * the dataset of facts a page lists, the list of sources, a plain web page otherwise.
 */

import type { Qualifier } from '../content/figures.ts';
import { kindLabel } from '../text/fact-kind.ts';

type JsonLd = Record<string, unknown>;

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

const CONTEXT = 'https://schema.org';

/** Said of a source whose title is ours, so no reader of the data takes it for the headline. */
const DESCRIPTIVE_TITLE_NOTE = 'Its name here is a descriptive title, not its headline.';

/**
 * The source as a work. Its own headline goes in `headline`; a descriptive title of ours only in
 * `name`, with the description saying so.
 */
function sourceWork(source: SourceRef): JsonLd {
  return {
    '@type': 'NewsArticle',
    name: source.title,
    ...(source.titleIsDescriptive ? {} : { headline: source.title }),
    description: source.titleIsDescriptive ? `${source.description} ${DESCRIPTIVE_TITLE_NOTE}` : source.description,
    url: source.url,
    inLanguage: 'en',
  };
}

export function websiteLd(input: { name: string; description: string; url: string }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'WebSite',
    name: input.name,
    description: input.description,
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
    description: input.description,
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
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: 'en',
    isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
    isBasedOn: input.sources.map(sourceWork),
    citation: input.sources.map(sourceWork),
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
    description: page.description,
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

/**
 * A figure as schema.org reads it, its qualifier kept: "more than 80%" is `minValue: 80`, "less than
 * 1 day" `maxValue: 1`, "nearly 10 years" `maxValue: 10`; "about" and "nearly" are said in words, and
 * only an exact figure is a bare `value`.
 */
export function quantitativeValue(fact: Pick<DatasetFact, 'value' | 'unit' | 'qualifier' | 'figure'>): JsonLd {
  const value = fact.value;
  const bounds: JsonLd =
    fact.qualifier === 'exact' || fact.qualifier === 'about'
      ? { value }
      : fact.qualifier === 'more-than'
        ? { minValue: value }
        : { maxValue: value };
  return {
    '@type': 'QuantitativeValue',
    ...bounds,
    ...(fact.unit ? { unitText: fact.unit } : {}),
    ...(fact.qualifier === 'exact'
      ? {}
      : {
          description: fact.figure ?? '',
          additionalProperty: { '@type': 'PropertyValue', name: 'qualifier', value: fact.qualifier },
        }),
  };
}

/** One measured figure of a dataset: quoted from the source, or derived from other facts and saying so. */
export function measuredFigure(fact: DatasetFact): JsonLd {
  return {
    '@type': 'PropertyValue',
    name: fact.label,
    value: quantitativeValue(fact),
    url: fact.url,
    measurementTechnique: fact.derivation
      ? `${kindLabel('derived')} from the source’s figures: ${fact.derivation.equation}`
      : `${kindLabel('quoted')} from the source`,
    ...(fact.derivation
      ? {
          valueReference: fact.derivation.inputs.map((input) => ({
            '@type': 'PropertyValue',
            name: `Derived from: ${input.label}`,
            url: input.url,
          })),
        }
      : {}),
  };
}

export function datasetLd(
  input: PageRef & {
    sources: readonly SourceRef[];
    facts: readonly DatasetFact[];
    downloads: readonly { name: string; url: string; encodingFormat?: string }[];
  },
): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: input.siteName, url: input.siteUrl },
    isBasedOn: input.sources.map(sourceWork),
    variableMeasured: input.facts.filter((fact) => fact.value !== undefined).map(measuredFigure),
    distribution: input.downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      encodingFormat: d.encodingFormat ?? 'text/csv',
      contentUrl: d.url,
    })),
  };
}

/** A quoted fact's passage, as the page shows it inside its source paragraph. */
export interface QuotationRef {
  /** The passage, verbatim. */
  text: string;
  /** The paragraph it stands in, on the source's page. */
  url: string;
  /** Who said it, when the article quotes someone. */
  speaker?: { name: string; role: string } | undefined;
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

/**
 * A fact's own page: a `WebPage` whose main entity is the fact. A fact with a figure is a one-figure
 * `Dataset` (the figure a `variableMeasured`, its qualifier kept as bounds, a derived figure saying
 * how and from which facts), part of the dataset of every fact and its downloads; a fact without
 * one is a `Claim`. Either rests on its source, and a
 * quoted fact cites its passage as a `Quotation` of the source's paragraph, with its speaker.
 */
export function factPageLd(input: {
  /** The fact page's URL. */
  url: string;
  siteName: string;
  siteUrl: string;
  /** The statement in clean English. */
  description: string;
  fact: DatasetFact;
  source: SourceRef;
  quotation?: QuotationRef | undefined;
  /** The places the fact concerns, each with its page. */
  places: readonly { name: string; url: string }[];
  /** The pages above this one, then this one. */
  breadcrumb: readonly { name: string; url: string }[];
  /** Every fact, as one dataset: the explorer's address and the downloads holding this fact among the others. */
  collection: {
    name: string;
    url: string;
    downloads: readonly { name: string; url: string; encodingFormat: string }[];
  };
}): JsonLd[] {
  const id = `${input.url}#fact`;
  const { fact } = input;
  const quotation = input.quotation && {
    '@type': 'Quotation',
    text: input.quotation.text,
    url: input.quotation.url,
    isPartOf: sourceWork(input.source),
    ...(input.quotation.speaker
      ? {
          spokenByCharacter: {
            '@type': 'Person',
            name: input.quotation.speaker.name,
            jobTitle: input.quotation.speaker.role,
          },
        }
      : {}),
  };
  const places = input.places.map((place) => ({ '@type': 'Place', name: place.name, url: place.url }));
  const common = {
    '@context': CONTEXT,
    '@id': id,
    name: fact.label,
    description: input.description,
    url: input.url,
    mainEntityOfPage: input.url,
    inLanguage: 'en',
    isBasedOn: [sourceWork(input.source)],
    ...(quotation ? { citation: quotation } : {}),
  };
  const main: JsonLd =
    fact.value === undefined
      ? {
          ...common,
          '@type': 'Claim',
          text: input.description,
          firstAppearance: quotation ?? sourceWork(input.source),
          ...(places.length > 0 ? { about: places } : {}),
        }
      : {
          ...common,
          '@type': 'Dataset',
          isAccessibleForFree: true,
          creator: { '@type': 'Organization', name: input.siteName, url: input.siteUrl },
          variableMeasured: [measuredFigure(fact)],
          ...(places.length > 0 ? { spatialCoverage: places } : {}),
          isPartOf: {
            '@type': 'Dataset',
            name: input.collection.name,
            url: input.collection.url,
            distribution: input.collection.downloads.map((d) => ({
              '@type': 'DataDownload',
              name: d.name,
              encodingFormat: d.encodingFormat,
              contentUrl: d.url,
            })),
          },
        };
  return [
    {
      '@context': CONTEXT,
      '@type': 'WebPage',
      '@id': input.url,
      name: fact.label,
      description: input.description,
      url: input.url,
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
      breadcrumb: breadcrumbLd(input.breadcrumb),
      mainEntity: { '@id': id },
    },
    main,
  ];
}

/** JSON-LD as it goes into a <script> element: `<` escaped so the text cannot close the element. */
export function serializeLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface PlaceRef {
  name: string;
  /** Other spellings and former names. */
  altNames: readonly string[];
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
 * A place as schema.org reads it: its names, the country (and region) it is in, and its position
 * as `GeoCoordinates`. The coordinates are public context, not a claim of any source.
 */
export function placeLd(place: PlaceRef, context = true): JsonLd {
  return {
    ...(context ? { '@context': CONTEXT } : {}),
    '@type': 'Place',
    name: place.name,
    ...(place.altNames.length > 0 ? { alternateName: [...place.altNames] } : {}),
    description: place.description,
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
