import { parse } from 'csv-parse/sync';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '@/lib/content/build-graph.ts';
import {
  derivationText,
  FACTS_CSV_COLUMNS,
  factRecords,
  factsCsv,
  factsJson,
  factsJsonSchema,
  factsTableSchema,
  type ExportedFact,
} from '@/lib/export/fact-export.ts';
import { parseContent, rawContent } from '../../fixtures/content.ts';
import { readFactsCsv } from '../../support/fact-csv.ts';

const SITE = 'https://example.org';
const BASE = '/corridors-site/';

function fixtureFacts() {
  return buildGraph(parseContent(rawContent())).facts;
}

function recordSchema() {
  const schema = factsJsonSchema(`${SITE}${BASE}data/facts.schema.json`) as {
    items: Parameters<typeof readFactsCsv>[2];
  };
  return schema.items;
}

describe('the fact records', () => {
  it('give each fact its permanent page under the site and base, and null where it has nothing', () => {
    const records = factRecords(fixtureFacts(), SITE, BASE);
    expect(records.find((r) => r.id === 'trains')).toEqual({
      id: 'trains',
      url: 'https://example.org/corridors-site/facts/trains/',
      kind: 'quoted',
      label: 'Trains',
      statement: '2,129 trains crossed Alashankou.',
      figure: '2,129 trains',
      value: 2129,
      unit: 'trains',
      qualifier: 'exact',
      period: null,
      corridor: 'rail',
      places: ['alashankou'],
      countries: ['China'],
      source: 'article',
      paragraphs: [2],
      passage: '2129 trains crossed Alashankou',
      derivation: null,
    });
    // A count of nothing named has no unit: null, not an empty string, so the CSV's empty cell reads back the same.
    expect(records.find((r) => r.id === 'countries')).toMatchObject({ unit: null, figure: '5' });
    // A fact without a value has no qualifier either: “exact” would describe a figure it does not have.
    const [first] = fixtureFacts();
    if (first === undefined) throw new Error('no fact');
    const statement: ExportedFact = { ...first, value: undefined, figure: undefined, unit: '' };
    expect(factRecords([statement], SITE, BASE)[0]).toMatchObject({ value: null, figure: null, qualifier: null });
  });

  it('give a derived fact its formula, its inputs and the paragraphs they rest on, and no passage', () => {
    const prior = factRecords(fixtureFacts(), SITE, '/').find((r) => r.id === 'prior');
    expect(prior).toMatchObject({
      kind: 'derived',
      figure: 'about 1,887 trains',
      qualifier: 'about',
      paragraphs: [2],
      passage: null,
      derivation: {
        formula: 'prior-from-growth',
        inputs: [
          { name: 'current', id: 'trains' },
          { name: 'growth', id: 'growth' },
        ],
      },
    });
    expect(derivationText(prior?.derivation ?? { formula: 'sum', inputs: [] })).toBe(
      'prior-from-growth(current=trains; growth=growth)',
    );
  });

  it('keep the graph’s order: by source, then as a reader meets them', () => {
    const facts = fixtureFacts();
    expect(factRecords(facts, SITE, '/').map((r) => r.id)).toEqual(facts.map((f) => f.id));
  });

  it('refuse a fact the published schema does not describe, such as an id holding the list separator', () => {
    const [first] = fixtureFacts();
    if (first === undefined) throw new Error('no fact');
    const bad: ExportedFact = { ...first, places: ['alashankou;khorgos'] };
    expect(() => factRecords([bad], SITE, '/')).toThrow(/places/);
  });
});

describe('the two serialisations', () => {
  it('hold the same records: the CSV, read back with the published schemas, equals the JSON', () => {
    const records = factRecords(fixtureFacts(), SITE, BASE);
    const json: unknown = JSON.parse(factsJson(records));
    expect(readFactsCsv(factsCsv(records), factsTableSchema(), recordSchema())).toEqual(json);
  });

  it('write RFC 4180: a header of the record’s keys in order, CRLF after every record, quotes only where needed', () => {
    const [first] = fixtureFacts();
    if (first === undefined) throw new Error('no fact');
    const awkward = { ...first, statement: 'A “quoted”, "double-quoted"\nand broken line.' };
    const csv = factsCsv(factRecords([awkward], SITE, '/'));
    expect(csv.split('\r\n')[0]).toBe(FACTS_CSV_COLUMNS.join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
    // The one bare LF is inside the quoted statement; every record ends in CRLF.
    expect(csv.match(/(?<!\r)\n/g)).toHaveLength(1);
    expect(csv).toContain('"A “quoted”, ""double-quoted""\nand broken line."');
    const [row] = parse<Record<string, string>>(csv, { columns: true });
    expect(row?.['statement']).toBe(awkward.statement);
  });

  it('validate against the JSON Schema generated from the same zod schema (ajv, draft 2020-12)', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(factsJsonSchema(`${SITE}/data/facts.schema.json`));
    const records: unknown = JSON.parse(factsJson(factRecords(fixtureFacts(), SITE, '/')));
    expect(validate(records), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate([{ id: 'x' }])).toBe(false);
  });

  it('describe the CSV’s columns in its Table Schema, in order, with their types and constraints', () => {
    const schema = factsTableSchema();
    expect(schema.fields.map((f) => f.name)).toEqual(FACTS_CSV_COLUMNS);
    expect(schema.primaryKey).toEqual(['id']);
    const field = (name: string) => schema.fields.find((f) => f.name === name);
    expect(field('value')).toMatchObject({ type: 'number' });
    expect(field('value')?.constraints?.required).toBeUndefined();
    expect(field('url')).toMatchObject({ type: 'string', format: 'uri', constraints: { required: true } });
    expect(field('qualifier')?.constraints?.enum).toEqual(['exact', 'about', 'more-than', 'less-than', 'nearly']);
    // Lists and the derivation are text in a CSV; a list that is never empty is required.
    expect(field('places')).toMatchObject({ type: 'string' });
    expect(field('places')?.constraints?.required).toBeUndefined();
    expect(field('paragraphs')).toMatchObject({ type: 'string', constraints: { required: true } });
    expect(field('derivation')?.description).toContain('formula(name=id; name=id)');
    // Table Schema patterns are XML Schema patterns, anchored without ^ and $.
    expect(field('id')?.constraints?.pattern).toBe('[^\\s;]+');
  });
});
