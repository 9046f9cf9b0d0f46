import { parse } from 'csv-parse/sync';

/**
 * Reads `/data/facts.csv` back into the records of `/data/facts.json`, as a reader with only the
 * published files would: csv-parse for the CSV, the Table Schema for each column's type and what an
 * empty cell means, the JSON Schema for which columns hold a list or an object, and the README's word
 * for how a list and a derivation are written. Deliberately not the code that writes the CSV.
 */

/** README, "Data": list items are joined with `;`; a derivation is `formula(name=id; name=id)`. */
const SEPARATOR = ';';
const DERIVATION = /^([^()]+)\((.*)\)$/;

interface Field {
  name: string;
  type: string;
}
interface Property {
  type?: string | string[];
  anyOf?: { type?: string }[];
  items?: { type?: string };
}

function typesOf(property: Property): string[] {
  return [property.type ?? property.anyOf?.map((a) => a.type ?? '') ?? []].flat().filter((t) => t !== 'null');
}

function scalar(text: string, type: string | undefined): string | number {
  return type === 'number' || type === 'integer' ? Number(text) : text;
}

export function readFactsCsv(
  text: string,
  tableSchema: { fields: Field[]; missingValues?: string[] },
  recordSchema: { properties: Record<string, Property> },
): Record<string, unknown>[] {
  const missing = new Set(tableSchema.missingValues ?? ['']);
  const rows = parse<Record<string, string>>(text, { columns: true });
  return rows.map((row) =>
    Object.fromEntries(
      tableSchema.fields.map((field) => {
        const cell = row[field.name] ?? '';
        const property = recordSchema.properties[field.name] ?? {};
        const [type] = typesOf(property);
        if (type === 'array') {
          return [
            field.name,
            missing.has(cell) ? [] : cell.split(SEPARATOR).map((item) => scalar(item, property.items?.type)),
          ];
        }
        if (missing.has(cell)) return [field.name, null];
        if (type === 'object') {
          const [, formula, inputs = ''] = DERIVATION.exec(cell) ?? [];
          return [
            field.name,
            {
              formula,
              inputs: inputs.split('; ').map((pair) => {
                const [name, id] = pair.split('=');
                return { name, id };
              }),
            },
          ];
        }
        return [field.name, scalar(cell, field.type)];
      }),
    ),
  );
}
