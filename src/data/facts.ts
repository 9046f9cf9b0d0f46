/**
 * What pages ask of a fact beyond the graph's node: its derivation worked out (its citations: citations.ts), its quoted
 * passage where it stands, whether its card names its source, and facts as structured data lists them.
 */
import { workDerivation, type FormulaName, type WorkedDerivation } from '@/lib/content/derive.ts';
import { CONTEXT, paragraphKey } from '@/lib/content/graph.ts';
import type { EditorialNote, Paragraph } from '@/lib/content/paragraphs.ts';
import { notesTouching, splitAtPassage, type PassageSplit } from '@/lib/content/passage.ts';
import { absoluteUrl } from '@/lib/site/links.ts';
import type { DatasetFact } from '@/lib/site/structured-data.ts';
import { getGraph, required, type Fact } from './content.ts';
import { factPageHref, paragraphHref } from './links.ts';

let sourcesByPage: Promise<Map<string, ReadonlySet<string>>> | undefined;

/**
 * Whether a fact card's "Source ¶n" must name its source: when the page holding the card shows facts
 * of more than one source, "Source" alone would not say which. Worked out once per build, per page.
 */
export async function cardNamesSource(fact: Fact): Promise<boolean> {
  sourcesByPage ??= getGraph().then(
    (graph) => new Map([...graph.shownOn].map(([page, facts]) => [page, new Set(facts.map((f) => f.source))])),
  );
  return ((await sourcesByPage).get(fact.card ?? CONTEXT)?.size ?? 1) > 1;
}

export function isDerived(fact: Fact): boolean {
  return fact.kind === 'derived';
}

/** The fact's figure in clean English, or undefined for a fact without a number. */
export function factFigure(fact: Fact): string | undefined {
  return fact.figure?.text;
}

/** A derived fact's formula worked out (`workDerivation`), with its input facts to link to. */
export interface Derivation extends WorkedDerivation {
  inputs: Fact[];
}

const derivations = new Map<string, Derivation>();

/** A derived fact's derivation, worked out once per build; undefined for a quoted fact. */
export async function getDerivation(fact: Fact): Promise<Derivation | undefined> {
  if (fact.derivation === undefined) return undefined;
  let derivation = derivations.get(fact.id);
  if (derivation === undefined) {
    const graph = await getGraph();
    const inputs = fact.derivation.inputs.map(({ name, id }) => ({
      name,
      fact: required(graph.fact.get(id), `fact "${id}"`),
    }));
    const worked = workDerivation(
      fact.derivation.formula as FormulaName,
      inputs.map(({ name, fact: input }) => ({ name, value: input.value, number: input.figure?.number })),
      fact,
    );
    derivation = { ...worked, inputs: inputs.map((input) => input.fact) };
    derivations.set(fact.id, derivation);
  }
  return derivation;
}

/** A quoted fact's passage where it stands. */
export interface QuotedPassage {
  /** The whole paragraph, verbatim. */
  paragraph: Paragraph;
  /** The paragraph cut around the passage. */
  split: PassageSplit;
  /** The paragraph's editorial notes on words of the passage. */
  notes: EditorialNote[];
  /** The paragraph on its source's page. */
  href: string;
}

/** A quoted fact's passage inside its source paragraph; undefined for a derived fact. */
export async function getQuotedPassage(fact: Fact): Promise<QuotedPassage | undefined> {
  if (fact.paragraph === undefined || fact.passage === undefined) return undefined;
  const found = (await getGraph()).paragraph.get(paragraphKey(fact.source, fact.paragraph.id));
  const paragraph = required(found?.paragraph, `paragraph "${fact.paragraph.id}" of source "${fact.source}"`);
  const split = required(splitAtPassage(paragraph.text, fact.passage), `passage of fact "${fact.id}" in its paragraph`);
  return {
    paragraph,
    split,
    notes: notesTouching(paragraph.text, split, found?.notes ?? []),
    href: paragraphHref(fact.source, paragraph.id),
  };
}

/** Facts as structured data lists them: qualifier, permanent page and derivation kept. */
export async function datasetFacts(facts: readonly Fact[], site: URL | undefined): Promise<DatasetFact[]> {
  const absolute = (fact: Fact) => absoluteUrl(factPageHref(fact), site);
  return Promise.all(
    facts.map(async (fact) => {
      const derivation = await getDerivation(fact);
      return {
        label: fact.label,
        value: fact.value,
        unit: fact.unit,
        qualifier: fact.qualifier,
        figure: fact.figure?.text,
        url: absolute(fact),
        derivation: derivation && {
          equation: derivation.equation,
          inputs: derivation.inputs.map((input) => ({ label: input.label, url: absolute(input) })),
        },
      };
    }),
  );
}
