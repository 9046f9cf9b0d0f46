/** The route data of a source's page, /sources/<id>/, and of the list of sources, /sources/ and its pages. */
import { paragraphKey } from '@/lib/content/graph.ts';
import { sourceToc, titleNote } from '@/lib/pages/source-page.ts';
import { pageCount, pageRange } from '@/lib/site/pager.ts';
import { sourcePath, sourcesListPath, sourcesPath } from '@/lib/site/links.ts';
import { SOURCES_PAGE_SIZE } from '@/lib/site/sources-list.ts';
import { sourceListLd } from '@/lib/site/structured-data.ts';
import { getGraph, type Source } from '../content.ts';
import { sourcePageCitations } from '../citations.ts';
import { getSourceSummaries, getSourceSummary, sourceRef } from '../sources.ts';
import { siteUrls } from './site.ts';

export async function sourcePage(source: Source, site: URL | undefined) {
  const { data } = source;
  const { byParagraph } = await getGraph();
  return {
    source,
    summary: await getSourceSummary(source.id),
    toc: [...sourceToc(data.paragraphs, data.headlines), { id: 'cite', text: 'Cite this source', depth: 2 }],
    titleNote: titleNote(data.titleIsDescriptive),
    sourcesHref: sourcesPath(import.meta.env.BASE_URL),
    /** Each paragraph with its editorial notes and the facts the site takes from it. */
    paragraphs: data.paragraphs.map((paragraph) => ({
      paragraph,
      headline: data.headlines.includes(paragraph.id),
      notes: data.notes.filter((n) => n.paragraph === paragraph.id),
      facts: byParagraph.get(paragraphKey(source.id, paragraph.id)) ?? [],
    })),
    /** Its citation in CSL styles, its downloads and meta (src/data/citations.ts). */
    cite: sourcePageCitations(source, site),
  };
}

/** A page of the list of sources, from 1: SOURCES_PAGE_SIZE to a page, so the page stays one size. */
export async function sourceListPage(page: number, site: URL | undefined) {
  const { base, siteName, siteUrl, absolute } = siteUrls(site);
  const all = await getSourceSummaries();
  const pages = pageCount(all.length, SOURCES_PAGE_SIZE);
  const { from, to } = pageRange(page, all.length, SOURCES_PAGE_SIZE);
  const summaries = all.slice(from, to);
  const title = pages === 1 ? 'Sources' : `Sources, page ${page} of ${pages}`;
  const description =
    all.length === 1
      ? 'The text this site is built from, reproduced word for word with numbered paragraphs: what kind of text it is, when it was written, and how many facts the site takes from it.'
      : 'The texts this site is built from, each reproduced word for word with numbered paragraphs: what kind of text each is, when it was written, and how many facts the site takes from it.';
  const count = new Intl.NumberFormat('en-US').format(all.length);
  return {
    page,
    pages,
    title,
    description,
    lede:
      all.length === 1
        ? 'The text this site is built from. It is reproduced'
        : `The ${count} texts this site is built from${pages === 1 ? '' : `, ${from + 1} to ${to} on this page`}. Each is reproduced`,
    anyDescriptive: summaries.some(({ source }) => source.data.titleIsDescriptive),
    summaries: summaries.map((summary) => ({ ...summary, href: sourcePath(base, summary.source.id) })),
    pageHref: (n: number) => sourcesListPath(base, n),
    jsonLd: [
      sourceListLd({
        name: `${title}: ${siteName}`,
        description,
        url: absolute(sourcesListPath(base, page)),
        siteName,
        siteUrl,
        sources: summaries.map(({ source }) => sourceRef(source, site)),
      }),
    ],
  };
}
