/**
 * How a figure is written in a passage. The article writes numbers as digits
 * ("2129", "12.82%") and small counts as words ("all five", "Two New").
 */

/** Whole numbers as words, by value: `NUMBER_WORDS[5]` is `five`. */
export const NUMBER_WORDS = [
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

/** Made once: `toLocaleString` builds a formatter on every call, which costs more than the search it serves. */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });

/** The spellings under which `value` may appear in a text: digits, grouped digits, a word. */
export function figureSpellings(value: number): string[] {
  const spellings = new Set<string>([String(value)]);
  spellings.add(GROUPED.format(value));
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
  return figureSpellings(value).find((spelling) => wholeIndex(spelling, passage) !== undefined);
}

/** Where `value` first stands in `passage` as a whole number, in any spelling, or undefined if it is not there. */
export function figureIndex(value: number, passage: string): number | undefined {
  let first: number | undefined;
  for (const spelling of figureSpellings(value)) {
    const at = wholeIndex(spelling, passage);
    if (at !== undefined && (first === undefined || at < first)) first = at;
  }
  return first;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isWordChar = (c: string | undefined) => c !== undefined && /\w/.test(c);

/**
 * Where `spelling` first stands in `text` as a whole number or word: a number not inside a longer
 * one ("5" is not in "2485", "12.8" not in "12.82"), a word not inside another word, matched in any
 * case. A scan rather than a regular expression: compiling one per fact cost more than the search.
 */
function wholeIndex(spelling: string, text: string): number | undefined {
  const word = /^[a-z]+$/.test(spelling);
  const haystack = word ? text.toLowerCase() : text;
  for (let at = haystack.indexOf(spelling); at !== -1; at = haystack.indexOf(spelling, at + 1)) {
    const before = text[at - 1];
    const after = text[at + spelling.length];
    const fits = word
      ? !isWordChar(before) && !isWordChar(after)
      : !isDigit(before) &&
        before !== '.' &&
        before !== ',' &&
        !isDigit(after) &&
        !((after === '.' || after === ',') && isDigit(text[at + spelling.length + 1]));
    if (fits) return at;
  }
  return undefined;
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
