import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { FILE_BUNDLES_DIR } from '@/lib/site/file-bundles.ts';
import { headersFile, type PageEntries } from '@/lib/site/security-headers.ts';

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) into the build: the security headers and the
 * cache rule for hashed assets, under the site's base path. Generated rather than kept in
 * `public/`, so its paths follow SITE_BASE and its policy cannot drift from the pages'.
 */
export function securityHeadersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        await writeFile(join(root, '_headers'), headersFile(base, await pageEntries(root)));
      },
    },
  };
}

/**
 * The build's top-level folders and HTML files, each of which gets the page policy (`headersFile`);
 * a folder of no pages (`_astro`, `data`) gets it too, where a policy does nothing, rather than a
 * walk through every folder of a large build for the HTML in it. The file bundles' folder is left out:
 * the files step of `npm run build` removes it (src/lib/site/file-bundles.ts).
 */
async function pageEntries(root: string): Promise<PageEntries> {
  const entries = await readdir(root, { withFileTypes: true });
  const names = (keep: (entry: (typeof entries)[number]) => boolean) =>
    entries
      .filter(keep)
      .map((e) => e.name)
      .sort();
  return {
    folders: names((e) => e.isDirectory() && e.name !== FILE_BUNDLES_DIR),
    files: names((e) => e.isFile() && e.name.endsWith('.html')),
  };
}
