import { z } from 'astro/zod';

const paragraph = z.object({
  /** Stable anchor of the paragraph: `p1`, `p2`, … (made by the loader). */
  id: z.string().regex(/^p\d+$/),
  /** 1-based position. */
  n: z.number().int().positive(),
  /** The paragraph verbatim. */
  text: z.string().min(1),
});

const editorialNote = z.object({
  /** The paragraph the note is about, e.g. `p1`. */
  paragraph: z.string().regex(/^p\d+$/),
  /** The words the note is about, verbatim from that paragraph, e.g. `China China Asia Summit`. */
  passage: z.string().min(1),
  /** The note in clean English, e.g. `Means the China–Central Asia Summit.` */
  note: z.string().min(1),
});

/**
 * A source text. Authors write `source.yaml` beside a verbatim `article.txt`;
 * the loader adds `text` and `paragraphs`.
 */
export const sourceSchema = z.object({
  /** The title to cite the source by: its own headline, or, when that is not known, a descriptive title of ours (see `titleIsDescriptive`). */
  title: z.string().min(1),
  /**
   * Whether `title` is a descriptive title of ours rather than the source's own headline. Citations set a
   * descriptive title in square brackets, `[China and Central Asia ahead of …]`, and a headline in quotation
   * marks; structured data never gives a descriptive title as the headline. Defaults to `false`: a title is
   * taken as the source's headline unless marked.
   */
  titleIsDescriptive: z.boolean().default(false),
  /** A one-sentence description of the source for the reader. */
  description: z.string().min(1),
  /** What kind of text it is, in lower case as a citation writes it, e.g. `news article (apparently machine-translated from Chinese, judging by its slips)`. */
  kind: z.string().min(1),
  /** When it was written, only as far as the text itself tells, e.g. `After April and before 18 May 2023`. */
  written: z.string().min(1),
  /** The date to cite the source by, as precisely as the text allows, e.g. `May 2023`. */
  citeDate: z.string().min(1),
  /**
   * Set when `citeDate` is inferred rather than printed in the source: a sentence saying how, which the Cite
   * sections show; citations then mark the date uncertain (APA's `ca.`).
   */
  citeDateInferred: z.string().min(1).optional(),
  /** Where the source was published, when that is known: a link on its page, e.g. `https://example.org/news/123`. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** SHA-256 of `article.txt`, in hex: the build refuses a source whose text has changed. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Ids of paragraphs that are sub-headlines in the article, e.g. `[p2, p4]`. */
  headlines: z.array(z.string().regex(/^p\d+$/)).default([]),
  /** Editorial notes where the translation misleads. */
  notes: z.array(editorialNote).default([]),
  /** The verbatim text (added by the loader). */
  text: z.string().min(1),
  /** The text split at blank lines (added by the loader). */
  paragraphs: z.array(paragraph).min(1),
});

export type SourceData = z.output<typeof sourceSchema>;
