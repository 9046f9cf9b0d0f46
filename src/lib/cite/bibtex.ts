/**
 * A CSL-JSON item (csl.ts) as a BibTeX entry, for reference managers that import `.bib`. `@misc`, as
 * the sources have no journal or outlet that `@article` would ask for; `date` for BibLaTeX beside
 * `year` and `month` for BibTeX.
 */
import { dateParts, noteWithDate, plainTitle, type CslItem } from './csl.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  // TeX's no-break space, which readers take back as one; written as it is, they read a plain space.
  '\u00a0': '~',
};

/** A value in braces with BibTeX's special characters escaped; a title's case kept by a second pair. */
function braced(value: string, keepCase = false): string {
  const escaped = value.replace(/[\\{}&%$#_~^\u00a0]/g, (c) => ESCAPES[c] ?? `\\${c}`);
  return keepCase ? `{{${escaped}}}` : `{${escaped}}`;
}

/** The entry's key: the item's id with what BibTeX does not allow in a key left out. */
function citeKey(id: string): string {
  return id.replace(/[^\w:.-]/g, '');
}

export function toBibtex(item: CslItem): string {
  const parts = dateParts(item.issued);
  const [year, month, day] = parts ?? [];
  const iso = parts?.map((n) => String(n).padStart(2, '0')).join('-');
  const fields: [string, string | undefined][] = [
    ['title', braced(plainTitle(item), true)],
    // `type`, not `howpublished`, which importers read as the publisher: the site knows of none.
    ['type', braced(item.genre)],
    ['year', year === undefined ? undefined : String(year)],
    ['month', month === undefined ? undefined : MONTHS[month - 1]],
    ['day', day === undefined ? undefined : String(day)],
    ['date', iso && `{${iso}}`],
    ['url', `{${item.URL}}`],
    ['note', braced(noteWithDate(item))],
  ];
  const body = fields.flatMap(([name, value]) => (value === undefined ? [] : [`  ${name} = ${value}`])).join(',\n');
  return `@misc{${citeKey(item.id)},\n${body}\n}\n`;
}
