/**
 * The YAML loader under `astro dev`, as an editor saves files: a save reads again only the file it
 * changed, a removed file's entries leave the store, an id used in two files is refused across files
 * read and not read again, and a file that does not parse leaves the store as it was and is reported
 * to every page (src/lib/content/unreadable.ts) until it is fixed.
 */
import { mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUnreadable, unreadableContent } from '@/lib/content/unreadable.ts';
import { SETTLE_MS } from '@/loaders/directory-loader.ts';
import { yamlEntries } from '@/loaders/yaml-entries.ts';
import { loaderHarness, type LoaderHarness } from '../../support/loader-context.ts';

let dir: string;
let harness: LoaderHarness;
let logged: string[];
let entries: LoaderHarness['entries'];
/** The ids the loader deleted from the store. */
let deleted: string[];

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'corridors-yaml-entries-'));
});

const dirs: string[] = [];

afterEach(async () => {
  // The loader looks at a save's files again after a read (SETTLE_MS), later still on a loaded machine.
  await sleep(SETTLE_MS * 2);
  // The record of unreadable folders is the process's: a folder left in it would fail every page after.
  setUnreadable(dir);
  // Removed after the last test, not now: a look that came late would find the files gone, read the
  // folder again, fail, and report it to the next test (CI at 1296fad, with the machine loaded).
  dirs.push(dir);
});

afterAll(async () => {
  await Promise.all(dirs.map((old) => rm(old, { recursive: true, force: true })));
});

/** Starts the loader on `dir` as `astro dev` does, with a store, a logger and a watcher of its own. */
async function start(): Promise<void> {
  harness = loaderHarness(dir, 'yaml-entries-test');
  ({ entries, deleted, logged } = harness);
  await yamlEntries({ directory: dir }).load(harness.context);
}

/** Saves a file and tells the loader, as the dev server's watcher does; resolves once it has read. */
async function save(name: string, text: string | undefined): Promise<void> {
  const before = logged.length;
  if (text === undefined) await unlink(join(dir, name));
  else await writeFile(join(dir, name), text);
  const failed = new Promise<void>((done) => process.once('unhandledRejection', () => done()));
  harness.change('change', join(dir, name));
  await Promise.race([failed, expect.poll(() => logged.length, { timeout: 5_000 }).toBeGreaterThan(before)]);
}

describe('yamlEntries under astro dev', () => {
  beforeEach(async () => {
    await writeFile(join(dir, 'a.yaml'), '- id: a1\n  label: one\n- id: a2\n  label: two\n');
    await writeFile(join(dir, 'b.yaml'), '- id: b1\n  label: three\n');
    await start();
  });

  it('reads every file first, then only the file a save changed', async () => {
    expect([...entries.keys()].sort()).toEqual(['a1', 'a2', 'b1']);
    await save('a.yaml', '- id: a1\n  label: one, edited\n');
    expect(logged.at(-1)).toContain('(1 read again)');
    expect([...entries.keys()].sort()).toEqual(['a1', 'b1']);
    expect(entries.get('a1')?.data['label']).toBe('one, edited');
    expect(entries.get('b1')?.data['label']).toBe('three');
  });

  it('deletes from the store only the entries a save removed, and sets the others again', async () => {
    await save('a.yaml', '- id: a1\n  label: one, edited\n');
    // Astro writes its module of asset imports again after any delete, and Vite reloads every page's modules.
    expect(deleted).toEqual(['a2']);
    await save('a.yaml', '- id: a1\n  label: one, edited again\n');
    expect(deleted).toEqual(['a2']);
    expect(entries.get('a1')?.data['label']).toBe('one, edited again');
  });

  it('drops the entries of a file that is removed', async () => {
    await save('b.yaml', undefined);
    expect([...entries.keys()].sort()).toEqual(['a1', 'a2']);
  });

  it('refuses an id a saved file shares with a file not read again, and keeps the store as it was', async () => {
    await save('b.yaml', '- id: a1\n  label: a copy\n');
    expect(String(unreadableContent())).toContain('the id "a1" is already used in');
    expect(entries.get('a1')?.data['label']).toBe('one');
    await save('b.yaml', '- id: b1\n  label: three\n');
    expect(unreadableContent()).toBeUndefined();
  });

  it('reports a file that does not parse to every page until it is fixed', async () => {
    await save('a.yaml', '- id: a1\n  label: one: two\n');
    expect(String(unreadableContent())).toContain('a.yaml:2 › a1 › YAML');
    expect(entries.get('a2')?.data['label']).toBe('two');
    await save('a.yaml', '- id: a1\n  label: "one: two"\n');
    expect(unreadableContent()).toBeUndefined();
    expect([...entries.keys()].sort()).toEqual(['a1', 'b1']);
  });
});
