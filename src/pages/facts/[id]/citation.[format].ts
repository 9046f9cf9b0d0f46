import type { APIRoute, GetStaticPaths } from 'astro';
import { factCslItem } from '@/data/citations.ts';
import { getFacts, type Fact } from '@/data/content.ts';
import { filesAsRoutes } from '@/data/file-bundles.ts';
import { CITATION_FORMATS, citationResponse, type CitationFormat } from '@/lib/cite/download.ts';

/**
 * A fact's citation for a reference manager, beside its page: citation.csl.json, .bib and .ris
 * (citationPath): a route under `astro dev`; `astro build` hands them over in bundles (src/data/file-bundles.ts).
 */
export const getStaticPaths = (async () =>
  filesAsRoutes()
    ? (await getFacts()).flatMap((fact) =>
        CITATION_FORMATS.map((format) => ({ params: { id: fact.id, format }, props: { fact, format } })),
      )
    : []) satisfies GetStaticPaths;

export const GET: APIRoute<{ fact: Fact; format: CitationFormat }> = async ({ props, site }) =>
  citationResponse(await factCslItem(props.fact, site), props.format);
