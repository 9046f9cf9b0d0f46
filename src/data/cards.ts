/**
 * The social cards: one for each page that has a card of its own (home, corridors, facts, places,
 * sources, the lists, search, and each chart's page, keyed by `chartPagePath` whether or not that page
 * is built), what each shows (src/lib/cards/content.ts) and its words for `og:image:alt`. A page with no
 * card of its own (the 404 page, a list's later pages, an embed) takes the card of the nearest page
 * above it in the address, and the home page's card at the last (`cardFor`). The content is made only
 * when the card is drawn (`content()`), so every page's layout asks for its card's words cheaply.
 */
import { cardAlt, cardMode, chartAlt, factCard, type CardContent } from '@/lib/cards/content.ts';
import { cardsOff, type CardManifest } from '@/lib/cards/publish/plan.ts';
import { contextFields } from '@/lib/content/place-fields.ts';
import { locatorMapSvg } from '@/lib/cards/map-svg.ts';
import { citedTitle } from '@/lib/cite/cite.ts';
import { inWords } from '@/lib/text/format.ts';
import { placeWhere } from '@/lib/pages/place-page.ts';
import {
  cardPath,
  chartPagePath,
  corridorPath,
  factPagePath,
  factsPath,
  placePath,
  placesPath,
  sourcePath,
  sourcesPath,
  withBase,
} from '@/lib/site/links.ts';
import { siteConfig } from '@/site.config.ts';
import { getChartModel } from './charts.ts';
import { getGraph, type Fact, type Graph } from './content.ts';
import { getLocatorMap } from './maps.ts';
import { PLACE_KINDS } from './places.ts';
import { factsPage, placesPage, SEARCH_PAGE } from './pages/lists.ts';
import { sourceListPage } from './pages/sources.ts';

export interface Card {
  /** The page's path, with the base. */
  page: string;
  /** The card's path, with the base: `cardPath(base, page)`. */
  path: string;
  alt: string;
  content: () => Promise<CardContent>;
}

const base = () => import.meta.env.BASE_URL;

function card(page: string, content: CardContent): Card {
  return { page, path: cardPath(base(), page), alt: cardAlt(content), content: () => Promise.resolve(content) };
}

function factContent(graph: Graph, fact: Fact): CardContent {
  const corridor = fact.corridor === undefined ? undefined : graph.corridor.get(fact.corridor);
  const source = graph.source.get(fact.source);
  return factCard(
    fact,
    corridor && { mode: corridor.data.mode, name: corridor.data.shortTitle },
    source ? citedTitle(source.data) : fact.source,
  );
}

/**
 * Which of what a place's card shows is public context, as its page labels each field: those of its
 * country, region and kind no source gives, and always its map position.
 */
function placeContext(data: Graph['places'][number]['data']): string {
  const list = inWords([...contextFields(data), 'map position']);
  return `${list.charAt(0).toUpperCase()}${list.slice(1)}: public context; the position is approximate`;
}

/**
 * Every card by its page's path, in the order the card step draws them. A fact's is made each time it
 * is asked for, not kept: facts are most of the pages, and their cards kept for the whole build grew
 * its memory with every fact (docs/benchmarks.md, 'What is held per page').
 */
type Cards = Map<string, Card | (() => Card)>;

const made = (entry: Card | (() => Card)): Card => (typeof entry === 'function' ? entry() : entry);

async function makeCards(): Promise<Cards> {
  const graph = await getGraph();
  const b = base();
  const cards: Cards = new Map();
  const add = (entry: Card) => cards.set(entry.page, entry);
  add(
    card(withBase(b), {
      type: 'page',
      mode: 'context',
      eyebrow: siteConfig.title,
      title: siteConfig.tagline,
      description: siteConfig.summary,
    }),
  );
  for (const corridor of graph.corridors) {
    const { title, shortTitle, summary, mode } = corridor.data;
    // `Rail corridor` over `China–Europe trains in Xinjiang`, not `Corridor` over `Rail: China–Europe…`.
    const named = title.startsWith(`${shortTitle}: `);
    add(
      card(corridorPath(b, corridor.id), {
        type: 'page',
        mode: cardMode(mode),
        eyebrow: named ? `${shortTitle} corridor` : 'Corridor',
        title: named ? title.slice(shortTitle.length + 2) : title,
        description: summary,
      }),
    );
  }
  for (const fact of graph.facts) {
    const page = factPagePath(b, fact.id);
    cards.set(page, () => card(page, factContent(graph, fact)));
  }
  for (const place of graph.places) {
    const corridor = graph.corridorsByPlace.get(place.id)?.[0];
    const mode = cardMode(corridor?.data.mode);
    const name = place.data.name;
    const detail = `${PLACE_KINDS[place.data.kind]} in ${placeWhere(place.data)}`;
    const context = placeContext(place.data);
    const page = placePath(b, place.id);
    add({
      page,
      path: cardPath(b, page),
      alt: cardAlt({ type: 'place', mode, name, detail, context, map: '' }),
      content: async () => ({
        type: 'place',
        mode,
        name,
        detail,
        context,
        map: locatorMapSvg((await getLocatorMap(place.id)).model, mode),
      }),
    });
  }
  for (const source of graph.sources) {
    add(
      card(sourcePath(b, source.id), {
        type: 'page',
        mode: 'context',
        eyebrow: 'Source',
        title: citedTitle(source.data),
        description: source.data.description,
      }),
    );
  }
  for (const chart of graph.charts) {
    const corridor = graph.corridor.get(chart.data.corridor.id);
    const mode = cardMode(corridor?.data.mode);
    const topic = corridor?.data.shortTitle ?? 'Summit context';
    const page = chartPagePath(b, chart.id);
    add({
      page,
      path: cardPath(b, page),
      alt: chartAlt(chart.data),
      content: async () => ({ type: 'chart', mode, topic, chart: await getChartModel(chart.id) }),
    });
  }
  // The lists' own words, from their route data; the site's address only shapes their structured data, unused here.
  const site = import.meta.env.SITE ? new URL(import.meta.env.SITE) : new URL('http://127.0.0.1/');
  const words = ({ title, description }: { title: string; description: string }) => ({ title, description });
  const lists = [
    {
      page: factsPath(b),
      eyebrow: 'Facts',
      title: 'Every fact in one table',
      description: (await factsPage(site)).description,
    },
    { page: placesPath(b), eyebrow: 'Places', ...words(await placesPage(site)) },
    { page: sourcesPath(b), eyebrow: 'Sources', ...words(await sourceListPage(1, site)) },
    { page: withBase(b, 'search/'), eyebrow: 'Search', ...words(SEARCH_PAGE) },
  ];
  for (const { page, eyebrow, title, description } of lists) {
    add(card(page, { type: 'page', mode: 'context', eyebrow, title, description }));
  }
  return cards;
}

let cards: Promise<Cards> | undefined;
/** Every card, by its page's path; made once a build (a fact's when asked for). */
function getCards(): Promise<Cards> {
  cards ??= makeCards();
  return cards;
}

/**
 * Every card's file in the build (`cards/…png`, under the base's folder as the build writes it) and what
 * it shows, for the card step after Astro's build (src/pages/card-manifest.json.ts). None with
 * SOCIAL_CARDS=off: pages still name their cards.
 */
export async function getCardManifest(): Promise<CardManifest> {
  if (cardsOff(process.env)) return { site: siteConfig.title, cards: [] };
  const prefix = withBase(base(), 'cards/');
  const list = [...(await getCards()).values()].map(made);
  return {
    site: siteConfig.title,
    cards: await Promise.all(
      list.map(async (card) => ({ file: `cards/${card.path.slice(prefix.length)}`, content: await card.content() })),
    ),
  };
}

/** The card a page names in its meta: its own, or the nearest page's above it, or the home page's. */
export async function cardFor(pagePath: string): Promise<Card> {
  const all = await getCards();
  let path = pagePath.endsWith('/') ? pagePath : pagePath.replace(/[^/]*$/, '');
  for (;;) {
    const found = all.get(path);
    if (found !== undefined) return made(found);
    if (path === '/' || path === '') break;
    path = path.replace(/[^/]*\/$/, '');
  }
  const home = all.get(withBase(base()));
  if (home === undefined) throw new Error('No card for the home page');
  return made(home);
}
