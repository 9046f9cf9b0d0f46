import { z } from 'astro/zod';
import { FORMULA_NAMES } from '@/lib/content/derive.ts';
import { QUALIFIERS } from '@/lib/content/figures.ts';

/**
 * The published form of a fact, as `/data/facts.json` holds it and `/data/facts.csv` flattens it: the one
 * definition the download's TypeScript type, its JSON Schema (`/data/facts.schema.json`) and the facts
 * table's Table Schema (`/data/datapackage.json`) are all generated from, so none of them can drift. The
 * build parses every record through it before writing a byte. The descriptions are what a reader of the
 * JSON Schema and the Data Package sees; the key order is the CSV's column order.
 *
 * Every key is present in every record: a fact without a value, unit, period, corridor, passage or
 * derivation has `null` there (an empty cell in the CSV), so both files have one shape.
 */

/** An id as the CSV can join it: no spaces, no `;` (the list separator, `FACTS_CSV_SEPARATOR`). */
const id = z.string().regex(/^[^\s;]+$/);
/** Text that may be absent: `null`, never an empty string, so the CSV's empty cell reads back the same. */
const text = z.string().min(1).nullable();

export const factExportSchema = z
  .object({
    id: id.describe('The fact’s id, which never changes, e.g. `rail-khorgos-trains`.'),
    url: z
      .url()
      .describe('The fact’s permanent page, absolute: where to link to and cite it, e.g. `https://…/facts/<id>/`.'),
    kind: z
      .enum(['quoted', 'derived'])
      .describe(
        '`quoted`: stated by the source, in the words of `passage`. `derived`: computed from other facts by `derivation`.',
      ),
    label: z.string().min(1).describe('A short label for the fact, e.g. `Trains through Khorgos`.'),
    statement: z
      .string()
      .min(1)
      .describe('The fact in clean English; a speaker’s claim ends with who said it (“Said by …”).'),
    figure: text.describe(
      'The figure as the site writes it, with its qualifier and unit, e.g. `about 1,887 trains`; null without a value.',
    ),
    value: z
      .number()
      .nullable()
      .describe('The figure as a number, e.g. `2485` or `12.82`; null for a fact without one.'),
    unit: text.describe('The unit of `value`, plural, e.g. `trains`, `%`, `days`; null for a count of nothing named.'),
    qualifier: z
      .enum(QUALIFIERS)
      .nullable()
      .describe(
        'How exact `value` is, as the source says it: `about` for “approximately 2200”, `more-than`, `less-than`, `nearly`, else `exact`; null for a fact without a value.',
      ),
    period: text.describe(
      'The time the fact covers, in the source’s terms with the year added, e.g. `January–April 2023` for “the first four months of this year” (the year is public context, as the source says only “this year”); `When the article was written` where the source says “now”, as it gives no date. Null when the source gives no time.',
    ),
    corridor: id
      .nullable()
      .describe(
        'The corridor the fact belongs to, by id, e.g. `rail`; its page is `/corridors/<corridor>/`. Null for context shared by all corridors (the summit).',
      ),
    places: z
      .array(id)
      .describe('The places the fact is about, by id, e.g. `["khorgos"]`. In the CSV, joined with `;`.'),
    countries: z
      .array(
        z
          .string()
          .min(1)
          .regex(/^[^;]+$/),
      )
      .describe(
        'The countries its passage names and those of its places, sorted. Which country a place is in is public context unless the place’s page quotes the source for it. In the CSV, joined with `;`.',
      ),
    source: id.describe('The source the fact comes from, by id; its page is `/sources/<source>/`.'),
    paragraphs: z
      .array(z.number().int().positive())
      .min(1)
      .describe(
        'The source paragraphs the fact rests on, by number (paragraph n is at `/sources/<source>/#p<n>`): a quoted fact’s own, a derived fact’s inputs’. In the CSV, joined with `;`.',
      ),
    passage: text.describe(
      'The words of the source that state a quoted fact, verbatim, holding its figure; null for a derived fact.',
    ),
    derivation: z
      .object({
        formula: z.enum(FORMULA_NAMES).describe('The formula’s name, e.g. `prior-from-growth`.'),
        inputs: z
          .array(
            z.object({
              name: z
                .string()
                .min(1)
                .regex(/^[^\s;=()]+$/)
                .describe('The input’s name in the formula, e.g. `current`.'),
              id: id.describe('The fact the input takes its value from.'),
            }),
          )
          .min(1)
          .describe('The formula’s inputs, in the order the fact names them.'),
      })
      .nullable()
      .describe(
        'How a derived fact is computed; null for a quoted fact. In the CSV, written `formula(name=id; name=id)`, e.g. `prior-from-growth(current=rail-khorgos-trains; growth=rail-khorgos-growth)`.',
      ),
  })
  .strict();

/** `/data/facts.json`: every fact, by source and in reading order. */
export const factsExportSchema = z.array(factExportSchema);

/** A fact as the downloads publish it. */
export type FactExport = z.output<typeof factExportSchema>;
