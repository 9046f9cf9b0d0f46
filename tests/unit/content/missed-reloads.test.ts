import { createRequire } from 'node:module';
import type { Plugin, ViteDevServer } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLIENT_CODE, clientPlugin, opensPage, watchReloads } from '@/integrations/missed-reloads.ts';
import {
  TOLD_EVENT,
  ERROR_DELAY_MS,
  ReloadLedger,
  RELOADS_METRIC,
  reloadsTiming,
  reloadsTold,
} from '@/lib/content/missed-reloads.ts';

/** What a page reads back of a `Server-Timing` header its document came with, as a browser parses it. */
function parseServerTiming(header: string): { name: string; description: string }[] {
  return header.split(',').map((metric) => {
    const [name = '', ...params] = metric.trim().split(';');
    const desc = params
      .map((param) => /^desc="?([^"]*)"?$/.exec(param.trim())?.[1])
      .find((value) => value !== undefined);
    return { name, description: desc ?? '' };
  });
}

describe('a page that may have missed a reload under astro dev', () => {
  it('is reloaded when it says, its socket open, fewer reloads than were sent', () => {
    const ledger = new ReloadLedger();
    const told = reloadsTold(parseServerTiming(reloadsTiming(ledger.sent)));
    // The fix is saved while the page reloads after the slip: its old document is gone, its new one not connected.
    ledger.reloadSent();
    expect(ledger.missed(told)).toBe(true);
  });

  it('is not reloaded when asked for after the last reload, as every page a reload brings is', () => {
    const ledger = new ReloadLedger();
    ledger.reloadSent();
    expect(ledger.missed(reloadsTold(parseServerTiming(reloadsTiming(ledger.sent))))).toBe(false);
  });

  it('reads its count among other Server-Timing metrics, and none from a page told nothing or something else', () => {
    expect(reloadsTold(parseServerTiming(`db;dur=53, ${reloadsTiming(12)}, cache;desc="hit"`))).toBe(12);
    expect(reloadsTold([])).toBeUndefined();
    expect(reloadsTold([{ name: RELOADS_METRIC, description: '' }])).toBeUndefined();
    expect(reloadsTold([{ name: RELOADS_METRIC, description: '-1' }])).toBeUndefined();
    expect(reloadsTold([{ name: RELOADS_METRIC, description: '2.5' }])).toBeUndefined();
    expect(reloadsTold([{ name: 'other', description: '3' }])).toBeUndefined();
  });

  it('is not reloaded when it says nothing the ledger can count', () => {
    const ledger = new ReloadLedger();
    ledger.reloadSent();
    for (const said of [
      undefined,
      null,
      '0',
      [0],
      [{ name: RELOADS_METRIC }],
      [{ name: RELOADS_METRIC, description: 0 }],
    ]) {
      expect(reloadsTold(said), JSON.stringify(said)).toBeUndefined();
      expect(ledger.missed(reloadsTold(said))).toBe(false);
    }
  });

  it('holds back an error of Astro’s sent sooner after a reload than Astro sends one after its cause', () => {
    const ledger = new ReloadLedger();
    expect(ledger.errorIsStale(1_000)).toBe(false);
    ledger.reloadSent(10_000);
    // The page's 500 (or the loader's failed read) came before the fix's reload; its error, 200 ms later, after.
    expect(ledger.errorIsStale(10_000 + ERROR_DELAY_MS - 1)).toBe(true);
    // An error caused after the reload comes at least that long after it.
    expect(ledger.errorIsStale(10_000 + ERROR_DELAY_MS)).toBe(false);
  });

  it('counts a browser’s request for a document as a page, not a script’s GET nor a page’s own requests', () => {
    expect(opensPage({ 'sec-fetch-dest': 'document', accept: 'text/html' })).toBe(true);
    expect(opensPage({ 'sec-fetch-dest': 'script', accept: '*/*' })).toBe(false);
    expect(opensPage({ 'sec-fetch-dest': 'empty', accept: 'text/html' })).toBe(false);
    expect(opensPage({ accept: 'text/html,application/xhtml+xml' })).toBe(true);
    expect(opensPage({ accept: '*/*' })).toBe(false);
    expect(opensPage({})).toBe(false);
  });
});

describe('Vite’s client under astro dev', () => {
  type Transform = (code: string, id: string) => { code: string } | null;
  const transform = (plugin: Plugin): Transform => (plugin.transform as unknown as { handler: Transform }).handler;
  const client = createRequire(import.meta.url).resolve('vite/dist/client/client.mjs');

  it('is the installed Vite’s, and only it gets the code that says what its page was told', () => {
    expect(transform(clientPlugin())('export {};', client)?.code).toBe(`export {};${CLIENT_CODE}`);
    expect(transform(clientPlugin())('export {};', '/project/src/client/site/copy.ts')).toBeNull();
    expect(clientPlugin().apply).toBe('serve');
  });

  it('sends, on its socket, the Server-Timing entries its document came with', () => {
    const sent: [string, unknown][] = [];
    const performance = {
      getEntriesByType: (type: string) =>
        type === 'navigation' ? [{ serverTiming: parseServerTiming(`db;dur=5, ${reloadsTiming(4)}`) }] : [],
    };
    const createHotContext = () => ({ send: (event: string, data: unknown) => sent.push([event, data]) });
    new Function('performance', 'createHotContext', CLIENT_CODE)(performance, createHotContext);
    expect(sent).toEqual([
      [
        TOLD_EVENT,
        [
          { name: 'db', description: '' },
          { name: RELOADS_METRIC, description: '4' },
        ],
      ],
    ]);
    expect(reloadsTold(sent[0]?.[1])).toBe(4);
  });
});

describe('the dev server’s pages, told and reloaded', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A dev server with what `watchReloads` uses of it: its client environment's channel and its middlewares. */
  function devServer() {
    const broadcast: unknown[] = [];
    const listeners = new Map<string, (data: unknown, client: { send: (payload: unknown) => void }) => void>();
    type Middleware = (request: { headers: Record<string, string> }, response: unknown, next: () => void) => void;
    const middlewares: Middleware[] = [];
    const hot = {
      send: (payload: unknown) => void broadcast.push(payload),
      on: (event: string, listener: (data: unknown, client: { send: (payload: unknown) => void }) => void) =>
        void listeners.set(event, listener),
    };
    watchReloads({
      environments: { client: { hot } },
      middlewares: { use: (middleware: Middleware) => void middlewares.push(middleware) },
    } as unknown as ViteDevServer);
    return {
      broadcast,
      /** Sends on every page's socket, as Astro and Vite do. */
      send: (payload: unknown) => hot.send(payload),
      /** The `Server-Timing` header a request is answered with. */
      ask: (headers: Record<string, string>) => {
        const set: string[] = [];
        const response = { appendHeader: (name: string, value: string) => void set.push(`${name}: ${value}`) };
        for (const middleware of middlewares) middleware({ headers }, response, () => undefined);
        return set;
      },
      /** What a page's socket is sent back when its client says what its document was told. */
      says: (entries: unknown) => {
        const back: unknown[] = [];
        listeners.get(TOLD_EVENT)?.(entries, { send: (payload) => void back.push(payload) });
        return back;
      },
    };
  }

  const told = (header: string | undefined) => parseServerTiming((header ?? '').replace(/^Server-Timing: /, ''));
  const document = { 'sec-fetch-dest': 'document' };

  it('tells each document how many reloads were sent, and reloads the page alone when one was sent since', () => {
    const server = devServer();
    const [first] = server.ask(document);
    expect(first).toBe(`Server-Timing: ${reloadsTiming(0)}`);
    expect(server.ask({ 'sec-fetch-dest': 'script' })).toEqual([]);
    server.send({ type: 'full-reload', path: '*' });
    expect(server.broadcast).toEqual([{ type: 'full-reload', path: '*' }]);
    // The page asked for before that reload says so once its socket is open: it is reloaded, alone.
    expect(server.says(told(first))).toEqual([{ type: 'full-reload', path: '*' }]);
    expect(server.broadcast).toHaveLength(1);
    // The document that reload brings is told the same count, so it is left alone, as is a page that says nothing.
    const [second] = server.ask(document);
    expect(second).toBe(`Server-Timing: ${reloadsTiming(1)}`);
    expect(server.says(told(second))).toEqual([]);
    expect(server.says([])).toEqual([]);
  });

  it('holds back an error of Astro’s sent within 200 ms of a reload, and no other message', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(100_000);
    const server = devServer();
    const astros = { type: 'error', __isEnhancedAstroErrorPayload: true, err: { message: 'old' } };
    const vites = { type: 'error', err: { message: 'Vite’s own' } };
    server.send({ type: 'full-reload', path: '*' });
    vi.setSystemTime(100_000 + ERROR_DELAY_MS - 1);
    server.send(astros);
    server.send(vites);
    vi.setSystemTime(100_000 + ERROR_DELAY_MS);
    const later = { ...astros, err: { message: 'new' } };
    server.send(later);
    expect(server.broadcast).toEqual([{ type: 'full-reload', path: '*' }, vites, later]);
  });
});
