import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPackage, type Descriptor, type Resource } from '../../support/frictionless.ts';

/**
 * The reader the download tests load the built Data Package with (tests/support/frictionless.ts), on
 * small packages written here: one good, and one broken for each thing it must catch.
 */
let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'frictionless-'));
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const schema: Resource['schema'] = {
  fields: [
    { name: 'id', type: 'string', constraints: { required: true, pattern: '[a-z-]+' } },
    { name: 'kind', type: 'string', constraints: { required: true, enum: ['quoted', 'derived'] } },
    { name: 'value', type: 'number' },
    { name: 'count', type: 'integer', constraints: { minimum: 0 } },
    { name: 'url', type: 'string', format: 'uri' },
  ],
  primaryKey: ['id'],
  missingValues: [''],
};
const GOOD =
  'id,kind,value,count,url\r\nkhorgos-trains,quoted,2485,3,https://example.org/f/\r\ngrowth,derived,-1.5e2,,\r\n';

/** Writes a package of one table, `tables/facts.csv`, and reads it back. */
function read(csv: string, change: (resource: Resource) => void = () => {}) {
  mkdirSync(join(folder, 'tables'), { recursive: true });
  writeFileSync(join(folder, 'tables', 'facts.csv'), csv);
  const resource: Resource = { name: 'facts', path: 'tables/facts.csv', schema: structuredClone(schema) };
  change(resource);
  const descriptor: Descriptor = { resources: [resource] };
  writeFileSync(join(folder, 'datapackage.json'), JSON.stringify(descriptor));
  return readPackage(join(folder, 'datapackage.json'));
}
const errorsOf = (csv: string, change?: (resource: Resource) => void) => read(csv, change).tables[0]?.errors;

describe('reading a Data Package from disk', () => {
  it('finds a table by its path relative to the descriptor and casts every cell by its field', () => {
    const [table] = read(GOOD).tables;
    expect(table?.errors).toEqual([]);
    expect(table?.rows).toEqual([
      { id: 'khorgos-trains', kind: 'quoted', value: 2485, count: 3, url: 'https://example.org/f/' },
      { id: 'growth', kind: 'derived', value: -150, count: null, url: null },
    ]);
  });

  it.each([
    ['a value outside the enum', 'a,stated,1,1,\r\n', 'facts row 2 kind: "stated" is not one of ["quoted","derived"]'],
    ['a missing required value', 'a,,1,1,\r\n', 'facts row 2 kind: "" is missing but required'],
    ['text in a number', 'a,quoted,about 5,1,\r\n', 'facts row 2 value: "about 5" is not a number'],
    ['a fraction in an integer', 'a,quoted,1,1.5,\r\n', 'facts row 2 count: "1.5" is not an integer'],
    ['a value below the minimum', 'a,quoted,1,-1,\r\n', 'facts row 2 count: "-1" is less than 0'],
    ['a pattern matched only in part', 'a1,quoted,1,1,\r\n', 'facts row 2 id: "a1" does not match [a-z-]+'],
    ['a relative address in a uri', 'a,quoted,1,1,/facts/a/\r\n', 'facts row 2 url: "/facts/a/" is not a URI'],
    ['a row short of cells', 'a,quoted\r\n', 'facts row 2: 2 cells for 5 fields'],
  ])('reports %s', (_, row, error) => {
    expect(errorsOf(`id,kind,value,count,url\r\n${row}`)).toContain(error);
  });

  it('reports a primary key repeated, and a header that is not the fields in order', () => {
    expect(errorsOf(`${GOOD}growth,quoted,1,1,\r\n`)).toContain('facts row 4: id ["growth"] is not unique');
    expect(errorsOf(GOOD.replace('value,count', 'count,value'))?.[0]).toMatch(
      /^facts: the header .* is not the fields/,
    );
  });

  it.each([
    ['an absolute URL', 'http://127.0.0.1:4321/data/tables/facts.csv', 'is a URL, not a file beside the descriptor'],
    ['a path from the root', '/tables/facts.csv', 'is not a path relative to the descriptor'],
    ['a path that climbs', '../facts.csv', 'is not a path relative to the descriptor'],
  ])('refuses %s as a resource path', (_, path, error) => {
    expect(() =>
      read(GOOD, (r) => {
        r.path = path;
      }),
    ).toThrow(error);
  });

  it('refuses what it does not implement rather than pass it unread', () => {
    expect(() =>
      read(GOOD, (r) => {
        r.schema.fields[2] = { name: 'value', type: 'date' };
      }),
    ).toThrow('value: the type date, which this reader does not implement');
    expect(() =>
      read(GOOD, (r) => {
        r['dialect'] = { delimiter: ';' };
      }),
    ).toThrow('resource facts: the property dialect');
    expect(() =>
      read(GOOD, (r) => {
        r.schema['foreignKeys'] = [];
      }),
    ).toThrow('the schema property foreignKeys');
  });

  it('refuses a file that is not UTF-8', () => {
    mkdirSync(join(folder, 'tables'), { recursive: true });
    writeFileSync(join(folder, 'tables', 'facts.csv'), Buffer.from([0x69, 0x64, 0x0d, 0x0a, 0xff]));
    writeFileSync(
      join(folder, 'datapackage.json'),
      JSON.stringify({ resources: [{ name: 'facts', path: 'tables/facts.csv', schema }] }),
    );
    expect(() => readPackage(join(folder, 'datapackage.json'))).toThrow(TypeError);
  });
});
