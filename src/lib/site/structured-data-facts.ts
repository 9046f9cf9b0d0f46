/**
 * schema.org JSON-LD for facts: a figure with its qualifier kept, the dataset of facts a page lists, and
 * a fact's own page (the pages' other structured data is in structured-data.ts).
 */
import { withYearsNote } from '../text/public-context.ts';
import { kindLabel } from '../text/fact-kind.ts';
import {
  breadcrumbLd,
  CONTEXT,
  sourceRef,
  sourceWork,
  type DatasetFact,
  type JsonLd,
  type PageRef,
  type SourceRef,
} from './structured-data.ts';

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
    description: withYearsNote(input.description),
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
    isPartOf: sourceRef(input.source),
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
    description: withYearsNote(input.description),
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
          text: withYearsNote(input.description),
          firstAppearance: quotation ?? sourceRef(input.source),
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
    // The page's description is its main entity's, said once.
    {
      '@context': CONTEXT,
      '@type': 'WebPage',
      '@id': input.url,
      name: fact.label,
      url: input.url,
      inLanguage: 'en',
      isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
      breadcrumb: breadcrumbLd(input.breadcrumb),
      mainEntity: { '@id': id },
    },
    main,
  ];
}
