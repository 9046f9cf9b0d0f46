/**
 * Writes the registry of published pages and anchors
 * (`links/registry.json` of the content folder: src/content, or CONTENT_DIR) from a build. Run `npm run anchors:update`
 * after adding pages, sections, facts or paragraphs; the build tests fail
 * while the registry is behind, and when a published anchor disappears
 * without an alias in `links/aliases.yaml`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { publishedAnchors, type AnchorRegistry } from '../src/lib/anchors.ts';
import { readLinkAliases, registryFile } from '../src/lib/link-aliases.ts';
import { listPages } from '../tests/support/site.ts';

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const registry = builtAnchors(join(process.cwd(), process.argv[2] ?? 'dist'));
  writeFileSync(resolve(process.cwd(), registryFile()), `${JSON.stringify(registry, null, 2)}\n`);
  const count = Object.values(registry).reduce((sum, anchors) => sum + anchors.length, 0);
  console.log(`Wrote ${registryFile()}: ${Object.keys(registry).length} pages, ${count} anchors.`);
}
