/**
 * Each page's social card, `/cards/<page path>.png` (`cardPath` in src/lib/site/links.ts): the cards of
 * src/data/cards.ts, drawn by src/lib/cards/render.ts, or copied from its cache when what a card shows
 * has not changed.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCards, type Card } from '@/data/cards.ts';
import { cardPng } from '@/lib/cards/render.ts';
import { withBase } from '@/lib/site/links.ts';
import { siteConfig } from '@/site.config.ts';

export const getStaticPaths = (async () => {
  // SOCIAL_CARDS=off: a build without cards, for test builds about something else: the scale test's
  // synthetic corpus (tests/build/added-sources.test.ts) would otherwise draw some 300 cards from a
  // cold cache in every fresh clone, over a minute of a test run. Pages still name their cards.
  if (process.env.SOCIAL_CARDS === 'off') return [];
  const prefix = withBase(import.meta.env.BASE_URL, 'cards/');
  return [...(await getCards()).values()].map((card) => ({
    params: { card: card.path.slice(prefix.length, -'.png'.length) },
    props: { card },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: Card }> = async ({ props }) =>
  new Response(new Uint8Array(await cardPng(await props.card.content(), siteConfig.title)), {
    headers: { 'content-type': 'image/png' },
  });
