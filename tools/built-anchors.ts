/**
 * The pages and anchors a build publishes, and the registry of those published before
 * (`links/registry.json` of the content folder), for the build's links step (scripts/build.ts, which
 * `npm run anchors:update` runs too) and the build tests.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkRegistry, publishedAnchors, type AnchorRegistry, type RegistryCheck } from '../src/lib/site/anchors.ts';
import { readLinkAliases, registryFile } from '../src/lib/site/link-aliases.ts';
import { listPages } from './dist-files.ts';

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

/** Writes the registry of a build's pages and anchors. */
export function writeRegistry(registry: AnchorRegistry, root = process.cwd()): void {
  writeFileSync(resolve(root, registryFile()), `${JSON.stringify(registry, null, 2)}\n`);
}

export interface RegistryUpdate extends RegistryCheck {
  /** Whether the registry was rewritten: the build added pages or anchors and took none away unaliased. */
  written: boolean;
}

/**
 * The build's links step: compares the build with the registry and, when it only adds pages or
 * anchors (nothing published is gone without an alias), registers them, so no editor has to remember
 * `npm run anchors:update`. When something published is gone, writes nothing and says what, unless
 * told to `rewrite` it all the same (`npm run anchors:update`, which drops it on purpose).
 */
export function updateRegistry(
  distDir: string,
  { rewrite = false, root = process.cwd() }: { rewrite?: boolean; root?: string } = {},
): RegistryUpdate {
  const file = resolve(root, registryFile());
  const registry = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as AnchorRegistry) : {};
  const built = builtAnchors(distDir, root);
  const check = checkRegistry(registry, built, readLinkAliases(root));
  const safe = rewrite || (check.missing.length === 0 && check.brokenAliases.length === 0);
  const changed = safe && JSON.stringify(registry) !== JSON.stringify(built);
  if (changed) writeRegistry(built, root);
  return { ...check, written: changed };
}
