/**
 * schema.org JSON-LD for the pages, so search engines and link previews know
 * what each page is: the site, an article about a corridor citing its source,
 * the dataset of facts a page lists, a plain web page otherwise.
 */

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
  url: string;
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

export function webPageLd(input: {
  name: string;
  description: string;
  url: string;
  siteName: string;
  siteUrl: string;
}): JsonLd {
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
  source: SourceRef;
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
    isBasedOn: sourceWork(input.source),
    citation: sourceWork(input.source),
    about: input.about.map((name) => ({ '@type': 'Place', name })),
  };
}

export function datasetLd(input: {
  name: string;
  description: string;
  url: string;
  siteName: string;
  siteUrl: string;
  source: SourceRef;
  facts: readonly DatasetFact[];
  downloads: readonly { name: string; url: string }[];
}): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: input.name,
    description: input.description,
    url: input.url,
    isAccessibleForFree: true,
    creator: { '@type': 'Organization', name: input.siteName, url: input.siteUrl },
    isBasedOn: sourceWork(input.source),
    variableMeasured: input.facts
      .filter((fact) => fact.value !== undefined)
      .map((fact) => ({
        '@type': 'PropertyValue',
        name: fact.label,
        value: fact.value,
        unitText: fact.unit,
        url: fact.url,
      })),
    distribution: input.downloads.map((d) => ({
      '@type': 'DataDownload',
      name: d.name,
      encodingFormat: 'text/csv',
      contentUrl: d.url,
    })),
  };
}

/** JSON-LD as it goes into a <script> element: `<` escaped so the text cannot close the element. */
export function serializeLd(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
