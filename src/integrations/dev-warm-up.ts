import type { AddressInfo } from 'node:net';
import type { AstroIntegration } from 'astro';
import { liveCollections } from '../lib/content/live-store.ts';
import { corridorPath, factPagePath } from '../lib/site/links.ts';

/**
 * The pages `astro dev` renders once before it says it is ready: a fact page and a corridor page,
 * the first of each collection, under the site's base path. Rendering them compiles the site's code
 * (Vite transforms each module on first request), builds the content graph and prepares the maps, which
 * the editor's first page would otherwise wait for (docs/benchmarks.md, 'The editor's loop'); later
 * pages reuse all three. None when no loader has run.
 */
export function warmUpPaths(collections: ReadonlyMap<string, ReadonlyMap<string, unknown>> | undefined, base: string) {
  const first = (name: string) => collections?.get(name)?.keys().next().value;
  const fact = first('facts');
  const corridor = first('corridors');
  return [
    ...(fact === undefined ? [] : [factPagePath(base, fact)]),
    ...(corridor === undefined ? [] : [corridorPath(base, corridor)]),
  ];
}

/** The server's own address, as a client on this machine reaches it. */
export function localOrigin(address: AddressInfo): string {
  const unspecified = address.address === '::' || address.address === '0.0.0.0' || address.address === '';
  const host = unspecified ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * Under `astro dev`, asks the server for the `warmUpPaths` once it listens and before it prints its
 * address (Astro awaits `astro:server:start` first). What a page answers is not looked at: a page
 * broken by a content slip says so when the editor opens it, as before.
 */
export function devWarmUpIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'dev-warm-up',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:start': async ({ address, logger }) => {
        const origin = localOrigin(address);
        for (const path of warmUpPaths(liveCollections(), base)) {
          const started = performance.now();
          const status = await fetch(`${origin}${path}`, { signal: AbortSignal.timeout(120_000) }).then(
            async (response) => {
              await response.arrayBuffer();
              return String(response.status);
            },
            (error: unknown) => (error instanceof Error ? error.message : String(error)),
          );
          logger.info(`${path} rendered ahead (${status}) in ${Math.round(performance.now() - started)} ms`);
        }
      },
    },
  };
}
