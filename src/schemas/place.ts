import { z } from 'astro/zod';
import { NAME_LANGUAGE_TAGS, type NameLanguage } from '@/lib/text/languages.ts';
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
    /**
     * Other spellings and former names, e.g. `[Khorgas, Horgos]`, and the place's names in the languages
     * of its country and in Russian where widely used, each with its language (public context).
     */
    altNames: z
      .array(
        z.union([
          z
            .string()
            .min(1)
            .transform((name) => ({ name, note: undefined as string | undefined, lang: [] as NameLanguage[] })),
          // Strict: in YAML's `{ … }` an unquoted comma in a note ends it, and the rest would become a key
          // dropped without a word (a note cut short on the page).
          z
            .strictObject({
              /** The spelling, e.g. `Nur-Sultan`, `霍尔果斯`. */
              name: z.string().min(1),
              /** When or where it is used, or why it is listed, e.g. `official name 2019–2022`, `official name`. */
              note: z.string().optional(),
              /**
               * The BCP 47 tag of each language writing it so, e.g. `zh-Hans`, `[kk, ru]` (src/lib/text/languages.ts);
               * none for an English spelling. A name in another language needs its reason in `note`.
               */
              lang: z
                .union([z.enum(NAME_LANGUAGE_TAGS), z.array(z.enum(NAME_LANGUAGE_TAGS)).min(1)])
                .optional()
                .transform((lang): NameLanguage[] => (lang === undefined ? [] : Array.isArray(lang) ? lang : [lang])),
            })
            .refine((alt) => alt.lang.length === 0 || alt.note !== undefined, {
              message:
                'A name in another language says why it is listed in `note` (official name, common Russian form)',
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
