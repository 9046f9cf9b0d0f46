/**
 * Which shipped font draws which characters of places' names (src/assets/fonts/names/): systems without
 * CJK fonts (Debian's Chromium has none) drew 霍尔果斯 as empty boxes, so the place pages declare
 * subsets of Noto Sans SC and Noto Sans holding exactly the characters the names use. Each face's
 * `unicode-range` is the whole script, so a page fetches a face only when it shows that script;
 * `npm run fonts:names` rewrites the subsets from the data, and a unit test fails when a name has a
 * character its face lacks.
 */
export const NAME_FONTS = [
  {
    /** The file in src/assets/fonts/names/. */
    file: 'names-han.woff2',
    /** Han ideographs and CJK punctuation; its range, from CJK punctuation to the last common ideograph. */
    script: /[\u3000-\u9fff]/u,
    unicodeRange: 'U+3000-9FFF',
    /** The font it is cut from: its file in the Google Fonts package `@expo-google-fonts/noto-sans-sc`. */
    from: 'NotoSansSC_400Regular.ttf',
  },
  {
    file: 'names-cyrillic.woff2',
    script: /[\u0400-\u052f]/u,
    unicodeRange: 'U+0400-052F',
    from: 'NotoSans_400Regular.ttf',
  },
] as const;

/** The characters of `names` a font must draw, in code point order, without duplicates. */
export function charactersFor(names: readonly string[], script: RegExp): string[] {
  const chars = new Set([...names.join('')].filter((char) => script.test(char)));
  return [...chars].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
}

/** Whether any of `names` is drawn in a shipped face, so that its page links them (src/styles/name-fonts.css). */
export function needsNameFonts(names: readonly string[]): boolean {
  return names.some((name) => NAME_FONTS.some((font) => font.script.test(name)));
}
