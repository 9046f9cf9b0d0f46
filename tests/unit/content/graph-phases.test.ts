import { describe, expect, it } from 'vitest';
import { CONTEXT, paragraphKey } from '@/lib/content/graph.ts';
import {
  chartsOfFacts,
  corridorsByPlace,
  factNodes,
  groupFacts,
  indexEntries,
  indexParagraphs,
  inNavigationOrder,
  inReadingOrder,
  linkDerivations,
  placeFacts,
  shownOnPages,
} from '@/lib/content/graph-phases.ts';
import { mdxReferences } from '@/lib/content/mdx-references.ts';
import { readingPosition } from '@/lib/content/reading-order.ts';
import { parseContent, rawContent } from '../../fixtures/content.ts';

const content = parseContent(rawContent());
const references = new Map([['rail', mdxReferences('## Trains\n\n<FactCard id="trains" />\n')]]);

/** The phases up to the fact nodes, each fed what the ones before it made. */
function nodesOf(facts = content.facts) {
  const index = indexEntries(content);
  const paragraph = indexParagraphs(content.sources);
  const links = linkDerivations(facts, paragraph);
  const appearances = placeFacts(facts, content.corridors, index.chart, references);
  return { paragraph, appearances, nodes: factNodes(facts, { place: index.place, paragraph, links, appearances }) };
}

const ids = (list: readonly { id: string }[] | undefined) => list?.map((f) => f.id);

describe('the graph phases, each alone', () => {
  it('indexParagraphs: every paragraph by key, with the editorial notes on its words', () => {
    const index = indexParagraphs(content.sources);
    expect(index.get(paragraphKey('article', 'p2'))).toMatchObject({
      source: 'article',
      paragraph: { id: 'p2', n: 2 },
      notes: [{ passage: 'year-on-year' }],
    });
    expect(index.get(paragraphKey('article', 'p3'))?.notes).toEqual([]);
  });

  it('linkDerivations: a derived fact is one deeper than its inputs, rests on their paragraphs and is listed under them', () => {
    const links = linkDerivations(content.facts, indexParagraphs(content.sources));
    expect(links.get('trains')).toEqual({ depth: 0, paragraphs: [{ id: 'p2', n: 2 }], derivedInto: ['prior'] });
    expect(links.get('prior')).toEqual({ depth: 1, paragraphs: [{ id: 'p2', n: 2 }], derivedInto: [] });
  });

  it('placeFacts: key figures and placed components by corridor, then the summit context as home-page cards', () => {
    const facts = content.facts.map((f) =>
      f.id === 'countries' ? { ...f, data: { ...f.data, corridor: undefined } } : f,
    );
    const appearances = placeFacts(facts, content.corridors, indexEntries(content).chart, references);
    expect(appearances.get('trains')).toEqual([
      { corridor: 'rail', as: 'key-figure' },
      { corridor: 'rail', section: { id: 'trains', text: 'Trains' }, as: 'card' },
    ]);
    expect(appearances.get('countries')).toEqual([{ as: 'card' }]);
    expect(appearances.get('prior')).toBeUndefined();
  });

  it('chartsOfFacts: each chart once under every fact it draws', () => {
    const chartsOf = chartsOfFacts(content.charts);
    expect(chartsOf.get('prior')).toEqual(['trains-chart']);
    expect(chartsOf.get('growth')).toEqual(['trains-chart']);
    expect(chartsOf.get('countries')).toBeUndefined();
  });

  it('factNodes: the reading position readingPosition gives, and the page of its first card', () => {
    const { paragraph, nodes } = nodesOf();
    const trains = nodes.find((n) => n.id === 'trains');
    const p2 = paragraph.get(paragraphKey('article', 'p2'))?.paragraph;
    expect(p2).toBeDefined();
    if (p2 === undefined) return;
    expect(trains?.position).toEqual(readingPosition(p2, '2129 trains crossed Alashankou', 2129));
    expect(trains?.card).toBe('rail');
    expect(nodes.find((n) => n.id === 'growth')?.card).toBeUndefined();
  });

  it('inReadingOrder: by paragraph, then within it; derived facts last', () => {
    const { nodes } = nodesOf([...content.facts].reverse());
    expect(ids(inReadingOrder(nodes, content.sources))).toEqual([
      'trains',
      'growth',
      'transit-before',
      'countries',
      'prior',
    ]);
  });

  it('groupFacts and shownOnPages keep the order they are given', () => {
    const { appearances, nodes } = nodesOf();
    const ordered = inReadingOrder(nodes, content.sources);
    const groups = groupFacts(ordered);
    expect(ids(groups.byParagraph.get(paragraphKey('article', 'p2')))).toEqual(['trains', 'growth', 'prior']);
    expect(ids(groups.byPlace.get('alashankou'))).toEqual(['trains']);
    expect(groups.byCorridor.get(CONTEXT)).toBeUndefined();
    expect(ids(shownOnPages(ordered, appearances).get('rail'))).toEqual(['trains', 'growth']);
  });

  it('inNavigationOrder and corridorsByPlace: corridors by their order, under each place they list', () => {
    const second = { ...content.corridors[0], id: 'second', data: { ...content.corridors[0]?.data, order: 0 } };
    const corridors = inNavigationOrder([...content.corridors, second] as typeof content.corridors);
    expect(ids(corridors)).toEqual(['second', 'rail']);
    expect(ids(corridorsByPlace(corridors).get('alashankou'))).toEqual(['second', 'rail']);
  });
});
