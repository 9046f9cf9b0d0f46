/**
 * Citations as reference managers read them: each fact's and source's downloads parsed by citation-js
 * (a library nobody here wrote; the site writes its BibTeX and RIS itself), the formatted citations on the
 * pages against citeproc's own output for the same CSL-JSON, and the citation meta of every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { PREVIEW_ORIGIN } from '@/integrations/site-url.ts';
import { paragraphLocator, plainTitle, type CslItem } from '@/lib/cite/csl.ts';
import { formatUncached } from '@/lib/cite/format.ts';
import { resolveContentPath } from '@/lib/content/content-dir.ts';
import { citationPath } from '@/lib/site/links.ts';
import { citationText, readAuthoredFacts, readPage, readSourceIds } from '../../tools/site.ts';
import { SUB_PATH } from '../support/global-setup.ts';

const builds = [
  { name: 'at the root', dist: inject('distDir'), base: '/', site: PREVIEW_ORIGIN },
  { name: `under ${SUB_PATH}`, dist: inject('subDistDir'), base: SUB_PATH, site: new URL(inject('subBaseUrl')).origin },
];

interface AuthoredSource {
  title: string;
  titleIsDescriptive?: boolean;
  citeDate: string;
  citeDateInferred?: string;
}
const sources = new Map(
  readSourceIds().map((id) => [
    id,
    parseYaml(readFileSync(resolveContentPath(process.cwd(), `sources/${id}/source.yaml`), 'utf8')) as AuthoredSource,
  ]),
);
const facts = readAuthoredFacts();
const quoted = facts.filter((fact) => fact.kind === 'quoted');

/** A date as the sources write their citation date: `May 2023`. */
const written = (parts: readonly number[]) =>
  new Date(Date.UTC(parts[0] ?? 0, (parts[1] ?? 1) - 1, parts[2] ?? 1)).toLocaleString('en-GB', {
    ...(parts.length > 2 ? { day: 'numeric' } : {}),
    ...(parts.length > 1 ? { month: 'long' } : {}),
    year: 'numeric',
    timeZone: 'UTC',
  });

/** What a reference manager keeps of an item: title, date and address. */
function essentials(item: Record<string, unknown>) {
  const issued = item['issued'] as { 'date-parts'?: number[][] } | undefined;
  return { title: item['title'], date: issued?.['date-parts']?.[0], url: item['URL'] };
}

function meta(page: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    page
      .querySelectorAll('meta[name^="citation_"], meta[name^="DC."]')
      .map((tag) => [tag.getAttribute('name') ?? '', tag.getAttribute('content') ?? '']),
  );
}

const shown = (page: HTMLElement, form: Parameters<typeof citationText>[1]) => citationText(page, form);

describe.each(builds)('citations of the site built $name', ({ dist, base, site }) => {
  const pages = [
    ...[...sources.keys()].map((id) => ({ kind: 'sources' as const, id, source: id })),
    ...facts.map((fact) => ({ kind: 'facts' as const, id: fact.id, source: fact.source })),
  ];
  const download = (kind: 'facts' | 'sources', id: string, format: 'csl.json' | 'bib' | 'ris') =>
    readFileSync(join(dist, citationPath(base, kind, id, format).slice(base.length)), 'utf8');
  const cslOf = (kind: 'facts' | 'sources', id: string) => (JSON.parse(download(kind, id, 'csl.json')) as CslItem[])[0];

  it('offers every fact and source as CSL-JSON, BibTeX and RIS that citation-js reads back to the same title, date and address', () => {
    for (const { kind, id, source } of pages) {
      const authored = sources.get(source);
      const address = `${site}${base}${kind}/${id}/`;
      const title = authored?.titleIsDescriptive ? `[${authored.title}]` : authored?.title;
      for (const format of ['csl.json', 'bib', 'ris'] as const) {
        const items = new Cite(download(kind, id, format)).data as Record<string, unknown>[];
        expect(items, `${id} ${format}`).toHaveLength(1);
        const read = essentials(items[0] ?? {});
        // CSL-JSON keeps CSL's nocase markup on a descriptive title (csl.ts, itemTitle); it is not part of the title.
        expect({ title: plainTitle({ title: String(read.title) }), url: read.url }, `${id} ${format}`).toEqual({
          title,
          url: address,
        });
        expect(written(read.date ?? []), `${id} ${format}`).toBe(authored?.citeDate);
        // No author and no outlet: the site knows neither.
        expect(items[0], `${id} ${format}`).not.toHaveProperty('author');
        expect(items[0], `${id} ${format}`).not.toHaveProperty('container-title');
      }
      const page = readPage(dist, `/${kind}/${id}/`);
      // What the citations leave out or infer, said beside them.
      const cite = page.querySelector('section:has(#cite)')?.textContent.replace(/\s+/g, ' ') ?? '';
      expect(cite, id).toContain('The source’s author and outlet are not known, so the citations name neither.');
      if (authored?.citeDateInferred !== undefined) {
        expect(cite, id).toContain(authored.citeDateInferred);
        expect(shown(page, 'APA'), id).toContain('(ca. ');
      }
      const links = page.querySelectorAll('.citation-downloads a[download]').map((a) => a.getAttribute('href'));
      expect(links, id).toEqual((['csl.json', 'bib', 'ris'] as const).map((f) => citationPath(base, kind, id, f)));
    }
  });

  it('shows on each page the citations citeproc makes of that CSL-JSON, in the site’s forms, APA and Chicago', () => {
    for (const { kind, id } of pages) {
      const page = readPage(dist, `/${kind}/${id}/`);
      const item = cslOf(kind, id);
      if (item === undefined) throw new Error(`no CSL-JSON for ${id}`);
      expect(shown(page, 'Link'), id).toBe(item.URL);
      if (kind === 'sources') {
        expect(shown(page, 'APA'), id).toBe(formatUncached('apa', item).reference);
        expect(shown(page, 'Chicago (bibliography)'), id).toBe(formatUncached('chicago', item).reference);
        continue;
      }
      const paragraphs = page
        .querySelectorAll('.sheet a[href*="/sources/"]')
        .flatMap((a) => /#p(\d+)$/.exec(a.getAttribute('href') ?? '')?.[1] ?? [])
        .map(Number);
      const locator = paragraphLocator(paragraphs);
      expect(shown(page, 'Short'), id).toMatch(
        new RegExp(`Source: ${escape(formatUncached('short', item).citation)}$`),
      );
      expect(shown(page, 'Full'), id).toMatch(
        new RegExp(`Based on ${escape(formatUncached('full', item, locator).citation)}$`),
      );
      const apa = formatUncached('apa', item, locator);
      expect(shown(page, 'APA'), id).toBe(apa.reference);
      expect(shown(page, 'APA in text'), id).toBe(apa.citation);
      expect(shown(page, 'Chicago (note)'), id).toBe(formatUncached('chicago', item, locator).citation);
    }
  });

  it('names the paragraph of a quoted fact in its citations and its downloads', () => {
    for (const fact of quoted) {
      const n = Number(fact.paragraph?.slice(1));
      const page = readPage(dist, `/facts/${fact.id}/`);
      expect(shown(page, 'Full'), fact.id).toContain(`, paragraph ${n}. `);
      expect(shown(page, 'APA in text'), fact.id).toContain(`, para. ${n})`);
      expect(shown(page, 'Chicago (note)'), fact.id).toContain(`, para. ${n}, `);
      expect(cslOf('facts', fact.id)?.note, fact.id).toMatch(new RegExp(`^Cited for paragraph ${n}: `));
      for (const format of ['bib', 'ris'] as const) {
        expect(String(new Cite(download('facts', fact.id, format)).data[0]?.note), `${fact.id} ${format}`).toContain(
          `Cited for paragraph ${n}:`,
        );
      }
    }
  });

  it('gives every fact and source page the citation meta reference managers read, with nothing the site does not know', () => {
    for (const { kind, id, source } of pages) {
      const page = readPage(dist, `/${kind}/${id}/`);
      const item = cslOf(kind, id);
      const address = `${site}${base}${kind}/${id}/`;
      const parts = item && 'date-parts' in item.issued ? item.issued['date-parts'][0] : [];
      const tags = meta(page);
      expect(tags, id).toEqual({
        citation_title: item && plainTitle(item),
        citation_publication_date: parts.map((n) => String(n).padStart(2, '0')).join('/'),
        citation_public_url: address,
        ...(kind === 'sources' ? { citation_fulltext_html_url: address } : {}),
        'DC.title': item && plainTitle(item),
        'DC.date': parts.map((n) => String(n).padStart(2, '0')).join('-'),
        'DC.identifier': address,
        'DC.type': 'Text',
        ...(kind === 'facts' ? { 'DC.source': `${site}${base}sources/${source}/` } : {}),
      });
      expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), id).toBe(address);
    }
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
