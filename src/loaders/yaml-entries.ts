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
  return directoryLoader(
    'yaml-entries',
    options.directory,
    async ({ config, store, parseData, logger }: LoaderContext, directory: string) => {
      const root = fileURLToPath(config.root);
      const names = (await readdir(directory)).filter(isEntryFile).sort();
      const files = await Promise.all(
        names.map(async (name) => {
          const path = relative(root, join(directory, name)).split('\\').join('/');
          return { path, ...readEntries(path, await readFile(join(directory, name), 'utf8')) };
        }),
      );
      const unreadable = files.flatMap((f) => f.problems);
      if (unreadable.length > 0) throw new ContentError(`The content cannot be read:`, unreadable);
      const raw: RawEntries[] = files.map(({ path, entries }) => ({ file: path, ids: entries.map((e) => e.id) }));
      const duplicates = findDuplicateIds(raw);
      if (duplicates.length > 0) throw new ContentError('Duplicate ids:', duplicates);
      // Every entry checked against its schema before the store changes (src/loaders/directory-loader.ts).
      const parsed = [];
      for (const { path, entries } of files) {
        for (const { id, ...data } of entries)
          parsed.push({ id, data: await parseData({ id, data, filePath: path }), filePath: path });
      }
      store.clear();
      for (const entry of parsed) store.set(entry);
      logger.info(`${store.keys().length} entries from ${names.length} files in ${options.directory}`);
    },
  );
}
