import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { formatProblems } from '@/lib/content/validate.ts';
import { entryAtLine, parseContentYaml, type YamlShape } from '@/lib/content/yaml-problems.ts';
import { corpusFiles, syntheticCorpus } from '../../../tools/synthetic-corpus.ts';
import { readEntries } from '@/loaders/yaml-entries.ts';

const FACTS = 'src/content/facts/rail.yaml';
const broken = (text: string, shape: YamlShape = 'list', entry?: string) =>
  formatProblems(parseContentYaml({ file: FACTS, text, shape, entry }).problems);

describe('YAML that does not parse', () => {
  it('names the file, line and entry of a field that lost its indentation, and how to fix it', () => {
    const text = readFileSync('tests/fixtures/yaml/facts-missing-dash.yaml', 'utf8');
    expect(broken(text)).toMatchInlineSnapshot(
      `"src/content/facts/rail.yaml:12 › rail-khorgos-trains › YAML: unexpected scalar at node end, in “value: 2485”; fix the YAML: start each entry with "- id: …" at the start of a line, indent its fields by two spaces under it, and write a list inside a field as [a, b] or as "- " lines indented under the field; then build again, as the errors after it may follow from it"`,
    );
  });

  it('names an entry without an id by its place and the entry before it', () => {
    const text = '- id: a\n  label: A\n- label: B\n   value: 2\n';
    expect(broken(text)).toMatch(/^src\/content\/facts\/rail\.yaml:\d › entry 2, after a › YAML: /);
  });

  it('says which field is given twice', () => {
    expect(broken('- id: a\n  label: A\n  label: B\n')).toMatchInlineSnapshot(
      `"src/content/facts/rail.yaml:3 › a › YAML: map keys must be unique, in “label: B”; fix the YAML: the entry gives "label" twice; keep one of the two"`,
    );
  });

  it('tells a value holding ": " to be quoted', () => {
    expect(broken('- id: a\n  statement: Trains: 2485 in four months\n')).toMatchInlineSnapshot(
      `"src/content/facts/rail.yaml:2 › a › YAML: nested mappings are not allowed in compact mappings, in “statement: Trains: 2485 in four months”; fix the YAML: put a value that holds ": " in quotes ('…'), or fold it onto the lines below with ">-""`,
    );
  });

  it('tells an unclosed quotation mark to be closed', () => {
    expect(broken('- id: a\n  passage: "2485 trains\n  label: B\n')).toContain(
      'fix the YAML: close the quotation mark or bracket left open on this line or a line above it',
    );
  });

  it('tells tabs from spaces', () => {
    expect(broken('- id: a\n\tlabel: A\n')).toContain('fix the YAML: indent with spaces, never tabs');
  });

  it('names the source of a source.yaml, and says how its fields are written', () => {
    const text = 'title: A report\ndescription: One\ntitle: Another\n';
    expect(
      formatProblems(
        parseContentYaml({ file: 'src/content/sources/port/source.yaml', text, shape: 'fields', entry: 'port' })
          .problems,
      ),
    ).toBe(
      'src/content/sources/port/source.yaml:3 › port › YAML: map keys must be unique, in “title: Another”; fix the YAML: the entry gives "title" twice; keep one of the two',
    );
    expect(
      formatProblems(
        parseContentYaml({ file: 'src/content/sources/port/source.yaml', text: 'title: A\n- p2\n', shape: 'fields' })
          .problems,
      ),
    ).toContain('fix the YAML: write each field as "name: value" at the start of a line');
  });

  it('gives the data, and no problem, when the YAML parses', () => {
    expect(parseContentYaml({ file: FACTS, text: '- id: a\n  value: 2\n', shape: 'list' })).toEqual({
      data: [{ id: 'a', value: 2 }],
      problems: [],
    });
  });
});

describe('YAML that parses', () => {
  // The data as the `yaml` package reads it (YAML 1.2, core schema), which every message above comes from.
  const asYamlPackage = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS();

  it('reads every YAML file of the content as the `yaml` package does', () => {
    const files = readdirSync('src/content', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const file of files) {
      const text = readFileSync(join('src/content', file), 'utf8');
      expect(parseContentYaml({ file, text, shape: 'list' }), file).toEqual({
        data: asYamlPackage(text),
        problems: [],
      });
    }
  });

  it('reads the synthetic corpus of the benchmark as the `yaml` package does', () => {
    const files = corpusFiles(syntheticCorpus({ sources: 3, seed: 7 })).filter((f) => f.path.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const { path, text } of files)
      expect(parseContentYaml({ file: path, text, shape: 'list' }), path).toEqual({
        data: asYamlPackage(text),
        problems: [],
      });
  });

  // Plain scalars where YAML schemas differ: js-yaml's own core schema reads several of these otherwise.
  const scalars = [
    ...['2023-05-18', '2023-05-18T10:00:00Z', 'yes', 'no', 'on', 'off', 'y', 'tRue', 'True', 'FALSE'],
    ...['2485', '+12', '-0', '012', '1_000', '0b101', '0o17', '0o8', '+0o17', '0x1F', '-0x1F', '0x'],
    ...['1.50', '-.5', '+.5', '.5', '1.', '1e3', '1E3', '1.0e+3', '-1e-3', '1e400', '1.5e', '.', '+'],
    ...['.inf', '-.Inf', '+.INF', '.nan', '.NaN', 'nan', 'inf', '~', 'null', 'Null', 'NULL', 'nULL', ''],
  ];

  it.each(scalars)('reads the plain scalar “%s” as YAML 1.2’s core schema does', (scalar) => {
    const text = `value: ${scalar}\nlist: [${scalar || '~'}]\n`;
    expect(parseContentYaml({ file: FACTS, text, shape: 'fields' }).data).toEqual(asYamlPackage(text));
  });

  it('keeps dates, yes and no as text and reads numbers as YAML 1.2 does', () => {
    const text = ['date: 2023-05-18', 'answer: yes', 'share: 1.50', 'half: -.5', 'binary: 0b101', 'grouped: 1_000'];
    expect(parseContentYaml({ file: FACTS, text: text.join('\n'), shape: 'fields' }).data).toEqual({
      date: '2023-05-18',
      answer: 'yes',
      share: 1.5,
      half: -0.5,
      binary: '0b101',
      grouped: '1_000',
    });
  });

  it('reads << as an ordinary key, merging nothing, as YAML 1.2 does', () => {
    const text = 'base: &b { x: 1 }\nentry:\n  <<: *b\n  y: 2\n';
    expect(parseContentYaml({ file: FACTS, text, shape: 'fields' }).data).toEqual(asYamlPackage(text));
    expect(parseContentYaml({ file: FACTS, text, shape: 'fields' }).data).toMatchObject({ entry: { '<<': { x: 1 } } });
  });

  it('gives nothing, without a problem, for an empty file, as the loaders expect', () => {
    expect(parseContentYaml({ file: FACTS, text: '# nothing yet\n', shape: 'list' }).problems).toEqual([]);
    expect(parseContentYaml({ file: FACTS, text: '', shape: 'fields' }).data ?? null).toBeNull();
  });
});

describe('entryAtLine', () => {
  const text = '# Facts\n- id: first\n  label: A\n- label: B\n  id: "second"\n- value: 3\n';

  it('finds the id of the entry a line is in, wherever the id stands in it', () => {
    expect([entryAtLine(text, 3), entryAtLine(text, 4), entryAtLine(text, 5)]).toEqual(['first', 'second', 'second']);
  });

  it('says where an entry without an id is, and when a line is above every entry', () => {
    expect([entryAtLine(text, 6), entryAtLine(text, 1)]).toEqual(['entry 3, after second', 'before the first entry']);
  });
});

describe('the entries of a YAML file', () => {
  it('are refused without an id, naming the entry by its place', () => {
    expect(formatProblems(readEntries(FACTS, '- id: a\n- label: B\n').problems)).toBe(
      'src/content/facts/rail.yaml › entry 2 › id: every entry needs an id, e.g. "- id: rail-khorgos-trains"',
    );
  });

  it('are refused when the file is not a list', () => {
    expect(formatProblems(readEntries(FACTS, 'id: a\nlabel: A\n').problems)).toBe(
      'src/content/facts/rail.yaml › the file › YAML: expected a list of entries; start each with "- id: …" at the start of a line',
    );
  });

  it('are none, without a problem, in an empty file', () => {
    expect(readEntries(FACTS, '# nothing yet\n')).toEqual({ entries: [], problems: [] });
  });
});
