// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Which folder may import which (docs/architecture.md, 'What may import what'). Each boundary names the
 * files it holds for (`from`, a folder from the repository's root) and what they may not import: folders
 * and files by their path from the root, however an import reaches them (`@/x` for `src/x`, or a
 * relative path climbing exactly to it, so `src/lib/pages/` is not mistaken for `src/pages/`), and
 * modules by name. Its message says why, so a refused import explains itself.
 * @typedef {{ from: string, paths: string[], modules?: string, message: string }} Boundary
 */
/** @type {Boundary[]} */
const BOUNDARIES = [
  {
    from: 'src',
    paths: ['tools', 'scripts', 'tests'],
    message: 'src is the site: tools/, scripts/ and tests/ import it, never the other way.',
  },
  {
    from: 'src/lib',
    paths: ['src/data', 'src/components', 'src/pages', 'src/layouts', 'src/integrations', 'src/loaders'],
    message:
      'src/lib is pure logic: the data layer, components, pages, layouts and build hooks use it, never the other way.',
  },
  {
    from: 'src/lib',
    paths: [],
    modules: '^astro:',
    message: "src/lib never imports Astro's virtual modules (astro:*), so unit tests run it without a build.",
  },
  {
    from: 'src/client',
    paths: [
      ...['data', 'integrations', 'loaders', 'schemas', 'pages', 'layouts', 'components'].map((f) => `src/${f}`),
      'src/content.config.ts',
      'src/lib/search/search-index.ts',
    ],
    modules: '^(?:node:|astro:content$|pagefind$)',
    message:
      "src/client runs in the reader's browser: it never imports the data layer or build-time modules (Node's, astro:content, Pagefind's Node API and the index step).",
  },
  {
    from: 'scripts',
    paths: ['tests'],
    message: 'scripts and tests share code through tools/ and never import each other.',
  },
  {
    from: 'tests',
    paths: ['scripts'],
    message: 'tests and scripts share code through tools/ and never import each other.',
  },
  {
    from: 'tools',
    paths: ['scripts', 'tests'],
    message: 'tools/ is what scripts and tests both use: it imports src, never scripts or tests.',
  },
];
/** Folders deeper than this below the repository's root hold no code of ours. */
const DEEPEST = 8;

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const climb = (/** @type {number} */ levels) => (levels === 0 ? String.raw`\./` : `(?:\\.\\./){${levels}}`);

/**
 * The pattern of the imports `boundary` refuses in a file `depth` folders below the root.
 * @param {Boundary} boundary
 * @param {number} depth
 */
function pattern({ paths, modules }, depth) {
  const ways = paths.flatMap((path) => {
    const inSrc = path.startsWith('src/') ? path.slice('src/'.length) : undefined;
    const all = [climb(depth) + escape(path)];
    if (inSrc !== undefined) all.push(`@/${escape(inSrc)}`, climb(depth - 1) + escape(inSrc));
    return all;
  });
  const byPath = ways.length > 0 ? [`^(?:${ways.join('|')})(?:/|$)`] : [];
  return [...byPath, ...(modules === undefined ? [] : [modules])].join('|');
}

/**
 * The rules of the files `depth` folders below the root under `boundaries`: `no-restricted-imports` for
 * `import` and `export … from`, and `no-restricted-syntax` for `import()`, which the first does not see.
 * @param {Boundary[]} boundaries
 * @param {number} depth
 * @returns {import('eslint').Linter.RulesRecord}
 */
function restrict(boundaries, depth) {
  const refused = boundaries.map((boundary) => ({ regex: pattern(boundary, depth), message: boundary.message }));
  return {
    'no-restricted-imports': ['error', { patterns: refused }],
    'no-restricted-syntax': [
      'error',
      // esquery's regex literal ends at the first slash, so a slash in the pattern is written \x2F.
      ...refused.map(({ regex, message }) => ({
        selector: `ImportExpression[source.value=/${regex.replaceAll('/', String.raw`\x2F`)}/]`,
        message,
      })),
    ],
  };
}

/**
 * A config block for each folder a boundary holds for and each depth of file below it. ESLint keeps only
 * the options of the last block a file matches, so a folder's blocks come after its parent's and repeat
 * the boundaries of every folder it is in (src/lib's include src's).
 */
function boundaryBlocks() {
  const folders = [...new Set(BOUNDARIES.map((b) => b.from))].sort((a, b) => a.split('/').length - b.split('/').length);
  return folders.flatMap((folder) => {
    const levels = folder.split('/').length;
    const holding = BOUNDARIES.filter((b) => folder === b.from || folder.startsWith(`${b.from}/`));
    return Array.from({ length: DEEPEST - levels + 1 }, (_, i) => levels + i).map((depth) => ({
      files: [`${folder}/${'*/'.repeat(depth - levels)}*`],
      rules: restrict(holding, depth),
    }));
  });
}

export default defineConfig(
  // Build output, dependencies and generated types are not ours to lint.
  { ignores: ['dist/', 'dist.removing-*/', 'node_modules/', '.astro/', '.test-output/'] },
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
  ...boundaryBlocks(),
);
