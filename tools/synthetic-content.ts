/**
 * Adds the synthetic corpus of tools/synthetic-corpus.ts to a copy of the site's content (made with
 * tools/content-copy.ts), for the scale benchmark (scripts/scale-bench.ts) and its build test.
 * It refuses any folder inside the project's src/: synthetic content is never written where it could
 * be published.
 */
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { corpusFiles, syntheticCorpus, type SyntheticCorpus, type SyntheticOptions } from './synthetic-corpus.ts';

export async function addSyntheticContent(contentDir: string, options: SyntheticOptions): Promise<SyntheticCorpus> {
  const to = resolve(contentDir);
  if (!relative(resolve('src'), to).startsWith('..'))
    throw new Error(`refusing to write synthetic content into ${to}: use a temporary folder outside src/`);
  const corpus = syntheticCorpus(options);
  for (const file of corpusFiles(corpus)) {
    const path = join(to, file.path);
    await mkdir(dirname(path), { recursive: true });
    await (file.append ? appendFile(path, file.text) : writeFile(path, file.text));
  }
  return corpus;
}
