import { factCitationRoute } from '@/data/citation-routes.ts';

/** A fact's citation as CSL-JSON, beside its page, under `astro dev` (src/data/citation-routes.ts). */
export const { getStaticPaths, GET } = factCitationRoute('csl.json');
