// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Which folder may import which (docs/architecture.md, 'What may import what'), as patterns on what an
 * import names: `@/x` (the alias of `src/x`) or a relative path climbing to it. Each names its rule in
 * its message, so a failing import says why it is refused.
 * @typedef {{ regex: string, message: string }} Boundary
 */
/** @param {string} folders alternatives of folder names under src (a regex fragment) */
const inSrc = (folders) => String.raw`^(?:@/|(?:\.\./)+)(?:${folders})(?:/|\.|$)`;
/** @param {string} folders alternatives of folder names at the repository's top (a regex fragment) */
const atTop = (folders) => String.raw`^(?:\.\./)+(?:${folders})(?:/|$)`;

/** @satisfies {Record<string, Boundary[]>} */
const BOUNDARIES = {
  src: [
    {
      regex: atTop('tools|scripts|tests'),
      message: 'src is the site: tools/, scripts/ and tests/ import it, never the other way.',
    },
  ],
  lib: [
    {
      regex: inSrc('data|components|pages|layouts|integrations|loaders'),
      message:
        'src/lib is pure logic: the data layer, components, pages, layouts and build hooks use it, never the other way.',
    },
    {
      regex: '^astro:',
      message: "src/lib never imports Astro's virtual modules (astro:*), so unit tests run it without a build.",
    },
  ],
  client: [
    {
      regex: inSrc('data|integrations|loaders|schemas|content\\.config|pages|layouts|components'),
      message: "src/client runs in the reader's browser: it never imports the data layer or build-time modules.",
    },
    {
      regex: String.raw`^(?:node:|astro:content$|pagefind$)|/search-index(?:\.ts)?$`,
      message:
        "src/client runs in the reader's browser: Node's modules, astro:content and Pagefind's Node API are build-time.",
    },
  ],
  scripts: [
    {
      regex: atTop('tests'),
      message: 'scripts and tests share code through tools/ and never import each other.',
    },
  ],
  tests: [
    {
      regex: atTop('scripts'),
      message: 'tests and scripts share code through tools/ and never import each other.',
    },
  ],
  tools: [
    {
      regex: atTop('scripts|tests'),
      message: 'tools/ is what scripts and tests both use: it imports src, never scripts or tests.',
    },
  ],
};

/**
 * The rules for files under `boundaries`: `no-restricted-imports` for `import` and `export … from`, and
 * `no-restricted-syntax` for `import()`, which the first does not see. ESLint keeps only the last options
 * of a rule that a file matches, so a block for a folder inside src repeats the boundary of all of src.
 * @param {Boundary[]} boundaries
 * @returns {import('eslint').Linter.RulesRecord}
 */
function restrict(boundaries) {
  return {
    'no-restricted-imports': ['error', { patterns: boundaries.map(({ regex, message }) => ({ regex, message })) }],
    'no-restricted-syntax': [
      'error',
      // esquery's regex literal ends at the first slash, so a slash in the pattern is written \x2F.
      ...boundaries.map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=/${regex.replaceAll('/', String.raw`\x2F`)}/]`,
        message,
      })),
    ],
  };
}

export default defineConfig(
  // Build output, dependencies and generated types are not ours to lint.
  { ignores: ['dist/', 'node_modules/', '.astro/', '.test-output/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { console: 'readonly', process: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
  },
  {
    files: ['**/*.astro'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.astro'] } },
  },
  { files: ['src/**'], rules: restrict(BOUNDARIES.src) },
  { files: ['src/lib/**'], rules: restrict([...BOUNDARIES.src, ...BOUNDARIES.lib]) },
  { files: ['src/client/**'], rules: restrict([...BOUNDARIES.src, ...BOUNDARIES.client]) },
  { files: ['scripts/**'], rules: restrict(BOUNDARIES.scripts) },
  { files: ['tests/**'], rules: restrict(BOUNDARIES.tests) },
  { files: ['tools/**'], rules: restrict(BOUNDARIES.tools) },
);
