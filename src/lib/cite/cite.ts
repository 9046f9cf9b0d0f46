/**
 * A fact's ready-to-paste citations: the fact in its own words, followed by its source cited through
 * citeproc (format.ts) in the site's short and full styles (styles/corridors-*.csl).
 */
import { quoted } from '../text/format.ts';
import { paragraphLocator, type CslItem } from './csl.ts';
import { formatCitation } from './format.ts';

export interface CiteInput {
  /** The fact in clean English. */
  statement: string;
  label: string;
  siteName: string;
  /** The fact as CSL-JSON: its source, at the fact's permanent page (`factItem`). */
  item: CslItem;
  /** The source paragraphs the fact rests on, by number. */
  paragraphs: readonly number[];
  /** For a derived fact, the formula with its numbers. */
  derivation?: string | undefined;
}

/**
 * A source's title as a citation writes it: its own headline in quotation marks, `“…”`, or a
 * descriptive title of ours in square brackets, `[…]`, as citation styles do for untitled works.
 */
export function citedTitle(source: { title: string; titleIsDescriptive: boolean }): string {
  return source.titleIsDescriptive ? `[${source.title}]` : quoted(source.title);
}

/** `2,485 trains … in January–April 2023. Source: [China and Central Asia …], May 2023. https://…` */
export function shortCitation(input: CiteInput): string {
  return `${withBasis(input.statement, input.derivation !== undefined)} Source: ${formatCitation('short', input.item)}`;
}

/**
 * A fact's statement as it travels alone (a short citation, a page's description, a link's preview):
 * a derived fact says it is derived, so its figure is never read as the source's own.
 */
export function withBasis(statement: string, derived: boolean): string {
  return derived ? `${statement} Derived from the source’s figures.` : statement;
}

/** The site, the fact's label, the statement, how it was derived, then the source with its kind, date and paragraphs, and the URL. */
export function fullCitation(input: CiteInput): string {
  const derived = input.derivation ? ` Derived from the source’s figures: ${input.derivation}.` : '';
  const source = formatCitation('full', input.item, paragraphLocator(input.paragraphs));
  return `${input.siteName}, ${quoted(input.label)}. ${input.statement}${derived} Based on ${source}`;
}
