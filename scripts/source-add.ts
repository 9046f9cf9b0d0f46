/**
 * `npm run source:add -- <file> [--id …] [--title …] [--written YYYY-MM-DD] [--kind …] [--url …] [--dry-run]`:
 * brings a text file in as a source of the content folder (src/content, or CONTENT_DIR), as
 * tools/source-add.ts plans it, and says what is left to do. Refuses, naming the problem, rather than
 * write anything doubtful; `--dry-run` prints what it would write.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { contentPath, resolveContentPath } from '../src/lib/content/content-dir.ts';
import { candidatesFile } from '../tools/fact-candidates.ts';
import { readArticle, readSourceIds, shownPath } from '../tools/site.ts';
import { planSource, sizeProblem, textHash, type ExistingSource } from '../tools/source-add.ts';

const fail = (message: string): never => {
  console.error(`source:add: ${message}`);
  process.exit(1);
};

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        title: { type: 'string' },
        written: { type: 'string' },
        kind: { type: 'string' },
        url: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(
      `${(error as Error).message}\nUsage: npm run source:add -- <file> [--id …] [--title …] [--written YYYY-MM-DD] [--kind …] [--url …] [--dry-run]`,
    );
  }
})();
const [file, ...extra] = positionals;
if (file === undefined || extra.length > 0)
  fail('give one text file: npm run source:add -- <file> [--id …] [--title …]');
const path = file as string;
if (!existsSync(path) || !statSync(path).isFile()) fail(`${path}: no such file`);
// Not read at all when it is too large to be a source.
const tooLarge = sizeProblem(statSync(path).size);
if (tooLarge !== undefined) fail(`${path}: ${tooLarge}`);

if (!existsSync(resolveContentPath(process.cwd(), 'sources')))
  fail(`no folder ${contentPath('sources')}: is this the project's folder?`);
const existing: ExistingSource[] = readSourceIds().map((id) => ({ id, hash: textHash(readArticle(id)) }));
const result = planSource(new Uint8Array(readFileSync(path)), path, values, existing);
if (!result.ok) fail(result.problem);
const { plan } = result as Extract<typeof result, { ok: true }>;

const where = (sub: string) => shownPath(resolveContentPath(process.cwd(), sub));
if (values['dry-run']) {
  console.log(`Would write (nothing written: --dry-run):`);
  for (const { path: sub, text } of plan.files) console.log(`\n── ${where(sub)}\n${text}`);
} else {
  for (const { path: sub, text } of plan.files) {
    const target = resolveContentPath(process.cwd(), sub);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  console.log(
    `Added the source "${plan.id}": ${where(`sources/${plan.id}`)}/ (${plan.paragraphs} paragraphs, sha256 ${plan.sha256.slice(0, 12)}…).`,
  );
}
for (const found of plan.found) console.log(`  Taken from the file: ${found}.`);
const yamlPath = where(`sources/${plan.id}/source.yaml`);
const steps = [
  ...(plan.todo.length > 0
    ? [
        `Fill in ${plan.todo.map((t) => t.field).join(', ')} in ${yamlPath} (each has a comment saying what it is); the build refuses the source until they are written.`,
      ]
    : []),
  `Find its figures: npm run facts:candidates -- ${plan.id} (writes ${where(`facts/${candidatesFile(plan.id)}`)}).`,
  'Move the candidates you keep into a facts file, fill in what each entry leaves empty, then: npm test (the build registers the new pages and anchors).',
  'docs/adding-a-source.md walks through it.',
];
console.log(`\nNext:\n${steps.map((step, i) => `  ${i + 1}. ${step}`).join('\n')}`);
