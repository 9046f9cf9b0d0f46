import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The boundaries are eslint.config.js's: these lint one import at a time, as if written in a file of
// each folder, with the project's own configuration.
const root = fileURLToPath(new URL('../../../', import.meta.url));
let eslint: ESLint;

// Loading the configuration (TypeScript's and Astro's plugins) is slow on a busy machine: once, here.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root, overrideConfigFile: 'eslint.config.js' });
  await eslint.calculateConfigForFile(`${root}src/lib/x.ts`);
}, 60_000);

/** The messages of the import rules for `source` imported (statically, or with `import()`) by a file at `file`. */
async function importProblems(file: string, source: string, dynamic = false): Promise<string[]> {
  const code = dynamic
    ? `export const loaded = await import('${source}');\n`
    : `import * as imported from '${source}';\nexport const loaded = imported;\n`;
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? [])
    .filter(({ ruleId }) => ruleId === 'no-restricted-imports' || ruleId === 'no-restricted-syntax')
    .map(({ message }) => message);
}

describe('import boundaries, checked by ESLint', () => {
  // [a file in the folder, what it imports, words of the refusal]
  const refused: [string, string, string][] = [
    ['src/lib/site/x.ts', '@/data/content.ts', 'src/lib is pure logic'],
    ['src/lib/site/x.ts', '../../data/content.ts', 'src/lib is pure logic'],
    ['src/lib/content/x.ts', '../../components/facts/FactCard.astro', 'src/lib is pure logic'],
    ['src/lib/content/x.ts', '@/pages/facts/[id].astro', 'src/lib is pure logic'],
    ['src/lib/content/x.ts', '@/layouts/BaseLayout.astro', 'src/lib is pure logic'],
    ['src/lib/content/checks/x.ts', '../../../pages/facts/[id].astro', 'src/lib is pure logic'],
    ['src/lib/search/x.ts', 'astro:content', "Astro's virtual modules"],
    ['src/client/search/x.ts', '@/data/content.ts', "reader's browser"],
    ['src/client/search/x.ts', '../../integrations/site-url.ts', "reader's browser"],
    ['src/client/search/x.ts', '@/lib/search/search-index.ts', "reader's browser"],
    ['src/client/search/x.ts', 'node:fs', "reader's browser"],
    ['src/client/search/x.ts', 'astro:content', "reader's browser"],
    ['src/pages/x.ts', '../../tools/site.ts', 'src is the site'],
    ['src/lib/text/x.ts', '../../../tests/support/build.ts', 'src is the site'],
    ['scripts/x.ts', '../tests/support/build.ts', 'never import each other'],
    ['tests/unit/tools/x.test.ts', '../../../scripts/build.ts', 'never import each other'],
    ['tests/build/x.test.ts', '../../scripts/budget.ts', 'never import each other'],
    ['tools/x.ts', '../scripts/build.ts', 'never scripts or tests'],
    ['tools/x.ts', '../tests/support/build.ts', 'never scripts or tests'],
  ];

  it.each(refused)('%s may not import %s', async (file, source, words) => {
    const [problem, ...more] = await importProblems(file, source);
    expect(problem).toContain(words);
    expect(more).toEqual([]);
  });

  it.each(refused)('%s may not import() %s either', async (file, source, words) => {
    expect(await importProblems(file, source, true)).toEqual([expect.stringContaining(words)]);
  });

  // The same targets, from folders allowed to import them, and imports next to a boundary.
  const allowed: [string, string][] = [
    ['src/data/x.ts', '@/lib/content/graph.ts'],
    ['src/pages/x.ts', '@/data/content.ts'],
    ['src/components/facts/x.ts', '../../client/explorer/facts-explorer.ts'],
    ['src/lib/site/x.ts', '../content/figures.ts'],
    // src/lib/pages/ is logic that shapes pages' data, not src/pages/.
    ['src/lib/site/x.ts', '../pages/toc.ts'],
    ['src/lib/content/checks/x.ts', '../../pages/toc.ts'],
    ['src/data/pages/x.ts', '@/lib/pages/toc.ts'],
    ['src/lib/export/x.ts', 'astro/zod'],
    ['src/lib/search/x.ts', 'node:fs'],
    ['src/client/search/x.ts', '@/lib/search/search-results.ts'],
    ['scripts/x.ts', '../tools/site.ts'],
    ['scripts/x.ts', '../src/lib/search/search-index.ts'],
    ['tests/unit/tools/x.test.ts', '../../../tools/site.ts'],
    ['tests/build/x.test.ts', '../support/build.ts'],
    ['tools/x.ts', '../src/lib/content/figures.ts'],
  ];

  it.each(allowed)('%s may import %s', async (file, source) => {
    expect(await importProblems(file, source)).toEqual([]);
    expect(await importProblems(file, source, true)).toEqual([]);
  });
});
