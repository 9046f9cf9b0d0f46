/**
 * Chart pages, embeds and their oEmbed documents, read from the two builds: the sub-path build is
 * made for where it is served (SITE_URL), so an oEmbed consumer nobody here wrote (unfurl.js) can
 * discover and read each document over HTTP, as a CMS or a chat app would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'node-html-parser';
import { unfurl } from 'unfurl.js';
import { describe, expect, inject, it } from 'vitest';
import { EMBED_INITIAL_HEIGHT } from '@/lib/site/embeds.ts';
import { cardPath } from '@/lib/site/links.ts';
import { fileOf, listPages, readAuthoredCharts, readAuthoredFacts, readPage } from '../../tools/site.ts';
import { SUB_PATH } from '../support/global-setup.ts';

const dist = inject('distDir');
const subDist = inject('subDistDir');
const subUrl = inject('subBaseUrl');
const facts = readAuthoredFacts();
const charts = readAuthoredCharts();
const embedded = [
  ...facts.map((f) => ({ kind: 'facts' as const, id: f.id, page: `/facts/${f.id}/` })),
  ...charts.map((c) => ({ kind: 'charts' as const, id: c.id, page: `/charts/${c.id}/` })),
];

describe('a chart’s page', () => {
  it.each(charts.map((c) => [c.id, c] as const))('%s: its chart, its facts, its CSV, and links to it', (id, chart) => {
    const page = readPage(dist, `/charts/${id}/`);
    const heading = page.querySelector('h1');
    expect(heading?.id).toBe(`figure-${id}`);
    expect(
      heading
        ?.closest('fact-chart')
        ?.querySelectorAll('[role="tab"]')
        .map((t) => t.textContent.trim()),
    ).toEqual(['Chart', 'Table']);
    expect(page.querySelector(`a[href="/charts/${id}.csv"]`)).not.toBeNull();
    // Each fact the chart draws, linked to its page; no other fact.
    const drawn = page.querySelectorAll('#facts-drawn ~ ul a').map((a) => a.getAttribute('href'));
    const inTable = new Set(
      page.querySelectorAll('table [data-fact]').map((c) => `/facts/${c.getAttribute('data-fact')}/`),
    );
    expect(new Set(drawn)).toEqual(inTable);
    // Its address to copy, and its Embed control.
    expect(page.querySelector('.address')?.textContent).toMatch(new RegExp(`/charts/${id}/$`));
    expect(page.querySelector(`details[data-embed="charts/${id}"] summary`)?.textContent.trim()).toBe('Embed');
    // The figure where it is drawn links to it; its own page does not link to itself.
    const corridor = readPage(dist, `/corridors/${chart.corridor}/`)
      .getElementById(`figure-${id}`)
      ?.closest('fact-chart');
    expect(corridor?.querySelector(`figcaption a[href="/charts/${id}/"]`)?.textContent).toBe('Chart page');
    expect(page.querySelector(`figcaption a[href="/charts/${id}/"]`)).toBeNull();
    // What it shows in words, once: read where everyone sees it, with no hidden copy for the canvas.
    const summary = page.querySelector('#what-it-shows + p')?.textContent.trim() ?? '';
    expect(summary.length).toBeGreaterThan(20);
    expect(page.querySelector('main')?.textContent.split(summary)).toHaveLength(2);
    expect(page.querySelector('canvas')?.getAttribute('aria-describedby')).toBeUndefined();
  });

  it('is in the sitemap, and no embed is', () => {
    const sitemap = readFileSync(fileOf(dist, '/sitemap.xml'), 'utf8');
    for (const chart of charts) expect(sitemap).toContain(`/charts/${chart.id}/</loc>`);
    expect(sitemap).not.toContain('/embed/');
  });
});

/** The years a text gives, e.g. `['2022', '2023']`. */
const yearsOf = (text: string) => [...new Set(text.match(/\b20\d\d\b/g) ?? [])].sort();

describe('an embed', () => {
  it('labels the years the rail chart shows, 2022 as well as 2023', () => {
    const credit = readPage(dist, '/embed/charts/rail-trains-by-port/').querySelector('.credit')?.textContent ?? '';
    expect(credit.replace(/\s+/g, ' ')).toContain('2022 and 2023: public context');
    const undated = readPage(dist, '/embed/facts/air-ashgabat-first-flight/').querySelector('.credit');
    expect(undated?.textContent).not.toMatch(/\b20\d\d\b/);
  });

  it.each(embedded.map((e) => [`/embed/${e.kind}/${e.id}/`, e] as const))(
    '%s: what it shows alone, noindex, its links opening a new tab, nothing from another site',
    (path, { kind, id, page }) => {
      const html = readPage(dist, path);
      expect(html.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      expect(html.querySelector('link[rel="canonical"]')).toBeNull();
      expect(html.querySelectorAll('header, footer, site-search, nav')).toHaveLength(0);
      expect(html.querySelector('base')?.getAttribute('target')).toBe('_blank');
      if (kind === 'facts') expect(html.querySelector(`article.fact#${id}`)).not.toBeNull();
      else expect(html.querySelector(`fact-chart #figure-${id}`)?.tagName).toBe('H1');
      // A link to the full page; no control to embed it again, which that page has.
      expect(html.querySelector(`.credit a[href="${page}"]`)).not.toBeNull();
      // It names its source, and labels as public context every year it shows unlabelled, and no other.
      const credit = html.querySelector('.credit')?.textContent.replace(/\s+/g, ' ') ?? '';
      expect(credit).toMatch(/from the source: \[China and Central Asia ahead of the Xi’an summit[^\]]*\]\./);
      const label = credit.slice(credit.indexOf('].') + 3);
      const shown = (html.querySelector('main')?.textContent ?? '').replace(/\s+/g, ' ').replace(credit, ' ');
      const labelled = yearsOf(label);
      // Only the years it shows; each of them labelled by the credit, or in the sentence that gives it.
      expect(labelled.filter((year) => !shown.includes(year))).toEqual([]);
      const unlabelled = yearsOf(shown).filter(
        (year) => !labelled.includes(year) && !new RegExp(`${year}[^.]*public context`).test(shown),
      );
      expect(unlabelled).toEqual([]);
      expect(label).toMatch(
        labelled.length === 0
          ? /^Any country or region the article does not name is public context\.$/
          : /^(\d{4}, )*(\d{4} and )?\d{4}: public context, as is any country or region the article does not name\.$/,
      );
      expect(html.querySelectorAll('[data-embed], copy-button')).toHaveLength(0);
      // Every resource it loads is the site's own (a relative address).
      const loaded = html
        .querySelectorAll('[src], link[href]')
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href'));
      for (const url of loaded) expect(url, url).toMatch(/^\/(?!\/)/);
    },
  );
});

describe.each([
  { name: 'at the root', dir: dist, base: '/', origin: 'http://127.0.0.1:4321' },
  { name: `under ${SUB_PATH}`, dir: subDist, base: SUB_PATH, origin: new URL(subUrl).origin },
])('the oEmbed documents of the site built $name', ({ dir, base, origin }) => {
  const root = `${origin}${base}`;
  it.each(embedded.map((e) => [e.page, e] as const))(
    '%s names its oEmbed document, a rich one with its embed’s iframe and its social card',
    (page, { kind, id }) => {
      const html = readPage(dir, page);
      const link = html.querySelector('link[rel="alternate"][type="application/json+oembed"]');
      expect(link?.getAttribute('href')).toBe(`${root}embed/${kind}/${id}/oembed.json`);
      const title = link?.getAttribute('title') ?? '';
      expect(title).not.toBe('');
      const document = JSON.parse(readFileSync(fileOf(dir, `/embed/${kind}/${id}/oembed.json`), 'utf8')) as Record<
        string,
        unknown
      >;
      expect(document).toMatchObject({
        version: '1.0',
        type: 'rich',
        title,
        provider_name: 'Corridors',
        provider_url: root,
        width: expect.any(Number) as number,
        height: EMBED_INITIAL_HEIGHT[kind],
        // The card the page names as its og:image, its own.
        thumbnail_url: html.querySelector('meta[property="og:image"]')?.getAttribute('content'),
        thumbnail_width: 1200,
        thumbnail_height: 630,
      });
      const iframe = parse(String(document['html'])).querySelector('iframe');
      expect(iframe?.getAttribute('src')).toBe(`${root}embed/${kind}/${id}/`);
      expect(iframe?.getAttribute('title')).toBe(title);
      expect(document['thumbnail_url']).toBe(`${origin}${cardPath(base, `${base}${page.slice(1)}`)}`);
      expect(existsSync(fileOf(dir, `/embed/${kind}/${id}/`))).toBe(true);
    },
  );
});

describe('an oEmbed consumer (unfurl.js) on the served site', () => {
  it('discovers and reads the document of every fact and chart page', async () => {
    const pages = listPages(subDist).filter(
      (p) => /^\/(facts|charts)\/[^/]+\/$/.test(p) && !p.startsWith('/facts/page/'),
    );
    expect(pages).toHaveLength(embedded.length);
    for (const { kind, id, page } of embedded) {
      const result = await unfurl(`${subUrl}${page.slice(1)}`, { oembed: true });
      expect(result.oEmbed, page).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Corridors' });
      const html = result.oEmbed?.type === 'rich' ? result.oEmbed.html : '';
      expect(html, page).toContain(`src="${subUrl}embed/${kind}/${id}/"`);
    }
  });
});
