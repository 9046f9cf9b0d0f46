import { queryInPlaceNames } from '@/lib/search/place-names-query.ts';
import { describe, expect, it } from 'vitest';
import {
  figureBadges,
  boundedQuery,
  namedFirst,
  MAX_ECHO_LENGTH,
  MAX_QUERY_LENGTH,
  resultStatus,
  toPagefindFilters,
  toResultItem,
  withHighlight,
} from '@/lib/search/search-results.ts';

const names = { rail: 'Rail', air: 'Air' };

/**
 * A sub-result as Pagefind gives it for a heading with an id: its page's URL with the anchor, and its hits'
 * scores. A grouped record's heading carries its display (`data-pagefind-title`), which Pagefind makes the
 * sub-result's title and keeps on its anchor.
 */
function anchored(page: string, id: string, text: string, excerpt: string, scores: number[], display?: object) {
  const title = display === undefined ? undefined : JSON.stringify(display);
  return {
    title: title ?? text,
    url: `${page}#${id}`,
    excerpt,
    anchor: { id, element: 'h2', text, ...(title === undefined ? {} : { title }) },
    weighted_locations: scores.map((balanced_score) => ({ balanced_score })),
  };
}

describe('toResultItem', () => {
  /** A record of two facts as `groupSections` writes it, both matching, the second better. */
  const ALASHANKOU = {
    url: '/facts/rail-alashankou-trains/',
    statement: 'Alashankou saw trains.',
    figure: '2,129 trains',
  };
  const KHORGOS = {
    url: '/facts/rail-khorgos-trains/',
    statement: 'Khorgos handled 2,485 trains.',
    figure: '2,485 trains',
  };
  const factGroup = (extra: object = {}) => ({
    url: '/facts/rail-alashankou-trains/',
    excerpt: 'group',
    meta: {},
    filters: { kind: ['fact'], corridor: ['rail'] },
    sub_results: [
      anchored(
        '/facts/rail-alashankou-trains/',
        'rail-alashankou-trains',
        'Trains through Alashankou',
        'Alashankou saw <mark>trains</mark> (index-only text)',
        [2],
        { ...ALASHANKOU, ...extra },
      ),
      anchored(
        '/facts/rail-alashankou-trains/',
        'rail-khorgos-trains',
        'Trains through Khorgos',
        'Khorgos; Xinjiang, China. (2485)',
        [9],
        { ...KHORGOS, ...extra },
      ),
    ],
  });

  it('shows the best-matching fact of a record of facts, linked to its own page with the terms to highlight, and the next with its figure', () => {
    const item = toResultItem(factGroup(), 'khorgos', names);
    expect(item).toMatchObject({
      url: '/facts/rail-khorgos-trains/?highlight=khorgos',
      title: 'Trains through Khorgos',
      kind: 'fact',
      kindLabel: 'Fact',
      corridors: ['Rail'],
      figure: '2,485 trains',
    });
    expect(item.sections).toEqual([
      {
        url: '/facts/rail-alashankou-trains/?highlight=khorgos',
        title: 'Trains through Alashankou',
        excerpt: 'Alashankou saw trains.',
        figure: '2,129 trains',
        derived: false,
      },
    ]);
    expect(item.derived).toBe(false);
  });

  it('says when a fact’s figure is derived, for the result and for the facts under it', () => {
    const item = toResultItem(factGroup({ derived: true }), 'k', names);
    expect(item.derived).toBe(true);
    expect(item.sections.map((s) => s.derived)).toEqual([true]);
  });

  it('shows a fact’s own statement as its excerpt, with the terms marked, not the indexed text', () => {
    expect(toResultItem(factGroup(), 'khorgos', names).excerpt).toBe('<mark>Khorgos</mark> handled 2,485 trains.');
  });

  it('shows a paragraph of a record of paragraphs with Pagefind’s excerpt, linked to its anchor on the source', () => {
    const item = toResultItem(
      {
        url: '/sources/article/#p8',
        excerpt: 'group',
        meta: {},
        filters: { kind: ['paragraph'] },
        sub_results: [
          anchored('/sources/article/', 'p8', 'Source paragraph 8', 'across the <mark>Yellow</mark> Sea', [4], {
            url: '/sources/article/#p8',
          }),
        ],
      },
      'yellow',
      names,
    );
    expect(item).toMatchObject({
      url: '/sources/article/?highlight=yellow#p8',
      title: 'Source paragraph 8',
      kindLabel: 'Source paragraph',
      excerpt: 'across the <mark>Yellow</mark> Sea',
      sections: [],
    });
    expect(item.figure).toBeUndefined();
    expect(item.page).toBeUndefined();
  });

  it('shows a place as a place, with what it is and its other spellings as the excerpt', () => {
    const item = toResultItem(
      {
        url: '/places/astana/',
        excerpt: 'Astana, also written <mark>Nur-Sultan</mark>',
        meta: {
          title: 'Astana',
          statement: 'Capital city in Kazakhstan. Also written Nur-Sultan (official name 2019–2022).',
          corridor: 'Air',
          names: 'Astana|Nur-Sultan|Akmola',
        },
        filters: { kind: ['place'], corridor: ['air'], country: ['Kazakhstan'] },
      },
      'nur-sultan',
      names,
    );
    expect(item).toMatchObject({
      url: '/places/astana/?highlight=nur-sultan',
      title: 'Astana',
      kind: 'place',
      kindLabel: 'Place',
      corridors: ['Air'],
      names: ['Astana', 'Nur-Sultan', 'Akmola'],
      sections: [],
    });
    expect(item.excerpt).toContain('Capital city in Kazakhstan.');
  });

  it('sends a page result to its best-matching section and lists the next ones under it', () => {
    const item = toResultItem(
      {
        url: '/corridors/rail/',
        excerpt: 'page',
        meta: { title: 'Rail' },
        filters: { kind: ['section'], corridor: ['rail'] },
        sub_results: [
          { title: 'Rail', url: '/corridors/rail/', excerpt: 'top', weighted_locations: [{ balanced_score: 50 }] },
          anchored('/corridors/rail/', 'alashankou', 'Alashankou', 'a', [3]),
          anchored('/corridors/rail/', 'khorgos', 'Khorgos', 'k', [9, 4]),
        ],
      },
      'khorgos',
      names,
    );
    expect(item.url).toBe('/corridors/rail/?highlight=khorgos#khorgos');
    expect(item.title).toBe('Khorgos');
    expect(item.kindLabel).toBe('Section');
    expect(item.page).toBe('Rail');
    expect(item.sections.map((s) => s.title)).toEqual(['Alashankou']);
  });

  it('shows a page’s own excerpt as Pagefind gives it, spaces inside quotation marks and all', () => {
    // Records are indexed with their quotation marks spaced and shown without those spaces
    // (quote-spacing.ts); a page is indexed as written, so a space its text has stays.
    const page = { url: '/places/', excerpt: 'il a dit « <mark>trains</mark> »', meta: { title: 'Places' } };
    expect(toResultItem(page, 'trains', names).excerpt).toBe('il a dit « <mark>trains</mark> »');
    const place = { ...page, filters: { kind: ['place'] } };
    expect(toResultItem(place, 'trains', names).excerpt).toBe('il a dit «<mark>trains</mark>»');
  });

  it('names no page above a page’s top section, which bears the page’s own title', () => {
    const item = toResultItem(
      {
        url: '/places/',
        excerpt: 'page',
        meta: { title: 'Places' },
        sub_results: [
          { title: 'Places', url: '/places/', excerpt: 'top', weighted_locations: [{ balanced_score: 50 }] },
        ],
      },
      'places',
      names,
    );
    expect(item.title).toBe('Places');
    expect(item.page).toBeUndefined();
  });
});

describe('withHighlight', () => {
  it('puts the terms before the fragment and encodes them', () => {
    expect(withHighlight('/a/#b', 'transit time')).toBe('/a/?highlight=transit%20time#b');
    expect(withHighlight('/a/?x=1', '80%')).toBe('/a/?x=1&highlight=80%25');
    expect(withHighlight('/a/#b', '  ')).toBe('/a/#b');
  });
});

describe('Pagefind filters', () => {
  it('turns selected filters into Pagefind’s any-of filters, dropping empty groups', () => {
    expect(toPagefindFilters({ corridor: ['rail', 'air'], kind: [] })).toEqual({ corridor: { any: ['rail', 'air'] } });
  });
});

describe('resultStatus', () => {
  it('counts results, says when only the first are shown, and mentions filters', () => {
    expect(resultStatus('khorgos', 1, 1, false)).toBe('1 result for “khorgos”.');
    expect(resultStatus('lianyungang', 17, 10, false)).toBe('17 results for “lianyungang”, showing the first 10.');
    expect(resultStatus('trains', 4, 4, true)).toBe('4 results for “trains” with these filters.');
  });

  it('says what to try when nothing is found', () => {
    expect(resultStatus('zzqxv', 0, 0, false)).toBe(
      'No results for “zzqxv”. Try a place (Khorgos), a figure (2485) or fewer words.',
    );
  });
});

describe('long or odd input', () => {
  const pasted = 'Khorgos Railway Port has 2485 inbound and outbound trains '.repeat(100);

  it('repeats at most a short stretch of a long query, cut at a word and marked', () => {
    const status = resultStatus(pasted, 3, 3, false);
    const echoed = /“(.*)”/.exec(status)?.[1] ?? '';
    expect(echoed.length).toBeLessThanOrEqual(MAX_ECHO_LENGTH);
    expect(echoed).toBe('Khorgos Railway Port has 2485 inbound and outbound trains…');
    expect(status).toBe('3 results for “Khorgos Railway Port has 2485 inbound and outbound trains…”.');
  });

  it('cuts a long word without a space to break at', () => {
    const status = resultStatus('x'.repeat(5600), 0, 0, false);
    expect(status).toBe(
      `No results for “${'x'.repeat(MAX_ECHO_LENGTH - 1)}…”. Try a place (Khorgos), a figure (2485) or fewer words.`,
    );
  });

  it('searches with whitespace and control characters collapsed, and at most MAX_QUERY_LENGTH characters', () => {
    expect(boundedQuery('  khorgos\n\t trains\u0000\u200b ')).toBe('khorgos trains');
    expect(boundedQuery(pasted).length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(boundedQuery(pasted).length).toBeGreaterThan(MAX_QUERY_LENGTH - 10);
    expect(boundedQuery(pasted).endsWith(' ')).toBe(false);
    expect(pasted.startsWith(boundedQuery(pasted))).toBe(true);
  });
});

describe('namedFirst', () => {
  const item = (url: string, kind: 'fact' | 'place', names: string[] = []) =>
    toResultItem(
      {
        url,
        excerpt: '',
        meta: { title: url, ...(names.length > 0 ? { names: names.join('|') } : {}) },
        filters: { kind: [kind] },
      },
      '',
      {},
    );
  const facts = [item('/facts/a/', 'fact'), item('/facts/b/', 'fact')];
  const khorgos = item('/places/khorgos/', 'place', ['Khorgos', 'Khorgas', 'Horgos']);
  const urumqi = item('/places/urumqi/', 'place', ['Ürümqi', 'Urumqi', 'Wulumuqi']);

  it('puts the place a query names, by any spelling, before the facts that mention it', () => {
    for (const query of ['Khorgos', 'khorgas', ' HORGOS ']) {
      expect(namedFirst([...facts, khorgos], query).map((i) => i.url)).toEqual([
        '/places/khorgos/',
        '/facts/a/',
        '/facts/b/',
      ]);
    }
    // Accents and case aside.
    expect(namedFirst([...facts, urumqi], 'urumqi')[0]?.url).toBe('/places/urumqi/');
  });

  it('puts the place first for its name in another script or language, as folded', () => {
    const local = item('/places/khorgos/', 'place', ['Khorgos', '霍尔果斯', 'Huò’ěrguǒsī', 'Хоргос', 'Қорғас']);
    for (const query of ['霍尔果斯', 'huoerguosi', 'Huò’ěrguǒsī', 'хоргос', 'ҚОРҒАС']) {
      expect(namedFirst([...facts, local], query)[0]?.url, query).toBe('/places/khorgos/');
    }
    expect(namedFirst([...facts, local], 'Хор')[0]?.url).toBe('/facts/a/');
  });

  it('keeps Pagefind’s order when the query is not a whole name', () => {
    expect(namedFirst([...facts, khorgos], 'khorgos trains').map((i) => i.url)).toEqual([
      '/facts/a/',
      '/facts/b/',
      '/places/khorgos/',
    ]);
    expect(namedFirst([...facts, khorgos], 'Khor').map((i) => i.url)).toEqual([
      '/facts/a/',
      '/facts/b/',
      '/places/khorgos/',
    ]);
  });
});

describe('queryInPlaceNames', () => {
  const places: Record<string, string> = { хоргос: 'Khorgos', 霍尔果斯: 'Khorgos', тошкент: 'Tashkent' };
  const placeOf = (word: string) => Promise.resolve(places[word.toLowerCase()]);

  it('puts each word naming a place as the place’s own name, the other words as they are', async () => {
    expect(await queryInPlaceNames('Хоргос trains', placeOf)).toBe('Khorgos trains');
    expect(await queryInPlaceNames(' 霍尔果斯   trains 2024 ', placeOf)).toBe('Khorgos trains 2024');
    expect(await queryInPlaceNames('Тошкент flights Хоргос', placeOf)).toBe('Tashkent flights Khorgos');
  });

  it('gives nothing for one word, or when no word names a place', async () => {
    expect(await queryInPlaceNames('Хоргос', placeOf)).toBeUndefined();
    expect(await queryInPlaceNames('Хор trains', placeOf)).toBeUndefined();
    expect(await queryInPlaceNames('   ', placeOf)).toBeUndefined();
  });
});

describe('figureBadges', () => {
  it('shows a quoted figure as it is, and a derived one after “Derived”', () => {
    expect(figureBadges({ figure: '2,485 trains', derived: false })).toEqual(['2,485 trains']);
    expect(figureBadges({ figure: '4,614 trains', derived: true })).toEqual(['Derived', '4,614 trains']);
    expect(figureBadges({ derived: true })).toEqual(['Derived']);
    expect(figureBadges({ derived: false })).toEqual([]);
  });
});
