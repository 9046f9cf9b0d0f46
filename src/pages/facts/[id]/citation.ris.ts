import { factCitationRoute } from '@/data/citation-routes.ts';

/** A fact's citation as RIS, beside its page, under `astro dev` (src/data/citation-routes.ts). */
export const { getStaticPaths, GET } = factCitationRoute('ris');
