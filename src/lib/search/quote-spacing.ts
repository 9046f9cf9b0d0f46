/**
 * Pagefind reads a curly quotation mark against a word as part of it, and indexes the word so
 * written beside the word itself: `qkakabyby”` as well as `qkakabyby`, `“catalogue` as well as
 * `catalogue`. Each is one more word in the index, never searched for (a query for the word finds the
 * word itself), and the last word of every quotation is a word of its own (in the benchmarks'
 * synthetic corpus, whose made-up words end quotations, most of the index chunks a query's first
 * letters fetched: docs/benchmarks.md, 'Search at 3,000 sources').
 * The records' paragraphs are indexed (search-index.ts) with a space between an opening mark and
 * the word after it, and between a word and the closing mark after it (Pagefind indexes a mark alone
 * as nothing), and results take those spaces out of what they show. Only where a mark opens or closes a quotation:
 * `“` after a space or at the start, `”` and `»` before a space, punctuation or the end, `«` as `“`.
 * A record's text written with a space inside its quotation marks (French style, `« mot »`) shows
 * without it in an excerpt; the site's sources have no such text, and pages are not spaced at all.
 */

const OPENING = /(^|\s)([“«])(?=\S)/gu;
const CLOSING = /(\S)([”»])(?=$|[\s.,;:!?)])/gu;
const OPENED = /(^|\s)([“«]) (?=\S)/gu;
const CLOSED = /(\S) ([”»])(?=$|[\s.,;:!?)])/gu;

/** Text as the records give it to Pagefind: quotation marks apart from the words they enclose. */
export function spaceQuotes(text: string): string {
  return text.replace(OPENING, '$1$2 ').replace(CLOSING, '$1 $2');
}

/** Text, or an excerpt's HTML, as results show it: the spaces `spaceQuotes` put in taken out. */
export function unspaceQuotes(text: string): string {
  return text.replace(OPENED, '$1$2').replace(CLOSED, '$1$2');
}

const PARAGRAPH = /(<p\b[^>]*>)([^<]*)(<\/p>)/g;

/**
 * A search record's HTML (src/lib/search/search-records.ts) as the index step hands it to Pagefind:
 * the text of its paragraphs, where the words are, spaced (`spaceQuotes`); its headings and the
 * display on them as they are.
 */
export function spaceQuotesInRecord(html: string): string {
  return html.replace(PARAGRAPH, (_, open: string, text: string, close: string) => open + spaceQuotes(text) + close);
}
