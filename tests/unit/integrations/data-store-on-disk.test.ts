import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import type { Plugin } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATA_STORE_MODULE,
  dataStoreModuleCode,
  dataStoreOnDiskIntegration,
  dataStoreOnDiskPlugin,
  DEV_STORE_OWNER,
  keepDevStoreFor,
  skipDevStoreWrites,
} from '@/integrations/data-store-on-disk.ts';
import { keepCollection, liveCollections } from '@/lib/content/live-store.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'data-store-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

type Load = (id: string) => { code: string } | null;
const load = (plugin: Plugin): Load => (plugin.load as unknown as { handler: Load }).handler;

describe('the data store read from disk', () => {
  it('is a module that reads the store file when imported, so the bundle holds none of its entries', async () => {
    const file = join(dir, 'data-store.json');
    const collections = new Map([
      ['facts', new Map([['rail-khorgos-trains', { id: 'rail-khorgos-trains', data: { value: 2485 } }]])],
    ]);
    // What Astro writes (astro/dist/content/mutable-data-store.js).
    await writeFile(file, stringify(collections));
    const code = dataStoreModuleCode(file);
    expect(code).not.toContain('rail-khorgos-trains');
    const module = join(dir, 'module.mjs');
    await writeFile(module, code);
    const { default: data } = (await import(pathToFileURL(module).href)) as { default: unknown };
    // A Map, which Astro's ImmutableDataStore.fromModule takes as the collections.
    expect(data).toBeInstanceOf(Map);
    expect(data).toEqual(collections);
  });

  it('under astro dev, is the collections the loaders hold, and the file only before any loader has run', async () => {
    const file = join(dir, 'dev-store.json');
    await writeFile(file, stringify(new Map([['facts', new Map([['from-the-file', { id: 'from-the-file' }]])]])));
    const module = join(dir, 'live.mjs');
    await writeFile(module, dataStoreModuleCode(file, true));
    const { default: data } = (await import(pathToFileURL(module).href)) as {
      default: Map<string, Map<string, unknown>>;
    };
    expect(data).toBeInstanceOf(Map);
    // The test's loaders (live-store.test.ts and others in this process) may have kept collections.
    if (liveCollections() === undefined) expect(data.get('facts')?.has('from-the-file')).toBe(true);
    else expect(data.get('facts')?.has('from-the-file')).not.toBe(true);

    keepCollection('data-store-on-disk-test', { entries: () => [['held', { id: 'held' }]] });
    const again = join(dir, 'live-again.mjs');
    await writeFile(again, dataStoreModuleCode(file, true));
    const { default: live } = (await import(pathToFileURL(again).href)) as {
      default: Map<string, Map<string, unknown>>;
    };
    expect(live.get('data-store-on-disk-test')?.get('held')).toEqual({ id: 'held' });
    expect(live.has('facts') && live.get('facts')?.has('from-the-file')).toBe(false);
  });

  it('names the module as the installed Astro does, so an Astro that renamed it fails here, not in memory', async () => {
    const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const consts = await readFile(join(astro, 'dist', 'content', 'consts.js'), 'utf8');
    expect(consts).toContain(`const DATA_STORE_VIRTUAL_ID = "${DATA_STORE_MODULE.slice(1)}";`);
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID;');
  });

  it('loads Astro’s data store module, and only that module, while the store file exists', async () => {
    const file = join(dir, 'present.json');
    await writeFile(file, '[]');
    const plugin = dataStoreOnDiskPlugin(file);
    expect(plugin.enforce).toBe('pre');
    expect(plugin.apply).toBe('build');
    expect(load(plugin)(DATA_STORE_MODULE)?.code).toBe(dataStoreModuleCode(file));
    expect(load(plugin)('\0astro:content')).toBeNull();
    expect(load(dataStoreOnDiskPlugin(join(dir, 'missing.json')))(DATA_STORE_MODULE)).toBeNull();
  });
});

describe('the integration', () => {
  const setup = (options: { command: string; output?: string; collectionStorage?: unknown }): Plugin[] => {
    const added: Plugin[] = [];
    // Astro's own class is left as it is in this process: the writes are not skipped here.
    const hook = dataStoreOnDiskIntegration(() => false).hooks['astro:config:setup'] as unknown as (
      params: Record<string, unknown>,
    ) => void;
    hook({
      command: options.command,
      config: {
        output: options.output ?? 'static',
        root: pathToFileURL(`${dir}/`),
        cacheDir: pathToFileURL(`${dir}/cache/`),
        experimental: { collectionStorage: options.collectionStorage },
      },
      updateConfig: (config: { vite: { plugins: Plugin[] } }) => added.push(...config.vite.plugins),
      logger: { warn: () => {} },
    });
    return added;
  };

  it('reads the store from Astro’s cache folder in a static build', async () => {
    const [plugin, ...rest] = setup({ command: 'build' });
    expect(rest).toEqual([]);
    const file = join(dir, 'cache', 'data-store.json');
    await mkdir(join(dir, 'cache'), { recursive: true });
    await writeFile(file, '[]');
    expect(load(plugin as Plugin)(DATA_STORE_MODULE)?.code).toBe(dataStoreModuleCode(file));
  });

  it('takes the loaders’ collections in astro dev, else the store in the project’s .astro folder', async () => {
    const [plugin, ...rest] = setup({ command: 'dev' });
    expect(rest).toEqual([]);
    expect(plugin?.apply).toBe('serve');
    const file = join(dir, '.astro', 'data-store.json');
    expect(load(plugin as Plugin)(DATA_STORE_MODULE)?.code).toBe(dataStoreModuleCode(file, true));
  });

  it.each([
    ['an on-demand server', { command: 'build', output: 'server' }],
    ['chunked storage', { command: 'build', collectionStorage: 'chunked' }],
  ])('leaves %s to Astro', (_name, options) => {
    expect(setup(options)).toEqual([]);
  });
});

describe('astro dev’s data store, kept for one content folder', () => {
  it('is removed when another content folder starts astro dev, and kept for the one that made it', async () => {
    const dotAstro = join(dir, 'owned', '.astro');
    const store = join(dotAstro, 'data-store.json');
    // A store no folder is named for (made before the owner's file existed) is not trusted.
    await mkdir(dotAstro, { recursive: true });
    await writeFile(store, '[]');
    expect(keepDevStoreFor(dotAstro, '/tmp/content-a')).toBe(true);
    expect(existsSync(store)).toBe(false);
    expect(await readFile(join(dotAstro, DEV_STORE_OWNER), 'utf8')).toBe('/tmp/content-a');
    // Astro writes the store for that folder; the same folder keeps it.
    await writeFile(store, '[]');
    expect(keepDevStoreFor(dotAstro, '/tmp/content-a')).toBe(false);
    expect(existsSync(store)).toBe(true);
    // Another folder (CONTENT_DIR) does not take its entries, nor their paths.
    expect(keepDevStoreFor(dotAstro, '/work/project/src/content')).toBe(true);
    expect(existsSync(store)).toBe(false);
    expect(await readFile(join(dotAstro, DEV_STORE_OWNER), 'utf8')).toBe('/work/project/src/content');
  });

  it('starts a project with no .astro folder yet', () => {
    const dotAstro = join(dir, 'fresh', '.astro');
    expect(keepDevStoreFor(dotAstro, '/tmp/content-b')).toBe(false);
    expect(existsSync(join(dotAstro, DEV_STORE_OWNER))).toBe(true);
  });
});

describe('astro dev’s data store, never written', () => {
  it('replaces the store class’s writeToDisk, and says so', async () => {
    const file = join(dir, 'store-class.mjs');
    await writeFile(file, 'export class MutableDataStore { async writeToDisk() { throw new Error("written"); } }\n');
    expect(skipDevStoreWrites(file)).toBe(true);
    // Node's instance of the module, which it replaced the method in (Vitest's import would be another).
    const { MutableDataStore } = createRequire(import.meta.url)(file) as {
      MutableDataStore: new () => { writeToDisk: () => Promise<void> };
    };
    await expect(new MutableDataStore().writeToDisk()).resolves.toBeUndefined();
  });

  it('says when it cannot: no such module, or no such method', async () => {
    expect(skipDevStoreWrites(join(dir, 'no-such-module.mjs'))).toBe(false);
    const file = join(dir, 'renamed-class.mjs');
    await writeFile(file, 'export class MutableDataStore { async persist() {} }\n');
    expect(skipDevStoreWrites(file)).toBe(false);
  });

  it('finds in the installed Astro the method every write of the store goes through', async () => {
    const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const source = await readFile(join(astro, 'dist', 'content', 'mutable-data-store.js'), 'utf8');
    expect(source).toContain('export {\n  MutableDataStore\n};');
    expect(source).toMatch(/\n {2}async writeToDisk\(\) \{/);
    // The file is written only by writeToDisk, which the debounced and the immediate save call, and
    // which calls itself again for a write queued while one ran.
    expect(source.match(/this\.#writer\.write\(/g)).toHaveLength(1);
    expect(source.match(/await this\.writeToDisk\(\);/g)).toHaveLength(3);
  });
});
