import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesThatReplace } from '../../support/isolation.ts';

const root = mkdtempSync(join(tmpdir(), 'isolation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * Writes `files` (path → text) under a new folder and returns the folder. The texts say `VI` for `vi`
 * and `PROCESS` for `process`, so that this file does not itself read as one that replaces a module.
 */
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(root, 'tests-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text.replaceAll('VI.', 'vi.').replaceAll('PROCESS.', 'process.'));
  }
  return dir;
}

describe('the unit test files that run isolated', () => {
  it('are those that replace a module or a global, in any folder, and only test files', () => {
    const dir = folder({
      'a/mocks.test.ts': "VI.mock('astro:content', () => ({}));",
      'a/hoisted.test.ts': "const x = VI.hoisted(() => 1);\nVI.doMock('./y.ts');",
      'b/deep/globals.test.ts': "VI.stubGlobal('fetch', () => {});",
      'b/env.test.ts': "VI.stubEnv('CI', 'true');",
      'b/timers.test.ts': 'VI.useFakeTimers();',
      'c/plain.test.ts': "import { it } from 'vitest';\nit('adds', () => {});",
      'c/spies.test.ts': "VI.spyOn(console, 'log');",
      'c/fakes.test.ts': 'const log = VI.fn();',
      'd/rejection.test.ts': "PROCESS.once('unhandledRejection', () => {});",
      'd/exit-code.test.ts': 'expect(PROCESS.exitCode).toBe(0);',
      'c/helper.ts': "VI.mock('./z.ts');",
    });
    const found = filesThatReplace(dir).map((file) => file.slice(dir.length + 1));
    expect(found).toEqual([
      'a/hoisted.test.ts',
      'a/mocks.test.ts',
      'b/deep/globals.test.ts',
      'b/env.test.ts',
      'b/timers.test.ts',
      'c/spies.test.ts',
      'd/rejection.test.ts',
    ]);
  });

  it('include the files of this project that replace a module, and not this one', () => {
    expect(filesThatReplace('tests/unit')).toContain('tests/unit/content/graph.test.ts');
    expect(filesThatReplace('tests/unit')).not.toContain('tests/unit/tools/isolation.test.ts');
  });

  it('leave none among the build and browser tests, which all share their modules', () => {
    expect([...filesThatReplace('tests/build'), ...filesThatReplace('tests/browser')]).toEqual([]);
  });
});
