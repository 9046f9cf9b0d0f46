import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '@/lib/content/paragraphs.ts';

describe('splitParagraphs', () => {
  it('numbers the blocks between blank lines from p1', () => {
    expect(splitParagraphs('One.\n\n\n\nTwo.\r\n\r\nThree.')).toEqual([
      { id: 'p1', n: 1, text: 'One.' },
      { id: 'p2', n: 2, text: 'Two.' },
      { id: 'p3', n: 3, text: 'Three.' },
    ]);
  });

  it('keeps line breaks inside a paragraph and ignores blank lines made of spaces', () => {
    expect(splitParagraphs('a\nb\n  \nc').map((p) => p.text)).toEqual(['a\nb', 'c']);
  });

  it('keeps the text of each paragraph verbatim', () => {
    const text = 'He said: "We have used it"  twice.\n\nNext.';
    expect(splitParagraphs(text)[0]?.text).toBe('He said: "We have used it"  twice.');
  });
});
