import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import type { AnchorRegistry } from '@/lib/site/anchors.ts';
import { registryFile } from '@/lib/site/link-aliases.ts';
import { PREVIEW_ORIGIN } from '@/integrations/site-url.ts';
import { splitParagraphs } from '@/lib/content/paragraphs.ts';
import { citationText, readArticle, readAuthoredFacts, readPage } from '../../tools/site.ts';
import { SUB_PATH } from '../support/global-setup.ts';

const builds = [
  { name: 'at the root', dist: inject('distDir'), base: '/', site: PREVIEW_ORIGIN },
  { name: `under ${SUB_PATH}`, dist: inject('subDistDir'), base: SUB_PATH, site: new URL(inject('subBaseUrl')).origin },
];
const facts = readAuthoredFacts();
const quoted = facts.filter((f) => f.kind === 'quoted');
const derived = facts.filter((f) => f.kind === 'derived');
const text = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

describe.each(builds)('the fact pages of the site built $name', ({ dist, base, site }) => {
  const page = (id: string) => readPage(dist, `/facts/${id}/`);
  const address = (id: string) => `${site}${base}facts/${id}/`;

  it('give every fact a page of its own, listed in the sitemap', () => {
    expect(facts.length).toBeGreaterThan(20);
    const sitemap = readFileSync(join(dist, 'sitemap.xml'), 'utf8');
    for (const fact of facts) {
      expect(page(fact.id).querySelector('main h1')?.textContent, fact.id).toBeTruthy();
      expect(sitemap, fact.id).toContain(`<loc>${address(fact.id)}</loc>`);
    }
  });

  it('cite the fact page’s own address, on the page and on the fact’s card', () => {
    for (const fact of facts) {
      const own = page(fact.id);
      expect(own.querySelector('link[rel="canonical"]')?.getAttribute('href'), fact.id).toBe(address(fact.id));
      expect(citationText(own, 'Link'), fact.id).toBe(address(fact.id));
      const card = readPage(dist, fact.corridor ? `/corridors/${fact.corridor}/` : '/').getElementById(fact.id);
      expect(card?.querySelector('a.permalink')?.getAttribute('href'), fact.id).toBe(`${base}facts/${fact.id}/`);
      for (const holder of [own, card]) {
        for (const form of ['Short', 'Full'] as const) {
          const citation = holder && citationText(holder, form);
          expect(citation, `${fact.id} ${form}`).toMatch(new RegExp(`${address(fact.id).replace(/[.]/g, '\\.')}$`));
        }
      }
    }
  });

  it.each(quoted.map((f) => [f.id, f] as const))(
    '%s: shows its passage marked inside its whole source paragraph, linked to that paragraph',
    (id, fact) => {
      const paragraph = splitParagraphs(readArticle(fact.source)).find((p) => p.id === fact.paragraph);
      const figure = page(id).querySelector('figure.passage');
      const shown = figure?.querySelector('blockquote p');
      expect(text(shown?.textContent)).toBe(text(paragraph?.text));
      expect(shown?.querySelectorAll('mark').map((m) => m.textContent)).toEqual([fact.passage?.trim()]);
      expect(figure?.querySelector('figcaption a')?.getAttribute('href')).toBe(
        `${base}sources/${fact.source}/#${fact.paragraph ?? ''}`,
      );
    },
  );

  it.each(derived.map((f) => [f.id, f] as const))(
    '%s: shows its formula and links the page of every fact it is derived from',
    (id, fact) => {
      const section = page(id).querySelector('section[aria-labelledby="how-derived"]');
      expect(section?.querySelector('.equation code')?.textContent).toMatch(/[=≈]/);
      const links = section?.querySelectorAll('ul a').map((a) => a.getAttribute('href'));
      expect(links).toEqual(fact.inputs.map((input) => `${base}facts/${input}/`));
    },
  );

  it('list, on each fact’s page, the facts derived from it', () => {
    for (const fact of facts) {
      const expected = derived.filter((d) => d.inputs.includes(fact.id)).map((d) => `${base}facts/${d.id}/`);
      const listed = page(fact.id)
        .querySelectorAll('section[aria-labelledby="derived-from-this"] a')
        .map((a) => a.getAttribute('href'));
      expect(listed.sort(), fact.id).toEqual(expected.sort());
    }
  });

  it('say where the fact appears, down to its card on its corridor page', () => {
    for (const fact of facts) {
      const links = page(fact.id)
        .querySelectorAll('section[aria-labelledby="appears"] a')
        .map((a) => a.getAttribute('href'));
      const card = `${base}${fact.corridor ? `corridors/${fact.corridor}/` : ''}#${fact.id}`;
      expect(links, fact.id).toContain(card);
    }
  });

  it('describe the fact in JSON-LD as a web page whose main entity is a one-figure dataset, or a claim', () => {
    for (const fact of facts) {
      const script = page(fact.id).querySelector('script[type="application/ld+json"]')?.textContent ?? '';
      const [webPage, main] = JSON.parse(script) as Record<string, unknown>[];
      expect(webPage?.['@type']).toBe('WebPage');
      expect(webPage?.['url']).toBe(address(fact.id));
      expect(main?.['@type'], fact.id).toBe(fact.value === undefined ? 'Claim' : 'Dataset');
      if (fact.kind === 'quoted') expect(main?.['citation'], fact.id).toMatchObject({ text: fact.passage?.trim() });
    }
  });

  it('leave the search index to each fact’s own record: no page text is indexed a second time', () => {
    for (const fact of facts) expect(page(fact.id).querySelector('[data-pagefind-body]'), fact.id).toBeNull();
  });
});

it('registers every fact page as a published page', () => {
  const registry = JSON.parse(readFileSync(join(process.cwd(), registryFile()), 'utf8')) as AnchorRegistry;
  for (const fact of facts) expect(registry[`/facts/${fact.id}/`], fact.id).toBeDefined();
});
