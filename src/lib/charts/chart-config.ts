/**
 * Chart.js configuration from a chart model and the page's theme colours.
 * Pure, so it is unit-tested without a canvas; `src/client/charts/draw-chart.ts`
 * supplies the colours and the hatch pattern and hands the result to Chart.js.
 */
import type { ChartConfiguration, Plugin, Scale } from 'chart.js';
import type { BarModel, ChartModel, ChartPoint, TimelineModel } from './charts.ts';

export interface ChartTheme {
  /** The corridor's colour. */
  mode: string;
  text: string;
  muted: string;
  grid: string;
  background: string;
  font: string;
  /** A fill that reads as "not an exact value": a hatch of the colour on a canvas. */
  hatch: (color: string) => CanvasPattern | string;
}

/** Splits an axis label into lines of about `width` characters. */
export function wrapLabel(text: string, width = 16): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Whether a value is an upper bound only: drawn hatched, as its true length is shorter. */
function isUpperBound(point: ChartPoint | undefined): boolean {
  return point?.qualifier === 'less-than';
}

/**
 * Writes each bar's value as the page does ("about 1,887 trains", "less than 1 day") at its end,
 * and draws an arrow past a bar whose true value is larger than it ("more than 4 days").
 */
function valueLabels(model: BarModel, theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const horizontal = model.orientation === 'horizontal';
      ctx.save();
      ctx.font = `600 13px ${theme.font}`;
      ctx.fillStyle = theme.text;
      ctx.strokeStyle = theme.text;
      chart.data.datasets.forEach((_dataset, d) => {
        const meta = chart.getDatasetMeta(d);
        if (meta.hidden) return;
        meta.data.forEach((bar, i) => {
          const point = model.series[d]?.points[i];
          if (point === undefined) return;
          const { x, y } = bar.getProps(['x', 'y'], true) as { x: number; y: number };
          const arrow = point.qualifier === 'more-than' ? 14 : 0;
          if (horizontal) {
            if (arrow > 0) {
              ctx.beginPath();
              ctx.moveTo(x + 2, y);
              ctx.lineTo(x + arrow - 4, y);
              ctx.moveTo(x + arrow - 9, y - 5);
              ctx.lineTo(x + arrow - 4, y);
              ctx.lineTo(x + arrow - 9, y + 5);
              ctx.lineWidth = 2;
              ctx.stroke();
            }
            ctx.textBaseline = 'middle';
            const width = ctx.measureText(point.display).width;
            if (x + arrow + 6 + width <= chart.chartArea.right || isUpperBound(point)) {
              ctx.textAlign = 'left';
              ctx.fillText(point.display, x + arrow + 6, y);
            } else {
              // No room past the end of a long bar: write inside it, in the background colour.
              ctx.textAlign = 'right';
              ctx.fillStyle = theme.background;
              ctx.fillText(point.display, x - 8, y);
              ctx.fillStyle = theme.text;
            }
          } else {
            if (arrow > 0) {
              ctx.beginPath();
              ctx.moveTo(x, y - 2);
              ctx.lineTo(x, y - arrow + 4);
              ctx.moveTo(x - 5, y - arrow + 9);
              ctx.lineTo(x, y - arrow + 4);
              ctx.lineTo(x + 5, y - arrow + 9);
              ctx.lineWidth = 2;
              ctx.stroke();
            }
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            // On a narrow chart a label wider than its bar would run into the next one:
            // write "≈" for "about" and use a smaller size, as the Table view gives it in full.
            const room = ((bar as unknown as { width?: number }).width ?? 0) * 1.25;
            let label = point.short;
            if (ctx.measureText(label).width > room) {
              label = label
                .replace(/^about /, '≈')
                .replace(/^more than /, '>')
                .replace(/^less than /, '<');
              ctx.font = `600 11px ${theme.font}`;
            }
            ctx.fillText(label, x, y - arrow - 4);
            ctx.font = `600 13px ${theme.font}`;
          }
        });
      });
      ctx.restore();
    },
  };
}

const TICKS = (theme: ChartTheme) => ({ color: theme.muted, font: { family: theme.font, size: 13 } });

function barConfig(model: BarModel, theme: ChartTheme): ChartConfiguration<'bar'> {
  const horizontal = model.orientation === 'horizontal';
  const valueAxis = {
    beginAtZero: true,
    grace: horizontal ? '30%' : '12%',
    title: {
      display: true,
      text: model.unit.charAt(0).toUpperCase() + model.unit.slice(1),
      color: theme.muted,
      font: { family: theme.font, size: 13 },
    },
    grid: { color: theme.grid },
    border: { color: theme.grid },
    ticks: { ...TICKS(theme), precision: 0 },
  };
  const categoryAxis = {
    grid: { display: false },
    border: { color: theme.muted },
    ticks: { ...TICKS(theme), color: theme.text },
  };
  return {
    type: 'bar',
    data: {
      labels: model.categories,
      datasets: model.series.map((series) => ({
        label: series.label,
        data: series.points.map((p) => p.value),
        backgroundColor: series.points.map((p) =>
          series.derived || isUpperBound(p) ? theme.hatch(theme.mode) : theme.mode,
        ),
        borderColor: theme.mode,
        borderWidth: series.points.map((p) => (series.derived || isUpperBound(p) ? 2 : 0)),
        maxBarThickness: horizontal ? 44 : 72,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      // Nothing on the page moves unless the reader moves it: charts appear drawn, never animated,
      // which also honours prefers-reduced-motion.
      animation: false,
      layout: { padding: { top: horizontal ? 0 : 8, right: 8 } },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
    plugins: [valueLabels(model, theme)],
  };
}

function timelineConfig(model: TimelineModel, theme: ChartTheme): ChartConfiguration<'scatter'> {
  const groups = model.groups.map((g) => g.when);
  const places = model.groups.flatMap((g) => g.places);
  const rows = places.map((p) => p.name);
  const points = model.groups.flatMap((group) => group.places.map((place) => ({ x: group.when, y: place.name })));
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: model.measure,
          data: points.map(({ x, y }) => ({ x, y })) as unknown as { x: number; y: number }[],
          backgroundColor: theme.mode,
          borderColor: theme.background,
          borderWidth: 2,
          pointRadius: 8,
          pointHoverRadius: 10,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: {
          type: 'category',
          labels: groups,
          offset: true,
          grid: { color: theme.grid },
          border: { color: theme.muted },
          ticks: {
            ...TICKS(theme),
            color: theme.text,
            maxRotation: 0,
            autoSkip: false,
            callback(this: Scale, _value: string | number, index: number) {
              // Narrow charts get narrower lines, so neighbouring groups never overlap.
              return wrapLabel(groups[index] ?? '', this.chart.width < 480 ? 8 : 16);
            },
          },
        },
        y: {
          type: 'category',
          labels: rows,
          offset: true,
          reverse: false,
          grid: { color: theme.grid },
          border: { color: theme.muted },
          ticks: {
            ...TICKS(theme),
            color: theme.text,
            // Every place is named: Chart.js would otherwise drop labels it thinks crowded on a phone.
            autoSkip: false,
            callback: (_value, index) => [rows[index] ?? '', places[index]?.country ?? ''],
          },
        },
      },
    },
  };
}

export function chartConfig(
  model: ChartModel,
  theme: ChartTheme,
): ChartConfiguration<'bar'> | ChartConfiguration<'scatter'> {
  return model.type === 'bar' ? barConfig(model, theme) : timelineConfig(model, theme);
}
