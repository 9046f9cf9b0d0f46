import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import { anchoredHeading } from '@/lib/site/heading-anchor.ts';

const LINKED = new Set(['h2', 'h3', 'h4']);

/**
 * Gives every h2–h4 with an id a sibling anchor link (see `anchoredHeading`).
 * Runs after Astro's `rehypeHeadingIds`, which sets the ids.
 */
export function rehypeHeadingLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!LINKED.has(node.tagName) || parent === undefined || index === undefined) return;
      if (typeof node.properties['id'] !== 'string') return;
      parent.children[index] = anchoredHeading(node);
      return [SKIP, index + 1];
    });
  };
}
