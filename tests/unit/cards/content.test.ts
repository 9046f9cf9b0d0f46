import { describe, expect, it } from 'vitest';
import { buildChartModel, toChartFact } from '@/lib/charts/charts.ts';
import { buildGraph } from '@/lib/content/build-graph.ts';
import { cardAlt, cardKey, cardMode, factCard, firstSentence, type CardContent } from '@/lib/cards/content.ts';
import type { CardNode } from '@/lib/cards/elements.ts';
import { cardLayout } from '@/lib/cards/layout.ts';
import { locatorMapSvg } from '@/lib/cards/map-svg.ts';
import { parseContent, rawContent } from '../../fixtures/content.ts';

const graph = buildGraph(parseContent(rawContent()));
const rail = { mode: 'rail', name: 'Rail' };
const SOURCE = '[A descriptive title]';

function fact(id: string) {
  const found = graph.fact.get(id);
  if (found === undefined) throw new Error(`fixture fact ${id} missing`);
  return found;
}

/** Every string a card's element tree draws, in order. */
function drawnText(node: CardNode | string): string[] {
  if (typeof node === 'string') return [node];
  const { children } = node.props;
  return (Array.isArray(children) ? children : children === undefined ? [] : [children]).flatMap(drawnText);
}

describe('what a fact’s card shows', () => {
  it('keeps a speaker’s claim theirs: the statement ends with who said it, as the fact’s card on a page does', () => {
    const said = { ...fact('transit-before'), speaker: { name: 'A Name', role: 'Deputy director of a port.' } };
    expect(factCard(said, rail, SOURCE).statement).toBe(`${said.statement} Said by A Name, Deputy director of a port.`);
    expect(factCard(fact('transit-before'), rail, SOURCE).statement).toBe(fact('transit-before').statement);
  });

  it('shows a quoted figure with its qualifier and unit apart, its label, period, kind and source', () => {
    const card = factCard(fact('transit-before'), rail, SOURCE);
    expect(card).toMatchObject({
      type: 'fact',
      mode: 'rail',
      topic: 'Rail',
      kind: 'Quoted',
      figure: { qualifier: 'more than', number: '4', unit: 'days' },
      label: fact('transit-before').label,
      source: SOURCE,
      statement: fact('transit-before').statement,
    });
    const drawn = drawnText(cardLayout(card, 'Corridors'));
    expect(drawn).toEqual(expect.arrayContaining(['more than', '4', 'days', 'Quoted', 'RAIL']));
    expect(drawn).toContain(`Source: ${SOURCE}`);
    expect(drawn).toContain('Corridors');
    // A figure alone says more than the fact: its statement is drawn under it.
    expect(drawn).toContain(fact('transit-before').statement);
  });

  it('draws the first sentence of a fact’s note, and labels a year on the card as public context', () => {
    const card = factCard(
      { ...fact('trains'), note: 'It can be read two ways. More on the page.', period: 'January–April 2023' },
      rail,
      SOURCE,
    );
    expect(card.note).toBe('It can be read two ways.');
    const drawn = drawnText(cardLayout(card, 'Corridors'));
    expect(drawn).toEqual(expect.arrayContaining(['It can be read two ways.', '2023: public context']));
    expect(cardAlt(card)).toMatch(
      / \(January–April 2023\)\. .+ It can be read two ways\. Quoted from \[A descriptive title\]\. 2023: public context\.$/,
    );
    const undated = factCard(
      { ...fact('trains'), note: undefined, period: 'Now', statement: 'No year.' },
      rail,
      SOURCE,
    );
    expect(drawnText(cardLayout(undated, 'Corridors')).join(' ')).not.toContain('public context');
  });

  it('labels a year once: not again after a statement that calls it public context', () => {
    const summit = factCard(
      {
        ...fact('trains'),
        note: undefined,
        period: '18–19 May 2023',
        statement: 'No year; the year, 2023, is public context.',
      },
      rail,
      SOURCE,
    );
    expect(cardAlt(summit)).toMatch(
      / \(18–19 May 2023\)\. No year; the year, 2023, is public context\. Quoted from \[A descriptive title\]\. 2023: public context\.$/,
    );
    const labelled = { ...summit, period: undefined };
    expect(cardAlt(labelled)).not.toMatch(/2023: public context/);
    expect(drawnText(cardLayout(labelled, 'Corridors')).join(' ')).not.toContain('2023: public context');
  });

  it('finds the first sentence of a note', () => {
    expect(firstSentence('A lower bound. The article gives only “more than 4 days”.')).toBe('A lower bound.');
    expect(firstSentence('Growth was 12.82% on a year earlier.')).toBe('Growth was 12.82% on a year earlier.');
  });

  it('marks a derived figure “Derived”, with the decimals its derivation gives', () => {
    const card = factCard(fact('prior'), rail, SOURCE);
    expect(card.kind).toBe('Derived');
    expect(card.figure).toEqual({ qualifier: 'about', number: '1,887', unit: 'trains' });
    expect(cardAlt(card)).toMatch(
      /^about 1,887 trains: .+\. Derived from \[A descriptive title\]\.( \d{4}.*: public context\.)?$/,
    );
  });

  it('gives a fact without a figure its statement instead, and a fact of no corridor the summit context’s colour', () => {
    const bare = {
      ...fact('trains'),
      value: undefined,
      figure: undefined,
      statement: 'The article calls it a record.',
    };
    const card = factCard(bare, undefined, SOURCE);
    expect(card.figure).toBeUndefined();
    expect(card.statement).toBe(bare.statement);
    expect([card.mode, card.topic]).toEqual(['context', 'Summit context']);
    expect(drawnText(cardLayout(card, 'Corridors'))).toContain(bare.statement);
  });

  it('writes a tight unit against its number in words, as the site does', () => {
    const card = factCard(fact('growth'), rail, SOURCE);
    expect(cardAlt(card)).toMatch(/^12\.82%: /);
  });

  it('takes a corridor’s colour only for a known mode', () => {
    expect(['air', 'rail', 'intermodal', 'sea', undefined].map(cardMode)).toEqual([
      'air',
      'rail',
      'intermodal',
      'context',
      'context',
    ]);
  });
});

describe('what a page’s and a place’s card show', () => {
  const page = (eyebrow: string, title: string, description = 'What the page holds.'): CardContent => ({
    type: 'page',
    mode: 'context',
    eyebrow,
    title,
    description,
  });

  it('leaves out the word over the title when it repeats the title or the site’s name', () => {
    expect(drawnText(cardLayout(page('Places', 'Places'), 'Corridors'))).not.toContain('PLACES');
    expect(drawnText(cardLayout(page('Corridors', 'A tagline'), 'Corridors'))).not.toContain('CORRIDORS');
    expect(drawnText(cardLayout(page('Corridor', 'Rail'), 'Corridors'))).toContain('CORRIDOR');
    expect(cardAlt(page('Places', 'Places'))).toBe('Places: What the page holds.');
  });

  it('writes a card’s words with one colon, whatever colon its title has', () => {
    expect(cardAlt(page('Rail corridor', 'China–Europe trains in Xinjiang'))).toBe(
      'Rail corridor: China–Europe trains in Xinjiang.',
    );
    expect(cardAlt(page('Source', '[Rail: a report]'))).toBe('[Rail: a report] (source page).');
    expect(cardAlt(page('Search', 'Search', 'Search every fact.'))).toBe('Search every fact.');
  });

  it('says in words which of a place’s fields are public context, after a lower-case kind', () => {
    const alt = cardAlt({
      type: 'place',
      mode: 'rail',
      name: 'Khorgos',
      detail: 'Railway port in Xinjiang, China',
      context: 'Country, region and map position: public context',
      map: '',
    });
    expect(alt).toBe(
      'Khorgos (railway port in Xinjiang, China), marked on a locator map. Country, region and map position: public context.',
    );
  });
});

describe('the cache key of a card', () => {
  const card = factCard(fact('trains'), rail, SOURCE);

  it('is the same for the same card drawn by the same renderer', () => {
    expect(cardKey(card, 'r1')).toBe(cardKey(structuredClone(card), 'r1'));
  });

  it('changes when anything the card shows changes, or what draws it', () => {
    const keys = [
      cardKey(card, 'r1'),
      cardKey({ ...card, figure: { qualifier: '', number: '2,130', unit: 'trains' } }, 'r1'),
      cardKey({ ...card, period: 'January–May 2023' }, 'r1'),
      cardKey({ ...card, kind: 'Derived' }, 'r1'),
      cardKey(card, 'r2'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('ignores a chart’s links, which the card does not draw, but not its values', () => {
    const content = parseContent(rawContent());
    const chart = content.charts.find((c) => c.id === 'trains-chart');
    if (chart === undefined) throw new Error('fixture chart missing');
    const model = (page: string) =>
      buildChartModel(chart.id, chart.data, {
        fact: (id) => {
          const f = graph.fact.get(id);
          return f && toChartFact(f, { href: `${page}#${id}`, page: `${page}${id}/` });
        },
        place: () => undefined,
      });
    const a: CardContent = { type: 'chart', mode: 'rail', topic: 'Rail', chart: model('/corridors/rail/') };
    const b: CardContent = { ...a, chart: model('/sub/corridors/rail/') };
    expect(cardKey(a, 'r1')).toBe(cardKey(b, 'r1'));
    const changed = structuredClone(a);
    if (changed.chart.type === 'bar' && changed.chart.series[0]?.points[0])
      changed.chart.series[0].points[0].value += 1;
    expect(cardKey(changed, 'r1')).not.toBe(cardKey(a, 'r1'));
  });
});

describe('what a chart’s card draws', () => {
  const content = parseContent(rawContent());
  const chart = content.charts.find((c) => c.id === 'trains-chart');
  if (chart === undefined) throw new Error('fixture chart missing');
  const model = buildChartModel(chart.id, chart.data, {
    fact: (id) => {
      const f = graph.fact.get(id);
      return f && toChartFact(f, { href: `#${id}`, page: `/${id}/` });
    },
    place: () => undefined,
  });

  it('says a horizontal chart’s values are bounds when the source gives them so, and only then', () => {
    if (model.type !== 'bar') throw new Error('fixture chart is not a bar chart');
    const horizontal = { ...model, orientation: 'horizontal' as const };
    const plain = drawnText(cardLayout({ type: 'chart', mode: 'rail', topic: 'Rail', chart: horizontal }, 'Corridors'));
    const bounded = structuredClone(horizontal);
    const point = bounded.series[0]?.points[0];
    if (point) point.qualifier = 'more-than';
    const drawn = drawnText(cardLayout({ type: 'chart', mode: 'rail', topic: 'Rail', chart: bounded }, 'Corridors'));
    const note = 'The source gives these as bounds, not exact values';
    expect([plain.includes(note), drawn.includes(note)]).toEqual([false, true]);
  });

  it('says a timeline’s groups are not in order', () => {
    const timeline = {
      ...model,
      type: 'timeline' as const,
      groups: [{ when: 'Since the beginning of this year', places: [{ name: 'Tashkent', country: 'Uzbekistan' }] }],
    } as unknown as Extract<CardContent, { type: 'chart' }>['chart'];
    const drawn = drawnText(cardLayout({ type: 'chart', mode: 'air', topic: 'Air', chart: timeline }, 'Corridors'));
    expect(drawn).toContain('Grouped as the source dates them, not in order');
  });
});

describe('a place’s locator map on its card', () => {
  it('draws the map’s land and borders and the place’s marker in its corridor’s colour', () => {
    const svg = locatorMapSvg(
      {
        width: 1000,
        height: 700,
        land: 'M0 0L10 0L10 10z',
        tinted: 'M1 1L2 2z',
        borders: 'M3 3L4 4',
        markers: [
          { id: 'khorgos', name: 'Khorgos', country: 'China', x: 300, y: 200, mode: 'rail', role: 'place' } as never,
        ],
      },
      'rail',
    );
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 1000 700"/);
    expect(svg).toContain('d="M0 0L10 0L10 10z"');
    expect(svg).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#a8322a"/);
  });
});
