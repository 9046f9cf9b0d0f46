/**
 * Which cards a build draws and which it takes from the cache: the pure part of the card step after
 * Astro's build (publish.ts). A card is cached under the hash of what it shows and of what draws it
 * (`cardKey`), so a rebuild after one changed fact finds every other card's drawing and draws one.
 */
import type { CardContent } from '../content.ts';

/** What Astro's build hands the card step (src/pages/card-manifest.json.ts), and where. */
export interface CardManifest {
  /** The site's name, on every card's footer. */
  site: string;
  /** Each card's file, relative to the build's folder (`cards/facts/x.png`), and what it shows. */
  cards: { file: string; content: CardContent }[];
}
export const CARD_MANIFEST_FILE = 'card-manifest.json';

/**
 * SOCIAL_CARDS=off: a build without cards (their pages still name them), for test builds about something
 * else: the synthetic corpus of tests/build/added-sources.test.ts would otherwise draw some 300 cards from
 * a cold cache in every fresh clone.
 */
export function cardsOff(env: Record<string, string | undefined>): boolean {
  return env['SOCIAL_CARDS'] === 'off';
}

export interface CardPlan {
  /** Each card's file and the key of its drawing. */
  files: { file: string; key: string }[];
  /** The drawings to make, by key: those not in the cache, each once however many cards show it. */
  draw: Map<string, CardContent>;
}

/** Plans a build's cards: `keyOf` gives a card's cache key, `cached` the keys whose drawing the cache holds. */
export function planCards(
  cards: readonly CardManifest['cards'][number][],
  keyOf: (content: CardContent) => string,
  cached: ReadonlySet<string>,
): CardPlan {
  const draw = new Map<string, CardContent>();
  const files = cards.map(({ file, content }) => {
    const key = keyOf(content);
    if (!cached.has(key) && !draw.has(key)) draw.set(key, content);
    return { file, key };
  });
  return { files, draw };
}

/** How many cards a build drew and how many it took from the cache, and their bytes together. */
export interface CardStats {
  drawn: number;
  cached: number;
  bytes: number;
  milliseconds: number;
  cpuMilliseconds: number;
}

/**
 * The log line: `cards: 37 drawn, 17 from the cache; 0.90 MB in 812 ms (1403 ms of CPU)`. (What one costs
 * to draw: `npm run bench:scale`.)
 */
export function cardStatsLine(stats: CardStats): string {
  const { drawn, cached, bytes, milliseconds, cpuMilliseconds } = stats;
  const mb = (bytes / 1e6).toFixed(2);
  return `cards: ${drawn} drawn, ${cached} from the cache; ${mb} MB in ${Math.round(milliseconds)} ms (${Math.round(cpuMilliseconds)} ms of CPU)`;
}
