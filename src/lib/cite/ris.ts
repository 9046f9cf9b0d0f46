/**
 * A CSL-JSON item (csl.ts) as an RIS record, for reference managers that import `.ris` (EndNote, Zotero,
 * Mendeley): tags as the RIS specification lists them, lines ended by CR LF.
 */
import { dateParts, noteWithDate, plainTitle, type CslItem } from './csl.ts';

const TYPES: Record<CslItem['type'], string> = { 'article-newspaper': 'NEWS', document: 'GEN' };

/** One line of a record; RIS fields hold no line breaks. */
function line(tag: string, value: string): string {
  return `${tag}  - ${value.replace(/[\r\n\t ]+/g, ' ').trim()}\r\n`;
}

export function toRis(item: CslItem): string {
  const parts = dateParts(item.issued);
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  const lines = [
    line('TY', TYPES[item.type]),
    line('ID', item.id),
    line('TI', plainTitle(item)),
    line('M3', item.genre),
    // Y1, the primary date as YYYY/MM/DD/, alone: with PY beside it, citation-js keeps only the year of a NEWS record.
    ...(parts ? [line('Y1', `${parts[0]}/${pad(parts[1])}/${pad(parts[2])}/`)] : []),
    line('UR', item.URL),
    line('N1', noteWithDate(item)),
  ];
  return `${lines.join('')}ER  - \r\n`;
}
