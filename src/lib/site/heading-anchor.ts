import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { quoted } from '../text/format.ts';

/**
 * The one markup of a linkable heading, shared by the Markdown path (the
 * rehype plugin) and the component path (`AnchorHeading.astro`):
 *
 *   <div class="heading-wrapper level-h2">
 *     <h2 id="khorgos">Khorgos</h2>
 *     <a class="anchor-link" href="#khorgos" data-pagefind-ignore>
 *       <span aria-hidden="true">#</span><span class="sr-only">Section titled “Khorgos”</span>
 *     </a>
 *   </div>
 *
 * The link sits beside the heading, not inside it, so the heading's text
 * stays clean for the table of contents, search excerpts and screen readers.
 */
export function anchoredHeading(heading: Element): Element {
  const id = String(heading.properties['id'] ?? '');
  const label = toString(heading).trim();
  return {
    type: 'element',
    tagName: 'div',
    properties: { className: ['heading-wrapper', `level-${heading.tagName}`] },
    children: [
      heading,
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['anchor-link'], href: `#${id}`, dataPagefindIgnore: '' },
        children: [
          {
            type: 'element',
            tagName: 'span',
            properties: { ariaHidden: 'true', className: ['anchor-icon'] },
            children: [{ type: 'text', value: '#' }],
          },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['sr-only'] },
            children: [{ type: 'text', value: `Section titled ${quoted(label)}` }],
          },
        ],
      },
    ],
  };
}

/** A heading element with an id and plain-text content, as components write them. */
export function headingElement(level: 1 | 2 | 3 | 4, id: string, text: string): Element {
  const children: ElementContent[] = [{ type: 'text', value: text }];
  return { type: 'element', tagName: `h${level}`, properties: { id }, children };
}
