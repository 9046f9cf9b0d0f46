import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import {
  factSection,
  paragraphSection,
  placeFactsText,
  placeRecord,
  type FactSearchInput,
  type ParagraphSearchInput,
  type PlaceSearchInput,
} from '@/lib/search/search-items.ts';
import { groupSections, recordHtml, searchedPagePaths } from '@/lib/search/search-records.ts';

/** What Pagefind reads from a record's HTML: its title, weighted text, metadata and filters. */
function indexed(html: string) {
  const root = parse(html);
  const attributeMap = (attribute: string) =>
    root
      .querySelectorAll(`meta[${attribute}]`)
      .map((m): [string, string] => [
        (m.getAttribute(attribute) ?? '').replace(/\[content\]$/, ''),
        m.getAttribute('content') ?? '',
      ]);
  const filters: Record<string, string[]> = {};
  for (const [key, value] of attributeMap('data-pagefind-filter')) (filters[key] ??= []).push(value);
  return {
    title: root.querySelector('title')?.text,
    body: root
      .querySelectorAll('[data-pagefind-body] > *')
      .map((p) => ({ weight: Number(p.getAttribute('data-pagefind-weight')), text: p.text })),
    meta: Object.fromEntries(attributeMap('data-pagefind-meta')),
    filters,
  };
}

/** A grouped record's sections as Pagefind reads them: each heading's anchor id, weight and text, then the text under it. */
function sectionsOf(html: string) {
  const root = parse(html);
  const sections: {
    id: string;
    heading: { weight: number; text: string };
    /** What results show of it, on its heading for Pagefind to keep beside the anchor without indexing it. */
    display: string | undefined;
    body: { weight: number; text: string }[];
  }[] = [];
  for (const node of root.querySelectorAll('[data-pagefind-body] > *')) {
    const weighted = { weight: Number(node.getAttribute('data-pagefind-weight')), text: node.text };
    if (node.tagName === 'H2')
      sections.push({ id: node.id, heading: weighted, display: node.getAttribute('data-pagefind-title'), body: [] });
    else sections.at(-1)?.body.push(weighted);
  }
  return sections;
}

const khorgos = { name: 'Khorgos', country: 'China', region: 'Xinjiang' };
const almaty = { name: 'Almaty', country: 'Kazakhstan' };

const KHORGOS_TRAINS: FactSearchInput = {
  id: 'rail-khorgos-trains',
  source: 'article',
  url: '/facts/rail-khorgos-trains/',
  label: 'Trains through Khorgos',
  statement: '2,485 trains entered or left China through Khorgos.',
  figure: '2,485 trains',
  value: 2485,
  period: 'January–April 2023',
  corridor: { id: 'rail', name: 'Rail' },
  places: [khorgos],
  countries: [],
  derived: false,
};

/** The record of one fact alone: what Pagefind indexes of it, and its one section. */
const fact = (overrides: Partial<FactSearchInput> = {}) => {
  const records = groupSections([factSection({ ...KHORGOS_TRAINS, ...overrides })]);
  expect(records).toHaveLength(1);
  const html = records[0]?.content ?? '';
  const [section] = sectionsOf(html);
  return { ...indexed(html), section, body: section?.body ?? [] };
};
/** Each section's display by its anchor id, as the results read it. */
const displays = (html: string): unknown =>
  Object.fromEntries(sectionsOf(html).map((s) => [s.id, JSON.parse(s.display ?? 'null') as unknown]));
/** The display of the one fact of `fact()`. */
const display = (f: ReturnType<typeof fact>): Record<string, unknown> =>
  JSON.parse(f.section?.display ?? 'null') as Record<string, unknown>;

describe('fact search records', () => {
  it('index the statement, figure, period and places, each with its weight, under the label as a heading', () => {
    expect(fact().section?.heading).toEqual({ weight: 5, text: 'Trains through Khorgos' });
    expect(fact().section?.id).toBe('rail-khorgos-trains');
    expect(fact().body).toEqual([
      { weight: 2, text: '2,485 trains entered or left China through Khorgos.' },
      { weight: 2, text: '2,485 trains (2485).' },
      { weight: 1, text: 'January–April 2023.' },
      { weight: 1, text: 'Khorgos; Xinjiang, China.' },
    ]);
  });

  it('make the figure findable as bare digits only when it has a value', () => {
    expect(fact().body.map((b) => b.text)).toContain('2,485 trains (2485).');
    const noValue = fact({ figure: undefined, value: undefined }).body.map((b) => b.text);
    expect(noValue.some((text) => text.includes('(2485)'))).toBe(false);
  });

  it('leave out the parts a fact does not have, rather than index empty text', () => {
    const bare = fact({ figure: undefined, value: undefined, period: undefined, places: [] });
    expect(bare.body).toEqual([{ weight: 2, text: '2,485 trains entered or left China through Khorgos.' }]);
  });

  it('name the person quoted, weighted like the statement', () => {
    const said = fact({ speaker: { name: 'Liu Junping', role: 'an official of Urumqi Customs' } });
    expect(said.body).toContainEqual({ weight: 2, text: 'Said by Liu Junping, an official of Urumqi Customs.' });
  });

  it('name where each of its places is, and leave other spellings to the place’s own record', () => {
    expect(fact({ places: [khorgos, almaty] }).body).toContainEqual({
      weight: 1,
      text: 'Khorgos; Xinjiang, China. Almaty; Kazakhstan.',
    });
  });

  it('show the page, statement and figure of each fact on its heading, where Pagefind keeps them unindexed', () => {
    expect(display(fact())).toEqual({
      url: '/facts/rail-khorgos-trains/',
      statement: '2,485 trains entered or left China through Khorgos.',
      figure: '2,485 trains',
    });
  });

  it('index no metadata of a group: Pagefind would index its words a second time', () => {
    expect(fact().meta).toEqual({});
    expect(fact().title).toBeUndefined();
  });

  it('filter by kind, corridor and every country of its places and its own, each once and sorted', () => {
    expect(fact({ places: [khorgos, almaty], countries: ['Uzbekistan', 'China'] }).filters).toEqual({
      kind: ['fact'],
      corridor: ['rail'],
      country: ['China', 'Kazakhstan', 'Uzbekistan'],
    });
  });

  it('have no corridor filter for a summit fact, and no country filter without places', () => {
    const summit = fact({ corridor: undefined, places: [] });
    expect(summit.filters).toEqual({ kind: ['fact'] });
  });

  it('say in results when a fact is derived', () => {
    expect(display(fact({ derived: true }))).toMatchObject({ derived: true });
    expect(display(fact())).not.toHaveProperty('derived');
  });

  it('keep markup in the content as text', () => {
    const tricky = fact({ label: 'A "quoted" <b>label</b>', statement: 'x < y & z' });
    expect(tricky.section?.heading.text).toBe('A "quoted" <b>label</b>');
    expect(tricky.body[0]).toEqual({ weight: 2, text: 'x < y & z' });
    expect(display(tricky)).toMatchObject({ statement: 'x < y & z' });
  });
});

describe('grouping facts into records', () => {
  const alashankou = { name: 'Alashankou', country: 'China', region: 'Xinjiang' };
  const facts = [
    factSection(KHORGOS_TRAINS),
    factSection({
      ...KHORGOS_TRAINS,
      id: 'air-routes',
      corridor: { id: 'air', name: 'Air' },
      url: '/facts/air-routes/',
    }),
    factSection({ ...KHORGOS_TRAINS, id: 'rail-alashankou', places: [alashankou], url: '/facts/rail-alashankou/' }),
    factSection({ ...KHORGOS_TRAINS, id: 'other-source', source: 'bulletin', url: '/facts/other-source/' }),
  ];
  const records = groupSections(facts);

  it('joins the facts of one source that filter alike, each a section under its own anchor, in their order', () => {
    expect(records.map((r) => sectionsOf(r.content).map((s) => s.id))).toEqual([
      ['rail-khorgos-trains', 'rail-alashankou'],
      ['air-routes'],
      ['other-source'],
    ]);
    expect(Object.keys(displays(records[0]?.content ?? '') as object)).toEqual([
      'rail-khorgos-trains',
      'rail-alashankou',
    ]);
  });

  it('keeps every filter exact: a record’s facts share kind, corridor and countries', () => {
    expect(records.map((r) => indexed(r.content).filters)).toEqual([
      { kind: ['fact'], corridor: ['rail'], country: ['China'] },
      { kind: ['fact'], corridor: ['air'], country: ['China'] },
      { kind: ['fact'], corridor: ['rail'], country: ['China'] },
    ]);
    const apart = groupSections([
      factSection(KHORGOS_TRAINS),
      factSection({ ...KHORGOS_TRAINS, id: 'kz', places: [almaty] }),
    ]);
    expect(apart).toHaveLength(2);
  });

  it('gives each record the URL of its first section, so no two records share one', () => {
    expect(records.map((r) => r.url)).toEqual([
      '/facts/rail-khorgos-trains/',
      '/facts/air-routes/',
      '/facts/other-source/',
    ]);
  });
});

describe('paragraph search records', () => {
  const P5: ParagraphSearchInput = {
    source: 'article',
    id: 'p5',
    url: '/sources/article/#p5',
    n: 5,
    text: 'In terms of railways, 2129 trains…',
    notes: ['“entered and exited”: both directions.'],
    sourceTitle: 'The article',
    nameSource: false,
  };
  const [record] = groupSections([paragraphSection(P5)]);
  const content = record?.content ?? '';

  it('index the paragraph above its editorial notes, under its number as a heading', () => {
    expect(sectionsOf(content)).toEqual([
      {
        id: 'p5',
        heading: { weight: 5, text: 'Source paragraph 5' },
        display: JSON.stringify({ url: '/sources/article/#p5' }),
        body: [
          { weight: 0.7, text: 'In terms of railways, 2129 trains…' },
          { weight: 0.5, text: 'Editorial note: “entered and exited”: both directions.' },
        ],
      },
    ]);
    // Titled by its heading in results: the display says only where it differs.
    expect(displays(content)).toEqual({ p5: { url: '/sources/article/#p5' } });
  });

  it('filter by kind only, with no metadata to index twice', () => {
    const { meta, filters } = indexed(content);
    expect(meta).toEqual({});
    expect(filters).toEqual({ kind: ['paragraph'] });
  });

  it('name their source in results where the site has others, as a fact card does', () => {
    const [named] = groupSections([paragraphSection({ ...P5, sourceTitle: '“Trains”', nameSource: true })]);
    expect(displays(named?.content ?? '')).toEqual({ p5: { title: '“Trains” ¶5', url: '/sources/article/#p5' } });
    // The heading Pagefind indexes stays the same.
    expect(sectionsOf(named?.content ?? '')[0]?.heading.text).toBe('Source paragraph 5');
  });

  it('join every paragraph of a source into one record, and keep sources apart', () => {
    const records = groupSections([
      paragraphSection(P5),
      paragraphSection({ ...P5, id: 'p6', n: 6, url: '/sources/article/#p6', notes: [] }),
      paragraphSection({ ...P5, source: 'bulletin', url: '/sources/bulletin/#p5' }),
    ]);
    expect(records.map((r) => sectionsOf(r.content).map((s) => s.id))).toEqual([['p5', 'p6'], ['p5']]);
    expect(records.map((r) => r.url)).toEqual(['/sources/article/#p5', '/sources/bulletin/#p5']);
  });
});

describe('recordHtml', () => {
  it('escapes metadata and filter values so they stay whole', () => {
    const html = recordHtml({
      title: 'T',
      blocks: [],
      meta: { note: 'say "hi" & <go>' },
      filters: { place: ['A "B" <C>'] },
    });
    expect(indexed(html).meta['note']).toBe('say "hi" & <go>');
    expect(indexed(html).filters).toEqual({ place: ['A "B" <C>'] });
  });
});

const ASTANA: PlaceSearchInput = {
  id: 'astana',
  url: '/places/astana/',
  name: 'Astana',
  altNames: [{ name: 'Nur-Sultan', note: 'official name 2019–2022' }, { name: 'Akmola' }],
  country: 'Kazakhstan',
  kind: 'Capital city',
  corridors: [{ id: 'air', name: 'Air' }],
  facts: [{ of: 'the air corridor', count: 2 }],
};

describe('place search records', () => {
  const place = (overrides: Partial<PlaceSearchInput> = {}) =>
    indexed(placeRecord({ ...ASTANA, ...overrides }).content);

  it('weight every other spelling like a title, so any of them lands on the place’s page', () => {
    expect(place().body).toEqual([
      { weight: 5, text: 'Astana, also written Nur-Sultan (official name 2019–2022), Akmola.' },
      { weight: 1, text: 'Capital city in Kazakhstan.' },
      { weight: 0.5, text: 'Two facts concern it, all of the air corridor.' },
      { weight: 5, text: 'Astana' },
    ]);
    expect(placeRecord(ASTANA).url).toBe('/places/astana/');
  });

  it('carry a place’s names in other languages, without their notes, and only its English ones in the names that put it first', () => {
    const local = place({
      altNames: [
        { name: 'Nur-Sultan', note: 'official name 2019–2022' },
        { name: 'Астана', note: 'official name in both official languages', lang: ['kk', 'ru'] },
      ],
    });
    expect(local.body[0]?.text).toBe('Astana, also written Nur-Sultan (official name 2019–2022), Астана.');
    expect(local.meta['names']?.split('|')).toEqual(['Astana', 'Nur-Sultan']);
  });

  it('say where a place is, region first, and leave out spellings it does not have', () => {
    const khorgosPlace = place({
      name: 'Khorgos',
      altNames: [],
      country: 'China',
      region: 'Xinjiang',
      kind: 'Railway border port',
      corridors: [{ id: 'rail', name: 'Rail' }],
      facts: [{ of: 'the rail corridor', count: 1 }],
    });
    expect(khorgosPlace.body.map((b) => b.text)).toEqual([
      'Railway border port in Xinjiang, China.',
      'One fact concerns it, of the rail corridor.',
      'Khorgos',
    ]);
    expect(khorgosPlace.meta['statement']).toBe('Railway border port in Xinjiang, China.');
  });

  it('counts the facts about a place by what they are of, summit context included', () => {
    const xian = place({
      facts: [
        { of: 'the air corridor', count: 5 },
        { of: 'the rail corridor', count: 0 },
        { of: 'the summit context', count: 1 },
      ],
    });
    expect(xian.body[2]?.text).toBe('Six facts concern it: 5 of the air corridor and 1 of the summit context.');
    expect(
      placeFactsText([
        { of: 'a', count: 1 },
        { of: 'b', count: 2 },
        { of: 'c', count: 3 },
      ]),
    ).toBe('Six facts concern it: 1 of a, 2 of b and 3 of c.');
    expect(placeFactsText([])).toBe('No fact concerns it.');
  });

  it('is a result of kind Place, filtered by its corridors and country', () => {
    // Only what results show: the kind and corridors are its filters.
    expect(place().meta).toEqual({
      title: 'Astana',
      statement: 'Capital city in Kazakhstan. Also written Nur-Sultan (official name 2019–2022), Akmola.',
      names: 'Astana|Nur-Sultan|Akmola',
    });
    expect(place().filters).toEqual({ kind: ['place'], corridor: ['air'], country: ['Kazakhstan'] });
  });
});

describe('searchedPagePaths', () => {
  it('names the corridor pages and the list of places, under the base', () => {
    expect(searchedPagePaths('/', ['air', 'rail'])).toEqual(['/corridors/air/', '/corridors/rail/', '/places/']);
    expect(searchedPagePaths('/sub', ['rail'])).toEqual(['/sub/corridors/rail/', '/sub/places/']);
  });
});
