/**
 * The one place citations are formatted: a CSL-JSON item (csl.ts) through citeproc-js and a CSL style
 * shipped in ./styles (the CSL project's APA and Chicago, and the site's own short and full forms), at
 * build time; the pages carry the text. Nothing here writes a citation by hand.
 */
import CSL from 'citeproc';
import apa from './styles/apa.csl?raw';
import chicago from './styles/chicago-notes-bibliography.csl?raw';
import full from './styles/corridors-full.csl?raw';
import short from './styles/corridors-short.csl?raw';
import locale from './styles/locales-en-US.xml?raw';
import type { CslItem } from './csl.ts';
import { templateStore } from './template-store.ts';
import { unsortedStyle } from './unsorted-style.ts';

const STYLES = { apa, chicago, short, full };
export type CiteStyle = keyof typeof STYLES;

/** Where in the item the citation points, e.g. `{ label: 'paragraph', locator: '5' }`. */
export interface Locator {
  label: string;
  locator: string;
}

interface Processor {
  engine: InstanceType<typeof CSL.Engine>;
  items: Map<string, CslItem>;
}

const processors = new Map<CiteStyle, Processor>();

/** An engine per style for the whole build: reading a style is the costly part. */
function processor(style: CiteStyle): Processor {
  let found = processors.get(style);
  if (found === undefined) {
    const items = new Map<string, CslItem>();
    const engine = new CSL.Engine(
      {
        retrieveLocale: () => locale,
        // citeproc may annotate what it is given; it gets a copy.
        retrieveItem: (id) => structuredClone(items.get(id)),
      },
      unsortedStyle(STYLES[style]),
      'en-US',
      true,
    );
    engine.setOutputFormat('text');
    found = { engine, items };
    processors.set(style, found);
  }
  return found;
}

/** Formats `item` in `style` through citeproc, with the item registered alone. */
function direct(style: CiteStyle, item: CslItem, locator: Locator | undefined, form: 'citation' | 'reference'): string {
  const { engine, items } = processor(style);
  items.clear();
  items.set(item.id, item);
  engine.updateItems([item.id]);
  if (form === 'citation') return engine.makeCitationCluster([{ id: item.id, ...locator }]).trim();
  const bibliography = engine.makeBibliography();
  const entry = bibliography ? bibliography[1][0] : undefined;
  if (entry === undefined) throw new Error(`The ${style} style gave no reference for "${item.id}"`);
  return entry.trim();
}

/*
 * citeproc is slow for a site of 90,000 facts each cited in several forms (docs/benchmarks.md, 'Figures
 * behind the code'). The facts of one source differ only in their address and paragraphs, so citeproc
 * formats each source once per style and form with an address and paragraph numbers that stand in for
 * any (the slots below), and each fact's citation is that text with its own filled in. A text holding a
 * slot twice, or paragraphs other than a list of numbers, is formatted directly instead. The templates
 * are kept between builds (template-store.ts).
 */
const URL_SLOT = 'https://citation.invalid/8f3a1c/';
const ONE_SLOT = '918273';
const MANY_SLOT = '918273, 918274';
const NUMBERS = /^\d+(?:, \d+)*$/;
const templates = templateStore([CSL.PROCESSOR_VERSION, ...Object.values(STYLES), locale]);

/** Whether `part` occurs in `text` no more than once (an in-text citation prints no address). */
function atMostOnce(text: string, part: string): boolean {
  const at = text.indexOf(part);
  return at < 0 || text.indexOf(part, at + 1) < 0;
}

function formatted(
  style: CiteStyle,
  item: CslItem,
  locator: Locator | undefined,
  form: 'citation' | 'reference',
): string {
  if (locator !== undefined && !NUMBERS.test(locator.locator)) return direct(style, item, locator, form);
  const slot = locator && { label: locator.label, locator: locator.locator.includes(',') ? MANY_SLOT : ONE_SLOT };
  // What the styles print of the item, but for the address the slot stands for (a note is printed by none).
  const key = JSON.stringify([style, form, { ...item, id: '', URL: '', note: '' }, slot]);
  let template = templates.get(key);
  if (template === undefined) {
    const text = direct(style, { ...item, id: 'template', URL: URL_SLOT }, slot, form);
    const fits = atMostOnce(text, URL_SLOT) && (slot === undefined || atMostOnce(text, slot.locator));
    template = fits ? text : null;
    templates.set(key, template);
  }
  if (template === null) return direct(style, item, locator, form);
  const withUrl = template.replace(URL_SLOT, () => item.URL);
  return slot && locator ? withUrl.replace(slot.locator, () => locator.locator) : withUrl;
}

/**
 * A citation of `item` as the style writes it in the running text or a note: `([Title], 2023, para. 5)`
 * in APA, a full note in Chicago, the site's short and full forms.
 */
export function formatCitation(style: CiteStyle, item: CslItem, locator?: Locator): string {
  return formatted(style, item, locator, 'citation');
}

/** The entry for `item` in the style's list of references (bibliography). */
export function formatReference(style: Exclude<CiteStyle, 'short' | 'full'>, item: CslItem): string {
  return formatted(style, item, undefined, 'reference');
}

/** The same, formatted by citeproc for this item alone, bypassing the templates: what tests compare against. */
export function formatUncached(
  style: CiteStyle,
  item: CslItem,
  locator?: Locator,
): { citation: string; reference: string | undefined } {
  return {
    citation: direct(style, item, locator, 'citation'),
    reference: style === 'apa' || style === 'chicago' ? direct(style, item, undefined, 'reference') : undefined,
  };
}
