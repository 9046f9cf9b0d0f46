import { describe, expect, it } from 'vitest';
import { explorerData } from '@/lib/explorer/explorer-data.ts';
import {
  DEFAULT_STATE,
  knownValues,
  readExplorerState,
  searchTerms,
  writeExplorerState,
  type ExplorerState,
} from '@/lib/explorer/facts-explorer.ts';
import { filterFacts, prepareIndex, sortOrder } from '@/lib/explorer/explorer-filter.ts';
import { explorerStatus, isDefaultState } from '@/lib/explorer/explorer-status.ts';
import { buildGraph } from '@/lib/content/build-graph.ts';
import { parseContent, rawContent } from '../../fixtures/content.ts';

/** The fixture site with a second corridor, summit context (no corridor) and places in two countries. */
function fixtureData() {
  const raw = rawContent();
  raw.places['khorgos'] = {
    name: 'Khorgos',
    altNames: [
      'Khorgas',
      'Horgos',
      { name: '霍尔果斯', lang: 'zh-Hans', note: 'official name' },
      { name: 'Huò’ěrguǒsī', lang: 'zh-Latn-pinyin', note: 'romanisation of the Chinese name' },
      { name: 'Хоргос', lang: 'ru', note: 'common form' },
      { name: 'Қорғас', lang: 'kk', note: 'name as written in Kazakhstan, also that of the village across the border' },
    ],
    country: 'China',
    kind: 'railway-port',
    coordinates: { lat: 44.21, lon: 80.42 },
  };
  raw.places['astana'] = {
    name: 'Astana',
    altNames: [
      { name: 'Nur-Sultan', note: 'official name 2019–2022' },
      { name: 'Астана', lang: ['kk', 'ru'], note: 'official name in both official languages' },
    ],
    country: 'Kazakhstan',
    kind: 'capital',
    coordinates: { lat: 51.17, lon: 71.45 },
  };
  raw.corridors['air'] = {
    title: 'Air',
    shortTitle: 'Air',
    summary: 'Flights.',
    mode: 'air',
    order: 2,
    keyFacts: ['flight', 'flight'],
  };
  raw.facts['summit'] = {
    statement: 'The summit is held in Xi’an.',
    label: 'Summit',
    period: '18–19 May 2023',
    countries: ['Kazakhstan'],
    source: 'article',
    paragraph: 'p1',
    passage: 'Rail: trains reach a new high',
  };
  raw.facts['flight'] = {
    statement: 'A route to Astana opened.',
    label: 'Route to Astana',
    corridor: 'air',
    places: ['astana', 'khorgos'],
    source: 'article',
    paragraph: 'p3',
    passage: 'all five countries are linked',
  };
  return explorerData(buildGraph(parseContent(raw)));
}

const data = fixtureData();
const ids = (indices: Iterable<number>) => [...indices].map((i) => data.facts[i]?.id);
const state = (change: Partial<ExplorerState>): ExplorerState => ({ ...DEFAULT_STATE, ...change });

describe('the explorer’s data', () => {
  it('lists every fact in reading order, with corridors, places, countries and sources once each', () => {
    expect(ids(data.facts.keys())).toEqual([
      'summit',
      'trains',
      'growth',
      'transit-before',
      'countries',
      'flight',
      'prior',
    ]);
    expect(data.corridors).toEqual([
      { id: 'rail', name: 'Rail', mode: 'rail' },
      { id: 'air', name: 'Air', mode: 'air' },
    ]);
    // Places some fact names, by name; countries of those places and any a fact names.
    expect(data.places.map((p) => p.id)).toEqual(['alashankou', 'astana', 'khorgos']);
    expect(data.countries).toEqual(['China', 'Kazakhstan']);
    expect(data.sources).toEqual([{ id: 'article', title: '“Test article”' }]);
  });

  it('keeps each fact’s figure as the site writes it, its paragraphs, and its references by index', () => {
    const prior = data.facts.find((f) => f.id === 'prior');
    expect(prior).toMatchObject({
      kind: 'derived',
      value: 1887,
      figure: 'about 1,887 trains',
      corridor: 0,
      source: 0,
      paragraphs: [{ id: 'p2', n: 2 }],
    });
    const summit = data.facts.find((f) => f.id === 'summit');
    expect(summit).not.toHaveProperty('corridor');
    expect(summit?.countries).toEqual([1]);
    expect(data.facts.find((f) => f.id === 'flight')?.places).toEqual([1, 2]);
  });
});

describe('filtering the facts', () => {
  const index = prepareIndex(data);

  it('keeps every fact in the sources’ order with no filter', () => {
    expect(ids(filterFacts(index, DEFAULT_STATE))).toEqual(ids(data.facts.keys()));
  });

  it('filters by corridor, summit context, place, country, kind and source', () => {
    expect(ids(filterFacts(index, state({ filters: { corridor: 'air' } })))).toEqual(['flight']);
    expect(ids(filterFacts(index, state({ filters: { corridor: 'summit' } })))).toEqual(['summit']);
    expect(ids(filterFacts(index, state({ filters: { place: 'alashankou' } })))).toEqual(['trains']);
    expect(ids(filterFacts(index, state({ filters: { country: 'Kazakhstan' } })))).toEqual(['summit', 'flight']);
    expect(ids(filterFacts(index, state({ filters: { kind: 'derived' } })))).toEqual(['prior']);
    expect(filterFacts(index, state({ filters: { source: 'article' } }))).toHaveLength(data.facts.length);
  });

  it('needs every filter to hold at once', () => {
    expect(ids(filterFacts(index, state({ filters: { corridor: 'rail', kind: 'quoted', country: 'China' } })))).toEqual(
      ['trains'],
    );
    expect(filterFacts(index, state({ filters: { corridor: 'air', kind: 'derived' } }))).toEqual([]);
  });

  it('finds nothing for a value it does not know, rather than everything', () => {
    expect(filterFacts(index, state({ filters: { corridor: 'sea' } }))).toEqual([]);
  });

  it('finds every word of the text, in any case, accents and apostrophes aside', () => {
    expect(ids(filterFacts(index, state({ text: 'XI’AN' })))).toEqual(['summit']);
    expect(ids(filterFacts(index, state({ text: "xi'an summit" })))).toEqual(['summit']);
    expect(ids(filterFacts(index, state({ text: 'trains alashankou' })))).toEqual(['trains']);
    expect(filterFacts(index, state({ text: 'trains sea' }))).toEqual([]);
  });

  it('finds a place by another spelling, and a figure typed with or without its commas', () => {
    expect(ids(filterFacts(index, state({ text: 'horgos' })))).toEqual(['flight']);
    expect(ids(filterFacts(index, state({ text: 'nur-sultan' })))).toEqual(['flight']);
    expect(ids(filterFacts(index, state({ text: '2129' })))).toEqual(['trains']);
    expect(ids(filterFacts(index, state({ text: '2,129' })))).toEqual(['trains']);
    expect(ids(filterFacts(index, state({ text: '12.82%' })))).toEqual(['growth']);
  });

  it('finds a place by its names in Chinese characters, Cyrillic and pinyin, whole or begun, and mixed with English words', () => {
    for (const text of ['霍尔果斯', '霍尔果', 'Хоргос', 'хор', 'ҚОРҒАС', 'Huò’ěrguǒsī', 'huoerguosi', 'Хоргос route'])
      expect(ids(filterFacts(index, state({ text }))), text).toEqual(['flight']);
    expect(ids(filterFacts(index, state({ text: 'Астана' })))).toEqual(['flight']);
    expect(filterFacts(index, state({ text: 'Хоргос trains' }))).toEqual([]);
  });

  it('splits text into folded words, dropping stray full stops', () => {
    expect(searchTerms('  Khorgos… trains. 12.82 ')).toEqual(['khorgos', 'trains', '12.82']);
    expect(searchTerms('Хоргос, 霍尔果斯 Huò’ěrguǒsī')).toEqual(['хоргос', '霍尔果斯', 'huoerguosi']);
  });
});

describe('sorting the facts', () => {
  const index = prepareIndex(data);

  it('sorts by figure either way, facts with no figure last both ways', () => {
    expect(ids(sortOrder(index, 'figure', 'asc'))).toEqual([
      'transit-before',
      'countries',
      'growth',
      'prior',
      'trains',
      'summit',
      'flight',
    ]);
    expect(ids(sortOrder(index, 'figure', 'desc'))).toEqual([
      'trains',
      'prior',
      'growth',
      'countries',
      'transit-before',
      'summit',
      'flight',
    ]);
  });

  it('sorts by name, corridor and kind, keeping the sources’ order among equals', () => {
    expect(ids(sortOrder(index, 'fact', 'asc'))).toEqual([
      'transit-before',
      'countries',
      'growth',
      'prior',
      'flight',
      'summit',
      'trains',
    ]);
    // Summit context first, then the corridors in their navigation order.
    expect(ids(sortOrder(index, 'corridor', 'asc'))).toEqual([
      'summit',
      'trains',
      'growth',
      'transit-before',
      'countries',
      'prior',
      'flight',
    ]);
    expect(ids(sortOrder(index, 'kind', 'desc'))[0]).toBe('prior');
    expect(ids(sortOrder(index, 'source', 'desc'))).toEqual(ids(data.facts.keys()).reverse());
  });

  it('filters in the order chosen', () => {
    expect(
      ids(filterFacts(index, state({ filters: { corridor: 'rail' }, sort: 'figure', direction: 'desc' }))),
    ).toEqual(['trains', 'prior', 'growth', 'countries', 'transit-before']);
  });
});

describe('the explorer’s state in the address', () => {
  const known = knownValues(data);

  it('round-trips a view, in a stable order of parameters', () => {
    const view = state({
      filters: { corridor: 'rail', place: 'khorgos' },
      text: 'trains',
      sort: 'figure',
      direction: 'desc',
    });
    const search = writeExplorerState(view);
    expect(search).toBe('?corridor=rail&place=khorgos&q=trains&sort=figure-desc');
    expect(readExplorerState(search, known)).toEqual({ state: view, problems: [] });
  });

  it('writes nothing for the page as it starts', () => {
    expect(writeExplorerState(DEFAULT_STATE)).toBe('');
    expect(isDefaultState(readExplorerState('?sort=source-asc&q=%20', known).state)).toBe(true);
  });

  it('reports each unknown or malformed value and keeps the rest of the view', () => {
    const { state: read, problems } = readExplorerState(
      '?corridor=sea&place=khorgos&kind=rumour&sort=figure-sideways&corridor=<b>x</b>',
      known,
    );
    expect(read).toEqual(state({ filters: { place: 'khorgos' } }));
    expect(problems.map((p) => p.message)).toEqual([
      'Unknown corridor ‘sea’ ignored.',
      'Unknown corridor ‘<b>x</b>’ ignored.',
      'Unknown kind of fact ‘rumour’ ignored.',
      'Unknown sort order ‘figure-sideways’ ignored.',
    ]);
  });

  it('takes summit context as a corridor, and one value per filter', () => {
    const { state: read, problems } = readExplorerState('?corridor=summit&corridor=air', known);
    expect(read.filters).toEqual({ corridor: 'summit' });
    expect(problems.map((p) => p.message)).toEqual(['Only one corridor at a time: ‘air’ ignored.']);
  });
});

describe('the status line', () => {
  it('counts the matches, says the order when it is not the sources’, and how many are drawn', () => {
    expect(explorerStatus(12, 32)).toBe('12 of 32 facts');
    expect(explorerStatus(1, 1)).toBe('1 of 1 fact');
    expect(explorerStatus(0, 32, { sort: { key: 'figure', direction: 'desc' } })).toBe(
      '0 of 32 facts, by figure, largest first',
    );
    expect(explorerStatus(1500, 30000, { shown: 40 })).toBe('1,500 of 30,000 facts; the first 40 shown');
  });
});
