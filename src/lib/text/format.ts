import { MONTHS } from './months.ts';
import { NUMBER_WORDS, QUALIFIER_WORDS, type Qualifier } from '../content/figures.ts';

export interface FigureParts {
  /** "about", "more than", … or an empty string for an exact figure. */
  qualifier: string;
  /** The number with thousands separators: "2,129", "12.82". */
  number: string;
  /** The unit as it reads after the number: "%", "trains", "days". */
  unit: string;
}

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A list in words: `a`, `a and b`, `a, b and c`. */
export function inWords(items: readonly string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** A unit that is written against the number, without a space. */
export function isTightUnit(unit: string): boolean {
  return unit === '%' || unit === 'pp';
}

/** A unit as it follows the number: against it ("%"), after a space (" trains"), or nothing. */
export function unitAfterNumber(unit: string): string {
  return unit === '' || isTightUnit(unit) ? unit : ` ${unit}`;
}

/** Singular for a value of exactly 1 ("1 day"), as the unit is written plural. */
function unitFor(value: number, unit: string): string {
  if (value === 1 && unit.endsWith('s') && !isTightUnit(unit)) return unit.slice(0, -1);
  return unit;
}

/** One formatter per number of decimals, made once: building a formatter costs far more than using it. */
const FIXED = new Map<number, Intl.NumberFormat>();
function fixed(decimals: number): Intl.NumberFormat {
  let formatter = FIXED.get(decimals);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    FIXED.set(decimals, formatter);
  }
  return formatter;
}

export function figureParts(value: number, unit = '', qualifier: Qualifier = 'exact', decimals?: number): FigureParts {
  const formatter = decimals === undefined ? NUMBER : fixed(decimals);
  return {
    qualifier: QUALIFIER_WORDS[qualifier].prose,
    number: formatter.format(value),
    unit: unitFor(value, unit),
  };
}

/** A figure as one string of clean English: "about 2,200 tons", "12.82%", "less than 1 day". */
export function formatFigure(value: number, unit = '', qualifier: Qualifier = 'exact', decimals?: number): string {
  const parts = figureParts(value, unit, qualifier, decimals);
  const withUnit = `${parts.number}${unitAfterNumber(parts.unit)}`;
  return parts.qualifier === '' ? withUnit : `${parts.qualifier} ${withUnit}`;
}

/** A count with its noun: "1 paragraph", "12 paragraphs", "0 facts"; `plural` for a noun that adds more than an s. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${NUMBER.format(n)} ${n === 1 ? singular : plural}`;
}

/**
 * A count that opens a sentence, spelled out as English writes it there: `Six facts`, `One group`.
 * Undefined past twenty: such a sentence should open with other words (`There are 1,234 facts …`).
 */
export function countAtStart(n: number, singular: string, plural = `${singular}s`): string | undefined {
  const word = Number.isInteger(n) && n >= 0 ? NUMBER_WORDS[n] : undefined;
  return word === undefined
    ? undefined
    : `${word.charAt(0).toUpperCase()}${word.slice(1)} ${n === 1 ? singular : plural}`;
}

/**
 * A label set inside a sentence (in parentheses, after a comma): its first letter lower case, as a word
 * there is, unless it opens with a month or a number: `(the day before the article)`, `(May 2023)`.
 */
export function inSentence(text: string): string {
  const first = /^\p{L}*/u.exec(text)?.[0] ?? '';
  if (/^\d/.test(text) || (MONTHS as readonly string[]).includes(first)) return text;
  return `${text.charAt(0).toLowerCase()}${text.slice(1)}`;
}

/**
 * Text in double quotation marks, its own double quotation marks turned single, as English nests them:
 * `An Asia–Europe “golden channel”` becomes `“An Asia–Europe ‘golden channel’”`, never `“… “golden channel””`.
 */
export function quoted(text: string): string {
  return `“${text.replaceAll('“', '‘').replaceAll('”', '’')}”`;
}

/** Decimal degrees as a reader writes them: "44.21° N, 80.42° E". */
export function formatCoordinates({ lat, lon }: { lat: number; lon: number }): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(2)}° ${value >= 0 ? positive : negative}`;
  return `${part(lat, 'N', 'S')}, ${part(lon, 'E', 'W')}`;
}

/**
 * Splits a title so that compounds joined by a dash ("China–Europe") can be
 * kept on one line: returns the parts, with `keep` set on each compound.
 */
export function titleParts(title: string): { text: string; keep: boolean }[] {
  return title
    .split(/(\S+[–-]\S+)/)
    .filter((part) => part !== '')
    .map((text) => ({ text, keep: /\S[–-]\S/.test(text) }));
}

/** Who said a quoted fact, as its card and social card say it: `Said by Liu Junping, Deputy Director ….` */
export function saidBy(speaker: { name: string; role: string }): string {
  return `Said by ${speaker.name}, ${speaker.role.replace(/\.$/, '')}.`;
}

/**
 * A fact's sentence as it travels without its card (a description, a citation and its note, a list row,
 * the explorer, a social card): a speaker's claim keeps its speaker, so it is never said in the site's voice.
 */
export function factSentence(fact: {
  statement: string;
  speaker?: { name: string; role: string } | undefined;
}): string {
  return fact.speaker ? `${fact.statement} ${saidBy(fact.speaker)}` : fact.statement;
}
