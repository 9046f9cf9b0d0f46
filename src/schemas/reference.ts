import type { z } from 'astro/zod';

/** The collections an entry can point at. */
export type CollectionName = 'sources' | 'corridors' | 'places' | 'facts';

/** What a resolved reference holds: the collection and the entry id. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
}

/**
 * Builds the schema of a reference to another collection. In the site this
 * is Astro's `reference()`; unit tests pass a plain zod equivalent, so the
 * same schemas check test fixtures without Astro's virtual modules.
 */
export type ReferenceFactory = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>, unknown>;
