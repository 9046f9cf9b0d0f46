import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureProgram } from '../../tools/debian-package.ts';

/** Where to look for Java, in order: JAVA_HOME, then `java` on the PATH. */
function javaCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const onPath = (env['PATH'] ?? '')
    .split(':')
    .filter(Boolean)
    .map((dir) => join(dir, 'java'));
  return [...(env['JAVA_HOME'] ? [join(env['JAVA_HOME'], 'bin', 'java')] : []), ...onPath];
}

function findJava(): string | undefined {
  return javaCandidates().find((path) => {
    if (!existsSync(path)) return false;
    try {
      execFileSync(path, ['-version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
}

/** Returns a Java runtime for the W3C Nu HTML checker; as root with apt-get, installs Debian's `default-jre-headless`. */
export function ensureJava(log: (line: string) => void = console.log): string {
  return ensureProgram({
    what: 'a Java runtime (for the W3C Nu HTML checker)',
    debianPackage: 'default-jre-headless',
    find: findJava,
    lookedIn: javaCandidates,
    hint: 'or point JAVA_HOME at a Java 11 or later.',
    log,
  });
}
