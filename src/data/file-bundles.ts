/**
 * Which files `astro build` hands over in bundles rather than as routes of their own
 * (src/lib/site/file-bundles.ts says why and writes them): each source's bundle holds its citation files
 * and its facts' (citation.csl.json, .bib, .ris) and their embeds' oEmbed documents; one more, `charts`,
 * holds the charts' oEmbed documents. Under `astro dev` each file is a route instead, rendered when asked
 * for (`filesAsRoutes`); both make a file's text with the same function, so dev shows what is published.
 */
import { CITATION_FORMATS, citationFile } from '@/lib/cite/download.ts';
import { citationPath, oembedPath } from '@/lib/site/links.ts';
import type { BundledFile } from '@/lib/site/file-bundles.ts';
import { factCslItem, sourceCslItem } from './citations.ts';
import { getCharts, getGraph, getSources, required } from './content.ts';
import { oembedFile } from './pages/oembed.ts';

/** Whether the citation files and oEmbed documents are routes of their own: under `astro dev` only. */
export const filesAsRoutes = (): boolean => import.meta.env.DEV;

const SOURCE_PREFIX = 'source-';
const CHARTS = 'charts';

/** The bundles' names: `source-<id>` for each source, and `charts` when there are charts. */
export async function fileBundleNames(): Promise<string[]> {
  const names = (await getSources()).map((source) => `${SOURCE_PREFIX}${source.id}`);
  return (await getCharts()).length > 0 ? [...names, CHARTS] : names;
}

/** A file's path in the build folder: its address on a site at the root, without the leading slash. */
const inBuild = (path: string) => path.slice(1);

/** The files of the bundle `name`, each with its path in the build folder and its text. */
export async function fileBundleFiles(name: string, site: URL | undefined): Promise<BundledFile[]> {
  if (name === CHARTS)
    return Promise.all(
      (await getCharts()).map(async (chart) => ({
        path: inBuild(oembedPath('/', 'charts', chart.id)),
        body: await oembedFile('charts', chart.id, site),
      })),
    );
  if (!name.startsWith(SOURCE_PREFIX)) throw new Error(`No file bundle is named "${name}"`);
  const graph = await getGraph();
  const sourceId = name.slice(SOURCE_PREFIX.length);
  const source = required(graph.source.get(sourceId), `source "${sourceId}"`);
  const sourceItem = sourceCslItem(source, site);
  const files: BundledFile[] = CITATION_FORMATS.map((format) => ({
    path: inBuild(citationPath('/', 'sources', source.id, format)),
    body: citationFile(sourceItem, format),
  }));
  for (const fact of graph.bySource.get(sourceId) ?? []) {
    const item = await factCslItem(fact, site);
    for (const format of CITATION_FORMATS)
      files.push({ path: inBuild(citationPath('/', 'facts', fact.id, format)), body: citationFile(item, format) });
    files.push({ path: inBuild(oembedPath('/', 'facts', fact.id)), body: await oembedFile('facts', fact.id, site) });
  }
  return files;
}
