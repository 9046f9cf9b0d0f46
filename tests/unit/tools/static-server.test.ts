import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../../tools/static-server.ts';

const SITE: Record<string, string> = {
  'index.html': '<h1>Home</h1>',
  '404.html': '<h1>Not here</h1>',
  'corridors/rail/index.html': '<h1>Rail</h1>',
  '_astro/app.js': 'export {};',
  'pagefind/pagefind.js': 'export {};',
  'pagefind/wasm.en.pagefind': 'x',
  'pagefind/index/en_1.pf_index': 'x',
  'pagefind/fragment/en_1.pf_fragment': 'x',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/engine.wasm': 'x',
  'charts/rail.csv': 'a,b',
  'sitemap.xml': '<urlset/>',
};

let root: string;
const servers: StaticServer[] = [];

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'static-server-'));
  for (const [path, text] of Object.entries(SITE)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  rmSync(root, { recursive: true, force: true });
});

async function serve(base?: string): Promise<string> {
  const server = await serveStatic(root, base ? { base } : {});
  servers.push(server);
  return server.url;
}

const get = (url: string) => fetch(url, { redirect: 'manual' });

describe.each([
  ['at the root', undefined, ''],
  ['under a sub-path', '/corridors-site/', '/corridors-site'],
])('the static server %s', (_name, base, prefix) => {
  it('serves on 127.0.0.1, a folder’s index.html at its address with a slash', async () => {
    const url = await serve(base);
    expect(new URL(url).hostname).toBe('127.0.0.1');
    const response = await get(`${url}${prefix}/corridors/rail/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await response.text()).toBe('<h1>Rail</h1>');
    expect(await (await get(`${url}${prefix}/`)).text()).toBe('<h1>Home</h1>');
  });

  it('redirects a folder’s address without its slash, keeping the query', async () => {
    const url = await serve(base);
    const response = await get(`${url}${prefix}/corridors/rail?q=1`);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(`${prefix}/corridors/rail/?q=1`);
  });

  it('answers a missing page with 404 and the site’s 404.html', async () => {
    const url = await serve(base);
    const response = await get(`${url}${prefix}/corridors/sea/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>Not here</h1>');
  });

  it.each([
    ['_astro/app.js', /^text\/javascript/],
    ['pagefind/pagefind.js', /^text\/javascript/],
    ['pagefind/engine.wasm', /^application\/wasm$/],
    ['pagefind/wasm.en.pagefind', /^application\/octet-stream$/],
    ['pagefind/index/en_1.pf_index', /^application\/octet-stream$/],
    ['pagefind/fragment/en_1.pf_fragment', /^application\/octet-stream$/],
    ['pagefind/pagefind-entry.json', /^application\/json$/],
    ['charts/rail.csv', /^text\/csv/],
    ['sitemap.xml', /xml$/],
  ])('serves %s as %s', async (path, type) => {
    const url = await serve(base);
    const response = await get(`${url}${prefix}/${path}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(type);
  });
});

describe('the static server under a sub-path', () => {
  it('finds nothing outside it, and redirects its bare address to it', async () => {
    const url = await serve('/corridors-site/');
    expect((await get(`${url}/corridors/rail/`)).status).toBe(404);
    const bare = await get(`${url}/corridors-site`);
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe('/corridors-site/');
  });
});

describe('the static server', () => {
  it('sends the headers given for each path, on pages found and not found', async () => {
    const server = await serveStatic(root, {
      headers: (pathname) => ({
        'x-path': pathname,
        ...(pathname.startsWith('/_astro/') ? { 'cache-control': 'immutable' } : {}),
      }),
    });
    servers.push(server);
    const asset = await get(`${server.url}/_astro/app.js`);
    expect([asset.headers.get('x-path'), asset.headers.get('cache-control')]).toEqual(['/_astro/app.js', 'immutable']);
    expect((await get(`${server.url}/nowhere/`)).headers.get('x-path')).toBe('/nowhere/');
  });

  it('serves the harness’s own documents at their exact paths, outside the sub-path too, and nothing else there', async () => {
    const server = await serveStatic(root, {
      base: '/corridors-site/',
      extra: {
        '/__between-pages': '<p>Between</p>',
        '/__tool.js': { body: 'window.tool = 1;', type: 'text/javascript; charset=utf-8' },
      },
    });
    servers.push(server);
    const between = await get(`${server.url}/__between-pages`);
    expect([between.status, between.headers.get('content-type'), await between.text()]).toEqual([
      200,
      'text/html; charset=utf-8',
      '<p>Between</p>',
    ]);
    const tool = await get(`${server.url}/__tool.js`);
    expect([tool.status, tool.headers.get('content-type'), await tool.text()]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'window.tool = 1;',
    ]);
    expect((await get(`${server.url}/__between-pages/other`)).status).toBe(404);
    expect((await get(`${server.url}/corridors-site/__between-pages`)).status).toBe(404);
  });

  it('listens on the port asked for, and fails when it is taken', async () => {
    const first = await serveStatic(root);
    servers.push(first);
    const port = Number(new URL(first.url).port);
    await expect(serveStatic(root, { port })).rejects.toThrow(/EADDRINUSE/);
  });

  it('serves files written after it started, as a build made once the server is up', async () => {
    const later = mkdtempSync(join(tmpdir(), 'static-server-later-'));
    const server = await serveStatic(later);
    servers.push(server);
    writeFileSync(join(later, 'index.html'), '<h1>Built</h1>');
    expect(await (await get(`${server.url}/`)).text()).toBe('<h1>Built</h1>');
    rmSync(later, { recursive: true, force: true });
  });
});
