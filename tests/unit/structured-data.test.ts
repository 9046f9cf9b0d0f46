import { describe, expect, it } from 'vitest';
import { articleLd, datasetLd, type SourceRef } from '@/lib/structured-data';

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
    const ld = articleLd({ ...page, headline: 'Rail', source, about: [] });
    const expected = {
      '@type': 'NewsArticle',
      name: 'China and Central Asia ahead of the Xi’an summit',
      description:
        'A news report. Its headline and outlet are not given. Its name here is a descriptive title, not its headline.',
      url: 'https://example.org/sources/xian-summit-corridors/',
      inLanguage: 'en',
    };
    expect(ld.isBasedOn).toEqual(expected);
    expect(ld.citation).toEqual(expected);
    expect(datasetLd({ ...page, name: 'Facts', source, facts: [], downloads: [] }).isBasedOn).toEqual(expected);
  });

  it('gives a source’s own headline as its headline', () => {
    const ld = articleLd({ ...page, headline: 'Rail', source: { ...source, titleIsDescriptive: false }, about: [] });
    expect(ld.isBasedOn).toEqual({
      '@type': 'NewsArticle',
      name: 'China and Central Asia ahead of the Xi’an summit',
      headline: 'China and Central Asia ahead of the Xi’an summit',
      description: 'A news report. Its headline and outlet are not given.',
      url: 'https://example.org/sources/xian-summit-corridors/',
      inLanguage: 'en',
    });
  });
});
