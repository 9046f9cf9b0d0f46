import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentPath } from '@/lib/content/content-dir.ts';
import { kept } from '@/loaders/kept.ts';
import { sources } from '@/loaders/sources.ts';
import { yamlEntries } from '@/loaders/yaml-entries.ts';
import { makeChartSchema } from '@/schemas/chart.ts';
import { makeCorridorSchema } from '@/schemas/corridor.ts';
import { makeFactSchema } from '@/schemas/fact.ts';
import { makePlaceSchema } from '@/schemas/place.ts';
import type { ReferenceFactory } from '@/schemas/reference.ts';
import { sourceSchema } from '@/schemas/source.ts';

// Astro's generated `reference` is typed per collection; ours only needs the shape it produces.
const ref = reference as unknown as ReferenceFactory;

// Each collection is a folder of the content folder: src/content, or CONTENT_DIR (src/lib/content/content-dir.ts).
// Every loader keeps its entries where `astro dev`'s pages take them from: ours do, Astro's glob is `kept`.
export const collections = {
  sources: defineCollection({ loader: sources({ directory: contentPath('sources') }), schema: sourceSchema }),
  places: defineCollection({ loader: yamlEntries({ directory: contentPath('places') }), schema: makePlaceSchema(ref) }),
  facts: defineCollection({ loader: yamlEntries({ directory: contentPath('facts') }), schema: makeFactSchema(ref) }),
  charts: defineCollection({ loader: yamlEntries({ directory: contentPath('charts') }), schema: makeChartSchema(ref) }),
  corridors: defineCollection({
    loader: kept(glob({ pattern: '*.mdx', base: contentPath('corridors') })),
    schema: makeCorridorSchema(ref),
  }),
};
