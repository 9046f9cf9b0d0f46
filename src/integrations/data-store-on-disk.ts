import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { contentDir } from '../lib/content/content-dir.ts';

/** Astro's module of every collection's entries, as Vite resolves it (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** Astro's own copy of devalue, the format its data store file is written in. */
const DEVALUE = createRequire(createRequire(import.meta.url).resolve('astro/package.json')).resolve('devalue');

/**
 * The module's code: the collections, read from Astro's data store file when the module is first
 * imported. Astro's module exports the file's flat array, which Astro then turns into a Map of
 * collections, and the array stays as long as the module (its size: docs/benchmarks.md, 'Figures behind
 * the code'); this one exports the Map (which Astro takes as it is), so the array is garbage as soon as
 * it is read.
 */
export function dataStoreModuleCode(file: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { unflatten } from ${JSON.stringify(DEVALUE)};`,
    `export default unflatten(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8')));`,
    '',
  ].join('\n');
}

/**
 * The Vite plugin: loads Astro's data store module as code that reads the store's file, when that
 * file exists, and otherwise leaves the module to Astro (which then has no entries to give).
 */
export function dataStoreOnDiskPlugin(file: string, apply: 'build' | 'serve' = 'build'): Plugin {
  return {
    name: 'data-store-on-disk',
    apply,
    // Before Astro's own content plugin, which would load the module with the whole store in it: under
    // `astro dev`, `enforce` alone left Astro's plugin first.
    enforce: 'pre',
    load: {
      order: 'pre',
      filter: { id: new RegExp(`^${DATA_STORE_MODULE}$`) },
      // The filter already picks the module where hooks are filtered; the check keeps the handler exact on its own.
      handler: (id) =>
        id === DATA_STORE_MODULE && existsSync(file)
          ? { code: dataStoreModuleCode(file), map: { mappings: '' } }
          : null,
    },
  };
}

/** `astro dev`'s data store, in the project's `.astro/` (astro/dist/content/paths.js). */
const DEV_STORE = 'data-store.json';

/** The file beside `astro dev`'s data store that names the content folder the store was made from. */
export const DEV_STORE_OWNER = 'data-store.content-dir';

/**
 * Keeps `astro dev`'s data store (`data-store.json` in `dotAstro`) only for the content folder that made
 * it, and says whether it removed it. A build keeps its store in a cache folder of each content folder's
 * own (`contentCacheDir`, src/lib/content/content-dir.ts); `astro dev` keeps one in the project's
 * `.astro/` whatever the folder, and Astro keeps an unchanged file's entry as it was, its path included,
 * so a dev server on another folder (`CONTENT_DIR`) took the last one's paths: after the dev loop's
 * test or benchmark, those of a removed temporary folder, which the corridor pages then failed to read.
 * Removed, the store is made again from the folder's files as Astro starts.
 */
export function keepDevStoreFor(dotAstro: string, folder: string): boolean {
  const owner = join(dotAstro, DEV_STORE_OWNER);
  const made = existsSync(owner) ? readFileSync(owner, 'utf8') : undefined;
  if (made === folder) return false;
  const store = join(dotAstro, DEV_STORE);
  const removed = existsSync(store);
  rmSync(store, { force: true });
  mkdirSync(dotAstro, { recursive: true });
  writeFileSync(owner, folder);
  return removed;
}

/**
 * Keeps the content out of the bundle that renders the pages. Astro embeds its data store (every
 * entry of every collection, growing with the content) in that bundle as one string literal, so
 * Rolldown and each of Vite's transform hooks hold copies of it while bundling, and Node keeps the
 * literal as the bundle's source while the pages render: at scale, that was the peak of Astro's
 * process (docs/benchmarks.md, 'What the measurements changed'). Here the bundle reads the same file from
 * Astro's cache folder instead, when the pages are rendered, in the same `astro build` that wrote it.
 *
 * For a static build only: the bundle is run on this machine and deleted once the pages are written
 * (an on-demand server, which would run the bundle elsewhere, needs the store inside it). Astro's
 * `experimental.collectionStorage` keeps the store as chunks of its own and is left alone.
 *
 * And in `astro dev`, where Astro's module is the store's file as one string literal that every
 * save makes Vite load and transform again before the page can reload (docs/benchmarks.md, 'The
 * editor's loop'); Astro still invalidates the module when it writes the file, so pages reload as before.
 */
export function dataStoreOnDiskIntegration(): AstroIntegration {
  return {
    name: 'data-store-on-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        const storage = config.experimental.collectionStorage;
        if (storage !== undefined && storage !== 'single-file') return;
        if (command === 'dev') {
          const dotAstro = fileURLToPath(new URL('.astro/', config.root));
          keepDevStoreFor(dotAstro, resolve(fileURLToPath(config.root), contentDir()));
          updateConfig({ vite: { plugins: [dataStoreOnDiskPlugin(join(dotAstro, DEV_STORE), 'serve')] } });
        }
        if (command !== 'build' || config.output !== 'static') return;
        // Where Astro's build writes the store: `data-store.json` in the cache folder (astro/dist/content/paths.js).
        const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({ vite: { plugins: [dataStoreOnDiskPlugin(file)] } });
      },
    },
  };
}
