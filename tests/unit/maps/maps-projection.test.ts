import { geoArea, geoGraticule, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { conicFor, extentAround, fitFrame, inFrame, MAP_WIDTH, project } from '@/lib/maps/projection.ts';

const XIAN = { lat: 34.26, lon: 108.94 };
const ASHGABAT = { lat: 37.95, lon: 58.38 };
const ASTANA = { lat: 51.17, lon: 71.45 };
const KHORGOS = { lat: 44.21, lon: 80.42 };
const ALASHANKOU = { lat: 45.17, lon: 82.57 };

describe('the extent a map is fitted to', () => {
  it('is the box around its points, padded on every side', () => {
    expect(extentAround([XIAN, ASHGABAT, ASTANA], { padding: 2 })).toEqual({
      west: 56.38,
      east: 110.94,
      south: 32.26,
      north: 53.17,
    });
  });

  it('widens a tight cluster about its middle to a minimum span, so the map keeps its surroundings', () => {
    const extent = extentAround([KHORGOS, ALASHANKOU], { padding: 1, minLonSpan: 18, minLatSpan: 10 });
    expect(extent.east - extent.west).toBeCloseTo(18);
    expect(extent.north - extent.south).toBeCloseTo(10);
    expect((extent.west + extent.east) / 2).toBeCloseTo((KHORGOS.lon + ALASHANKOU.lon) / 2);
  });

  it('refuses to fit nothing', () => {
    expect(() => extentAround([])).toThrow(/at least one point/);
  });
});

describe('the projection', () => {
  const extent = extentAround([XIAN, ASHGABAT, ASTANA], { padding: 2 });

  it('is a conic centred on the middle meridian, with parallels a sixth in from the edges', () => {
    const projection = conicFor(extent);
    expect(projection.rotate()[0]).toBeCloseTo(-(extent.west + extent.east) / 2);
    const frame = fitFrame(extent);
    // On the centre meridian north is straight up; meridians either side lean in towards the pole.
    const centre = (extent.west + extent.east) / 2;
    const [x0] = project(frame, { lon: centre, lat: 35 });
    const [x1] = project(frame, { lon: centre, lat: 50 });
    expect(x1).toBeCloseTo(x0, 0);
    const spread = (lat: number) => project(frame, { lon: 100, lat })[0] - project(frame, { lon: 60, lat })[0];
    expect(spread(50)).toBeLessThan(spread(35));
  });

  it('keeps areas in proportion (equal-area), unlike Web Mercator', () => {
    const frame = fitFrame(extent);
    const path = geoPath(frame.projection);
    const cell = (lat: number) =>
      geoGraticule()
        .extent([
          [80, lat],
          [85, lat + 5],
        ])
        .outline();
    const onMap = path.area(cell(50)) / path.area(cell(33));
    const onEarth = geoArea(cell(50)) / geoArea(cell(33));
    expect(onMap).toBeCloseTo(onEarth, 2);
  });
});

describe('fitting a map', () => {
  it('fills the width, with the margin asked for, and puts every point inside', () => {
    const points = [XIAN, ASHGABAT, ASTANA];
    const frame = fitFrame(extentAround(points, { padding: 0 }), { margin: 50 });
    expect(frame.width).toBe(MAP_WIDTH);
    for (const point of points) {
      const [x, y] = project(frame, point);
      expect(inFrame(frame, [x, y])).toBe(true);
      expect(x).toBeGreaterThanOrEqual(49);
      expect(x).toBeLessThanOrEqual(951);
      expect(y).toBeGreaterThanOrEqual(49);
    }
    const xs = points.map((p) => project(frame, p)[0]);
    // Ashgabat is the westernmost point and sits on the margin, or near it where the conic's edge curves.
    expect(Math.min(...xs)).toBeLessThan(80);
  });

  it('grows a map that would be too low north and south, and one too tall east and west', () => {
    const flat = extentAround([ASHGABAT, XIAN], { padding: 1 });
    const low = fitFrame(flat);
    expect(low.height / low.width).toBeLessThan(0.62);
    const grown = fitFrame(flat, { minAspect: 0.62 });
    expect(grown.height / grown.width).toBeGreaterThanOrEqual(0.619);
    expect(grown.extent.north - grown.extent.south).toBeGreaterThan(flat.north - flat.south);

    const tall = extentAround(
      [
        { lat: 15, lon: 120 },
        { lat: 40, lon: 122 },
      ],
      { padding: 1 },
    );
    const narrowed = fitFrame(tall, { maxAspect: 0.85 });
    expect(narrowed.height / narrowed.width).toBeLessThanOrEqual(0.851);
    expect(narrowed.extent.east - narrowed.extent.west).toBeGreaterThan(tall.east - tall.west);
  });

  it('draws the same map again from the extent and margin it reports', () => {
    const frame = fitFrame(extentAround([KHORGOS, ALASHANKOU], { minLonSpan: 18, minLatSpan: 10 }), {
      minAspect: 0.62,
      margin: 50,
    });
    const again = fitFrame(frame.extent, { margin: frame.margin });
    expect(again.height).toBe(frame.height);
    expect(project(again, KHORGOS)).toEqual(project(frame, KHORGOS));
  });
});
