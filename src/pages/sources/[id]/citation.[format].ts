import type { APIRoute, GetStaticPaths } from 'astro';
import { sourceCslItem } from '@/data/citations.ts';
import { getSources, type Source } from '@/data/content.ts';
import { filesAsRoutes } from '@/data/file-bundles.ts';
import { CITATION_FORMATS, citationResponse, type CitationFormat } from '@/lib/cite/download.ts';

/**
 * A source's citation for a reference manager, beside its page: citation.csl.json, .bib and .ris
 * (citationPath): a route under `astro dev`; `astro build` hands them over in bundles (src/data/file-bundles.ts).
 */
export const getStaticPaths = (async () =>
  filesAsRoutes()
    ? (await getSources()).flatMap((source) =>
        CITATION_FORMATS.map((format) => ({ params: { id: source.id, format }, props: { source, format } })),
      )
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: Source; format: CitationFormat }> = ({ props, site }) =>
  citationResponse(sourceCslItem(props.source, site), props.format);
