import { readFileSync } from 'node:fs';
import { create, type Font } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/text/fold.ts';
import { languagesText, NAME_LANGUAGES, nameNote } from '@/lib/text/languages.ts';
import { charactersFor, NAME_FONTS, needsNameFonts } from '@/lib/text/name-fonts.ts';
import { makePlaceSchema } from '@/schemas/place.ts';
import { readPlaceNames } from '../../../tools/place-names.ts';
import { testReference } from '../../fixtures/content.ts';

const places = readPlaceNames();
const others = places.flatMap((place) => place.others.map((other) => ({ ...other, place: place.id })));

/** The scripts each language tag may be written in. */
const SCRIPT_OF: Record<string, RegExp> = {
  'zh-Hans': /^\p{Script=Han}+$/u,
  'zh-Latn-pinyin': /^[\p{Script=Latin}’]+$/u,
  ru: /^\p{Script=Cyrillic}+$/u,
  kk: /^\p{Script=Cyrillic}+$/u,
  ky: /^\p{Script=Cyrillic}+$/u,
  tg: /^\p{Script=Cyrillic}+$/u,
  tk: /^\p{Script=Latin}+$/u,
  'uz-Latn': /^\p{Script=Latin}+$/u,
  'uz-Cyrl': /^\p{Script=Cyrillic}+$/u,
};

describe('the places’ names in their own languages', () => {
  it('tags every name in another script with its language, written in that language’s script', () => {
    for (const other of others) {
      if (/[^\p{Script=Latin}\p{Script=Common}\p{M}]/u.test(other.name))
        expect(other.lang.length, `${other.place}: ${other.name}`).toBeGreaterThan(0);
      for (const tag of other.lang) expect(other.name, `${other.place}: ${tag}`).toMatch(SCRIPT_OF[tag] ?? /^$/);
    }
  });

  it('names each Chinese place in simplified characters and in pinyin, and every place in Russian', () => {
    for (const place of places) {
      const tags = place.others.flatMap((other) => other.lang);
      expect(tags, place.id).toContain('ru');
      if (/^(xian|alashankou|khorgos|urumqi|lianyungang)$/.test(place.id)) {
        expect(tags, place.id).toContain('zh-Hans');
        expect(tags, place.id).toContain('zh-Latn-pinyin');
      }
    }
  });

  it('gives pinyin that folds to the toneless spelling readers type', () => {
    const pinyin = others.filter((other) => other.lang.includes('zh-Latn-pinyin')).map((o) => foldText(o.name));
    expect(pinyin).toEqual(expect.arrayContaining(['xian', 'alashankou', 'huoerguosi', 'wulumuqi', 'lianyungang']));
  });

  it('says each name’s languages and why it is listed, in English', () => {
    expect(languagesText(['kk', 'ru'])).toBe('Kazakh and Russian');
    expect(nameNote({ lang: ['zh-Hans'], note: 'official name' })).toBe('Chinese: official name');
    expect(nameNote({ lang: [], note: 'official name 2019–2022' })).toBe('official name 2019–2022');
    expect(Object.keys(NAME_LANGUAGES)).toContain('uz-Cyrl');
  });

  it('refuses a name in another language without its reason, or in a language pages cannot name', () => {
    const schema = makePlaceSchema(testReference);
    const place = (alt: unknown) =>
      schema.safeParse({
        name: 'Astana',
        altNames: [alt],
        country: 'Kazakhstan',
        kind: 'capital',
        coordinates: { lat: 0, lon: 0 },
      });
    expect(place({ name: 'Астана', lang: ['kk', 'ru'], note: 'official name' }).success).toBe(true);
    expect(place({ name: 'Астана', lang: 'kk', note: 'official name' }).data?.altNames[0]?.lang).toEqual(['kk']);
    expect(place({ name: 'Астана', lang: 'kk' }).success).toBe(false);
    expect(place({ name: 'Астана', lang: 'kz', note: 'official name' }).success).toBe(false);
    // `{ note: official name, still used }` in YAML: the words after the comma become a key of their own.
    expect(place({ name: 'Тошкент', lang: 'uz-Cyrl', note: 'official name', 'still used': null }).success).toBe(false);
  });
});

describe('the fonts the names are drawn in', () => {
  const names = others.map((other) => other.name);

  it.each(NAME_FONTS.map((font) => [font.file, font] as const))(
    'has a glyph in %s for every character of the names in its script',
    (file, font) => {
      const chars = charactersFor(names, font.script);
      expect(chars.length).toBeGreaterThan(0);
      const face = create(readFileSync(`src/assets/fonts/names/${file}`)) as Font;
      const missing = chars.filter((char) => !face.hasGlyphForCodePoint(char.codePointAt(0) ?? 0));
      expect(missing, 'run npm run fonts:names (scripts/name-fonts.ts)').toEqual([]);
    },
  );

  it('are declared with the ranges that fetch each only for its script, by the pages showing such a name', () => {
    const css = readFileSync('src/styles/name-fonts.css', 'utf8');
    for (const font of NAME_FONTS) {
      expect(css).toContain(`url('../assets/fonts/names/${font.file}')`);
      expect(css).toContain(`unicode-range: ${font.unicodeRange};`);
    }
    expect(needsNameFonts(['Khorgas', 'Aşgabat', 'Huò’ěrguǒsī'])).toBe(false);
    expect(needsNameFonts(['Khorgas', '霍尔果斯'])).toBe(true);
    expect(needsNameFonts(['Қорғас'])).toBe(true);
  });

  it('lists each character once, in code point order, only of the script asked for', () => {
    expect(charactersFor(['Хоргос', 'Қорғас', 'Khorgos', '霍尔果斯'], /\p{Script=Cyrillic}/u).join('')).toBe(
      'ХагорсғҚ',
    );
  });
});
