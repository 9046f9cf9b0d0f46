import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, inject, it } from 'vitest';
import { PREVIEW_ORIGIN } from '@/integrations/site-url.ts';
import { CARD_MANIFEST_FILE } from '@/lib/cards/publish/plan.ts';
import { RECORDS_FILE } from '@/lib/search/search-index.ts';
import { FILE_BUNDLES_DIR } from '@/lib/site/file-bundles.ts';
import { SUB_PATH } from '../support/global-setup.ts';
import { readFactsCsv } from '../support/fact-csv.ts';
import { readPackage } from '../support/frictionless.ts';
import { fileOf, readAuthoredCharts, readAuthoredFacts, readSourceIds } from '../../tools/site.ts';

/** The root build is made without SITE_URL (addresses of the local preview); the other for where it is served. */
const builds = [
  {
    name: 'at the root',
    dist: inject('distDir'),
    base: '/',
    site: PREVIEW_ORIGIN,
    served: inject('baseUrl'),
    published: false,
  },
  {
    name: `under ${SUB_PATH}`,
    dist: inject('subDistDir'),
    base: SUB_PATH,
    site: new URL(inject('subBaseUrl')).origin,
    served: inject('subBaseUrl'),
    published: true,
  },
];
const fixture = (name: string) =>
  JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/frictionless', name), 'utf8')) as object;

interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string };
}
interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; missingValues: string[]; primaryKey?: string[] };
}
interface DataPackage {
  resources: Resource[];
  sources: { title: string; path?: string }[];
  homepage?: string;
}

describe.each(builds)('the downloads of the site built $name', ({ dist, base, site, served, published }) => {
  const root = `${site}${base}`;
  const bytes = (file: string) => readFileSync(join(dist, 'data', file));
  const json = (file: string): unknown => JSON.parse(bytes(file).toString('utf8'));
  const records = json('facts.json') as Record<string, unknown>[];
  const schema = json('facts.schema.json') as { $id: string; items: Parameters<typeof readFactsCsv>[2] };
  const pkg = json('datapackage.json') as DataPackage;
  const factsTable = pkg.resources.find((r) => r.name === 'facts');
  /** The file a URL of this build is served from. */
  const local = (url: string) => {
    expect(url.startsWith(root), url).toBe(true);
    return fileOf(dist, `/${url.slice(root.length)}`);
  };

  it('facts.json validates against facts.schema.json (ajv, draft 2020-12, formats checked)', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(records), ajv.errorsText(validate.errors)).toBe(true);
    expect(schema.$id).toBe(`${root}data/facts.schema.json`);
  });

  it('holds every authored fact exactly once, with its value and its permanent page under the site', () => {
    const authored = readAuthoredFacts();
    const ids = records.map((r) => r['id']);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(authored.map((f) => f.id).sort());
    for (const fact of authored) {
      const record = records.find((r) => r['id'] === fact.id);
      expect(record?.['value'], fact.id).toBe(fact.value ?? null);
      expect(record?.['kind'], fact.id).toBe(fact.kind);
      expect(record?.['url'], fact.id).toBe(`${root}facts/${fact.id}/`);
    }
  });

  it('facts.csv is UTF-8 without a byte-order mark, with CRLF after every record', () => {
    const raw = bytes('facts.csv');
    const text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    // A bare LF may only sit inside a quoted field; no statement or passage has one today.
    expect(text.match(/(?<!\r)\n/g)).toBeNull();
  });

  it('facts.csv reads back, with csv-parse and the published schemas, to the records of facts.json', () => {
    if (factsTable === undefined) throw new Error('no facts table in datapackage.json');
    const text = bytes('facts.csv').toString('utf8');
    expect(readFactsCsv(text, factsTable.schema, schema.items)).toEqual(records);
  });

  it('datapackage.json is a valid Data Package: the official v1 profiles, and the v2 requirements', () => {
    // The v1 profiles carry editor hints ajv does not know (`propertyOrder`, the `textarea` format): not strict.
    const v1 = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(v1);
    v1.addFormat('textarea', true);
    const dataPackage = v1.compile(fixture('data-package.v1.json'));
    expect(dataPackage(pkg), v1.errorsText(dataPackage.errors)).toBe(true);
    const tableSchema = v1.compile(fixture('table-schema.v1.json'));
    for (const resource of pkg.resources) {
      expect(tableSchema(resource.schema), `${resource.name}: ${v1.errorsText(tableSchema.errors)}`).toBe(true);
    }
    // `required` inside anyOf/oneOf names properties declared beside it, as the official profiles do; strict mode wants them repeated.
    const v2 = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
    addFormats(v2);
    const required = v2.compile(fixture('datapackage-v2-required.schema.json'));
    expect(required(pkg), v2.errorsText(required.errors)).toBe(true);
    // What a JSON Schema cannot say: names unique among resources, and among a table's fields.
    const names = pkg.resources.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    for (const resource of pkg.resources) {
      const fields = resource.schema.fields.map((f) => f.name);
      expect(new Set(fields).size, resource.name).toBe(fields.length);
    }
  });

  it('names the facts table and every chart’s table by a path relative to it, each a file of data/', () => {
    expect(pkg.resources.map((r) => r.name).sort()).toEqual(
      ['facts', ...readAuthoredCharts().map((c) => `chart-${c.id}`)].sort(),
    );
    expect(factsTable?.path).toBe('facts.csv');
    for (const resource of pkg.resources) {
      expect(resource.path, resource.name).toMatch(/^[\w-]+(?:\/[\w-]+)*\.csv$/);
      expect(existsSync(join(dist, 'data', resource.path)), resource.path).toBe(true);
    }
  });

  it('gives each chart’s table beside it byte for byte as the chart’s own download', () => {
    for (const { id } of readAuthoredCharts())
      expect(bytes(`charts/${id}.csv`).equals(readFileSync(fileOf(dist, `/charts/${id}.csv`))), id).toBe(true);
  });

  it(
    published
      ? 'gives the home page and every source’s page by the address the site is published at'
      : 'gives no address of the local preview: no home page, and each source by its title',
    () => {
      expect(JSON.stringify(pkg)).not.toContain(PREVIEW_ORIGIN);
      expect(pkg.sources).toHaveLength(readSourceIds().length);
      if (!published) {
        expect(pkg.homepage).toBeUndefined();
        for (const source of pkg.sources) expect(source).toEqual({ title: source.title });
        return;
      }
      expect(pkg.homepage).toBe(root);
      expect(existsSync(local(pkg.homepage ?? ''))).toBe(true);
      expect(pkg.sources.map((s) => s.path).sort()).toEqual(
        readSourceIds()
          .map((id) => `${root}sources/${id}/`)
          .sort(),
      );
      for (const source of pkg.sources) expect(existsSync(local(source.path ?? '')), source.path).toBe(true);
    },
  );

  it('loads from a copy of data/ saved elsewhere, and every value of every table keeps its Table Schema (types, required, enum, pattern, primary key)', () => {
    const copy = mkdtempSync(join(tmpdir(), 'corridors-data-'));
    try {
      cpSync(join(dist, 'data'), copy, { recursive: true });
      const { tables } = readPackage(join(copy, 'datapackage.json'));
      expect(tables.map((t) => t.name)).toEqual(pkg.resources.map((r) => r.name));
      for (const table of tables) {
        expect(table.file.startsWith(copy), table.name).toBe(true);
        expect(table.errors, table.name).toEqual([]);
        expect(table.rows.length, table.name).toBeGreaterThan(0);
      }
      // The facts as the package reads them are those of facts.json, value for value.
      const facts = tables.find((t) => t.name === 'facts')?.rows ?? [];
      expect(facts.map((row) => [row['id'], row['value']])).toEqual(records.map((r) => [r['id'], r['value']]));
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });

  it('are served, with the _headers of the build, as their types and to any origin; pages are not', async () => {
    const at = (path: string) => new URL(path, served.endsWith('/') ? served : `${served}/`);
    for (const [path, type] of [
      ['data/facts.csv', 'text/csv'],
      ['data/facts.json', 'application/json'],
      ['data/facts.schema.json', 'application/json'],
      ['data/datapackage.json', 'application/json'],
      [`charts/${readAuthoredCharts()[0]?.id ?? ''}.csv`, 'text/csv'],
      [`data/charts/${readAuthoredCharts()[0]?.id ?? ''}.csv`, 'text/csv'],
    ] as const) {
      const response = await fetch(at(path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(new RegExp(`^${type}`));
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*');
    }
    expect((await fetch(at(''))).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('what Astro’s build hands the later steps of `npm run build`', () => {
  it.each(builds)('is not published, those steps having written what it names ($name)', ({ dist }) => {
    for (const handover of [FILE_BUNDLES_DIR, RECORDS_FILE, CARD_MANIFEST_FILE])
      expect(existsSync(join(dist, handover)), handover).toBe(false);
    expect(existsSync(join(dist, 'facts/rail-khorgos-trains/citation.ris'))).toBe(true);
    expect(existsSync(join(dist, 'embed/facts/rail-khorgos-trains/oembed.json'))).toBe(true);
  });
});
