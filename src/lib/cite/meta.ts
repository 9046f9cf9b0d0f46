/**
 * The `<meta>` tags Zotero, Mendeley and Google Scholar read on a page (Highwire Press `citation_*` tags,
 * and Dublin Core), made from the page's CSL-JSON item (csl.ts): only what the item holds, so no author,
 * outlet or date the site does not know.
 */
import { dateParts, plainTitle, type CslItem } from './csl.ts';

export interface MetaTag {
  name: string;
  content: string;
}

export interface MetaOptions {
  /** Whether the page holds the source's full text (a source's page). */
  fullText: boolean;
  /** The page of the source the item rests on, when it is not the page itself (a fact's page). */
  sourceUrl?: string | undefined;
}

export function citationMeta(item: CslItem, options: MetaOptions): MetaTag[] {
  const parts = dateParts(item.issued);
  const pad = (n: number) => String(n).padStart(2, '0');
  const tags: [string, string | undefined][] = [
    ['citation_title', plainTitle(item)],
    // Google Scholar's form is 2023/05/18; as much of it as the date has.
    ['citation_publication_date', parts?.map(pad).join('/')],
    ['citation_public_url', item.URL],
    ['citation_fulltext_html_url', options.fullText ? item.URL : undefined],
    ['DC.title', plainTitle(item)],
    ['DC.date', parts?.map(pad).join('-')],
    ['DC.identifier', item.URL],
    ['DC.type', 'Text'],
    ['DC.source', options.sourceUrl],
  ];
  return tags.flatMap(([name, content]) => (content === undefined ? [] : [{ name, content }]));
}
