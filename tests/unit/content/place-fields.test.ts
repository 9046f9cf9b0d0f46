import { describe, expect, it } from 'vitest';
import {
  contextFields,
  linkedSpellingSources,
  sameButForApostrophes,
  passageProblem,
  spellingStatements,
  statementsOf,
} from '@/lib/content/place-fields.ts';
import { makePlaceSchema } from '@/schemas/place.ts';
import { testReference } from '../../fixtures/content.ts';

const ashgabat = makePlaceSchema(testReference).parse({
  name: 'Ashgabat',
  altNames: ['Ashkhabad'],
  country: 'Turkmenistan',
  kind: 'capital',
  coordinates: { lat: 37.95, lon: 58.38 },
  stated: [
    {
      fields: ['country', 'kind'],
      source: 'article',
      paragraph: 'p3',
      passage: 'Ashgabat, the capital of Turkmenistan',
    },
  ],
});

describe('what a source says of a place, field by field', () => {
  it('gives the passage for each field a source states, and none for a field that is public context', () => {
    const passage = { source: 'article', paragraph: 'p3', passage: 'Ashgabat, the capital of Turkmenistan' };
    expect(statementsOf(ashgabat, 'country')).toEqual([passage]);
    expect(statementsOf(ashgabat, 'kind')).toEqual([passage]);
    expect(statementsOf(ashgabat, 'region')).toEqual([]);
  });

  it('lists the fields no source gives: a region only when the place has one', () => {
    expect(contextFields(ashgabat)).toEqual([]);
    expect(contextFields({ ...ashgabat, region: 'Ahal', stated: [] })).toEqual(['country', 'region', 'kind']);
  });

  it('accepts a passage that names the place and says the field', () => {
    expect(passageProblem(ashgabat, 'country', 'Ashgabat, the capital of Turkmenistan')).toBeUndefined();
    expect(passageProblem(ashgabat, 'kind', 'Ashkhabad, the capital of Turkmenistan')).toBeUndefined();
  });

  it('refuses a passage that does not name the place, or does not say the field', () => {
    expect(passageProblem(ashgabat, 'country', 'the capital of Turkmenistan')).toBe(
      'the passage does not name Ashgabat',
    );
    expect(passageProblem(ashgabat, 'country', 'Ashgabat, a capital')).toBe(
      'the passage does not name its country, Turkmenistan',
    );
    expect(passageProblem(ashgabat, 'kind', 'Ashgabat in Turkmenistan')).toBe(
      'the passage does not say it is a capital',
    );
    expect(passageProblem(ashgabat, 'region', 'Ashgabat, the capital of Turkmenistan')).toBe(
      'the place has no region for the passage to give',
    );
  });

  it('reads a railway port and a seaport in the article’s words', () => {
    const port = { ...ashgabat, name: 'Khorgos', kind: 'railway-port' as const };
    expect(passageProblem(port, 'kind', 'Khorgos Railway Port')).toBeUndefined();
    expect(passageProblem(port, 'kind', 'Khorgos port')).toBe('the passage does not say it is a railway-port');
    const sea = { ...ashgabat, name: 'Lianyungang', kind: 'seaport' as const };
    expect(passageProblem(sea, 'kind', 'In Lianyungang, goods are connected to the sea port')).toBeUndefined();
  });
});

describe('where the sources write a spelling of a place', () => {
  const sources = [
    {
      id: 'article',
      paragraphs: [
        { id: 'p1', text: "From May 18th to 19th, the summit will be held in Xi'an, Shaanxi." },
        { id: 'p5', text: 'Liu Junping, of the Urumqi Railway Bureau, said Urumqi grew.' },
      ],
    },
    { id: 'other', paragraphs: [{ id: 'p2', text: 'Trains left Urumqi-South.' }] },
  ];

  it('gives the first paragraph of each source that writes the spelling as a word', () => {
    expect(spellingStatements('Urumqi', sources)).toEqual([
      { source: 'article', paragraph: 'p5', passage: 'Urumqi' },
      { source: 'other', paragraph: 'p2', passage: 'Urumqi' },
    ]);
    expect(spellingStatements("Xi'an", sources)).toEqual([{ source: 'article', paragraph: 'p1', passage: "Xi'an" }]);
  });

  it('takes the name written with other apostrophes for the name, not another spelling of it', () => {
    expect(sameButForApostrophes('Xi’an', "Xi'an")).toBe(true);
    expect(sameButForApostrophes('Xi’an', 'Xi’an')).toBe(true);
    expect(sameButForApostrophes('Xi’an', 'Xian')).toBe(false);
    expect(sameButForApostrophes('Ürümqi', 'Urumqi')).toBe(false);
  });

  it('links at most three of the sources writing a spelling, and counts the others', () => {
    const writers = Array.from({ length: 1200 }, (_, i) => `source-${i}`);
    expect(linkedSpellingSources(writers)).toEqual({ linked: ['source-0', 'source-1', 'source-2'], more: 1197 });
    expect(linkedSpellingSources(['article'])).toEqual({ linked: ['article'], more: 0 });
  });

  it('finds none for a spelling no source writes, nor for one inside another word', () => {
    expect(spellingStatements('Wulumuqi', sources)).toEqual([]);
    expect(spellingStatements('Xi', sources)).toEqual([]);
    expect(spellingStatements('Shaan', sources)).toEqual([]);
    expect(spellingStatements('Xian', sources)).toEqual([]);
  });
});
