import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { getFileInfo } from 'prettier';
import { execFileSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { ASIDE, clearAside } from '../../../tools/out-dir.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function parent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'corridors-out-dir-'));
  made.push(dir);
  return dir;
}

describe('clearAside', () => {
  it('leaves no trace of the last build, beside it or in it, once it resolves', async () => {
    const root = parent();
    const dist = join(root, 'dist');
    mkdirSync(join(dist, 'facts', 'a'), { recursive: true });
    writeFileSync(join(dist, 'facts', 'a', 'index.html'), 'old');
    writeFileSync(join(root, 'dist.client-manifest.json'), '{}');
    const done = clearAside(dist);
    // Gone from where Astro will write at once, before the removal ends.
    expect(existsSync(dist)).toBe(false);
    await done;
    expect(readdirSync(root)).toEqual(['dist.client-manifest.json']);
  });

  it('removes what a build stopped half-way left aside, and only that', async () => {
    const root = parent();
    mkdirSync(join(root, 'dist.removing-123', 'facts'), { recursive: true });
    mkdirSync(join(root, 'dist-other'));
    await clearAside(join(root, 'dist'));
    expect(readdirSync(root)).toEqual(['dist-other']);
  });

  it('keeps a .git folder in place, as Astro does', async () => {
    const root = parent();
    const dist = join(root, 'dist');
    mkdirSync(join(dist, '.git'), { recursive: true });
    writeFileSync(join(dist, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(dist, 'index.html'), 'old');
    await clearAside(dist);
    expect(readdirSync(dist)).toEqual(['.git']);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('names the folder it leaves aside so that git, ESLint, Prettier and TypeScript pass it by, should a build stop', async () => {
    const file = `dist${ASIDE}123/_astro/page.js`;
    expect(execFileSync('git', ['check-ignore', '--no-index', file], { encoding: 'utf8' }).trim()).toBe(file);
    expect(await new ESLint().isPathIgnored(file)).toBe(true);
    expect((await getFileInfo(file, { ignorePath: '.prettierignore' })).ignored).toBe(true);
    const tsconfig = JSON.parse(readFileSync('tsconfig.json', 'utf8')) as { exclude: string[] };
    expect(tsconfig.exclude).toContain(`dist${ASIDE}*`);
  });
});
