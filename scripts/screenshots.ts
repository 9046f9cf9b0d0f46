/**
 * Takes screenshots of every page of the built site in light and dark mode at
 * phone and desktop widths, into `.test-output/screenshots/`. For looking at
 * the site as a reader does: `npm run screenshots` (after `npm run build`).
 * `FULL=0` keeps to the first screen; `SELECTOR=<css>` takes only the first element it matches
 * (a map, a table), scrolled into view, for looking closely.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.ts';
import { serveStatic } from '../tools/static-server.ts';

const pages =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : [
        '/',
        '/corridors/air/',
        '/corridors/rail/',
        '/corridors/intermodal/',
        '/sources/',
        '/sources/xian-summit-corridors/',
      ];
const out = join(process.cwd(), '.test-output', 'screenshots');
await mkdir(out, { recursive: true });
const server = await serveStatic(join(process.cwd(), 'dist'));
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.url + path);
        const selector = process.env['SELECTOR'];
        const slug = (text: string) => text.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '');
        const name = `${slug(path) || 'home'}${selector ? `-${slug(selector)}` : ''}-${scheme}-${width}.png`;
        if (selector)
          await page
            .locator(selector)
            .first()
            .screenshot({ path: join(out, name) });
        else await page.screenshot({ path: join(out, name), fullPage: process.env['FULL'] !== '0' });
        console.log(join(out, name));
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
