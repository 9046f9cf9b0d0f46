import { describe, expect, it } from 'vitest';
import { appearancesByPage, type AppearanceNames } from '@/lib/content/appearances.ts';
import type { Appearance } from '@/lib/content/graph.ts';

const names: AppearanceNames = {
  corridor: (id) => ({ rail: 'Rail: China–Europe trains in Xinjiang' })[id],
  chart: (id) => ({ 'rail-trains-by-port': 'Trains by railway port' })[id],
  home: 'Home page',
};
const khorgos = { id: 'khorgos', text: 'Khorgos' };
const figures = { id: 'what-the-figures-mean', text: 'What the figures mean' };

describe('appearancesByPage', () => {
  it('links each showing of a fact to where it stands: card, figure in the text, key figure, chart', () => {
    const appearances: Appearance[] = [
      { corridor: 'rail', as: 'key-figure' },
      { corridor: 'rail', section: khorgos, as: 'value' },
      { corridor: 'rail', section: khorgos, as: 'card' },
      { corridor: 'rail', section: figures, as: 'chart', chart: 'rail-trains-by-port' },
    ];
    expect(appearancesByPage('rail-khorgos-trains', appearances, '/', names)).toEqual([
      {
        title: 'Rail: China–Europe trains in Xinjiang',
        href: '/corridors/rail/',
        items: [
          { as: 'key-figure', href: '/corridors/rail/', section: undefined, chart: undefined },
          {
            as: 'value',
            href: '/corridors/rail/#khorgos',
            section: { text: 'Khorgos', href: '/corridors/rail/#khorgos' },
            chart: undefined,
          },
          {
            as: 'card',
            href: '/corridors/rail/#rail-khorgos-trains',
            section: { text: 'Khorgos', href: '/corridors/rail/#khorgos' },
            chart: undefined,
          },
          {
            as: 'chart',
            href: '/corridors/rail/#figure-rail-trains-by-port',
            section: { text: 'What the figures mean', href: '/corridors/rail/#what-the-figures-mean' },
            chart: 'Trains by railway port',
          },
        ],
      },
    ]);
  });

  it('groups by page in the order met, puts summit context on the home page, and respects the base path', () => {
    const pages = appearancesByPage(
      'summit-xian',
      [{ as: 'card' }, { corridor: 'rail', section: khorgos, as: 'value' }],
      '/sub/',
      names,
    );
    expect(pages.map((p) => [p.title, p.href, p.items.map((i) => i.href)])).toEqual([
      ['Home page', '/sub/', ['/sub/#summit-xian']],
      ['Rail: China–Europe trains in Xinjiang', '/sub/corridors/rail/', ['/sub/corridors/rail/#khorgos']],
    ]);
  });

  it('lists a showing once, even when the page places it twice, and a figure in text with no section links the page', () => {
    const pages = appearancesByPage(
      'a',
      [
        { corridor: 'rail', section: khorgos, as: 'value' },
        { corridor: 'rail', section: khorgos, as: 'value' },
        { corridor: 'rail', as: 'value' },
      ],
      '/',
      names,
    );
    expect(pages[0]?.items.map((i) => i.href)).toEqual(['/corridors/rail/#khorgos', '/corridors/rail/']);
  });

  it('names a page or chart by its id when it has no title', () => {
    const [page] = appearancesByPage('a', [{ corridor: 'sea', as: 'chart', chart: 'ports' }], '/', names);
    expect(page).toMatchObject({ title: 'sea', items: [{ chart: 'ports', href: '/corridors/sea/#figure-ports' }] });
  });
});
