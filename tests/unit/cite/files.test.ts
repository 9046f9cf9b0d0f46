import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { toBibtex } from '@/lib/cite/bibtex.ts';
import { sourceItem } from '@/lib/cite/csl.ts';
import { formatCitation, formatReference, formatUncached } from '@/lib/cite/format.ts';
import { toRis } from '@/lib/cite/ris.ts';

const SOURCE = {
  id: 'bulletin',
  title: 'Rates & tariffs: 50% off_{now} at #1 port ~ \\ ^\u00a0— $5',
  titleIsDescriptive: false,
  kind: 'news article',
  written: 'On 18 May.',
  citeDate: '18 May 2023',
  description: 'A bulletin.',
};
const URL = 'https://example.org/sources/bulletin/';

describe('citation files', () => {
  it('escapes what BibTeX reads as commands, so a reader gets the title back as written', () => {
    const item = sourceItem(SOURCE, URL);
    const [read] = new Cite(toBibtex(item)).data;
    expect(read).toMatchObject({ title: SOURCE.title, URL, issued: { 'date-parts': [[2023, 5, 18]] } });
    expect(read).not.toHaveProperty('publisher');
  });

  it('writes RIS a reader takes back to the same title, date and address', () => {
    const [read] = new Cite(toRis(sourceItem(SOURCE, URL))).data;
    expect(read).toMatchObject({
      type: 'article-newspaper',
      title: SOURCE.title,
      URL,
      issued: { 'date-parts': [[2023, 5, 18]] },
    });
  });

  it('keeps a date in words in the note, where neither format has a field for it', () => {
    const item = sourceItem({ ...SOURCE, citeDate: 'Spring 2023' }, URL);
    expect(toBibtex(item)).toContain('note = {A bulletin. Written on 18 May. Date: Spring 2023.}');
    expect(toBibtex(item)).not.toContain('year =');
    expect(toRis(item)).toContain('N1  - A bulletin. Written on 18 May. Date: Spring 2023.\r\n');
  });
});

describe('formatting through citeproc', { timeout: 30_000 }, () => {
  it('gives each fact of a source the text citeproc gives that fact alone, whatever its address and paragraphs', () => {
    const items = [
      sourceItem(SOURCE, URL),
      sourceItem({ ...SOURCE, titleIsDescriptive: true, citeDate: 'Spring 2023' }, URL),
    ];
    for (const source of items) {
      for (const [i, paragraphs] of ['12', '1, 2, 10'].entries()) {
        const item = { ...source, id: `fact-${i}`, URL: `https://example.org/facts/fact-${i}/` };
        const locator = { label: 'paragraph', locator: paragraphs };
        for (const style of ['apa', 'chicago', 'short', 'full'] as const) {
          expect(formatCitation(style, item, locator), `${style} ${paragraphs}`).toBe(
            formatUncached(style, item, locator).citation,
          );
        }
        expect(formatReference('apa', item)).toBe(formatUncached('apa', item).reference);
        expect(formatReference('chicago', item)).toBe(formatUncached('chicago', item).reference);
      }
    }
  });
});
