/** The pure shaping of a place page's route data (src/data/pages/place.ts). */
import { countAtStart, countOf, inWords } from '../text/format.ts';

/** Where a place is: "Xinjiang, China", or the country alone. */
export function placeWhere(place: { region?: string | undefined; country: string }): string {
  return place.region ? `${place.region}, ${place.country}` : place.country;
}

/**
 * What the sources say of a place no fact is about, from the notes its corridors' maps give it
 * (`named only in the “Urumqi Railway Bureau of China”, …`), as sentences: `Ürümqi is named only in …`.
 */
export function placeMentions(name: string, notes: readonly string[]): string {
  return notes.map((note) => `${name} is ${note.replace(/\.$/, '')}.`).join(' ');
}

/**
 * The page's description: what and where the place is, how many facts are about it (or, for none, what
 * `mentions` says of it), and which of its fields no source gives (`context`, e.g. `['country', 'region']`),
 * as it travels without the page's labels.
 */
export function placeDescription(
  name: string,
  kind: string,
  where: string,
  facts: number,
  context: readonly string[] = [],
  mentions = '',
): string {
  const about =
    facts === 0
      ? `${name}: ${kind.toLowerCase()} in ${where}.${mentions === '' ? '' : ` ${mentions}`}`
      : `${name}: ${kind.toLowerCase()} in ${where}, and the ${facts === 1 ? 'fact' : countOf(facts, 'fact')} about it.`;
  if (context.length === 0) return about;
  const fields = inWords(context);
  return `${about} ${fields.charAt(0).toUpperCase()}${fields.slice(1)}: public context.`;
}

/**
 * The sentence over the list of a place's facts: how many there are, in what order, and how many the
 * page lists when the explorer holds more.
 */
export function placeFactsIntro(input: {
  name: string;
  facts: number;
  shown: number;
  oneSource: boolean;
  mentions?: string;
}): string {
  const { name, facts, shown, oneSource, mentions = '' } = input;
  if (facts === 0) return `${mentions === '' ? '' : `${mentions} `}No fact on this site is about ${name}.`;
  if (facts === 1) return `One fact is about ${name}; it has a page of its own.`;
  const opening = countAtStart(facts, 'fact');
  const lead =
    opening === undefined ? `There are ${countOf(facts, 'fact')} about ${name}` : `${opening} are about ${name}`;
  return `${lead}, in the order ${oneSource ? 'the article gives' : 'their sources give'} them; each has a page of its own.${
    facts > shown ? ` The first ${shown} are listed here.` : ''
  }`;
}
