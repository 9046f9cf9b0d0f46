import { describe, expect, it } from 'vitest';
import { figureIndex } from '@/lib/content/figures.ts';
import { compareReadingPositions, readingPosition, type ReadingPosition } from '@/lib/content/reading-order.ts';

const P5 = {
  n: 5,
  text:
    'Among them, 2129 trains from Alashankou Railway Port entered and exited China Europe (Central Asia), a year-on-year ' +
    'increase of 12.82%; Khorgos Railway Port has 2485 inbound and outbound China Europe (Central Asia) trains, up 14.8% year on year.',
};
const P10 = {
  n: 10,
  text: 'The transit time of international containers in Lianyungang has also been shortened from more than 4 days to less than 1 day.',
};

/** Sorts named positions and returns the names, earliest first. */
function order(positions: Record<string, ReadingPosition>): string[] {
  return Object.entries(positions)
    .sort(([, a], [, b]) => compareReadingPositions(a, b))
    .map(([name]) => name);
}

describe('figureIndex', () => {
  it('gives where a figure stands, in digits or in words, as a whole number', () => {
    expect(figureIndex(2129, '2129 trains from Alashankou')).toBe(0);
    expect(figureIndex(12.82, 'an increase of 12.82%')).toBe(15);
    expect(figureIndex(2, 'Xi’an: Two New Central Asian Routes')).toBe(7);
    expect(figureIndex(1, 'from more than 4 days to less than 1 day')).toBe(35);
    expect(figureIndex(485, 'has 2485 trains')).toBeUndefined();
  });
});

describe('readingPosition', () => {
  it('orders passages that start at the same word by where their figure stands', () => {
    const count = 'Khorgos Railway Port has 2485 inbound and outbound China Europe (Central Asia) trains';
    const growth = `${count}, up 14.8% year on year`;
    expect(
      order({
        growth: readingPosition(P5, growth, 14.8),
        count: readingPosition(P5, count, 2485),
        alashankou: readingPosition(P5, '2129 trains from Alashankou Railway Port', 2129),
      }),
    ).toEqual(['alashankou', 'count', 'growth']);
  });

  it('puts a bound before the one after it in the same passage', () => {
    const before =
      'The transit time of international containers in Lianyungang has also been shortened from more than 4 days';
    const after = `${before} to less than 1 day.`;
    expect(order({ now: readingPosition(P10, after, 1), before: readingPosition(P10, before, 4) })).toEqual([
      'before',
      'now',
    ]);
  });

  it('orders passages without a figure that start at the same word by where they end', () => {
    const longer = readingPosition(P10, 'The transit time of international containers in Lianyungang');
    const shorter = readingPosition(P10, 'The transit time');
    expect(order({ longer, shorter })).toEqual(['shorter', 'longer']);
  });

  it('orders by paragraph first', () => {
    expect(
      order({
        p10: readingPosition(P10, 'The transit time', undefined),
        p5: readingPosition(P5, 'up 14.8% year on year', 14.8),
      }),
    ).toEqual(['p5', 'p10']);
  });
});
