/**
 * Where the content lives: the folder named by the `CONTENT_DIR` environment variable (relative to the
 * project root, or absolute), or `src/content` when it is not set. Everything that reads content asks
 * here: the collections (src/content.config.ts), the link registry and aliases (src/lib/site/link-aliases.ts),
 * the content checks' messages (src/data/content.ts), Astro's cache folder (astro.config.mjs) and the
 * test helpers. So one setting builds the site from another folder, as the build test of added,
 * synthetic sources does (tests/build/added-sources.test.ts).
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

export const DEFAULT_CONTENT_DIR = 'src/content';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * A facts file that is not content: a source's candidate facts (`npm run facts:candidates`,
 * tools/fact-candidates.ts), beside the facts files but never read by the build.
 */
export const CANDIDATES_SUFFIX = '.candidates.yaml';

/** Whether a file of a folder of YAML entries (facts, places, charts) is read as content. */
export const isEntryFile = (name: string): boolean => name.endsWith('.yaml') && !name.endsWith(CANDIDATES_SUFFIX);

/** The content folder as configured, without a trailing slash: `src/content` unless `CONTENT_DIR` says otherwise. */
export function contentDir(env: Env = process.env): string {
  const configured = env['CONTENT_DIR']?.trim().replace(/[\\/]+$/, '');
  return configured || DEFAULT_CONTENT_DIR;
}

/** A folder or file inside the content folder, as configured: `contentPath('links/aliases.yaml')` → `src/content/links/aliases.yaml`. */
export function contentPath(sub: string, env: Env = process.env): string {
  return join(contentDir(env), sub).split('\\').join('/');
}

/** The same, as an absolute path, for a project at `root`. */
export function resolveContentPath(root: string, sub: string, env: Env = process.env): string {
  return resolve(root, contentPath(sub, env));
}

/**
 * Astro's cache folder for a build of the configured content: Astro's own default for `src/content`,
 * and a folder of its own for any other content. Astro keeps an unchanged file's cached entry, its
 * path included, so two content folders sharing one cache would hand each other stale entries (and a
 * deleted temporary folder's paths to the next ordinary build).
 */
export function contentCacheDir(root: string, env: Env = process.env): string {
  const dir = contentDir(env);
  if (dir === DEFAULT_CONTENT_DIR) return join(root, 'node_modules', '.astro');
  const digest = createHash('sha256').update(resolve(root, dir)).digest('hex').slice(0, 12);
  return join(root, 'node_modules', '.astro', `content-${digest}`);
}
