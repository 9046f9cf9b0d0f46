import type { AstroIntegration } from 'astro';
import type { Plugin, ViteDevServer } from 'vite';
import { ReloadLedger, reloadsTiming, reloadsTold, TOLD_EVENT } from '../lib/content/missed-reloads.ts';

/**
 * Under `astro dev`, a page that missed a reload while it was between two documents is sent one of its
 * own once its socket opens (src/lib/content/missed-reloads.ts says how it is known), and an error of
 * Astro's that a reload made old is held back.
 */

/** Vite's client, which every page the dev server serves runs, Astro's error page included (`/@vite/client`). */
const VITE_CLIENT = /[\\/]vite[\\/]dist[\\/]client[\\/]client\.mjs$/;

/**
 * What Vite's client runs last: it sends, on its socket once open, the `Server-Timing` entries its document
 * came with. Appended to the client rather than injected as a page script, since Astro's page for an
 * error (a 500) has no script but the client; `createHotContext` is the client's export that every
 * module with `import.meta.hot` uses.
 */
export const CLIENT_CODE = `
;(() => {
  const [navigation] = performance.getEntriesByType('navigation');
  const told = (navigation?.serverTiming ?? []).map(({ name, description }) => ({ name, description }));
  createHotContext('/@corridors/missed-reloads').send(${JSON.stringify(TOLD_EVENT)}, told);
})();
`;

/** Appends `CLIENT_CODE` to Vite's client, under `astro dev` only. */
export function clientPlugin(): Plugin {
  return {
    name: 'corridors:missed-reloads-client',
    apply: 'serve',
    transform: {
      filter: { id: VITE_CLIENT },
      // The filter already picks the module where hooks are filtered; the check keeps the handler exact on its own.
      handler: (code, id) => (VITE_CLIENT.test(id) ? { code: code + CLIENT_CODE, map: null } : null),
    },
  };
}

/**
 * Whether a request is a browser's for a page it opens (a document, which then opens its socket), not a
 * script's GET nor a page's own requests: a browser says so (`Sec-Fetch-Dest`), an older one by what it accepts.
 */
export function opensPage(headers: Record<string, string | string[] | undefined>): boolean {
  const dest = headers['sec-fetch-dest'];
  if (dest !== undefined) return dest === 'document';
  return String(headers['accept'] ?? '').includes('text/html');
}

/**
 * Counts every reload the server sends its pages (Astro's, Vite's and `reloadContent`'s), holds back an
 * error of Astro's that a reload made old, tells each page it opens the count, and sends a page that says,
 * once its socket is open, a count lower than the server's a reload of its own.
 */
export function watchReloads(server: ViteDevServer): void {
  const ledger = new ReloadLedger();
  const { hot } = server.environments.client;
  const send = hot.send.bind(hot) as (...args: unknown[]) => void;
  hot.send = ((...args: unknown[]) => {
    const [payload] = args;
    const type = typeof payload === 'object' && payload !== null ? (payload as { type?: unknown }).type : undefined;
    if (type === 'full-reload') ledger.reloadSent();
    // Astro's own errors (getViteErrorPayload, astro/dist/core/errors/dev/vite.js), not Vite's.
    const astros = type === 'error' && (payload as Record<string, unknown>)['__isEnhancedAstroErrorPayload'] === true;
    if (astros && ledger.errorIsStale()) return;
    send(...args);
  }) as typeof hot.send;
  server.middlewares.use((request, response, next) => {
    if (opensPage(request.headers)) response.appendHeader('Server-Timing', reloadsTiming(ledger.sent));
    next();
  });
  hot.on(TOLD_EVENT, (entries: unknown, client) => {
    // A reload to this page alone, not counted: the document it brings is told the same count.
    if (ledger.missed(reloadsTold(entries))) client.send({ type: 'full-reload', path: '*' });
  });
}

export function missedReloadsIntegration(): AstroIntegration {
  return {
    name: 'missed-reloads',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'dev') updateConfig({ vite: { plugins: [clientPlugin()] } });
      },
      'astro:server:setup': ({ server }) => {
        watchReloads(server);
      },
    },
  };
}
