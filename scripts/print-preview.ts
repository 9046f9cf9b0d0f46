/**
 * Prints pages of the built site to PDF as Chromium does, in the light and the
 * dark theme, into `.test-output/print/`, and with poppler's `pdftoppm` (when
 * installed) turns every printed page into a PNG to look at:
 * `npm run print-preview` (after `npm run build`), or with the paths to print.
 * Charts are scrolled into view first, so their canvases are drawn, as a
 * reader's would be after reading down the page.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { siteConfig } from '../src/site.config.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';

const pages =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : ['/', '/corridors/air/', '/corridors/rail/', '/corridors/intermodal/', '/sources/xian-summit-corridors/'];
const out = join(process.cwd(), '.test-output', 'print');
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
const server = await serveStatic(join(process.cwd(), 'dist'));
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  for (const theme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: theme });
    // The reader's choice in the theme control, as the site stores it.
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      siteConfig.themeStorageKey,
      theme,
    ] as const);
    const page = await context.newPage();
    for (const path of pages) {
      await page.goto(server.url + path);
      for (const chart of await page.locator('fact-chart').all()) await chart.scrollIntoViewIfNeeded();
      await page.waitForFunction(() =>
        [...document.querySelectorAll('fact-chart')].every((chart) => chart.hasAttribute('data-drawn')),
      );
      const name = `${path.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${theme}`;
      const pdf = join(out, `${name}.pdf`);
      await page.pdf({ path: pdf, format: 'A4' });
      let pngs = '';
      try {
        execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(out, name)]);
        pngs = `, PNGs ${join(out, name)}-*.png`;
      } catch {
        pngs = ' (install poppler-utils for PNGs)';
      }
      const count = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)?.[1] ?? '?';
      console.log(`${pdf}: ${count} pages${pngs}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
