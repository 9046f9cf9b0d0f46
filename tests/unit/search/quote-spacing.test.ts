import { describe, expect, it } from 'vitest';
import { spaceQuotes, spaceQuotesInRecord, unspaceQuotes } from '@/lib/search/quote-spacing.ts';

const TEXTS = [
  'Editorial note: “catalogue word is qkakabyby”: A made-up word, unique to this text.',
  '“Synthetic benchmark text 256” ¶1',
  'He said “the trains run” and «les trains roulent».',
  '“One.” “Two,” she wrote; “three”',
  "Xi’an and Xi'an, the port’s “dry port”.",
  'A German quote „so“ stays as it is.',
  '',
];

describe('spaceQuotes', () => {
  it('puts a space between a quotation mark and the word it opens or closes', () => {
    expect(spaceQuotes(TEXTS[0] ?? '')).toBe(
      'Editorial note: “ catalogue word is qkakabyby ”: A made-up word, unique to this text.',
    );
    expect(spaceQuotes('He said “the trains run” and «les trains roulent».')).toBe(
      'He said “ the trains run ” and « les trains roulent ».',
    );
    expect(spaceQuotes('“One.” “Two,” she wrote')).toBe('“ One. ” “ Two, ” she wrote');
  });

  it('leaves apostrophes and marks that neither open nor close a quotation here', () => {
    expect(spaceQuotes("Xi’an and Xi'an, the port’s")).toBe("Xi’an and Xi'an, the port’s");
    expect(spaceQuotes('A German quote „so“ stays')).toBe('A German quote „so“ stays');
  });
});

describe('unspaceQuotes', () => {
  it('gives back the text as it was written', () => {
    for (const text of TEXTS) expect(unspaceQuotes(spaceQuotes(text))).toBe(text);
  });

  it('takes the spaces out of an excerpt’s HTML, around the marked terms', () => {
    expect(unspaceQuotes('note: “ <mark>catalogue</mark> word is <mark>qkakabyby</mark> ”: A made-up')).toBe(
      'note: “<mark>catalogue</mark> word is <mark>qkakabyby</mark>”: A made-up',
    );
  });
});

describe('spaceQuotesInRecord', () => {
  it('spaces the marks in a record’s paragraphs only, not in its headings or their display', () => {
    const record =
      '<h2 id="p1" data-pagefind-title="{&quot;title&quot;:&quot;“Trains” ¶1&quot;}">“Trains”</h2>' +
      '<p data-pagefind-weight="0.5">Editorial note: “entered and exited”: both directions.</p><p>“A” and “B”</p>';
    expect(spaceQuotesInRecord(record)).toBe(
      '<h2 id="p1" data-pagefind-title="{&quot;title&quot;:&quot;“Trains” ¶1&quot;}">“Trains”</h2>' +
        '<p data-pagefind-weight="0.5">Editorial note: “ entered and exited ”: both directions.</p><p>“ A ” and “ B ”</p>',
    );
  });
});
