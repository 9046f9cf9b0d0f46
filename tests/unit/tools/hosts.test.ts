import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkHost,
  hostReport,
  HOSTS,
  hostsLine,
  measureDist,
  type DistMeasure,
  type Host,
} from '../../../tools/hosts.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A build folder holding `files` (path → bytes). */
function folder(files: Record<string, number>): string {
  const root = mkdtempSync(join(tmpdir(), 'hosts-'));
  made.push(root);
  for (const [path, bytes] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), Buffer.alloc(bytes, 0x61));
  }
  return root;
}

/** A host with small limits of every kind, so fixture folders can sit at, under and over each. */
const SMALL: Host = {
  id: 'small',
  name: 'Small host',
  limits: [
    { kind: 'bytes', max: 1000 },
    { kind: 'files', max: 4 },
    { kind: 'entries', max: 6 },
    { kind: 'fileBytes', max: 500 },
    { kind: 'folderEntries', max: 3 },
  ],
  source: 'https://example.org/limits',
  read: '2026-12-07',
};

describe('a build against a host’s limits', () => {
  it('measures files, folders, bytes, the largest file, the fullest folder and the largest groups', () => {
    const root = folder({ 'index.html': 100, 'facts/a/index.html': 300, 'facts/b/index.html': 200, 'cards/x.png': 50 });
    symlinkSync(join(root, 'index.html'), join(root, 'link.html'));
    const measure = measureDist(root);
    expect(measure).toEqual({
      files: 4,
      folders: 4,
      links: 1,
      bytes: 650,
      largestFile: { path: 'facts/a/index.html', bytes: 300 },
      fullestFolder: { path: '.', entries: 4 },
      groups: [
        { folder: 'facts', files: 2, bytes: 500 },
        { folder: '(root)', files: 1, bytes: 100 },
        { folder: 'cards', files: 1, bytes: 50 },
      ],
    });
  });

  it('fits at each limit exactly, saying what is left', () => {
    // 4 files (1,000 bytes, the largest 500), 2 folders: 6 entries, 3 of them in the root.
    const at = checkHost(
      SMALL,
      measureDist(folder({ 'a.html': 500, 'b.html': 300, 'x/c.html': 100, 'x/y/d.html': 100 })),
    );
    expect(at.fits).toBe(true);
    expect(hostReport(at)).toBe(
      [
        'Small host: fits',
        '  ✓ site size: 1.0 kB of 1.0 kB (100 %), 0 B to spare',
        '  ✓ files: 4 of 4 (100 %), 0 to spare',
        '  ✓ entries (files, folders and links): 6 of 6 (100 %), 0 to spare',
        '  ✓ largest file (a.html): 500 B of 500 B (100 %), 0 B to spare',
        '  ✓ entries in one folder (.): 3 of 3 (100 %), 0 to spare',
        '  limits: https://example.org/limits (read 2026-12-07)',
      ].join('\n'),
    );
  });

  it('fits under every limit', () => {
    const under = checkHost(SMALL, measureDist(folder({ 'a.html': 10 })));
    expect(under.fits).toBe(true);
    expect(under.checks.map((c) => c.line)).toContain('files: 1 of 4 (25 %), 3 to spare');
  });

  it('does not fit over any one limit, naming it and by how much', () => {
    const over = (files: Record<string, number>) => {
      const result = checkHost(SMALL, measureDist(folder(files)));
      return { fits: result.fits, failing: result.checks.filter((c) => !c.fits).map((c) => c.line) };
    };
    expect(over({ 'a.html': 500, 'b.html': 501 })).toEqual({
      fits: false,
      failing: [
        'site size: 1.0 kB of 1.0 kB (100 %), 1 B over',
        'largest file (b.html): 501 B of 500 B (100 %), 1 B over',
      ],
    });
    expect(over({ 'a/1': 1, 'a/2': 1, 'b/3': 1, 'b/4': 1, 'b/5': 1 }).failing).toEqual([
      'files: 5 of 4 (125 %), 1 over',
      'entries (files, folders and links): 7 of 6 (117 %), 1 over',
    ]);
    expect(over({ '1': 1, '2': 1, '3': 1, '4': 1 }).failing).toEqual([
      'entries in one folder (.): 4 of 3 (133 %), 1 over',
    ]);
  });
});

describe('the hosts’ published limits', () => {
  const measure = (over: Partial<DistMeasure>): DistMeasure => ({
    files: 100,
    folders: 10,
    links: 0,
    bytes: 1_000_000,
    largestFile: { path: 'x', bytes: 1000 },
    fullestFolder: { path: '.', entries: 10 },
    groups: [],
    ...over,
  });
  const host = (id: string) => HOSTS.find((h) => h.id === id) as Host;

  it.each([
    ['github-pages', { bytes: 1_000_000_000 }, { bytes: 1_000_000_001 }],
    ['gitlab-pages', { files: 150_000, folders: 50_000 }, { files: 150_000, folders: 50_001 }],
    ['cloudflare-pages', { files: 20_000 }, { files: 20_001 }],
    [
      'cloudflare-pages',
      { largestFile: { path: 'big', bytes: 25 * 1024 * 1024 } },
      { largestFile: { path: 'big', bytes: 25 * 1024 * 1024 + 1 } },
    ],
    [
      'netlify',
      { fullestFolder: { path: 'facts', entries: 54_000 } },
      { fullestFolder: { path: 'facts', entries: 54_001 } },
    ],
  ] as const)('%s: a build at the limit fits, one past it does not', (id, at, past) => {
    expect(checkHost(host(id), measure(at)).fits).toBe(true);
    expect(checkHost(host(id), measure(past)).fits).toBe(false);
  });

  it('each names the page that publishes it and when it was read', () => {
    for (const { source, read } of HOSTS) {
      expect(source).toMatch(/^https:\/\//);
      expect(read).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('gives the build one line when it is over any host, naming those it still fits', () => {
    expect(hostsLine(measure({}))).toBeUndefined();
    expect(hostsLine(measure({ files: 31_907, bytes: 575_000_000 }))).toBe(
      '575.0 MB in 31,907 files: over the limits of Cloudflare Pages (Free plan) (files: 31,907 of 20,000 (160 %), 11,907 over); fits GitHub Pages, GitLab Pages (GitLab.com), Netlify. npm run check:host -- all says more.',
    );
  });
});
