/** Ready-to-paste citations of a fact, short and full. */
import { quoted } from '../text/format.ts';

/** What a citation needs of its source. */
export interface CitedSource {
  title: string;
  /** The title is ours, describing the source, not its own headline. */
  titleIsDescriptive: boolean;
  kind: string;
  date: string;
}

export interface CiteInput {
  /** The fact in clean English. */
  statement: string;
  label: string;
  /** The fact's permanent URL. */
  url: string;
  siteName: string;
  source: CitedSource;
  /** The source paragraphs the fact rests on, by number. */
  paragraphs: readonly number[];
  /** For a derived fact, the formula with its numbers. */
  derivation?: string | undefined;
}

/**
 * A source's title as a citation writes it: its own headline in quotation marks, `“…”`, or a
 * descriptive title of ours in square brackets, `[…]`, as citation styles do for untitled works.
 */
export function citedTitle(source: Pick<CitedSource, 'title' | 'titleIsDescriptive'>): string {
  return source.titleIsDescriptive ? `[${source.title}]` : quoted(source.title);
}

function paragraphText(paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return '';
  return paragraphs.length === 1 ? `paragraph ${paragraphs[0]}` : `paragraphs ${paragraphs.join(', ')}`;
}

/** `2,485 trains … in January–April 2023. Source: [China and Central Asia …], May 2023. https://…` */
export function shortCitation(input: CiteInput): string {
  return `${withBasis(input.statement, input.derivation !== undefined)} Source: ${citedTitle(input.source)}, ${input.source.date}. ${input.url}`;
}

/**
 * A fact's statement as it travels alone (a short citation, a page's description, a link's preview):
 * a derived fact says it is derived, so its figure is never read as the source's own.
 */
export function withBasis(statement: string, derived: boolean): string {
  return derived ? `${statement} Derived from the source’s figures.` : statement;
}

/** The site, the fact's label, the statement, how it was derived, the source with its date and paragraph, and the URL. */
export function fullCitation(input: CiteInput): string {
  const derived = input.derivation ? ` Derived from the source’s figures: ${input.derivation}.` : '';
  const where = paragraphText(input.paragraphs);
  return `${input.siteName}, ${quoted(input.label)}. ${input.statement}${derived} Based on ${citedTitle(input.source)}, ${input.source.kind}, ${input.source.date}${where ? `, ${where}` : ''}. ${input.url}`;
}
