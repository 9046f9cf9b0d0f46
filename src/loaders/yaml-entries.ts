import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parse } from 'yaml';
import { findDuplicateIds, formatProblems, type RawEntries } from '@/lib/validate';
import { directoryLoader } from './directory-loader';

type RawEntry = Record<string, unknown> & { id: string };

function readEntries(file: string, text: string): RawEntry[] {
  const data: unknown = parse(text, { uniqueKeys: true });
  if (!Array.isArray(data)) throw new Error(`${file}: expected a YAML list of entries, each with an "id"`);
  return data.map((item: unknown, index) => {
    if (item === null || typeof item !== 'object' || typeof (item as { id?: unknown }).id !== 'string') {
      throw new Error(`${file} › entry ${index + 1} › id: every entry needs an id, e.g. "- id: rail-khorgos-trains"`);
    }
    return item as RawEntry;
  });
}

/**
 * Loads every `*.yaml` file in a folder, each a list of entries with an `id`,
 * into one collection. Unlike Astro's `file()` loader it spans several files
 * and refuses an id used twice, naming both files.
 */
export function yamlEntries(options: { directory: string }): Loader {
  return directoryLoader(
    'yaml-entries',
    options.directory,
    async ({ config, store, parseData, logger }: LoaderContext, directory: string) => {
      const root = fileURLToPath(config.root);
      const names = (await readdir(directory)).filter((name) => name.endsWith('.yaml')).sort();
      const files = await Promise.all(
        names.map(async (name) => {
          const path = relative(root, join(directory, name)).split('\\').join('/');
          return { path, entries: readEntries(path, await readFile(join(directory, name), 'utf8')) };
        }),
      );
      const raw: RawEntries[] = files.map(({ path, entries }) => ({ file: path, ids: entries.map((e) => e.id) }));
      const duplicates = findDuplicateIds(raw);
      if (duplicates.length > 0) throw new Error(`Duplicate ids:\n${formatProblems(duplicates)}`);
      store.clear();
      for (const { path, entries } of files) {
        for (const { id, ...data } of entries) {
          const parsed = await parseData({ id, data, filePath: path });
          store.set({ id, data: parsed, filePath: path });
        }
      }
      logger.info(`${store.keys().length} entries from ${names.length} files in ${options.directory}`);
    },
  );
}
