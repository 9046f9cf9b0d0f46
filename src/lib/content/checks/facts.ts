/**
 * The checks of facts: references resolve; a quoted fact's passage is verbatim in its paragraph and holds
 * its figure, qualifier and countries; a derived fact's value follows from its formula and inputs.
 */
import type { FactData } from '@/schemas/fact.ts';
import { computeFormula, describeFormula, FORMULAS, reproduces, roundTo } from '../derive.ts';
import type { Entry } from '../entry.ts';
import { findFigure, passageStatesQualifier, QUALIFIER_WORDS } from '../figures.ts';
import type { Problem } from '../validate.ts';
import { missing, type Indexed } from './refs.ts';

function checkQuotedFact(
  fact: Entry<Extract<FactData, { kind: 'quoted' }>>,
  content: Indexed,
  at: Omit<Problem, 'field' | 'message'>,
): Problem[] {
  const { data } = fact;
  const source = content.sources.get(data.source.id);
  if (source === undefined) return [];
  const paragraph = source.data.paragraphs.find((p) => p.id === data.paragraph);
  if (paragraph === undefined) {
    return [
      {
        ...at,
        field: 'paragraph',
        message: `source "${source.id}" has no paragraph "${data.paragraph}" (it has p1…p${source.data.paragraphs.length})`,
      },
    ];
  }
  if (!paragraph.text.includes(data.passage)) {
    return [
      {
        ...at,
        field: 'passage',
        message: `the passage is not verbatim in ${data.paragraph} of "${source.id}"; copy it from the article exactly`,
      },
    ];
  }
  const problems: Problem[] = [];
  // A fact lists the countries its words name, not those a reader might infer ("Central Asia"), which
  // pages would otherwise show as the fact's own.
  data.countries.forEach((country, i) => {
    if (!data.passage.includes(country))
      problems.push({
        ...at,
        field: `countries[${i}]`,
        message: `the passage does not name "${country}"; list only the countries the passage names`,
      });
  });
  if (data.value !== undefined && findFigure(data.value, data.passage) === undefined) {
    problems.push({
      ...at,
      field: 'value',
      message: `${data.value} does not appear in the passage; quote the words that hold the figure`,
    });
  }
  if (!passageStatesQualifier(data.qualifier, data.passage)) {
    const words = QUALIFIER_WORDS[data.qualifier].source.map((w) => `"${w}"`).join(' or ');
    problems.push({ ...at, field: 'qualifier', message: `"${data.qualifier}" needs the passage to say ${words}` });
  }
  return problems;
}

function checkDerivedFact(
  fact: Entry<Extract<FactData, { kind: 'derived' }>>,
  content: Indexed,
  at: Omit<Problem, 'field' | 'message'>,
): Problem[] {
  const { derivation, value } = fact.data;
  const formula = FORMULAS[derivation.formula];
  const problems: Problem[] = [];
  const values: Record<string, number> = {};
  for (const name of formula.inputs) {
    const ref = derivation.inputs[name];
    const field = `derivation.inputs.${name}`;
    if (ref === undefined) {
      problems.push({ ...at, field, message: `the formula "${derivation.formula}" needs an input named "${name}"` });
      continue;
    }
    const found = missing(ref, field, content.facts, at);
    problems.push(...found);
    const input = content.facts.get(ref.id)?.data.value;
    if (found.length === 0 && input === undefined)
      problems.push({ ...at, field, message: `fact "${ref.id}" has no value to compute with` });
    if (input !== undefined) values[name] = input;
  }
  for (const name of Object.keys(derivation.inputs)) {
    if (!(formula.inputs as readonly string[]).includes(name)) {
      problems.push({
        ...at,
        field: `derivation.inputs.${name}`,
        message: `the formula "${derivation.formula}" takes ${formula.inputs.join(' and ')}, not "${name}"`,
      });
    }
  }
  if (problems.length > 0) return problems;
  const computed = computeFormula(derivation.formula, values);
  if (!reproduces(value, computed, derivation.decimals)) {
    const shown = describeFormula(
      derivation.formula,
      Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)])),
    );
    problems.push({
      ...at,
      field: 'value',
      message: `${shown} = ${roundTo(computed, derivation.decimals)} at ${derivation.decimals} decimals, not ${value}`,
    });
  }
  return problems;
}

export function checkFact(fact: Entry<FactData>, content: Indexed): Problem[] {
  const at = { file: fact.filePath ?? 'facts', entry: fact.id };
  const { data } = fact;
  const problems: Problem[] = [...missing(data.source, 'source', content.sources, at)];
  if (data.corridor !== undefined) problems.push(...missing(data.corridor, 'corridor', content.corridors, at));
  data.places.forEach((ref, i) => problems.push(...missing(ref, `places[${i}]`, content.places, at)));
  if (data.kind === 'quoted') problems.push(...checkQuotedFact({ ...fact, data }, content, at));
  else problems.push(...checkDerivedFact({ ...fact, data }, content, at));
  return problems;
}
