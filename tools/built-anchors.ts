/** The pages and anchors a build publishes, for `npm run anchors:update` and the build tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedAnchors, type AnchorRegistry } from '../src/lib/site/anchors.ts';
import { readLinkAliases } from '../src/lib/site/link-aliases.ts';
import { listPages } from './site.ts';

/** The pages and anchors of a build, leaving out redirect pages and the 404 page. */
export function builtAnchors(distDir: string, root = process.cwd()): AnchorRegistry {
  const redirects = new Set(readLinkAliases(root).pages.map((p) => p.from));
  const registry: AnchorRegistry = {};
  for (const page of listPages(distDir)) {
    if (redirects.has(page) || page === '/404.html') continue;
    registry[page] = publishedAnchors(
      readFileSync(join(distDir, page, page.endsWith('/') ? 'index.html' : ''), 'utf8'),
    );
  }
  return registry;
}
