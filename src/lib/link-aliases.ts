/** Reads the link aliases (`src/content/links/aliases.yaml`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LinkAliases } from './anchors';

const ALIASES_FILE = 'src/content/links/aliases.yaml';
export const REGISTRY_FILE = 'src/content/links/registry.json';

export function readLinkAliases(root: string): LinkAliases {
  const raw = parse(readFileSync(join(root, ALIASES_FILE), 'utf8')) as Partial<LinkAliases> | null;
  return { pages: raw?.pages ?? [], anchors: raw?.anchors ?? [] };
}

/**
 * The redirect pages of the page aliases, as `[...alias].astro` builds them: the old address as the
 * route's parameter (`/facts/old-id/` → `facts/old-id`) and the new one, any page of the site.
 */
export function redirectPages(
  pages: LinkAliases['pages'],
): { params: { alias: string }; props: { from: string; to: string } }[] {
  return pages.map(({ from, to }) => ({ params: { alias: from.replace(/^\/+|\/+$/g, '') }, props: { from, to } }));
}
