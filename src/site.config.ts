/** Site-wide settings, in one place. */
export const siteConfig = {
  title: 'Corridors',
  /** Said in the header and in search results. */
  tagline: 'China–Central Asia transport corridors, from the source',
  description:
    'A reference on the air, rail and land–sea corridors between China and Central Asia around the China–Central Asia Summit in Xi’an (18–19 May 2023; the year is public context, as the article gives none): every figure with its source passage or its formula.',
  /** The home page's social card says this under the tagline (src/data/cards.ts): the description, short enough for three lines. */
  summary:
    'The air, rail and land–sea corridors between China and Central Asia around the summit in Xi’an: every figure with its source passage or its formula.',
  lang: 'en',
  /** Key in localStorage for the reader's theme choice. */
  themeStorageKey: 'corridors-theme',
} as const;
