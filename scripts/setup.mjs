// Installs the locked dependencies when they are missing or older than the lock file,
// so `npm start` and `npm test` work on a fresh clone. Plain JavaScript: it runs on
// whatever Node the machine has, before the pinned Node 24 exists in node_modules.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync('package-lock.json').mtimeMs;
if (stale) {
  console.log('Installing the locked dependencies (npm ci)…');
  execSync('npm ci --no-audit', { stdio: 'inherit' });
}
