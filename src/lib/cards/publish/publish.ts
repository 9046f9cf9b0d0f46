/**
 * The card step of `npm run build` (scripts/build.ts), after Astro's process has ended: reads which
 * cards the build names and what each shows (`card-manifest.json`, src/pages/card-manifest.json.ts,
 * then removes it), draws those the cache does not hold, spread over worker threads (draw-worker.ts),
 * and places every card in the build from the cache (place.ts). Drawing outside Astro's process
 * costs its build nothing per card, and uses every core where Astro's routes drew one card at a time.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { cardKey, type CardContent } from '../content.ts';
import { rendererId } from '../render.ts';
import { CARD_MANIFEST_FILE, planCards, type CardManifest, type CardStats } from './plan.ts';
import { cachedFile, placeCard } from './place.ts';

/** Draws `jobs` into the cache; the default spreads them over worker threads. */
export type Drawer = (
  jobs: Map<string, CardContent>,
  where: { site: string; cacheDir: string; root: string },
) => Promise<void>;

export interface PublishOptions {
  /** The cards' cache: CARD_CACHE_DIR, else `node_modules/.cache/cards`. */
  cacheDir: string;
  /** The project's folder, where the drawing's code and fonts are. */
  root?: string;
  draw?: Drawer;
  /** What draws the cards, for their keys: `rendererId` by default. */
  renderer?: string;
}

/** The cards' cache folder: CARD_CACHE_DIR (the scale benchmark's own), else node_modules/.cache/cards. */
export function cardCacheDir(env: Record<string, string | undefined>, root: string): string {
  return env['CARD_CACHE_DIR'] ?? join(root, 'node_modules/.cache/cards');
}

/** Places every card the build in `outDir` names, drawing those the cache lacks; says how many of each. */
export async function publishCards(outDir: string, options: PublishOptions): Promise<CardStats> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { cacheDir, root = process.cwd(), draw = drawInWorkers } = options;
  const manifestFile = join(outDir, CARD_MANIFEST_FILE);
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as CardManifest;
  rmSync(manifestFile);
  const renderer = `${options.renderer ?? rendererId(root)}; ${manifest.site}`;
  let cached: Set<string>;
  try {
    cached = new Set(readdirSync(cacheDir).map((name) => name.replace(/\.png$/, '')));
  } catch {
    cached = new Set();
  }
  const plan = planCards(manifest.cards, (content) => cardKey(content, renderer), cached);
  if (plan.draw.size > 0) await draw(plan.draw, { site: manifest.site, cacheDir, root });
  let bytes = 0;
  let link = true;
  for (const { file, key } of plan.files) {
    const from = cachedFile(cacheDir, key);
    link = placeCard(from, join(outDir, file), link).linked;
    bytes += statSync(from).size;
  }
  return {
    drawn: plan.draw.size,
    cached: plan.files.length - plan.draw.size,
    bytes,
    milliseconds: performance.now() - started,
    // The whole process's, its worker threads' included: on a shared machine, steadier than the wall time.
    cpuMilliseconds: (({ user, system }) => (user + system) / 1000)(process.cpuUsage(cpu)),
  };
}

/** Draws each card in one of up to `availableParallelism()` worker threads, the next to whichever is free. */
export const drawInWorkers: Drawer = async (jobs, workerData) => {
  // sharp's libraries must be loaded by the main thread before any worker loads them (sharp's
  // documentation, 'Worker threads'); each worker draws one card at a time, so libvips needs one thread.
  const { default: sharp } = await import('sharp');
  sharp.concurrency(1);
  const queue = [...jobs];
  const count = Math.min(availableParallelism(), queue.length);
  const one = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(new URL('./draw-worker.ts', import.meta.url), { workerData });
      const next = () => {
        const job = queue.shift();
        if (job === undefined) void worker.terminate().then(() => done());
        else worker.postMessage({ key: job[0], content: job[1] });
      };
      worker.on('message', (reply: { key: string; error?: string }) => {
        if (reply.error !== undefined) {
          fail(new Error(`Drawing the card ${reply.key} failed: ${reply.error}`));
          void worker.terminate();
        } else next();
      });
      worker.on('error', fail);
      next();
    });
  await Promise.all(Array.from({ length: count }, one));
};
