/**
 * YAML that does not parse, told as the content rules tell their problems (src/lib/content/validate.ts): the file
 * and line, the entry the line is in, what is wrong, and how to fix it. The `yaml` package's own message
 * ("Sequence item without - indicator at line 35, column 3") names no file and no fix.
 */
import { FAILSAFE_SCHEMA, load, Type } from 'js-yaml';
import { parseDocument, type YAMLError } from 'yaml';
import type { Problem } from './validate.ts';

/** What the file holds: a list of entries with ids (facts, places, charts), or one entry's fields (a source.yaml). */
export type YamlShape = 'list' | 'fields';

export interface YamlFile {
  /** The file as the author finds it, relative to the project root: `src/content/facts/rail.yaml`. */
  file: string;
  text: string;
  shape: YamlShape;
  /** The entry a `fields` file is: the source's id. A `list` file's entries are found by their `id:` lines. */
  entry?: string | undefined;
}

const SHAPE_FIX: Record<YamlShape, string> = {
  list: 'start each entry with "- id: …" at the start of a line, indent its fields by two spaces under it, and write a list inside a field as [a, b] or as "- " lines indented under the field',
  fields:
    'write each field as "name: value" at the start of a line, indent what belongs to a field under it, and write a list as [a, b] or as "- " lines indented under its field',
};

/** How to fix the problem, by the `yaml` package's error code and message. */
function fixFor(error: Pick<YAMLError, 'code' | 'message'>, line: string, shape: YamlShape): string {
  const key = /^\s*(?:-\s+)?([^\s:#][^:#]*?)\s*:(?:\s|$)/.exec(line)?.[1];
  if (error.code === 'DUPLICATE_KEY') {
    return `the entry gives ${key ? `"${key}"` : 'a field'} twice; keep one of the two`;
  }
  if (error.code === 'TAB_AS_INDENT' || /^ *\t/.test(line)) return 'indent with spaces, never tabs';
  if (/closing/i.test(error.message)) {
    return 'close the quotation mark or bracket left open on this line or a line above it; a value that holds a quotation mark goes in the other kind ("…" or \'…\')';
  }
  if (error.code === 'BAD_SCALAR_START') return 'put a value that starts with @, `, %, *, &, ! or | in quotes';
  if (/compact mappings|implicit key/i.test(error.message) && /:\s.*:\s/.test(line)) {
    return `put a value that holds ": " in quotes ('…'), or fold it onto the lines below with ">-"`;
  }
  return SHAPE_FIX[shape];
}

const ITEM = /^-(\s|$)/;
const ID = /^(?:-\s+|\s+)id:\s*(['"]?)([^'"#\s]+)\1\s*(?:#.*)?$/;

/** The id of an entry of a YAML list that starts at line index `start` (0-based), from its `id:` line. */
function idOfItem(lines: readonly string[], start: number): string | undefined {
  for (let i = start; i < lines.length && (i === start || !ITEM.test(lines[i] ?? '')); i++) {
    const id = ID.exec(lines[i] ?? '')?.[2];
    if (id !== undefined) return id;
  }
  return undefined;
}

/**
 * The entry of a YAML list that holds a line (1-based), as the problem lines name it: its id, from the
 * nearest "- " line at or above the line; `entry 5, after rail-khorgos-trains` for one without an id;
 * `before the first entry` above them all.
 */
export function entryAtLine(text: string, line: number): string {
  const lines = text.split(/\r?\n/);
  const starts = lines.flatMap((l, i) => (i < line && ITEM.test(l) ? [i] : []));
  const start = starts.at(-1);
  if (start === undefined) return 'before the first entry';
  const id = idOfItem(lines, start);
  if (id !== undefined) return id;
  const previous = starts.length > 1 ? idOfItem(lines, starts.at(-2) ?? 0) : undefined;
  return `entry ${starts.length}${previous ? `, after ${previous}` : ''}`;
}

/** A type of plain (unquoted) scalar for js-yaml: the text it matches and the value it makes of it. */
function plainScalar(tag: string, test: RegExp, construct: (text: string) => unknown): Type {
  return new Type(`tag:yaml.org,2002:${tag}`, {
    kind: 'scalar',
    resolve: (text: string | null) => test.test(text ?? ''),
    construct: (text: string | null) => construct(text ?? ''),
  });
}

/**
 * YAML 1.2's core schema as the `yaml` package resolves plain scalars (its `yaml/dist/schema/core/`),
 * for js-yaml, whose own "core" schema is its looser JSON schema: it reads `0b101` as 5, `-0x1F` as
 * −31 and `-.5` as text. Dates, `yes` and `no` stay text, and `<<` is an ordinary key.
 */
const CORE_SCHEMA = FAILSAFE_SCHEMA.extend({
  implicit: [
    plainScalar('null', /^(?:~|[Nn]ull|NULL)?$/, () => null),
    plainScalar('bool', /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === 't' || text[0] === 'T'),
    plainScalar('int', /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (text) =>
      text.startsWith('0o')
        ? parseInt(text.slice(2), 8)
        : text.startsWith('0x')
          ? parseInt(text.slice(2), 16)
          : parseInt(text, 10),
    ),
    plainScalar(
      'float',
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/,
      (text) =>
        /nan$/i.test(text)
          ? NaN
          : /inf$/i.test(text)
            ? text.startsWith('-')
              ? -Infinity
              : Infinity
            : parseFloat(text),
    ),
  ],
});

/**
 * The file's YAML as data, or its first syntax error as a problem (and no data) when it does not parse.
 * Only the first: once the structure breaks, the parser's later errors mostly follow from it.
 *
 * Read by js-yaml (the parser Astro reads frontmatter with), with the core schema above and refusing a
 * key given twice: several times as fast as the `yaml` package, as it builds no document of nodes with
 * their positions (docs/benchmarks.md, 'What the measurements changed'). Only a file it refuses is read
 * again by the `yaml` package, whose errors give the line and code the message tells.
 */
export function parseContentYaml({ file, text, shape, entry }: YamlFile): { data?: unknown; problems: Problem[] } {
  try {
    return { data: load(text, { schema: CORE_SCHEMA, filename: file }), problems: [] };
  } catch {
    // Told below, with the `yaml` package's line and code.
  }
  const document = parseDocument(text, { uniqueKeys: true, prettyErrors: true });
  const [error] = document.errors;
  if (error === undefined) return { data: document.toJS(), problems: [] };
  // The parser's column is often that of the structure it gave up on, not of the slip: the line's text says more.
  const line = error.linePos?.[0].line ?? 1;
  const source = text.split(/\r?\n/)[line - 1] ?? '';
  const shown = source.trim().length > 60 ? `${source.trim().slice(0, 59)}…` : source.trim();
  const what = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
  const more = document.errors.length > 1 ? '; then build again, as the errors after it may follow from it' : '';
  const problem = {
    file: `${file}:${line}`,
    entry: entry ?? (shape === 'list' ? entryAtLine(text, line) : 'the file'),
    field: 'YAML',
    message: `${what.charAt(0).toLowerCase()}${what.slice(1)}${shown ? `, in “${shown}”` : ''}; fix the YAML: ${fixFor(error, source, shape)}${more}`,
  };
  return { problems: [problem] };
}
