import { describe, expect, it } from 'vitest';
import { readPlaceNames } from '../../../tools/place-names.ts';
import {
  knownValues,
  placeSuggestions,
  readExplorerState,
  writeExplorerState,
  type ExplorerData,
  type ExplorerPlace,
} from '@/lib/explorer/facts-explorer.ts';
import {
  foldName,
  otherNamesLabel,
  placeFilterValue,
  placeNameIndex,
  placeNameOf,
  placeTrouble,
  resolvePlace,
  type PlaceMatch,
} from '@/lib/explorer/place-names.ts';

/** Every place of the site's content, with every name an editor gave it. */
const real: ExplorerPlace[] = readPlaceNames().map((p) => ({
  id: p.id,
  name: p.name,
  altNames: p.others.map((o) => o.name),
}));
const index = placeNameIndex(real);

/** What a text resolves to, as ids: one id, several, or none. */
function ids(match: PlaceMatch): string | string[] | undefined {
  if (match.kind === 'place') return match.place.id;
  return match.kind === 'ambiguous' ? match.places.map((p) => p.id) : undefined;
}
const resolve = (text: string, within = index) => ids(resolvePlace(within, text));

describe('a place by any of its names', () => {
  it('finds every place of the content by its id and by each of its names, as written, in upper and lower case', () => {
    expect(real.length).toBeGreaterThan(5);
    for (const place of real) {
      expect(resolve(place.id), place.id).toBe(place.id);
      for (const name of [place.name, ...place.altNames]) {
        expect(resolve(name), name).toBe(place.id);
        expect(resolve(` ${name.toLocaleUpperCase()} `), name).toBe(place.id);
        expect(resolve(name.toLocaleLowerCase()), name).toBe(place.id);
      }
    }
  });

  it('finds every place by the beginning of each name from three letters, and by no beginning of two', () => {
    for (const place of real) {
      for (const name of [place.name, ...place.altNames]) {
        const chars = [...name];
        for (let n = 1; n < chars.length; n++) {
          const begun = chars.slice(0, n).join('');
          const letters = [...foldName(begun)].length;
          // Xi’ is two letters: too few, though three characters. No beginning is shared by two places of the content.
          if (letters >= 3) expect(resolve(begun), begun).toBe(place.id);
          else if (foldName(begun) !== foldName(name)) expect(resolve(begun), begun).toBeUndefined();
        }
      }
    }
  });

  it('folds as the Words box does: apostrophes, accents and tone marks, case in any script', () => {
    for (const text of ['Xi’an', "Xi'an", 'Xian', 'XIAN', 'xi an', 'Xī’ān', '西安', 'Сиань', 'СИАНЬ'])
      expect(resolve(text), text).toBe('xian');
    // Kazakh letters are letters of their own, whatever their case; the Russian form is another name.
    for (const text of ['Қорғас', 'ҚОРҒАС', 'қорғас', 'Хоргос', 'хоргос', 'Huoerguosi', 'huò’ěrguǒsī', '霍尔果斯'])
      expect(resolve(text), text).toBe('khorgos');
    expect(resolve('Коргас')).toBeUndefined();
    // Turkmen ş and ç: typed with or without the cedilla.
    for (const text of ['Aşgabat', 'AŞGABAT', 'Asgabat', 'Ашхабад']) expect(resolve(text), text).toBe('ashgabat');
    for (const text of ['Nur-Sultan', 'nur sultan', 'NURSULTAN', 'Astana', 'Астана'])
      expect(resolve(text)).toBe('astana');
    expect(resolve('Toshkent')).toBe('tashkent');
    expect(resolve('Тошкент')).toBe('tashkent');
  });

  it('takes a beginning only when it names one place, and a name written whole over a longer one it begins', () => {
    expect(resolve('Тош')).toBe('tashkent');
    expect(resolve('霍尔果')).toBe('khorgos');
    expect(resolve('alat')).toBe('alashankou');
    const withXianyang = placeNameIndex([...real, { id: 'xianyang', name: 'Xianyang', altNames: ['咸阳', 'Сяньян'] }]);
    expect(resolve('Xia', withXianyang)).toEqual(['xian', 'xianyang']);
    expect(resolve('Xian', withXianyang)).toBe('xian');
    expect(resolve('Xi’an', withXianyang)).toBe('xian');
    expect(resolve('xiany', withXianyang)).toBe('xianyang');
    expect(resolve('Ся', withXianyang)).toBeUndefined();
    expect(resolve('Сян', withXianyang)).toBe('xianyang');
  });

  it('names nothing for an empty field, punctuation, or a name no place has', () => {
    for (const text of ['', '   ', '’', '—', 'Москва', 'Khorgosx', 'Kh']) expect(resolve(text), text).toBeUndefined();
  });
});

describe('the place filter for what is typed', () => {
  it('is the id of the place the text names, by any of its names', () => {
    expect(placeFilterValue(index, '霍尔果斯')).toBe('khorgos');
    expect(placeFilterValue(index, '  Khorgos ')).toBe('khorgos');
    expect(placeFilterValue(index, 'khorgos')).toBe('khorgos');
  });

  it('is nothing for an empty field, and the text itself when it names no one place or the names are not here', () => {
    expect(placeFilterValue(index, '  ')).toBeUndefined();
    expect(placeFilterValue(index, ' Хо ')).toBe('Хо');
    expect(placeFilterValue(index, 'Atlantis')).toBe('Atlantis');
    expect(placeFilterValue(undefined, ' 霍尔果斯 ')).toBe('霍尔果斯');
  });
});

describe('a place’s name by its id', () => {
  it('gives each place’s own name, and none for an id no place has', () => {
    for (const place of real) expect(placeNameOf(index, place.id)).toBe(place.name);
    expect(placeNameOf(index, 'nowhere')).toBeUndefined();
    expect(placeNameOf(index, undefined)).toBeUndefined();
  });
});

describe('the place filter’s suggestions', () => {
  it('label each place with its other names, as other names, each once as folded', () => {
    const label = (id: string) => otherNamesLabel(real.find((p) => p.id === id) ?? { id, name: id, altNames: [] });
    expect(label('xian')).toBe('also 西安, Сиань');
    expect(label('khorgos')).toBe('also Khorgas, Horgos, 霍尔果斯, Huoerguosi, Хоргос, Қорғас');
    expect(otherNamesLabel({ id: 'x', name: 'Xi’an', altNames: ['Xian', "Xi'an"] })).toBe('');
    const data = { places: real.slice(0, 2) } as ExplorerData;
    expect(placeSuggestions(data).map((o) => o.value)).toEqual(real.slice(0, 2).map((p) => p.name));
  });
});

describe('a place in the address', () => {
  const data = { corridors: [], places: real, countries: [], sources: [], facts: [] } satisfies ExplorerData;
  const known = knownValues(data);

  it('takes any of a place’s names, and the address then writes its id', () => {
    for (const [search, id] of [
      ['?place=%D0%A5%D0%BE%D1%80%D0%B3%D0%BE%D1%81', 'khorgos'],
      ['?place=霍尔果斯', 'khorgos'],
      ['?place=A%C5%9Fgabat', 'ashgabat'],
      ['?place=Xi%27an', 'xian'],
      ['?place=Tashkent', 'tashkent'],
      ['?place=khorgos', 'khorgos'],
    ] as const) {
      const { state, problems } = readExplorerState(search, known, index);
      expect(problems, search).toEqual([]);
      expect(state.filters.place, search).toBe(id);
      expect(writeExplorerState(state)).toBe(`?place=${id}`);
    }
  });

  it('reports a name it does not know, or one that could be several places, as other unknown values', () => {
    const withXianyang = placeNameIndex([...real, { id: 'xianyang', name: 'Xianyang', altNames: [] }]);
    const { state, problems } = readExplorerState('?place=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0', known, index);
    expect(state.filters.place).toBeUndefined();
    expect(problems.map((p) => p.message)).toEqual(['Unknown place ‘Москва’ ignored.']);
    const ambiguous = readExplorerState(
      '?place=xia',
      knownValues({ ...data, places: withXianyang.places.slice() }),
      withXianyang,
    );
    expect(ambiguous.state.filters.place).toBeUndefined();
    expect(ambiguous.problems.map((p) => p.message)).toEqual(['Place ‘xia’ ignored: it could be Xi’an or Xianyang.']);
  });

  it('names the first three of many places a beginning could be, and counts the others', () => {
    const many = ['Xiaa', 'Xiab', 'Xiac', 'Xiad', 'Xiae'].map((name) => ({
      id: name.toLowerCase(),
      name,
      altNames: [],
    }));
    const { problems } = readExplorerState('?place=xia', knownValues({ ...data, places: many }), placeNameIndex(many));
    expect(problems.map((p) => p.message)).toEqual([
      'Place ‘xia’ ignored: it could be Xiaa, Xiab, Xiac or 2 other places.',
    ]);
  });

  it('names all four when a beginning could be four places, rather than count “1 other places”', () => {
    const four = ['Xiaa', 'Xiab', 'Xiac', 'Xiad'].map((name) => ({ id: name.toLowerCase(), name, altNames: [] }));
    const { problems } = readExplorerState('?place=xia', knownValues({ ...data, places: four }), placeNameIndex(four));
    expect(problems.map((p) => p.message)).toEqual(['Place ‘xia’ ignored: it could be Xiaa, Xiab, Xiac or Xiad.']);
  });
});

describe('why typed text names no place', () => {
  const withXianyang = placeNameIndex([...real, { id: 'xianyang', name: 'Xianyang', altNames: [] }]);
  const trouble = (text: string) => placeTrouble(resolvePlace(withXianyang, text), text, (v) => v);

  it('says no place is called so, or which places it could be, and nothing for a place', () => {
    expect(trouble(' Хо ')).toBe('No place is called ‘Хо’.');
    expect(trouble('Khorgosx')).toBe('No place is called ‘Khorgosx’.');
    expect(trouble('xia')).toBe('‘xia’ could be Xi’an or Xianyang.');
    expect(trouble('Хоргос')).toBe('');
  });
});
