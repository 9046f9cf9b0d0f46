import { createReadStream, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';

export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

/** Pagefind's index files, which no MIME table knows. */
const PAGEFIND_FILE = /\.(pf_meta|pf_index|pf_fragment|pagefind)$/;

/**
 * Serves a built site on 127.0.0.1 at `port` (a free one if not given), at the root or under `base`, the way a plain
 * static host does: `dir/` → `dir/index.html`, `dir` → redirect to `dir/`, anything else (including
 * anything outside `base`) 404 with the site's own 404.html, each response with the `headers` given
 * for its path. Files and their types come from sirv, read at each request, so the server can start
 * before the build is made.
 */
export async function serveStatic(
  root: string,
  options: {
    port?: number;
    base?: string;
    headers?: (pathname: string) => Record<string, string>;
    /** Serve the `.br` and `.gz` files beside each file, as a host that compresses does (see precompress). */
    precompressed?: boolean;
    /**
     * Files of the harness, not of the site, served at these exact paths (outside `base` too): a string as
     * HTML (the blank page a test tab rests on between two of the site's pages, tests/support/browser.ts),
     * else with the type given (axe-core, which the browser tests load into the site's pages).
     */
    extra?: Record<string, string | { body: string; type: string }>;
  } = {},
): Promise<StaticServer> {
  const base = `/${(options.base ?? '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
  const notFound = (_request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    if (existsSync(join(root, '404.html'))) createReadStream(join(root, '404.html')).pipe(response);
    else response.end('Not found');
  };
  const files = sirv(root, {
    dev: true,
    brotli: options.precompressed ?? false,
    gzip: options.precompressed ?? false,
    onNoMatch: notFound,
    setHeaders: (response, pathname) => {
      if (PAGEFIND_FILE.test(pathname)) response.setHeader('content-type', 'application/octet-stream');
    },
  });
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const extra = options.extra?.[url.pathname];
    if (extra !== undefined) {
      const { body, type } = typeof extra === 'string' ? { body: extra, type: 'text/html; charset=utf-8' } : extra;
      response.writeHead(200, { 'content-type': type }).end(body);
      return;
    }
    for (const [name, value] of Object.entries(options.headers?.(url.pathname) ?? {})) response.setHeader(name, value);
    const path =
      `${url.pathname}/` === base ? '' : url.pathname.startsWith(base) ? url.pathname.slice(base.length - 1) : null;
    if (path === null) return notFound(request, response);
    // sirv would serve dir/index.html at `dir` itself; a static host redirects, so relative links resolve.
    if (!path.endsWith('/') && existsSync(join(root, path, 'index.html'))) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    request.url = `${path}${url.search}`;
    files(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
