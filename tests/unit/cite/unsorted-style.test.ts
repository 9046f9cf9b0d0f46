import { readFileSync } from 'node:fs';
import CSL from 'citeproc';
import { describe, expect, it } from 'vitest';
import { factItem, sourceItem, type CslItem } from '@/lib/cite/csl.ts';
import { formatUncached } from '@/lib/cite/format.ts';
import { unsortedStyle } from '@/lib/cite/unsorted-style.ts';

const styles = new URL('../../../src/lib/cite/styles/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, styles), 'utf8');
const STYLES = { apa: read('apa.csl'), chicago: read('chicago-notes-bibliography.csl') };
const locale = read('locales-en-US.xml');

/** Citeproc given a style as shipped, sort keys and all, formatting each item alone (as format.ts does). */
function withSort(style: string) {
  let current: CslItem | undefined;
  const engine = new CSL.Engine(
    { retrieveLocale: () => locale, retrieveItem: () => structuredClone(current) },
    style,
    'en-US',
    true,
  );
  engine.setOutputFormat('text');
  return (item: CslItem, locator?: { label: string; locator: string }) => {
    current = item;
    engine.updateItems([item.id]);
    const citation = engine.makeCitationCluster([{ id: item.id, ...locator }]).trim();
    const bibliography = engine.makeBibliography();
    return { citation, reference: bibliography ? bibliography[1][0]?.trim() : undefined };
  };
}

const SOURCE = {
  id: 'bulletin',
  title: 'Rates and tariffs at the port',
  titleIsDescriptive: false,
  kind: 'news article',
  written: 'On 18 May.',
  citeDate: '18 May 2023',
  description: 'A bulletin.',
};

describe('citation styles without their sort keys', { timeout: 60_000 }, () => {
  it('keeps everything of a style but its sort keys', () => {
    for (const style of Object.values(STYLES)) {
      expect(style).toContain('<sort>');
      const unsorted = unsortedStyle(style);
      expect(unsorted).not.toMatch(/<sort\b|<\/sort>|<key\b/);
      // Every other element stays, in its order.
      const elements = (text: string) => text.match(/<(?!\/?(?:sort|key)\b)[^>]*>/g) ?? [];
      expect(elements(unsorted)).toEqual(elements(style));
    }
  });

  it('gives the same citations and references as the styles with their sort keys', () => {
    const source = sourceItem(SOURCE, 'https://example.org/sources/bulletin/');
    const undated = sourceItem(
      { ...SOURCE, titleIsDescriptive: true, citeDate: 'Spring 2023' },
      'https://example.org/sources/b/',
    );
    const fact = factItem(
      source,
      { id: 'port-tariffs', statement: 'Tariffs fell by half.', paragraphs: [3, 4], derived: false },
      'https://example.org/facts/port-tariffs/',
      SOURCE,
    );
    for (const style of ['apa', 'chicago'] as const) {
      const sorted = withSort(STYLES[style]);
      for (const item of [source, undated, fact]) {
        for (const locator of [undefined, { label: 'paragraph', locator: '3, 4' }]) {
          const label = `${style} ${item.id} ${locator?.locator}`;
          expect(formatUncached(style, item, locator), label).toEqual(sorted(item, locator));
        }
      }
    }
  });
});
