/**
 * A worker thread of the card step (publish.ts): draws each card it is sent and writes it to the cache,
 * then says which it has done. One card at a time, so the step hands the next to whichever
 * worker is free.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { CardContent } from '../content.ts';
import { drawCard } from '../render.ts';
import { writeCached } from './place.ts';

const { site, root, cacheDir } = workerData as { site: string; root: string; cacheDir: string };
const port = parentPort;
if (port === null) throw new Error('draw-worker.ts runs as a worker thread');
port.on('message', ({ key, content }: { key: string; content: CardContent }) => {
  drawCard(content, site, root).then(
    (png) => {
      writeCached(cacheDir, key, png);
      port.postMessage({ key });
    },
    (error: unknown) => port.postMessage({ key, error: String(error instanceof Error ? error.stack : error) }),
  );
});
