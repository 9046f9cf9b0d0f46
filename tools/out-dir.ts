/**
 * The last build's folder, cleared before `npm run build` (scripts/build.ts) starts Astro. Astro empties
 * it itself, synchronously and file by file, before it does anything else: at a thousand sources that
 * was the longest wait of a rebuild (docs/benchmarks.md, 'Social cards'). One rename moves it aside
 * instead, so Astro finds no folder to empty, and the old one is removed while Astro builds.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Where the last build goes aside: `dist.removing-<pid>`, beside it, which the tools' ignore lists name. */
export const ASIDE = '.removing-';

/**
 * Removes `paths` in a Node process of its own, with Node's native recursive remove: `fs.promises.rm`
 * walks a folder in JavaScript, a promise for every entry at once, and held hundreds of megabytes in
 * the build's own process beside Astro's for a folder of a thousand sources (docs/benchmarks.md).
 */
function removeApart(paths: readonly string[]): Promise<void> {
  if (paths.length === 0) return Promise.resolve();
  const script = `for (const p of process.argv.slice(1)) require('node:fs').rmSync(p, { recursive: true, force: true, maxRetries: 3 });`;
  // What it could not remove (its error is printed) stays aside, and the next build tries again.
  return new Promise((done) => {
    spawn(process.execPath, ['-e', script, ...paths], { stdio: 'inherit' })
      .on('error', () => done())
      .on('close', () => done());
  });
}

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
  return removeApart(leftovers.map((name) => join(parent, name)));
}
