/** Ready-to-paste citations of a fact, short and full. */

export interface CiteInput {
  /** The fact in clean English. */
  statement: string;
  label: string;
  /** The fact's permanent URL. */
  url: string;
  siteName: string;
  source: { title: string; kind: string; date: string };
  /** The source paragraphs the fact rests on, by number. */
  paragraphs: readonly number[];
  /** For a derived fact, the formula with its numbers. */
  derivation?: string | undefined;
}

function paragraphText(paragraphs: readonly number[]): string {
  if (paragraphs.length === 0) return '';
  return paragraphs.length === 1 ? `paragraph ${paragraphs[0]}` : `paragraphs ${paragraphs.join(', ')}`;
}

/** `2,485 trains … in January–April 2023. Source: “…”, May 2023. https://…` */
export function shortCitation(input: CiteInput): string {
  return `${input.statement} Source: “${input.source.title}”, ${input.source.date}. ${input.url}`;
}

/** The site, the fact's label, the statement, how it was derived, the source with its date and paragraph, and the URL. */
export function fullCitation(input: CiteInput): string {
  const derived = input.derivation ? ` Derived from the source’s figures: ${input.derivation}.` : '';
  const where = paragraphText(input.paragraphs);
  return `${input.siteName}, “${input.label}”. ${input.statement}${derived} Based on “${input.source.title}”, ${input.source.kind}, ${input.source.date}${where ? `, ${where}` : ''}. ${input.url}`;
}
