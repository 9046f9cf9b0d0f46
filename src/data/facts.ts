/**
 * What pages ask of a fact beyond the graph's node: its derivation worked out, its citations, its quoted
 * passage where it stands, whether its card names its source, and facts as structured data lists them.
 */
import { fullCitation, shortCitation } from '@/lib/content/cite.ts';
import { computeFormula, describeFormula, type FORMULAS } from '@/lib/content/derive.ts';
import { paragraphKey } from '@/lib/content/graph.ts';
import { notesTouching, splitAtPassage, type PassageSplit } from '@/lib/content/passage.ts';
import { absoluteUrl } from '@/lib/site/links.ts';
import type { DatasetFact } from '@/lib/site/structured-data.ts';
import { figureParts } from '@/lib/text/format.ts';
import { siteConfig } from '@/site.config.ts';
import { getGraph, getSource, required, type Fact } from './content.ts';
import { factPageHref, paragraphHref } from './links.ts';
import { getParagraphIndex, type EditorialNote, type Paragraph } from './sources.ts';

let sourcesByPage: Promise<Map<string, ReadonlySet<string>>> | undefined;

/**
 * Whether a fact card's "Source ¶n" must name its source: when the page holding the card shows facts
 * of more than one source, "Source" alone would not say which. Worked out once per build, per page.
 */
export async function cardNamesSource(fact: Fact): Promise<boolean> {
  sourcesByPage ??= getGraph().then(
    (graph) => new Map([...graph.shownOn].map(([page, facts]) => [page, new Set(facts.map((f) => f.source))])),
  );
  return ((await sourcesByPage).get(fact.card ?? '')?.size ?? 1) > 1;
}
export function isDerived(fact: Fact): boolean {
  return fact.kind === 'derived';
}

/** The fact's figure in clean English, or undefined for a fact without a number. */
export function factFigure(fact: Fact): string | undefined {
  return fact.figure?.text;
}
export interface Derivation {
  /** The formula with each input's number: "2,129 ÷ (1 + 12.82 ÷ 100)". */
  expression: string;
  /** The input facts, to link to. */
  inputs: Fact[];
  /** The formula's name, e.g. `prior-from-growth`. */
  formula: keyof typeof FORMULAS;
  /** The unrounded result. */
  computed: number;
  /** Whether the stated value is the result itself rather than a rounding of it. */
  exact: boolean;
  /** The result as shown, at the fact's decimals: "1,887". */
  result: string;
  /** "2,129 ÷ (1 + 12.82 ÷ 100) ≈ 1,887". */
  equation: string;
}

export async function getDerivation(fact: Fact): Promise<Derivation | undefined> {
  if (fact.derivation === undefined) return undefined;
  const graph = await getGraph();
  const formula = fact.derivation.formula as keyof typeof FORMULAS;
  const entries = fact.derivation.inputs.map(
    ({ name, id }) => [name, required(graph.fact.get(id), `fact "${id}"`)] as const,
  );
  const shown = Object.fromEntries(entries.map(([name, input]) => [name, input.figure?.number ?? '?']));
  const values = Object.fromEntries(entries.map(([name, input]) => [name, input.value ?? Number.NaN]));
  const computed = computeFormula(formula, values);
  const exact = computed === fact.value;
  const expression = describeFormula(formula, shown);
  const result = figureParts(fact.value ?? Number.NaN, '', 'exact', fact.decimals).number;
  return {
    expression,
    inputs: entries.map(([, input]) => input),
    formula,
    computed,
    exact,
    result,
    equation: `${expression} ${exact ? '=' : '≈'} ${result}`,
  };
}

/** A fact's permanent address and its ready-to-paste citations. */
export interface Citations {
  url: string;
  short: string;
  full: string;
}

/** How a fact is cited, on its card and on its page alike: the one place a citation is composed. */
export async function getCitations(fact: Fact, site: URL | undefined): Promise<Citations> {
  const source = await getSource(fact.source);
  const derivation = await getDerivation(fact);
  const input = {
    statement: fact.statement,
    label: fact.label,
    url: absoluteUrl(factPageHref(fact), site),
    siteName: siteConfig.title,
    source: {
      title: source.data.title,
      titleIsDescriptive: source.data.titleIsDescriptive,
      kind: source.data.kind,
      date: source.data.citeDate,
    },
    paragraphs: fact.paragraphs.map((p) => p.n),
    derivation: derivation?.equation,
  };
  return { url: input.url, short: shortCitation(input), full: fullCitation(input) };
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
  const found = (await getParagraphIndex()).get(paragraphKey(fact.source, fact.paragraph.id));
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
