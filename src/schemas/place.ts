import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';

const PLACE_KINDS = ['capital', 'city', 'railway-port', 'seaport'] as const;

/** The fields of a place a source can give; its other spellings and coordinates are always public context. */
export const STATED_FIELDS = ['country', 'region', 'kind'] as const;
export type StatedField = (typeof STATED_FIELDS)[number];

/**
 * A city or port named in the article. What the article itself says of it (that Ashgabat is the capital
 * of Turkmenistan) is listed under `stated`, with the passage; every other field is widely documented
 * public context, not a claim of the article, and pages label each field so.
 */
export const makePlaceSchema = (reference: ReferenceFactory) =>
  z.object({
    /** The name in clean English, e.g. `Khorgos`. */
    name: z.string().min(1),
    /** Other spellings and former names, e.g. `[Khorgas, Horgos]` (public context). */
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
    /**
     * Where a source itself gives the country, region or kind, e.g.
     * `{ fields: [country, kind], source: xian-summit-corridors, paragraph: p3, passage: "Ashgabat, the capital of Turkmenistan" }`:
     * the passage verbatim from the paragraph, naming the place and what each field says. A field no
     * entry lists is public context.
     */
    stated: z
      .array(
        z.object({
          fields: z.array(z.enum(STATED_FIELDS)).min(1),
          source: reference('sources'),
          /** The paragraph, e.g. `p3`. */
          paragraph: z.string().regex(/^p\d+$/),
          passage: z.string().min(1),
        }),
      )
      .default([]),
  });

export type PlaceData = z.output<ReturnType<typeof makePlaceSchema>>;
