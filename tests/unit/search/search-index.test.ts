import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { decodeCbor, encodeCbor, metaPages, sign, unsign, type Cbor } from '@/lib/search/pagefind-meta.ts';
import { buildSearchIndex, compactFragmentNames, pageFile, RECORDS_FILE } from '@/lib/search/search-index.ts';

const ok = { errors: [] as string[] };
const ENGINE =
  'export async function search(searchTerm) { const normalisedTerm = searchTerm.trim(); return normalisedTerm; }\n';
/** A stand-in for Pagefind's English WebAssembly: signed and gzipped at zlib's default level, as Pagefind writes it. */
const WASM = Buffer.concat([
  Buffer.from('pagefind_dcd'),
  ...Array.from({ length: 100 }, (_, i) =>
    Buffer.from(`(func $f${i} (i32.add (local.get ${i % 7}) (i32.const ${i * 31})))`),
  ),
]);
const WASM_FILE = 'wasm.en.pagefind';
/** The files of Pagefind's own search interfaces, as Pagefind 1.6 writes them beside the index. */
const PAGEFIND_UI = [
  'pagefind-component-ui.css',
  'pagefind-component-ui.js',
  'pagefind-highlight.js',
  'pagefind-modular-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-ui.css',
  'pagefind-ui.js',
];

function fakePagefind(overrides: Partial<Record<'addDirectory' | 'addHTMLFile' | 'writeFiles', unknown>> = {}) {
  const index = {
    addDirectory: vi.fn(),
    addHTMLFile: vi.fn(async () => ({ ...ok, file: { uniqueWords: 1, url: '/', meta: {} } })),
    // Writes a stand-in for Pagefind's loader, as the real one does.
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
      await mkdir(outputPath, { recursive: true });
      await writeFile(join(outputPath, 'pagefind.js'), ENGINE);
      await writeFile(join(outputPath, 'pagefind-entry.json'), JSON.stringify({ languages: { en: { wasm: 'en' } } }));
      await writeFile(join(outputPath, WASM_FILE), gzipSync(WASM));
      await writeFile(join(outputPath, 'wasm.unknown.pagefind'), gzipSync(WASM));
      // Its own search interfaces, which the site does not use, and the engine's worker, which it does.
      for (const name of [...PAGEFIND_UI, 'pagefind-worker.js']) await writeFile(join(outputPath, name), '/* */');
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
const RAIL = '<html><body><main data-pagefind-body><h1>Rail</h1></main></body></html>';
const PLACES = '<html><body><main data-pagefind-body><h1>Places</h1></main></body></html>';

/** A built site: two pages to index, a fact page not to, and the records file naming the two. */
async function site(pages = ['/corridors/rail/', '/places/']): Promise<void> {
  await writeFile(
    join(dir, RECORDS_FILE),
    JSON.stringify({
      pages,
      records: [
        { url: '/a/#f', content: '<html></html>' },
        { url: '/b/#p1', content: '<html></html>' },
      ],
    }),
  );
  for (const [path, html] of [
    ['corridors/rail', RAIL],
    ['places', PLACES],
    ['facts/f', '<html><body><main><h1>A fact</h1></main></body></html>'],
  ] as const) {
    await mkdir(join(dir, path), { recursive: true });
    await writeFile(join(dir, path, 'index.html'), html);
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pagefind-test-'));
  await site();
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('pageFile', () => {
  it('is the file a page path is built into', () => {
    expect([pageFile('/'), pageFile('/corridors/rail/')]).toEqual(['index.html', 'corridors/rail/index.html']);
  });

  it('refuses what is not a page path', () => {
    expect(() => pageFile('corridors/rail/')).toThrow('Not a page');
    expect(() => pageFile('/data/facts.csv')).toThrow('Not a page');
  });
});

describe('buildSearchIndex', () => {
  it('indexes the listed pages and every record, writes the bundle into the site and reports the counts', async () => {
    const { api, index } = fakePagefind();
    // The real module's types are wider than the fake; the fake has what buildSearchIndex calls.
    const summary = await buildSearchIndex(dir, api as never, logger);
    expect(index.addHTMLFile).toHaveBeenCalledTimes(4);
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: join(dir, 'pagefind') });
    expect(summary).toMatchObject({ pages: 2, records: 2 });
    expect(logger.info).toHaveBeenCalledWith(
      expect.stringMatching(
        /^Indexed 2 HTML files \(the pages' data-pagefind-body only\) and 2 records of places and of facts and paragraphs grouped by source in \d+ ms \(pages \d+ ms, records \d+ ms, writing \d+ ms\)$/,
      ),
    );
    expect(api.close).toHaveBeenCalledOnce();
    expect(await readdir(dir)).not.toContain(RECORDS_FILE);
  });

  it('hands Pagefind the listed pages only, not the whole folder to parse', async () => {
    const { api, index } = fakePagefind();
    await buildSearchIndex(dir, api as never, logger);
    expect(index.addDirectory).not.toHaveBeenCalled();
    expect(index.addHTMLFile).toHaveBeenCalledWith({
      sourcePath: join('corridors', 'rail', 'index.html'),
      content: RAIL,
    });
    expect(index.addHTMLFile).toHaveBeenCalledWith({ sourcePath: join('places', 'index.html'), content: PLACES });
    expect(index.addHTMLFile).not.toHaveBeenCalledWith(
      expect.objectContaining({ sourcePath: expect.stringMatching(/^facts/) as unknown }),
    );
  });

  it('refuses a hand-off file without pages and records, as an older build wrote', async () => {
    await writeFile(join(dir, RECORDS_FILE), JSON.stringify([{ url: '/a/#f', content: '<html></html>' }]));
    const { api } = fakePagefind();
    await expect(buildSearchIndex(dir, api as never, logger)).rejects.toThrow('holds no pages and records to index');
  });

  it('fails when a listed page marks nothing to index, or is missing', async () => {
    await site(['/facts/f/']);
    const { api } = fakePagefind();
    await expect(buildSearchIndex(dir, api as never, logger)).rejects.toThrow(
      'The page /facts/f/ is listed for search but marks no data-pagefind-body',
    );
    expect(api.close).toHaveBeenCalledOnce();
    await site(['/corridors/air/']);
    await expect(buildSearchIndex(dir, fakePagefind().api as never, logger)).rejects.toThrow('ENOENT');
  });

  it('fails when a page is refused', async () => {
    const { api } = fakePagefind({ addHTMLFile: vi.fn(async () => ({ errors: ['bad HTML'], file: null })) });
    await expect(buildSearchIndex(dir, api as never, logger)).rejects.toThrow(
      `could not index the page ${join('corridors', 'rail', 'index.html')}:\nbad HTML`,
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

  it('recompresses the WebAssembly the index’s languages fetch, smaller, to the same bytes, kept for the next build', async () => {
    const cache = await mkdtemp(join(tmpdir(), 'pagefind-cache-'));
    onTestFinished(() => rm(cache, { recursive: true, force: true }));
    await buildSearchIndex(dir, fakePagefind().api as never, logger, cache);
    const written = gzipSync(WASM);
    const recompressed = await readFile(join(dir, 'pagefind', WASM_FILE));
    expect(recompressed.length).toBeLessThan(written.length);
    expect(gunzipSync(recompressed).equals(WASM)).toBe(true);
    // The next build takes it from the cache: what is kept there is what it writes.
    const [kept] = await readdir(cache);
    await writeFile(join(cache, kept ?? ''), gzipSync(WASM, { level: 1 }));
    await site();
    await buildSearchIndex(dir, fakePagefind().api as never, logger, cache);
    expect((await readFile(join(dir, 'pagefind', WASM_FILE))).equals(gzipSync(WASM, { level: 1 }))).toBe(true);
  });

  it('publishes only what the site’s search fetches: no bundle of Pagefind’s own interfaces, no language the index lacks', async () => {
    await buildSearchIndex(dir, fakePagefind().api as never, logger);
    expect((await readdir(join(dir, 'pagefind'))).sort()).toEqual([
      'pagefind-entry.json',
      'pagefind-worker.js',
      'pagefind.js',
      WASM_FILE,
    ]);
  });

  it('fails when a record is refused, and still closes Pagefind', async () => {
    const refused = vi.fn(async (file: { url?: string }) =>
      file.url === '/a/#f'
        ? { errors: ['no content'], file: null }
        : { ...ok, file: { uniqueWords: 1, url: '/', meta: {} } },
    );
    const { api } = fakePagefind({ addHTMLFile: refused });
    await expect(buildSearchIndex(dir, api as never, logger)).rejects.toThrow(
      'could not add the record for /a/#f:\nno content',
    );
    expect(api.close).toHaveBeenCalledOnce();
  });
});

describe('compactFragmentNames', () => {
  /** A bundle as Pagefind writes it: the entry naming the metadata, which lists three records and two fragments. */
  async function bundle(): Promise<string> {
    const out = join(dir, 'pagefind');
    await mkdir(join(out, 'fragment'), { recursive: true });
    const meta: Cbor = [
      '1.6.0',
      [
        ['en_2af6721', 570, ''],
        ['en_6f9a20b', 469, ''],
        ['en_2af6721', 570, ''],
      ],
      [['00', 'zz', 'en_ad682cb']],
      [],
      [],
      ['title'],
    ];
    await writeFile(join(out, 'pagefind.en_5b45e5edb6.pf_meta'), gzipSync(sign(encodeCbor(meta))));
    await writeFile(join(out, 'fragment', 'en_2af6721.pf_fragment'), 'first');
    await writeFile(join(out, 'fragment', 'en_6f9a20b.pf_fragment'), 'second');
    await writeFile(
      join(out, 'pagefind-entry.json'),
      JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_5b45e5edb6', wasm: 'en', page_count: 3 } } }),
    );
    return out;
  }

  it('renames the fragments in the order the metadata lists them, and writes the metadata and entry naming them', async () => {
    const out = await bundle();
    expect(await compactFragmentNames(out)).toBe(2);
    const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8')) as {
      languages: { en: { hash: string; wasm: string; page_count: number } };
    };
    expect(entry.languages.en).toMatchObject({ wasm: 'en', page_count: 3 });
    expect(entry.languages.en.hash).toMatch(/^en_[0-9a-f]{10}$/);
    expect((await readdir(out)).filter((name) => name.endsWith('.pf_meta'))).toEqual([
      `pagefind.${entry.languages.en.hash}.pf_meta`,
    ]);
    const meta = decodeCbor(
      unsign(gunzipSync(await readFile(join(out, `pagefind.${entry.languages.en.hash}.pf_meta`)))),
    );
    const [folder] = await readdir(join(out, 'fragment'));
    expect(folder).toMatch(/^[0-9a-z]{1,4}$/);
    expect(metaPages(meta).map((page) => page.hash)).toEqual([`${folder}/0`, `${folder}/1`, `${folder}/0`]);
    expect((meta as Cbor[]).slice(2)).toEqual([[['00', 'zz', 'en_ad682cb']], [], [], ['title']]);
    expect(await readFile(join(out, 'fragment', folder ?? '', '0.pf_fragment'), 'utf8')).toBe('first');
    expect(await readFile(join(out, 'fragment', folder ?? '', '1.pf_fragment'), 'utf8')).toBe('second');
  });

  it('names the folder after the index, so a changed index pairs a name with an older fragment only if two hashes share 4 base-36 digits', async () => {
    const first = await bundle();
    await compactFragmentNames(first);
    const [before] = await readdir(join(first, 'fragment'));
    await rm(first, { recursive: true });
    const second = await bundle();
    await writeFile(
      join(second, 'pagefind.en_5b45e5edb6.pf_meta'),
      gzipSync(
        sign(
          encodeCbor([
            '1.6.0',
            [
              ['en_2af6721', 571, ''],
              ['en_6f9a20b', 469, ''],
            ],
            [],
            [],
            [],
            [],
          ]),
        ),
      ),
    );
    await compactFragmentNames(second);
    const [after] = await readdir(join(second, 'fragment'));
    expect(after).not.toBe(before);
  });

  it('refuses metadata it would not write back as Pagefind wrote it', async () => {
    const out = await bundle();
    // A length in more bytes than it takes: valid CBOR, not as Pagefind writes it.
    await writeFile(join(out, 'pagefind.en_5b45e5edb6.pf_meta'), gzipSync(sign(Uint8Array.from([0x18, 5]))));
    await expect(compactFragmentNames(out)).rejects.toThrow('is not written back as it was read');
  });
});
