import { describe, expect, it } from 'vitest';
import { factRecord, paragraphRecord, recordHtml } from '@/lib/search-records';

const khorgos = {
  name: 'Khorgos',
  altNames: [{ name: 'Khorgas' }, { name: 'Horgos' }],
  country: 'China',
  region: 'Xinjiang',
  primary: true,
};

function fact(overrides: Partial<Parameters<typeof factRecord>[0]> = {}) {
  return factRecord({
    id: 'rail-khorgos-trains',
    url: '/corridors/rail/#rail-khorgos-trains',
    label: 'Trains through Khorgos',
    statement: '2,485 trains entered or left China through Khorgos.',
    figure: '2,485 trains',
    value: 2485,
    period: 'January–April 2023',
    corridor: { id: 'rail', name: 'Rail' },
    places: [khorgos],
    countries: [],
    derived: false,
    ...overrides,
  });
}

describe('fact search records', () => {
  it('links to the fact’s own anchor', () => {
    expect(fact().url).toBe('/corridors/rail/#rail-khorgos-trains');
  });

  it('makes the figure findable as written and as bare digits', () => {
    expect(fact().content).toContain('2,485 trains (2485).');
  });

  it('makes every spelling of its places findable', () => {
    expect(fact().content).toContain('Khorgos, also written Khorgas, Horgos; Xinjiang, China.');
  });

  it('carries corridor, country and kind as filters, and the label and figure as metadata', () => {
    const { content } = fact({ countries: ['Kazakhstan'] });
    expect(content).toContain('<meta data-pagefind-filter="kind[content]" content="fact">');
    expect(content).toContain('<meta data-pagefind-filter="corridor[content]" content="rail">');
    expect(content).toContain(
      '<meta data-pagefind-filter="country[content]" content="China"><meta data-pagefind-filter="country[content]" content="Kazakhstan">',
    );
    expect(content).toContain('<meta data-pagefind-meta="title[content]" content="Trains through Khorgos">');
    expect(content).toContain('<meta data-pagefind-meta="figure[content]" content="2,485 trains">');
  });

  it('weights the statement above its places, and leaves the article’s wording to the paragraph’s record', () => {
    const { content } = fact();
    expect(content).toContain('<p data-pagefind-weight="2">2,485 trains entered');
    expect(content).toContain('<p data-pagefind-weight="1">Khorgos, also written');
    expect(content).not.toContain('inbound and outbound');
  });

  it('gives a place’s spellings and region to its primary fact only', () => {
    const other = fact({ places: [{ ...khorgos, primary: false }] }).content;
    expect(other).not.toContain('Horgos');
    expect(other).not.toContain('Xinjiang');
  });

  it('leaves the corridor filter off a summit fact', () => {
    expect(fact({ corridor: undefined }).content).not.toContain('corridor[content]');
  });
});

describe('paragraph search records', () => {
  it('holds the paragraph and its editorial notes, filtered by the corridors of its facts', () => {
    const record = paragraphRecord({
      url: '/sources/article/#p5',
      n: 5,
      text: 'In terms of railways, 2129 trains…',
      notes: ['“entered and exited”: both directions.'],
      sourceTitle: 'The article',
      corridors: [
        { id: 'rail', name: 'Rail' },
        { id: 'rail', name: 'Rail' },
      ],
      countries: ['China', 'China'],
    });
    expect(record.url).toBe('/sources/article/#p5');
    expect(record.content).toContain('<p data-pagefind-weight="1">In terms of railways, 2129 trains…</p>');
    expect(record.content).toContain('Editorial note: “entered and exited”: both directions.');
    expect(record.content.match(/data-pagefind-filter="corridor\[content\]"/g)).toHaveLength(1);
    expect(record.content).toContain('content="Source paragraph 5"');
  });
});

describe('recordHtml', () => {
  it('escapes text and attributes', () => {
    const html = recordHtml({
      title: 'A "quoted" <b>',
      blocks: [{ text: 'x < y & z', weight: 1 }],
      meta: {},
      filters: {},
    });
    expect(html).toContain('<p data-pagefind-weight="1">x &lt; y &amp; z</p>');
    expect(html).toContain('content="A &quot;quoted&quot; &lt;b&gt;"');
  });
});
