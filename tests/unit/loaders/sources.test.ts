/**
 * The sources loader: a build's read (its only one) lists the sources in the order of their folders
 * whatever the store cached from the last build held; a save under `astro dev` deletes only the sources
 * that are gone.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SETTLE_MS } from '@/loaders/directory-loader.ts';
import { sources } from '@/loaders/sources.ts';
import { loaderHarness, type LoaderHarness } from '../../support/loader-context.ts';

let dir: string;
let entries: LoaderHarness['entries'];

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
async function start(): Promise<LoaderHarness> {
  const harness = loaderHarness(dir, 'sources-test', entries);
  await sources({ directory: dir }).load(harness.context);
  return harness;
}

describe('the sources loader', () => {
  it('lists the sources in the order of their folders on its first read, whatever the store held', async () => {
    await start();
    expect([...entries.keys()]).toEqual(['a-source', 'b-source', 'c-source']);
    expect(entries.get('a-source')?.data['title']).toBe('Source a-source');
    expect(entries.get('a-source')?.data['paragraphs']).toHaveLength(1);
  });

  it('deletes on a save only the sources that are gone, and sets the others again', async () => {
    const { deleted, change } = await start();
    deleted.length = 0;
    await rm(join(dir, 'b-source'), { recursive: true });
    change('unlinkDir', join(dir, 'b-source'));
    await expect.poll(() => [...entries.keys()], { timeout: 5_000 }).toEqual(['a-source', 'c-source']);
    expect(deleted).toEqual(['b-source']);
  });
});
