import type { Loader } from 'astro/loaders';
import { keepCollection } from '@/lib/content/live-store.ts';

/**
 * `loader`, with its collection's entries kept where `astro dev`'s pages take them from
 * (src/lib/content/live-store.ts). Every collection's loader is one of these: a collection left out
 * would be missing from every page under `astro dev`.
 */
export function kept(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      keepCollection(context.collection, context.store);
      return loader.load(context);
    },
  };
}
