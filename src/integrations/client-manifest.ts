import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The name Vite writes the manifest under inside the build, before it is moved out. */
const IN_BUILD = '.client-manifest.json';

/** Where the client manifest of the build in `distDir` is kept: beside that folder, so it is never published. */
export function clientManifestPath(distDir: string): string {
  return `${distDir.replace(/[\\/]+$/, '')}.client-manifest.json`;
}

/**
 * Has Vite write the manifest of the browser bundle (each chunk's file, its static imports and its
 * `import()`s), which `npm run budget` and the build tests read to weigh each page, and moves it out
 * of the published folder once the build is done.
 */
export function clientManifestIntegration(): AstroIntegration {
  return {
    name: 'client-manifest',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'client-manifest',
                // Astro sets build.manifest to false in its build config; an environment hook still reaches the client build.
                configEnvironment: (name) => (name === 'client' ? { build: { manifest: IN_BUILD } } : undefined),
              },
            ],
          },
        });
      },
      'astro:build:done': async ({ dir }) => {
        const distDir = fileURLToPath(dir);
        await rename(join(distDir, IN_BUILD), clientManifestPath(distDir));
      },
    },
  };
}
