import { describe, expect, it } from 'vitest';
import { citedTitle, fullCitation, shortCitation, type CiteInput } from '@/lib/cite/cite.ts';
import { parseContent, rawContent } from '../../fixtures/content.ts';

const TITLE = 'China and Central Asia ahead of the Xi’an summit — air, rail and sea links';

const input: CiteInput = {
  statement: 'Trains through Khorgos rose 14.8% on the same months of 2022.',
  label: 'Khorgos, growth on a year earlier',
  url: 'https://example.org/corridors/rail/#rail-khorgos-growth',
  siteName: 'Corridors',
  source: { title: TITLE, titleIsDescriptive: true, kind: 'news article', date: 'May 2023' },
  paragraphs: [5],
};

const withHeadline: CiteInput = { ...input, source: { ...input.source, titleIsDescriptive: false } };

describe('citations', () => {
  it('sets a descriptive title of ours in square brackets, never in quotation marks', () => {
    expect(shortCitation(input)).toBe(
      'Trains through Khorgos rose 14.8% on the same months of 2022. Source: [China and Central Asia ahead of the Xi’an summit — air, rail and sea links], May 2023. https://example.org/corridors/rail/#rail-khorgos-growth',
    );
    expect(fullCitation(input)).toBe(
      'Corridors, “Khorgos, growth on a year earlier”. Trains through Khorgos rose 14.8% on the same months of 2022. Based on [China and Central Asia ahead of the Xi’an summit — air, rail and sea links], news article, May 2023, paragraph 5. https://example.org/corridors/rail/#rail-khorgos-growth',
    );
  });

  it('quotes a source’s own headline', () => {
    expect(shortCitation(withHeadline)).toContain(`Source: “${TITLE}”, May 2023.`);
    expect(fullCitation(withHeadline)).toContain(`Based on “${TITLE}”, news article, May 2023, paragraph 5.`);
  });

  it('turns the double quotation marks of a quoted label or headline single, never nesting double ones', () => {
    const golden = fullCitation({ ...withHeadline, label: 'An Asia–Europe “golden channel”' });
    expect(golden).toContain('Corridors, “An Asia–Europe ‘golden channel’”.');
    expect(citedTitle({ title: 'The “New Silk Road”', titleIsDescriptive: false })).toBe('“The ‘New Silk Road’”');
  });

  it('says a derived fact is derived in its short citation, so its figure is not read as the source’s', () => {
    expect(shortCitation({ ...input, derivation: '2,485 ÷ (1 + 14.8 ÷ 100) ≈ 2,165' })).toBe(
      'Trains through Khorgos rose 14.8% on the same months of 2022. Derived from the source’s figures. Source: [China and Central Asia ahead of the Xi’an summit — air, rail and sea links], May 2023. https://example.org/corridors/rail/#rail-khorgos-growth',
    );
  });

  it('gives the formula of a derived fact and every paragraph it rests on', () => {
    expect(fullCitation({ ...input, paragraphs: [5, 6], derivation: '2,485 ÷ (1 + 14.8 ÷ 100) ≈ 2,165' })).toBe(
      'Corridors, “Khorgos, growth on a year earlier”. Trains through Khorgos rose 14.8% on the same months of 2022. Derived from the source’s figures: 2,485 ÷ (1 + 14.8 ÷ 100) ≈ 2,165. Based on [China and Central Asia ahead of the Xi’an summit — air, rail and sea links], news article, May 2023, paragraphs 5, 6. https://example.org/corridors/rail/#rail-khorgos-growth',
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
