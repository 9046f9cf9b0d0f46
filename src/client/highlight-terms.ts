/**
 * On a page opened from a search result (`?highlight=…`), marks the terms in
 * the main content with the CSS Custom Highlight API, which leaves the DOM
 * untouched, then drops the parameter so a link copied from the address bar
 * stays clean. The browser has already scrolled to the #fragment.
 */
import { findTerms, termPattern } from '@/lib/highlight';
import { HIGHLIGHT_PARAM } from '@/lib/search-results';

export function highlightFromUrl(): void {
  const url = new URL(location.href);
  const query = url.searchParams.get(HIGHLIGHT_PARAM) ?? '';
  url.searchParams.delete(HIGHLIGHT_PARAM);
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);

  const pattern = termPattern(query);
  const main = document.querySelector('main');
  if (!pattern || !main || !('highlights' in CSS)) return;
  const ranges: Range[] = [];
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
  CSS.highlights.set('search-terms', new Highlight(...ranges));
  document.documentElement.dataset['highlighted'] = String(ranges.length);
}
