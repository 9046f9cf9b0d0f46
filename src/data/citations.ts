/**
 * How facts and sources are cited, on their cards and pages alike: each as a CSL-JSON item (src/lib/cite/csl.ts),
 * formatted by citeproc (src/lib/cite/format.ts), offered as downloads (citationPath) and as the meta
 * reference managers read. The one place a page's citations are composed.
 */
import { fullCitation, shortCitation } from '@/lib/cite/cite.ts';
import { factItem, paragraphLocator, sourceItem, type CslItem } from '@/lib/cite/csl.ts';
import { formatCitation, formatReference } from '@/lib/cite/format.ts';
import { CITATION_FORMATS, type CitationFormat } from '@/lib/cite/download.ts';
import { citationMeta, type MetaTag } from '@/lib/cite/meta.ts';
import { absoluteUrl, citationPath, sourcePath } from '@/lib/site/links.ts';
import { factSentence } from '@/lib/text/format.ts';
import { siteConfig } from '@/site.config.ts';
import { getSource, type Fact, type Source } from './content.ts';
import { getDerivation } from './facts.ts';
import { factPageHref } from './links.ts';

/** A citation's downloads, by format: where each is and what a link to it says. */
export interface CitationDownload {
  format: CitationFormat;
  name: string;
  href: string;
  /** The file name to save it as, e.g. `rail-khorgos-trains.ris`. */
  file: string;
}

const FORMAT_NAMES: Record<CitationFormat, string> = { 'csl.json': 'CSL-JSON', bib: 'BibTeX', ris: 'RIS' };

function downloads(kind: 'facts' | 'sources', id: string): CitationDownload[] {
  return CITATION_FORMATS.map((format) => ({
    format,
    name: FORMAT_NAMES[format],
    href: citationPath(import.meta.env.BASE_URL, kind, id, format),
    file: `${id}.${format}`,
  }));
}

/** A source as CSL-JSON, at its page on this site. */
export function sourceCslItem(source: Source, site: URL | undefined): CslItem {
  return sourceItem(
    { id: source.id, ...source.data },
    absoluteUrl(sourcePath(import.meta.env.BASE_URL, source.id), site),
  );
}

/** A fact as CSL-JSON: its source, at the fact's permanent page, noting its paragraphs. */
export async function factCslItem(fact: Fact, site: URL | undefined): Promise<CslItem> {
  const source = await getSource(fact.source);
  const paragraphs = fact.paragraphs.map((p) => p.n);
  const derived = (await getDerivation(fact)) !== undefined;
  return factItem(
    sourceCslItem(source, site),
    { id: fact.id, statement: factSentence(fact), paragraphs, derived },
    absoluteUrl(factPageHref(fact), site),
    source.data,
  );
}

/** A fact's permanent address and its ready-to-paste citations. */
export interface Citations {
  url: string;
  short: string;
  full: string;
}

/** A fact's short and full citations, as its card and its page show them. */
export async function getCitations(fact: Fact, site: URL | undefined): Promise<Citations> {
  const item = await factCslItem(fact, site);
  const derivation = await getDerivation(fact);
  const input = {
    statement: factSentence(fact),
    label: fact.label,
    siteName: siteConfig.title,
    item,
    paragraphs: fact.paragraphs.map((p) => p.n),
    derivation: derivation?.equation,
  };
  return { url: item.URL, short: shortCitation(input), full: fullCitation(input) };
}

/** What a fact's or a source's page offers to cite it: its styles, downloads and meta. */
export interface PageCitations {
  /** The page's permanent address. */
  url: string;
  /**
   * The citation styles, each named: APA's reference entry, and for a fact APA's in-text citation and
   * Chicago's note, both naming its paragraphs; for a source, Chicago's bibliography entry.
   */
  styles: { name: string; text: string }[];
  downloads: CitationDownload[];
  meta: MetaTag[];
  /** What the citations leave out or infer, and why: no author or outlet; an inferred date. */
  caveats: string;
}

/** The same for a fact's page and its source's, so both say what their citations rest on. */
function caveats(source: Source): string {
  const unknown = 'The source’s author and outlet are not known, so the citations name neither.';
  return source.data.citeDateInferred === undefined ? unknown : `${unknown} ${source.data.citeDateInferred}`;
}

export async function factPageCitations(fact: Fact, site: URL | undefined): Promise<PageCitations> {
  const item = await factCslItem(fact, site);
  const locator = paragraphLocator(fact.paragraphs.map((p) => p.n));
  return {
    url: item.URL,
    styles: [
      { name: 'APA', text: formatReference('apa', item) },
      { name: 'APA in text', text: formatCitation('apa', item, locator) },
      { name: 'Chicago (note)', text: formatCitation('chicago', item, locator) },
    ],
    downloads: downloads('facts', fact.id),
    caveats: caveats(await getSource(fact.source)),
    meta: citationMeta(item, {
      fullText: false,
      sourceUrl: absoluteUrl(sourcePath(import.meta.env.BASE_URL, fact.source), site),
    }),
  };
}

export function sourcePageCitations(source: Source, site: URL | undefined): PageCitations {
  const item = sourceCslItem(source, site);
  return {
    url: item.URL,
    styles: [
      { name: 'APA', text: formatReference('apa', item) },
      { name: 'Chicago (bibliography)', text: formatReference('chicago', item) },
    ],
    downloads: downloads('sources', source.id),
    caveats: caveats(source),
    meta: citationMeta(item, { fullText: true }),
  };
}
