/**
 * The sources loader: a build's read (its only one) lists the sources in the order of their folders
 * whatever the store cached from the last build held; a save under `astro dev` deletes only the sources
 * that are gone.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTLE_MS } from '@/loaders/directory-loader.ts';
import { sources } from '@/loaders/sources.ts';

let dir: string;
let entries: Map<string, { data: Record<string, unknown> }>;
let deleted: string[];
let logged: string[];
let onChange: ((event: string, path: string) => void) | undefined;

async function addSource(id: string): Promise<void> {
  await mkdir(join(dir, id));
  await writeFile(join(dir, id, 'source.yaml'), `title: Source ${id}\n`);
  await writeFile(join(dir, id, 'article.txt'), `The text of ${id}.\n`);
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corridors-sources-'));
  // What a build's cached store may hold: a source read last time after the others, and one since removed.
  entries = new Map([
    ['b-source', { data: { title: 'cached' } }],
    ['gone', { data: { title: 'cached' } }],
    ['a-source', { data: { title: 'cached' } }],
  ]);
  deleted = [];
  logged = [];
  onChange = undefined;
  await addSource('b-source');
  await addSource('a-source');
  await addSource('c-source');
});

afterEach(async () => {
  // The loader looks at a save's files again after a read (SETTLE_MS).
  await sleep(SETTLE_MS * 2);
  await rm(dir, { recursive: true, force: true });
});

/** Starts the loader on `dir` with a store, a logger and a watcher of its own. */
async function start(): Promise<void> {
  const context = {
    collection: 'sources-test',
    config: { root: pathToFileURL(`${dir}/`) },
    store: {
      entries: () => [...entries],
      clear: () => entries.clear(),
      set: ({ id, data }: { id: string; data: Record<string, unknown> }) => entries.set(id, { data }),
      delete: (id: string) => {
        deleted.push(id);
        return entries.delete(id);
      },
      keys: () => [...entries.keys()],
    },
    meta: { set: () => undefined },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve(data),
    logger: { info: (line: string) => logged.push(line) },
    watcher: { add: () => undefined, on: (_all: string, listener: typeof onChange) => (onChange = listener) },
  } as unknown as LoaderContext;
  await sources({ directory: dir }).load(context);
}

describe('the sources loader', () => {
  it('lists the sources in the order of their folders on its first read, whatever the store held', async () => {
    await start();
    expect([...entries.keys()]).toEqual(['a-source', 'b-source', 'c-source']);
    expect(entries.get('a-source')?.data['title']).toBe('Source a-source');
    expect(entries.get('a-source')?.data['paragraphs']).toHaveLength(1);
  });

  it('deletes on a save only the sources that are gone, and sets the others again', async () => {
    await start();
    deleted = [];
    await rm(join(dir, 'b-source'), { recursive: true });
    onChange?.('unlinkDir', join(dir, 'b-source'));
    await expect.poll(() => [...entries.keys()], { timeout: 5_000 }).toEqual(['a-source', 'c-source']);
    expect(deleted).toEqual(['b-source']);
  });
});
