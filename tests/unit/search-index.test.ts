import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, RECORDS_FILE } from '@/build/search-index';

const ok = { errors: [] as string[] };
const ENGINE =
  'export async function search(searchTerm) { const normalisedTerm = searchTerm.trim(); return normalisedTerm; }\n';

function fakePagefind(overrides: Partial<Record<'addDirectory' | 'addHTMLFile' | 'writeFiles', unknown>> = {}) {
  const index = {
    addDirectory: vi.fn(async () => ({ ...ok, page_count: 4 })),
    addHTMLFile: vi.fn(async () => ({ ...ok, file: { uniqueWords: 1, url: '/', meta: {} } })),
    // Writes a stand-in for Pagefind's loader, as the real one does.
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
      await mkdir(outputPath, { recursive: true });
      await writeFile(join(outputPath, 'pagefind.js'), ENGINE);
      return { ...ok, outputPath };
    }),
    addCustomRecord: vi.fn(),
    getFiles: vi.fn(),
    deleteIndex: vi.fn(),
    ...overrides,
  };
  return {
    index,
    api: { createIndex: vi.fn(async () => ({ ...ok, index })), close: vi.fn(async () => null) },
  };
}

let dir: string;
const logger = { info: vi.fn() };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pagefind-test-'));
  await writeFile(
    join(dir, RECORDS_FILE),
    JSON.stringify([
      { url: '/a/#f', content: '<html></html>' },
      { url: '/b/#p1', content: '<html></html>' },
    ]),
  );
});

describe('buildSearchIndex', () => {
  it('indexes the pages and every record, writes the bundle into the site and reports the counts', async () => {
    const { api, index } = fakePagefind();
    // The real module's types are wider than the fake; the fake has what buildSearchIndex calls.
    const summary = await buildSearchIndex(dir, api as never, logger);
    expect(index.addDirectory).toHaveBeenCalledWith({ path: dir });
    expect(index.addHTMLFile).toHaveBeenCalledTimes(2);
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, 'pagefind') });
    expect(summary).toMatchObject({ pages: 4, records: 2 });
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Indexed 4 HTML files \(the pages' data-pagefind-body only\) and 2 records of places and of facts and paragraphs grouped by source in \d+ ms \(pages \d+ ms, records \d+ ms, writing \d+ ms\)$/,
      ),
    );
    expect(api.close).toHaveBeenCalledOnce();
    expect(await readdir(dir)).not.toContain(RECORDS_FILE);
  });

  it('hands Pagefind only the pages that mark a body to index, not the whole folder to parse', async () => {
    const { api, index } = fakePagefind();
    const page = '<html><body><main data-pagefind-body><h1>Rail</h1></main></body></html>';
    await mkdir(join(dir, 'corridors', 'rail'), { recursive: true });
    await mkdir(join(dir, 'facts', 'f'), { recursive: true });
    await writeFile(join(dir, 'corridors', 'rail', 'index.html'), page);
    await writeFile(join(dir, 'facts', 'f', 'index.html'), '<html><body><main><h1>A fact</h1></main></body></html>');
    const summary = await buildSearchIndex(dir, api as never, logger);
    expect(index.addDirectory).not.toHaveBeenCalled();
    expect(index.addHTMLFile).toHaveBeenCalledWith({
      sourcePath: join('corridors', 'rail', 'index.html'),
      content: page,
    });
    // The page and the two records.
    expect(index.addHTMLFile).toHaveBeenCalledTimes(3);
    expect(summary).toMatchObject({ pages: 1, records: 2 });
  });

  it('fails when a page is refused', async () => {
    const { api } = fakePagefind({ addHTMLFile: vi.fn(async () => ({ errors: ['bad HTML'], file: null })) });
    await writeFile(join(dir, 'index.html'), '<html><body><main data-pagefind-body></main></body></html>');
    await expect(buildSearchIndex(dir, api as never, logger)).rejects.toThrow(
      'could not index the page index.html:\nbad HTML',
    );
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('minifies Pagefind’s loader, keeping what it exports', async () => {
    const { api } = fakePagefind();
    await buildSearchIndex(dir, api as never, logger);
    const engine = await readFile(join(dir, 'pagefind', 'pagefind.js'), 'utf8');
    expect(engine.length).toBeLessThan(ENGINE.length);
    expect(engine).not.toContain('normalisedTerm');
    expect(engine).toMatch(/export\s*\{[^}]*search/);
  });

  it('fails the build with Pagefind’s errors, and still closes Pagefind', async () => {
    const { api } = fakePagefind({
      addDirectory: vi.fn(async () => ({ errors: ['bad HTML in x.html'], page_count: 0 })),
    });
    await expect(buildSearchIndex(dir, api as never, logger)).rejects.toThrow(
      /could not index the pages in .*\nbad HTML in x.html/,
    );
    expect(api.close).toHaveBeenCalledOnce();
  });

  it('fails when a record is refused', async () => {
    const { api } = fakePagefind({ addHTMLFile: vi.fn(async () => ({ errors: ['no content'], file: null })) });
    await expect(buildSearchIndex(dir, api as never, logger)).rejects.toThrow(
      'could not add the record for /a/#f:\nno content',
    );
    expect(api.close).toHaveBeenCalledOnce();
  });
});
