import { describe, expect, it } from 'vitest';
import { findTerms, markTerms, termPattern } from '@/lib/search/highlight.ts';

function marked(text: string, query: string): string[] {
  const pattern = termPattern(query);
  return pattern ? findTerms(text, pattern).map(([a, b]) => text.slice(a, b)) : [];
}

describe('highlighting searched terms', () => {
  it('finds each word at the start of a word, in any case', () => {
    expect(marked('Khorgos handled trains; the Khorgos railway port', 'khorgos TRAIN')).toEqual([
      'Khorgos',
      'trains',
      'Khorgos',
    ]);
  });

  it('finds digits with or without thousands separators', () => {
    expect(marked('2,485 trains and 2485 more, not 12485', '2485')).toEqual(['2,485', '2485']);
  });

  it('keeps decimals, percent signs and hyphens', () => {
    expect(marked('up 12.82% year on year; Nur-Sultan', '12.82% nur-sultan')).toEqual(['12.82%', 'Nur-Sultan']);
  });

  it('ignores one-letter words and empty queries', () => {
    expect(termPattern('a')).toBeUndefined();
    expect(termPattern('   ')).toBeUndefined();
  });
});

describe('markTerms', () => {
  it('wraps the terms in <mark> and escapes the rest', () => {
    expect(markTerms('Khorgos <b> handled 2,485 trains', 'khorgos 2485')).toBe(
      '<mark>Khorgos</mark> &lt;b&gt; handled <mark>2,485</mark> trains',
    );
  });

  it('escapes a text with no terms', () => {
    expect(markTerms('a < b', '')).toBe('a &lt; b');
  });
});
