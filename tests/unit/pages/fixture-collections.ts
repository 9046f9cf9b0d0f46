/**
 * `astro:content` over the fixture content, parsed through the real schemas, for the route data tests:
 * `vi.mock('astro:content', () => import('./fixture-collections.ts'))`.
 */
import { parseContent, rawContent } from '../../fixtures/content.ts';

const content = parseContent(rawContent());

export function getCollection(name: keyof typeof content) {
  return Promise.resolve(
    name === 'corridors'
      ? // The corridor page's placed components, as its MDX would hold them (not read from a file).
        content.corridors.map((entry) => ({
          ...entry,
          filePath: undefined,
          body: '<FactCard id="trains" />\n\n<FactChart id="trains-chart" />\n',
        }))
      : content[name],
  );
}
