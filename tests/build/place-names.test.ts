import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { foldText } from '@/lib/text/fold.ts';
import { NAME_FONTS } from '@/lib/text/name-fonts.ts';
import { readPlaceNames } from '../../tools/place-names.ts';
import { readPage, searchFragments } from '../../tools/site.ts';

const dist = inject('distDir');
const places = readPlaceNames();
const local = (place: (typeof places)[number]) => place.others.filter((other) => other.lang.length > 0);

describe('the places’ names in their own languages', () => {
  it.each(places.map((p) => [p.id, p] as const))(
    '/places/%s/ shows each with its language on `lang`, why it is listed, and that it is public context',
    (id, place) => {
      const page = readPage(dist, `/places/${id}/`);
      expect(page.querySelector('html')?.getAttribute('lang')).toBe('en');
      const items = page.querySelectorAll('.names li');
      for (const other of local(place)) {
        const item = items.find((li) => li.querySelector('[lang]')?.textContent === other.name);
        expect(item, other.name).toBeDefined();
        expect(item?.querySelector('[lang]')?.getAttribute('lang')).toBe(other.lang[0]);
        expect(item?.querySelector('.muted')?.textContent, other.name).toMatch(
          /^ \((Chinese|Pinyin|Russian|Kazakh|Kyrgyz|Tajik|Turkmen|Uzbek)[^:]*: [a-z]/,
        );
        expect(item?.querySelector('.basis')?.textContent).toBe('Public context');
      }
    },
  );

  it.each(places.map((p) => [p.id, p] as const))(
    '/places/%s/ gives each in JSON-LD `alternateName` once per language, English spellings as text',
    (id, place) => {
      const ld = JSON.parse(
        readPage(dist, `/places/${id}/`).querySelector('script[type="application/ld+json"]')?.textContent ?? '[]',
      ) as { alternateName?: unknown[] }[];
      expect(ld[0]?.alternateName ?? []).toEqual(
        place.others.flatMap((other): unknown[] =>
          other.lang.length === 0
            ? [other.name]
            : other.lang.map((tag) => ({ '@value': other.name, '@language': tag })),
        ),
      );
    },
  );

  it('links the faces drawing Chinese characters and Cyrillic from place pages, and from no other page', () => {
    const linked = (path: string) =>
      readPage(dist, path)
        .querySelectorAll('link[rel="stylesheet"]')
        .map((link) => link.getAttribute('href') ?? '')
        .filter((href) => readFileSync(join(dist, href), 'utf8').includes('@font-face'));
    const [css] = linked('/places/khorgos/');
    expect(css).toBeDefined();
    const text = readFileSync(join(dist, css ?? ''), 'utf8');
    for (const font of NAME_FONTS) {
      // Each face in its own block, with its script's range (minified: `U+400-52F`).
      const stem = font.file.replace('.woff2', '');
      const face = text.split('@font-face').find((block) => block.includes(`/${stem}.`));
      expect(face, font.file).toMatch(/unicode-range:\s*U\+/);
      const url = /url\(["']?([^)"']+)/.exec(face ?? '')?.[1];
      expect(url, font.file).toMatch(/^\/_astro\/.+\.woff2$/);
      expect(existsSync(join(dist, url ?? '')), url).toBe(true);
    }
    for (const path of ['/', '/corridors/air/', '/places/', '/facts/']) expect(linked(path), path).toEqual([]);
  });

  it('puts every name in the place’s search record once by its folded form, the English ones among the names that put its page first', () => {
    const fragments = searchFragments(dist);
    for (const place of places) {
      const record = fragments.find((f) => f.url === `/places/${place.id}/`);
      const names = record?.meta['names']?.split('|') ?? [];
      // A name differing from an earlier one only by accents is left out: Pagefind folds them.
      for (const other of place.others) {
        const same = [place.name, ...place.others.map((o) => o.name)].find((n) => foldText(n) === foldText(other.name));
        if (other.lang.length === 0) expect(names, place.id).toContain(same);
        expect(record?.content, place.id).toContain(same);
      }
    }
  });
});
