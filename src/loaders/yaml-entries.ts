import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { isEntryFile } from '@/lib/content/content-dir.ts';
import { ContentError, findDuplicateIds, type Problem, type RawEntries } from '@/lib/content/validate.ts';
import { parseContentYaml } from '@/lib/content/yaml-problems.ts';
import { directoryLoader } from './directory-loader.ts';

type RawEntry = Record<string, unknown> & { id: string };

/** A file's entries, or the problems that keep it from having any: YAML that does not parse, a missing id. */
export function readEntries(file: string, text: string): { entries: RawEntry[]; problems: Problem[] } {
  const { data, problems } = parseContentYaml({ file, text, shape: 'list' });
  if (problems.length > 0) return { entries: [], problems };
  if (!Array.isArray(data)) {
    const problem = {
      file,
      entry: 'the file',
      field: 'YAML',
      message: 'expected a list of entries; start each with "- id: …" at the start of a line',
    };
    return { entries: [], problems: data === null || data === undefined ? [] : [problem] };
  }
  const entries: RawEntry[] = [];
  const missing: Problem[] = [];
  data.forEach((item: unknown, index) => {
    if (item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') {
      entries.push(item as RawEntry);
    } else {
      missing.push({
        file,
        entry: `entry ${index + 1}`,
        field: 'id',
        message: 'every entry needs an id, e.g. "- id: rail-khorgos-trains"',
      });
    }
  });
  return { entries, problems: missing };
}

/**
 * Loads every `*.yaml` file in a folder, each a list of entries with an `id`,
 * into one collection. Unlike Astro's `file()` loader it spans several files
 * and refuses an id used twice, naming both files. YAML that does not parse
 * stops the build with its file, line and entry (src/lib/content/yaml-problems.ts).
 */
export function yamlEntries(options: { directory: string }): Loader {
  // Each file's entries as last read, by file name, so that a save reads and checks only the files it
  // changed. Kept only where there are saves to come (`astro dev`, which gives a watcher): a build reads
  // once, and the entries would stay beside the store's own until its pages are written.
  let last: Map<string, { path: string; entries: RawEntry[] }> | undefined;
  return directoryLoader(
    'yaml-entries',
    options.directory,
    async (context: LoaderContext, directory: string, changed) => {
      const { config, store, parseData, logger } = context;
      const root = fileURLToPath(config.root);
      const names = (await readdir(directory)).filter(isEntryFile).sort();
      const previous = changed === undefined ? undefined : last;
      const toRead = names.filter((name) => previous?.has(name) !== true || changed?.has(join(directory, name)));
      const fresh = await Promise.all(
        toRead.map(async (name) => {
          const path = relative(root, join(directory, name)).split('\\').join('/');
          return { name, path, ...readEntries(path, await readFile(join(directory, name), 'utf8')) };
        }),
      );
      const unreadable = fresh.flatMap((f) => f.problems);
      if (unreadable.length > 0) throw new ContentError(`The content cannot be read:`, unreadable);
      const files = new Map(previous);
      for (const name of previous?.keys() ?? []) if (!names.includes(name)) files.delete(name);
      for (const { name, path, entries } of fresh) files.set(name, { path, entries });
      const raw: RawEntries[] = [...files.values()].map(({ path, entries }) => ({
        file: path,
        ids: entries.map((e) => e.id),
      }));
      const duplicates = findDuplicateIds(raw);
      if (duplicates.length > 0) throw new ContentError('Duplicate ids:', duplicates);
      // Every entry read checked against its schema before the store changes (src/loaders/directory-loader.ts).
      const parsed = [];
      for (const { path, entries } of fresh) {
        for (const { id, ...data } of entries)
          parsed.push({ id, data: await parseData({ id, data, filePath: path }), filePath: path });
      }
      // Only the ids that are gone are deleted, the others set again: after any delete Astro writes its
      // module of asset imports again, and Vite then runs every page's modules again before the save's
      // own reload (docs/benchmarks.md, 'The editor's loop').
      const ids = new Set(parsed.map((entry) => entry.id));
      if (previous === undefined) store.clear();
      else
        for (const [name, { entries }] of previous)
          if (!files.has(name) || toRead.includes(name))
            for (const { id } of entries) if (!ids.has(id)) store.delete(id);
      for (const entry of parsed) store.set(entry);
      last = context.watcher === undefined ? undefined : files;
      logger.info(
        `${store.keys().length} entries from ${names.length} files in ${options.directory}` +
          (previous === undefined ? '' : ` (${fresh.length} read again)`),
      );
    },
  );
}
