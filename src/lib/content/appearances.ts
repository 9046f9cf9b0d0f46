/**
 * Where on the site a fact is shown, as links a fact page lists: page by page, each showing (its
 * card, its figure in the text, a key figure, a chart) with the address that lands on it.
 */
import type { Appearance } from './graph.ts';
import { corridorPath, withBase } from '../site/links.ts';

export interface AppearanceLink {
  as: Appearance['as'];
  /** Where it lands: the card, the chart, the section whose text gives the figure, or the page for a key figure. */
  href: string;
  /** The section it stands in, when the page has sections. */
  section?: { text: string; href: string } | undefined;
  /** The chart's title, for `as: 'chart'`. */
  chart?: string | undefined;
}

export interface PageAppearances {
  /** The page's title. */
  title: string;
  href: string;
  items: AppearanceLink[];
}

export interface AppearanceNames {
  /** A corridor page's title, by corridor id. */
  corridor: (id: string) => string | undefined;
  /** A chart's title, by chart id. */
  chart: (id: string) => string | undefined;
  /** The home page's title. */
  home: string;
}

/**
 * A fact's appearances grouped by page, pages and items in the order given (the graph's: key
 * figures first, then the page from top to bottom). The same showing listed twice is listed once.
 */
export function appearancesByPage(
  factId: string,
  appearances: readonly Appearance[],
  base: string,
  names: AppearanceNames,
): PageAppearances[] {
  const pages = new Map<string, PageAppearances>();
  const seen = new Set<string>();
  for (const appearance of appearances) {
    const { corridor, section } = appearance;
    const href = corridor === undefined ? withBase(base) : corridorPath(base, corridor);
    const title = corridor === undefined ? names.home : (names.corridor(corridor) ?? corridor);
    const target =
      appearance.as === 'card'
        ? `${href}#${factId}`
        : appearance.as === 'chart'
          ? `${href}#figure-${appearance.chart ?? ''}`
          : appearance.as === 'value' && section !== undefined
            ? `${href}#${section.id}`
            : href;
    const key = `${appearance.as} ${target}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const page = pages.get(href) ?? { title, href, items: [] };
    pages.set(href, page);
    page.items.push({
      as: appearance.as,
      href: target,
      section: section && { text: section.text, href: `${href}#${section.id}` },
      chart: appearance.chart === undefined ? undefined : (names.chart(appearance.chart) ?? appearance.chart),
    });
  }
  return [...pages.values()];
}
