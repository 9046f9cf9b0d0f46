import { describe, expect, it } from 'vitest';
import {
  countAtStart,
  countOf,
  factSentence,
  formatCoordinates,
  formatFigure,
  inSentence,
  quoted,
  titleParts,
  unitAfterNumber,
} from '@/lib/text/format.ts';

describe('unitAfterNumber', () => {
  it('writes a percentage against the number and a counted unit after a space', () => {
    expect(['%', 'pp', 'trains', ''].map(unitAfterNumber)).toEqual(['%', 'pp', ' trains', '']);
  });
});

describe('formatFigure', () => {
  it('groups thousands', () => {
    expect(formatFigure(2485, 'trains')).toBe('2,485 trains');
  });

  it('writes percentages against the number', () => {
    expect(formatFigure(12.82, '%')).toBe('12.82%');
  });

  it('puts the qualifier in words before the number', () => {
    expect(formatFigure(2200, 'tons', 'about')).toBe('about 2,200 tons');
    expect(formatFigure(4, 'days', 'more-than')).toBe('more than 4 days');
    expect(formatFigure(10, 'years', 'nearly')).toBe('nearly 10 years');
  });

  it('makes the unit singular for exactly one', () => {
    expect(formatFigure(1, 'days', 'less-than')).toBe('less than 1 day');
  });

  it('keeps the stated decimals of a rounded value', () => {
    expect(formatFigure(14, '%', 'about', 1)).toBe('about 14.0%');
  });

  it('writes a bare number without a trailing space', () => {
    expect(formatFigure(5)).toBe('5');
  });
});

describe('countOf', () => {
  it('says one thing in the singular and any other count in the plural, with thousands separators', () => {
    expect([countOf(1, 'paragraph'), countOf(0, 'fact'), countOf(1200, 'fact')]).toEqual([
      '1 paragraph',
      '0 facts',
      '1,200 facts',
    ]);
    expect(countOf(2, 'editorial note')).toBe('2 editorial notes');
    expect(countOf(3, 'country', 'countries')).toBe('3 countries');
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres as letters', () => {
    expect(formatCoordinates({ lat: 44.21, lon: 80.42 })).toBe('44.21° N, 80.42° E');
    expect(formatCoordinates({ lat: -33.9, lon: -70.6 })).toBe('33.90° S, 70.60° W');
  });
});

describe('titleParts', () => {
  it('marks dashed compounds to keep on one line', () => {
    expect(titleParts('Rail: China–Europe trains')).toEqual([
      { text: 'Rail: ', keep: false },
      { text: 'China–Europe', keep: true },
      { text: ' trains', keep: false },
    ]);
  });
});

describe('quoted', () => {
  it('sets text in double quotation marks, and quotation marks inside it single', () => {
    expect(quoted('Khorgos')).toBe('“Khorgos”');
    expect(quoted('A “golden channel”')).toBe('“A ‘golden channel’”');
  });
});

describe('factSentence', () => {
  it('keeps a speaker’s claim theirs wherever the statement goes alone, and leaves the site’s own as it is', () => {
    const speaker = { name: 'Liu Junping', role: 'Deputy Director, Alashankou railway station.' };
    expect(factSentence({ statement: 'The station links its systems.', speaker })).toBe(
      'The station links its systems. Said by Liu Junping, Deputy Director, Alashankou railway station.',
    );
    expect(factSentence({ statement: 'Khorgos handled 2,485 trains.' })).toBe('Khorgos handled 2,485 trains.');
  });
});

describe('countAtStart', () => {
  it('spells out a count that opens a sentence, up to twenty', () => {
    expect(countAtStart(3, 'group')).toBe('Three groups');
    expect(countAtStart(1, 'fact')).toBe('One fact');
    expect(countAtStart(20, 'fact')).toBe('Twenty facts');
  });

  it('gives nothing past twenty, where the sentence must open otherwise', () => {
    expect(countAtStart(21, 'fact')).toBeUndefined();
    expect(countAtStart(1.5, 'day')).toBeUndefined();
  });
});

describe('inSentence', () => {
  it('lower-cases a label set inside a sentence', () => {
    expect(inSentence('The day before the article')).toBe('the day before the article');
    expect(inSentence('Our reading: the day before the article, and 18 May 2023')).toBe(
      'our reading: the day before the article, and 18 May 2023',
    );
    expect(inSentence('After April and before 18 May: the text gives')).toBe(
      'after April and before 18 May: the text gives',
    );
  });

  it('leaves a label that opens with a month or a number as it is', () => {
    expect(inSentence('January–April 2023')).toBe('January–April 2023');
    expect(inSentence('May 2023')).toBe('May 2023');
    expect(inSentence('18–19 May 2023')).toBe('18–19 May 2023');
  });
});
