/**
 * Measures the facts explorer at the size the site is to reach: 30,000 synthetic facts (`FACTS=n` for
 * another count) made from the built site's own facts, with their numbers, places and sources varied.
 * Prints the size of the explorer data, the time to prepare it, the time `filterFacts` takes for what
 * a reader does (typing a word a key at a time, choosing filters, sorting), the time to draw a page of
 * rows, and what a full first page of the table would weigh on a first visit, against its budget.
 * Not a test: timings depend on the machine. `npm run bench:explorer` builds first.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  DEFAULT_STATE,
  PAGE_SIZE,
  type ExplorerData,
  type ExplorerFact,
  type ExplorerState,
} from '../src/lib/explorer/facts-explorer.ts';
import { placeNameIndex, resolvePlace } from '../src/lib/explorer/place-names.ts';
import { filterFacts, prepareIndex } from '../src/lib/explorer/explorer-filter.ts';
import { factRowsHtml } from '../src/lib/explorer/facts-table.ts';
import { BUDGETS } from '../tools/budgets.ts';
import { pageWeight } from '../tools/page-weight.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
const count = Number(process.env['FACTS'] ?? 30_000);
const built = JSON.parse(readFileSync(join(distDir, 'facts/explorer.json'), 'utf8')) as ExplorerData;

/** A repeatable stream of numbers, so two runs measure the same facts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** `count` facts from the built ones: numbers changed, 2,000 places, 300 sources, so no two rows are alike. */
function synthesize(data: ExplorerData, n: number): ExplorerData {
  const next = random(7);
  const places = Array.from({ length: 2000 }, (_, i) => {
    const model = data.places[i % data.places.length];
    return { id: `place-${i}`, name: `${model?.name ?? 'Place'} ${i}`, altNames: model?.altNames ?? [] };
  });
  const sources = Array.from({ length: 300 }, (_, i) => ({
    id: `source-${i}`,
    title: `${data.sources[0]?.title ?? 'Source'} (${i})`,
  }));
  const newNumber = () => String(Math.floor(next() * 100_000));
  const facts = Array.from({ length: n }, (_, i): ExplorerFact => {
    const model = data.facts[i % data.facts.length];
    if (!model) throw new Error('The build has no facts');
    const value = model.value === undefined ? undefined : Math.round(next() * 1_000_000) / 100;
    return {
      ...model,
      id: `${model.id}-${i}`,
      label: `${model.label}, ${newNumber()}`,
      statement: model.statement.replace(/\d[\d,.]*/g, newNumber),
      ...(value === undefined ? {} : { value, figure: `${value} ${model.figure?.split(' ').at(-1) ?? ''}` }),
      places: model.places.map(() => Math.floor(next() * places.length)),
      source: Math.floor(next() * sources.length),
    };
  });
  return { ...data, places, sources, facts };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time(run: () => unknown, runs = 9): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

const data = synthesize(built, count);
const json = JSON.stringify(data);
console.log(`${count.toLocaleString('en-US')} synthetic facts`);
console.log(`  explorer data: ${kb(Buffer.byteLength(json))} raw, ${kb(gzipSync(json, { level: 9 }).length)} gzip`);
console.log(`  parse and prepare: ${ms(time(() => prepareIndex(JSON.parse(json) as ExplorerData), 5))}`);

const index = prepareIndex(data);
const place = data.places[0]?.id ?? '';
const state = (change: Partial<ExplorerState>): ExplorerState => ({ ...DEFAULT_STATE, ...change });
const word = 'khorgos trains';
const typing = Array.from({ length: word.length }, (_, i) => state({ text: word.slice(0, i + 1) }));
// The first sort by a key orders every fact once; later filters reuse that order.
const firstSort = (() => {
  const started = performance.now();
  filterFacts(index, state({ sort: 'figure', direction: 'desc' }));
  return performance.now() - started;
})();
const cases: [string, () => unknown][] = [
  ['no filter', () => filterFacts(index, DEFAULT_STATE)],
  [
    `typing “${word}”, per key (slowest key)`,
    () => Math.max(...typing.map((s) => time(() => filterFacts(index, s), 3))),
  ],
  ['corridor', () => filterFacts(index, state({ filters: { corridor: built.corridors[1]?.id ?? 'rail' } }))],
  ['place and words', () => filterFacts(index, state({ filters: { place }, text: 'trains' }))],
  [
    'country, kind and words',
    () => filterFacts(index, state({ filters: { country: 'China', kind: 'quoted' }, text: 'port' })),
  ],
  ['sorted by figure (order cached)', () => filterFacts(index, state({ sort: 'figure', direction: 'desc' }))],
];
console.log(`  filterFacts, median of 9 runs (budget: 100 ms a keystroke):`);
console.log(`    first sort by figure: ${ms(firstSort)}`);
for (const [name, run] of cases) {
  const result = name.startsWith('typing') ? (run() as number) : time(run);
  console.log(`    ${name}: ${ms(result)}`);
}
// The place field: its names folded and sorted once, then one lookup a key. The synthetic places share
// their models' other names, so `Хоргос` begins hundreds of places' names: the slowest case.
const placeNames = placeNameIndex(data.places);
const placeTyped = data.places[1]?.name ?? 'Place';
const prefixes = (word: string) => [...word].map((_, i) => [...word].slice(0, i + 1).join(''));
const placeKeys = [...prefixes(placeTyped), ...prefixes('Хоргос')];
console.log(`  place field, ${data.places.length.toLocaleString('en-US')} places:`);
console.log(`    folding and sorting their names: ${ms(time(() => placeNameIndex(data.places), 5))}`);
console.log(
  `    typing “${placeTyped}”, then “Хоргос”, per key (slowest key): ${ms(Math.max(...placeKeys.map((key) => time(() => resolvePlace(placeNames, key), 3))))}`,
);
const firstPage = Array.from({ length: PAGE_SIZE }, (_, i) => i);
console.log(`  drawing ${PAGE_SIZE} rows (HTML string): ${ms(time(() => factRowsHtml(data, '/', firstPage)))}`);

// A full first page: the built page with its rows (and their figures in the JSON-LD) swapped for a
// page of synthetic ones, weighed with the page's CSS and JS.
const page = readFileSync(join(distDir, 'facts/index.html'), 'utf8');
const weight = pageWeight(distDir, '/facts/');
const rows = factRowsHtml(data, '/', firstPage);
const ld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '[]';
const jsonLd = JSON.parse(ld) as { variableMeasured?: Record<string, unknown>[] }[];
const dataset = jsonLd.find((item) => item.variableMeasured !== undefined);
const model = dataset?.variableMeasured?.[0] ?? {};
if (dataset) {
  dataset.variableMeasured = data.facts.slice(0, PAGE_SIZE).flatMap((fact) =>
    fact.value === undefined
      ? []
      : [
          {
            ...model,
            name: fact.label,
            url: `https://example.org/facts/${fact.id}/`,
            value: { ...(model['value'] as object), value: fact.value },
          },
        ],
  );
}
const fullPage = page
  .replace(/<tbody>[\s\S]*?<\/tbody>/, `<tbody>${rows}</tbody>`)
  .replace(ld, JSON.stringify(jsonLd).replace(/</g, '\\u003c'));
const htmlGzip = gzipSync(fullPage, { level: 9 }).length;
const total = htmlGzip + weight.css.gzip + weight.js.gzip;
console.log(
  `  a full first page of ${PAGE_SIZE} rows, with their figures in its JSON-LD: HTML ${kb(htmlGzip)} gzip, first visit ${kb(total)} gzip of ${kb(BUDGETS.firstVisit)}`,
);
