/**
 * A small reader of Frictionless Data Packages from disk, written from the standard
 * (https://datapackage.org/standard/): it loads a descriptor, finds each resource's file by its path
 * relative to the descriptor, reads the CSV (with csv-parse) and casts every cell by its field's Table
 * Schema, collecting every value that breaks the schema. It reads what the standard defines for the
 * parts it implements — the `string` (default and `uri` formats), `number` and `integer` types,
 * `missingValues`, the `required`, `unique`, `enum`, `pattern`, `minLength`, `maxLength`, `minimum` and
 * `maximum` constraints, `primaryKey`, the default CSV dialect, UTF-8 — and refuses a descriptor that
 * uses anything else, so a new feature of our package cannot pass unread.
 *
 * Ours because no maintained implementation is on npm: `datapackage` (1.1.10, the last release years
 * ago, its repository archived) reads v1 only and brings 45 packages and 30 MB, among them axios 0.21;
 * the TypeScript successor is not published to the registry this project installs from.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Field {
  name: string;
  type: string;
  format?: string;
  constraints?: Record<string, unknown>;
  [key: string]: unknown;
}
export interface Schema {
  fields: Field[];
  missingValues?: string[];
  primaryKey?: string | string[];
  [key: string]: unknown;
}
export interface Resource {
  name: string;
  path: string | string[];
  schema: Schema;
  [key: string]: unknown;
}
export interface Descriptor {
  resources: Resource[];
  [key: string]: unknown;
}
export type Cell = string | number | null;
export interface Table {
  name: string;
  /** The file the resource's path named, absolute. */
  file: string;
  header: string[];
  /** Every row, each cell cast to its field's type (`null` for a missing value). */
  rows: Record<string, Cell>[];
  /** Every value that breaks the schema: `chart-x row 3 value: "abc" is not a number`. */
  errors: string[];
}

const FIELD_KEYS = new Set(['name', 'type', 'format', 'title', 'description', 'constraints']);
const CONSTRAINTS = new Set(['required', 'unique', 'enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum']);
const SCHEMA_KEYS = new Set(['fields', 'missingValues', 'primaryKey']);
const RESOURCE_KEYS = new Set([
  'name',
  'path',
  'type',
  'format',
  'mediatype',
  'encoding',
  'title',
  'description',
  'schema',
]);

/** Numbers as Table Schema writes them (decimalChar `.`, no groupChar, bareNumber), and its special values. */
const NUMBER = /^(?:[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|NaN|INF|-INF)$/;
const INTEGER = /^[+-]?\d+$/;

function refuse(where: string, what: string): never {
  throw new Error(`${where}: ${what}, which this reader does not implement`);
}

/**
 * The file a resource path names, or an error: the standard allows a POSIX path relative to the
 * descriptor that neither starts at the root nor climbs with `..`, or a URL, which a copy on disk
 * cannot follow.
 */
export function resolvePath(folder: string, path: string): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) throw new Error(`${path} is a URL, not a file beside the descriptor`);
  if (path.startsWith('/') || path.includes('\\') || path.split('/').includes('..'))
    throw new Error(`${path} is not a path relative to the descriptor (no leading /, no ..)`);
  const file = join(folder, ...path.split('/'));
  const inside = relative(realpathSync(folder), realpathSync(file));
  if (inside.startsWith(`..${sep}`) || inside === '..') throw new Error(`${path} leads out of the package's folder`);
  return file;
}

/** A cell cast to its field's type, or the reason it cannot be. */
export function castCell(field: Field, cell: string): { value: Cell } | { error: string } {
  switch (field.type) {
    case 'string':
      if (field.format === 'uri' && !(URL.canParse(cell) && /^[a-z][a-z0-9+.-]*:/i.test(cell)))
        return { error: 'is not a URI' };
      if (field.format !== undefined && field.format !== 'default' && field.format !== 'uri')
        refuse(field.name, `string format ${field.format}`);
      return { value: cell };
    case 'number':
      if (!NUMBER.test(cell)) return { error: 'is not a number' };
      return { value: cell === 'INF' ? Infinity : cell === '-INF' ? -Infinity : Number(cell) };
    case 'integer':
      if (!INTEGER.test(cell)) return { error: 'is not an integer' };
      return { value: Number(cell) };
    default:
      return refuse(field.name, `the type ${field.type}`);
  }
}

/** What breaks the field's constraints in a cast value (not missing). */
function constraintErrors(field: Field, value: string | number, raw: string): string[] {
  const c = field.constraints ?? {};
  const errors: string[] = [];
  if (Array.isArray(c['enum']) && !c['enum'].some((v) => v === value || String(v) === raw))
    errors.push(`is not one of ${JSON.stringify(c['enum'])}`);
  // A Table Schema pattern is an XML Schema regular expression: it matches the whole value.
  if (typeof c['pattern'] === 'string' && !new RegExp(`^(?:${c['pattern']})$`, 'u').test(raw))
    errors.push(`does not match ${c['pattern']}`);
  const length = [...raw].length;
  if (typeof c['minLength'] === 'number' && length < c['minLength']) errors.push(`is shorter than ${c['minLength']}`);
  if (typeof c['maxLength'] === 'number' && length > c['maxLength']) errors.push(`is longer than ${c['maxLength']}`);
  if (typeof value === 'number' && typeof c['minimum'] === 'number' && value < c['minimum'])
    errors.push(`is less than ${c['minimum']}`);
  if (typeof value === 'number' && typeof c['maximum'] === 'number' && value > c['maximum'])
    errors.push(`is more than ${c['maximum']}`);
  return errors;
}

/** Reads one resource of a loaded package: its CSV, every cell cast and checked against the schema. */
export function readResource(folder: string, resource: Resource): Table {
  const where = `resource ${resource.name}`;
  for (const key of Object.keys(resource)) if (!RESOURCE_KEYS.has(key)) refuse(where, `the property ${key}`);
  if (typeof resource.path !== 'string') refuse(where, 'a path in several parts');
  if ((resource['format'] ?? 'csv') !== 'csv') refuse(where, `the format ${String(resource['format'])}`);
  if (!['utf-8', 'utf8'].includes(String(resource['encoding'] ?? 'utf-8').toLowerCase()))
    refuse(where, `the encoding ${String(resource['encoding'])}`);
  const { schema } = resource;
  for (const key of Object.keys(schema)) if (!SCHEMA_KEYS.has(key)) refuse(where, `the schema property ${key}`);
  for (const field of schema.fields) {
    for (const key of Object.keys(field))
      if (!FIELD_KEYS.has(key)) refuse(`${where} ${field.name}`, `the property ${key}`);
    for (const key of Object.keys(field.constraints ?? {}))
      if (!CONSTRAINTS.has(key)) refuse(`${where} ${field.name}`, `the constraint ${key}`);
  }

  const file = resolvePath(folder, resource.path);
  const text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
  const [header = [], ...records] = parse(text, { bom: false, relax_column_count: true }) as string[][];
  const names = schema.fields.map((f) => f.name);
  const errors: string[] = [];
  if (JSON.stringify(header) !== JSON.stringify(names))
    errors.push(`${resource.name}: the header ${JSON.stringify(header)} is not the fields ${JSON.stringify(names)}`);
  const missing = new Set(schema.missingValues ?? ['']);
  const rows = records.map((record, i) => {
    const at = `${resource.name} row ${i + 2}`;
    if (record.length !== names.length) errors.push(`${at}: ${record.length} cells for ${names.length} fields`);
    const row: Record<string, Cell> = {};
    for (const [j, field] of schema.fields.entries()) {
      const raw = record[j] ?? '';
      const cell = `${at} ${field.name}: ${JSON.stringify(raw)}`;
      if (missing.has(raw)) {
        if (field.constraints?.['required'] === true) errors.push(`${cell} is missing but required`);
        row[field.name] = null;
        continue;
      }
      const cast = castCell(field, raw);
      if ('error' in cast) {
        errors.push(`${cell} ${cast.error}`);
        row[field.name] = null;
        continue;
      }
      for (const error of constraintErrors(field, cast.value as string | number, raw)) errors.push(`${cell} ${error}`);
      row[field.name] = cast.value;
    }
    return row;
  });
  // A primary key's cells are all present, and its values unique; so are a `unique` field's present values.
  const key = schema.primaryKey === undefined ? [] : [schema.primaryKey].flat();
  for (const [i, row] of rows.entries())
    for (const column of key)
      if (row[column] === null) errors.push(`${resource.name} row ${i + 2}: key ${column} is missing`);
  const uniques = [key, ...schema.fields.filter((f) => f.constraints?.['unique'] === true).map((f) => [f.name])];
  for (const columns of uniques.filter((c) => c.length > 0)) {
    for (const column of columns) if (!names.includes(column)) errors.push(`${resource.name}: no field ${column}`);
    const seen = new Set<string>();
    for (const [i, row] of rows.entries()) {
      if (columns.every((c) => row[c] === null)) continue;
      const value = JSON.stringify(columns.map((c) => row[c]));
      if (seen.has(value)) errors.push(`${resource.name} row ${i + 2}: ${columns.join(', ')} ${value} is not unique`);
      seen.add(value);
    }
  }
  return { name: resource.name, file, header, rows, errors };
}

/** Loads a package from the descriptor at `descriptorFile` and reads every resource. */
export function readPackage(descriptorFile: string): { descriptor: Descriptor; tables: Table[] } {
  const descriptor = JSON.parse(readFileSync(descriptorFile, 'utf8')) as Descriptor;
  const folder = dirname(descriptorFile);
  return { descriptor, tables: descriptor.resources.map((resource) => readResource(folder, resource)) };
}
