/**
 * How a figure is written in a passage. The article writes numbers as digits
 * ("2129", "12.82%") and small counts as words ("all five", "Two New").
 */
import { escapeRegExp } from './escape';

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
] as const;

/** The spellings under which `value` may appear in a text: digits, grouped digits, a word. */
export function figureSpellings(value: number): string[] {
  const spellings = new Set<string>([String(value)]);
  spellings.add(value.toLocaleString('en-US', { maximumFractionDigits: 20 }));
  if (Number.isInteger(value) && value >= 0 && value < NUMBER_WORDS.length) {
    spellings.add(NUMBER_WORDS[value] as string);
  }
  return [...spellings];
}

/**
 * Finds `value` in `passage` as a whole number: "12.8" does not match inside
 * "12.82", and "5" does not match inside "2485". Returns the spelling found.
 */
export function findFigure(value: number, passage: string): string | undefined {
  return figureSpellings(value).find((spelling) => figurePattern(spelling).test(passage));
}

/** Where `value` first stands in `passage` as a whole number, in any spelling, or undefined if it is not there. */
export function figureIndex(value: number, passage: string): number | undefined {
  const found = figureSpellings(value).flatMap((spelling) => figurePattern(spelling).exec(passage)?.index ?? []);
  return found.length > 0 ? Math.min(...found) : undefined;
}

/** A spelling as a whole number or word: not inside a longer number, nor inside a word. */
function figurePattern(spelling: string): RegExp {
  return /^[a-z]+$/.test(spelling)
    ? new RegExp(`\\b${spelling}\\b`, 'i')
    : new RegExp(`(?<![\\d.,])${escapeRegExp(spelling)}(?!\\d|[.,]\\d)`);
}

/** How exact a figure is, as the source states it. */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'less-than', 'nearly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** The words that state each qualifier in English prose and in the source. */
export const QUALIFIER_WORDS: Record<Qualifier, { prose: string; source: readonly string[] }> = {
  exact: { prose: '', source: [] },
  about: { prose: 'about', source: ['approximately', 'about', 'around', 'some'] },
  'more-than': { prose: 'more than', source: ['more than', 'over', 'above'] },
  'less-than': { prose: 'less than', source: ['less than', 'under', 'below'] },
  nearly: { prose: 'nearly', source: ['nearly', 'almost'] },
};

/** Whether the passage states the qualifier (an exact figure needs no words). */
export function passageStatesQualifier(qualifier: Qualifier, passage: string): boolean {
  const words = QUALIFIER_WORDS[qualifier].source;
  if (words.length === 0) return true;
  const lower = passage.toLowerCase();
  return words.some((word) => new RegExp(`\\b${word}\\b`).test(lower));
}
