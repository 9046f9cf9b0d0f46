/**
 * `astro dev` started on a content folder (CONTENT_DIR) and a free port, for the dev-loop test
 * (tests/browser/dev-server.test.ts) and its benchmark (scripts/dev-bench.ts): what it printed so far, its
 * address once it listens, and a way to stop it and everything it started.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { stripVTControlCharacters } from 'node:util';

export interface DevServer {
  /** `http://127.0.0.1:<port>`, without a trailing slash. */
  origin: string;
  /** Milliseconds from starting the process to Astro's “ready” line with its address. */
  readyMs: number;
  /** Everything it printed so far, stdout and stderr as they came, without colours. */
  output: () => string;
  /** Resolves once `text` appears in what it printed after `from` characters (default: anywhere). */
  waitForOutput: (text: string, options?: { from?: number; timeoutMs?: number }) => Promise<void>;
  stop: () => Promise<void>;
}

/** A port nothing listens on now. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

// Astro's own command (its package exports do not list it), run on the Node that runs this.
const ASTRO = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

/** Variables a test runner sets that must not reach Astro's own Vite (it would think it runs under Vitest). */
const RUNNER_ENV = ['NODE_ENV', 'VITEST', 'VITEST_MODE', 'VITEST_POOL_ID', 'VITEST_WORKER_ID', 'TEST', 'MODE'];

export async function startDevServer(options: { contentDir: string; timeoutMs?: number }): Promise<DevServer> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !RUNNER_ENV.includes(name))),
    CONTENT_DIR: options.contentDir,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const started = performance.now();
  // Its own process group, so stopping it ends whatever it starts too.
  const child = spawn(
    process.execPath,
    [ASTRO, 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    {
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let printed = '';
  let exited: number | null | undefined;
  const append = (chunk: Buffer) => (printed += stripVTControlCharacters(chunk.toString('utf8')));
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  child.on('exit', (code) => (exited = code));

  const waitForOutput = async (text: string, { from = 0, timeoutMs = 60_000 } = {}) => {
    const deadline = performance.now() + timeoutMs;
    while (!printed.includes(text, from)) {
      if (exited !== undefined) throw new Error(`astro dev exited (${exited}) before printing “${text}”:\n${printed}`);
      if (performance.now() > deadline) throw new Error(`astro dev did not print “${text}”:\n${printed}`);
      await sleep(25);
    }
  };
  const stop = async () => {
    if (exited !== undefined || child.pid === undefined) return;
    const ended = new Promise((done) => child.once('exit', done));
    process.kill(-child.pid, 'SIGTERM');
    await Promise.race([ended, sleep(5000)]);
    if (exited === undefined) process.kill(-child.pid, 'SIGKILL');
  };
  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitForOutput(`${origin}/`, { timeoutMs: options.timeoutMs ?? 120_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, readyMs: performance.now() - started, output: () => printed, waitForOutput, stop };
}
