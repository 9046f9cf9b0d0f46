import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';

const MODES = ['air', 'rail', 'intermodal'] as const;
export type Mode = (typeof MODES)[number];

/** Frontmatter of a corridor page (`src/content/corridors/<id>.mdx`). */
export const makeCorridorSchema = (reference: ReferenceFactory) =>
  z.object({
    /** The page title, e.g. `Rail: China–Europe trains in Xinjiang`. */
    title: z.string().min(1),
    /** A short name for navigation and badges, e.g. `Rail`. */
    shortTitle: z.string().min(1),
    /** Two or three sentences that open the page and describe it in search results. */
    summary: z.string().min(1),
    /** The mode of transport; it sets the corridor's colour and icon. */
    mode: z.enum(MODES),
    /** Position in navigation, from 1. */
    order: z.number().int().positive(),
    /** Two to four facts for the key-figure strip, by id. */
    keyFacts: z.array(reference('facts')).min(2).max(4),
    /** The places on this corridor, by id, in the order a traveller meets them. */
    places: z.array(reference('places')).default([]),
  });

export type CorridorData = z.output<ReturnType<typeof makeCorridorSchema>>;
