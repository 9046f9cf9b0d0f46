/**
 * `npm run build`: Astro's build (the last build's folder moved aside first and removed meanwhile:
 * tools/out-dir.ts), then the citation files and oEmbed documents it bundled, written one bundle at a
 * time (src/lib/site/file-bundles.ts), then the social cards it names (src/lib/cards/publish/publish.ts:
 * drawn where the cache lacks them, placed from the cache), then the Pagefind index of what it built
 * (src/lib/search/search-index.ts), then the links step: new pages and anchors are registered in the link
 * registry, and a published one gone without an alias stops the build (tools/built-anchors.ts), and a line
 * when the output is past a common host's limits (tools/hosts.ts). One step after the other, so Astro's process has ended, and given
 * its memory back, before the next starts: as a hook inside `astro build` the index was built beside
 * everything Astro's process still held, and the two together peaked far above either alone
 * (docs/benchmarks.md, 'What the measurements changed').
 * Arguments go to `astro build` (`--outDir` also says where the index goes).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { clearAside } from '../tools/out-dir.ts';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : 'dist');

// Astro's command run by this Node itself, not through npx: one process (and its memory) fewer.
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
// Memory settings for Astro's process, each measured at 1,000 sources (figures: docs/benchmarks.md,
// 'What the measurements changed', 'The memory of Astro's process'):
// - Rolldown's allocator (mimalloc) commits its arena's memory as it uses it, not all at once, and
//   gives back what it frees at once, not on its next call 10 ms later, which never comes once Vite's
//   bundling is done: it held what it had freed until the build ended, at 10 sources as at 1,000.
// - glibc keeps a fixed threshold above which memory is mapped apart and unmapped when freed, rather
//   than raising it to the size of the largest block freed (the dataset files, megabytes each), after
//   which such blocks stay in the heap and fragment it.
// - V8 lets its heap grow to 1.5 times what was live after a full collection, not up to 4 times (it
//   had grown to several times what was live while Vite bundled), and keeps its young generation
//   small. Rendering a page makes short-lived objects, so collecting them costs a little more time.
//   Set once, where package.json's `build` (which `anchors:update` runs) starts this process, which
//   passes them on: this process waits beside Pagefind's service in the search step (docs/benchmarks.md,
//   'What is held per page').
const env = {
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
  MIMALLOC_PURGE_DELAY: '0',
  MALLOC_MMAP_THRESHOLD_: '131072',
  ...process.env,
};
const v8 = process.execArgv;
// The last build's folder goes aside and is removed while Astro builds.
const cleared = clearAside(outDir);
const code = await new Promise<number | null>((done) =>
  spawn(process.execPath, [...v8, astro, 'build', ...args], { stdio: 'inherit', env }).on('close', done),
);
await cleared;
if (code !== 0) process.exit(code ?? 1);

// Loaded now, not while Astro builds: this process waits beside Astro's with as little memory as it can.
const time = () => new Date().toTimeString().slice(0, 8);
const { writeFileBundles, writtenFilesLine } = await import('../src/lib/site/file-bundles.ts');
console.log(`${time()} [files] ${writtenFilesLine(writeFileBundles(outDir))}`);
const { publishCards, cardCacheDir } = await import('../src/lib/cards/publish/publish.ts');
const { cardStatsLine } = await import('../src/lib/cards/publish/plan.ts');
const cards = await publishCards(outDir, { cacheDir: resolve(cardCacheDir(process.env, process.cwd())) });
console.log(`${time()} [cards] ${cardStatsLine(cards)}`);

const pagefind = await import('pagefind');
const { buildSearchIndex } = await import('../src/lib/search/search-index.ts');
await buildSearchIndex(
  outDir,
  pagefind,
  { info: (message) => console.log(`${time()} [pagefind] ${message}`) },
  resolve('node_modules/.cache/pagefind-engine'),
);

// Links: what the build adds is registered (the registry file changes: commit it with the content);
// what it takes away without an alias would break links people have published, unless the registry
// is rewritten on purpose (`npm run anchors:update`: LINKS=rewrite).
const { updateRegistry } = await import('../tools/built-anchors.ts');
const { registryFile } = await import('../src/lib/site/link-aliases.ts');
const linksStart = performance.now();
const links = updateRegistry(outDir, { rewrite: process.env['LINKS'] === 'rewrite' });
const linksTook = `in ${(performance.now() - linksStart).toFixed(0)} ms`;
const newPages = links.added.filter((link) => !link.includes('#')).length;
if (links.written) {
  const dropped = links.missing.length > 0 ? `, dropped ${links.missing.length} gone without an alias` : '';
  console.log(
    `${time()} [links] registered ${newPages} new pages and ${links.added.length - newPages} new anchors${dropped} in ${registryFile()} ${linksTook}: commit it with your change`,
  );
} else if (links.missing.length > 0 || links.brokenAliases.length > 0) {
  console.error(
    [
      `${time()} [links] published links would break (README, 'Links that last'):`,
      ...links.missing.map(
        (link) =>
          `  ${link} is gone: declare an alias for it in links/aliases.yaml (or, to drop it on purpose, npm run anchors:update)`,
      ),
      ...links.brokenAliases.map(
        (alias) => `  alias ${alias}: its target does not exist; fix it in links/aliases.yaml`,
      ),
    ].join('\n'),
  );
  process.exit(1);
} else {
  console.log(`${time()} [links] every page and anchor is in ${registryFile()} ${linksTook}`);
}

// Hosts: one line when the output is past a common static host's published limits (tools/hosts.ts).
const { hostsLine, measureDist } = await import('../tools/hosts.ts');
const hosts = hostsLine(measureDist(outDir));
if (hosts !== undefined) console.log(`${time()} [hosts] ${hosts}`);
