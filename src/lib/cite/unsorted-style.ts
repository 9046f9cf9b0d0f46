/**
 * A CSL style as the citation engine is given it: without its `<sort>` elements. Each citation is made
 * with one item registered (format.ts), so there is never an order to make and a sort cannot change a
 * word of it; but citeproc expands every macro a sort key names into tokens of their own when it reads
 * the style, which for APA and Chicago is most of what an engine holds, for the whole build
 * (docs/benchmarks.md, 'What is held per page').
 */
export function unsortedStyle(style: string): string {
  return style.replace(/<sort\b[^>]*>[\s\S]*?<\/sort>/g, '');
}
