/**
 * The routes of the citation files under `astro dev` (`astro build` hands them over in bundles:
 * src/data/file-bundles.ts): one route file a format, `citation.bib.ts` and so on, each made here. A
 * route whose name ends in a literal extension is served without a trailing slash; one whose extension
 * was a parameter (`citation.[format].ts`) took the site's `trailingSlash: 'always'`, so the address
 * pages link to, `/facts/<id>/citation.bib`, answered 404 under `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CslItem } from '@/lib/cite/csl.ts';
import { citationResponse, type CitationFormat } from '@/lib/cite/download.ts';
import { factCslItem, sourceCslItem } from './citations.ts';
import { getFacts, getSources, type Fact, type Source } from './content.ts';
import { filesAsRoutes } from './file-bundles.ts';

interface CitationRoute<T> {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute<{ entry: T }>;
}

function citationRoute<T extends { id: string }>(
  format: CitationFormat,
  entries: () => Promise<readonly T[]>,
  item: (entry: T, site: URL | undefined) => CslItem | Promise<CslItem>,
): CitationRoute<T> {
  return {
    getStaticPaths: async () =>
      filesAsRoutes() ? (await entries()).map((entry) => ({ params: { id: entry.id }, props: { entry } })) : [],
    GET: async ({ props, site }) => citationResponse(await item(props.entry, site), format),
  };
}

/** The route of a fact's citation file in `format`, beside its page (citationPath). */
export const factCitationRoute = (format: CitationFormat): CitationRoute<Fact> =>
  citationRoute(format, getFacts, factCslItem);

/** The route of a source's citation file in `format`, beside its page (citationPath). */
export const sourceCitationRoute = (format: CitationFormat): CitationRoute<Source> =>
  citationRoute(format, getSources, sourceCslItem);
