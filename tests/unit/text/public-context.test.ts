import { describe, expect, it } from 'vitest';
import { inWords } from '@/lib/text/format.ts';
import { withYearsNote, yearsIn, yearsNote } from '@/lib/text/public-context.ts';

describe('years as public context', () => {
  it('names each year the texts give once, in order, as a list in words', () => {
    expect(yearsIn('January–April 2023 on January–April 2022', undefined, '2023')).toEqual(['2022', '2023']);
    expect(yearsNote('January–April 2023 on January–April 2022')).toBe('2022 and 2023: public context');
    expect(yearsNote('the day before the article', undefined)).toBeUndefined();
    expect(inWords(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('leaves out a year its own sentence already calls public context', () => {
    expect(yearsIn('It gives no year; the year, 2023, is public context. Since 2022.')).toEqual(['2022']);
    expect(yearsNote('Now (May 2023: the month inferred from the text, the year public context).')).toBeUndefined();
  });

  it('ends a description with the label of its unlabelled years, and leaves one without years as it is', () => {
    expect(withYearsNote('Trains in January–April 2022 and 2023.')).toBe(
      'Trains in January–April 2022 and 2023. 2022 and 2023: public context.',
    );
    expect(withYearsNote('Trains on 18 May.')).toBe('Trains on 18 May.');
    expect(withYearsNote('Held in May 2023; the year is public context.')).toBe(
      'Held in May 2023; the year is public context.',
    );
  });

  it('does not take a four-digit figure for a year', () => {
    expect(yearsIn('2,129 trains, 4614 trains and 2200 tons')).toEqual([]);
  });
});
