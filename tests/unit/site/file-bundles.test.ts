import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FILE_BUNDLES_DIR, fileBundleBody, writeFileBundles, writtenFilesLine } from '@/lib/site/file-bundles.ts';

let outDir: string;
beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'file-bundles-'));
});
afterEach(() => rmSync(outDir, { recursive: true, force: true }));

function bundle(name: string, files: { path: string; body: string }[]) {
  mkdirSync(join(outDir, FILE_BUNDLES_DIR), { recursive: true });
  writeFileSync(join(outDir, FILE_BUNDLES_DIR, name), fileBundleBody(files));
}

describe('writeFileBundles', () => {
  it('writes each bundled file with its exact text, making its folders, then removes the bundles and their folder', () => {
    mkdirSync(join(outDir, 'facts/a'), { recursive: true });
    writeFileSync(join(outDir, 'facts/a/index.html'), '<p>page</p>');
    const ris = 'TY  - WEB\r\nTI  - Kōrgas “trains”\r\nER  - \r\n';
    bundle('source-one.json', [
      { path: 'facts/a/citation.ris', body: ris },
      { path: 'embed/facts/a/oembed.json', body: '{"type":"rich"}' },
    ]);
    bundle('charts.json', [{ path: 'embed/charts/c/oembed.json', body: '{}' }]);
    const written = writeFileBundles(outDir);
    expect(readFileSync(join(outDir, 'facts/a/citation.ris'), 'utf8')).toBe(ris);
    expect(readFileSync(join(outDir, 'embed/facts/a/oembed.json'), 'utf8')).toBe('{"type":"rich"}');
    expect(readFileSync(join(outDir, 'embed/charts/c/oembed.json'), 'utf8')).toBe('{}');
    expect(readFileSync(join(outDir, 'facts/a/index.html'), 'utf8')).toBe('<p>page</p>');
    expect(existsSync(join(outDir, FILE_BUNDLES_DIR))).toBe(false);
    expect(written).toMatchObject({ bundles: 2, files: 3, bytes: Buffer.byteLength(ris) + 17 });
    expect(writtenFilesLine(written)).toMatch(/^wrote 3 files \(0\.0 MiB\) from 2 bundles in \d+ ms$/);
  });

  it('writes nothing and says so when the build has no bundles', () => {
    expect(writeFileBundles(outDir)).toEqual({ bundles: 0, files: 0, bytes: 0, milliseconds: 0 });
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('refuses a file the build already holds: two owners of one address', () => {
    mkdirSync(join(outDir, 'facts/a'), { recursive: true });
    writeFileSync(join(outDir, 'facts/a/citation.bib'), 'from a route');
    bundle('source-one.json', [{ path: 'facts/a/citation.bib', body: 'from a bundle' }]);
    expect(() => writeFileBundles(outDir)).toThrow(
      'The file bundle source-one.json names facts/a/citation.bib, which the build already holds',
    );
    expect(readFileSync(join(outDir, 'facts/a/citation.bib'), 'utf8')).toBe('from a route');
  });

  it.each(['../outside.txt', '/etc/passwd', 'facts//a.bib', 'facts/./a.bib', 'facts\\..\\a.bib'])(
    'refuses a path that could leave the build folder: %s',
    (path) => {
      bundle('source-one.json', [{ path, body: 'x' }]);
      expect(() => writeFileBundles(outDir)).toThrow(`names a path outside the build folder: "${path}"`);
    },
  );
});
