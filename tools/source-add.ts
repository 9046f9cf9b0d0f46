/**
 * What `npm run source:add` writes for a text file (scripts/source-add.ts): a source folder, its text
 * verbatim with only line endings and the blank lines between paragraphs made regular, and its
 * `source.yaml` with the SHA-256 of that text and the fields given or found in the file. Pure: the file's
 * bytes and the sources already there in, the files to write (or the one problem that stops it) out.
 */
import { createHash } from 'node:crypto';
import GithubSlugger from 'github-slugger';
import { stringify as stringifyYaml } from 'yaml';
import { MONTHS } from '../src/lib/cite/csl.ts';
import { splitParagraphs } from '../src/lib/content/paragraphs.ts';

/** A news article is a few kilobytes; a file past this is a page with its markup, a book or not a text. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

/** Why a file of `size` bytes cannot be a source, or undefined when it can. */
export function sizeProblem(size: number): string | undefined {
  if (size <= MAX_SOURCE_BYTES) return undefined;
  return `${(size / 1024 / 1024).toFixed(1)} MB, more than a source's ${MAX_SOURCE_BYTES / 1024 / 1024} MB; a source is the text of one article or report, without markup or images`;
}

/** A source's id: its folder and its address, `/sources/<id>/`. */
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 80;

export interface SourceOptions {
  id?: string | undefined;
  title?: string | undefined;
  /** `YYYY-MM-DD`, the day it was written or published. */
  written?: string | undefined;
  kind?: string | undefined;
  url?: string | undefined;
}

/** A source already there, with `textHash` of its text (its own sha256 may be of a text with other blank lines). */
export interface ExistingSource {
  id: string;
  hash: string;
}

export interface SourcePlan {
  id: string;
  /** Paths inside the content folder, and their text. */
  files: { path: string; text: string }[];
  paragraphs: number;
  sha256: string;
  /** The fields a person still has to write, with what each is. */
  todo: { field: string; what: string }[];
  /** What was taken from the file rather than given. */
  found: string[];
}

export type PlanResult = { ok: true; plan: SourcePlan } | { ok: false; problem: string };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The SHA-256 of a text as `normaliseText` keeps it: two files of the same text have the same hash. */
export const textHash = (text: string): string => sha256(normaliseText(text));

/** `2023-05-17` → `17 May 2023`, or undefined when it is not a day of the calendar. */
export function dayInWords(iso: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/**
 * The text as the site keeps it: line endings `\n`, paragraphs (blocks between blank lines, a line of
 * spaces counting as blank) one blank line apart, one newline at the end; every other character as it
 * was, so each paragraph is the file's, verbatim.
 */
export function normaliseText(text: string): string {
  return `${splitParagraphs(text)
    .map((paragraph) => paragraph.text)
    .join('\n\n')}\n`;
}

/** The first paragraph, when it reads as a headline: one short line that does not end a sentence. */
function headlineOf(text: string): string | undefined {
  const first = splitParagraphs(text)[0]?.text;
  if (first === undefined || first.length > 150 || first.includes('\n') || /[.!?:;,]["”’]?$/.test(first))
    return undefined;
  return first;
}

/** What `source:add` would write for `bytes`, the file at `name`, or why it will not. */
export function planSource(
  bytes: Uint8Array,
  name: string,
  options: SourceOptions,
  existing: readonly ExistingSource[],
): PlanResult {
  const refuse = (problem: string): PlanResult => ({ ok: false, problem: `${name}: ${problem}` });
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge !== undefined) return refuse(tooLarge);
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse('not UTF-8 text; save it as UTF-8 plain text (in most editors: Save as… › Encoding: UTF-8)');
  }
  // eslint-disable-next-line no-control-regex -- NUL and other C0 controls are what marks a binary file.
  if (/[\u0000-\u0008\u000e-\u001f]/.test(decoded))
    return refuse(
      'holds control characters, so it is not plain text (a PDF or word-processor file?); export it as plain text',
    );
  if (decoded.trim() === '') return refuse('empty: there is no text to add');
  const text = normaliseText(decoded);
  const hash = sha256(text);
  const same = existing.find((source) => source.hash === hash);
  if (same) return refuse(`the same text is already the source "${same.id}" (sources/${same.id}/): nothing to add`);

  const found: string[] = [];
  const headline = headlineOf(text);
  const title = options.title?.trim() || headline;
  if (!options.title?.trim() && headline !== undefined) found.push(`title: the first line, which reads as a headline`);
  const id =
    options.id ?? (title ? new GithubSlugger().slug(title).slice(0, MAX_ID_LENGTH).replace(/-+$/, '') : undefined);
  if (id === undefined || id === '')
    return refuse(
      'give the source an id with --id <id> (lower-case words joined by hyphens): its address, /sources/<id>/',
    );
  if (!ID.test(id) || id.length > MAX_ID_LENGTH)
    return refuse(
      `"${id}" cannot be a source's id: use lower-case letters, digits and single hyphens, at most ${MAX_ID_LENGTH} characters`,
    );
  if (existing.some((source) => source.id === id))
    return refuse(`a source "${id}" exists already (sources/${id}/); choose another --id`);
  if (options.id === undefined) found.push(`id: from the title`);
  const written = options.written === undefined ? undefined : dayInWords(options.written);
  if (options.written !== undefined && written === undefined)
    return refuse(`--written ${options.written} is not a day: write it as YYYY-MM-DD, e.g. 2023-05-17`);
  if (options.url !== undefined && !/^https?:\/\/[^\s]+$/.test(options.url))
    return refuse(`--url ${options.url} is not a web address: give it with http:// or https://`);

  const todo: SourcePlan['todo'] = [];
  const field = (key: string, value: string | undefined, what: string) => {
    if (value === undefined || value === '') {
      todo.push({ field: key, what });
      return [`# ${key}: ${what}`, `${key}: ''`];
    }
    return [`${key}: ${stringifyYaml(value, { lineWidth: 0 }).trimEnd()}`];
  };
  const yaml = [
    `# Written by \`npm run source:add\`. The text verbatim is in article.txt beside this file; never edit it.`,
    `# Paragraph ids (p1, p2, …) come from its blank-line-separated blocks.`,
    ...field('title', title, "the source's own headline, or a descriptive title of ours with titleIsDescriptive: true"),
    ...field('description', undefined, 'one sentence telling the reader what the source is'),
    ...field(
      'kind',
      options.kind?.trim(),
      'what kind of text it is, in lower case as a citation writes it, e.g. news article',
    ),
    ...field('written', written, 'when it was written, only as far as the text or its publisher tells'),
    ...field('citeDate', written, 'the date to cite it by: 2023, May 2023 or 17 May 2023'),
    ...(options.url === undefined ? [] : [`url: ${options.url}`]),
    `sha256: ${hash}`,
    ...(headline !== undefined && title === headline ? ['headlines: [p1]'] : []),
    '',
  ].join('\n');
  return {
    ok: true,
    plan: {
      id,
      files: [
        { path: `sources/${id}/article.txt`, text },
        { path: `sources/${id}/source.yaml`, text: yaml },
      ],
      paragraphs: splitParagraphs(text).length,
      sha256: hash,
      todo,
      found,
    },
  };
}
