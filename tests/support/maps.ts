import type { Page } from 'playwright-core';

interface Measured {
  labels: { text: string; box: DOMRect; fontPx: number }[];
  markers: { place: string; box: DOMRect }[];
  map: DOMRect;
}

/** The labels and markers a reader sees on the page's map, measured where the browser draws them. */
function measure(page: Page): Promise<Measured> {
  return page.locator('figure.map svg[data-map]').evaluate((svg) => {
    const visible = (el: Element) => getComputedStyle(el).display !== 'none';
    const labels = [...svg.querySelectorAll<SVGTextElement>('text')].filter(visible).map((text) => ({
      text: text.textContent ?? '',
      box: text.getBoundingClientRect(),
      // The font size in CSS pixels as drawn: the size in map units, scaled as the map is.
      fontPx: parseFloat(getComputedStyle(text).fontSize) * (text.getScreenCTM()?.a ?? 0),
    }));
    const markers = [...svg.querySelectorAll<SVGGraphicsElement>('.map-marker')].filter(visible).map((shape) => ({
      place: shape.closest('a')?.dataset['place'] ?? '',
      box: shape.getBoundingClientRect(),
    }));
    return { labels, markers, map: svg.getBoundingClientRect() };
  });
}

/** Whether two boxes overlap by more than rounding can explain. */
function overlap(a: DOMRect, b: DOMRect, slack = 0.5): boolean {
  return a.left + slack < b.right && b.left + slack < a.right && a.top + slack < b.bottom && b.top + slack < a.bottom;
}

/**
 * What is wrong with the labels of the page's map, if it has one (`null` if not): each label is clear of
 * the other labels and of the markers, inside the map, and at least 12 px as drawn; there are markers,
 * each labelled.
 */
export async function mapLabelProblems(page: Page): Promise<string[] | null> {
  if ((await page.locator('figure.map svg[data-map]').count()) === 0) return null;
  const { labels, markers, map } = await measure(page);
  const problems: string[] = [];
  if (markers.length === 0) problems.push('no marker');
  if (labels.length < markers.length) problems.push(`${labels.length} labels for ${markers.length} markers`);
  for (const [i, a] of labels.entries()) {
    if (a.fontPx < 12) problems.push(`${a.text} is set at ${a.fontPx.toFixed(1)} px`);
    if (a.box.left < map.left || a.box.right > map.right || a.box.top < map.top || a.box.bottom > map.bottom)
      problems.push(`${a.text} runs off the map`);
    for (const m of markers) if (overlap(a.box, m.box)) problems.push(`${a.text} covers the marker of ${m.place}`);
    for (const b of labels.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`${a.text} covers ${b.text}`);
  }
  return problems;
}
