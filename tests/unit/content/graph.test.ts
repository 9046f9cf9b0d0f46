import { describe, expect, it, vi } from 'vitest';
import { buildGraph } from '@/lib/content/build-graph.ts';
import { CONTEXT, paragraphKey, type GraphInput } from '@/lib/content/graph.ts';
import { mdxReferences } from '@/lib/content/mdx-references.ts';
import type { FactData } from '@/schemas/fact.ts';
import type { SourceData } from '@/schemas/source.ts';
import { parseContent, rawContent } from '../../fixtures/content.ts';

// Counts the comparisons made while putting facts in reading order, the one phase that sorts.
const compared = vi.hoisted(() => ({ count: 0 }));
vi.mock('@/lib/content/reading-order.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/content/reading-order.ts')>();
  return {
    ...original,
    compareReadingPositions: (...args: Parameters<typeof original.compareReadingPositions>) => {
      compared.count++;
      return original.compareReadingPositions(...args);
    },
  };
});

function fixtureGraph() {
  const content = parseContent(rawContent());
  const references = new Map([
    ['rail', mdxReferences('## Trains\n\n<FactCard id="trains" />\n\n## Chart\n\n<FactChart id="trains-chart" />\n')],
  ]);
  return buildGraph({ ...content, references });
}

describe('the content graph', () => {
  it('indexes every entry by id and normalises each fact once', () => {
    const graph = fixtureGraph();
    const prior = graph.fact.get('prior');
    expect(prior).toMatchObject({
      kind: 'derived',
      value: 1887,
      decimals: 0,
      qualifier: 'about',
      figure: { qualifier: 'about', number: '1,887', unit: 'trains', text: 'about 1,887 trains' },
      source: 'article',
      // A derived fact rests on its inputs' paragraphs.
      paragraphs: [{ id: 'p2', n: 2 }],
      derivation: {
        formula: 'prior-from-growth',
        inputs: [
          { name: 'current', id: 'trains' },
          { name: 'growth', id: 'growth' },
        ],
      },
    });
    expect(graph.fact.get('trains')).toMatchObject({
      paragraph: { id: 'p2', n: 2 },
      passage: '2129 trains crossed Alashankou',
      countries: ['China'],
      derivedInto: ['prior'],
      figure: { text: '2,129 trains' },
    });
    expect(graph.fact.get('transit-before')?.figure?.text).toBe('more than 4 days');
    expect(graph.source.get('article')?.data.title).toBe('Test article');
    expect(graph.place.get('alashankou')?.data.name).toBe('Alashankou');
  });

  it('groups facts by source, paragraph, corridor and place, in reading order', () => {
    const graph = fixtureGraph();
    const ids = (list: readonly { id: string }[] | undefined) => list?.map((f) => f.id);
    // p2: the count before its growth, as the paragraph gives them; derived facts after the quoted ones.
    expect(ids(graph.bySource.get('article'))).toEqual(['trains', 'growth', 'transit-before', 'countries', 'prior']);
    expect(ids(graph.byParagraph.get(paragraphKey('article', 'p2')))).toEqual(['trains', 'growth', 'prior']);
    expect(ids(graph.byParagraph.get(paragraphKey('article', 'p3')))).toEqual(['transit-before', 'countries']);
    expect(ids(graph.byCorridor.get('rail'))).toEqual(['trains', 'growth', 'transit-before', 'countries', 'prior']);
    expect(graph.byCorridor.get(CONTEXT)).toBeUndefined();
    expect(ids(graph.byPlace.get('alashankou'))).toEqual(['trains']);
    expect(ids(graph.facts)).toEqual(ids(graph.bySource.get('article')));
  });

  it('knows where each fact is shown: its card, its key figure, its charts', () => {
    const graph = fixtureGraph();
    expect(graph.chartsOf.get('prior')).toEqual(['trains-chart']);
    expect(graph.appearances.get('trains')).toEqual([
      { corridor: 'rail', as: 'key-figure' },
      { corridor: 'rail', section: { id: 'trains', text: 'Trains' }, as: 'card' },
      { corridor: 'rail', section: { id: 'chart', text: 'Chart' }, as: 'chart', chart: 'trains-chart' },
    ]);
  });

  it('knows which facts each page shows and which page holds each card; a fact no page places has none', () => {
    const graph = fixtureGraph();
    // Key figures and a chart's facts are shown too; two facts of the corridor are on no page.
    expect(graph.byCorridor.get('rail')?.map((f) => f.id)).toEqual([
      'trains',
      'growth',
      'transit-before',
      'countries',
      'prior',
    ]);
    expect(graph.shownOn.get('rail')?.map((f) => f.id)).toEqual(['trains', 'growth', 'prior']);
    expect(graph.fact.get('trains')?.card).toBe('rail');
    expect(graph.fact.get('growth')?.card).toBeUndefined();
    expect(graph.fact.get('transit-before')?.card).toBeUndefined();
  });
});

/** A synthetic corpus: `sources` sources of 10 paragraphs with 3 quoted facts each, and 1 derived fact per paragraph. */
function syntheticInput(sources: number): GraphInput {
  const ref = <C extends string>(collection: C, id: string) => ({ collection, id }) as never;
  const sourceEntries: { id: string; data: SourceData }[] = [];
  const facts: { id: string; data: FactData }[] = [];
  for (let s = 0; s < sources; s++) {
    const paragraphs = Array.from({ length: 10 }, (_, p) => ({
      id: `p${p + 1}`,
      n: p + 1,
      text: `Synthetic paragraph ${p + 1}: ${s + 10} units, ${p + 20} more and ${s + p + 30} in all.`,
    }));
    const id = `s${s}`;
    sourceEntries.push({ id, data: { paragraphs, notes: [] } as unknown as SourceData });
    for (const paragraph of paragraphs) {
      const quoted = [`${s + 10} units`, `${paragraph.n + 19} more`, `${s + paragraph.n + 29} in all`].map(
        (passage, k): { id: string; data: FactData } => ({
          id: `${id}-${paragraph.id}-${k}`,
          data: {
            kind: 'quoted',
            statement: passage,
            label: passage,
            unit: '',
            qualifier: 'exact',
            places: [],
            countries: [],
            source: ref('sources', id),
            paragraph: paragraph.id,
            passage,
            value: Number(passage.split(' ')[0]),
          },
        }),
      );
      facts.push(...[...quoted].reverse());
      facts.push({
        id: `${id}-${paragraph.id}-sum`,
        data: {
          kind: 'derived',
          statement: 'A sum.',
          label: 'Sum',
          unit: '',
          qualifier: 'exact',
          places: [],
          countries: [],
          source: ref('sources', id),
          value: 0,
          derivation: {
            formula: 'sum',
            inputs: { a: ref('facts', quoted[0]?.id ?? ''), b: ref('facts', quoted[1]?.id ?? '') },
            decimals: 0,
          },
        },
      });
    }
  }
  return { sources: sourceEntries, facts, places: [], corridors: [], charts: [] };
}

describe('the content graph at scale', () => {
  it('puts synthetic facts in reading order whatever order they are written in', () => {
    const graph = buildGraph(syntheticInput(2));
    expect(graph.facts.slice(0, 4).map((f) => f.id)).toEqual(['s0-p1-0', 's0-p1-1', 's0-p1-2', 's0-p2-0']);
    expect(graph.bySource.get('s1')?.at(-1)?.id).toBe('s1-p10-sum');
    expect(graph.fact.get('s0-p1-0')?.derivedInto).toEqual(['s0-p1-sum']);
  });

  it('orders facts within their paragraph only: 30,000 facts take ten times the comparisons of 3,000', () => {
    const comparisons = (sources: number) => {
      const before = compared.count;
      const graph = buildGraph(syntheticInput(sources));
      return { facts: graph.facts.length, comparisons: compared.count - before };
    };
    const small = comparisons(75);
    const large = comparisons(750);
    expect(small.facts).toBe(3_000);
    expect(large.facts).toBe(30_000);
    // One sort over all facts would take nearly 13 times as many (n log n); every other phase is one pass.
    expect(large.comparisons / small.comparisons).toBeCloseTo(10, 1);
    // A generous limit: the test counts comparisons, not time, and a loaded CI machine is slow.
  }, 60_000);
});
