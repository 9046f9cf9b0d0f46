import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

async function resolveFile(root: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  if (info?.isFile()) return candidate;
  if (info?.isDirectory()) {
    const index = join(candidate, 'index.html');
    if ((await stat(index).catch(() => undefined))?.isFile()) return index;
  }
  return undefined;
}

/**
 * Serves a built site on 127.0.0.1, at the root or under `base`, the way a plain static host does:
 * `dir/` → `dir/index.html`, `dir` → redirect to `dir/`, anything else 404
 * with the site's own 404.html when it has one.
 */
export async function serveStatic(
  root: string,
  options: { port?: number; base?: string; headers?: (pathname: string) => Record<string, string> } = {},
): Promise<StaticServer> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      // Under a sub-path, the site lives at /sub/…; anything outside it is not found, as on a real host.
      if (!url.pathname.startsWith(base) && `${url.pathname}/` !== base) {
        response.writeHead(404, { 'content-type': TYPES['.html'] }).end('Not found');
        return;
      }
      url.pathname = `/${url.pathname.slice(base.length)}`;
      const file = await resolveFile(root, url.pathname);
      if (file === undefined) {
        const asDir = await resolveFile(root, `${url.pathname}/`);
        if (asDir !== undefined && !url.pathname.endsWith('/')) {
          response.writeHead(301, { location: `${base}${url.pathname.slice(1)}/${url.search}` }).end();
          return;
        }
        const notFound = await resolveFile(root, '/404.html');
        response.writeHead(404, {
          ...options.headers?.(request.url?.split('?')[0] ?? '/'),
          'content-type': TYPES['.html'],
        });
        if (notFound) createReadStream(notFound).pipe(response);
        else response.end('Not found');
        return;
      }
      response.writeHead(200, {
        ...options.headers?.(request.url?.split('?')[0] ?? '/'),
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
