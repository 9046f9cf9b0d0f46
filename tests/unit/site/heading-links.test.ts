import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingLinks } from '@/integrations/rehype-heading-links.ts';
import { anchoredHeading, headingElement } from '@/lib/site/heading-anchor.ts';

function runPlugin(tree: Root): Root {
  rehypeHeadingLinks()(tree);
  return tree;
}

describe('heading anchor links', () => {
  it('puts the link beside the heading, with a hidden label that search ignores', () => {
    expect(toHtml(anchoredHeading(headingElement(2, 'khorgos', 'Khorgos')))).toMatchInlineSnapshot(
      `"<div class="heading-wrapper level-h2"><h2 id="khorgos">Khorgos</h2><a class="anchor-link" href="#khorgos" data-pagefind-ignore=""><span aria-hidden="true" class="anchor-icon">#</span><span class="sr-only">Section titled “Khorgos”</span></a></div>"`,
    );
  });

  it('gives Markdown headings the same markup as the component', () => {
    const tree: Root = { type: 'root', children: [headingElement(3, 'faster-border-checks', 'Faster border checks')] };
    expect(toHtml(runPlugin(tree))).toBe(
      toHtml(anchoredHeading(headingElement(3, 'faster-border-checks', 'Faster border checks'))),
    );
  });

  it('leaves h1, h5 and headings without an id alone', () => {
    const h1 = { ...headingElement(2, 'x', 'Title'), tagName: 'h1' };
    const bare = { ...headingElement(2, 'y', 'No id'), properties: {} };
    const tree: Root = { type: 'root', children: [h1, bare] };
    expect(toHtml(runPlugin(tree))).toBe('<h1 id="x">Title</h1><h2>No id</h2>');
  });
});
