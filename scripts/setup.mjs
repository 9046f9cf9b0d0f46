// Installs the locked dependencies a command needs when they are missing or older than the lock
// file, so `npm start` and `npm test` work on a fresh clone:
//   node scripts/setup.mjs        what builds and serves the site (`dependencies`), for `npm start`
//   node scripts/setup.mjs test   that and the test tools (`devDependencies`), for `npm test`
// Plain JavaScript: it runs on whatever Node the machine has, before the pinned Node 24 exists in
// node_modules.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { engineWarningFilter, installArgs, npmSatisfies } from '../tools/npm-install.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const marker = 'node_modules/.package-lock.json'; // npm's record of what it installed
const lock = readJson('package-lock.json');
const args = installArgs({
  tests: process.argv[2] === 'test',
  pkg: readJson('package.json'),
  lockRoot: lock.packages[''],
  installed: existsSync(marker) ? readJson(marker).packages : {},
  fresh: existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs,
});
if (args) {
  console.log(`Installing the locked dependencies (npm ${args.join(' ')})…`);
  process.exitCode = await npm(args, lock.packages['node_modules/node']?.version);
}

/** Runs npm with its output passed through, less the engine warnings the pinned Node answers. */
function npm(npmArgs, pinnedNode) {
  const cli = process.env.npm_execpath;
  // The npm that runs this script, on the same Node; else the one on the PATH.
  const viaCli = cli !== undefined && /npm-cli\.js$/.test(cli);
  const [command, ...rest] = viaCli ? [process.execPath, cli, ...npmArgs] : ['npm', ...npmArgs];
  const child = spawn(command, rest, { stdio: ['inherit', 'inherit', 'pipe'] });
  const filter = engineWarningFilter({
    pinnedNode,
    satisfies: npmSatisfies(),
    write: (line) => process.stderr.write(`${line}\n`),
  });
  let partial = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    lines.forEach((line) => filter.line(line));
  });
  return new Promise((done) =>
    child.on('close', (code) => {
      if (partial) filter.line(partial);
      const left = filter.end();
      if (left.length > 0) {
        console.log(
          `Left out npm's "Unsupported engine" warnings for ${left.length} package${left.length === 1 ? '' : 's'}: npm ran on Node ` +
            `${process.version}, but they run on the pinned Node ${pinnedNode}, which they support.`,
        );
      }
      done(code ?? 1);
    }),
  );
}
