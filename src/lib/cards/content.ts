/**
 * What a social card shows (a page's `og:image`), decided from the content and nothing else: the words
 * and figures here are the site's own (the fact's figure as src/lib/text/format.ts writes it, "Quoted" or
 * "Derived" from src/lib/text/fact-kind.ts), so a card never says more than the page it stands for. The
 * drawing is src/lib/cards/layout.ts; the key that caches the drawing is `cardKey`.
 */
import { createHash } from 'node:crypto';
import type { ChartModel } from '../charts/charts.ts';
import type { FactNode } from '../content/graph.ts';
import { factSentence, inSentence, unitAfterNumber, type FigureParts } from '../text/format.ts';
import { kindLabel } from '../text/fact-kind.ts';
import { yearsNote } from '../text/public-context.ts';

/** The colour a card takes: a corridor's mode, or `context` for the summit and the site itself. */
export type CardMode = 'air' | 'rail' | 'intermodal' | 'context';

/** A fact's card: its figure large, what it is, when, and where it comes from. */
export interface FactCard {
  type: 'fact';
  mode: CardMode;
  /** The corridor's short name, e.g. `Rail`, or `Summit context`. */
  topic: string;
  /** "Quoted" or "Derived". */
  kind: string;
  /** The figure in parts (`more than` · `80` · `%`); a fact without a value shows its label alone. */
  figure?: FigureParts | undefined;
  label: string;
  /** What the fact says, under its label and period: a figure alone would say more than the fact. */
  statement: string;
  /** The first sentence of the fact's note (how it may be read, what it leaves out), as one muted line. */
  note?: string | undefined;
  period?: string | undefined;
  /** The title of the source it comes from. */
  source: string;
}

/** A chart's card: the chart itself, drawn from its model. */
export interface ChartCard {
  type: 'chart';
  mode: CardMode;
  topic: string;
  chart: ChartModel;
}

/** A place's card: its name, country and locator map (SVG markup, drawn by src/lib/cards/map-svg.ts). */
export interface PlaceCard {
  type: 'place';
  mode: CardMode;
  name: string;
  /** e.g. `Railway port in Xinjiang, China`. */
  detail: string;
  /** Which of what it shows is public context: `Country, region and map position: public context`. */
  context: string;
  /** The locator map as a standalone SVG document. */
  map: string;
}

/** Any other page: its title, a short description and what kind of page it is. */
export interface PageCard {
  type: 'page';
  mode: CardMode;
  /** e.g. `Corridor`, `Source`, `Facts`: a word over the title. */
  eyebrow: string;
  title: string;
  description: string;
}

export type CardContent = FactCard | ChartCard | PlaceCard | PageCard;

/** A card and its page: the card's address is `cardPath(base, page)` (src/lib/site/links.ts). */
export interface CardEntry {
  /** The page's path, e.g. `/facts/rail-khorgos-trains/`. */
  page: string;
  content: CardContent;
  /** The card in words, for `og:image:alt`. */
  alt: string;
}

/** The corridor colour of a fact or page: its corridor's mode, else the summit context's. */
export function cardMode(mode: string | undefined): CardMode {
  return mode === 'air' || mode === 'rail' || mode === 'intermodal' ? mode : 'context';
}

/** What a fact's card shows, given its corridor's short name (undefined: summit context) and its source's title. */
export function factCard(
  fact: Pick<FactNode, 'kind' | 'label' | 'figure' | 'period' | 'statement' | 'note' | 'speaker'>,
  corridor: { mode: string; name: string } | undefined,
  source: string,
): FactCard {
  const figure = fact.figure && {
    qualifier: fact.figure.qualifier,
    number: fact.figure.number,
    unit: fact.figure.unit,
  };
  return {
    type: 'fact',
    mode: cardMode(corridor?.mode),
    topic: corridor === undefined ? 'Summit context' : corridor.name,
    kind: kindLabel(fact.kind),
    figure,
    label: fact.label,
    // A speaker's claim stays theirs on the card, as on the page (FactCard.astro).
    statement: factSentence(fact),
    note: fact.note === undefined ? undefined : firstSentence(fact.note),
    period: fact.period,
    source,
  };
}

/** A text's first sentence: up to the first full stop, question or exclamation mark followed by a space. */
export function firstSentence(value: string): string {
  return value.trim().split(/(?<=[.!?])\s+/)[0] ?? '';
}

/** The words a chart's card draws, for `yearsNote`. */
export function chartWords(chart: ChartModel): string[] {
  return [
    chart.title,
    chart.measure,
    chart.period,
    ...(chart.type === 'timeline' ? chart.groups.map((group) => group.when) : chart.categories),
  ];
}

/**
 * Which years a card's words give, labelled public context, for its footer and its alt text
 * (src/lib/text/public-context.ts): the source gives no year, so a card says so, as a page's footer does.
 * Undefined when its words give none, or label each year already.
 */
export function cardYears(content: CardContent): string | undefined {
  switch (content.type) {
    case 'fact':
      return yearsNote(content.label, content.period, content.statement, content.note);
    case 'chart':
      return yearsNote(...chartWords(content.chart));
    case 'place':
      return undefined;
    case 'page':
      return yearsNote(content.title, content.description);
  }
}

/** A kind's first letter in lower case, for the middle of a sentence (`Railway port` → `railway port`). */
function lowerFirst(value: string): string {
  return /^[A-Z][a-z]/.test(value) ? `${value.charAt(0).toLowerCase()}${value.slice(1)}` : value;
}

/** A figure as one line of text: `more than 80%`, `2,485 trains`. */
export function figureText(figure: FigureParts): string {
  return `${figure.qualifier === '' ? '' : `${figure.qualifier} `}${figure.number}${unitAfterNumber(figure.unit)}`;
}

/** The card in one or two sentences, for `og:image:alt`: what a reader who cannot see it would be told. */
export function cardAlt(content: CardContent): string {
  switch (content.type) {
    case 'fact': {
      const what = content.figure ? `${figureText(content.figure)}: ${content.label}` : content.label;
      const when = content.period === undefined ? '' : ` (${inSentence(content.period)})`;
      const years = cardYears(content);
      const note = content.note === undefined ? '' : ` ${content.note}`;
      return `${what}${when}. ${content.statement}${note} ${content.kind} from ${content.source}.${years ? ` ${years}.` : ''}`;
    }
    case 'chart':
      return chartAlt(content.chart);
    case 'place':
      return `${content.name} (${lowerFirst(content.detail)}), marked on a locator map. ${content.context}.`;
    case 'page':
      // `Search every fact …` alone, not `Search: Search every fact …`.
      if (content.eyebrow === content.title)
        return content.description.startsWith(`${content.title} `)
          ? content.description
          : `${content.title}: ${content.description}`;
      // A title with a colon of its own takes its kind after it, not a second colon before it.
      return content.title.includes(': ')
        ? `${content.title} (${lowerFirst(content.eyebrow)} page).`
        : `${content.eyebrow}: ${content.title}.`;
  }
}

/** A chart's card in words: its title and period, and which years are public context. */
export function chartAlt(chart: { title: string; period: string }): string {
  const years = yearsNote(chart.title, chart.period);
  return `Chart: ${chart.title}. ${chart.period}.${years ? ` ${years}.` : ''}`;
}

/**
 * The key a rendered card is cached under: a hash of everything the card shows (its years' label too,
 * worded outside this folder) and of what draws it (`renderer`: the layout's version, the packages'
 * versions and the fonts' hash), so a card is drawn again exactly when one of them changes. The chart's
 * links are left out: they are not drawn.
 */
export function cardKey(content: CardContent, renderer: string): string {
  const shown =
    content.type === 'chart'
      ? {
          ...content,
          chart: JSON.parse(
            JSON.stringify(content.chart, (k, v: unknown) => (k === 'href' || k === 'page' ? undefined : v)),
          ) as unknown,
        }
      : content;
  return createHash('sha256')
    .update(renderer)
    .update('\0')
    .update(JSON.stringify({ ...shown, years: cardYears(content) }))
    .digest('hex')
    .slice(0, 32);
}
