import { describe, expect, it } from 'vitest';
import { figureSpellings, findFigure, passageStatesQualifier } from '@/lib/content/figures.ts';

describe('findFigure', () => {
  it('finds a whole number written in digits', () => {
    expect(findFigure(2129, '2129 trains from Alashankou')).toBe('2129');
  });

  it('finds a decimal with its percent sign after it', () => {
    expect(findFigure(12.82, 'a year-on-year increase of 12.82%')).toBe('12.82');
  });

  it('does not find a number inside a longer one', () => {
    expect(findFigure(12.8, 'an increase of 12.82%')).toBeUndefined();
    expect(findFigure(485, 'has 2485 trains')).toBeUndefined();
    expect(findFigure(2, 'up 12.82%')).toBeUndefined();
  });

  it('finds a number with thousands separators', () => {
    expect(findFigure(2200, 'approximately 2,200 tons')).toBe('2,200');
  });

  it('finds small counts written as words, in any case', () => {
    expect(findFigure(5, 'connecting all five Central Asian countries')).toBe('five');
    expect(findFigure(2, 'Two New Central Asian Routes')).toBe('two');
  });

  it('does not take a word inside another word', () => {
    expect(findFigure(1, 'someone said')).toBeUndefined();
  });

  it('lists each spelling once', () => {
    expect(figureSpellings(10)).toEqual(['10', 'ten']);
  });
});

describe('passageStatesQualifier', () => {
  it('needs no words for an exact figure', () => {
    expect(passageStatesQualifier('exact', '2129 trains')).toBe(true);
  });

  it('accepts the words of a bound', () => {
    expect(passageStatesQualifier('more-than', 'from more than 4 days')).toBe(true);
    expect(passageStatesQualifier('less-than', 'to less than 1 day')).toBe(true);
    expect(passageStatesQualifier('about', 'approximately 2200 tons')).toBe(true);
    expect(passageStatesQualifier('nearly', 'operating for nearly 10 years')).toBe(true);
  });

  it('refuses a bound the passage does not state', () => {
    expect(passageStatesQualifier('about', '2129 trains')).toBe(false);
  });
});
