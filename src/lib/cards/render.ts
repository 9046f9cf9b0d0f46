/**
 * Cards drawn to PNG: satori lays the element tree out and writes SVG with the text as paths, resvg
 * draws the SVG, both at build time (no browser), in the card step after Astro's build
 * (src/lib/cards/publish/). Each card is cached on disk under the hash of what it shows and of what
 * draws it (`cardKey`, `rendererId`), so a rebuild after one changed fact draws one card.
 * resvg writes full-colour PNG; sharp (libimagequant) reduces it to a palette of at most 16 colours,
 * which a card of flat colours and anti-aliased text needs no more of, at about a third of the bytes;
 * its quickest quantizing effort makes cards no larger than its default (docs/benchmarks.md, 'Social cards').
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { CardContent } from './content.ts';
import { CARD_FONT } from './elements.ts';
import { cardLayout, CARD_HEIGHT, CARD_WIDTH } from './layout.ts';

/**
 * The code that draws a card: a change to any of its files draws every card again. Its files only, not
 * its publish/ folder, which places the drawings in the build rather than drawing them.
 */
const DRAWING_DIR = 'src/lib/cards';

/** The shipped Noto Sans (OFL, licence beside the files), Latin and Latin Extended, regular and bold. */
export const FONT_DIR = 'src/assets/fonts/noto-sans';

interface Fonts {
  fonts: { name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[];
  hash: string;
}
let fonts: Fonts | undefined;
/** A hash of the files in a folder of the project, by name and content. */
function hashFiles(dir: string, ext: string): { hash: string; files: { name: string; data: Buffer }[] } {
  const hash = createHash('sha256');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((name) => {
      const data = readFileSync(join(dir, name));
      hash.update(name).update('\0').update(data);
      return { name, data };
    });
  return { hash: hash.digest('hex'), files };
}

function loadFonts(root: string): Fonts {
  if (fonts === undefined) {
    const { hash, files } = hashFiles(resolve(root, FONT_DIR), '.woff');
    const list = files.map(({ name, data }) => ({
      name: CARD_FONT,
      data,
      weight: name.includes('-700-') ? (700 as const) : (400 as const),
      style: 'normal' as const,
    }));
    fonts = { fonts: list, hash };
  }
  return fonts;
}

/** A package's version, from the package.json above its entry point (sharp's exports do not list its package.json). */
function packageVersion(name: string): string {
  let dir = dirname(createRequire(import.meta.url).resolve(name));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name?: string;
        version: string;
      };
      if (manifest.name === name) return manifest.version;
    } catch {
      // No package.json here: look further up.
    }
    const up = dirname(dir);
    if (up === dir) throw new Error(`No package.json found for ${name}`);
    dir = up;
  }
}

let renderer: string | undefined;
/** What draws the cards, as part of each card's cache key: the drawing's code, the packages' versions, the fonts. */
export function rendererId(root = process.cwd()): string {
  renderer ??= [
    `code ${hashFiles(resolve(root, DRAWING_DIR), '.ts').hash}`,
    `satori ${packageVersion('satori')}`,
    `resvg ${packageVersion('@resvg/resvg-js')}`,
    `sharp ${packageVersion('sharp')}`,
    `fonts ${loadFonts(root).hash}`,
  ].join('; ');
  return renderer;
}

/** A card drawn to PNG, no cache. */
export async function drawCard(content: CardContent, site: string, root = process.cwd()): Promise<Buffer> {
  const [{ default: satori }, { Resvg }, { default: sharp }] = await Promise.all([
    import('satori'),
    import('@resvg/resvg-js'),
    import('sharp'),
  ]);
  const svg = await satori(cardLayout(content, site) as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: loadFonts(root).fonts,
  });
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .png({ palette: true, colours: 16, dither: 0, compressionLevel: 9, effort: 1 })
    .toBuffer();
}
