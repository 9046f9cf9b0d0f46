import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { listContentPages, readPage } from '../../tools/site.ts';

const dist = inject('distDir');
const pages = listContentPages(dist);
const stylesheet = (link: HTMLElement) => readFileSync(join(dist, link.getAttribute('href') ?? ''), 'utf8');

describe('print styles', () => {
  it.each(pages)(
    '%s links the print rules as a print-only stylesheet, and none of the screen’s stylesheets holds any',
    (path) => {
      const page = readPage(dist, path);
      const [print, ...more] = page.querySelectorAll('link[rel="stylesheet"][media="print"]');
      expect(print).toBeDefined();
      expect(more).toEqual([]);
      if (print) expect(stylesheet(print)).toMatch(/^@layer print\s*\{\s*@media print\s*\{/);
      const screen = page.querySelectorAll('link[rel="stylesheet"]:not([media="print"])');
      expect(screen.length).toBeGreaterThan(0);
      for (const link of screen)
        expect(stylesheet(link), link.getAttribute('href') ?? '').not.toMatch(/@media print\b/);
    },
  );
});
