/**
 * The facts explorer's data (src/lib/explorer/explorer-data.ts shapes it).
 */
import { explorerData } from '@/lib/explorer/explorer-data.ts';
import type { ExplorerData } from '@/lib/explorer/facts-explorer.ts';
import { getGraph } from './content.ts';

let explorer: Promise<ExplorerData> | undefined;

/**
 * Every fact as the facts explorer filters and draws it (`/facts/explorer.json`, and the rows of `/facts/`),
 * made once per build: every static page of the table asks for it, and made per page it was the largest
 * cost of the build at scale (docs/benchmarks.md).
 */
export function getExplorerData(): Promise<ExplorerData> {
  explorer ??= getGraph().then(explorerData);
  return explorer;
}
