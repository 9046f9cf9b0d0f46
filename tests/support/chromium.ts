import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The flags every launch uses: headless, no sandbox as root, and no calls home on a closed network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/** Chromium builds Playwright keeps in its cache, newest first. */
function playwrightCache(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((name) => name.startsWith('chromium-') || name.startsWith('chromium_headless_shell-'))
    .sort()
    .reverse()
    .flatMap((name) => [
      join(root, name, 'chrome-linux', 'chrome'),
      join(root, name, 'chrome-linux64', 'chrome'),
      join(root, name, 'chrome-headless-shell-linux64', 'chrome-headless-shell'),
    ]);
}

/** Where to look for Chromium, in order: CHROME_PATH, Debian's, Playwright's cache. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env, home = homedir()): string[] {
  const cache = env['PLAYWRIGHT_BROWSERS_PATH'] ?? join(home, '.cache', 'ms-playwright');
  return [env['CHROME_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', ...playwrightCache(cache)].filter(
    (path): path is string => typeof path === 'string' && path.length > 0,
  );
}

export function findChromium(exists: (path: string) => boolean = existsSync): string | undefined {
  return chromiumCandidates().find((path) => exists(path));
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * Returns a Chromium to drive. When none is found and we are root with
 * apt-get, installs Debian's `chromium`, saying so; otherwise stops with the
 * exact command to run. Browser tests are never skipped for want of one.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
  const found = findChromium();
  if (found) return found;
  if (isRoot() && existsSync('/usr/bin/apt-get')) {
    log(`No Chromium found; installing Debian's chromium: ${INSTALL_COMMAND}`);
    execFileSync('sh', ['-c', INSTALL_COMMAND], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    `Browser tests need Chromium and none was found (looked in: ${chromiumCandidates().join(', ')}).\n` +
      `Install it with:  sudo sh -c '${INSTALL_COMMAND}'\nor point CHROME_PATH at a Chromium or Chrome binary.`,
  );
}
