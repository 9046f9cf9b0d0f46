/**
 * A synthetic corpus for measuring the site at scale (`npm run bench:scale`, scripts/scale-bench.ts):
 * `sources` generated texts of ten paragraphs and about 600 words each, with 30 facts each (27 quoted,
 * 3 derived), on the site's existing corridors and places, and one chart per corridor. Plainly
 * synthetic: every text says it is not real reporting, every count is of "imaginary" things in
 * "invented" periods, and every title and id says "synthetic". It is written to a temporary folder
 * and built with CONTENT_DIR, never into src/content and never published.
 *
 * Every content rule runs at full cost on it: each passage is verbatim in its paragraph, each figure
 * stands in its passage (with its qualifier word when it has one), each derived value is its formula's
 * result at its decimals, and each article's `sha256` is that of its text. Pure and deterministic: the
 * same options give the same files, byte for byte.
 */
import { createHash } from 'node:crypto';
import { stringify } from 'yaml';
import { computeFormula, roundTo, type FormulaName } from '../src/lib/content/derive.ts';
import type { Qualifier } from '../src/lib/content/figures.ts';

export interface SyntheticOptions {
  /** How many synthetic sources. */
  sources: number;
  /** The seed of the word stream; the same seed gives the same corpus. */
  seed?: number;
}

/** A fact as an author writes it in a facts YAML file. */
export type RawFact = Record<string, unknown> & { id: string; source: string };

export interface SyntheticSource {
  /** The folder name and id: `synthetic-0001`. */
  id: string;
  /** The article as written to `article.txt`: paragraphs separated by a blank line. */
  article: string;
  /** What `source.yaml` holds. */
  meta: Record<string, unknown>;
  /** A made-up word found in this text only (paragraph 1), to search for: `qkalomiru`. */
  word: string;
  facts: RawFact[];
}

export interface SyntheticCorpus {
  sources: SyntheticSource[];
  /** Charts as an author writes them in a charts YAML file: one per corridor, drawn from the first source. */
  charts: Record<string, unknown>[];
  /** MDX to append to each corridor page, placing that corridor's synthetic chart. */
  sections: Record<string, string>;
}

/** The site's corridors and the places each lists (src/content/corridors/*.mdx); the build refuses any other. */
export const CORRIDOR_PLACES: Readonly<Record<string, readonly { id: string; name: string }[]>> = {
  air: [
    { id: 'xian', name: 'Xi’an' },
    { id: 'ashgabat', name: 'Ashgabat' },
    { id: 'dushanbe', name: 'Dushanbe' },
    { id: 'tashkent', name: 'Tashkent' },
    { id: 'bishkek', name: 'Bishkek' },
    { id: 'astana', name: 'Astana' },
  ],
  rail: [
    { id: 'khorgos', name: 'Khorgos' },
    { id: 'alashankou', name: 'Alashankou' },
    { id: 'urumqi', name: 'Urumqi' },
  ],
  intermodal: [{ id: 'lianyungang', name: 'Lianyungang' }],
};
const CORRIDORS = Object.keys(CORRIDOR_PLACES);

/** What each corridor's imaginary counts count: a noun and its unit. */
const THINGS: Readonly<Record<string, readonly { thing: string; unit: string }[]>> = {
  air: [
    { thing: 'test flight', unit: 'flights' },
    { thing: 'test passenger', unit: 'passengers' },
    { thing: 'test parcel', unit: 'parcels' },
  ],
  rail: [
    { thing: 'test train', unit: 'trains' },
    { thing: 'test wagon', unit: 'wagons' },
    { thing: 'test container', unit: 'containers' },
  ],
  intermodal: [
    { thing: 'test crate', unit: 'crates' },
    { thing: 'test vessel', unit: 'vessels' },
    { thing: 'test pallet', unit: 'pallets' },
  ],
};

/** Plain words for the filler sentences, so the index holds a vocabulary as a real text's would. */
const WORDS = (
  'account actual address advance agree allow amount answer appear apply area argue arrange arrive ' +
  'article aspect assume attempt average balance basic become begin behave belong benefit border branch ' +
  'brief bring broad budget build calendar capacity carry case cause centre certain change channel chart ' +
  'choose circle claim class clear close column common compare complete concern condition connect ' +
  'consider contain context continue control corner count course cover create current cycle daily data ' +
  'debate decide declare define degree deliver demand depend describe design detail develop direct ' +
  'distance divide document double draft early effect effort element enable energy enter entire equal ' +
  'estimate event exact example exchange expand expect explain extend factor feature field figure final ' +
  'follow format forward frame function gather general govern gradual group growth handle heading ' +
  'history hold identify imagine include increase index inform initial input intend interval issue ' +
  'journey junction keep label large later layer level limit linear local logic maintain manage margin ' +
  'measure method middle minor model moment monthly motion narrow natural network normal notice number ' +
  'object observe obtain occur offer office option order origin output overall paper parallel partial ' +
  'pattern period place plain plan point portion position practice prepare present process produce ' +
  'project proper provide public quarter question range rate reach reason record reduce region regular ' +
  'relate remain report request require result return review route sample scale schedule section ' +
  'segment select sequence series service settle signal simple single sketch source space speed stable ' +
  'stage standard station status steady step store structure study subject summary supply support ' +
  'surface system table target term test theme total track transfer trend typical unit update usual ' +
  'value variable version volume weekly whole window yearly'
).split(' ');

/** Syllables of the made-up search words: 16 of them, so four make 65,536 distinct words. */
const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 've', 'zo', 'ta', 'ne', 'pi', 'su', 'do', 'fa', 'gi', 'ho', 'ju', 'by'];

/** A repeatable stream of numbers in [0, 1): the same seed, the same stream (a 32-bit LCG). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** The made-up word of the `index`-th source: `q` and four syllables, different for every index below 65,536. */
export function syntheticWord(index: number): string {
  let word = 'q';
  for (let digit = 3; digit >= 0; digit--) word += SYLLABLES[Math.floor(index / 16 ** digit) % 16] ?? '';
  return word;
}

/** A source's id: `synthetic-0001`. */
export function syntheticSourceId(index: number): string {
  return `synthetic-${String(index + 1).padStart(4, '0')}`;
}

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** The qualifier words the passages use, from those `passageStatesQualifier` accepts. */
const QUALIFIED: Partial<Record<Qualifier, string>> = { about: 'about', 'more-than': 'more than', nearly: 'nearly' };

interface Quoted {
  id: string;
  value: number;
  unit: string;
  corridor: string;
  places: string[];
  period: string;
}

function generateSource(index: number, random: () => number): SyntheticSource {
  const id = syntheticSourceId(index);
  const code = id.replace('synthetic-', 'S');
  const word = syntheticWord(index);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const filler = (count: number) => {
    const words = Array.from({ length: count }, () => pick(WORDS));
    return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
  };
  const paragraphs: string[] = [
    `SYNTHETIC BENCHMARK TEXT ${index + 1}, not real reporting. This text was generated by a program to measure how the site builds and searches at scale; it describes no real event, count, place or person, and every figure in it is invented. Its catalogue word is ${word}, which appears in no other synthetic text. ${filler(14)} ${filler(10)}`,
  ];
  const facts: RawFact[] = [];
  const quoted = new Map<string, Quoted>();
  const periodA = `invented period ${code}-A`;
  const periodB = `invented period ${code}-B`;
  for (let k = 2; k <= 10; k++) {
    const corridor = CORRIDORS[(index + k) % CORRIDORS.length] ?? 'rail';
    const place = pick(CORRIDOR_PLACES[corridor] ?? []);
    const things = THINGS[corridor] ?? [];
    const first = pick(things);
    const second = pick(things.filter((t) => t !== first));
    if (!place || !first || !second) throw new Error(`no places or things for the ${corridor} corridor`);
    const current = 100 + Math.floor(random() * 9_900);
    const prior = 100 + Math.floor(random() * 9_900);
    // Paragraph 5's third fact is a growth in percent, so a prior value can be derived from it.
    const growth = k === 5;
    const other = growth ? Math.round(1 + random() * 400) / 10 : 100 + Math.floor(random() * 9_900);
    const sentences: string[] = [];
    const add = (
      letter: string,
      value: number,
      what: { thing: string; unit: string },
      period: string,
      qualifier: Qualifier,
    ) => {
      const factId = `${id}-p${k}${letter}`;
      const stated = QUALIFIED[qualifier];
      const passage =
        what.unit === '%'
          ? `the imaginary ${what.thing} count at ${place.name} rose by ${value}% in ${period}`
          : `the imaginary ${what.thing} count at ${place.name} was ${stated ? `${stated} ` : ''}${value} ${what.unit} in ${period}`;
      sentences.push(`In this synthetic text, ${passage}.`);
      const figure =
        what.unit === '%' ? `${value}%` : `${stated ? `${stated} ` : ''}${GROUPED.format(value)} ${what.unit}`;
      facts.push({
        id: factId,
        statement: `In a synthetic benchmark text, the imaginary ${what.thing} count at ${place.name} was ${figure} in ${period}.`,
        label: `Synthetic ${what.thing}s at ${place.name}, ${code} ¶${k}${letter}`,
        value,
        unit: what.unit,
        ...(qualifier === 'exact' ? {} : { qualifier }),
        period: `Invented period ${period.slice('invented period '.length)}`,
        corridor,
        places: [place.id],
        source: id,
        paragraph: `p${k}`,
        passage,
      });
      quoted.set(`p${k}${letter}`, { id: factId, value, unit: what.unit, corridor, places: [place.id], period });
    };
    add('a', current, first, periodA, k % 4 === 0 ? 'about' : 'exact');
    add('b', prior, first, periodB, k === 7 ? 'nearly' : 'exact');
    add('c', other, growth ? { thing: first.thing, unit: '%' } : second, periodA, k === 9 ? 'more-than' : 'exact');
    paragraphs.push(`${sentences.join(' ')} ${filler(7)}`);
  }
  const derive = (
    name: string,
    formula: FormulaName,
    inputs: Record<string, string>,
    decimals: number,
    unit: string,
    label: string,
  ) => {
    const values = Object.fromEntries(Object.entries(inputs).map(([k, key]) => [k, quoted.get(key)?.value ?? NaN]));
    const first = quoted.get(Object.values(inputs)[0] ?? '');
    if (!first) throw new Error(`no input for ${name}`);
    const value = roundTo(computeFormula(formula, values), decimals);
    facts.push({
      id: `${id}-${name}`,
      statement: `Computed from the synthetic benchmark text's invented figures, ${label} comes to ${GROUPED.format(value)}${unit === '%' ? '%' : ` ${unit}`}.`,
      label: `Synthetic ${label}, ${code}`,
      value,
      unit,
      period: `Invented periods ${code}-A and ${code}-B`,
      corridor: first.corridor,
      places: first.places,
      source: id,
      derivation: {
        formula,
        inputs: Object.fromEntries(Object.entries(inputs).map(([k, key]) => [k, quoted.get(key)?.id])),
        decimals,
      },
    });
  };
  derive('growth', 'growth', { current: 'p2a', prior: 'p2b' }, 2, '%', 'growth between the two periods of ¶2');
  const p5 = quoted.get('p5a');
  derive('prior', 'prior-from-growth', { current: 'p5a', growth: 'p5c' }, 0, p5?.unit ?? '', 'prior count of ¶5');
  const p7 = quoted.get('p7a');
  derive('total', 'sum', { a: 'p7a', b: 'p7b' }, 0, p7?.unit ?? '', 'total of both periods of ¶7');

  const article = `${paragraphs.join('\n\n')}\n`;
  const meta = {
    title: `Synthetic benchmark text ${index + 1}`,
    description: `SYNTHETIC BENCHMARK TEXT, not real reporting: generated to measure the site at scale, and never published.`,
    kind: 'synthetic benchmark text (not real reporting)',
    written: 'never; generated for the scale benchmark',
    citeDate: 'benchmark',
    sha256: createHash('sha256').update(article, 'utf8').digest('hex'),
    notes: [
      {
        paragraph: 'p1',
        passage: `catalogue word is ${word}`,
        note: 'A made-up word, unique to this text, to search for.',
      },
    ],
  };
  return { id, article, meta, word, facts };
}

/** The corpus for `options`: the same options, the same corpus. */
export function syntheticCorpus(options: SyntheticOptions): SyntheticCorpus {
  if (!Number.isInteger(options.sources) || options.sources < 1 || options.sources > 16 ** 4)
    throw new Error(`sources must be a whole number from 1 to ${16 ** 4}, not ${options.sources}`);
  const random = seededRandom(options.seed ?? 20_230_518);
  const sources = Array.from({ length: options.sources }, (_, i) => generateSource(i, random));
  const charts: Record<string, unknown>[] = [];
  const sections: Record<string, string> = {};
  for (const corridor of CORRIDORS) {
    // The first paragraph of any source on this corridor: its counts in the two invented periods.
    const fact = sources
      .flatMap((s) => s.facts)
      .find((f) => f['corridor'] === corridor && String(f.id).endsWith('a') && f['paragraph'] !== undefined);
    if (!fact) continue;
    const prior = String(fact.id).replace(/a$/, 'b');
    const chartId = `synthetic-${corridor}-periods`;
    charts.push({
      id: chartId,
      type: 'bar',
      title: `Synthetic benchmark chart: invented counts in two invented periods (${corridor})`,
      caption: 'SYNTHETIC, not real reporting: two invented counts from a generated benchmark text.',
      corridor,
      measure: String(fact['unit']),
      period: 'Two invented periods',
      categoryHeading: 'Invented period',
      categories: [{ label: 'Period A' }, { label: 'Period B' }],
      series: [{ label: 'Invented count', facts: [fact.id, prior] }],
    });
    sections[corridor] =
      `\n\n## Synthetic benchmark chart\n\nThis section exists only in the scale benchmark's build: its figures come from generated text, not from real reporting.\n\n<FactChart id="${chartId}" />\n`;
  }
  return { sources, charts, sections };
}

/** A file of the corpus, relative to the content folder. */
export interface CorpusFile {
  path: string;
  text: string;
  /** Whether the text goes at the end of the file already there (a corridor page) rather than replacing it. */
  append?: boolean;
}

const HEADER = '# SYNTHETIC BENCHMARK CONTENT, not real reporting and never published (tools/synthetic-corpus.ts).\n';

/** The files to add to a copy of the content folder: a folder per source, a facts file per source, the charts. */
export function corpusFiles(corpus: SyntheticCorpus): CorpusFile[] {
  const yaml = (value: unknown) => HEADER + stringify(value, { lineWidth: 0 });
  return [
    ...corpus.sources.flatMap((source) => [
      { path: `sources/${source.id}/article.txt`, text: source.article },
      { path: `sources/${source.id}/source.yaml`, text: yaml(source.meta) },
      { path: `facts/${source.id}.yaml`, text: yaml(source.facts) },
    ]),
    { path: 'charts/synthetic.yaml', text: yaml(corpus.charts) },
    ...Object.entries(corpus.sections).map(([corridor, text]) => ({
      path: `corridors/${corridor}.mdx`,
      text,
      append: true,
    })),
  ];
}
