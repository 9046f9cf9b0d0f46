/**
 * The formulas a derived fact may use. Each names its inputs, computes its
 * value, and writes itself out so the page can show how the figure was made.
 */
import { figureParts } from '../text/format.ts';

export const FORMULAS = {
  /** The prior-period value implied by a current value and its year-on-year growth in percent. */
  'prior-from-growth': {
    inputs: ['current', 'growth'],
    compute: (v: Record<string, number>) => req(v, 'current') / (1 + req(v, 'growth') / 100),
    describe: (s: Record<string, string>) => `${s['current']} ÷ (1 + ${s['growth']} ÷ 100)`,
  },
  /** The sum of two values. */
  sum: {
    inputs: ['a', 'b'],
    compute: (v: Record<string, number>) => req(v, 'a') + req(v, 'b'),
    describe: (s: Record<string, string>) => `${s['a']} + ${s['b']}`,
  },
  /** Growth in percent from a prior value to a current one. */
  growth: {
    inputs: ['current', 'prior'],
    compute: (v: Record<string, number>) => (req(v, 'current') / req(v, 'prior') - 1) * 100,
    describe: (s: Record<string, string>) => `(${s['current']} ÷ ${s['prior']} − 1) × 100`,
  },
  /** How much shorter or smaller a value became, in percent of the earlier one. */
  reduction: {
    inputs: ['before', 'after'],
    compute: (v: Record<string, number>) => (1 - req(v, 'after') / req(v, 'before')) * 100,
    describe: (s: Record<string, string>) => `(1 − ${s['after']} ÷ ${s['before']}) × 100`,
  },
} as const;

export type FormulaName = keyof typeof FORMULAS;
export const FORMULA_NAMES = Object.keys(FORMULAS) as [FormulaName, ...FormulaName[]];

function req(values: Record<string, number>, name: string): number {
  const value = values[name];
  if (value === undefined) throw new Error(`missing input "${name}"`);
  return value;
}

/** Runs a formula on its inputs; throws when an input is missing. */
export function computeFormula(name: FormulaName, inputs: Record<string, number>): number {
  return FORMULAS[name].compute(inputs);
}

/** Writes the formula with the given text for each input: "2,129 ÷ (1 + 12.82 ÷ 100)". */
export function describeFormula(name: FormulaName, inputs: Record<string, string>): string {
  return FORMULAS[name].describe(inputs);
}

/** Rounds half away from zero at `decimals` places, as a reader would. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + Number.EPSILON)) / factor;
}

/** Whether a declared value equals the formula's result at the declared precision. */
export function reproduces(declared: number, computed: number, decimals: number): boolean {
  return roundTo(computed, decimals) === declared;
}

/** A derived fact's formula worked out, as its card, its page, its citation and structured data show it. */
export interface WorkedDerivation {
  formula: FormulaName;
  /** The formula with each input's number: "2,129 ÷ (1 + 12.82 ÷ 100)". */
  expression: string;
  /** The unrounded result. */
  computed: number;
  /** Whether the stated value is the result itself rather than a rounding of it. */
  exact: boolean;
  /** The result as shown, at the fact's decimals: "1,887". */
  result: string;
  /** "2,129 ÷ (1 + 12.82 ÷ 100) ≈ 1,887". */
  equation: string;
}

/**
 * Works out a derived fact's formula from its inputs, by the formula's names: each input's value, and its
 * number as the page writes it (`2,129`; `?` for an input without a figure).
 */
export function workDerivation(
  formula: FormulaName,
  inputs: readonly { name: string; value?: number | undefined; number?: string | undefined }[],
  fact: { value?: number | undefined; decimals?: number | undefined },
): WorkedDerivation {
  const computed = computeFormula(
    formula,
    Object.fromEntries(inputs.map((input) => [input.name, input.value ?? Number.NaN])),
  );
  const exact = computed === fact.value;
  const expression = describeFormula(
    formula,
    Object.fromEntries(inputs.map((input) => [input.name, input.number ?? '?'])),
  );
  const result = figureParts(fact.value ?? Number.NaN, '', 'exact', fact.decimals).number;
  return { formula, expression, computed, exact, result, equation: `${expression} ${exact ? '=' : '≈'} ${result}` };
}
