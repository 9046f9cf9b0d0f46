/**
 * `npm run build`: Astro's build, then the Pagefind index of what it built (src/build/search-index.ts).
 * Two steps, one after the other, so Astro's process has ended, and given its memory back, before
 * Pagefind's starts: as a hook inside `astro build` the index was built beside everything Astro's
 * process still held, and the two together peaked at 3.1 GiB at 1,000 sources (docs/benchmarks.md).
 * Arguments go to `astro build` (`--outDir` also says where the index goes).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { outDir: { type: 'string' } }, strict: false });
const outDir = resolve(typeof values.outDir === 'string' ? values.outDir : 'dist');

// Astro's command run by this Node itself, not through npx: one process (and 80 MB) fewer.
const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const code = await new Promise<number | null>((done) =>
  spawn(process.execPath, [astro, 'build', ...args], { stdio: 'inherit' }).on('close', done),
);
if (code !== 0) process.exit(code ?? 1);

// Loaded now, not while Astro builds: this process waits beside Astro's with as little memory as it can.
const pagefind = await import('pagefind');
const { buildSearchIndex } = await import('../src/build/search-index.ts');
const time = () => new Date().toTimeString().slice(0, 8);
await buildSearchIndex(outDir, pagefind, { info: (message) => console.log(`${time()} [pagefind] ${message}`) });
