import type { AstroIntegration } from 'astro';
import { cardStats, cardStatsLine } from '../lib/cards/stats.ts';

/** Says once a build how many social cards were drawn and how many came from the cache (src/lib/cards/render.ts). */
export function cardLogIntegration(): AstroIntegration {
  return {
    name: 'card-log',
    hooks: {
      'astro:build:done': ({ logger }) => {
        logger.info(cardStatsLine(cardStats()));
      },
    },
  };
}
