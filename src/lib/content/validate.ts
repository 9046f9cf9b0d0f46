import { createHash } from 'node:crypto';
import type { ChartData } from '@/schemas/chart.ts';
import type { CorridorData } from '@/schemas/corridor.ts';
import type { FactData } from '@/schemas/fact.ts';
import type { PlaceData } from '@/schemas/place.ts';
import type { EntryRef } from '@/schemas/reference.ts';
import type { SourceData } from '@/schemas/source.ts';
import { DEFAULT_CONTENT_DIR } from './content-dir.ts';
import type { Entry } from './entry.ts';
import { computeFormula, describeFormula, FORMULAS, reproduces, roundTo } from './derive.ts';
import type { MdxReference } from './mdx-references.ts';
import { findFigure, passageStatesQualifier, QUALIFIER_WORDS } from './figures.ts';
import { passageProblem } from './place-fields.ts';

export interface SiteContent {
  sources: readonly Entry<SourceData>[];
  places: readonly Entry<PlaceData>[];
  corridors: readonly Entry<CorridorData>[];
  facts: readonly Entry<FactData>[];
  charts: readonly Entry<ChartData>[];
  /** The facts and charts each corridor page places, by corridor id (src/lib/content/mdx-references.ts). */
  references?: ReadonlyMap<string, readonly MdxReference[]>;
  /** The content folder, to say where an entry belongs: `src/content` unless CONTENT_DIR says otherwise. */
  contentDir?: string;
}

/** One broken rule, located the way an author finds it: file, entry, field. */
export interface Problem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** One line per problem: `file › entry › field: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file} › ${p.entry} › ${p.field}: ${p.message}`).join('\n');
}

/**
 * What a build stops with when the content breaks a rule: a heading and one line per problem, and no stack
 * trace. Astro prints an error's stack after its message when it has one; for content that stack points
 * into our loaders, not at the file, line and field the problem lines already name.
 */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(heading: string, problems: readonly Problem[]) {
    super(`${heading}\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
    this.stack = '';
  }
}

/** Entries as read from files, before they are stored by id. */
export interface RawEntries {
  file: string;
  ids: string[];
}

/** Ids that appear more than once across the files of one collection. */
export function findDuplicateIds(files: readonly RawEntries[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, ids } of files) {
    for (const id of ids) {
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, file);
      } else {
        problems.push({
          file,
          entry: id,
          field: 'id',
          message: `the id "${id}" is already used in ${first}; give this entry another id`,
        });
      }
    }
  }
  return problems;
}

function byId<T>(entries: readonly Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function missing(
  ref: EntryRef,
  field: string,
  known: ReadonlyMap<string, unknown>,
  at: Omit<Problem, 'field' | 'message'>,
): Problem[] {
  if (known.has(ref.id)) return [];
  // Every known id while they fit on a line; past that (30,000 facts), the nearest one.
  const choices =
    known.size <= MAX_LISTED_IDS
      ? `known ids: ${[...known.keys()].sort().join(', ')}`
      : `there are ${known.size} ${ref.collection} entries${closest(ref.id, known)}`;
  return [{ ...at, field, message: `no ${ref.collection} entry has the id "${ref.id}"; ${choices}` }];
}

/** How many known ids a problem lists before it names only the nearest. */
const MAX_LISTED_IDS = 50;

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function checkSource(source: Entry<SourceData>): Problem[] {
  const at = { file: source.filePath ?? `sources/${source.id}`, entry: source.id };
  const problems: Problem[] = [];
  const paragraphs = new Map(source.data.paragraphs.map((p) => [p.id, p.text]));
  const actual = sha256(source.data.text);
  if (actual !== source.data.sha256) {
    problems.push({
      ...at,
      field: 'sha256',
      message: `the article text has changed (its SHA-256 is ${actual}); restore the verbatim text, or update sha256 if the new text is the verbatim source`,
    });
  }
  source.data.headlines.forEach((id, i) => {
    if (!paragraphs.has(id))
      problems.push({ ...at, field: `headlines[${i}]`, message: `the source has no paragraph "${id}"` });
  });
  source.data.notes.forEach((note, i) => {
    const text = paragraphs.get(note.paragraph);
    if (text === undefined) {
      problems.push({
        ...at,
        field: `notes[${i}].paragraph`,
        message: `the source has no paragraph "${note.paragraph}"`,
      });
    } else if (!text.includes(note.passage)) {
      problems.push({
        ...at,
        field: `notes[${i}].passage`,
        message: `"${note.passage}" is not verbatim in ${note.paragraph}`,
      });
    }
  });
  return problems;
}

function checkPlace(place: Entry<PlaceData>, content: Indexed): Problem[] {
  const at = { file: place.filePath ?? 'places', entry: place.id };
  const { lat, lon } = place.data.coordinates;
  const problems: Problem[] = [];
  if (!(lat >= -90 && lat <= 90))
    problems.push({ ...at, field: 'coordinates.lat', message: `latitude ${lat} is outside −90…90` });
  if (!(lon >= -180 && lon <= 180))
    problems.push({ ...at, field: 'coordinates.lon', message: `longitude ${lon} is outside −180…180` });
  place.data.stated.forEach((entry, i) => {
    const found = missing(entry.source, `stated[${i}].source`, content.sources, at);
    problems.push(...found);
    const source = content.sources.get(entry.source.id);
    if (found.length > 0 || source === undefined) return;
    const paragraph = source.data.paragraphs.find((p) => p.id === entry.paragraph);
    if (paragraph === undefined) {
      problems.push({
        ...at,
        field: `stated[${i}].paragraph`,
        message: `source "${source.id}" has no paragraph "${entry.paragraph}"`,
      });
    } else if (!paragraph.text.includes(entry.passage)) {
      problems.push({
        ...at,
        field: `stated[${i}].passage`,
        message: `the passage is not verbatim in ${entry.paragraph} of "${source.id}"; copy it from the article exactly`,
      });
    } else {
      entry.fields.forEach((field, j) => {
        const problem = passageProblem(place.data, field, entry.passage);
        if (problem !== undefined) problems.push({ ...at, field: `stated[${i}].fields[${j}]`, message: problem });
      });
    }
  });
  return problems;
}

function checkCorridor(corridor: Entry<CorridorData>, content: Indexed): Problem[] {
  const at = { file: corridor.filePath ?? `corridors/${corridor.id}`, entry: corridor.id };
  const problems: Problem[] = [];
  corridor.data.keyFacts.forEach((ref, i) => {
    const field = `keyFacts[${i}]`;
    const found = missing(ref, field, content.facts, at);
    problems.push(...found);
    const fact = content.facts.get(ref.id);
    if (found.length === 0 && fact !== undefined) {
      if (fact.data.corridor?.id !== corridor.id)
        problems.push({
          ...at,
          field,
          message: `fact "${ref.id}" belongs to another page; a key figure must be a fact of this corridor`,
        });
      if (fact.data.value === undefined)
        problems.push({ ...at, field, message: `fact "${ref.id}" has no value; a key figure needs a number` });
    }
  });
  corridor.data.places.forEach((ref, i) => problems.push(...missing(ref, `places[${i}]`, content.places, at)));
  // What the corridor's map draws must start and end at places the corridor lists.
  const own = new Set(corridor.data.places.map((ref) => ref.id));
  const onMap = (ref: { id: string }, field: string) => {
    if (!own.has(ref.id))
      problems.push({
        ...at,
        field,
        message: `"${ref.id}" is not one of this corridor's places; add it to places, or draw from one of ${[...own].join(', ') || '(none)'}`,
      });
  };
  const { map } = corridor.data;
  map.routes.forEach((route, i) => {
    onMap(route.from, `map.routes[${i}].from`);
    onMap(route.to, `map.routes[${i}].to`);
  });
  map.onward.forEach((link, i) => onMap(link.from, `map.onward[${i}].from`));
  map.notes.forEach((note, i) => onMap(note.place, `map.notes[${i}].place`));
  return problems;
}

/** Each `<FactCard id>`, `<FactValue id>` and `<FactChart id>` of a page names an entry that exists. */
function checkReferences(
  corridor: Entry<CorridorData>,
  references: readonly MdxReference[],
  content: Indexed,
  contentDir: string,
): Problem[] {
  const file = corridor.filePath ?? `corridors/${corridor.id}`;
  return references.flatMap((ref) => {
    const [known, what, folder] =
      ref.component === 'FactChart'
        ? [content.charts, 'chart', `${contentDir}/charts/`]
        : [content.facts, 'fact', `${contentDir}/facts/`];
    if (known.has(ref.id)) return [];
    return [
      {
        file: `${file}:${ref.line}`,
        entry: corridor.id,
        field: `<${ref.component} id="${ref.id}" />`,
        message: `no ${what} has the id "${ref.id}"; use the id of an entry in ${folder}${closest(ref.id, known)}, or add the ${what} there`,
      },
    ];
  });
}

/** ` (did you mean "…"?)` for the known id sharing the longest prefix, or nothing. */
function closest(id: string, known: ReadonlyMap<string, unknown>): string {
  let best = '';
  let bestLength = 0;
  for (const candidate of known.keys()) {
    let n = 0;
    while (n < id.length && id[n] === candidate[n]) n++;
    if (n > bestLength) [best, bestLength] = [candidate, n];
  }
  return bestLength >= 3 ? ` (did you mean "${best}"?)` : '';
}

function checkQuotedFact(
  fact: Entry<Extract<FactData, { kind: 'quoted' }>>,
  content: Indexed,
  at: Omit<Problem, 'field' | 'message'>,
): Problem[] {
  const { data } = fact;
  const source = content.sources.get(data.source.id);
  if (source === undefined) return [];
  const paragraph = source.data.paragraphs.find((p) => p.id === data.paragraph);
  if (paragraph === undefined) {
    return [
      {
        ...at,
        field: 'paragraph',
        message: `source "${source.id}" has no paragraph "${data.paragraph}" (it has p1…p${source.data.paragraphs.length})`,
      },
    ];
  }
  if (!paragraph.text.includes(data.passage)) {
    return [
      {
        ...at,
        field: 'passage',
        message: `the passage is not verbatim in ${data.paragraph} of "${source.id}"; copy it from the article exactly`,
      },
    ];
  }
  const problems: Problem[] = [];
  // A fact lists the countries its words name, not those a reader might infer ("Central Asia"), which
  // pages would otherwise show as the fact's own.
  data.countries.forEach((country, i) => {
    if (!data.passage.includes(country))
      problems.push({
        ...at,
        field: `countries[${i}]`,
        message: `the passage does not name "${country}"; list only the countries the passage names`,
      });
  });
  if (data.value !== undefined && findFigure(data.value, data.passage) === undefined) {
    problems.push({
      ...at,
      field: 'value',
      message: `${data.value} does not appear in the passage; quote the words that hold the figure`,
    });
  }
  if (!passageStatesQualifier(data.qualifier, data.passage)) {
    const words = QUALIFIER_WORDS[data.qualifier].source.map((w) => `"${w}"`).join(' or ');
    problems.push({ ...at, field: 'qualifier', message: `"${data.qualifier}" needs the passage to say ${words}` });
  }
  return problems;
}

function checkDerivedFact(
  fact: Entry<Extract<FactData, { kind: 'derived' }>>,
  content: Indexed,
  at: Omit<Problem, 'field' | 'message'>,
): Problem[] {
  const { derivation, value } = fact.data;
  const formula = FORMULAS[derivation.formula];
  const problems: Problem[] = [];
  const values: Record<string, number> = {};
  for (const name of formula.inputs) {
    const ref = derivation.inputs[name];
    const field = `derivation.inputs.${name}`;
    if (ref === undefined) {
      problems.push({ ...at, field, message: `the formula "${derivation.formula}" needs an input named "${name}"` });
      continue;
    }
    const found = missing(ref, field, content.facts, at);
    problems.push(...found);
    const input = content.facts.get(ref.id)?.data.value;
    if (found.length === 0 && input === undefined)
      problems.push({ ...at, field, message: `fact "${ref.id}" has no value to compute with` });
    if (input !== undefined) values[name] = input;
  }
  for (const name of Object.keys(derivation.inputs)) {
    if (!(formula.inputs as readonly string[]).includes(name)) {
      problems.push({
        ...at,
        field: `derivation.inputs.${name}`,
        message: `the formula "${derivation.formula}" takes ${formula.inputs.join(' and ')}, not "${name}"`,
      });
    }
  }
  if (problems.length > 0) return problems;
  const computed = computeFormula(derivation.formula, values);
  if (!reproduces(value, computed, derivation.decimals)) {
    const shown = describeFormula(
      derivation.formula,
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
    );
    problems.push({
      ...at,
      field: 'value',
      message: `${shown} = ${roundTo(computed, derivation.decimals)} at ${derivation.decimals} decimals, not ${value}`,
    });
  }
  return problems;
}

function checkFact(fact: Entry<FactData>, content: Indexed): Problem[] {
  const at = { file: fact.filePath ?? 'facts', entry: fact.id };
  const { data } = fact;
  const problems: Problem[] = [...missing(data.source, 'source', content.sources, at)];
  if (data.corridor !== undefined) problems.push(...missing(data.corridor, 'corridor', content.corridors, at));
  data.places.forEach((ref, i) => problems.push(...missing(ref, `places[${i}]`, content.places, at)));
  if (data.kind === 'quoted') problems.push(...checkQuotedFact({ ...fact, data }, content, at));
  else problems.push(...checkDerivedFact({ ...fact, data }, content, at));
  return problems;
}

function checkChart(chart: Entry<ChartData>, content: Indexed): Problem[] {
  const at = { file: chart.filePath ?? 'charts', entry: chart.id };
  const { data } = chart;
  const problems: Problem[] = [...missing(data.corridor, 'corridor', content.corridors, at)];
  const factIn = (ref: EntryRef, field: string): Entry<FactData> | undefined => {
    const found = missing(ref, field, content.facts, at);
    problems.push(...found);
    const fact = content.facts.get(ref.id);
    if (found.length === 0 && fact !== undefined && fact.data.corridor?.id !== data.corridor.id) {
      problems.push({
        ...at,
        field,
        message: `fact "${ref.id}" is not a fact of the ${data.corridor.id} corridor the chart belongs to`,
      });
    }
    return fact;
  };
  if (data.type === 'bar') {
    const columns = [
      ...data.series.map((s, i) => ({ field: `series[${i}].facts`, facts: s.facts, plotted: true })),
      ...data.tableColumns.map((c, i) => ({ field: `tableColumns[${i}].facts`, facts: c.facts, plotted: false })),
    ];
    const units = new Set<string>();
    for (const column of columns) {
      if (column.facts.length !== data.categories.length) {
        problems.push({
          ...at,
          field: column.field,
          message: `has ${column.facts.length} facts for ${data.categories.length} categories; give one fact per category, in category order`,
        });
      }
      column.facts.forEach((ref, i) => {
        const fact = factIn(ref, `${column.field}[${i}]`);
        if (fact === undefined) return;
        if (fact.data.value === undefined)
          problems.push({ ...at, field: `${column.field}[${i}]`, message: `fact "${ref.id}" has no value to plot` });
        if (column.plotted) units.add(fact.data.unit);
      });
    }
    if (units.size > 1)
      problems.push({
        ...at,
        field: 'series',
        message: `plots values in different units (${[...units].join(', ')}); one chart, one unit`,
      });
  } else {
    data.groups.forEach((group, i) => {
      const fact = factIn(group.fact, `groups[${i}].fact`);
      group.places.forEach((ref, j) => {
        const field = `groups[${i}].places[${j}]`;
        const found = missing(ref, field, content.places, at);
        problems.push(...found);
        if (found.length === 0 && fact !== undefined && !fact.data.places.some((p) => p.id === ref.id)) {
          problems.push({ ...at, field, message: `fact "${group.fact.id}" is not about place "${ref.id}"` });
        }
      });
    });
  }
  return problems;
}

interface Indexed {
  sources: Map<string, Entry<SourceData>>;
  places: Map<string, Entry<PlaceData>>;
  corridors: Map<string, Entry<CorridorData>>;
  facts: Map<string, Entry<FactData>>;
  charts: Map<string, Entry<ChartData>>;
}

/**
 * Checks what zod cannot see inside one entry: that passages are verbatim,
 * figures stand in their passages, references resolve, coordinates are on
 * Earth and derived values follow from their formulas.
 */
export function validateContent(content: SiteContent): Problem[] {
  const indexed: Indexed = {
    sources: byId(content.sources),
    places: byId(content.places),
    corridors: byId(content.corridors),
    facts: byId(content.facts),
    charts: byId(content.charts),
  };
  return [
    ...content.sources.flatMap(checkSource),
    ...content.places.flatMap((p) => checkPlace(p, indexed)),
    ...content.corridors.flatMap((c) => checkCorridor(c, indexed)),
    ...content.corridors.flatMap((c) =>
      checkReferences(c, content.references?.get(c.id) ?? [], indexed, content.contentDir ?? DEFAULT_CONTENT_DIR),
    ),
    ...content.facts.flatMap((f) => checkFact(f, indexed)),
    ...content.charts.flatMap((c) => checkChart(c, indexed)),
  ];
}
