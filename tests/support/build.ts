import { execFile } from 'node:child_process';
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

/**
 * Runs `npm run build` (Astro's build, then the search index) into `outDir` as a reader would, with `env` added (SITE_BASE,
 * SITE_URL, CONTENT_DIR), and says whether it succeeded and what it printed. Builds in one checkout
 * must not overlap: they share Astro's generated `.astro/` folder.
 */
export async function runBuild(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
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
