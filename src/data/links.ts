/**
 * The site's addresses of facts, places and paragraphs under the base path the site is built for
 * (src/lib/site/links.ts writes them; this fills in `import.meta.env.BASE_URL`).
 */
import { factPagePath, factPath, paragraphPath, placePath } from '@/lib/site/links.ts';
import type { Fact } from './content.ts';

/** A place's page. */
export function placeHref(placeId: string): string {
  return placePath(import.meta.env.BASE_URL, placeId);
}

/** The fact's permanent page. */
export function factPageHref(fact: Pick<Fact, 'id'>): string {
  return factPagePath(import.meta.env.BASE_URL, fact.id);
}

/**
 * The fact's card on the page that tells its story (its corridor's page, or the home page for summit
 * context), or its own page when no page places a card for it.
 */
export function factHref(fact: Pick<Fact, 'id' | 'card'>): string {
  return factPath(import.meta.env.BASE_URL, fact);
}

export function paragraphHref(sourceId: string, paragraphId: string): string {
  return paragraphPath(import.meta.env.BASE_URL, sourceId, paragraphId);
}
