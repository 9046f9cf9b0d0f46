import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listPages } from '../../tools/site.ts';
import { SUB_PATH } from '../support/global-setup.ts';

/** One message of the W3C Nu HTML checker's JSON output. */
interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

const builds = [
  { name: 'at the root', dist: inject('distDir') },
  { name: `under ${SUB_PATH}`, dist: inject('subDistDir') },
];

/** vnu-jar's main export is the path of the checker's jar. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

const fileOf = (dist: string, path: string) => `${dist}${path.endsWith('/') ? `${path}index.html` : path}`;
let messages: NuMessage[] = [];

beforeAll(async () => {
  // One run over both builds: the checker's start-up costs more than the pages. For a run of seconds,
  // Java's optimising compiler (C2) costs more than it saves, so the checker is compiled by C1 alone, with
  // the same messages (docs/benchmarks.md); its schema's recursion then needs a larger stack than the
  // 512 KB the checker asks for.
  const { stdout, stderr } = await promisify(execFile)(
    inject('javaPath'),
    [
      '-XX:TieredStopAtLevel=1',
      '-Xss4m',
      '-jar',
      VNU_JAR,
      '--format',
      'json',
      '--exit-zero-always',
      ...builds.flatMap(({ dist }) => listPages(dist).map((path) => fileOf(dist, path))),
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  messages = (JSON.parse(stderr || stdout) as { messages: NuMessage[] }).messages;
}, 120_000);

describe.each(builds)('the HTML of the site built $name, by the W3C Nu checker', ({ dist }) => {
  it.each(listPages(dist))('%s is valid: no error, nothing the checker could not read', (path) => {
    const file = `file:${fileOf(dist, path)}`;
    const problems = messages
      .filter((m) => m.url === file && (m.type !== 'info' || m.subType === 'fatal'))
      .map((m) => `line ${m.lastLine ?? '?'}: ${m.message}`);
    expect(problems).toEqual([]);
  });
});

it('the checker read every page it was given', () => {
  expect(messages.filter((m) => m.type === 'non-document-error').map((m) => `${m.url}: ${m.message}`)).toEqual([]);
});
