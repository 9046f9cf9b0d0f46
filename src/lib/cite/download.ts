/**
 * A CSL-JSON item as a file a reference manager imports, by format, with the media type each is known
 * by: CSL-JSON (an array of items, as citeproc and Zotero read it), BibTeX and RIS.
 */
import { toBibtex } from './bibtex.ts';
import type { CslItem } from './csl.ts';
import { toRis } from './ris.ts';

export const CITATION_FILES = {
  'csl.json': {
    type: 'application/vnd.citationstyles.csl+json',
    write: (item: CslItem) => `${JSON.stringify([item], null, 2)}\n`,
  },
  bib: { type: 'application/x-bibtex', write: toBibtex },
  ris: { type: 'application/x-research-info-systems', write: toRis },
} as const;

export type CitationFormat = keyof typeof CITATION_FILES;
export const CITATION_FORMATS = Object.keys(CITATION_FILES) as CitationFormat[];

/** The text of the file of `item` in `format`. */
export function citationFile(item: CslItem, format: CitationFormat): string {
  return CITATION_FILES[format].write(item);
}

/** The file of `item` in `format`, as a response with its type (under `astro dev`: src/data/file-bundles.ts). */
export function citationResponse(item: CslItem, format: CitationFormat): Response {
  return new Response(citationFile(item, format), {
    headers: { 'content-type': `${CITATION_FILES[format].type}; charset=utf-8` },
  });
}

/**
 * The `_headers` rules (Netlify, Cloudflare Pages) that send each citation file with its type, which
 * hosts do not know from `.bib` and `.ris` (`:kind` and `:id` are placeholders both read).
 */
export function citationHeaderRules(root: string): [path: string, headers: Record<string, string>][] {
  return CITATION_FORMATS.map((format) => [
    `${root}:kind/:id/citation.${format}`,
    { 'Content-Type': `${CITATION_FILES[format].type}; charset=utf-8` },
  ]);
}
