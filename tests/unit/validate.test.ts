import { describe, expect, it } from 'vitest';
import { findDuplicateIds, formatProblems, validateContent } from '@/lib/validate';
import { ARTICLE, BROKEN, parseContent, rawContent } from '../fixtures/content';

function problemsOf(change: (raw: ReturnType<typeof rawContent>) => void, article = ARTICLE) {
  const raw = rawContent();
  change(raw);
  return validateContent(parseContent(raw, article));
}

describe('validateContent', () => {
  it('accepts the valid fixture', () => {
    expect(validateContent(parseContent(rawContent()))).toEqual([]);
  });

  it.each(Object.entries(BROKEN))('rejects %s', (_rule, change) => {
    expect(problemsOf(change).length).toBeGreaterThan(0);
  });

  it('names the file, entry and field of a passage that is not verbatim', () => {
    expect(formatProblems(problemsOf(BROKEN['a passage that is not verbatim in its paragraph']))).toMatchInlineSnapshot(
      `"src/content/facts/rail.yaml › trains › passage: the passage is not verbatim in p2 of "article"; copy it from the article exactly"`,
    );
  });

  it('says which figure is missing from the passage', () => {
    expect(formatProblems(problemsOf(BROKEN['a figure missing from its passage']))).toMatchInlineSnapshot(`
      "src/content/facts/rail.yaml › trains › value: 2130 does not appear in the passage; quote the words that hold the figure
      src/content/facts/rail.yaml › prior › value: 2130 ÷ (1 + 12.82 ÷ 100) = 1888 at 0 decimals, not 1887"
    `);
  });

  it('lists the known ids when a reference is missing', () => {
    expect(formatProblems(problemsOf(BROKEN['a reference to a missing entry']))).toMatchInlineSnapshot(
      `"src/content/facts/rail.yaml › trains › places[0]: no places entry has the id "khorgos"; known ids: alashankou"`,
    );
  });

  it('rejects a latitude beyond the pole', () => {
    expect(formatProblems(problemsOf(BROKEN['coordinates out of range']))).toMatchInlineSnapshot(
      `"src/content/places/places.yaml › alashankou › coordinates.lat: latitude 95.2 is outside −90…90"`,
    );
  });

  it('shows the formula and its result when a derived value is wrong', () => {
    expect(
      formatProblems(problemsOf(BROKEN['a derived fact whose formula does not reproduce its value'])),
    ).toMatchInlineSnapshot(
      `"src/content/facts/rail.yaml › prior › value: 2129 ÷ (1 + 12.82 ÷ 100) = 1887 at 0 decimals, not 1900"`,
    );
  });

  it('rejects a qualifier that the passage does not state', () => {
    expect(formatProblems(problemsOf(BROKEN['a qualifier the passage does not state']))).toMatchInlineSnapshot(
      `"src/content/facts/rail.yaml › growth › qualifier: "about" needs the passage to say "approximately" or "about" or "around" or "some""`,
    );
  });

  it('rejects a key figure that is not a fact of the corridor', () => {
    expect(
      formatProblems(problemsOf(BROKEN['a key figure from another corridor or without a number'])),
    ).toMatchInlineSnapshot(
      `"src/content/corridors/rail.mdx › rail › keyFacts[1]: no facts entry has the id "missing-fact"; known ids: countries, growth, prior, trains, transit-before"`,
    );
  });

  it('refuses a source whose text no longer matches its checksum', () => {
    const problems = problemsOf(() => {}, ARTICLE.replace('2129', '2130'));
    expect(problems.map((p) => p.field)).toContain('sha256');
  });

  it('finds a figure written as a word ("all five")', () => {
    const raw = rawContent();
    (raw.facts['countries'] as Record<string, unknown>)['value'] = 6;
    expect(validateContent(parseContent(raw)).map((p) => p.entry)).toEqual(['countries']);
  });

  it('rejects a derived fact whose formula lacks an input', () => {
    const problems = problemsOf((raw) => {
      (raw.facts['prior'] as Record<string, unknown>)['derivation'] = {
        formula: 'prior-from-growth',
        inputs: { current: 'trains' },
      };
    });
    expect(problems).toEqual([expect.objectContaining({ entry: 'prior', field: 'derivation.inputs.growth' })]);
  });
});

describe('the fact schema', () => {
  it('fills in the kind and defaults, so code never checks for missing values', () => {
    const { facts } = parseContent(rawContent());
    const byId = new Map(facts.map((f) => [f.id, f.data]));
    expect(byId.get('trains')).toMatchObject({
      kind: 'quoted',
      qualifier: 'exact',
      places: [{ collection: 'places', id: 'alashankou' }],
    });
    expect(byId.get('prior')?.kind).toBe('derived');
  });

  it('refuses a quoted fact without its passage', () => {
    const raw = rawContent();
    delete (raw.facts['trains'] as Record<string, unknown>)['passage'];
    expect(() => parseContent(raw)).toThrow(/passage/);
  });
});

describe('findDuplicateIds', () => {
  it('names both files when two entries share an id', () => {
    const problems = findDuplicateIds([
      { file: 'src/content/facts/air.yaml', ids: ['a', 'b'] },
      { file: 'src/content/facts/rail.yaml', ids: ['c', 'a'] },
    ]);
    expect(formatProblems(problems)).toMatchInlineSnapshot(
      `"src/content/facts/rail.yaml › a › id: the id "a" is already used in src/content/facts/air.yaml; give this entry another id"`,
    );
  });

  it('accepts unique ids', () => {
    expect(findDuplicateIds([{ file: 'x.yaml', ids: ['a', 'b'] }])).toEqual([]);
  });
});

describe('chart rules', () => {
  it('asks for one fact per category', () => {
    expect(formatProblems(problemsOf(BROKEN['a chart with a fact missing for a category']))).toMatchInlineSnapshot(`
      "src/content/charts/charts.yaml › trains-chart › series[0].facts: has 1 facts for 2 categories; give one fact per category, in category order
      src/content/charts/charts.yaml › trains-chart › series[1].facts: has 1 facts for 2 categories; give one fact per category, in category order
      src/content/charts/charts.yaml › trains-chart › tableColumns[0].facts: has 1 facts for 2 categories; give one fact per category, in category order"
    `);
  });

  it('refuses a chart that mixes units', () => {
    expect(formatProblems(problemsOf(BROKEN['a chart that plots two units']))).toMatchInlineSnapshot(
      `"src/content/charts/charts.yaml › trains-chart › series: plots values in different units (trains, %); one chart, one unit"`,
    );
  });

  it('refuses a timeline step about a place its fact does not name', () => {
    expect(formatProblems(problemsOf(BROKEN['a chart step about a place its fact does not name'])))
      .toMatchInlineSnapshot(`
      "src/content/charts/charts.yaml › steps › steps[0].fact: fact "trains" has no period to label the step with
      src/content/charts/charts.yaml › steps › steps[1].fact: fact "growth" has no period to label the step with
      src/content/charts/charts.yaml › steps › steps[1].places[0]: fact "growth" is not about place "alashankou""
    `);
  });
});
