/**
 * Writes a content folder for a build at scale: a copy of the site's content (src/content, or CONTENT_DIR)
 * with the synthetic corpus of src/lib/synthetic-corpus.ts added. For the scale benchmark
 * (scripts/scale-bench.ts) and its build test only; point it at a temporary folder, never at src/content.
 */
import { appendFile, cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { resolveContentPath } from '../src/lib/content-dir.ts';
import {
  corpusFiles,
  syntheticCorpus,
  type SyntheticCorpus,
  type SyntheticOptions,
} from '../src/lib/synthetic-corpus.ts';

export async function writeSyntheticContent(contentDir: string, options: SyntheticOptions): Promise<SyntheticCorpus> {
  const from = resolveContentPath(process.cwd(), '.');
  const to = resolve(contentDir);
  if (!relative(from, to).startsWith('..') || !relative(resolve('src'), to).startsWith('..'))
    throw new Error(`refusing to write synthetic content into ${to}: use a folder outside the project's src/`);
  await cp(from, to, { recursive: true });
  const corpus = syntheticCorpus(options);
  for (const file of corpusFiles(corpus)) {
    const path = join(to, file.path);
    await mkdir(dirname(path), { recursive: true });
    await (file.append ? appendFile(path, file.text) : writeFile(path, file.text));
  }
  return corpus;
}
