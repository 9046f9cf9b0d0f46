import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { clientManifestPath } from '../../src/integrations/client-manifest.ts';
import { ensureChromium } from './chromium.ts';
import { headersFor } from './headers-file.ts';
import { ensureJava } from './java.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the site was built into for this run. */
    distDir: string;
    /** Where that build is served, e.g. `http://127.0.0.1:40123`. */
    baseUrl: string;
    /** The same site built for a sub-path (SITE_BASE), and where it is served: `http://127.0.0.1:40124/corridors-site/`. */
    subDistDir: string;
    subBaseUrl: string;
    /** The Chromium the browser tests drive. */
    chromiumPath: string;
    /** The Java that runs the W3C Nu HTML checker. */
    javaPath: string;
    /** What the two builds printed, stdout and stderr: at the root (without SITE_URL), then under the sub-path. */
    buildLogs: string[];
  }
}

/** The sub-path the second build is made for, as a site hosted in a folder would be. */
export const SUB_PATH = '/corridors-site/';

/** Variables Vitest sets for its own Vite (NODE_ENV=test, BASE_URL=/, …) that must not leak into a production build. */
const VITEST_ENV = [
  'NODE_ENV',
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'TEST',
];

async function build(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const started = performance.now();
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.includes(key)));
  const { stdout, stderr } = await promisify(execFile)('npx', ['astro', 'build', '--outDir', outDir], {
    maxBuffer: 64 * 1024 * 1024,
    env: { ...clean, ...env },
  });
  console.log(
    `Built the site${env['SITE_BASE'] ? ` for ${env['SITE_BASE']}` : ''} into ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return `${stdout}\n${stderr}`;
}

/**
 * Builds the site once at the root and once under a sub-path, into temporary
 * folders, serves both on 127.0.0.1, and finds Chromium, for every build and browser test.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  const javaPath = ensureJava();
  const distDir = await mkdtemp(join(tmpdir(), 'corridors-dist-'));
  const subDistDir = await mkdtemp(join(tmpdir(), 'corridors-dist-'));
  // Served as a host reading the build's _headers would serve them (the security headers included).
  const server = await serveStatic(distDir, { headers: headersFor(distDir) });
  const subServer = await serveStatic(subDistDir, { base: SUB_PATH, headers: headersFor(subDistDir) });
  // The root build as `npm run build` makes it, with no SITE_URL (its addresses are the local preview's);
  // the sub-path build for where it is served, as a deploy sets SITE_URL.
  const log = await build(distDir);
  const subLog = await build(subDistDir, { SITE_BASE: SUB_PATH, SITE_URL: subServer.url });
  project.provide('distDir', distDir);
  project.provide('baseUrl', server.url);
  project.provide('subDistDir', subDistDir);
  project.provide('subBaseUrl', `${subServer.url}${SUB_PATH}`);
  project.provide('chromiumPath', chromiumPath);
  project.provide('javaPath', javaPath);
  project.provide('buildLogs', [log, subLog]);
  return async () => {
    await Promise.all([server.close(), subServer.close()]);
    await Promise.all(
      [distDir, subDistDir]
        .flatMap((dir) => [dir, clientManifestPath(dir)])
        .map((path) => rm(path, { recursive: true, force: true })),
    );
  };
}
