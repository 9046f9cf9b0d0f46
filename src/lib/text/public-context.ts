/**
 * The one wording for years as public context. The article gives no year (it says “this year” and
 * “year on year”), so every year the site writes is public context, and whatever travels without the
 * page's footer (a social card and its alt text, a meta description, an embed's credit) labels the years
 * it shows itself: `2022 and 2023: public context`.
 */
import { inWords } from './format.ts';

const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * The years the texts give, sorted, each once; a year whose own sentence already calls it public context
 * (“It gives no year; the year, 2023, is public context.”) is left out, so no text labels it twice.
 */
export function yearsIn(...texts: (string | undefined)[]): string[] {
  const sentences = texts.flatMap((text) => (text === undefined ? [] : text.split(/(?<=[.!?])\s+/)));
  const years = sentences.filter((s) => !/public context/i.test(s)).flatMap((s) => s.match(YEAR) ?? []);
  return [...new Set(years)].sort();
}

/** The text a reader gets of an HTML fragment, scripts and styles left out, tags as spaces, for `yearsIn`. */
export function htmlText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ');
}

/** `2022 and 2023: public context` for the years the texts give unlabelled (`yearsIn`); undefined for none. */
export function yearsNote(...texts: (string | undefined)[]): string | undefined {
  const years = yearsIn(...texts);
  return years.length === 0 ? undefined : `${inWords(years)}: public context`;
}

/** A text with its unlabelled years labelled after it, as a sentence: `… in January–April 2023. 2023: public context.` */
export function withYearsNote(text: string): string {
  const note = yearsNote(text);
  return note === undefined ? text : `${text} ${note}.`;
}
