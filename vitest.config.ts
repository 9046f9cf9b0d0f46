import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import LongestFirst from './tests/support/sequencer.ts';
import { filesThatReplace } from './tests/support/isolation.ts';

/** Unit test files that replace a module or a global: each runs in a module graph of its own. */
const REPLACING = filesThatReplace('tests/unit');

export default defineConfig({
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  test: {
    // Two test files at once: build and browser tests mostly wait, on Chromium or on a build in a process
    // of its own, so two keep both cores of a two-core machine busy, where Vitest's default (a core less
    // than the machine has) runs one; a third made every file slower (docs/benchmarks.md, 'How many files
    // run at once'). Builds still run one at a time (tests/support/build.ts). Set for every project:
    // projects with different limits would have to run one after the other.
    maxWorkers: 2,
    // The longest files first, so the workers end together (tests/support/sequencer.ts).
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: REPLACING,
          // A worker's files share the modules they import, rather than each importing and transforming
          // them again (tests/support/isolation.ts says which files cannot).
          isolate: false,
          // A file's first test that loads the data layer (tests/unit/pages, tests/unit/cite) compiles it
          // first: seconds, and more than Vitest's default 5 while a test run keeps both cores busy.
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          include: REPLACING,
          testTimeout: 20_000,
        },
      },
      {
        // Build and browser tests share one build of the site, served on 127.0.0.1.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          // As the unit tests: none of these files replaces a module or a global.
          isolate: false,
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Browser assertions retry until they hold; a second is short on a busy two-core machine.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
