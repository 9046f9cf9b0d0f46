/**
 * The downloads under `/data/`, answered from the content graph like every page: the fact records
 * (src/lib/export/fact-export.ts) and the Data Package that describes them and the chart tables
 * (src/lib/export/data-package.ts). `site` is Astro's `site`, which the config always sets (SITE_URL, or the
 * local preview's address).
 */
import { citedTitle } from '@/lib/cite/cite.ts';
import { chartTable } from '@/lib/charts/chart-table.ts';
import { chartTablePath, dataPackage, type DataPackage } from '@/lib/export/data-package.ts';
import { factRecords, factsTableSchema } from '@/lib/export/fact-export.ts';
import { isPreviewSite } from '@/integrations/site-url.ts';
import { quoted } from '@/lib/text/format.ts';
import { absoluteUrl, dataPath, sourcePath, withBase } from '@/lib/site/links.ts';
import type { FactExport } from '@/schemas/export.ts';
import { siteConfig } from '@/site.config.ts';
import { getCharts, getFacts, getSources } from './content.ts';
import { getChartModel } from './charts.ts';

function required(site: URL | undefined): URL {
  if (site === undefined) throw new Error('The downloads need the site’s address: set `site` in astro.config.mjs');
  return site;
}

/** Every fact as the downloads publish it, by source and in reading order. */
export async function getFactRecords(site: URL | undefined): Promise<FactExport[]> {
  return factRecords(await getFacts(), required(site), import.meta.env.BASE_URL);
}

/** The address of a download, absolute: `dataUrl(site, 'facts.csv')`. */
export function dataUrl(site: URL | undefined, file: string): string {
  return absoluteUrl(dataPath(import.meta.env.BASE_URL, file), required(site));
}

/**
 * `/data/datapackage.json`: the facts table and every chart's table, with their sources. The tables
 * are named relative to the descriptor; the home page and the sources' pages only by an address the
 * site is published at, so a build for the local preview names none.
 */
export async function getDataPackage(site: URL | undefined): Promise<DataPackage> {
  const base = import.meta.env.BASE_URL;
  const published = !isPreviewSite(required(site));
  const absolute = (path: string) => (published ? absoluteUrl(path, site) : undefined);
  const charts = await Promise.all(
    (await getCharts()).map(async (chart) => {
      const model = await getChartModel(chart.id);
      return {
        name: `chart-${chart.id}`,
        title: model.title,
        description: `${model.caption} The data of the chart ${quoted(model.title)}: one row per value, each with the fact it comes from.`,
        path: chartTablePath(chart.id),
        schema: { fields: chartTable(model, '').fields, missingValues: [''] },
      };
    }),
  );
  return dataPackage({
    name: 'china-central-asia-corridors',
    title: `${siteConfig.title}: ${siteConfig.tagline}`,
    description: `${siteConfig.description} Each quoted fact gives the source paragraph and the passage that state it; each derived fact gives its formula and the facts it takes. The same facts are in facts.json, described by facts.schema.json, both beside this file; a fact’s permanent page is its url.`,
    homepage: absolute(withBase(base)),
    keywords: ['China', 'Central Asia', 'transport corridors', 'rail', 'air routes', 'logistics'],
    tables: [
      {
        name: 'facts',
        title: 'Facts',
        description:
          'Every fact, one row per fact, by source and in reading order. Lists are joined with `;`; a derivation is written `formula(name=id; name=id)`; an empty cell has no value.',
        path: 'facts.csv',
        schema: factsTableSchema(),
      },
      ...charts,
    ],
    sources: (await getSources()).map((source) => ({
      title: citedTitle(source.data),
      path: absolute(sourcePath(base, source.id)),
    })),
  });
}
