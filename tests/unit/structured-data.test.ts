import { describe, expect, it } from 'vitest';
import type { Qualifier } from '@/lib/figures';
import {
  articleLd,
  datasetLd,
  measuredFigure,
  placeLd,
  placeListLd,
  quantitativeValue,
  type DatasetFact,
  type PlaceRef,
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

describe('places in structured data', () => {
  const astana: PlaceRef = {
    name: 'Astana',
    altNames: ['Nur-Sultan', 'Akmola'],
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
      alternateName: ['Nur-Sultan', 'Akmola'],
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

  it('lists places in order, each a Place without a context of its own', () => {
    const list = placeListLd({ name: 'Places', url: 'https://example.org/places/', places: [astana, khorgos] });
    expect(list['numberOfItems']).toBe(2);
    expect(list['itemListElement']).toEqual([
      { '@type': 'ListItem', position: 1, item: placeLd(astana, false) },
      { '@type': 'ListItem', position: 2, item: placeLd(khorgos, false) },
    ]);
    expect(JSON.stringify(list['itemListElement'])).not.toContain('@context');
  });
});
