import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';

const MODES = ['air', 'rail', 'intermodal'] as const;
export type Mode = (typeof MODES)[number];

/** A position in decimal degrees (public context), e.g. `{ lat: 36.5, lon: 138 }`. */
const position = z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) });

/**
 * What the corridor's map draws besides its places. The article gives no flight paths, rail
 * alignments or shipping lanes, so every line here is drawn as schematic and labelled so
 * (src/lib/maps/lines.ts); a corridor whose article names no route, such as rail, draws none.
 */
const makeMapSchema = (reference: ReferenceFactory) =>
  z.object({
    /** Routes the article names between two of this corridor's places, drawn as great-circle arcs, e.g. `{ from: xian, to: ashgabat }`. */
    routes: z
      .array(
        z.object({
          from: reference('places'),
          to: reference('places'),
          /** What the article says of this route when it is not simply open, e.g. `due to open on 18 May`. */
          note: z.string().optional(),
        }),
      )
      .default([]),
    /** Where the article says goods go on to from a place, when that is not a place on the site, drawn as arrows. */
    onward: z
      .array(
        z.object({
          from: reference('places'),
          /** The destination as the article names it, e.g. `Southeast Asia`. */
          to: z.string().min(1),
          /** The point in that destination the arrow points at (public context). */
          toward: position,
          /** Points the arrow bends through, so a sea link stays at sea, e.g. `[{ lat: 27, lon: 125 }]`. */
          via: z.array(position).default([]),
        }),
      )
      .default([]),
    /** What the article says a place is, for a place the map shows with no route or figure of its own. */
    notes: z.array(z.object({ place: reference('places'), note: z.string().min(1) })).default([]),
  });

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
    /** What the corridor's map draws besides its places: routes, onward links and notes. */
    map: makeMapSchema(reference).default({ routes: [], onward: [], notes: [] }),
  });

export type CorridorData = z.output<ReturnType<typeof makeCorridorSchema>>;
