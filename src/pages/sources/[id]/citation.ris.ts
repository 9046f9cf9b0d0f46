import { sourceCitationRoute } from '@/data/citation-routes.ts';

/** A source's citation as RIS, beside its page, under `astro dev` (src/data/citation-routes.ts). */
export const { getStaticPaths, GET } = sourceCitationRoute('ris');
