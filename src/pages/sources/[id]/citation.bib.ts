import { sourceCitationRoute } from '@/data/citation-routes.ts';

/** A source's citation as BibTeX, beside its page, under `astro dev` (src/data/citation-routes.ts). */
export const { getStaticPaths, GET } = sourceCitationRoute('bib');
