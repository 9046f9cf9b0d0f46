/**
 * A newcomer's first minute, side by side: `npm run bench:first-run` clones this repository's HEAD
 * (or each of `--refs`) into a temporary folder and runs the README's `npm start` there until the
 * first page answers 200,
 * and beside it a fresh Starlight site on the same Astro, with one docs page holding the article, run
 * through install (`npm ci`), build and preview. Both on the same warm npm cache: a first round,
 * not counted, fills it (and resolves Starlight's lock file: `npm install astro@<ours>
 * @astrojs/starlight`); then `--rounds` rounds (2 by default), each running the two one after the
 * other, in turns which goes first. Prints a table of each run (time to the first page and to the
 * end of install and build, CPU seconds, install size, warning lines, and the warnings themselves),
 * then one JSON object as its last line. Not a test: it asserts nothing. See docs/benchmarks.md.
 *
 * Our clone runs on the machine's Node and npm (the PATH without node_modules/.bin, no npm_* variables),
 * as a newcomer's would. Starlight's runs on the Node running this script, the pinned Node 24: Astro
 * 7 refuses to run on Node 20, so a Starlight newcomer needs a Node 24 of their own.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const { values: args } = parseArgs({
  options: {
    rounds: { type: 'string', default: '2' },
    /** Commits of ours to measure, comma-separated (before and after a change, in the same run). */
    refs: { type: 'string', default: 'HEAD' },
    keep: { type: 'boolean', default: false },
  },
});
const refs = args.refs.split(',').filter(Boolean);
const rounds = Number(args.rounds);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error('--rounds must be a positive whole number');

const root = fileURLToPath(new URL('..', import.meta.url));
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};
const astroVersion = lock.packages['node_modules/astro']?.version;
if (!astroVersion) throw new Error('package-lock.json has no astro');
const OUR_PORT = 4321; // what `npm start` serves on
const STARLIGHT_PORT = 4329;

/** The environment of a newcomer's shell: no npm_* variables, no node_modules/.bin on the PATH. */
function newcomerEnv(nodeDir?: string): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)));
  const path = (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => !dir.endsWith(join('node_modules', '.bin')));
  return { ...env, PATH: [...(nodeDir ? [nodeDir] : []), ...path].join(delimiter) };
}

interface Run {
  /** `ours` (`ours@<ref>` with several refs) or `starlight`. */
  site: string;
  /** Seconds from the command's start: npm's "added N packages", the server's first line, the first 200. */
  installedS: number;
  servingS: number;
  firstPageS: number;
  /** CPU seconds of the whole process tree until the first 200 (user + system, children included). */
  cpuS: number;
  nodeModulesMiB: number;
  packages: number;
  warnings: string[];
}

/** CPU seconds used by a process and its descendants, those alive and those they have waited for. */
function treeCpuSeconds(rootPid: number): number {
  const stats = new Map<number, { ppid: number; ticks: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // After the name in parentheses: state, ppid, … utime (14), stime, cutime, cstime (17).
      const fields = readFileSync(`/proc/${name}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      const ticks = [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
      stats.set(Number(name), { ppid: Number(fields[1]), ticks });
    } catch {
      // The process ended while we read.
    }
  }
  let ticks = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    ticks += stats.get(pid)?.ticks ?? 0;
    for (const [child, { ppid }] of stats) if (ppid === pid) stack.push(child);
  }
  return ticks / 100; // USER_HZ, 100 on Linux
}

async function status(url: string): Promise<number> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}

/** Runs a shell command in `cwd` until `url` answers 200, then stops it; what it printed, and when. */
async function runUntilServed(command: string, cwd: string, env: NodeJS.ProcessEnv, url: string) {
  if ((await status(url)) !== 0) throw new Error(`something already answers on ${url}: stop it first`);
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  const child = spawn('sh', ['-c', command], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: { at: number; text: string }[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let rest = '';
    stream.setEncoding('utf8').on('data', (chunk: string) => {
      const parts = (rest + chunk).split('\n');
      rest = parts.pop() ?? '';
      for (const text of parts) lines.push({ at: seconds(), text });
    });
  }
  let ended = false;
  child.on('exit', () => (ended = true));
  let cpuS: number;
  for (;;) {
    if (ended) throw new Error(`${command} in ${cwd} ended before serving:\n${lines.map((l) => l.text).join('\n')}`);
    if ((await status(url)) === 200) {
      cpuS = child.pid === undefined ? 0 : treeCpuSeconds(child.pid);
      break;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  const firstPageS = seconds();
  const exited = new Promise((done) => child.on('close', done));
  if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
  await exited;
  const at = (pattern: RegExp) => lines.find((line) => pattern.test(line.text))?.at ?? Number.NaN;
  const added = lines.find((line) => /^added \d+ packages/.test(line.text));
  return {
    firstPageS,
    cpuS,
    installedS: at(/^added \d+ packages/),
    servingS: at(/\bLocal\b|ready in \d/),
    packages: Number(/^added (\d+)/.exec(added?.text ?? '')?.[1] ?? Number.NaN),
    // npm's, Node's and Astro's warnings ("npm warn", "(node:1) Warning", "[WARN]"), one line each.
    warnings: lines.map((line) => line.text).filter((text) => /\bwarn(ing)?\b|\[WARN\]/i.test(text)),
  };
}

async function sizeMiB(dir: string): Promise<number> {
  const child = spawn('du', ['-sk', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  await new Promise((done) => child.on('close', done));
  return Number(out.split('\t')[0]) / 1024;
}

async function sh(command: string, cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn('sh', ['-c', command], { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const code = await new Promise((done) => child.on('close', done));
  if (code !== 0) throw new Error(`${command} failed in ${cwd}`);
}

const work = mkdtempSync(join(tmpdir(), 'first-run-'));
const starlightEnv = newcomerEnv(dirname(process.execPath));
const ourEnv = newcomerEnv();
const machineNode = spawnSync('node', ['-v'], { env: ourEnv, encoding: 'utf8' }).stdout.trim();

// Starlight's site: the article as its one docs page, under a title and paragraphs as Markdown.
const template = join(work, 'starlight-template');
mkdirSync(join(template, 'src', 'content', 'docs'), { recursive: true });
writeFileSync(
  join(template, 'package.json'),
  `${JSON.stringify({ name: 'starlight-first-run', private: true, type: 'module', scripts: { build: 'astro build', preview: `astro preview --host 127.0.0.1 --port ${STARLIGHT_PORT}` } }, null, 2)}\n`,
);
writeFileSync(
  join(template, 'astro.config.mjs'),
  "import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n\nexport default defineConfig({ integrations: [starlight({ title: 'Corridors' })] });\n",
);
writeFileSync(
  join(template, 'src', 'content.config.ts'),
  "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\n\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
);
const article = readFileSync(join(root, 'src/content/sources/xian-summit-corridors/article.txt'), 'utf8');
const paragraphs = article
  .split(/\n\s*\n/)
  .map((paragraph) => paragraph.trim())
  .filter(Boolean);
writeFileSync(
  join(template, 'src', 'content', 'docs', 'index.md'),
  `---\ntitle: China and Central Asia ahead of the Xi’an summit\n---\n\n${paragraphs.join('\n\n')}\n`,
);

/** Our site at a commit: a clone, `npm start`. */
function ours(ref: string): Site {
  return {
    name: refs.length > 1 ? `ours@${ref}` : 'ours',
    async run(dir) {
      await sh(`git clone -q "${root}" "${dir}" && git -C "${dir}" checkout -q "${ref}"`, work, ourEnv);
      return runUntilServed('npm start', dir, ourEnv, `http://127.0.0.1:${OUR_PORT}/`);
    },
  };
}

const starlight: Site = {
  name: 'starlight',
  async run(dir) {
    cpSync(template, dir, { recursive: true, filter: (path) => !path.includes('node_modules') });
    const command = 'npm ci --no-audit --no-fund && npm run build && npm run preview';
    return runUntilServed(command, dir, starlightEnv, `http://127.0.0.1:${STARLIGHT_PORT}/`);
  },
};

interface Site {
  name: string;
  run: (dir: string) => Promise<Omit<Run, 'site' | 'nodeModulesMiB'>>;
}

async function measure(site: Site, dir: string): Promise<Run> {
  const run = await site.run(dir);
  const measured = { site: site.name, ...run, nodeModulesMiB: await sizeMiB(join(dir, 'node_modules')) };
  if (!args.keep) rmSync(dir, { recursive: true, force: true });
  return measured;
}

const sites = [...refs.map(ours), starlight];
console.log(
  `Working in ${work}; Astro ${astroVersion}; ours on Node ${machineNode}, Starlight on Node ${process.version}`,
);
console.log('Warm-up round (not counted): fills the npm cache for each and resolves Starlight’s lock file…');
await sh(`npm install --no-audit --no-fund astro@${astroVersion} @astrojs/starlight`, template, starlightEnv);
rmSync(join(template, 'node_modules'), { recursive: true, force: true });
for (const [i, site] of refs.map(ours).entries()) await measure(site, join(work, `warm-up-${i}`));

const runs: Run[] = [];
for (let round = 1; round <= rounds; round += 1) {
  // Each round in another order, so no site always runs first (or right after the same one).
  const order = sites.map((_, i) => sites[(i + round - 1) % sites.length] as Site);
  for (const [i, site] of order.entries()) {
    const run = await measure(site, join(work, `round-${round}-${i}`));
    runs.push(run);
    console.log(
      `round ${round} ${run.site}: first page ${run.firstPageS.toFixed(1)} s (installed ${run.installedS.toFixed(1)} s, serving ${run.servingS.toFixed(1)} s), CPU ${run.cpuS.toFixed(1)} s, node_modules ${run.nodeModulesMiB.toFixed(0)} MiB (${run.packages} packages), ${run.warnings.length} warning lines`,
    );
  }
}
const starlightPackage = JSON.parse(readFileSync(join(template, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string }>;
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const summary = Object.fromEntries(
  sites.map(({ name }) => {
    const mine = runs.filter((run) => run.site === name);
    const of = (key: 'firstPageS' | 'installedS' | 'cpuS' | 'nodeModulesMiB') => median(mine.map((run) => run[key]));
    return [
      name,
      {
        firstPageS: of('firstPageS'),
        installedS: of('installedS'),
        cpuS: of('cpuS'),
        nodeModulesMiB: of('nodeModulesMiB'),
        warningLines: Math.max(...mine.map((run) => run.warnings.length)),
      },
    ];
  }),
);
console.log(`\nMedians of ${rounds} round${rounds === 1 ? '' : 's'}:`);
console.table(summary);
console.log('Warnings printed (first run of each):');
for (const { name } of sites) {
  const warnings = runs.find((run) => run.site === name)?.warnings ?? [];
  console.log(`${name}: ${warnings.length === 0 ? 'none' : ''}`);
  for (const line of warnings) console.log(`  ${line}`);
}
if (!args.keep) rmSync(work, { recursive: true, force: true });
console.log(
  JSON.stringify({
    astro: astroVersion,
    starlight: starlightPackage.packages['node_modules/@astrojs/starlight']?.version,
    ourNode: machineNode,
    starlightNode: process.version,
    load: loadavg(),
    rounds,
    summary,
    runs,
  }),
);
