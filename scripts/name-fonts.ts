/**
 * `npm run fonts:names -- <folder>`: cuts the fonts places' names are drawn in
 * (src/assets/fonts/names/, src/lib/text/name-fonts.ts) to the characters the names use. The folder holds
 * the fonts they are cut from, NotoSansSC_400Regular.ttf and NotoSans_400Regular.ttf, from the npm
 * packages @expo-google-fonts/noto-sans-sc and @expo-google-fonts/noto-sans (`npm pack` them, then
 * untar: they weigh 57 MB, so they are not dependencies). Run it after adding a name in a new script's
 * characters; the unit test tests/unit/text/name-fonts.test.ts says when it is needed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { charactersFor, NAME_FONTS } from '../src/lib/text/name-fonts.ts';
import { readPlaceNames } from '../tools/place-names.ts';

const from = process.argv[2];
if (from === undefined) {
  console.error('Usage: npm run fonts:names -- <folder holding NotoSansSC_400Regular.ttf and NotoSans_400Regular.ttf>');
  process.exit(1);
}
const names = readPlaceNames().flatMap((place) => place.others.map((other) => other.name));
for (const font of NAME_FONTS) {
  const chars = charactersFor(names, font.script);
  const subset = await subsetFont(readFileSync(join(from, font.from)), chars.join(''), { targetFormat: 'woff2' });
  const target = join('src/assets/fonts/names', font.file);
  writeFileSync(target, subset);
  console.log(`${target}: ${chars.length} characters, ${subset.length} bytes`);
}
