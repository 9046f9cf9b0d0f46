/**
 * Which test files must run in a module graph of their own. Vitest runs a project's files without
 * isolation (`isolate: false`) sharing each worker's imported modules, which spares every file
 * importing and transforming them again; a file that replaces a module (`vi.mock`) or a global
 * (`vi.stubGlobal`) would then see, or leave, the real one in another file's cache, so those files
 * run isolated, in a project of their own (`unit-isolated` in vitest.config.ts). Found by what they call, so a new such
 * file needs no list kept by hand.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Calls that replace what other files import (a module, or a function of one), or the globals they
 * read; and listening to the process's own events. A file that expects an unhandled rejection (the YAML
 * loader's test) must not share a process with one that loaded a module handling them for good:
 * @gfx/zopfli (loaded by the search index's test) aborts the process on any, which ended a CI run.
 */
const REPLACES =
  /\bvi\.(?:mock|doMock|spyOn|stubGlobal|stubEnv|useFakeTimers)\(|\bprocess\.(?:on|once|addListener|prependListener)\(/;

/** The `*.test.ts` files under `folder` (a path from the project's root) that replace modules or globals. */
export function filesThatReplace(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(folder, file).replaceAll('\\', '/'))
    .filter((file) => REPLACES.test(readFileSync(file, 'utf8')))
    .sort();
}
