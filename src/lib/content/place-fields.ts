/**
 * What a source says of a place, field by field: which of a place's country, region and kind a
 * passage gives (`Ashgabat, the capital of Turkmenistan` gives both country and kind), so that pages
 * label each field as from the source or as public context, and the build refuses a passage that
 * does not say what it is listed for.
 */
import type { PlaceData, StatedField } from '@/schemas/place.ts';
import { escapeRegExp } from '../text/escape.ts';

/** The words a passage must hold to give a place's kind: the article's “Railway Port”, “the capital of”. */
const KIND_WORDS: Record<PlaceData['kind'], RegExp> = {
  capital: /\bcapital\b/i,
  city: /\bcity\b/i,
  'railway-port': /\brailway port\b/i,
  seaport: /\bsea ?port\b/i,
};

/** Where a source gives one field of a place. */
export interface FieldStatement {
  source: string;
  paragraph: string;
  passage: string;
}

/**
 * The fields a place's page shows that no source gives, so are public context: of its country, region
 * (when it has one) and kind, in that order. Its position is always public context besides.
 */
export function contextFields(place: Pick<PlaceData, 'stated' | 'region'>): StatedField[] {
  return (['country', 'region', 'kind'] as const).filter(
    (field) => (field !== 'region' || place.region !== undefined) && statementsOf(place, field).length === 0,
  );
}

/** The passages that give a field of a place, in the order listed; none means the field is public context. */
export function statementsOf(place: Pick<PlaceData, 'stated'>, field: StatedField): FieldStatement[] {
  return place.stated
    .filter((entry) => entry.fields.includes(field))
    .map((entry) => ({ source: entry.source.id, paragraph: entry.paragraph, passage: entry.passage }));
}

/**
 * Why a passage does not give a field of a place, or `undefined` when it does: it must name the place
 * (by its name or another spelling) and say the field's value (the country or region by name, the kind
 * in the words of `KIND_WORDS`).
 */
export function passageProblem(
  place: Pick<PlaceData, 'name' | 'altNames' | 'country' | 'region' | 'kind'>,
  field: StatedField,
  passage: string,
): string | undefined {
  const names = [place.name, ...place.altNames.map((alt) => alt.name)];
  if (!names.some((name) => passage.includes(name))) return `the passage does not name ${place.name}`;
  if (field === 'kind')
    return KIND_WORDS[place.kind].test(passage) ? undefined : `the passage does not say it is a ${place.kind}`;
  const value = place[field];
  if (value === undefined) return `the place has no ${field} for the passage to give`;
  return passage.includes(value) ? undefined : `the passage does not name its ${field}, ${value}`;
}

/** A source's text as `spellingStatements` reads it: its paragraphs, in order. */
export interface SourceText {
  id: string;
  paragraphs: readonly { id: string; text: string }[];
}

/**
 * Where the sources write a spelling of a place: the first paragraph of each source that holds it as
 * a whole word (`Urumqi` in the article's ¶5), none when it is public context. A spelling a source
 * writes is the source's, whatever else it is.
 */
export function spellingStatements(spelling: string, sources: readonly SourceText[]): FieldStatement[] {
  const word = new RegExp(`(?<![\\p{L}\\p{N}'’])${escapeRegExp(spelling)}(?![\\p{L}\\p{N}]|['’]\\p{L})`, 'u');
  return sources.flatMap((source) => {
    const paragraph = source.paragraphs.find((p) => word.test(p.text));
    return paragraph ? [{ source: source.id, paragraph: paragraph.id, passage: spelling }] : [];
  });
}

/**
 * Whether a spelling is the place's name itself but for its apostrophes (the article's Xi'an beside the
 * name Xi’an): a page does not list it as another way of writing the name, though search still reads it.
 */
export function sameButForApostrophes(name: string, spelling: string): boolean {
  const plain = (text: string) => text.replace(/['‘’ʼ]/gu, "'");
  return plain(name) === plain(spelling);
}

/** How many of the sources writing a spelling its line links; the others it counts. */
export const SPELLING_SOURCES_LINKED = 3;

/**
 * The sources a spelling's line on a page links, and how many more write it: a name thousands of
 * sources write (Urumqi) costs its place's page and each places table three links, not thousands.
 */
export function linkedSpellingSources<T>(sources: readonly T[]): { linked: readonly T[]; more: number } {
  const linked = sources.slice(0, SPELLING_SOURCES_LINKED);
  return { linked, more: sources.length - linked.length };
}
