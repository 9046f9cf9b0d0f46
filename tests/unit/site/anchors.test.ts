import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  checkRegistry,
  insertAliasAnchors,
  publishedAnchors,
  type AnchorRegistry,
  type LinkAliases,
} from '@/lib/site/anchors.ts';
import { redirectPages } from '@/lib/site/link-aliases.ts';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../fixtures/links', name), 'utf8');
const registry = JSON.parse(fixture('registry.json')) as AnchorRegistry;
const renamed = JSON.parse(fixture('built-anchor-removed.json')) as AnchorRegistry;
const noAliases: LinkAliases = { pages: [], anchors: [] };

describe('the anchor registry check', () => {
  it('passes a build that still has every published page and anchor', () => {
    expect(checkRegistry(registry, registry, noAliases)).toEqual({ missing: [], brokenAliases: [], added: [] });
  });

  it('fails when a published anchor or page disappears, naming each', () => {
    expect(checkRegistry(registry, renamed, noAliases).missing).toEqual(['/corridors/rail/#khorgos', '/old-page/']);
  });

  it('passes when aliases keep the old links working', () => {
    const aliases = parse(fixture('aliases-for-rename.yaml')) as LinkAliases;
    const check = checkRegistry(registry, renamed, aliases);
    expect(check.missing).toEqual([]);
    expect(check.brokenAliases).toEqual([]);
  });

  it('reports an alias whose target does not exist', () => {
    const aliases: LinkAliases = { pages: [], anchors: [{ page: '/corridors/rail/', from: 'khorgos', to: 'nowhere' }] };
    expect(checkRegistry(registry, renamed, aliases).brokenAliases).toEqual(['/corridors/rail/#khorgos → #nowhere']);
  });

  it('lists new pages and anchors the registry does not have yet', () => {
    expect(checkRegistry(registry, renamed, noAliases).added).toEqual(['/corridors/rail/#khorgos-port', '/new-page/']);
  });
});

describe('insertAliasAnchors', () => {
  const html = '<main><div class="heading-wrapper level-h2"><h2 id="khorgos-port">Khorgos</h2></div></main>';

  it('puts an element with the old id just before the new target', () => {
    expect(insertAliasAnchors(html, [{ from: 'khorgos', to: 'khorgos-port' }])).toBe(
      '<main><div class="heading-wrapper level-h2"><span id="khorgos" class="anchor-alias" aria-hidden="true"></span><h2 id="khorgos-port">Khorgos</h2></div></main>',
    );
  });

  it('refuses an alias to a missing target, or for an id the page still has', () => {
    expect(() => insertAliasAnchors(html, [{ from: 'old', to: 'missing' }])).toThrow(/not on the page/);
    expect(() => insertAliasAnchors(html, [{ from: 'khorgos-port', to: 'khorgos-port' }])).toThrow(/still an id/);
  });
});

describe('publishedAnchors', () => {
  it('takes linkable headings, facts and paragraphs, and nothing else', () => {
    const page = [
      '<div class="heading-wrapper level-h2"><h2 id="khorgos">Khorgos</h2></div>',
      '<div class="heading-wrapper level-h3"><span id="old" class="anchor-alias"></span><h3 id="renamed">R</h3></div>',
      '<div class="heading-wrapper level-h2"><p><h2 id="nested">Not a child</h2></p></div>',
      '<h2 id="unlinked">No anchor link</h2>',
      '<article class="fact" id="rail-khorgos-trains"></article>',
      '<div class="para" id="p5"></div>',
      '<main id="main"></main><p id="rail-khorgos-trains-label"></p>',
    ].join('');
    expect(publishedAnchors(page)).toEqual(['khorgos', 'p5', 'rail-khorgos-trains', 'renamed']);
  });
});

describe('a renamed fact page', () => {
  // The fact `rail-khorgos` renamed `rail-khorgos-trains`: its page, /facts/rail-khorgos/, was published.
  const published: AnchorRegistry = { '/facts/rail-khorgos/': [], '/corridors/rail/': ['rail-khorgos'] };
  const built: AnchorRegistry = { '/facts/rail-khorgos-trains/': [], '/corridors/rail/': ['rail-khorgos-trains'] };
  const aliases: LinkAliases = {
    pages: [{ from: '/facts/rail-khorgos/', to: '/facts/rail-khorgos-trains/' }],
    anchors: [{ page: '/corridors/rail/', from: 'rail-khorgos', to: 'rail-khorgos-trains' }],
  };

  it('is reported gone, with its card, until aliases keep the old links', () => {
    expect(checkRegistry(published, built, noAliases).missing).toEqual([
      '/facts/rail-khorgos/',
      '/corridors/rail/#rail-khorgos',
    ]);
    expect(checkRegistry(published, built, aliases)).toMatchObject({ missing: [], brokenAliases: [] });
  });

  it('keeps its old address as a redirect page to the new one', () => {
    expect(redirectPages(aliases.pages)).toEqual([
      {
        params: { alias: 'facts/rail-khorgos' },
        props: { from: '/facts/rail-khorgos/', to: '/facts/rail-khorgos-trains/' },
      },
    ]);
  });

  it('reports an alias to a fact page that does not exist', () => {
    const wrong: LinkAliases = { pages: [{ from: '/facts/rail-khorgos/', to: '/facts/khorgos/' }], anchors: [] };
    expect(checkRegistry(published, built, wrong).brokenAliases).toEqual(['/facts/rail-khorgos/ → /facts/khorgos/']);
  });
});
