/**
 * Writes the registry of published pages and anchors
 * (`links/registry.json` of the content folder: src/content, or CONTENT_DIR) from a build. Run `npm run anchors:update`
 * after adding pages, sections, facts or paragraphs; the build tests fail
 * while the registry is behind, and when a published anchor disappears
 * without an alias in `links/aliases.yaml`.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { registryFile } from '../src/lib/site/link-aliases.ts';
import { builtAnchors } from '../tools/built-anchors.ts';

const registry = builtAnchors(join(process.cwd(), process.argv[2] ?? 'dist'));
writeFileSync(resolve(process.cwd(), registryFile()), `${JSON.stringify(registry, null, 2)}\n`);
const count = Object.values(registry).reduce((sum, anchors) => sum + anchors.length, 0);
console.log(`Wrote ${registryFile()}: ${Object.keys(registry).length} pages, ${count} anchors.`);
