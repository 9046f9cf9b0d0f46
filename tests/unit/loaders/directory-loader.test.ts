import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeEach, describe, expect, it, onTestFinished } from 'vitest';
import { onContentChanged } from '@/lib/content/live-store.ts';
import { contentRead, setUnreadable, unreadableContent } from '@/lib/content/unreadable.ts';
import { directoryLoader, SETTLE_MS } from '@/loaders/directory-loader.ts';

let folder: string;
const folders: string[] = [];
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'corridors-directory-loader-'));
  folders.push(folder);
});
// The loader looks at a save's files again after a read, however late a busy machine runs that look:
// the folders stay until the last test has ended.
afterAll(async () => {
  await sleep(SETTLE_MS * 2);
  await Promise.all(folders.map((path) => rm(path, { recursive: true, force: true })));
});

/**
 * A loader over `folder` that records what each of its reads found in `file` (and fails on a file that
 * says `broken`), the watcher `astro dev` gives it (none for a build), and what it logged as errors.
 */
async function watchedLoader(file: string, { watched = true } = {}) {
  const reads: string[] = [];
  const errors: string[] = [];
  const watcher = Object.assign(new EventEmitter(), { add: () => watcher });
  const loader = directoryLoader('test', folder, async (_context, path) => {
    const text = await readFile(join(path, file), 'utf8');
    reads.push(text);
    if (text.includes('broken')) throw new Error(`${file} cannot be read`);
  });
  const context = {
    collection: 'directory-loader-test',
    store: { entries: () => [] },
    meta: { set: () => undefined },
    config: { root: pathToFileURL(`${folder}/`) },
    logger: { error: (message: string) => void errors.push(message) },
    ...(watched ? { watcher } : {}),
  } as unknown as LoaderContext;
  await loader.load(context);
  return { reads, errors, changed: (path: string) => watcher.emit('all', 'change', path) };
}

describe('directoryLoader under astro dev', () => {
  it('reads a save again when the watcher reported only its first half (the file emptied, then written)', async () => {
    const file = join(folder, 'rail.yaml');
    await writeFile(file, '- id: before\n');
    const { reads, changed } = await watchedLoader('rail.yaml');
    expect(reads).toEqual(['- id: before\n']);

    // An editor's save: the file emptied, its event reported and read, then the text written, whose
    // event Vite's watcher drops as it came within 50 ms of the first.
    await writeFile(file, '');
    changed(file);
    await expect.poll(() => reads.length, { timeout: 2_000 }).toBe(2);
    expect(reads[1]).toBe('');
    await writeFile(file, '- id: after\n');

    await expect.poll(() => reads.at(-1), { timeout: 5_000 }).toBe('- id: after\n');
    // And once what it read is what the file holds, it stops reading.
    const count = reads.length;
    await sleep(SETTLE_MS * 3);
    expect(reads.length).toBe(count);
  });

  it('reads a save once when the file did not change after its event', async () => {
    const file = join(folder, 'rail.yaml');
    await writeFile(file, '- id: before\n');
    const { reads, changed } = await watchedLoader('rail.yaml');
    await writeFile(file, '- id: after\n');
    changed(file);
    await expect.poll(() => reads.length, { timeout: 2_000 }).toBe(2);
    await sleep(SETTLE_MS * 3);
    expect(reads).toEqual(['- id: before\n', '- id: after\n']);
  });

  it('keeps a page asked for during the read of a save waiting until the read ends', async () => {
    const file = join(folder, 'rail.yaml');
    await writeFile(file, '- id: before\n');
    const { reads, changed } = await watchedLoader('rail.yaml');
    await writeFile(file, '- id: after\n');
    changed(file);
    // Astro reloads a page that shows an error as soon as the file changes: its request comes now.
    await contentRead();
    expect(reads.at(-1)).toBe('- id: after\n');
  });
});

describe('directoryLoader and the pages’ reload', () => {
  it('says the content changed once a save’s read has ended, before the pages waiting for it go on', async () => {
    const file = join(folder, 'rail.yaml');
    await writeFile(file, '- id: before\n');
    const { reads, changed } = await watchedLoader('rail.yaml');
    const heard: string[] = [];
    const stop = onContentChanged(() => heard.push(String(reads.at(-1))));
    try {
      await writeFile(file, '- id: after\n');
      changed(file);
      await contentRead();
      expect(heard).toEqual(['- id: after\n']);
    } finally {
      stop();
    }
  });
});

// What a failed read records for the pages is cleared after each test: the unit worker's files share the registry.
describe('directoryLoader on a folder it cannot read at the start', () => {
  it('under astro dev, says why on the terminal and on every page, keeps the server, and reads the folder once fixed', async () => {
    const file = join(folder, 'rail.yaml');
    await writeFile(file, 'broken\n');
    onTestFinished(() => setUnreadable(folder));
    const { reads, errors, changed } = await watchedLoader('rail.yaml');
    // Not a ContentError: said with where it came from.
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^Error: rail\.yaml cannot be read\n\s+at /);
    expect(unreadableContent()).toEqual(new Error('rail.yaml cannot be read'));
    await writeFile(file, '- id: fixed\n');
    changed(file);
    await contentRead();
    expect(reads.at(-1)).toBe('- id: fixed\n');
    expect(unreadableContent()).toBeUndefined();
  });

  it('in a build, stops on it', async () => {
    await writeFile(join(folder, 'rail.yaml'), 'broken\n');
    onTestFinished(() => setUnreadable(folder));
    await expect(watchedLoader('rail.yaml', { watched: false })).rejects.toThrow('rail.yaml cannot be read');
  });
});
