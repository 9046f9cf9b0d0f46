import { z } from 'astro/zod';
import { FORMULA_NAMES } from '@/lib/content/derive.ts';
import { QUALIFIERS } from '@/lib/content/figures.ts';
import type { ReferenceFactory } from './reference.ts';

/** A person the article quotes. */
const speaker = z.object({
  /** As the article gives it, e.g. `Liu Junping`. */
  name: z.string().min(1),
  /** Their role, in clean English, e.g. `Deputy Director of the Operation Workshop, Alashankou station`. */
  role: z.string().min(1),
});

const common = (reference: ReferenceFactory) => ({
  /** The fact as one sentence of clean English. */
  statement: z.string().min(1),
  /** A short label for figure strips and tables, e.g. `Trains through Khorgos`. */
  label: z.string().min(1),
  /** The figure, when the fact has one, e.g. `2485` or `12.82`. */
  value: z.number().optional(),
  /** The unit after the figure, plural, e.g. `trains`, `%`, `days`. */
  unit: z.string().default(''),
  /** How exact the figure is, as the source says it: `about` for "approximately 2200". */
  qualifier: z.enum(QUALIFIERS).default('exact'),
  /** The time the fact covers, e.g. `January–April 2023`. */
  period: z.string().optional(),
  /** The corridor whose page shows the fact; leave out for summit context shown on the home page. */
  corridor: reference('corridors').optional(),
  /** The places the fact is about, by id. */
  places: z.array(reference('places')).default([]),
  /** Countries the fact's passage names, beyond those of its places, each as the passage writes it, e.g. `[Kazakhstan]`. */
  countries: z.array(z.string().min(1)).default([]),
  /** The source the fact comes from, by id. */
  source: reference('sources'),
  /** An editorial note shown with the fact, e.g. on a translation slip. */
  note: z.string().optional(),
});

/** A fact stated by the source, with the passage that states it. */
const makeQuotedFact = (reference: ReferenceFactory) =>
  z.object({
    ...common(reference),
    kind: z.literal('quoted'),
    /** The paragraph of the source that states the fact, e.g. `p5`. */
    paragraph: z.string().regex(/^p\d+$/),
    /** The words of that paragraph that state it, verbatim, holding the figure if there is one. */
    passage: z.string().min(1),
    /** Who says it, when the article quotes a person. */
    speaker: speaker.optional(),
  });

/** A fact computed from other facts by a named formula (see `src/lib/content/derive.ts`). */
const makeDerivedFact = (reference: ReferenceFactory) =>
  z.object({
    ...common(reference),
    kind: z.literal('derived'),
    value: z.number(),
    derivation: z.object({
      /** The formula's name, e.g. `prior-from-growth`. */
      formula: z.enum(FORMULA_NAMES),
      /** The formula's inputs by name, each a fact id, e.g. `{ current: rail-khorgos-trains, growth: rail-khorgos-growth }`. */
      inputs: z.record(z.string(), reference('facts')),
      /** Decimal places `value` is rounded to, e.g. `0`. */
      decimals: z.number().int().min(0).max(6).default(0),
    }),
  });

/**
 * A fact. Authors write a quoted fact with `paragraph` and `passage`, or a
 * derived one with `derivation`; the schema fills in `kind`.
 */
export const makeFactSchema = (reference: ReferenceFactory) =>
  z.preprocess(
    (raw) =>
      raw !== null && typeof raw === 'object' && !('kind' in raw)
        ? { kind: 'derivation' in raw ? 'derived' : 'quoted', ...raw }
        : raw,
    z.discriminatedUnion('kind', [makeQuotedFact(reference), makeDerivedFact(reference)]),
  );

export type FactData = z.output<ReturnType<typeof makeFactSchema>>;
