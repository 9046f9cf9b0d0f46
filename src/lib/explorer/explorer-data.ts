/**
 * The facts explorer's data, made from the content graph at build time: every fact in the graph's
 * order (by source, then as each source gives them), with corridors, places, countries and sources
 * listed once and referred to by index, so the data stays small at tens of thousands of facts. Places
 * and countries are those some fact names, in alphabetical order, as the filters list them.
 */
import { citedTitle } from '../cite/cite.ts';
import { factSentence } from '../text/format.ts';
import type { ExplorerData, ExplorerFact } from './facts-explorer.ts';
import type { ContentGraph } from '../content/graph.ts';

export function explorerData(graph: ContentGraph): ExplorerData {
  const byName = new Intl.Collator('en').compare;
  const places = [...graph.byPlace.keys()]
    .flatMap((id) => graph.place.get(id) ?? [])
    .sort((a, b) => byName(a.data.name, b.data.name));
  const countries = [...new Set(graph.facts.flatMap((f) => f.countries))].sort(byName);
  const corridorIndex = new Map(graph.corridors.map((c, i) => [c.id, i]));
  const placeIndex = new Map(places.map((p, i) => [p.id, i]));
  const countryIndex = new Map(countries.map((c, i) => [c, i]));
  const sourceIndex = new Map(graph.sources.map((s, i) => [s.id, i]));
  return {
    corridors: graph.corridors.map((c) => ({ id: c.id, name: c.data.shortTitle, mode: c.data.mode })),
    places: places.map((p) => ({ id: p.id, name: p.data.name, altNames: p.data.altNames.map((alt) => alt.name) })),
    countries,
    sources: graph.sources.map((s) => ({ id: s.id, title: citedTitle(s.data) })),
    // Facts of a source the graph does not hold are left out; validation reports them before a build gets here.
    facts: graph.facts.flatMap((fact): ExplorerFact[] => {
      const source = sourceIndex.get(fact.source);
      if (source === undefined) return [];
      const corridor = fact.corridor === undefined ? undefined : corridorIndex.get(fact.corridor);
      return [
        {
          id: fact.id,
          label: fact.label,
          statement: factSentence(fact),
          kind: fact.kind,
          ...(fact.value === undefined ? {} : { value: fact.value }),
          ...(fact.figure === undefined ? {} : { figure: fact.figure.text }),
          ...(fact.period === undefined ? {} : { period: fact.period }),
          ...(corridor === undefined ? {} : { corridor }),
          places: fact.places.flatMap((id) => placeIndex.get(id) ?? []),
          countries: fact.countries.flatMap((c) => countryIndex.get(c) ?? []),
          source,
          paragraphs: fact.paragraphs.map((p) => ({ id: p.id, n: p.n })),
        },
      ];
    }),
  };
}
