import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin, RunnableDevEnvironment, ViteDevServer } from 'vite';
import { contentDir } from '../lib/content/content-dir.ts';
import { onContentChanged } from '../lib/content/live-store.ts';

/** Astro's module of every collection's entries, as Vite resolves it (astro/dist/content/consts.js). */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';

/** Where the installed Astro is. */
const ASTRO_PACKAGE = createRequire(import.meta.url).resolve('astro/package.json');

/** Astro's own copy of devalue, the format its data store file is written in. */
const DEVALUE = createRequire(ASTRO_PACKAGE).resolve('devalue');

/** Astro's data store class, whose instance `astro dev` writes to `.astro/data-store.json`. */
const MUTABLE_DATA_STORE = join(dirname(ASTRO_PACKAGE), 'dist', 'content', 'mutable-data-store.js');

/** The registry of the collections the loaders hold under `astro dev`, which the dev module imports. */
const LIVE_STORE = fileURLToPath(new URL('../lib/content/live-store.ts', import.meta.url));

/**
 * The module's code: the collections, read from Astro's data store file when the module is first
 * imported. Astro's module exports the file's flat array, which Astro then turns into a Map of
 * collections, and the array stays as long as the module (its size: docs/benchmarks.md, 'Figures behind
 * the code'); this one exports the Map (which Astro takes as it is), so the array is garbage as soon as
 * it is read. Under `astro dev` (`live`), the collections the loaders hold in the same process, and
 * the file only before any loader has run (src/lib/content/live-store.ts).
 */
export function dataStoreModuleCode(file: string, live = false): string {
  const path = JSON.stringify(file);
  const read = `unflatten(JSON.parse(readFileSync(${path}, 'utf8')))`;
  return [
    `import { ${live ? 'existsSync, ' : ''}readFileSync } from 'node:fs';`,
    `import { unflatten } from ${JSON.stringify(DEVALUE)};`,
    ...(live
      ? [
          `import { liveCollections } from ${JSON.stringify(LIVE_STORE)};`,
          `export default liveCollections() ?? (existsSync(${path}) ? ${read} : new Map());`,
        ]
      : [`export default ${read};`]),
    '',
  ].join('\n');
}

/**
 * The Vite plugin: loads Astro's data store module as code that reads the store's file, when that
 * file exists, and otherwise leaves the module to Astro (which then has no entries to give); under
 * `astro dev`, as code that takes the loaders' collections.
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
      handler: (id) => {
        if (id !== DATA_STORE_MODULE) return null;
        if (apply === 'serve') return { code: dataStoreModuleCode(file, true), map: { mappings: '' } };
        return existsSync(file) ? { code: dataStoreModuleCode(file), map: { mappings: '' } } : null;
      },
    },
  };
}

/**
 * Makes the pages take the content again and reloads them, as Astro does once it has written its store
 * file (`invalidateDataStore`, astro/dist/content/vite-plugin-content-virtual-mod.js): called as soon as
 * a loader's read has ended, so a save shows without waiting for that write.
 */
export function reloadContent(server: ViteDevServer): void {
  const timestamp = Date.now();
  // Astro's server-side environments (ASTRO_VITE_ENVIRONMENT_NAMES, astro/dist/core/constants.js).
  for (const name of ['ssr', 'prerender']) {
    const environment = server.environments[name];
    if (environment === undefined) continue;
    const module = environment.moduleGraph.getModuleById(DATA_STORE_MODULE);
    if (module !== undefined) environment.moduleGraph.invalidateModule(module, undefined, timestamp, true);
    // A runnable environment's own runner (Vite's `isRunnableDevEnvironment`, not imported: vite comes
    // in through astro and is not one of the build's `dependencies`).
    const { runner } = environment as Partial<RunnableDevEnvironment>;
    if (runner !== undefined) {
      const evaluated = runner.evaluatedModules.getModuleById(DATA_STORE_MODULE);
      if (evaluated !== undefined) runner.evaluatedModules.invalidateModule(evaluated);
    }
    // Astro's router then forgets the routes' `getStaticPaths` results.
    environment.hot.send('astro:content-changed', {});
  }
  server.environments.client.hot.send({ type: 'full-reload', path: '*' });
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
 * Removed, the store is made again from the folder's files as Astro starts. Called only where Astro still
 * writes the file (`skipDevStoreWrites` could not leave it out); otherwise the file is removed at each start.
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
 * Leaves out every write of `astro dev`'s data store file, and says whether it could. Nothing under
 * `astro dev` reads the file once the loaders have run (the pages take their collections,
 * `dataStoreModuleCode`), and the loaders read every file again at each start (src/loaders/directory-loader.ts),
 * so the file only cost time: Astro serialises every entry with devalue in one step that holds the
 * process, at the end of the first sync, which the server's "ready" waited for, and again after each
 * save (docs/benchmarks.md, 'The editor's loop'). There is no setting for it: the class's public
 * `writeToDisk`, which every write of the store goes through, is replaced for this process (a dev
 * server; a build never calls this). An Astro without that method keeps writing, as before.
 */
export function skipDevStoreWrites(file = MUTABLE_DATA_STORE): boolean {
  // Node's own loader (an ES module required), not the Vite runner that loads this config: the class
  // must be the instance Astro's dev server imported.
  let module: { MutableDataStore?: { prototype?: { writeToDisk?: unknown } } } | undefined;
  try {
    module = createRequire(import.meta.url)(file) as typeof module;
  } catch {
    return false;
  }
  const prototype = module?.MutableDataStore?.prototype;
  if (prototype === undefined || typeof prototype.writeToDisk !== 'function') return false;
  prototype.writeToDisk = () => Promise.resolve();
  return true;
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
 * editor's loop'). There the module takes the collections from the loaders themselves, the pages
 * reload as soon as a loader's read has ended, and Astro's file is never written (`skipDevStoreWrites`);
 * a page that missed such a reload is sent one (src/integrations/missed-reloads.ts).
 */
export function dataStoreOnDiskIntegration(skipWrites: () => boolean = skipDevStoreWrites): AstroIntegration {
  // The server's reload on a loader's read, ended when Astro makes a new server (a config change).
  let stop: (() => void) | undefined;
  return {
    name: 'data-store-on-disk',
    hooks: {
      'astro:server:setup': ({ server }) => {
        stop?.();
        stop = onContentChanged(() => reloadContent(server));
      },
      'astro:server:done': () => {
        stop?.();
        stop = undefined;
      },
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const storage = config.experimental.collectionStorage;
        if (storage !== undefined && storage !== 'single-file') return;
        if (command === 'dev') {
          const dotAstro = fileURLToPath(new URL('.astro/', config.root));
          // Never written now, so a file left there by an earlier server would only be read for nothing;
          // only where it is still written must it be kept to the content folder that wrote it.
          if (skipWrites()) rmSync(join(dotAstro, DEV_STORE), { force: true });
          else {
            logger.warn(`Astro's data store has no writeToDisk to leave out: its file is written as Astro does`);
            keepDevStoreFor(dotAstro, resolve(fileURLToPath(config.root), contentDir()));
          }
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
