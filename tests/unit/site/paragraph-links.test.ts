import { describe, expect, it } from 'vitest';
import { paragraphLinks } from '@/lib/site/paragraph-links.ts';

const paragraphs = [
  { id: 'p5', n: 5 },
  { id: 'p6', n: 6 },
];

describe('paragraphLinks', () => {
  it('marks each paragraph ¶n, linked to its anchor on the source page', () => {
    expect(paragraphLinks('/sub/', 'article', paragraphs)).toEqual([
      { href: '/sub/sources/article/#p5', text: '¶5' },
      { href: '/sub/sources/article/#p6', text: '¶6' },
    ]);
  });

  it('leads the first link with the source’s name when the page needs it', () => {
    expect(paragraphLinks('/', 'article', paragraphs, { lead: 'Source' }).map((l) => l.text)).toEqual([
      'Source ¶5',
      '¶6',
    ]);
  });

  it('spells the word out inside a sentence', () => {
    expect(paragraphLinks('/', 'article', paragraphs, { spelled: true })[0]?.text).toBe('paragraph 5');
  });

  it('links to just the fragment from the source’s own page', () => {
    expect(paragraphLinks('/', 'article', paragraphs, { from: '/sources/article/' })[0]?.href).toBe('#p5');
  });
});
