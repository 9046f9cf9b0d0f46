import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the site was built into for this run. */
    distDir: string;
    /** Where that build is served, e.g. `http://127.0.0.1:40123`. */
    baseUrl: string;
    /** The Chromium the browser tests drive. */
    chromiumPath: string;
  }
}

/** Builds the site once into a temporary folder, serves it, and finds Chromium, for every build and browser test. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  const distDir = await mkdtemp(join(tmpdir(), 'corridors-dist-'));
  const started = performance.now();
  await promisify(execFile)('npx', ['astro', 'build', '--outDir', distDir], { maxBuffer: 64 * 1024 * 1024 });
  console.log(`Built the site into ${distDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const server = await serveStatic(distDir);
  project.provide('distDir', distDir);
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
    await rm(distDir, { recursive: true, force: true });
  };
}
