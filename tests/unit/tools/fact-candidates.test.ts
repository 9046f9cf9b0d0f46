import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '@/lib/content/paragraphs.ts';
import { candidatesYaml, findCandidates, findFigures, splitSentences } from '../../../tools/fact-candidates.ts';
import { readAuthoredFacts } from '../../../tools/site.ts';

const ARTICLE = readFileSync('src/content/sources/xian-summit-corridors/article.txt', 'utf8');
const PLACES = [
  { id: 'xian', names: ['Xi’an', 'Xian', "Xi'an"] },
  { id: 'alashankou', names: ['Alashankou', 'Alataw Pass'] },
  { id: 'khorgos', names: ['Khorgos', 'Khorgas', 'Horgos'] },
  { id: 'urumqi', names: ['Ürümqi', 'Urumqi'] },
  { id: 'lianyungang', names: ['Lianyungang'] },
];

/** value, unit and qualifier of each figure found, as `more than 80 %`. */
const said = (sentence: string) =>
  findFigures(sentence).map(({ value, unit, qualifier }) =>
    [qualifier === 'exact' ? '' : qualifier, value, unit].filter((part) => part !== '').join(' '),
  );

describe('candidate facts in our article', () => {
  const candidates = findCandidates(ARTICLE, PLACES);

  it('finds every figure of every quoted fact the site holds, in the paragraph that fact cites', () => {
    const quoted = readAuthoredFacts().filter(
      (fact) => fact.kind === 'quoted' && fact.value !== undefined && fact.source === 'xian-summit-corridors',
    );
    expect(quoted.length).toBeGreaterThan(10);
    for (const fact of quoted) {
      const found = candidates.find((c) => c.paragraph === fact.paragraph && c.figure.value === fact.value);
      expect(found, `${fact.id}: ${fact.value} in ${fact.paragraph}`).toBeDefined();
      // The fact's passage is words of the candidate's sentence: cutting the sentence down gives it.
      expect(found?.passage, fact.id).toContain(fact.passage);
    }
  });

  it('finds each with its unit and qualifier, and nothing that is not a figure', () => {
    expect(candidates.map((c) => `${c.paragraph} ${said(c.figure.text).join()}`)).toEqual([
      'p2 2 routes',
      'p3 5 countries',
      'p5 2129 trains',
      'p5 12.82 %',
      'p5 2485 trains',
      'p5 14.8 %',
      'p8 about 2200 tons',
      'p8 more-than 80 %',
      'p10 nearly 10 years',
      'p10 more-than 4 days',
      'p10 less-than 1 days',
    ]);
  });

  it('gives each the sentence that states it, verbatim from its paragraph, and the places it names', () => {
    const paragraphs = new Map(splitParagraphs(ARTICLE).map((p) => [p.id, p.text]));
    for (const { paragraph, passage } of candidates) expect(paragraphs.get(paragraph)).toContain(passage);
    const alashankou = candidates.find((c) => c.figure.value === 2129);
    expect(alashankou?.passage).toMatch(
      /^Among them, 2129 trains .* up 14\.8% year on year, .* increasingly prominent\.$/,
    );
    expect(alashankou?.places).toEqual(['alashankou', 'khorgos']);
    const transit = candidates.find((c) => c.figure.value === 4);
    expect(transit?.passage).toBe(
      'The transit time of international containers in Lianyungang has also been shortened from more than 4 days to less than 1 day.',
    );
    expect(transit?.places).toEqual(['lianyungang']);
    // The finder reads "Xi'an" with a straight apostrophe as Xi’an.
    expect(candidates.find((c) => c.figure.value === 5)?.places).toEqual(['xian']);
  });
});

describe('figures in sentences', () => {
  it.each([
    ['a year, alone or as a date', 'In 2023, the port handled more trains than in 2022.', []],
    ['a year before a subject with a unit in it', 'In 2022 the port’s trains ran late.', []],
    ['a date and ordinals', 'From May 18th to 19th, the summit will be held; it opens on 18 May.', []],
    ['a paragraph or section number', 'As paragraph 5 and section 12 say, see ¶7 and No. 3.', []],
    ['a period', 'In the first four months of this year and the past 10 years, trains grew.', []],
    ['counts in words only of something named', 'Zero waiting, one of many, and five of them.', []],
    ['grouped digits and decimals', 'It moved 1,234,567 tons and 12.5% more.', ['1234567 tons', '12.5 %']],
    ['a scale', 'About 1.5 million TEU passed.', ['about 1.5 million TEU']],
    [
      'qualifiers',
      'Over 300 trains, almost 40 routes and under 2 hours.',
      ['more-than 300 trains', 'nearly 40 routes', 'less-than 2 hours'],
    ],
    ['a year as a count of something', '2023 trains left, and 2099 containers.', ['2023 trains', '2099 containers']],
    ['a range, as both its ends', 'Trains took 10–15 days, up 3-5%.', ['10 days', '15 days', '3 %', '5 %']],
    ['a percentage in words', 'Up 14.8 percent on a year earlier.', ['14.8 %']],
  ])('%s', (_name, sentence, figures) => {
    expect(said(sentence)).toEqual(figures);
  });

  it('names the range a figure is an end of', () => {
    expect(findFigures('Trains took 10–15 days.').map((f) => f.range)).toEqual(['10–15 days', '10–15 days']);
  });
});

describe('sentences', () => {
  it('cuts after a full stop, not after an abbreviation or inside a number', () => {
    expect(
      splitSentences(
        'Azi, Deputy General Manager of Lianyungang China Kazakhstan International Logistics Co., Ltd.: Since then, it is 12.82% more. Trade grew, etc. The time fell. "It works," he said.',
      ),
    ).toEqual([
      'Azi, Deputy General Manager of Lianyungang China Kazakhstan International Logistics Co., Ltd.: Since then, it is 12.82% more.',
      'Trade grew, etc.',
      'The time fell.',
      '"It works," he said.',
    ]);
  });
});

describe('the candidates file', () => {
  const candidates = findCandidates(ARTICLE, PLACES);
  const text = candidatesYaml(
    'xian-summit-corridors',
    'src/content/sources/xian-summit-corridors/article.txt',
    candidates,
    ['air', 'rail'],
  );

  it('is a YAML list of entries in the facts files’ shape, the passage read back verbatim', () => {
    const entries = parseYaml(text) as Record<string, unknown>[];
    expect(entries).toHaveLength(candidates.length);
    expect(entries[6]).toEqual({
      id: '',
      statement: '',
      label: '',
      corridor: '',
      period: '',
      value: 2200,
      unit: 'tons',
      qualifier: 'about',
      places: ['lianyungang'],
      source: 'xian-summit-corridors',
      paragraph: 'p8',
      passage: candidates[6]?.passage,
    });
    expect(entries.map((e) => e['passage'])).toEqual(candidates.map((c) => c.passage));
  });

  it('says what it is and what to do with an entry, and what each entry found', () => {
    expect(text).toMatch(
      /^# Candidate facts: every figure src\/content\/sources\/xian-summit-corridors\/article\.txt states/,
    );
    expect(text).toContain('Never published and never read by the build');
    expect(text).toContain('# 8. p8: “More than 80%”');
    expect(text).toContain('corridor (air, rail; or delete it)');
  });

  it('says so when a source states no figure', () => {
    expect(parseYaml(candidatesYaml('x', 'x.txt', [], []))).toEqual([]);
    expect(candidatesYaml('x', 'x.txt', [], [])).toContain('No sentence of this source states a figure.');
  });
});
