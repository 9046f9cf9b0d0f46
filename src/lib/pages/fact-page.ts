/** The pure shaping of a fact page's route data (src/data/pages/fact.ts). */
import { corridorPath, factsPath, withBase } from '../site/links.ts';

export interface Crumb {
  name: string;
  href: string;
}

/** The home page's section on the summit: the story of the facts that belong to no corridor. */
export function summitHref(base: string): string {
  return `${withBase(base)}#summit`;
}

/** Up the site from a fact: the facts explorer, then the page that tells the fact's story. */
export function factTrail(base: string, corridor: { id: string; shortTitle: string } | undefined): Crumb[] {
  return [
    { name: 'Facts', href: factsPath(base) },
    corridor
      ? { name: `${corridor.shortTitle} corridor`, href: corridorPath(base, corridor.id) }
      : { name: 'The summit', href: summitHref(base) },
  ];
}

/**
 * Where the countries a fact page lists come from: the passage's words, the places (their countries),
 * or both; and, with places, where a place's region and country come from. Undefined when the page
 * lists neither places nor countries.
 */
export function countriesNote(input: { quoted: boolean; places: number; countries: number }): string | undefined {
  if (input.places === 0 && input.countries === 0) return undefined;
  const from = [input.quoted && 'the passage names', input.places > 0 && 'of the places'].filter(Boolean);
  return [
    `The countries are those ${from.join(' and those ')}.`,
    ...(input.places > 0
      ? ['A place’s region and country are public context unless its page quotes the source for them.']
      : []),
  ].join(' ');
}
