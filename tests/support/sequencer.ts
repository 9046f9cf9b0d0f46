/**
 * The order test files start in. A few workers run the files at once (vitest.config.ts); whatever starts last sets
 * how long the run takes, so the longest start first. Vitest's own order does that once an earlier run
 * on the machine has timed every file; with no such timings (a fresh clone, CI) it starts files as it
 * found them, which put the two page tours, each a sixth of the run, last and alone
 * (docs/benchmarks.md). Then files start by what they do: the page tours first, then the other
 * browser files, then the build files.
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** What a file does, longest first, by its path; a file none of these match comes after them. */
const BY_PATH = [/\/tests\/browser\/tour-[^/]+\.test\.ts$/, /\/tests\/browser\//, /\/tests\/build\//];

/** Where a file ranks by its path among files with no timings: 0 for a page tour. */
export function rankByPath(moduleId: string): number {
  const rank = BY_PATH.findIndex((pattern) => pattern.test(moduleId.replaceAll('\\', '/')));
  return rank === -1 ? BY_PATH.length : rank;
}

/**
 * Files in the order given, each project's kept together as given, and within a project by
 * `rankByPath`: a stable sort, so files of one rank keep their order.
 */
export function byPath<T extends { moduleId: string; project: { name: string } }>(files: readonly T[]): T[] {
  const projects = [...new Set(files.map((file) => file.project.name))];
  const key = (file: T) => [projects.indexOf(file.project.name), rankByPath(file.moduleId)] as const;
  return files.toSorted((a, b) => {
    const [pa, ra] = key(a);
    const [pb, rb] = key(b);
    return pa - pb || ra - rb;
  });
}

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const timed = files.every((file) =>
      this.ctx.cache.getFileTestResults(`${file.project.name}:${relative(this.ctx.config.root, file.moduleId)}`),
    );
    return timed ? sorted : byPath(sorted);
  }
}
