import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clientManifestPath } from '../src/integrations/client-manifest.ts';
import { contentCacheDir, resolveContentPath } from '../src/lib/content/content-dir.ts';

export interface ContentCopy {
  /** The copy of the content folder, to build from with CONTENT_DIR. */
  contentDir: string;
  /** A folder to build it into. */
  outDir: string;
  /** Removes the copy, its build, that build's client manifest and Astro's cache of it. */
  remove: () => Promise<void>;
}

/**
 * A temporary copy of the site's content (src/content, or CONTENT_DIR) and an empty folder to build it
 * into, for build tests that change the content: a second source, a broken file.
 */
export async function copyContent(name: string): Promise<ContentCopy> {
  const contentDir = await mkdtemp(join(tmpdir(), `corridors-${name}-content-`));
  const outDir = await mkdtemp(join(tmpdir(), `corridors-${name}-dist-`));
  await cp(resolveContentPath(process.cwd(), '.'), contentDir, { recursive: true });
  const cache = contentCacheDir(process.cwd(), { CONTENT_DIR: contentDir });
  return {
    contentDir,
    outDir,
    remove: async () => {
      await Promise.all(
        [contentDir, outDir, clientManifestPath(outDir), cache].map((path) =>
          rm(path, { recursive: true, force: true }),
        ),
      );
    },
  };
}
