import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { insertAliasAnchors } from '@/lib/site/anchors.ts';
import { readLinkAliases } from '@/lib/site/link-aliases.ts';

/**
 * Keeps old links working after the build: each anchor alias becomes an
 * empty element with the old id placed just before the new target. (Page
 * aliases are Astro redirects, set up in astro.config.mjs.)
 */
export function linkAliasesIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'link-aliases',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { anchors } = readLinkAliases(root);
        const byPage = Map.groupBy(anchors, (alias) => alias.page);
        for (const [page, aliases] of byPage) {
          const file = join(fileURLToPath(dir), page, 'index.html');
          await writeFile(file, insertAliasAnchors(await readFile(file, 'utf8'), aliases));
        }
        logger.info(`${anchors.length} anchor aliases on ${byPage.size} pages`);
      },
    },
  };
}
