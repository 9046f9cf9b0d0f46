/**
 * Sources and facts as CSL-JSON items (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html),
 * the one description of a citation that the formatted citations (format.ts), the downloads (bibtex.ts,
 * ris.ts) and the pages' citation meta (meta.ts) are all made from. Only what the site knows goes in: the
 * sources carry no author or outlet, so an item has neither, rather than one made up.
 */
import { MONTHS } from '../text/months.ts';
import { inSentence } from '../text/format.ts';
import { withYearsNote } from '../text/public-context.ts';

export { MONTHS };

/** A date as CSL-JSON writes it: its parts, or the words of a date the site cannot reduce to parts. */
export type CslDate = (
  { 'date-parts': [[number] | [number, number] | [number, number, number]] } | { literal: string }
) & {
  /** An inferred date: styles print it as uncertain (APA's `ca.`). */
  circa?: true;
};

export interface CslItem {
  id: string;
  /** `article-newspaper` for a news article; `document` for anything else. */
  type: 'article-newspaper' | 'document';
  /** The source's own headline, or a descriptive title of ours in square brackets, kept in its case (`itemTitle`). */
  title: string;
  /** What kind of text the source is, as a citation names it: `kind` up to any remark in brackets, which goes in the note. */
  genre: string;
  issued: CslDate;
  /** Ours: the source's page, or the fact's permanent page. */
  URL: string;
  /** What the site says of the source, its kind and when it was written; for a fact, its paragraphs and statement, and when written. */
  note: string;
}

/** What an item needs of a source (src/schemas/source.ts). */
export interface CitableSource {
  id: string;
  title: string;
  titleIsDescriptive: boolean;
  kind: string;
  /** When it was written, as far as the text tells (`written`). */
  written: string;
  citeDate: string;
  /** Set when `citeDate` is inferred rather than printed: a sentence saying how. */
  citeDateInferred?: string | undefined;
  description: string;
}

const DATE = new RegExp(`^(?:(?:(\\d{1,2}) )?(${MONTHS.join('|')}) )?(\\d{4})$`);

/**
 * A source's `citeDate` as CSL-JSON: `2023`, `May 2023` and `18 May 2023` as parts; anything else
 * (`Spring 2023`) as the words themselves, which citation styles print as they are.
 */
export function cslDate(citeDate: string): CslDate {
  const match = DATE.exec(citeDate.trim());
  if (!match) return { literal: citeDate };
  const [, day, month, year] = match;
  const y = Number(year);
  if (month === undefined) return { 'date-parts': [[y]] };
  const m = MONTHS.indexOf(month) + 1;
  return { 'date-parts': [day === undefined ? [y, m] : [y, m, Number(day)]] };
}

/** The parts of an item's date, or none for a date in words. */
export function dateParts(date: CslDate): readonly number[] | undefined {
  return 'date-parts' in date ? date['date-parts'][0] : undefined;
}

/** The note of an item whose date is in words: the note with that date, which a `.bib` or `.ris` date cannot hold. */
export function noteWithDate(item: Pick<CslItem, 'note' | 'issued'>): string {
  return 'literal' in item.issued ? `${item.note} Date: ${item.issued.literal}.` : item.note;
}

/**
 * A descriptive title in square brackets, as citation styles set the title of an untitled work; a headline as it
 * is. A descriptive title is ours, in sentence case, and CSL's `nocase` markup keeps the styles that title-case
 * a headline (APA in text, Chicago) from recasing it; `plainTitle` takes the markup off for the formats without it.
 */
function itemTitle(source: Pick<CitableSource, 'title' | 'titleIsDescriptive'>): string {
  return source.titleIsDescriptive ? `[<span class="nocase">${source.title}</span>]` : source.title;
}

/** An item's title without CSL's markup, for `.bib`, `.ris` and meta tags. */
export function plainTitle(item: Pick<CslItem, 'title'>): string {
  return item.title.replace(/<span class="nocase">|<\/span>/g, '');
}

/** `news article` of `news article (apparently machine-translated …)`: the kind without its remark. */
export function genreOf(kind: string): string {
  const at = kind.indexOf(' (');
  return at < 0 ? kind : kind.slice(0, at);
}

/** When a source was written, as its items' notes say it, so a download carries what its date rests on. */
export function writtenNote(source: Pick<CitableSource, 'written'>): string {
  return `Written ${inSentence(source.written)}`;
}

/** A source as it is cited: at its page on this site (`url`). */
export function sourceItem(source: CitableSource, url: string): CslItem {
  const genre = genreOf(source.kind);
  const kindNote = genre === source.kind ? '' : ` Kind: ${source.kind}.`;
  const date = cslDate(source.citeDate);
  return {
    id: source.id,
    type: /^news article\b/i.test(source.kind) ? 'article-newspaper' : 'document',
    title: itemTitle(source),
    genre,
    issued: source.citeDateInferred === undefined ? date : { ...date, circa: true },
    URL: url,
    note: `${source.description}${kindNote} ${writtenNote(source)}`,
  };
}

/** `paragraph 5`, `paragraphs 5, 6`. */
export function paragraphsText(paragraphs: readonly number[]): string {
  return `${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${paragraphs.join(', ')}`;
}

/** Where in its source a fact is, as a citation's locator: `{ label: 'paragraph', locator: '5, 6' }`. */
export function paragraphLocator(paragraphs: readonly number[]): { label: 'paragraph'; locator: string } {
  return { label: 'paragraph', locator: paragraphs.join(', ') };
}

export interface CitableFact {
  id: string;
  statement: string;
  /** The source paragraphs the fact rests on, by number. */
  paragraphs: readonly number[];
  /** Whether the fact's figure is worked out from the source's rather than stated in it. */
  derived: boolean;
}

/**
 * A fact is cited as its source, at the fact's permanent page (`url`); the note says which paragraphs it
 * rests on and what it states, so an item saved in a reference manager still names its paragraph.
 */
export function factItem(
  source: CslItem,
  fact: CitableFact,
  url: string,
  written: Pick<CitableSource, 'written'>,
): CslItem {
  const basis = fact.derived ? ' Derived from the source’s figures.' : '';
  return {
    ...source,
    id: fact.id,
    URL: url,
    // Labelled as a page's description is: the note travels alone, and a reference manager keeps only it.
    note: withYearsNote(
      `Cited for ${paragraphsText(fact.paragraphs)}: ${fact.statement}${basis} ${writtenNote(written)}`,
    ),
  };
}
