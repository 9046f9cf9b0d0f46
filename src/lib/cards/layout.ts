/**
 * A card's drawing, as the element tree satori lays out (plain objects, no React): a light card in the
 * site's light theme, whatever the reader's chat app uses, with the corridor's colour as a band across
 * its top. Text is 30 px or more on the 1200 px card, so it stays at least 12.5 px when an app shows
 * the card 500 px wide. What the card says is decided in src/lib/cards/content.ts.
 */
import { chartDrawing } from './chart-layout.ts';
import { cardYears, type CardContent, type CardMode, type FactCard, type PageCard, type PlaceCard } from './content.ts';
import { CARD_COLOURS, CARD_FONT, el, text, type CardNode } from './elements.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const SIDE = 64;

/** The small capitals over a card's title: `Rail · Derived`, `Corridor`. */
function eyebrow(words: string, mode: CardMode): CardNode {
  return text(words.toUpperCase(), { fontSize: 30, fontWeight: 700, letterSpacing: 1, color: CARD_COLOURS.mode[mode] });
}

/**
 * The foot of every card: what it comes from on the left (up to two lines, so a long source title is
 * not cut); on the right the site's name, and under it which years on the card are public context.
 */
function footer(left: string, site: string, years: string | undefined): CardNode {
  return el(
    'div',
    {
      borderTop: `2px solid ${CARD_COLOURS.border}`,
      paddingTop: 14,
      justifyContent: 'space-between',
      alignItems: 'center',
      gap: 32,
      fontSize: 28,
      lineHeight: 1.2,
    },
    text(left, { color: CARD_COLOURS.muted, flex: 1 }, 2),
    el(
      'div',
      { flexDirection: 'column', alignItems: 'flex-end' },
      text(site, { fontSize: 30, fontWeight: 700, color: CARD_COLOURS.text }),
      ...(years === undefined ? [] : [text(years, { color: CARD_COLOURS.muted })]),
    ),
  );
}

/** The card: the corridor's band, the body, the footer. */
function frame(mode: CardMode, body: CardNode, foot: CardNode): CardNode {
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      flexDirection: 'column',
      backgroundColor: CARD_COLOURS.bg,
      color: CARD_COLOURS.text,
      fontFamily: CARD_FONT,
    },
    el('div', { height: 16, backgroundColor: CARD_COLOURS.mode[mode] }),
    el(
      'div',
      { flex: 1, flexDirection: 'column', padding: `40px ${SIDE}px 36px` },
      el('div', { flex: 1, flexDirection: 'column', overflow: 'hidden', paddingBottom: 12 }, body),
      foot,
    ),
  );
}

function factBody(card: FactCard): CardNode {
  const { figure } = card;
  const label = (big: boolean) =>
    text(
      card.label,
      { fontSize: big ? 34 : 52, fontWeight: 700, lineHeight: 1.15, ...(big ? { flex: 1 } : { marginTop: 12 }) },
      3,
    );
  // The figure with its label beside it, so the statement and the note have room below.
  const headline = figure
    ? el(
        'div',
        { alignItems: 'center', gap: 36, marginTop: 4 },
        el(
          'div',
          { alignItems: 'flex-end', flexShrink: 0 },
          ...(figure.qualifier === ''
            ? []
            : [text(figure.qualifier, { fontSize: 40, color: CARD_COLOURS.muted, paddingBottom: 8, marginRight: 16 })]),
          el(
            'div',
            { alignItems: 'flex-end', gap: figure.unit === '%' || figure.unit === 'pp' ? 4 : 16 },
            text(figure.number, {
              fontSize: 96,
              fontWeight: 700,
              lineHeight: 1,
              color: CARD_COLOURS.mode[card.mode],
            }),
            ...(figure.unit === '' ? [] : [text(figure.unit, { fontSize: 48, fontWeight: 700, paddingBottom: 8 })]),
          ),
        ),
        label(true),
      )
    : label(false);
  return el(
    'div',
    { flexDirection: 'column', gap: 6 },
    el(
      'div',
      { alignItems: 'center', gap: 20 },
      eyebrow(card.topic, card.mode),
      text(card.kind, {
        fontSize: 30,
        fontWeight: 700,
        padding: '2px 16px',
        borderRadius: 8,
        border: `2px solid ${CARD_COLOURS.mode[card.mode]}`,
        color: CARD_COLOURS.mode[card.mode],
      }),
    ),
    headline,
    ...(card.period === undefined ? [] : [text(card.period, { fontSize: 30, color: CARD_COLOURS.muted })]),
    // The statement says what the figure counts: without it, "2,129 trains · Trains through Alashankou" says more.
    text(card.statement, { fontSize: 28, lineHeight: 1.3 }, card.note === undefined ? 6 : 4),
    ...(card.note === undefined
      ? []
      : [text(card.note, { fontSize: 28, lineHeight: 1.2, color: CARD_COLOURS.muted }, 2)]),
  );
}

/** A page's card; no word over the title when it would repeat the title or the footer's site name. */
function pageBody(card: PageCard, site: string): CardNode {
  const repeats = card.eyebrow === card.title || card.eyebrow === site;
  return el(
    'div',
    { flexDirection: 'column', gap: 20, justifyContent: 'center', flex: 1 },
    ...(repeats ? [] : [eyebrow(card.eyebrow, card.mode)]),
    text(card.title, { fontSize: 64, fontWeight: 700, lineHeight: 1.15 }, 3),
    text(card.description, { fontSize: 30, lineHeight: 1.3, color: CARD_COLOURS.muted }, 6),
  );
}

/** The locator map's drawing is 1000 units wide (src/lib/maps/projection.ts, `MAP_WIDTH`). */
function placeBody(card: PlaceCard, mapAspect: number): CardNode {
  // As wide as the card allows, and no taller than the body.
  const mapWidth = Math.round(Math.min(600, 440 / mapAspect));
  return el(
    'div',
    { flex: 1, gap: 40, alignItems: 'center' },
    el(
      'div',
      { flexDirection: 'column', gap: 16, flex: 1 },
      eyebrow('Place', card.mode),
      text(card.name, { fontSize: 68, fontWeight: 700, lineHeight: 1.1 }, 2),
      text(card.detail, { fontSize: 36, color: CARD_COLOURS.muted, lineHeight: 1.3 }, 3),
      text(card.context, { fontSize: 30, color: CARD_COLOURS.muted }, 3),
    ),
    {
      type: 'img',
      props: {
        src: `data:image/svg+xml;base64,${Buffer.from(card.map).toString('base64')}`,
        width: mapWidth,
        height: Math.round(mapWidth * mapAspect),
        style: { border: `2px solid ${CARD_COLOURS.border}`, borderRadius: 8 },
      },
    },
  );
}

/** The width-to-height ratio of an SVG document's viewBox. */
function svgAspect(svg: string): number {
  const box = /viewBox="([\d.\s-]+)"/.exec(svg)?.[1]?.trim().split(/\s+/).map(Number);
  return box && box.length === 4 && (box[2] ?? 0) > 0 ? (box[3] ?? 0) / (box[2] ?? 1) : 0.7;
}

/** The card's element tree, for satori. `site` is the site's name, on every card's footer. */
export function cardLayout(content: CardContent, site: string): CardNode {
  switch (content.type) {
    case 'fact':
      return frame(content.mode, factBody(content), footer(`Source: ${content.source}`, site, cardYears(content)));
    case 'chart':
      return frame(content.mode, chartDrawing(content), footer(`Chart · ${content.topic}`, site, cardYears(content)));
    case 'place':
      return frame(content.mode, placeBody(content, svgAspect(content.map)), footer('', site, undefined));
    case 'page':
      return frame(content.mode, pageBody(content, site), footer('', site, cardYears(content)));
  }
}
