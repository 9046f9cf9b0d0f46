import { describe, expect, it } from 'vitest';
import { citedTitle, fullCitation, shortCitation, type CiteInput } from '@/lib/cite/cite.ts';
import { factItem, sourceItem } from '@/lib/cite/csl.ts';
import { parseContent, rawContent } from '../../fixtures/content.ts';

const TITLE = 'China and Central Asia ahead of the Xi’an summit — air, rail and sea links';
const URL = 'https://example.org/facts/rail-khorgos-growth/';
const SOURCE = {
  id: 'article',
  title: TITLE,
  titleIsDescriptive: true,
  kind: 'news article',
  written: 'In May.',
  citeDate: 'May 2023',
  description: 'A news report.',
};

function citeInput(source: typeof SOURCE, paragraphs: number[], derivation?: string): CiteInput {
  const fact = {
    id: 'rail-khorgos-growth',
    statement: 'Trains through Khorgos rose 14.8%.',
    paragraphs,
    derived: !!derivation,
  };
  return {
    statement: fact.statement,
    label: 'Khorgos, growth on a year earlier',
    siteName: 'Corridors',
    item: factItem(sourceItem(source, 'https://example.org/sources/article/'), fact, URL, source),
    paragraphs,
    derivation,
  };
}

const input = citeInput(SOURCE, [5]);
const withHeadline = citeInput({ ...SOURCE, titleIsDescriptive: false }, [5]);

describe('citations', { timeout: 20_000 }, () => {
  it('sets a descriptive title of ours in square brackets, and cites the fact’s page and paragraph', () => {
    expect(shortCitation(input)).toBe(`Trains through Khorgos rose 14.8%. Source: [${TITLE}], May 2023. ${URL}`);
    expect(fullCitation(input)).toBe(
      `Corridors, “Khorgos, growth on a year earlier”. Trains through Khorgos rose 14.8%. Based on [${TITLE}], news article, May 2023, paragraph 5. ${URL}`,
    );
  });

  it('gives a source’s own headline as it is, without brackets', () => {
    expect(shortCitation(withHeadline)).toContain(`Source: ${TITLE}, May 2023.`);
    expect(fullCitation(withHeadline)).toContain(`Based on ${TITLE}, news article, May 2023, paragraph 5.`);
  });

  it('turns the double quotation marks of a quoted label or headline single, never nesting double ones', () => {
    const golden = fullCitation({ ...withHeadline, label: 'An Asia–Europe “golden channel”' });
    expect(golden).toContain('Corridors, “An Asia–Europe ‘golden channel’”.');
    expect(citedTitle({ title: 'The “New Silk Road”', titleIsDescriptive: false })).toBe('“The ‘New Silk Road’”');
  });

  it('says a derived fact is derived in its short citation, so its figure is not read as the source’s', () => {
    expect(shortCitation(citeInput(SOURCE, [5], '2,485 ÷ (1 + 14.8 ÷ 100) ≈ 2,165'))).toBe(
      `Trains through Khorgos rose 14.8%. Derived from the source’s figures. Source: [${TITLE}], May 2023. ${URL}`,
    );
  });

  it('gives the formula of a derived fact and every paragraph it rests on', () => {
    expect(fullCitation(citeInput(SOURCE, [5, 6], '2,485 ÷ (1 + 14.8 ÷ 100) ≈ 2,165'))).toBe(
      `Corridors, “Khorgos, growth on a year earlier”. Trains through Khorgos rose 14.8%. Derived from the source’s figures: 2,485 ÷ (1 + 14.8 ÷ 100) ≈ 2,165. Based on [${TITLE}], news article, May 2023, paragraphs 5, 6. ${URL}`,
    );
  });

  it('takes a source’s title as its headline unless the source marks it descriptive', () => {
    const raw = rawContent();
    const article = raw.sources.article;
    if (!article) throw new Error('fixture source missing');
    const plain = parseContent(raw).sources[0]?.data;
    if (!plain) throw new Error('fixture source missing');
    expect(citedTitle(plain)).toBe('“Test article”');
    article.titleIsDescriptive = true;
    const descriptive = parseContent(raw).sources[0]?.data;
    if (!descriptive) throw new Error('fixture source missing');
    expect(citedTitle(descriptive)).toBe('[Test article]');
  });
});
