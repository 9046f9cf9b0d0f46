import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitParagraphs } from '@/lib/content/paragraphs.ts';
import { ContentError } from '@/lib/content/validate.ts';
import { parseContentYaml } from '@/lib/content/yaml-problems.ts';
import { directoryLoader } from './directory-loader.ts';

/**
 * Loads each folder of `directory` as one source: `source.yaml` holds the
 * metadata and editorial notes, `article.txt` the verbatim text, which is
 * split into numbered paragraphs here so their anchors come from the text.
 */
export function sources(options: { directory: string }): Loader {
  return directoryLoader(
    'sources',
    options.directory,
    async ({ config, store, parseData }: LoaderContext, directory: string, changed?: ReadonlySet<string>) => {
      const root = fileURLToPath(config.root);
      const folders = (await readdir(directory, { withFileTypes: true }))
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
      // Every source read before the store changes (src/loaders/directory-loader.ts).
      const read = [];
      for (const id of folders.sort()) {
        const metaPath = join(directory, id, 'source.yaml');
        const text = await readFile(join(directory, id, 'article.txt'), 'utf8');
        const filePath = relative(root, metaPath).split('\\').join('/');
        const yaml = { file: filePath, text: await readFile(metaPath, 'utf8'), shape: 'fields', entry: id } as const;
        const { data: meta, problems } = parseContentYaml(yaml);
        if (problems.length > 0) throw new ContentError('The content cannot be read:', problems);
        const data = { ...(meta as Record<string, unknown>), text, paragraphs: splitParagraphs(text) };
        read.push({ id, data: await parseData({ id, data, filePath }), filePath });
      }
      // A first read (a build's only one) starts from an empty store, so the sources are in the order of
      // their folders whatever a cached store held; a save's deletes only the sources that are gone, not
      // the whole collection (yaml-entries.ts says why).
      const ids = new Set(read.map((entry) => entry.id));
      if (changed === undefined) store.clear();
      else for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const entry of read) store.set(entry);
    },
  );
}
