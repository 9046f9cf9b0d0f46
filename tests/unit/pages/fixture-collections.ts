/**
 * `astro:content` over fixture content, parsed through the real schemas: `getCollection` over the
 * standard fixture for the route data tests (`vi.mock('astro:content', () =>
 * import('./fixture-collections.ts'))`), and `collectionsOf` for tests that vary the content.
 */
import { parseContent, rawContent } from '../../fixtures/content.ts';

type Content = ReturnType<typeof parseContent>;

/** `getCollection` over `content`, each corridor holding the components its MDX would place. */
export function collectionsOf(content: Content) {
  return (name: keyof Content) =>
    Promise.resolve(
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

export const getCollection = collectionsOf(parseContent(rawContent()));
