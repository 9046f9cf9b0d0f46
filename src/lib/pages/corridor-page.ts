/** The pure shaping of a corridor page's route data (src/data/pages/corridor.ts). */
import type { TocItem } from './toc.ts';

/** A heading of the corridor's MDX, as Astro's `render()` lists it. */
export interface MarkdownHeading {
  depth: number;
  slug: string;
  text: string;
}

/** The page's contents: the MDX's sections and subsections, then the places table the page adds. */
export function corridorToc(headings: readonly MarkdownHeading[]): TocItem[] {
  return [
    ...headings
      .filter((h) => h.depth === 2 || h.depth === 3)
      .map((h) => ({ id: h.slug, text: h.text, depth: h.depth })),
    { id: 'places', text: 'Places', depth: 2 },
  ];
}

/** Search's filters for the page: its corridor, as a section, and the countries of the facts it shows. */
export function corridorSearchFilters(
  corridorId: string,
  facts: readonly { countries: readonly string[] }[],
): Record<string, string[]> {
  const countries = [...new Set(facts.flatMap((fact) => fact.countries))].sort();
  return { corridor: [corridorId], kind: ['section'], country: countries };
}
