import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { HOST_FLAGS } from '../../src/integrations/site-url.ts';

/** Variables Vitest sets for its own Vite (NODE_ENV=test, BASE_URL=/, …) that must not leak into a production build, and the hosts’ flags. */
const VITEST_ENV = [
  'NODE_ENV',
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
  'TEST',
  // A test build run on a host's CI (GitHub Actions, …) must not take that host's address: tests pass SITE_URL.
  ...HOST_FLAGS,
];

export interface BuildResult {
  /** Whether `npm run build` exited with 0. */
  ok: boolean;
  /** What it printed, stdout then stderr. */
  log: string;
  seconds: number;
}

/** Whether the process that wrote a lock is still running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Waits until no other build of this checkout runs and holds that until the function returned is
 * called: builds in one checkout must not overlap, as they share Astro's generated `.astro/` folder,
 * and test files run in several workers at once; a dev server writes there too (tests/browser/dev-server.test.ts).
 * The lock is a file holding its owner's process id, so one left by a run that was killed is taken over.
 */
export async function holdBuildLock(): Promise<() => Promise<void>> {
  const id = createHash('sha256').update(process.cwd()).digest('hex').slice(0, 16);
  const lock = join(tmpdir(), `corridors-build-${id}.lock`);
  for (;;) {
    try {
      const file = await open(lock, 'wx');
      await file.writeFile(String(process.pid));
      await file.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(await readFile(lock, 'utf8').catch(() => ''));
      if (owner > 0 && !running(owner)) await rm(lock, { force: true });
      else await sleep(250);
    }
  }
  return () => rm(lock, { force: true });
}

/** Runs `use` while no other build of this checkout runs (`holdBuildLock`). */
async function oneBuildAtATime<T>(use: () => Promise<T>): Promise<T> {
  const release = await holdBuildLock();
  try {
    return await use();
  } finally {
    await release();
  }
}

/**
 * Runs `npm run build` (Astro's build, then the search index) into `outDir` as a reader would, with `env` added (SITE_BASE,
 * SITE_URL, CONTENT_DIR), and says whether it succeeded and what it printed; never two at once in one
 * checkout (`oneBuildAtATime`).
 */
export function runBuild(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return oneBuildAtATime(() => build(outDir, env));
}

async function build(outDir: string, env: Record<string, string>): Promise<BuildResult> {
  const started = performance.now();
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.includes(key)));
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const { stdout, stderr } = await promisify(execFile)(
      'npm',
      ['run', '--silent', 'build', '--', '--outDir', outDir],
      {
        maxBuffer: 64 * 1024 * 1024,
        env: { ...clean, ...env },
      },
    );
    return { ok: true, log: `${stdout}\n${stderr}`, seconds: seconds() };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, log: `${stdout}\n${stderr}`, seconds: seconds() };
  }
}

/** Builds the site, or throws with what the build printed. */
export async function buildSite(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const { ok, log, seconds } = await runBuild(outDir, env);
  if (!ok) throw new Error(`npm run build into ${outDir} failed:\n${log}`);
  const what = [env['SITE_BASE'] && `for ${env['SITE_BASE']}`, env['CONTENT_DIR'] && `from ${env['CONTENT_DIR']}`];
  console.log(
    `Built the site${what
      .filter(Boolean)
      .map((w) => ` ${w}`)
      .join('')} into ${outDir} in ${seconds.toFixed(1)} s`,
  );
  return log;
}
