import { describe, expect, it } from 'vitest';
import type { Qualifier } from '@/lib/content/figures.ts';
import { datasetLd, factPageLd, measuredFigure, quantitativeValue } from '@/lib/site/structured-data-facts.ts';
import {
  articleLd,
  breadcrumbLd,
  placeLd,
  placeListLd,
  sourceListLd,
  type DatasetFact,
  type PlaceRef,
  type SourceRef,
} from '@/lib/site/structured-data.ts';

const source: SourceRef = {
  title: 'China and Central Asia ahead of the Xi’an summit',
  titleIsDescriptive: true,
  description: 'A news report. Its headline and outlet are not given.',
  url: 'https://example.org/sources/xian-summit-corridors/',
  written: 'After April and before 18 May 2023',
};

const page = {
  description: 'Trains in Xinjiang.',
  url: 'https://example.org/corridors/rail/',
  siteName: 'Corridors',
  siteUrl: 'https://example.org/',
};

describe('structured data of the source', () => {
  it('gives a descriptive title as the name, says so, and never as the headline', () => {
    const ld = articleLd({ ...page, headline: 'Rail', sources: [source], about: [] });
    const expected = {
      '@id': 'https://example.org/sources/xian-summit-corridors/#source',
      '@type': 'NewsArticle',
      name: 'China and Central Asia ahead of the Xi’an summit',
      description:
        'A news report. Its headline and outlet are not given. Its name here is a descriptive title, not its headline.',
      url: 'https://example.org/sources/xian-summit-corridors/',
      inLanguage: 'en',
    };
    expect(ld.isBasedOn).toEqual([expected]);
    // Cited again in the same document: by its id, which JSON-LD joins to the work described above.
    expect(ld.citation).toEqual([{ '@id': expected['@id'] }]);
    expect(datasetLd({ ...page, name: 'Facts', sources: [source], facts: [], downloads: [] }).isBasedOn).toEqual([
      expected,
    ]);
  });

  it('gives a source’s own headline as its headline', () => {
    const ld = articleLd({ ...page, headline: 'Rail', sources: [{ ...source, titleIsDescriptive: false }], about: [] });
    expect(ld.isBasedOn).toEqual([
      {
        '@id': 'https://example.org/sources/xian-summit-corridors/#source',
        '@type': 'NewsArticle',
        name: 'China and Central Asia ahead of the Xi’an summit',
        headline: 'China and Central Asia ahead of the Xi’an summit',
        description: 'A news report. Its headline and outlet are not given.',
        url: 'https://example.org/sources/xian-summit-corridors/',
        inLanguage: 'en',
      },
    ]);
  });
});

describe('structured data of the list of sources', () => {
  const second: SourceRef = {
    title: 'Port report',
    titleIsDescriptive: false,
    description: 'A second report.',
    url: 'https://example.org/sources/port-report/',
    written: 'June 2023',
  };
  const ld = sourceListLd({
    ...page,
    name: 'Sources',
    url: 'https://example.org/sources/',
    sources: [source, second],
  });

  it('is a collection page of the site whose main entity lists every source, in order', () => {
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'CollectionPage',
      name: 'Sources',
      url: 'https://example.org/sources/',
      isPartOf: { '@type': 'WebSite', name: 'Corridors', url: 'https://example.org/' },
      mainEntity: { '@type': 'ItemList', numberOfItems: 2 },
    });
    const items = (ld['mainEntity'] as { itemListElement: { position: number; item: { url: string } }[] })
      .itemListElement;
    expect(items.map((i) => [i.position, i.item.url])).toEqual([
      [1, 'https://example.org/sources/xian-summit-corridors/'],
      [2, 'https://example.org/sources/port-report/'],
    ]);
  });

  it('cites each source as the other pages do: a descriptive title never as the headline', () => {
    const articles = articleLd({ ...page, headline: 'Rail', sources: [source, second], about: [] });
    const items = (ld['mainEntity'] as { itemListElement: { item: unknown }[] }).itemListElement;
    expect(items.map((i) => i.item)).toEqual(articles.isBasedOn);
    expect(items[0]?.item).not.toHaveProperty('headline');
    expect(items[1]?.item).toHaveProperty('headline', 'Port report');
  });
});

describe('figures in structured data', () => {
  const fact = (qualifier: Qualifier, value: number, unit: string, figure: string): DatasetFact => ({
    label: 'A figure',
    value,
    unit,
    qualifier,
    figure,
    url: 'https://example.org/facts/a/',
  });

  it('keeps a lower or upper bound as a bound, not as the value', () => {
    expect(quantitativeValue(fact('more-than', 80, '%', 'more than 80%'))).toEqual({
      '@type': 'QuantitativeValue',
      minValue: 80,
      unitText: '%',
      description: 'more than 80%',
      additionalProperty: { '@type': 'PropertyValue', name: 'qualifier', value: 'more-than' },
    });
    const lessThan = quantitativeValue(fact('less-than', 1, 'days', 'less than 1 day'));
    expect(lessThan).toMatchObject({ maxValue: 1, description: 'less than 1 day' });
    expect(lessThan).not.toHaveProperty('value');
    expect(quantitativeValue(fact('nearly', 10, 'years', 'nearly 10 years'))).toMatchObject({
      maxValue: 10,
      description: 'nearly 10 years',
      additionalProperty: { value: 'nearly' },
    });
  });

  it('states an approximate figure as such, and an exact one bare', () => {
    expect(quantitativeValue(fact('about', 1887, 'trains', 'about 1,887 trains'))).toMatchObject({
      value: 1887,
      description: 'about 1,887 trains',
      additionalProperty: { value: 'about' },
    });
    expect(quantitativeValue(fact('exact', 2485, 'trains', '2,485 trains'))).toEqual({
      '@type': 'QuantitativeValue',
      value: 2485,
      unitText: 'trains',
    });
  });

  it('says a derived figure is derived, how, and from which facts', () => {
    const measured = measuredFigure({
      ...fact('about', 1887, 'trains', 'about 1,887 trains'),
      derivation: {
        equation: '2,129 ÷ (1 + 12.82 ÷ 100) ≈ 1,887',
        inputs: [{ label: 'Alashankou', url: 'https://example.org/facts/b/' }],
      },
    });
    expect(measured).toMatchObject({
      measurementTechnique: 'Derived from the source’s figures: 2,129 ÷ (1 + 12.82 ÷ 100) ≈ 1,887',
      valueReference: [
        { '@type': 'PropertyValue', name: 'Derived from: Alashankou', url: 'https://example.org/facts/b/' },
      ],
    });
    expect(measuredFigure(fact('exact', 5, 'countries', '5 countries'))).toMatchObject({
      measurementTechnique: 'Quoted from the source',
    });
  });
});

describe('structured data of a fact page', () => {
  const quoted: DatasetFact = {
    label: 'Trains through Khorgos',
    value: 2485,
    unit: 'trains',
    qualifier: 'exact',
    figure: '2,485 trains',
    url: 'https://example.org/facts/rail-khorgos-trains/',
  };
  const input = {
    url: 'https://example.org/facts/rail-khorgos-trains/',
    siteName: 'Corridors',
    siteUrl: 'https://example.org/',
    description: '2,485 trains passed through Khorgos in January–April 2023.',
    fact: quoted,
    source,
    quotation: {
      text: 'Khorgos Railway Port has 2485 inbound and outbound China Europe (Central Asia) trains',
      url: 'https://example.org/sources/xian-summit-corridors/#p5',
    },
    places: [{ name: 'Khorgos', url: 'https://example.org/places/khorgos/' }],
    breadcrumb: [
      { name: 'Facts', url: 'https://example.org/facts/' },
      { name: 'Rail corridor', url: 'https://example.org/corridors/rail/' },
      { name: 'Trains through Khorgos', url: 'https://example.org/facts/rail-khorgos-trains/' },
    ],
    collection: {
      name: 'Every fact on Corridors',
      url: 'https://example.org/facts/',
      downloads: [{ name: 'facts.csv', url: 'https://example.org/data/facts.csv', encodingFormat: 'text/csv' }],
    },
  };

  it('is a web page whose main entity is the fact, with the trail of pages above it', () => {
    const [page, fact] = factPageLd(input);
    expect(page).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      '@id': input.url,
      url: input.url,
      name: 'Trains through Khorgos',
      isPartOf: { '@type': 'WebSite', name: 'Corridors', url: 'https://example.org/' },
      breadcrumb: breadcrumbLd(input.breadcrumb),
      mainEntity: { '@id': `${input.url}#fact` },
    });
    expect(fact?.['@id']).toBe(`${input.url}#fact`);
    // The description is said once, of the fact, not again of the page whose main entity it is.
    expect(page).not.toHaveProperty('description');
    expect(fact?.['description']).toBe(`${input.description} 2023: public context.`);
    expect(breadcrumbLd(input.breadcrumb)).toMatchObject({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Facts', item: 'https://example.org/facts/' },
        { position: 2, name: 'Rail corridor' },
        { position: 3, name: 'Trains through Khorgos', item: input.url },
      ],
    });
  });

  it('gives a fact with a figure as a one-figure dataset, part of the dataset of every fact and its downloads', () => {
    const [, fact] = factPageLd(input);
    expect(fact).toMatchObject({
      '@type': 'Dataset',
      name: 'Trains through Khorgos',
      // Labelled as the meta description is: it travels without the page's footer.
      description: `${input.description} 2023: public context.`,
      variableMeasured: [measuredFigure(quoted)],
      spatialCoverage: [{ '@type': 'Place', name: 'Khorgos', url: 'https://example.org/places/khorgos/' }],
      isPartOf: {
        '@type': 'Dataset',
        url: 'https://example.org/facts/',
        distribution: [
          { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://example.org/data/facts.csv' },
        ],
      },
    });
  });

  it('cites a quoted fact’s passage as a quotation of the source’s paragraph, with its speaker', () => {
    const [, fact] = factPageLd({
      ...input,
      quotation: { ...input.quotation, speaker: { name: 'Liu Junping', role: 'Deputy Director' } },
    });
    const work = `${source.url}#source`;
    expect(fact?.['isBasedOn']).toEqual([
      expect.objectContaining({ '@id': work, '@type': 'NewsArticle', url: source.url }),
    ]);
    // The quotation is part of that work, named by its id rather than described a second time.
    expect(fact?.['citation']).toMatchObject({
      '@type': 'Quotation',
      text: input.quotation.text,
      url: input.quotation.url,
      isPartOf: { '@id': work },
      spokenByCharacter: { '@type': 'Person', name: 'Liu Junping', jobTitle: 'Deputy Director' },
    });
  });

  it('keeps a bound as a bound, and says how a derived figure was made and from which facts', () => {
    const derived: DatasetFact = {
      label: 'Khorgos, same months of 2022',
      value: 2165,
      unit: 'trains',
      qualifier: 'about',
      figure: 'about 2,165 trains',
      url: 'https://example.org/facts/rail-khorgos-trains-prior/',
      derivation: {
        equation: '2,485 ÷ (1 + 14.8 ÷ 100) ≈ 2,165',
        inputs: [{ label: 'Trains through Khorgos', url: input.url }],
      },
    };
    const [, fact] = factPageLd({ ...input, fact: derived, quotation: undefined });
    expect(fact).not.toHaveProperty('citation');
    expect(fact?.['variableMeasured']).toEqual([
      expect.objectContaining({
        value: expect.objectContaining({ value: 2165, description: 'about 2,165 trains' }),
        measurementTechnique: 'Derived from the source’s figures: 2,485 ÷ (1 + 14.8 ÷ 100) ≈ 2,165',
        valueReference: [expect.objectContaining({ url: input.url })],
      }),
    ]);
    const [, more] = factPageLd({ ...input, fact: { ...quoted, qualifier: 'more-than', value: 80 } });
    expect((more?.['variableMeasured'] as Record<string, unknown>[])[0]?.['value']).toMatchObject({ minValue: 80 });
  });

  it('gives a fact without a figure as a claim that first appeared in its passage', () => {
    const [page, claim] = factPageLd({ ...input, fact: { ...quoted, value: undefined, figure: undefined } });
    expect(page?.['mainEntity']).toEqual({ '@id': `${input.url}#fact` });
    expect(claim).toMatchObject({
      '@type': 'Claim',
      text: `${input.description} 2023: public context.`,
      firstAppearance: { '@type': 'Quotation', text: input.quotation.text },
      about: [{ '@type': 'Place', name: 'Khorgos', url: 'https://example.org/places/khorgos/' }],
    });
    expect(claim).not.toHaveProperty('variableMeasured');
  });
});

describe('places in structured data', () => {
  const astana: PlaceRef = {
    name: 'Astana',
    altNames: [
      { name: 'Nur-Sultan', lang: [] },
      { name: 'Akmola', lang: [] },
      { name: 'Астана', lang: ['kk', 'ru'] },
    ],
    country: 'Kazakhstan',
    lat: 51.17,
    lon: 71.45,
    url: 'https://example.org/places/astana/',
    description: 'Capital city of Kazakhstan.',
  };
  const khorgos: PlaceRef = { ...astana, name: 'Khorgos', altNames: [], country: 'China', region: 'Xinjiang' };

  it('gives a place its position as GeoCoordinates, its other names and its country', () => {
    expect(placeLd(astana)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Astana',
      alternateName: [
        'Nur-Sultan',
        'Akmola',
        { '@value': 'Астана', '@language': 'kk' },
        { '@value': 'Астана', '@language': 'ru' },
      ],
      description: 'Capital city of Kazakhstan.',
      url: 'https://example.org/places/astana/',
      geo: { '@type': 'GeoCoordinates', latitude: 51.17, longitude: 71.45 },
      containedInPlace: { '@type': 'Country', name: 'Kazakhstan' },
    });
  });

  it('nests the region in the country, and leaves out alternate names a place does not have', () => {
    const ld = placeLd(khorgos);
    expect(ld).not.toHaveProperty('alternateName');
    expect(ld['containedInPlace']).toEqual({
      '@type': 'AdministrativeArea',
      name: 'Xinjiang',
      containedInPlace: { '@type': 'Country', name: 'China' },
    });
  });

  it('lists places in order on a collection page, each a Place without a context of its own', () => {
    const list = placeListLd({
      name: 'Places: Corridors',
      description: 'The cities and ports our sources name.',
      url: 'https://example.org/places/',
      siteName: 'Corridors',
      siteUrl: 'https://example.org/',
      places: [astana, khorgos],
    });
    expect(list).toMatchObject({
      '@type': 'CollectionPage',
      url: 'https://example.org/places/',
      isPartOf: { '@type': 'WebSite', url: 'https://example.org/' },
      mainEntity: { '@type': 'ItemList', numberOfItems: 2 },
    });
    const items = (list['mainEntity'] as Record<string, unknown>)['itemListElement'];
    expect(items).toEqual([
      { '@type': 'ListItem', position: 1, item: placeLd(astana, false) },
      { '@type': 'ListItem', position: 2, item: placeLd(khorgos, false) },
    ]);
    expect(JSON.stringify(items)).not.toContain('@context');
  });
});
