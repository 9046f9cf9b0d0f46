import { describe, expect, it } from 'vitest';
import { cslDate, factItem, paragraphLocator, sourceItem } from '@/lib/cite/csl.ts';
import { citationMeta } from '@/lib/cite/meta.ts';

const SOURCE = {
  id: 'article',
  title: 'Two ports',
  titleIsDescriptive: true,
  kind: 'news article (apparently machine-translated)',
  written: 'After April and before 18 May.',
  citeDate: 'May 2023',
  description: 'A news report. Its headline and outlet are not given.',
};
const SOURCE_URL = 'https://example.org/sources/article/';

describe('CSL-JSON items', () => {
  it('reads a citation date as far as it goes, and keeps any other wording as words', () => {
    expect(cslDate('2023')).toEqual({ 'date-parts': [[2023]] });
    expect(cslDate('May 2023')).toEqual({ 'date-parts': [[2023, 5]] });
    expect(cslDate('18 May 2023')).toEqual({ 'date-parts': [[2023, 5, 18]] });
    expect(cslDate('Spring 2023')).toEqual({ literal: 'Spring 2023' });
  });

  it('describes a source with what the site knows and no author or outlet', () => {
    const item = sourceItem(SOURCE, SOURCE_URL);
    expect(item).toEqual({
      id: 'article',
      type: 'article-newspaper',
      title: '[<span class="nocase">Two ports</span>]',
      genre: 'news article',
      issued: { 'date-parts': [[2023, 5]] },
      URL: SOURCE_URL,
      note: 'A news report. Its headline and outlet are not given. Kind: news article (apparently machine-translated). Written after April and before 18 May.',
    });
    expect(item).not.toHaveProperty('author');
    expect(item).not.toHaveProperty('container-title');
    expect(sourceItem({ ...SOURCE, titleIsDescriptive: false, kind: 'press release' }, SOURCE_URL)).toMatchObject({
      type: 'document',
      title: 'Two ports',
    });
  });

  it('names the kind without our remark on it, which the note keeps, and marks an inferred date uncertain', () => {
    const item = sourceItem({ ...SOURCE, citeDateInferred: 'The date is inferred.' }, SOURCE_URL);
    expect(item.genre).toBe('news article');
    expect(item.note).toContain('(apparently machine-translated)');
    expect(item.issued).toEqual({ 'date-parts': [[2023, 5]], circa: true });
    expect(sourceItem(SOURCE, SOURCE_URL).issued).not.toHaveProperty('circa');
  });

  it('cites a fact as its source, at the fact’s page, naming its paragraphs', () => {
    const source = sourceItem(SOURCE, SOURCE_URL);
    const fact = { id: 'trains', statement: '2,485 trains.', paragraphs: [5, 6], derived: true };
    const item = factItem(source, fact, 'https://example.org/facts/trains/', SOURCE);
    expect(item).toMatchObject({
      id: 'trains',
      title: source.title,
      issued: source.issued,
      URL: 'https://example.org/facts/trains/',
    });
    expect(item.note).toBe(
      'Cited for paragraphs 5, 6: 2,485 trains. Derived from the source’s figures. Written after April and before 18 May.',
    );
    expect(paragraphLocator([5])).toEqual({ label: 'paragraph', locator: '5' });
  });

  it('gives reference managers the title, date and address, and leaves out a date it does not know', () => {
    const item = sourceItem(SOURCE, SOURCE_URL);
    const meta = Object.fromEntries(citationMeta(item, { fullText: true }).map((m) => [m.name, m.content]));
    expect(meta).toEqual({
      citation_title: '[Two ports]',
      citation_publication_date: '2023/05',
      citation_public_url: SOURCE_URL,
      citation_fulltext_html_url: SOURCE_URL,
      'DC.title': '[Two ports]',
      'DC.date': '2023-05',
      'DC.identifier': SOURCE_URL,
      'DC.type': 'Text',
    });
    const undated = citationMeta(sourceItem({ ...SOURCE, citeDate: 'Spring 2023' }, SOURCE_URL), { fullText: false });
    expect(undated.map((m) => m.name)).not.toContain('citation_publication_date');
    expect(undated.map((m) => m.name)).not.toContain('citation_author');
  });
});
