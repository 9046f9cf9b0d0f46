/** The pure shaping of a place page's route data (src/data/pages/place.ts). */
import { countOf, inWords } from '../text/format.ts';

/** Where a place is: "Xinjiang, China", or the country alone. */
export function placeWhere(place: { region?: string | undefined; country: string }): string {
  return place.region ? `${place.region}, ${place.country}` : place.country;
}

/**
 * The page's description: what and where the place is, how many facts are about it, and which of its
 * fields no source gives (`context`, e.g. `['country', 'region']`), as it travels without the page's labels.
 */
export function placeDescription(
  name: string,
  kind: string,
  where: string,
  facts: number,
  context: readonly string[] = [],
): string {
  const about = `${name}: ${kind.toLowerCase()} in ${where}, and the ${facts === 1 ? 'fact' : countOf(facts, 'fact')} about it.`;
  if (context.length === 0) return about;
  const fields = inWords(context);
  return `${about} ${fields.charAt(0).toUpperCase()}${fields.slice(1)}: public context.`;
}

/**
 * The sentence over the list of a place's facts: how many there are, in what order, and how many the
 * page lists when the explorer holds more.
 */
export function placeFactsIntro(input: { name: string; facts: number; shown: number; oneSource: boolean }): string {
  const { name, facts, shown, oneSource } = input;
  if (facts === 0) return `No fact on this site is about ${name}.`;
  if (facts === 1) return `One fact is about ${name}; it has a page of its own.`;
  return `${countOf(facts, 'fact')} are about ${name}, in the order ${oneSource ? 'the article gives' : 'their sources give'} them; each has a page of its own.${
    facts > shown ? ` The first ${shown} are listed here.` : ''
  }`;
}
