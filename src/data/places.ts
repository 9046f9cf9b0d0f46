/**
 * What pages ask of places: what each kind is in words, where the sources give a place's fields and
 * spellings, the corridors that list it and the facts that name it.
 */
import { citedTitle } from '@/lib/cite/cite.ts';
import { paragraphMark } from '@/lib/content/paragraphs.ts';
import {
  sameButForApostrophes,
  spellingStatements,
  statementsOf,
  type FieldStatement,
} from '@/lib/content/place-fields.ts';
import { nameNote, type NameLanguage } from '@/lib/text/languages.ts';
import type { StatedField } from '@/schemas/place.ts';
import { getGraph, getSource, type Corridor, type Fact, type Place } from './content.ts';
import { paragraphHref } from './links.ts';

/** What each kind of place is, in words. */
export const PLACE_KINDS: Record<Place['data']['kind'], string> = {
  capital: 'Capital city',
  city: 'City',
  // The article's “Railway Port”; that the two are on the border is public context, said in the text.
  'railway-port': 'Railway port',
  seaport: 'Seaport',
};

/** Where a source gives a field of a place: its passage, and the paragraph's mark and link. */
export interface PlaceFieldSource {
  passage: string;
  mark: string;
  href: string;
  /** The source's title as citations write it, e.g. `[China and Central Asia …]`. */
  sourceTitle: string;
}

/** A statement of a place's field as pages show it: the passage, with its paragraph's mark and link. */
async function fieldSource(statement: FieldStatement): Promise<PlaceFieldSource> {
  const source = await getSource(statement.source);
  const n = source.data.paragraphs.find((p) => p.id === statement.paragraph)?.n ?? 0;
  return {
    passage: statement.passage,
    mark: paragraphMark({ n }),
    href: paragraphHref(source.id, statement.paragraph),
    sourceTitle: citedTitle(source.data),
  };
}

/**
 * Where the sources give a place's country, region or kind, each with its passage and paragraph; an
 * empty list means the field is public context (src/lib/content/place-fields.ts).
 */
export async function placeFieldSources(place: Place, field: StatedField): Promise<PlaceFieldSource[]> {
  return Promise.all(statementsOf(place.data, field).map(fieldSource));
}

/** A place's other spelling, with where the sources write it; none: it is public context. */
export interface PlaceSpelling {
  name: string;
  /** Its BCP 47 language tags, none for an English spelling; the first goes on the name's `lang`. */
  lang: readonly NameLanguage[];
  /** Its languages in words and why it is listed: `Russian: common Russian form`. */
  note: string | undefined;
  sources: PlaceFieldSource[];
}

/**
 * A place's other spellings, each the sources' own where a source's text writes it, less the name itself
 * written with other apostrophes (src/lib/content/place-fields.ts).
 */
export async function placeSpellings(place: Place): Promise<PlaceSpelling[]> {
  const texts = (await getGraph()).sources.map((source) => ({ id: source.id, paragraphs: source.data.paragraphs }));
  return Promise.all(
    place.data.altNames
      .filter((alt) => !sameButForApostrophes(place.data.name, alt.name))
      .map(async (alt) => ({
        name: alt.name,
        lang: alt.lang,
        note: nameNote(alt),
        sources: await Promise.all(spellingStatements(alt.name, texts).map(fieldSource)),
      })),
  );
}

/** The corridors whose pages list a place, in navigation order. */
export async function corridorsOf(placeId: string): Promise<readonly Corridor[]> {
  return (await getGraph()).corridorsByPlace.get(placeId) ?? [];
}

/** Every fact naming a place, in reading order. */
export async function factsAbout(placeId: string): Promise<readonly Fact[]> {
  return (await getGraph()).byPlace.get(placeId) ?? [];
}
