/**
 * Draws a chart model on a canvas with Chart.js. Loaded with `import()` only
 * when a chart comes near the viewport, so pages without charts, and readers
 * who never scroll to one, download none of it. Only the pieces our charts
 * use are imported, so the bundle leaves the rest of Chart.js out.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  PointElement,
  ScatterController,
} from 'chart.js';
import { chartConfig, type ChartTheme } from '@/lib/charts/chart-config.ts';
import type { ChartModel } from '@/lib/charts/charts.ts';

// No Tooltip or Legend plugin (their weight: docs/benchmarks.md, 'Figures behind the code'): values
// are written on the bars, the legend is HTML beside the canvas, and the Table tab holds every number.
Chart.register(BarController, BarElement, CategoryScale, LinearScale, ScatterController, PointElement);

/** Resolves a CSS colour (custom properties and light-dark() included) as the element sees it now. */
function resolveColor(element: Element, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  probe.hidden = true;
  element.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

function hatch(color: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = 8;
  tile.height = 8;
  const ctx = tile.getContext('2d');
  if (ctx === null) return color;
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

function themeOf(element: Element): ChartTheme {
  return {
    mode: resolveColor(element, 'var(--c-mode, var(--c-link))'),
    text: resolveColor(element, 'var(--c-text)'),
    muted: resolveColor(element, 'var(--c-text-muted)'),
    grid: resolveColor(element, 'var(--c-border)'),
    background: resolveColor(element, 'var(--c-surface-raised)'),
    font: getComputedStyle(element).fontFamily,
    hatch,
  };
}

/**
 * Draws in the colours the canvas sees now. `pixelRatio` replaces the screen's device pixel ratio,
 * e.g. for a printer: the canvas gets more pixels, its size on the page stays the same.
 */
function drawChart(
  canvas: HTMLCanvasElement,
  model: ChartModel,
  { pixelRatio }: { pixelRatio?: number } = {},
): { destroy: () => void } {
  const config = chartConfig(model, themeOf(canvas));
  const devicePixelRatio = pixelRatio ?? window.devicePixelRatio;
  return new Chart<'bar' | 'scatter'>(canvas, { ...config, options: { ...config.options, devicePixelRatio } });
}

/**
 * Draws a chart in its element and keeps it drawn as the page changes: in the theme the reader
 * picks (`data-theme` on <html>) or the system's, and for paper, white whatever the theme
 * (`data-printing` on the element) and sharp enough for a printer, then as the screen shows it
 * again; same size, so nothing moves. Here rather than in the element, so the code loads with
 * Chart.js, when a chart is first drawn, not with every page that has one. Returns what undoes it all.
 */
export function keepDrawn(element: HTMLElement, canvas: HTMLCanvasElement, model: ChartModel): () => void {
  let chart: { destroy: () => void } | undefined;
  const redraw = (options?: { pixelRatio: number }) => {
    chart?.destroy();
    chart = drawChart(canvas, model, options);
    element.dataset['drawn'] = '';
  };
  const redrawForScreen = () => {
    delete element.dataset['printing'];
    redraw();
  };
  const redrawForPrint = () => {
    element.dataset['printing'] = '';
    redraw({ pixelRatio: Math.max(3, window.devicePixelRatio) });
  };
  redraw();
  const themeObserver = new MutationObserver(() => redraw());
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const scheme = matchMedia('(prefers-color-scheme: dark)');
  scheme.addEventListener('change', redrawForScreen);
  window.addEventListener('beforeprint', redrawForPrint);
  window.addEventListener('afterprint', redrawForScreen);
  return () => {
    themeObserver.disconnect();
    scheme.removeEventListener('change', redrawForScreen);
    window.removeEventListener('beforeprint', redrawForPrint);
    window.removeEventListener('afterprint', redrawForScreen);
    chart?.destroy();
  };
}
