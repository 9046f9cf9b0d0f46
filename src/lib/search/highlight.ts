import { escapeHtml, escapeRegExp } from '../text/escape.ts';

/**
 * The pattern that finds a reader's search terms in a page's text: each word
 * at the start of a word, any case, with numbers matched with or without
 * thousands separators ("2485" finds "2,485").
 */
export function termPattern(query: string): RegExp | undefined {
  const words = query
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{N}.%-]/gu, ''))
    .filter((word) => word.length >= 2 || /^\d$/.test(word));
  if (words.length === 0) return undefined;
  const parts = [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => {
      // A number stands alone ("2485" not in "24850"); a word takes the rest of its word ("train" marks "trains").
      if (/^\d+$/.test(word)) return `${word.split('').join(',?')}(?![\\p{N}])`;
      return `${escapeRegExp(word)}[\\p{L}\\p{N}]*`;
    });
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})`, 'giu');
}

/** Where the terms occur in a text, as [start, end) offsets. */
export function findTerms(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}

/** The text as HTML with the query's terms in <mark>, everything else escaped. */
export function markTerms(text: string, query: string): string {
  const pattern = termPattern(query);
  if (!pattern) return escapeHtml(text);
  let html = '';
  let last = 0;
  for (const [start, end] of findTerms(text, pattern)) {
    html += `${escapeHtml(text.slice(last, start))}<mark>${escapeHtml(text.slice(start, end))}</mark>`;
    last = end;
  }
  return html + escapeHtml(text.slice(last));
}
