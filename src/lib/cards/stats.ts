/**
 * How many cards this build drew and how many it copied from the cache, for the build's log
 * (src/integrations/card-log.ts). Kept on globalThis: the pages' bundle, which draws the cards, and the
 * integration, which reports them, are two module graphs in one process.
 */
export interface CardStats {
  rendered: number;
  cached: number;
  /** The cards' PNG bytes, together. */
  bytes: number;
}

const KEY = Symbol.for('corridors.cards.stats');

export function cardStats(): CardStats {
  const store = globalThis as unknown as Record<symbol, CardStats | undefined>;
  store[KEY] ??= { rendered: 0, cached: 0, bytes: 0 };
  return store[KEY];
}

/** The log line: `cards: 37 drawn, 17 from the cache; 0.9 MB`. (What one costs to draw: `npm run bench:scale`.) */
export function cardStatsLine(stats: CardStats): string {
  return `cards: ${stats.rendered} drawn, ${stats.cached} from the cache; ${(stats.bytes / 1e6).toFixed(2)} MB`;
}
