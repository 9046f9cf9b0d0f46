/**
 * A chart drawn for its social card from its model (src/lib/charts/charts.ts), the one the page's chart,
 * table and CSV come from: bars laid out as boxes scaled to the largest value, each labelled with its
 * value as the page writes it (`more than 7`, `12.82%`), a derived series paler and named so in the
 * legend; a timeline as its groups side by side, as the source dates them. No axis ticks: every bar
 * carries its figure, which reads better at a card's size.
 */
import type { BarModel, TimelineModel } from '../charts/charts.ts';
import type { ChartCard } from './content.ts';
import { CARD_COLOURS, el, text, type CardNode } from './elements.ts';

/** The tallest a vertical bar's column may be (label and bar), in card pixels. */
const PLOT_HEIGHT = 200;
const PLOT_WIDTH = 1072;

/** A derived series is drawn paler than a quoted one (and its legend label says "derived"). */
function seriesColour(colour: string, derived: boolean): Record<string, string | number> {
  return derived ? { backgroundColor: colour, opacity: 0.45 } : { backgroundColor: colour };
}

function legend(model: BarModel, colour: string): CardNode {
  return el(
    'div',
    { gap: 32, flexWrap: 'wrap' },
    ...model.series.map((series) =>
      el(
        'div',
        { alignItems: 'center', gap: 10 },
        el('div', { width: 26, height: 26, ...seriesColour(colour, series.derived) }),
        text(series.label, { fontSize: 30, color: CARD_COLOURS.muted }),
      ),
    ),
  );
}

/** A value's label over or beside its bar, on one line however narrow the bar. */
function valueLabel(value: string): CardNode {
  return el('div', { fontSize: 30, fontWeight: 700, whiteSpace: 'nowrap' }, value);
}

function verticalBars(model: BarModel, colour: string): CardNode {
  const max = Math.max(...model.series.flatMap((s) => s.points.map((p) => p.value)), 0) || 1;
  const barWidth = Math.min(140, Math.floor((PLOT_WIDTH / model.categories.length - 80) / model.series.length));
  const barRoom = PLOT_HEIGHT - 90;
  return el(
    'div',
    { flexDirection: 'column' },
    el(
      'div',
      { justifyContent: 'space-around', alignItems: 'flex-end', borderBottom: `2px solid ${CARD_COLOURS.muted}` },
      ...model.categories.map((_, i) =>
        el(
          'div',
          { alignItems: 'flex-end', gap: 40 },
          ...model.series.map((series) => {
            const point = series.points[i];
            return el(
              'div',
              { flexDirection: 'column', alignItems: 'center', width: barWidth },
              valueLabel(point?.short ?? ''),
              el('div', {
                marginTop: 6,
                width: barWidth,
                height: Math.max(2, Math.round(((point?.value ?? 0) / max) * barRoom)),
                ...seriesColour(colour, series.derived),
              }),
            );
          }),
        ),
      ),
    ),
    el(
      'div',
      { justifyContent: 'space-around', paddingTop: 8 },
      ...model.categories.map((category) =>
        text(category, {
          fontSize: 30,
          fontWeight: 700,
          width: barWidth * model.series.length + 40 * (model.series.length - 1),
          textAlign: 'center',
        }),
      ),
    ),
  );
}

function horizontalBars(model: BarModel, colour: string): CardNode {
  const max = Math.max(...model.series.flatMap((s) => s.points.map((p) => p.value)), 0) || 1;
  const labelWidth = 240;
  const barRoom = PLOT_WIDTH - labelWidth - 340;
  const rows = model.categories.flatMap((category, i) =>
    model.series.map((series, j) => {
      const point = series.points[i];
      return el(
        'div',
        { alignItems: 'center', gap: 16 },
        text(j === 0 ? category : '', { fontSize: 30, fontWeight: 700, width: labelWidth }),
        // A bound is not drawn as an exact bar: "more than" runs on past its bar in an arrow, "less than"
        // is paler, as the chart page draws them.
        el('div', {
          width: Math.max(2, Math.round(((point?.value ?? 0) / max) * barRoom)),
          height: 56,
          ...seriesColour(colour, series.derived || point?.qualifier === 'less-than'),
        }),
        ...(point?.qualifier === 'more-than'
          ? [
              // An arrowhead drawn with borders (the card's font has no arrow): the time runs on past the bar.
              el('div', {
                width: 0,
                height: 0,
                marginLeft: -16,
                borderTop: '28px solid transparent',
                borderBottom: '28px solid transparent',
                borderLeft: `32px solid ${colour}`,
              }),
            ]
          : []),
        valueLabel(point?.display ?? ''),
      );
    }),
  );
  const bounds = model.series.some((s) =>
    s.points.some((p) => p.qualifier === 'more-than' || p.qualifier === 'less-than'),
  );
  return el(
    'div',
    { flexDirection: 'column', gap: 16, justifyContent: 'center' },
    ...rows,
    ...(bounds
      ? [text('The source gives these as bounds, not exact values', { fontSize: 30, color: CARD_COLOURS.muted })]
      : []),
  );
}

function timeline(model: TimelineModel, colour: string): CardNode {
  return el(
    'div',
    { flexDirection: 'column', gap: 12, flex: 1 },
    // The source may give no order between its groups: the card must not read as a sequence.
    text('Grouped as the source dates them, not in order', { fontSize: 30, color: CARD_COLOURS.muted }),
    el(
      'div',
      { gap: 20, flex: 1 },
      ...model.groups.map((group) =>
        el(
          'div',
          {
            flex: 1,
            flexDirection: 'column',
            gap: 6,
            padding: '10px 16px',
            borderTop: `8px solid ${colour}`,
            backgroundColor: CARD_COLOURS.surface,
          },
          text(group.when, { fontSize: 30, fontWeight: 700, color: colour, lineHeight: 1.2 }, 2),
          ...group.places.map((place) =>
            text(`${place.name} (${place.country})`, { fontSize: 30, lineHeight: 1.15 }, 2),
          ),
        ),
      ),
    ),
  );
}

/** The chart card's body: the title, what is measured and when, and the chart. */
export function chartDrawing(card: ChartCard): CardNode {
  const { chart } = card;
  const colour = CARD_COLOURS.mode[card.mode];
  const legendShown = chart.type === 'bar' && chart.series.length > 1;
  const plot =
    chart.type === 'timeline'
      ? timeline(chart, colour)
      : chart.orientation === 'horizontal'
        ? horizontalBars(chart, colour)
        : verticalBars(chart, colour);
  return el(
    'div',
    { flexDirection: 'column', gap: 10, flex: 1 },
    text(chart.title, { fontSize: 44, fontWeight: 700, lineHeight: 1.15 }, 2),
    // The period in full where there is room, as it may say which part of it is public context.
    text(
      `${chart.measure} · ${chart.period}`,
      { fontSize: 30, color: CARD_COLOURS.muted, lineHeight: 1.3 },
      legendShown ? 1 : 3,
    ),
    ...(legendShown ? [legend(chart, colour)] : []),
    el('div', { flex: 1, flexDirection: 'column', justifyContent: 'flex-end', paddingTop: 12 }, plot),
  );
}
