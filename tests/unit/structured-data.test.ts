import { describe, expect, it } from 'vitest';
import type { Qualifier } from '@/lib/figures';
import {
  articleLd,
  datasetLd,
  measuredFigure,
  quantitativeValue,
  sourceListLd,
  type DatasetFact,
  type SourceRef,
} from '@/lib/structured-data';

const source: SourceRef = {
  title: 'China and Central Asia ahead of the Xi’an summit',
  titleIsDescriptive: true,
  description: 'A news report. Its headline and outlet are not given.',
  url: 'https://example.org/sources/xian-summit-corridors/',
  written: 'Shortly before 18 May 2023',
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
      '@type': 'NewsArticle',
      name: 'China and Central Asia ahead of the Xi’an summit',
      description:
        'A news report. Its headline and outlet are not given. Its name here is a descriptive title, not its headline.',
      url: 'https://example.org/sources/xian-summit-corridors/',
      inLanguage: 'en',
    };
    expect(ld.isBasedOn).toEqual([expected]);
    expect(ld.citation).toEqual([expected]);
    expect(datasetLd({ ...page, name: 'Facts', sources: [source], facts: [], downloads: [] }).isBasedOn).toEqual([
      expected,
    ]);
  });

  it('gives a source’s own headline as its headline', () => {
    const ld = articleLd({ ...page, headline: 'Rail', sources: [{ ...source, titleIsDescriptive: false }], about: [] });
    expect(ld.isBasedOn).toEqual([
      {
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
