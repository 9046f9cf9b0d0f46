/**
 * The last build's folder, cleared before `npm run build` (scripts/build.ts) starts Astro. Astro empties
 * it itself, synchronously and file by file, before it does anything else: at a thousand sources that
 * was the longest wait of a rebuild (docs/benchmarks.md, 'Social cards'). One rename moves it aside
 * instead, so Astro finds no folder to empty, and the old one is removed while Astro builds.
 */
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

const ASIDE = '.removing-';

/**
 * Moves `outDir` aside (a sibling, so the rename stays on its disk) and starts removing it, with what
 * a build stopped before it finished left aside; `.git` stays in place, as Astro leaves it. Resolves
 * when all of it is gone. Where the rename fails (the folder is a mount point, say), nothing is moved
 * and Astro empties the folder as before.
 */
export function clearAside(outDir: string): Promise<void> {
  const parent = dirname(outDir);
  const prefix = `${basename(outDir)}${ASIDE}`;
  if (existsSync(outDir)) {
    const aside = `${outDir}${ASIDE}${process.pid}`;
    try {
      renameSync(outDir, aside);
      if (existsSync(join(aside, '.git'))) {
        mkdirSync(outDir);
        renameSync(join(aside, '.git'), join(outDir, '.git'));
      }
    } catch {
      // Left to Astro's own emptying.
    }
  }
  let leftovers: string[];
  try {
    leftovers = readdirSync(parent).filter((name) => name.startsWith(prefix));
  } catch {
    return Promise.resolve();
  }
  return Promise.all(
    leftovers.map((name) => rm(join(parent, name), { recursive: true, force: true, maxRetries: 3 })),
  ).then(() => undefined);
}
