import { describe, expect, it } from 'vitest';
import { computeFormula, describeFormula, reproduces, roundTo, workDerivation } from '@/lib/content/derive.ts';

describe('derived figures', () => {
  it('derives the prior-year count from the year-on-year growth', () => {
    expect(computeFormula('prior-from-growth', { current: 2129, growth: 12.82 })).toBeCloseTo(1887.08, 2);
    expect(computeFormula('prior-from-growth', { current: 2485, growth: 14.8 })).toBeCloseTo(2164.63, 2);
  });

  it('recovers the growth from the two counts', () => {
    const prior = computeFormula('prior-from-growth', { current: 2129, growth: 12.82 });
    expect(computeFormula('growth', { current: 2129, prior })).toBeCloseTo(12.82, 10);
  });

  it('adds two values', () => {
    expect(computeFormula('sum', { a: 2129, b: 2485 })).toBe(4614);
  });

  it('gives the cut in percent of the earlier value', () => {
    expect(computeFormula('reduction', { before: 4, after: 1 })).toBe(75);
  });

  it('refuses a missing input', () => {
    expect(() => computeFormula('sum', { a: 1 })).toThrow(/"b"/);
  });

  it('writes the formula with the numbers put in', () => {
    expect(describeFormula('prior-from-growth', { current: '2,129', growth: '12.82' })).toBe(
      '2,129 ÷ (1 + 12.82 ÷ 100)',
    );
  });

  it('rounds half away from zero and compares at the stated precision', () => {
    expect(roundTo(2.5, 0)).toBe(3);
    expect(roundTo(13.869, 1)).toBe(13.9);
    expect(reproduces(1887, 1887.07, 0)).toBe(true);
    expect(reproduces(1888, 1887.07, 0)).toBe(false);
  });

  it('works a derivation out: ≈ for a rounded result, = for the result itself, ? for an input without a figure', () => {
    const growth = { name: 'growth', value: 12.82, number: '12.82' };
    expect(
      workDerivation('prior-from-growth', [{ name: 'current', value: 2129, number: '2,129' }, growth], {
        value: 1887,
        decimals: 0,
      }),
    ).toMatchObject({ exact: false, result: '1,887', equation: '2,129 ÷ (1 + 12.82 ÷ 100) ≈ 1,887' });
    expect(
      workDerivation(
        'sum',
        [
          { name: 'a', value: 2129, number: '2,129' },
          { name: 'b', value: 2485, number: '2,485' },
        ],
        { value: 4614, decimals: 0 },
      ),
    ).toMatchObject({ computed: 4614, exact: true, equation: '2,129 + 2,485 = 4,614' });
    expect(
      workDerivation(
        'sum',
        [
          { name: 'a', value: 1 },
          { name: 'b', value: 2 },
        ],
        { value: 3 },
      ).expression,
    ).toBe('? + ?');
  });
});
