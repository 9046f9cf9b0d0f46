import { describe, expect, it } from 'vitest';
import {
  contentCacheDir,
  contentDir,
  contentPath,
  isEntryFile,
  resolveContentPath,
} from '@/lib/content/content-dir.ts';

describe('the content folder', () => {
  it('is src/content unless CONTENT_DIR names another', () => {
    expect(contentDir({})).toBe('src/content');
    expect(contentDir({ CONTENT_DIR: '' })).toBe('src/content');
    expect(contentDir({ CONTENT_DIR: 'fixtures/content/' })).toBe('fixtures/content');
  });

  it('reads every YAML file of a folder of entries but a source’s candidate facts', () => {
    expect(['rail.yaml', 'wire-2031.candidates.yaml', 'notes.txt', 'rail.yaml.bak'].filter(isEntryFile)).toEqual([
      'rail.yaml',
    ]);
  });

  it('gives the paths of its folders and files, relative to the project root or absolute', () => {
    expect(contentPath('links/aliases.yaml', {})).toBe('src/content/links/aliases.yaml');
    expect(contentPath('facts', { CONTENT_DIR: '/tmp/content' })).toBe('/tmp/content/facts');
    expect(resolveContentPath('/site', 'facts', {})).toBe('/site/src/content/facts');
    expect(resolveContentPath('/site', 'facts', { CONTENT_DIR: '/tmp/content' })).toBe('/tmp/content/facts');
  });

  it('keeps the cache of a build of other content apart from the site’s, one folder per content folder', () => {
    expect(contentCacheDir('/site', {})).toBe('/site/node_modules/.astro');
    const other = contentCacheDir('/site', { CONTENT_DIR: '/tmp/a' });
    expect(other).toMatch(/^\/site\/node_modules\/\.astro\/content-[0-9a-f]{12}$/);
    expect(contentCacheDir('/site', { CONTENT_DIR: '/tmp/b' })).not.toBe(other);
    expect(contentCacheDir('/site', { CONTENT_DIR: '/tmp/a/' })).toBe(other);
  });
});
