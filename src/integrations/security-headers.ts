import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile } from '@/lib/site/security-headers.ts';

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
        await writeFile(join(fileURLToPath(dir), '_headers'), headersFile(base));
      },
    },
  };
}
