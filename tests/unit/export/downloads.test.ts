import { createHash } from 'node:crypto';
import type { APIContext } from 'astro';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_ORIGIN } from '@/integrations/site-url.ts';
import { DATA_PACKAGE_PROFILE, packagePath } from '@/lib/export/data-package.ts';
import { ARTICLE, parseContent, rawContent, type RawContent } from '../../fixtures/content.ts';
import { parseCsv } from '../../../tools/site.ts';

/**
 * The whole data layer and the real endpoints, on the fixture content (parsed through the real schemas)
 * instead of the site's: `astro:content` is the one module replaced. Each test loads the modules anew,
 * so the graph, built once per build, is built from that test's content.
 */
let content: ReturnType<typeof parseContent>;
vi.mock('astro:content', async () => {
  const { collectionsOf } = await import('../pages/fixture-collections.ts');
  return { getCollection: (name: keyof typeof content) => collectionsOf(content)(name) };
});

const site = new URL('https://example.org');
const context = (params: Record<string, string> = {}) => ({ site, params }) as unknown as APIContext;

/** Every download and page datum that shows a fact's figure, as the build would write it. */
async function outputs() {
  vi.resetModules();
  const json = await import('@/pages/data/facts.json.ts');
  const csv = await import('@/pages/data/facts.csv.ts');
  const chart = await import('@/pages/charts/[id].csv.ts');
  const data = await import('@/data/content.ts');
  const search = await import('@/data/search.ts');
  const facts = await import('@/data/facts.ts');
  const text = async (response: Response | Promise<Response>) => (await response).text();
  const records = JSON.parse(await text(json.GET(context()))) as { id: string; value: number | null; figure: string }[];
  const all = await data.getFacts();
  return {
    json: new Map(records.map((r) => [r.id, r])),
    csv: new Map(parseCsv(await text(csv.GET(context()))).map((row) => [row['id'], row])),
    chart: new Map(parseCsv(await text(chart.GET(context({ id: 'trains-chart' })))).map((row) => [row['fact'], row])),
    search: new Map((await search.getSearchRecords()).map((r) => [r.url, r.content])),
    dataset: new Map((await facts.datasetFacts(all, site)).map((d) => [d.url, d])),
  };
}

/** The fixture with the Alashankou count changed in the article, its fact and the fact derived from it. */
function withTrains(count: number, prior: number): RawContent {
  const raw = rawContent();
  const article = ARTICLE.replace('2129 trains', `${count} trains`);
  const source = raw.sources['article'] ?? {};
  source['sha256'] = createHash('sha256').update(article).digest('hex');
  const trains = raw.facts['trains'] ?? {};
  trains['value'] = count;
  trains['passage'] = `${count} trains crossed Alashankou`;
  (raw.facts['prior'] ?? {})['value'] = prior;
  content = parseContent(raw, article);
  return raw;
}

describe('a figure changed in the content', () => {
  beforeEach(() => {
    content = parseContent(rawContent());
  });

  it('changes in every output: both downloads, the chart CSV, the search record and the structured data', async () => {
    const before = await outputs();
    // 2131 ÷ (1 + 12.82 ÷ 100) = 1888.85…, so the derived prior count moves too.
    withTrains(2131, 1889);
    const after = await outputs();
    const page = 'https://example.org/facts/trains/';

    expect(before.json.get('trains')).toMatchObject({ value: 2129, figure: '2,129 trains' });
    expect(after.json.get('trains')).toMatchObject({ value: 2131, figure: '2,131 trains' });
    expect(after.json.get('prior')).toMatchObject({ value: 1889, figure: 'about 1,889 trains' });

    expect(before.csv.get('trains')).toMatchObject({ value: '2129', figure: '2,129 trains' });
    expect(after.csv.get('trains')).toMatchObject({ value: '2131', figure: '2,131 trains', url: page });
    expect(after.csv.get('prior')).toMatchObject({ value: '1889' });

    expect(after.chart.get('trains')?.['value']).toBe('2131');
    expect(after.chart.get('prior')?.['value']).toBe('1889');

    expect(before.search.get('/facts/trains/')).toContain('2,129 trains (2129).');
    expect(after.search.get('/facts/trains/')).toContain('2,131 trains (2131).');
    expect(after.search.get('/facts/trains/')).not.toContain('2129');

    expect(after.dataset.get(page)).toMatchObject({ value: 2131, figure: '2,131 trains' });
  });

  it('leaves the Data Package’s description of the tables as it was', async () => {
    vi.resetModules();
    const before = await (await import('@/data/downloads.ts')).getDataPackage(site);
    withTrains(2131, 1889);
    vi.resetModules();
    expect(await (await import('@/data/downloads.ts')).getDataPackage(site)).toEqual(before);
  });
});

describe('the Data Package’s addresses', () => {
  beforeEach(() => {
    content = parseContent(rawContent());
  });
  const descriptor = async (at: URL) => {
    vi.resetModules();
    return (await import('@/data/downloads.ts')).getDataPackage(at);
  };

  it('name every table relative to the descriptor, the same for any build', async () => {
    const local = await descriptor(new URL(PREVIEW_ORIGIN));
    const published = await descriptor(site);
    expect(local.resources.map((r) => r.path)).toEqual(['facts.csv', 'charts/trains-chart.csv']);
    expect(published.resources).toEqual(local.resources);
  });

  it('give no address at all from a build for the local preview: no home page, sources by title', async () => {
    const pkg = await descriptor(new URL(PREVIEW_ORIGIN));
    expect(pkg).not.toHaveProperty('homepage');
    expect(pkg.sources).toEqual([{ title: expect.any(String) }]);
    // The one address left is the profile the descriptor follows (a field's description may show `https://…/`).
    expect(JSON.stringify(pkg).match(/https?:\/\/[\w.-]+[^\s"]*/g)).toEqual([DATA_PACKAGE_PROFILE]);
  });

  it('give the home page and each source’s page where the site is published', async () => {
    const pkg = await descriptor(site);
    expect(pkg.homepage).toBe('https://example.org/');
    expect(pkg.sources).toEqual([{ title: expect.any(String), path: 'https://example.org/sources/article/' }]);
  });
});

describe('a Data Package resource path', () => {
  it('is kept when it is relative to the descriptor', () => {
    expect(packagePath('facts.csv')).toBe('facts.csv');
    expect(packagePath('charts/rail-trains-by-port.csv')).toBe('charts/rail-trains-by-port.csv');
  });

  it.each([
    'http://127.0.0.1:4321/data/facts.csv',
    'https://example.org/data/facts.csv',
    '/data/facts.csv',
    '../charts/steps.csv',
    'charts/../../facts.csv',
    './facts.csv',
    'charts//steps.csv',
    'charts\\steps.csv',
    'file:facts.csv',
    '',
  ])('is refused when the build would publish %j', (path) => {
    expect(() => packagePath(path)).toThrow('must be relative to the descriptor');
  });
});
