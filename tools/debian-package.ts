import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The command that installs a Debian package, as the tests run it and as they tell a person to run it. */
function installCommand(debianPackage: string): string {
  return `apt-get update && apt-get install -y ${debianPackage}`;
}

/**
 * Returns a program the tests need: the first of `find()`'s answers. When there is none and we
 * are root with apt-get (as in CI), installs the Debian package that provides it, saying so;
 * otherwise stops with the exact command to run. Tests are never skipped for want of a tool.
 */
export function ensureProgram(options: {
  what: string;
  debianPackage: string;
  find: () => string | undefined;
  /** Where `find` looked, for the error message. */
  lookedIn: () => string[];
  hint?: string;
  log?: (line: string) => void;
}): string {
  const { what, debianPackage, find, lookedIn, hint = '', log = console.log } = options;
  const found = find();
  if (found) return found;
  const command = installCommand(debianPackage);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log(`No ${what} found; installing Debian's ${debianPackage}: ${command}`);
    execFileSync('sh', ['-c', command], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = find();
    if (installed) return installed;
  }
  throw new Error(
    `The tests need ${what} and none was found (looked in: ${lookedIn().join(', ')}).\n` +
      `Install it with:  sudo sh -c '${command}'${hint ? `\n${hint}` : ''}`,
  );
}
