import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { sources } from '@/loaders/sources';
import { yamlEntries } from '@/loaders/yaml-entries';
import { makeChartSchema } from '@/schemas/chart';
import { makeCorridorSchema } from '@/schemas/corridor';
import { makeFactSchema } from '@/schemas/fact';
import { placeSchema } from '@/schemas/place';
import type { ReferenceFactory } from '@/schemas/reference';
import { sourceSchema } from '@/schemas/source';

// Astro's generated `reference` is typed per collection; ours only needs the shape it produces.
const ref = reference as unknown as ReferenceFactory;

export const collections = {
  sources: defineCollection({ loader: sources({ directory: 'src/content/sources' }), schema: sourceSchema }),
  places: defineCollection({ loader: yamlEntries({ directory: 'src/content/places' }), schema: placeSchema }),
  facts: defineCollection({ loader: yamlEntries({ directory: 'src/content/facts' }), schema: makeFactSchema(ref) }),
  charts: defineCollection({ loader: yamlEntries({ directory: 'src/content/charts' }), schema: makeChartSchema(ref) }),
  corridors: defineCollection({
    loader: glob({ pattern: '*.mdx', base: 'src/content/corridors' }),
    schema: makeCorridorSchema(ref),
  }),
};
