/**
 * What `astro build` prints when the content is broken: a copy of the content with one slip, built from
 * there (CONTENT_DIR), must fail with a message naming the file and line, with no stack trace, and
 * before any page is written. Each build stops early: at reading the YAML, or before the first page.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { runBuild } from '../support/build.ts';
import { copyContent, type ContentCopy } from '../../tools/content-copy.ts';

let copy: ContentCopy | undefined;

afterEach(async () => {
  await copy?.remove();
  copy = undefined;
});

/** Builds a copy of the content after `change` edits one of its files; returns what the build printed. */
async function buildBroken(file: string, change: (text: string) => string): Promise<{ log: string; path: string }> {
  copy = await copyContent('broken');
  const path = join(copy.contentDir, file);
  const before = await readFile(path, 'utf8');
  const after = change(before);
  expect(after, 'the change applies').not.toBe(before);
  await writeFile(path, after);
  const { ok, log } = await runBuild(copy.outDir, { CONTENT_DIR: copy.contentDir });
  expect(ok, log).toBe(false);
  expect(existsSync(join(copy.outDir, 'index.html')), 'no page is written').toBe(false);
  // Files are named as the author finds them from the project's folder, as Astro names content files.
  return { log: stripVTControlCharacters(log), path: relative(process.cwd(), path) };
}

/** The line (1-based) of the first occurrence of `needle` in `text`. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

describe('a broken content file stops the build with its file and line', () => {
  it('YAML that does not parse: the file, line, entry and how to fix it', async () => {
    let line = 0;
    const { log, path } = await buildBroken('facts/rail.yaml', (text) => {
      // A hurried edit: a field of rail-khorgos-trains loses its indentation.
      line = lineOf(text, '  value: 2485');
      return text.replace('  value: 2485', 'value: 2485');
    });
    expect(log).toContain(
      `${path}:${line} › rail-khorgos-trains › YAML: unexpected scalar at node end, in “value: 2485”; fix the YAML: start each entry with "- id: …"`,
    );
    expect(log).not.toContain('Stack trace');
  }, 120_000);

  it('a <FactCard> naming a missing fact: the MDX file and line, before any page renders', async () => {
    let line = 0;
    const { log, path } = await buildBroken('corridors/rail.mdx', (text) => {
      line = lineOf(text, '<FactCard id="rail-khorgos-growth" />');
      return text.replace('<FactCard id="rail-khorgos-growth" />', '<FactCard id="rail-khorgos-growht" />');
    });
    expect(log).toContain(
      `${path}:${line} › rail › <FactCard id="rail-khorgos-growht" />: no fact has the id "rail-khorgos-growht"; use the id of an entry in`,
    );
    expect(log).toContain('(did you mean "rail-khorgos-growth"?)');
    expect(log).not.toContain('Stack trace');
  }, 120_000);
});
