/**
 * The files and pages of a built site. Kept apart from tools/site.ts, whose readers use test tools
 * (csv-parse), because the build itself lists its pages (its links step, tools/built-anchors.ts) and
 * runs with only `dependencies` installed.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under a folder, as absolute paths. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every HTML page of a built site, as URL paths: `/`, `/corridors/rail/`, `/404.html`. */
export function listPages(distDir: string): string[] {
  return listFiles(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => `/${relative(distDir, file).split('\\').join('/')}`.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
}
