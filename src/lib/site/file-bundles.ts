/**
 * Files `astro build` hands over in bundles rather than rendering each as a route of its own: the
 * citation files of sources and facts and the embeds' oEmbed documents, four files a fact. Astro keeps
 * bookkeeping for every route until its build ends, and these were most of its routes
 * (docs/benchmarks.md, 'What is held per page'), so each source's files come in one bundle
 * (src/pages/file-bundles/[bundle].json.ts: a bundle stays small as the site grows), and the files step
 * of `npm run build` (scripts/build.ts), after Astro's process has ended, writes them where Astro would
 * have and removes the bundles, as the card step does its manifest. Under `astro dev` each file is still
 * a route (src/data/file-bundles.ts), rendered when asked for.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The build's folder of bundles, which the files step removes (and `_headers` leaves out: src/integrations/security-headers.ts). */
export const FILE_BUNDLES_DIR = 'file-bundles';

/** A file as published: its path in the build folder (`facts/<id>/citation.ris`, no leading slash) and its text. */
export interface BundledFile {
  path: string;
  body: string;
}

/** A bundle as Astro's build writes it, one JSON document. */
export interface FileBundle {
  files: readonly BundledFile[];
}

/** The text of a bundle of `files`. */
export function fileBundleBody(files: readonly BundledFile[]): string {
  return JSON.stringify({ files } satisfies FileBundle);
}

/** A bundled file's path, checked: relative to the build folder, with no `.`, `..` or empty segment to leave it. */
function checkedPath(path: string, bundle: string): string {
  if (
    path.split('/').some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes('\\'))
  )
    throw new Error(`The file bundle ${bundle} names a path outside the build folder: "${path}"`);
  return path;
}

export interface WrittenFiles {
  bundles: number;
  files: number;
  bytes: number;
  milliseconds: number;
}

/**
 * Writes every file of the bundles in `outDir`'s FILE_BUNDLES_DIR, one bundle read at a time, and
 * removes each bundle once written, then their folder. A file the build already holds is an error (two
 * owners of one address), as is a path that would leave the build folder. No folder: nothing to write.
 */
export function writeFileBundles(outDir: string): WrittenFiles {
  const started = performance.now();
  const dir = join(outDir, FILE_BUNDLES_DIR);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { bundles: 0, files: 0, bytes: 0, milliseconds: 0 };
    throw error;
  }
  let files = 0;
  let bytes = 0;
  let made = '';
  for (const name of names) {
    const bundleFile = join(dir, name);
    const bundle = JSON.parse(readFileSync(bundleFile, 'utf8')) as FileBundle;
    for (const { path, body } of bundle.files) {
      const to = join(outDir, checkedPath(path, name));
      const folder = dirname(to);
      if (folder !== made) {
        mkdirSync(folder, { recursive: true });
        made = folder;
      }
      try {
        writeFileSync(to, body, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST')
          throw new Error(`The file bundle ${name} names ${path}, which the build already holds`, {
            cause: error,
          });
        throw error;
      }
      files += 1;
      bytes += Buffer.byteLength(body);
    }
    rmSync(bundleFile);
  }
  rmSync(dir, { recursive: true });
  return { bundles: names.length, files, bytes, milliseconds: performance.now() - started };
}

/** The files step's line: how many files from how many bundles, how large, how long. */
export function writtenFilesLine({ bundles, files, bytes, milliseconds }: WrittenFiles): string {
  return `wrote ${files} files (${(bytes / 1024 / 1024).toFixed(1)} MiB) from ${bundles} bundles in ${milliseconds.toFixed(0)} ms`;
}
