/**
 * CSV as RFC 4180 writes it, for every CSV the site publishes (`/data/facts.csv`, `/charts/<id>.csv`):
 * written by csv-stringify, not by joining strings, so quoting is never ours to get wrong. A header
 * row, CRLF after every record (the last included), and a field quoted only when it holds a comma, a
 * quote (doubled inside) or a line break. The string is served as UTF-8, without a byte-order mark.
 */
import { stringify } from 'csv-stringify/sync';

/** A cell: text, a number, or nothing (an empty field). */
export type CsvCell = string | number | null;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return stringify([header, ...rows], {
    record_delimiter: 'windows',
    // csv-stringify stops quoting fields with a lone CR or LF once `record_delimiter` is set; RFC 4180
    // quotes any line break, and a reader that splits on either would otherwise see two records.
    quote_record_delimiter: true,
    eof: true,
  });
}
