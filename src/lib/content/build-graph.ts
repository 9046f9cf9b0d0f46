/**
 * Builds the content graph (src/lib/content/graph.ts) as a pipeline of named phases
 * (src/lib/content/graph-phases.ts), each a function of the input and of what the phases before it made.
 * Every phase is linear in the entries, paragraphs and placed components it reads: facts are put in
 * reading order by bucketing them per paragraph and sorting within a paragraph only, so the cost of
 * ordering grows with the facts, not faster.
 */
import type { ContentGraph, GraphEntries, GraphInput } from './graph.ts';
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
} from './graph-phases.ts';

/** Builds the graph. Unknown ids are skipped here: `validateContent` reports them before a graph is built. */
export function buildGraph<E extends GraphEntries>(input: GraphInput<E>): ContentGraph<E> {
  const index = indexEntries(input);
  const paragraph = indexParagraphs(input.sources);
  const links = linkDerivations(input.facts, paragraph);
  const corridors = inNavigationOrder(input.corridors);
  const appearances = placeFacts(input.facts, corridors, index.chart, input.references);
  const nodes = factNodes(input.facts, { place: index.place, paragraph, links, appearances });
  const facts = inReadingOrder(nodes, input.sources);
  return {
    sources: input.sources,
    places: input.places,
    corridors,
    charts: input.charts,
    facts,
    ...index,
    fact: new Map(nodes.map((node) => [node.id, node])),
    paragraph,
    ...groupFacts(facts),
    corridorsByPlace: corridorsByPlace(corridors),
    chartsOf: chartsOfFacts(input.charts),
    appearances,
    shownOn: shownOnPages(facts, appearances),
  };
}
