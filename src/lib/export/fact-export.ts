/**
 * The fact downloads: one function builds the records from the content graph's facts, and two
 * serialisers write them, `/data/facts.json` and `/data/facts.csv`, so the two files hold the same
 * facts in the same order with the same values. The record's shape is `factExportSchema`
 * (src/schemas/export.ts), which also writes `/data/facts.schema.json` and the facts table's Table Schema.
 */
import { factSentence } from '../text/format.ts';
import { z } from 'astro/zod';
import { factExportSchema, factsExportSchema, type FactExport } from '@/schemas/export.ts';
import { toCsv, type CsvCell } from './csv.ts';
import type { FactNode } from '../content/graph.ts';
import { absoluteUrl, factPagePath } from '../site/links.ts';
import { tableFieldsFromJsonSchema, type JsonSchemaNode, type TableSchema } from './table-schema.ts';

/** What joins the items of a list (places, countries, paragraphs) in one CSV cell: `alashankou;khorgos`. */
export const FACTS_CSV_SEPARATOR = ';';

/** What a record is made from: a fact as the content graph normalises it. */
export type ExportedFact = Pick<
  FactNode,
  | 'id'
  | 'kind'
  | 'label'
  | 'statement'
  | 'speaker'
  | 'figure'
  | 'value'
  | 'unit'
  | 'qualifier'
  | 'period'
  | 'corridor'
  | 'places'
  | 'countries'
  | 'source'
  | 'paragraphs'
  | 'passage'
  | 'derivation'
>;

/**
 * The records of the fact downloads, in the order given (the graph's: by source, then reading order).
 * `site` is the site's address (Astro's `site`) and `base` its base path; each record's `url` is the
 * fact's permanent page under them. Every record is checked against the published schema here, so a
 * download the schema does not describe fails the build.
 */
export function factRecords(facts: readonly ExportedFact[], site: URL | string, base: string): FactExport[] {
  const siteUrl = new URL(site);
  return factsExportSchema.parse(
    facts.map((fact): FactExport => ({
      id: fact.id,
      url: absoluteUrl(factPagePath(base, fact.id), siteUrl),
      kind: fact.kind,
      label: fact.label,
      statement: factSentence(fact),
      figure: fact.figure?.text ?? null,
      value: fact.value ?? null,
      unit: fact.unit === '' ? null : fact.unit,
      qualifier: fact.value === undefined ? null : fact.qualifier,
      period: fact.period ?? null,
      corridor: fact.corridor ?? null,
      places: [...fact.places],
      countries: [...fact.countries],
      source: fact.source,
      paragraphs: fact.paragraphs.map((p) => p.n),
      passage: fact.passage ?? null,
      derivation: fact.derivation
        ? {
            formula: fact.derivation.formula as NonNullable<FactExport['derivation']>['formula'],
            inputs: fact.derivation.inputs.map(({ name, id }) => ({ name, id })),
          }
        : null,
    })),
  );
}

/** `/data/facts.json`: the records, indented for reading. */
export function factsJson(records: readonly FactExport[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}

/** A derivation as one CSV cell: `prior-from-growth(current=rail-khorgos-trains; growth=rail-khorgos-growth)`. */
export function derivationText(derivation: NonNullable<FactExport['derivation']>): string {
  return `${derivation.formula}(${derivation.inputs.map(({ name, id }) => `${name}=${id}`).join('; ')})`;
}

/** The CSV's columns: the record's keys, in the schema's order. */
export const FACTS_CSV_COLUMNS = Object.keys(factExportSchema.shape) as (keyof FactExport)[];

function cell(value: FactExport[keyof FactExport]): CsvCell {
  if (value === null) return null;
  if (Array.isArray(value)) return value.join(FACTS_CSV_SEPARATOR);
  if (typeof value === 'object') return derivationText(value);
  return value;
}

/** `/data/facts.csv`: one row per record, lists joined with `FACTS_CSV_SEPARATOR`, a derivation as `derivationText`, no value as an empty cell. */
export function factsCsv(records: readonly FactExport[]): string {
  return toCsv(
    FACTS_CSV_COLUMNS,
    records.map((record) => FACTS_CSV_COLUMNS.map((column) => cell(record[column]))),
  );
}

/** The JSON Schema of one record, as zod writes it (draft 2020-12). */
function recordJsonSchema(): JsonSchemaNode {
  return z.toJSONSchema(factExportSchema, { target: 'draft-2020-12', io: 'output' }) as JsonSchemaNode;
}

/** `/data/facts.schema.json`: the JSON Schema of `/data/facts.json`, published at `id` (its absolute URL). */
export function factsJsonSchema(id: string): Record<string, unknown> {
  const { $schema, ...schema } = z.toJSONSchema(factsExportSchema, { target: 'draft-2020-12', io: 'output' });
  return {
    $schema,
    $id: id,
    title: 'Facts',
    description:
      'Every fact of the site, by source and in reading order, as /data/facts.json publishes it: each quoted from its source with the passage that states it, or derived from quoted facts by a formula.',
    ...schema,
  };
}

/** The Table Schema of `/data/facts.csv`, made from the record's JSON Schema: one column per key, in order. */
export function factsTableSchema(): TableSchema {
  return { fields: tableFieldsFromJsonSchema(recordJsonSchema()), primaryKey: ['id'], missingValues: [''] };
}
