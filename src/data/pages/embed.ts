/**
 * The route data of the embeds, `/embed/facts/<id>/` and `/embed/charts/<id>/`: what each frames, the
 * `<iframe>` code its Embed control gives, and where its oEmbed document is (./oembed.ts makes it). The
 * code is shaped by src/lib/site/embeds.ts; this fills in the site's addresses.
 */
import { citedTitle } from '@/lib/cite/cite.ts';
import { chartFactIds } from '@/lib/charts/charts.ts';
import { iframeCode, type EmbedKind } from '@/lib/site/embeds.ts';
import { chartPagePath, embedPath, factPagePath, oembedPath } from '@/lib/site/links.ts';
import { getGraph, required } from '../content.ts';
import { siteUrls } from './site.ts';

export interface Embed {
  kind: EmbedKind;
  id: string;
  /** What the embed shows, as the iframe's title and the embed page's. */
  title: string;
  /** The corridor whose colour the embed takes, or the summit context. */
  mode: string;
  /** The full page of what it shows, on this site. */
  page: string;
  /** The sources of what it shows, as citations title them, for its credit. */
  sources: string[];
  /** The embed's own path, and its absolute URL, which the iframe code holds. */
  path: string;
  url: string;
  /** The `<iframe>` a reader copies. */
  code: string;
  /** The absolute URL of its oEmbed document, which its page names in a `<link rel="alternate">`. */
  oembed: string;
}

/** The embed of a fact or a chart, by its id. */
export async function embedOf(kind: EmbedKind, id: string, site: URL | undefined): Promise<Embed> {
  const { base, absolute } = siteUrls(site);
  const graph = await getGraph();
  const { title, corridorId } =
    kind === 'facts'
      ? (({ label, corridor }) => ({ title: label, corridorId: corridor }))(
          required(graph.fact.get(id), `fact "${id}"`),
        )
      : (({ data }) => ({ title: data.title, corridorId: data.corridor.id }))(
          required(graph.chart.get(id), `chart "${id}"`),
        );
  const factIds = kind === 'facts' ? [id] : chartFactIds(required(graph.chart.get(id), `chart "${id}"`).data);
  const sourceIds = new Set(factIds.map((factId) => required(graph.fact.get(factId), `fact "${factId}"`).source));
  const sources = [...sourceIds].map((sourceId) =>
    citedTitle(required(graph.source.get(sourceId), `source "${sourceId}"`).data),
  );
  const corridor = corridorId === undefined ? undefined : graph.corridor.get(corridorId);
  const path = embedPath(base, kind, id);
  return {
    kind,
    id,
    title,
    mode: corridor?.data.mode ?? 'context',
    page: kind === 'facts' ? factPagePath(base, id) : chartPagePath(base, id),
    sources,
    path,
    url: absolute(path),
    code: iframeCode({ kind, url: absolute(path), title }),
    oembed: absolute(oembedPath(base, kind, id)),
  };
}
