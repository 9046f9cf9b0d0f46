/**
 * Candidate facts: every figure a source's text states, with the sentence that states it, found for an
 * editor to choose from (`npm run facts:candidates`, scripts/facts-candidates.ts). Pure: text in,
 * candidates out. What is a figure follows the facts the site already holds: digits with decimals and
 * thousands separators, a percentage, a count written as a word ("all five … countries"), each with the
 * qualifier the sentence gives it (`QUALIFIER_WORDS`, the words the build checks a passage for) and
 * the unit after it when it is one this module can name. What is not a figure: a year, a date, an
 * ordinal ("18th"), a period ("the first four months"), a paragraph or section number.
 */
import { stringify as stringifyYaml } from 'yaml';
import { CANDIDATES_SUFFIX } from '../src/lib/content/content-dir.ts';
import { NUMBER_WORDS, QUALIFIER_WORDS, QUALIFIERS, type Qualifier } from '../src/lib/content/figures.ts';
import { splitParagraphs } from '../src/lib/content/paragraphs.ts';
import { foldText } from '../src/lib/text/fold.ts';

/** A figure as a sentence states it. */
export interface Figure {
  value: number;
  /** The unit after it, plural as facts write it (`trains`, `%`), or '' when none is named. */
  unit: string;
  qualifier: Qualifier;
  /** The words that state it, verbatim: `approximately 2200 tons`. */
  text: string;
  /** The range it is one end of, verbatim (`10–15%`), when it is one. */
  range?: string;
}

/** A place an editor's content knows, by every spelling it has there. */
export interface KnownPlace {
  id: string;
  names: string[];
}

export interface Candidate {
  paragraph: string;
  /** The sentence, verbatim: a fact's passage must be words of its paragraph, as they stand. */
  passage: string;
  figure: Figure;
  /** The places the sentence names, by id, in the order `places` gives them. */
  places: string[];
}

/** Units a figure may take, as the text writes them (singular or plural) → as a fact writes them. */
const UNITS: Record<string, string> = {
  '%': '%',
  percent: '%',
  'per cent': '%',
  'percentage points': 'percentage points',
};
for (const plural of [
  'trains',
  'routes',
  'flights',
  'countries',
  'cities',
  'days',
  'hours',
  'minutes',
  'weeks',
  'months',
  'years',
  'containers',
  'wagons',
  'vehicles',
  'trucks',
  'ships',
  'passengers',
  'people',
  'stations',
  'ports',
  'kilometres',
  'kilometers',
  'km',
  'tons',
  'tonnes',
  'TEU',
  'TEUs',
  'yuan',
  'dollars',
  'projects',
  'companies',
  'enterprises',
]) {
  UNITS[plural.toLowerCase()] = plural === 'TEUs' ? 'TEU' : plural;
}
const SINGULAR: Record<string, string> = {
  train: 'trains',
  route: 'routes',
  flight: 'flights',
  country: 'countries',
  city: 'cities',
  day: 'days',
  hour: 'hours',
  minute: 'minutes',
  week: 'weeks',
  month: 'months',
  year: 'years',
  container: 'containers',
  wagon: 'wagons',
  vehicle: 'vehicles',
  truck: 'trucks',
  ship: 'ships',
  passenger: 'passengers',
  station: 'stations',
  port: 'ports',
  kilometre: 'kilometres',
  kilometer: 'kilometers',
  ton: 'tons',
  tonne: 'tonnes',
  project: 'projects',
  company: 'companies',
  enterprise: 'enterprises',
};

/** Counts written as words. "zero" and "one" are left out: as words they are rarely a count ("zero waiting", "one of"). */
const COUNT_WORDS: Record<string, number> = Object.fromEntries(
  NUMBER_WORDS.map((word, value) => [word, value] as const).filter(([, value]) => value >= 2),
);

const MONTHS =
  'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';
const TIME_UNITS = 'days?|weeks?|months?|quarters?|years?|hours?|decades?';

/** Words before a number that make it a position in a text, not a figure. */
const REFERENCE_BEFORE =
  /(?:\b(?:paragraphs?|para|sections?|articles?|chapters?|pages?|pp?\.|no\.|nos\.|number|items?|rules?|clauses?)|¶)\s*$/i;
/** …or a period of time: "the first four months", "the past 10 years". */
const PERIOD_BEFORE = /\b(?:first|last|past|next|previous|coming|recent)\s+$/i;
const PERIOD_AFTER = new RegExp(`^\\s+(?:${TIME_UNITS})\\b`, 'i');
/** …or a date: "May 18", "18 May", "May 18th". */
const MONTH_BEFORE = new RegExp(`\\b(?:${MONTHS})\\.?\\s+$`, 'i');
const MONTH_AFTER = new RegExp(`^\\s+(?:of\\s+)?(?:${MONTHS})\\b`, 'i');

/** A number in digits, grouped or not, with its decimals; an ordinal suffix; a range's second end. */
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const FIGURE_PATTERN = new RegExp(
  String.raw`(?<![\w.,])(${NUMBER})(st|nd|rd|th)?(?:\s*(?:[–—-]|to)\s*(${NUMBER}))?(?![\w]|[.,]\d)`,
  'gi',
);
const WORD_PATTERN = new RegExp(`\\b(${Object.keys(COUNT_WORDS).join('|')})\\b`, 'gi');

const parseNumber = (digits: string) => Number(digits.replaceAll(',', ''));

/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATIONS = /\b(?:Co|Ltd|Inc|Corp|No|Nos|Dr|Mr|Mrs|Ms|St|Mt|Jr|Sr|vs|e\.g|i\.e|U\.S|approx|km|pp?)\.$/i;

/**
 * The sentences of a paragraph, verbatim: it is cut after `.`, `!` or `?` (and a closing quotation
 * mark) followed by a space and what can start a sentence, but not after an abbreviation or inside a
 * number ("12.82").
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
  for (const match of paragraph.matchAll(boundary)) {
    const end = match.index + match[0].length;
    if (ABBREVIATIONS.test(paragraph.slice(start, end))) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** The qualifier the words just before a figure give it, and where those words start. */
function qualifierBefore(before: string): { qualifier: Qualifier; at: number } {
  for (const qualifier of QUALIFIERS) {
    for (const word of QUALIFIER_WORDS[qualifier].source) {
      const found = new RegExp(`\\b${word}\\s+$`, 'i').exec(before);
      if (found) return { qualifier, at: found.index };
    }
  }
  return { qualifier: 'exact', at: before.length };
}

/**
 * The unit among the next few words of `after` (before a comma or full stop ends the phrase), where it
 * ends, and whether it is the very next word.
 */
function unitAfter(after: string): { unit: string; end: number; next: boolean } {
  const percent = /^\s*(%|percent\b|per cent\b|percentage points\b)/i.exec(after);
  if (percent) return { unit: UNITS[(percent[1] ?? '%').toLowerCase()] ?? '%', end: percent[0].length, next: true };
  const scaled = /^\s+(thousand|million|billion)\b/i.exec(after);
  const scale = scaled ? `${(scaled[1] ?? '').toLowerCase()} ` : '';
  // Up to eight words on, within the phrase: "2485 inbound and outbound China Europe (Central Asia) trains".
  const phrase = /^[^,;.:!?]*/.exec(after)?.[0] ?? '';
  let count = 0;
  for (const word of phrase.matchAll(/[A-Za-z]+/g)) {
    if (++count > 8) break;
    const lower = word[0].toLowerCase();
    const unit = UNITS[lower] ?? SINGULAR[lower] ?? (lower === 'teus' || lower === 'teu' ? 'TEU' : undefined);
    if (unit) return { unit: `${scale}${unit}`, end: word.index + word[0].length, next: count === (scaled ? 2 : 1) };
  }
  return { unit: scale.trim(), end: scaled ? scaled[0].length : 0, next: scaled !== null };
}

/** 1900–2099 as a sentence writes a year: a date, not a count, unless a unit follows at once ("2023 trains"). */
const isYear = (digits: string, next: boolean) => /^(19|20)\d\d$/.test(digits) && !next;

/** The figures a sentence states, in order. */
export function findFigures(sentence: string): Figure[] {
  const found: (Figure & { at: number })[] = [];
  for (const match of sentence.matchAll(FIGURE_PATTERN)) {
    const [whole, first = '', ordinal, second] = match;
    const before = sentence.slice(0, match.index);
    const afterFirst = sentence.slice(match.index + first.length + (ordinal?.length ?? 0));
    const after = sentence.slice(match.index + whole.length);
    if (ordinal) continue;
    if (REFERENCE_BEFORE.test(before)) continue;
    if (MONTH_BEFORE.test(before) || (second === undefined && MONTH_AFTER.test(afterFirst))) continue;
    if (PERIOD_BEFORE.test(before) && PERIOD_AFTER.test(afterFirst)) continue;
    const { unit, end, next } = unitAfter(after);
    if (isYear(first, next) && (second === undefined || isYear(second, next))) continue;
    const { qualifier, at } = qualifierBefore(before);
    const text = sentence.slice(at, match.index + whole.length + end).trim();
    const range =
      second === undefined ? undefined : sentence.slice(match.index, match.index + whole.length + end).trim();
    for (const digits of second === undefined ? [first] : [first, second]) {
      found.push({
        value: parseNumber(digits),
        unit,
        qualifier,
        text,
        ...(range === undefined ? {} : { range }),
        at: match.index,
      });
    }
  }
  for (const match of sentence.matchAll(WORD_PATTERN)) {
    const before = sentence.slice(0, match.index);
    const after = sentence.slice(match.index + match[0].length);
    if (PERIOD_BEFORE.test(before) && PERIOD_AFTER.test(after)) continue;
    if (MONTH_AFTER.test(after) || MONTH_BEFORE.test(before)) continue;
    const { unit, end } = unitAfter(after);
    // A count in words is a figure only of something named: "all five … countries", not "five of them".
    if (unit === '') continue;
    const { qualifier, at } = qualifierBefore(before);
    found.push({
      value: COUNT_WORDS[match[0].toLowerCase()] ?? 0,
      unit,
      qualifier,
      text: sentence.slice(at, match.index + match[0].length + end).trim(),
      at: match.index,
    });
  }
  return found
    .sort((a, b) => a.at - b.at)
    .map(({ value, unit, qualifier, text, range }) => ({
      value,
      unit,
      qualifier,
      text,
      ...(range === undefined ? {} : { range }),
    }));
}

/** Where `name` stands in `text` as whole words, both folded (accents, case, apostrophes: `foldText`). */
function names(text: string, name: string): boolean {
  const folded = foldText(name).trim();
  if (folded === '') return false;
  const escaped = folded.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** The places a sentence names by any of their spellings. */
export function placesNamed(sentence: string, places: readonly KnownPlace[]): string[] {
  const folded = foldText(sentence);
  return places.filter((place) => place.names.some((name) => names(folded, name))).map((place) => place.id);
}

/** Every figure a source's text states, one candidate per figure, with its sentence and paragraph. */
export function findCandidates(text: string, places: readonly KnownPlace[] = []): Candidate[] {
  return splitParagraphs(text).flatMap((paragraph) =>
    splitSentences(paragraph.text).flatMap((passage) =>
      findFigures(passage).map((figure) => ({
        paragraph: paragraph.id,
        passage,
        figure,
        places: placesNamed(passage, places),
      })),
    ),
  );
}

/** The file of a source's candidates, beside the facts files, which the build never reads (`isEntryFile`). */
export const candidatesFile = (sourceId: string) => `${sourceId}${CANDIDATES_SUFFIX}`;

/** A YAML scalar, quoted when plain would not read back as the same string. */
const scalar = (value: string) => stringifyYaml(value, { lineWidth: 0 }).trimEnd();

/**
 * The candidates as a YAML list in the facts files' shape: each entry becomes a fact once moved into a
 * facts file with the fields only a person can fill (id, statement, label, corridor, period) filled
 * and its passage cut to the words that state the figure; what the finder saw is in comments.
 */
export function candidatesYaml(
  sourceId: string,
  articlePath: string,
  candidates: readonly Candidate[],
  corridors: readonly string[],
): string {
  const lines = [
    `# Candidate facts: every figure ${articlePath} states, found by \`npm run facts:candidates -- ${sourceId}\`.`,
    '# Never published and never read by the build; running the command again rewrites this file.',
    '# To make one a fact: move its entry into a facts file (e.g. src/content/facts/<corridor>.yaml), fill in',
    `# id, statement, label, corridor (${corridors.join(', ')}; or delete it) and period, check`,
    '# value, unit, qualifier and places against the passage, and cut the passage to the words that state',
    '# the figure. The build then checks it as every fact: passage verbatim in its paragraph, figure in it.',
  ];
  if (candidates.length === 0) lines.push('# No sentence of this source states a figure.', '[]');
  candidates.forEach(({ paragraph, passage, figure, places }, index) => {
    const { value, unit, qualifier, text, range } = figure;
    lines.push(
      '',
      `# ${index + 1}. ${paragraph}: “${text}”${range === undefined ? '' : `, one end of the range “${range}”`}`,
      "- id: ''",
      "  statement: ''",
      "  label: ''",
      "  corridor: ''",
      "  period: ''",
      `  value: ${value}`,
      ...(unit === '' ? [] : [`  unit: ${scalar(unit)}`]),
      ...(qualifier === 'exact' ? [] : [`  qualifier: ${qualifier}`]),
      ...(places.length === 0 ? [] : [`  places: [${places.join(', ')}]`]),
      `  source: ${scalar(sourceId)}`,
      `  paragraph: ${paragraph}`,
      `  passage: ${scalar(passage)}`,
    );
  });
  return `${lines.join('\n')}\n`;
}
