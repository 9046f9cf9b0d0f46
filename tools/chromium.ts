import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { ensureProgram } from './debian-package.ts';

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

function findChromium(): string | undefined {
  return chromiumCandidates().find((path) => existsSync(path));
}

/**
 * Returns a Chromium to drive; as root with apt-get, installs Debian's `chromium` when none is
 * found. Browser tests are never skipped for want of one.
 */
export function ensureChromium(log: (line: string) => void = console.log): string {
  return ensureProgram({
    what: 'Chromium',
    debianPackage: 'chromium',
    find: findChromium,
    lookedIn: chromiumCandidates,
    hint: 'or point CHROME_PATH at a Chromium or Chrome binary.',
    log,
  });
}
