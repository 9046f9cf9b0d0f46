/**
 * The checks of sources, places, corridors (with the components their pages place) and charts: what zod
 * cannot see inside one entry. Facts have theirs in src/lib/content/checks/facts.ts.
 */
import { createHash } from 'node:crypto';
import type { ChartData } from '@/schemas/chart.ts';
import type { CorridorData } from '@/schemas/corridor.ts';
import type { FactData } from '@/schemas/fact.ts';
import type { PlaceData } from '@/schemas/place.ts';
import type { EntryRef } from '@/schemas/reference.ts';
import type { SourceData } from '@/schemas/source.ts';
import type { Entry } from '../entry.ts';
import type { MdxReference } from '../mdx-references.ts';
import { passageProblem } from '../place-fields.ts';
import type { Problem } from '../validate.ts';
import { closest, missing, type Indexed } from './refs.ts';

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function checkSource(source: Entry<SourceData>): Problem[] {
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

export function checkPlace(place: Entry<PlaceData>, content: Indexed): Problem[] {
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

export function checkCorridor(corridor: Entry<CorridorData>, content: Indexed): Problem[] {
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
export function checkReferences(
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

export function checkChart(chart: Entry<ChartData>, content: Indexed): Problem[] {
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
