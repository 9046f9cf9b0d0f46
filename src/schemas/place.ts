import { z } from 'astro/zod';

const PLACE_KINDS = ['capital', 'city', 'railway-port', 'seaport'] as const;

/**
 * A city or port named in the article. Coordinates and countries are widely
 * documented public context, not claims of the article, and pages label them so.
 */
export const placeSchema = z.object({
  /** The name in clean English, e.g. `Khorgos`. */
  name: z.string().min(1),
  /** Other spellings and former names, e.g. `[Khorgas, Horgos]`. */
  altNames: z
    .array(
      z.union([
        z
          .string()
          .min(1)
          .transform((name) => ({ name, note: undefined as string | undefined })),
        z.object({
          /** The spelling, e.g. `Nur-Sultan`. */
          name: z.string().min(1),
          /** When or where it is used, e.g. `official name 2019–2022`. */
          note: z.string().optional(),
        }),
      ]),
    )
    .default([]),
  /** The country, e.g. `Kazakhstan`. */
  country: z.string().min(1),
  /** The province or region when it helps, e.g. `Xinjiang`. */
  region: z.string().optional(),
  /** What the place is in this story. */
  kind: z.enum(PLACE_KINDS),
  /** Approximate position in decimal degrees (public context), e.g. `{ lat: 44.21, lon: 80.42 }`. */
  coordinates: z.object({ lat: z.number(), lon: z.number() }),
});

export type PlaceData = z.output<typeof placeSchema>;
