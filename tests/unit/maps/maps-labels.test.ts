import { describe, expect, it } from 'vitest';
import { placeAreaLabels } from '@/lib/maps/area-labels.ts';
import { ambiguous, candidates, placeLabels, type LabelRequest, type PlacedLabel } from '@/lib/maps/labels.ts';
import {
  ASCENT,
  boxesIntersect,
  boxIntersectsCircle,
  boxInside,
  DESCENT,
  textBox,
  textWidth,
  type Circle,
} from '@/lib/maps/text-boxes.ts';

const FONT = 20;

function marker(cx: number, cy: number, r = 6): Circle {
  return { cx, cy, r };
}

function expectClear(labels: readonly PlacedLabel[], markers: readonly Circle[], width: number, height: number) {
  for (const [i, a] of labels.entries()) {
    expect(boxInside(a.box, width, height), `${a.text} inside the map`).toBe(true);
    for (const m of markers) expect(boxIntersectsCircle(a.box, m), `${a.text} over a marker`).toBe(false);
    for (const b of labels.slice(i + 1)) expect(boxesIntersect(a.box, b.box), `${a.text} over ${b.text}`).toBe(false);
  }
}

describe('measuring text', () => {
  it('grows with the text and the font size, and errs wide (DejaVu Sans Semibold)', () => {
    expect(textWidth('Alashankou', 10)).toBeGreaterThan(textWidth('Khorgos', 10));
    expect(textWidth('Khorgos', 20)).toBeCloseTo(2 * textWidth('Khorgos', 10));
    // Chromium measures "Khorgos" in DejaVu Sans Semibold at 1000 px as 4,665 px wide.
    expect(textWidth('Khorgos', 1000)).toBeCloseTo(4665, -1);
    expect(textWidth('Ürümqi', 10)).toBeGreaterThan(0);
  });

  it('boxes a line of text from its anchor point on the baseline', () => {
    const width = textWidth('Bishkek', FONT);
    expect(textBox('Bishkek', 100, 50, 'start', FONT)).toEqual({
      x0: 100,
      y0: 50 - ASCENT * FONT,
      x1: 100 + width,
      y1: 50 + DESCENT * FONT,
    });
    expect(textBox('Bishkek', 100, 50, 'end', FONT).x1).toBe(100);
    expect(textBox('Bishkek', 100, 50, 'middle', FONT, 2).x0).toBeCloseTo(100 - width / 2 - 2);
  });
});

describe('boxes and markers', () => {
  it('tells touching from overlapping', () => {
    const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
    expect(boxesIntersect(a, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
    expect(boxesIntersect(a, { x0: 9, y0: 9, x1: 20, y1: 20 })).toBe(true);
    expect(boxIntersectsCircle(a, marker(15, 5, 5))).toBe(false);
    expect(boxIntersectsCircle(a, marker(14, 5, 5))).toBe(true);
    expect(boxIntersectsCircle(a, marker(14, 14, 5))).toBe(false);
  });

  it('calls a label ambiguous when it sits nearer another marker than its own', () => {
    const own = marker(100, 100);
    const other = marker(160, 100);
    expect(ambiguous({ x0: 110, y0: 90, x1: 140, y1: 110 }, own, [own, other])).toBe(false);
    expect(ambiguous({ x0: 135, y0: 90, x1: 150, y1: 110 }, own, [own, other])).toBe(true);
  });

  it('calls a label ambiguous when it is centred over another marker, even if its edge is nearer its own', () => {
    const own = marker(100, 100);
    const other = marker(60, 110);
    // The label's corner is 5 units from its own marker's edge and 9 from the other's, but its middle is over the other.
    expect(ambiguous({ x0: 40, y0: 80, x1: 90, y1: 95 }, own, [own, other])).toBe(true);
  });
});

describe('placing the labels of markers', () => {
  it('offers positions all round the marker, beside it first, then further out with a leader line', () => {
    const all = candidates({ id: 'a', text: 'Astana', marker: marker(500, 300) }, FONT, 2);
    expect(all).toHaveLength(32);
    expect(all[0]?.anchor).toBe('start');
    expect(all[0]?.leader).toBeUndefined();
    expect(all[0]?.box.x0).toBeGreaterThan(506);
    expect(all.at(-1)?.leader).toBeDefined();
    for (const c of all) expect(boxIntersectsCircle(c.box, marker(500, 300))).toBe(false);
  });

  it('puts a lone label to the right of its marker', () => {
    const m = marker(200, 200);
    const [label] = placeLabels([{ id: 'x', text: 'Xi’an', marker: m }], {
      width: 600,
      height: 400,
      fontSize: FONT,
      markers: [m],
    });
    expect(label?.anchor).toBe('start');
    expect(label?.box.x0).toBeGreaterThan(206);
  });

  it('keeps a crowd of labels clear of each other, of every marker and of the edge', () => {
    // Central Asia in miniature: capitals and border ports a label's height or two apart.
    const spots: [string, number, number][] = [
      ['Tashkent', 260, 220],
      ['Dushanbe', 245, 255],
      ['Bishkek', 310, 208],
      ['Khorgos', 370, 198],
      ['Alashankou', 392, 188],
      ['Ürümqi', 438, 210],
      ['Ashgabat', 140, 232],
      ['Astana', 306, 90],
    ];
    const markers = spots.map(([, x, y]) => marker(x, y, 8));
    const requests: LabelRequest[] = spots.map(([text], i) => ({ id: text, text, marker: markers[i] as Circle }));
    const labels = placeLabels(requests, { width: 700, height: 420, fontSize: FONT, markers });
    expect(labels.map((l) => l.id)).toEqual(spots.map(([text]) => text));
    expectClear(labels, markers, 700, 420);
  });

  it('avoids covering the points it is asked to avoid (samples along the lines drawn), when it can', () => {
    const m = marker(200, 200);
    const options = { width: 600, height: 400, fontSize: FONT, markers: [m] };
    const request = [{ id: 'x', text: 'Bishkek', marker: m }];
    const covers = (label: PlacedLabel | undefined) =>
      label !== undefined && label.box.x0 < 240 && label.box.x1 > 240 && label.box.y0 < 195 && label.box.y1 > 195;
    expect(covers(placeLabels(request, options)[0])).toBe(true);
    expect(covers(placeLabels(request, { ...options, avoid: [[240, 195]] })[0])).toBe(false);
  });

  it('says which labels do not fit', () => {
    const m = marker(10, 10, 9);
    expect(() =>
      placeLabels([{ id: 'a', text: 'Lianyungang', marker: m }], {
        width: 60,
        height: 30,
        fontSize: FONT,
        markers: [m],
      }),
    ).toThrow(/Lianyungang/);
  });
});

describe('placing area labels', () => {
  it('takes the first point where a name is clear of labels and markers, and leaves out a name with none', () => {
    const m = marker(300, 200);
    const placed = placeLabels([{ id: 'p', text: 'Bishkek', marker: m }], {
      width: 600,
      height: 400,
      fontSize: FONT,
      markers: [m],
    });
    const areas = placeAreaLabels(
      [
        {
          id: 'kz',
          text: 'Kazakhstan',
          points: [
            [320, 200],
            [150, 100],
          ],
        },
        { id: 'kg', text: 'Kyrgyzstan', points: [[300, 200]] },
        { id: 'cn', text: 'China', points: [[450, 320]], fits: () => false },
      ],
      placed,
      { width: 600, height: 400, fontSize: FONT, markers: [m] },
    );
    expect(areas.map((a) => [a.id, a.x, a.anchor])).toEqual([['kz', 150, 'middle']]);
    expectClear([...placed, ...areas], [m], 600, 400);
  });
});
