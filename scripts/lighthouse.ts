/**
 * Runs Lighthouse (the npm package, on the Chromium the tests use) over every
 * kind of page of the built site, as a phone and as a desktop, and prints the
 * four category scores of each, with the audits that cost points. The site is
 * served as a host serves it (its _headers, compressed) at the address a
 * default build uses (http://127.0.0.1:4321), so its canonical links are
 * valid where it runs.
 * `npm run lighthouse` builds first; it is not part of `npm test`.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { PREVIEW_ORIGIN } from '../src/integrations/site-url.ts';
import { CHROMIUM_ARGS, ensureChromium } from '../tools/chromium.ts';
import { headersFor } from '../tools/headers-file.ts';
import { precompressedCopy } from '../tools/precompress.ts';
import { serveStatic } from '../tools/static-server.ts';

const PAGES = [
  '/',
  '/corridors/air/',
  '/corridors/rail/',
  '/corridors/intermodal/',
  '/sources/xian-summit-corridors/',
  '/search/',
  '/search/?q=khorgos',
  '/404.html',
];
/**
 * Pages kept out of search engines on purpose: the not-found page says `noindex` (and a host
 * serves it with status 404), which Lighthouse's SEO category counts against it by design.
 */
const NOT_FOR_SEARCH_ENGINES = new Set(['/404.html']);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const distDir = join(process.cwd(), process.argv[2] ?? 'dist');

const port = Number(new URL(PREVIEW_ORIGIN).port);
// Compressed as any host serves it: Lighthouse's simulated phone network is slow enough for it to matter.
const served = await precompressedCopy(distDir);
const server = await serveStatic(served, { port, headers: headersFor(distDir), precompressed: true }).catch(
  (error: unknown) => {
    throw new Error(`Could not serve the site on ${PREVIEW_ORIGIN} (is npm start running?): ${String(error)}`);
  },
);
const chrome = await launch({
  chromePath: ensureChromium(),
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

/** One Lighthouse run, tried again when its trace fails (it can, on a busy machine). */
async function audit(url: string, flags: Flags, formFactor: 'mobile' | 'desktop', attempt = 1): Promise<Result> {
  const run = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  const lhr = run?.lhr;
  if (lhr && !lhr.runtimeError) return lhr;
  const reason = lhr?.runtimeError?.message ?? 'no result';
  if (attempt >= 3) throw new Error(`${url} (${formFactor}): ${reason}`);
  console.warn(`${url} (${formFactor}): ${reason}; trying again`);
  return audit(url, flags, formFactor, attempt + 1);
}

const rows: string[][] = [['page', 'form factor', ...CATEGORIES]];
const losses: string[] = [];
try {
  for (const path of PAGES) {
    for (const formFactor of ['mobile', 'desktop'] as const) {
      const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
      const lhr = await audit(`${server.url}${path}`, flags, formFactor);
      const categories = CATEGORIES.filter((id) => id !== 'seo' || !NOT_FOR_SEARCH_ENGINES.has(path));
      const score = (id: (typeof CATEGORIES)[number]) =>
        categories.includes(id) ? String(Math.round((lhr.categories[id]?.score ?? 0) * 100)) : 'n/a (noindex)';
      rows.push([path, formFactor, ...CATEGORIES.map(score)]);
      for (const id of categories) {
        for (const ref of lhr.categories[id]?.auditRefs ?? []) {
          const audit = lhr.audits[ref.id];
          if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
            losses.push(
              `${path} (${formFactor}) ${id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`,
            );
          }
        }
      }
    }
  }
} finally {
  chrome.kill();
  await server.close();
  await rm(served, { recursive: true, force: true });
}

const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
console.log(
  losses.length === 0
    ? '\nEvery page scores 100 in every category.'
    : `\nAudits short of a full score (a category can still round to 100):\n${losses.map((l) => `- ${l}`).join('\n')}`,
);
