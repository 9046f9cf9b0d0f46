/**
 * Natural Earth's boundaries as the maps draw them (src/data/maps.ts), read once per process. A module
 * of its own, which imports nothing of the content: under `astro dev` Vite runs every module that
 * imports the content again after each save, and the atlas, with the basemaps drawn from it
 * (`buildMap`, src/lib/maps/model.ts, keeps them by atlas), would be prepared and drawn again each time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareAtlas, type Atlas, type CountriesTopology } from '@/lib/maps/basemap.ts';

/** Natural Earth's 1:50m countries (world-atlas): detailed enough for a corridor's map, simplified per map. */
const ATLAS_FILE = 'world-atlas/countries-50m.json';

let atlas: Atlas | undefined;

export function getAtlas(): Atlas {
  if (atlas === undefined) {
    const file = createRequire(import.meta.url).resolve(ATLAS_FILE);
    atlas = prepareAtlas(JSON.parse(readFileSync(file, 'utf8')) as CountriesTopology);
  }
  return atlas;
}
