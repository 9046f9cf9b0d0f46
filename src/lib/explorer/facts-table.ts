/**
 * The rows of the facts table as HTML. One function draws them for the build (the rows every page of
 * `/facts/` holds, which read and print without JavaScript) and for the explorer in the browser (the
 * rows of a filtered or sorted view), so both are the same markup by construction. Every text is
 * escaped; the only markup is this file's.
 *
 * Rows carry no id: a row's page changes as facts are added, so the address to link to is the
 * fact's own page, which its label links to.
 */
import { escapeHtml } from '../text/escape.ts';
import { kindLabel } from '../text/fact-kind.ts';
import { SUMMIT_NAME, type ExplorerData, type ExplorerFact } from './facts-explorer.ts';
import { corridorPath, factPagePath, paragraphPath, placePath, sourcePath, withBase } from '../site/links.ts';
import { paragraphMark } from '../content/paragraphs.ts';

/** The table's columns, in order. On a phone each row is a card and these label its lines (the stylesheet's). */
export const COLUMNS = [
  { key: 'fact', label: 'Fact', sortable: true },
  { key: 'figure', label: 'Figure', sortable: true },
  { key: 'period', label: 'Period', sortable: false },
  { key: 'corridor', label: 'Corridor', sortable: true },
  { key: 'places', label: 'Places', sortable: false },
  { key: 'kind', label: 'Kind', sortable: true },
  { key: 'source', label: 'Source', sortable: true },
] as const;

const NONE = '<span class="none">—</span>';

/** Where summit context lives: its section of the home page. */
export function summitPath(base: string): string {
  return `${withBase(base)}#summit`;
}

function link(href: string, text: string, attributes = ''): string {
  return `<a href="${escapeHtml(href)}"${attributes}>${escapeHtml(text)}</a>`;
}

/** One fact's row. */
export function factRowHtml(fact: ExplorerFact, data: ExplorerData, base: string): string {
  const corridor = fact.corridor === undefined ? undefined : data.corridors[fact.corridor];
  const source = data.sources[fact.source];
  const places = fact.places.flatMap((p) => {
    const place = data.places[p];
    return place ? [link(placePath(base, place.id), place.name)] : [];
  });
  const countries = fact.countries.flatMap((c) => data.countries[c] ?? []);
  const cells = [
    `<th scope="row">${link(factPagePath(base, fact.id), fact.label)}<p class="statement">${escapeHtml(fact.statement)}</p></th>`,
    `<td class="figure">${
      fact.value === undefined || fact.figure === undefined
        ? NONE
        : `<data value="${String(fact.value)}">${escapeHtml(fact.figure)}</data>`
    }</td>`,
    `<td>${fact.period === undefined ? NONE : escapeHtml(fact.period)}</td>`,
    `<td>${
      corridor
        ? link(corridorPath(base, corridor.id), corridor.name, ` class="mode" data-mode="${escapeHtml(corridor.mode)}"`)
        : link(summitPath(base), SUMMIT_NAME, ' class="mode" data-mode="context"')
    }</td>`,
    `<td>${places.length === 0 && countries.length === 0 ? NONE : places.join(', ')}${
      countries.length === 0 ? '' : `<span class="countries">${escapeHtml(countries.join(', '))}</span>`
    }</td>`,
    `<td>${kindLabel(fact.kind)}</td>`,
    `<td>${
      source
        ? `${link(sourcePath(base, source.id), source.title)}${fact.paragraphs
            .map((p) => `, ${link(paragraphPath(base, source.id, p.id), paragraphMark(p))}`)
            .join('')}`
        : NONE
    }</td>`,
  ];
  return `<tr>${cells.join('')}</tr>`;
}

/** The rows of facts `indices` (all when left out), in that order. */
export function factRowsHtml(data: ExplorerData, base: string, indices?: Iterable<number>): string {
  let html = '';
  for (const i of indices ?? data.facts.keys()) {
    const fact = data.facts[i];
    if (fact) html += factRowHtml(fact, data, base);
  }
  return html;
}
