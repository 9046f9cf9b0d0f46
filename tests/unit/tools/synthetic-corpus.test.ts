import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { contentPath } from '@/lib/content/content-dir.ts';
import { computeFormula, roundTo, type FormulaName } from '@/lib/content/derive.ts';
import { findFigure } from '@/lib/content/figures.ts';
import { splitParagraphs } from '@/lib/content/paragraphs.ts';
import {
  CORRIDOR_PLACES,
  corpusFiles,
  syntheticCorpus,
  syntheticWord,
  type SyntheticCorpus,
} from '../../../tools/synthetic-corpus.ts';
import { formatProblems, validateContent, type SiteContent } from '@/lib/content/validate.ts';
import { makeChartSchema } from '@/schemas/chart.ts';
import { makeCorridorSchema } from '@/schemas/corridor.ts';
import { makeFactSchema } from '@/schemas/fact.ts';
import { makePlaceSchema } from '@/schemas/place.ts';
import { sourceSchema } from '@/schemas/source.ts';
import { testReference } from '../../fixtures/content.ts';

/**
 * The site's own sources, places and corridors, as the build reads them, for the corpus to be checked
 * against (a place quotes the site's sources for what they say of it); each corridor's key figures
 * (facts of the real content, not part of this check) are its first two synthetic facts instead.
 */
function siteEntries(corpus: SyntheticCorpus): Pick<SiteContent, 'sources' | 'places' | 'corridors'> {
  const sourcesFolder = contentPath('sources');
  const sources = readdirSync(sourcesFolder).map((id) => {
    const text = readFileSync(join(sourcesFolder, id, 'article.txt'), 'utf8');
    const meta = parse(readFileSync(join(sourcesFolder, id, 'source.yaml'), 'utf8')) as Record<string, unknown>;
    return { id, data: sourceSchema.parse({ ...meta, text, paragraphs: splitParagraphs(text) }) };
  });
  const facts = corpus.sources.flatMap((s) => s.facts);
  const places = parse(readFileSync(contentPath('places/places.yaml'), 'utf8')) as Record<string, unknown>[];
  const folder = contentPath('corridors');
  const corridors = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? '';
      const id = name.replace(/\.mdx$/, '');
      const keyFacts = facts.filter((f) => f['corridor'] === id).map((f) => f.id);
      const data = { ...(parse(frontmatter) as Record<string, unknown>), keyFacts: keyFacts.slice(0, 2) };
      return { id, data: makeCorridorSchema(testReference).parse(data) };
    });
  return {
    sources,
    places: places.map(({ id, ...data }) => ({ id: String(id), data: makePlaceSchema(testReference).parse(data) })),
    corridors,
  };
}

/** The corpus as the content layer holds it: every entry through the real schemas, the articles split into paragraphs. */
function asContent(corpus: SyntheticCorpus): SiteContent {
  const factSchema = makeFactSchema(testReference);
  const chartSchema = makeChartSchema(testReference);
  const site = siteEntries(corpus);
  return {
    ...site,
    sources: [
      ...site.sources,
      ...corpus.sources.map((s) => ({
        id: s.id,
        data: sourceSchema.parse({ ...s.meta, text: s.article, paragraphs: splitParagraphs(s.article) }),
      })),
    ],
    facts: corpus.sources.flatMap((s) => s.facts.map(({ id, ...data }) => ({ id, data: factSchema.parse(data) }))),
    charts: corpus.charts.map(({ id, ...data }) => ({ id: String(id), data: chartSchema.parse(data) })),
  };
}

const corpus = syntheticCorpus({ sources: 12 });

describe('the synthetic corpus', () => {
  it('passes every content rule of the build, against the site’s own sources, places and corridors', () => {
    expect(formatProblems(validateContent(asContent(corpus)))).toBe('');
  });

  it('quotes each passage verbatim from its paragraph, with its figure in it', () => {
    for (const source of corpus.sources) {
      const paragraphs = new Map(splitParagraphs(source.article).map((p) => [p.id, p.text]));
      for (const fact of source.facts.filter((f) => f['passage'] !== undefined)) {
        const passage = String(fact['passage']);
        expect(paragraphs.get(String(fact['paragraph'])), fact.id).toContain(passage);
        expect(findFigure(Number(fact['value']), passage), fact.id).toBeDefined();
      }
    }
  });

  it('derives each derived value by its formula from its inputs, at its decimals', () => {
    const values = new Map(corpus.sources.flatMap((s) => s.facts.map((f) => [f.id, Number(f['value'])])));
    const derived = corpus.sources.flatMap((s) => s.facts.filter((f) => f['derivation'] !== undefined));
    expect(derived).toHaveLength(3 * corpus.sources.length);
    for (const fact of derived) {
      const { formula, inputs, decimals } = fact['derivation'] as {
        formula: FormulaName;
        inputs: Record<string, string>;
        decimals: number;
      };
      const args = Object.fromEntries(Object.entries(inputs).map(([name, id]) => [name, values.get(id) ?? NaN]));
      expect(roundTo(computeFormula(formula, args), decimals), fact.id).toBe(fact['value']);
    }
  });

  it('gives a text of ten paragraphs and about 600 words 30 facts, on the site’s corridors and places', () => {
    const known = new Map(Object.entries(CORRIDOR_PLACES).map(([c, places]) => [c, places.map((p) => p.id)]));
    for (const source of corpus.sources) {
      expect(splitParagraphs(source.article)).toHaveLength(10);
      expect(source.article.split(/\s+/).filter(Boolean).length).toBeGreaterThan(550);
      expect(source.article.split(/\s+/).filter(Boolean).length).toBeLessThan(700);
      expect(source.facts).toHaveLength(30);
      for (const fact of source.facts)
        expect(known.get(String(fact['corridor'])), fact.id).toEqual(
          expect.arrayContaining(fact['places'] as string[]),
        );
    }
    expect(corpus.charts.map((c) => c['corridor'])).toEqual(['air', 'rail', 'intermodal']);
  });

  it('says plainly that it is synthetic: in every text, title, statement and chart', () => {
    for (const source of corpus.sources) {
      expect(source.article).toMatch(/^SYNTHETIC BENCHMARK TEXT \d+, not real reporting\./);
      expect(String(source.meta['title'])).toMatch(/^Synthetic benchmark text/);
      expect(String(source.meta['kind'])).toContain('not real reporting');
      for (const fact of source.facts) expect(String(fact['statement']), fact.id).toMatch(/synthetic/i);
    }
    for (const chart of corpus.charts) expect(String(chart['caption'])).toMatch(/^SYNTHETIC, not real reporting/);
  });

  it('gives every source, fact and chart an id of its own, and every text a search word found in no other', () => {
    const big = syntheticCorpus({ sources: 300 });
    const ids = [...big.sources.flatMap((s) => [s.id, ...s.facts.map((f) => f.id)]), ...big.charts.map((c) => c['id'])];
    expect(new Set(ids).size).toBe(ids.length);
    const words = big.sources.map((s) => s.word);
    expect(new Set(words).size).toBe(words.length);
    const everything = big.sources.map((s) => s.article).join('\n');
    for (const word of [words[0], words[150], words[299]])
      expect(everything.split(word ?? '').length - 1, word).toBe(1);
    expect(syntheticWord(0)).toBe('qkakakaka');
    expect(syntheticWord(65_535)).toMatch(/^q[a-z]{8}$/);
  });

  it('is the same corpus, file for file, for the same seed, and another for another seed', () => {
    const files = corpusFiles(syntheticCorpus({ sources: 5, seed: 7 }));
    expect(corpusFiles(syntheticCorpus({ sources: 5, seed: 7 }))).toEqual(files);
    expect(corpusFiles(syntheticCorpus({ sources: 5, seed: 8 }))).not.toEqual(files);
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'sources/synthetic-0001/article.txt',
        'sources/synthetic-0001/source.yaml',
        'facts/synthetic-0001.yaml',
        'charts/synthetic.yaml',
        'corridors/rail.mdx',
      ]),
    );
    expect(files.find((f) => f.path === 'corridors/rail.mdx')?.append).toBe(true);
  });

  it('is caught by the content rules when a passage or a derived value is changed', () => {
    const broken = syntheticCorpus({ sources: 1 });
    const [source] = broken.sources;
    if (!source) throw new Error('no source');
    const quoted = source.facts.find((f) => f['passage'] !== undefined);
    const derived = source.facts.find((f) => f['derivation'] !== undefined);
    if (!quoted || !derived) throw new Error('no quoted or derived fact');
    quoted['passage'] = `${String(quoted['passage'])} and more`;
    derived['value'] = Number(derived['value']) + 1;
    const problems = validateContent(asContent(broken)).map((p) => `${p.entry} › ${p.field}`);
    expect(problems).toEqual(expect.arrayContaining([`${quoted.id} › passage`, `${derived.id} › value`]));
  });
});
