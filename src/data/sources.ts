/**
 * What pages ask of sources: titles as citations write them, summaries for the list of sources, sources
 * as structured data cites them, and the paragraphs a list of facts rests on.
 */
import { citedTitle } from '@/lib/cite/cite.ts';
import type { ParagraphRef } from '@/lib/content/graph.ts';
import { absoluteUrl, sourcePath } from '@/lib/site/links.ts';
import type { SourceRef } from '@/lib/site/structured-data.ts';
import {
  getGraph,
  getSource,
  getSources,
  required,
  type Corridor,
  type Fact,
  type Graph,
  type Source,
} from './content.ts';

/** A source's title as citations and paragraph links write it (`citedTitle`). */
export async function getSourceTitle(id: string): Promise<string> {
  return citedTitle((await getSource(id)).data);
}
/** What the list of sources says of each source. */
export interface SourceSummary {
  source: Source;
  /** Its title as citations write it: a headline in quotation marks, a descriptive title of ours in square brackets. */
  citedTitle: string;
  paragraphs: number;
  facts: number;
  notes: number;
  /** The corridors its facts are shown on, in navigation order. */
  corridors: readonly Corridor[];
}

function summarize(graph: Graph, source: Source): SourceSummary {
  const facts = graph.bySource.get(source.id) ?? [];
  const shownOn = new Set(facts.map((f) => f.corridor));
  return {
    source,
    citedTitle: citedTitle(source.data),
    paragraphs: source.data.paragraphs.length,
    facts: facts.length,
    notes: source.data.notes.length,
    corridors: graph.corridors.filter((c) => shownOn.has(c.id)),
  };
}

/** Every source, in the graph's order, with what the site takes from it. */
export async function getSourceSummaries(): Promise<SourceSummary[]> {
  const graph = await getGraph();
  return graph.sources.map((source) => summarize(graph, source));
}

/** One source with what the site takes from it. */
export async function getSourceSummary(id: string): Promise<SourceSummary> {
  const graph = await getGraph();
  return summarize(graph, required(graph.source.get(id), `source "${id}"`));
}

/** A source as structured data cites it. */
export function sourceRef(source: Source, site: URL | undefined): SourceRef {
  return {
    title: source.data.title,
    titleIsDescriptive: source.data.titleIsDescriptive,
    description: source.data.description,
    url: absoluteUrl(sourcePath(import.meta.env.BASE_URL, source.id), site),
    written: source.data.written,
  };
}

/** The sources a list of facts comes from, each once, in the graph's order. */
export async function sourcesOf(facts: readonly Fact[]): Promise<Source[]> {
  const ids = new Set(facts.map((f) => f.source));
  return (await getSources()).filter((s) => ids.has(s.id));
}
/** The paragraphs a list of facts rests on, grouped by source, each once and in order. */
export async function citedParagraphs(
  facts: readonly Fact[],
): Promise<{ source: Source; paragraphs: ParagraphRef[] }[]> {
  const bySource = new Map<string, Map<string, ParagraphRef>>();
  for (const fact of facts) {
    const paragraphs = bySource.get(fact.source) ?? new Map<string, ParagraphRef>();
    for (const p of fact.paragraphs) paragraphs.set(p.id, p);
    bySource.set(fact.source, paragraphs);
  }
  return (await getSources())
    .filter((s) => bySource.has(s.id))
    .map((source) => ({
      source,
      paragraphs: [...(bySource.get(source.id)?.values() ?? [])].sort((a, b) => a.n - b.n),
    }));
}
