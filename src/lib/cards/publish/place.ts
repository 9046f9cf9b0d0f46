/**
 * The cache's files and the build's: a drawing is written to the cache aside and renamed, so a build
 * stopped half-way never leaves half a card there; a card is placed in the build as a hard link to its
 * drawing in the cache (no bytes copied, no space taken twice), or as a copy where a link cannot be
 * made (the build on another file system than the cache).
 */
import { copyFileSync, linkSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A drawing's file in the cache. */
export function cachedFile(cacheDir: string, key: string): string {
  return join(cacheDir, `${key}.png`);
}

export function writeCached(cacheDir: string, key: string, png: Uint8Array): void {
  const file = cachedFile(cacheDir, key);
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(`${file}.tmp`, png);
  renameSync(`${file}.tmp`, file);
}

/** Whether placing by hard link failed for a reason a copy gets around: another file system, or links refused. */
function linkRefused(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'EXDEV' || code === 'EPERM' || code === 'EMLINK' || code === 'ENOTSUP';
}

/**
 * Places `from` (a drawing in the cache) at `to` (a card in the build), replacing what is there.
 * `link: false` after a link was once refused: the rest of the build's cards are copied without trying.
 */
export function placeCard(from: string, to: string, link: boolean): { linked: boolean } {
  mkdirSync(dirname(to), { recursive: true });
  rmSync(to, { force: true });
  if (link) {
    try {
      linkSync(from, to);
      return { linked: true };
    } catch (error) {
      if (!linkRefused(error)) throw error;
    }
  }
  copyFileSync(from, to);
  return { linked: false };
}
