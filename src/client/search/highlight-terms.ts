/**
 * On a page opened from a search result (`?highlight=…`), marks the terms in
 * the main content with the CSS Custom Highlight API, which leaves the DOM
 * untouched, then drops the parameter so a link copied from the address bar
 * stays clean. The browser has already scrolled to the #fragment.
 */
import { findTerms, termPattern } from '@/lib/search/highlight.ts';
import { boundedQuery, HIGHLIGHT_PARAM } from '@/lib/search/search-results.ts';

/** Ranges of the terms in the page's main content, outside scripts, styles and screen-reader labels. */
function termRanges(pattern: RegExp): Range[] {
  const main = document.querySelector('main');
  const ranges: Range[] = [];
  if (!main) return ranges;
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('script, style, .sr-only') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (const [start, end] of findTerms(node.textContent ?? '', pattern)) {
      const range = new Range();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  return ranges;
}

export function highlightFromUrl(): void {
  const url = new URL(location.href);
  // Bounded as a search is: any address may carry a parameter, and 6,000 characters of distinct
  // words made a pattern that held the page for seconds (issue 19).
  const query = boundedQuery(url.searchParams.get(HIGHLIGHT_PARAM) ?? '');
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);

  const pattern = termPattern(query);
  const ranges = pattern && 'highlights' in CSS ? termRanges(pattern) : [];
  if (ranges.length > 0) CSS.highlights.set('search-terms', new Highlight(...ranges));
  // Set even when nothing was marked: it says the page is done with the address.
  document.documentElement.dataset['highlighted'] = String(ranges.length);
}
