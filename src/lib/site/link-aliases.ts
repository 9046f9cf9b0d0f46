/** Reads the link aliases (`links/aliases.yaml` of the content folder, src/content unless CONTENT_DIR says otherwise). */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { LinkAliases } from './anchors.ts';
// With its extension: the build's links step (scripts/build.ts) runs this file in Node itself, which resolves no other way.
import { contentPath, resolveContentPath } from '../content/content-dir.ts';

/** The registry of published pages and anchors, relative to the project root: `src/content/links/registry.json`. */
export function registryFile(): string {
  return contentPath('links/registry.json');
}

export function readLinkAliases(root: string): LinkAliases {
  const raw = parse(
    readFileSync(resolveContentPath(root, 'links/aliases.yaml'), 'utf8'),
  ) as Partial<LinkAliases> | null;
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
