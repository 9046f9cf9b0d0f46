/**
 * The languages a place's other names are written in, by BCP 47 tag (language, and script where the
 * language is written in more than one), with the words pages use for each. A tag not listed here is
 * refused by the place schema, so that every name's language is one a page can name in English.
 */
export const NAME_LANGUAGES = {
  'zh-Hans': 'Chinese',
  'zh-Latn-pinyin': 'Pinyin',
  ru: 'Russian',
  kk: 'Kazakh',
  ky: 'Kyrgyz',
  tg: 'Tajik',
  tk: 'Turkmen',
  'uz-Latn': 'Uzbek, Latin script',
  'uz-Cyrl': 'Uzbek, Cyrillic script',
} as const;

export type NameLanguage = keyof typeof NAME_LANGUAGES;

export const NAME_LANGUAGE_TAGS = Object.keys(NAME_LANGUAGES) as [NameLanguage, ...NameLanguage[]];

/** The languages of a name in words, joined: `Kazakh and Russian`. */
export function languagesText(tags: readonly NameLanguage[]): string {
  const names = tags.map((tag) => NAME_LANGUAGES[tag]);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
}

/** How a page describes another name: its languages, then why it is listed, e.g. `Kazakh and Russian: official name`. */
export function nameNote(alt: { lang: readonly NameLanguage[]; note?: string | undefined }): string | undefined {
  const languages = languagesText(alt.lang);
  if (languages === '') return alt.note;
  return alt.note ? `${languages}: ${alt.note}` : languages;
}
