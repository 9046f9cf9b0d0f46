import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { clientManifestPath } from '../../src/integrations/client-manifest.ts';
import { AXE_SCRIPT, BETWEEN_PAGE } from './browser.ts';
import { buildSite } from './build.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../../tools/chromium.ts';
import { headersFor } from '../../tools/headers-file.ts';
import { ensureJava } from './java.ts';
import { serveStatic } from '../../tools/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder the site was built into for this run. */
    distDir: string;
    /** Where that build is served, e.g. `http://127.0.0.1:40123`. */
    baseUrl: string;
    /** The same site built for a sub-path (SITE_BASE), and where it is served: `http://127.0.0.1:40124/corridors-site/`. */
    subDistDir: string;
    subBaseUrl: string;
    /** The Chromium the run drives, for a file that launches one of its own (`launchBrowser`). */
    chromiumPath: string;
    /** Where the run's Chromium listens (its scrollbars hidden, as Playwright launches it), for `chromium.connect`. */
    browserEndpoint: string;
    /** The same Chromium launched with scrollbars, as a reader's desktop browser shows them. */
    scrollbarBrowserEndpoint: string;
    /** The Java that runs the W3C Nu HTML checker. */
    javaPath: string;
    /** What the two builds printed, stdout and stderr: at the root (without SITE_URL), then under the sub-path. */
    buildLogs: string[];
  }
}

/** The sub-path the second build is made for, as a site hosted in a folder would be. */
export const SUB_PATH = '/corridors-site/';

/**
 * Builds the site once at the root and once under a sub-path, into temporary
 * folders, serves both on 127.0.0.1, and launches Chromium, for every build and browser test. One
 * Chromium for the whole run (and one with scrollbars): test files connect to it rather than each
 * launching its own, but for the two that read back what they copy (`launchBrowser`).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = ensureChromium();
  const javaPath = ensureJava();
  const distDir = await mkdtemp(join(tmpdir(), 'corridors-dist-'));
  const subDistDir = await mkdtemp(join(tmpdir(), 'corridors-dist-'));
  // Served as a host reading the build's _headers would serve them (the security headers included).
  // Each also serves the blank page test tabs rest on between the site's pages (`loadAgain`), and axe-core.
  const extra = { [BETWEEN_PAGE.path]: BETWEEN_PAGE.html, [AXE_SCRIPT.path]: AXE_SCRIPT };
  const server = await serveStatic(distDir, { headers: headersFor(distDir), extra });
  const subServer = await serveStatic(subDistDir, { base: SUB_PATH, headers: headersFor(subDistDir), extra });
  // The root build as `npm run build` makes it, with no SITE_URL (its addresses are the local preview's);
  // the sub-path build for where it is served, as a deploy sets SITE_URL.
  const log = await buildSite(distDir);
  const subLog = await buildSite(subDistDir, { SITE_BASE: SUB_PATH, SITE_URL: subServer.url });
  const launch = (scrollbars: boolean) =>
    chromium.launchServer({
      executablePath: chromiumPath,
      args: CHROMIUM_ARGS,
      ...(scrollbars ? { ignoreDefaultArgs: ['--hide-scrollbars'] } : {}),
    });
  const browsers = await Promise.all([launch(false), launch(true)]);
  project.provide('distDir', distDir);
  project.provide('baseUrl', server.url);
  project.provide('subDistDir', subDistDir);
  project.provide('subBaseUrl', `${subServer.url}${SUB_PATH}`);
  project.provide('chromiumPath', chromiumPath);
  project.provide('browserEndpoint', browsers[0].wsEndpoint());
  project.provide('scrollbarBrowserEndpoint', browsers[1].wsEndpoint());
  project.provide('javaPath', javaPath);
  project.provide('buildLogs', [log, subLog]);
  return async () => {
    await Promise.all([server.close(), subServer.close(), ...browsers.map((browser) => browser.close())]);
    await Promise.all(
      [distDir, subDistDir]
        .flatMap((dir) => [dir, clientManifestPath(dir)])
        .map((path) => rm(path, { recursive: true, force: true })),
    );
  };
}
