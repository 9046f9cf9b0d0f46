/** Area labels for the maps: as many country names as fit where the place labels left room. */
import { segmentCrossesBox, type PlacedLabel, type PlacementOptions } from './labels.ts';
import { ASCENT, boxesIntersect, boxInside, boxIntersectsCircle, DESCENT, textBox, type Box } from './text-boxes.ts';

/** An optional label for an area, such as a country name, with the points it may be centred on, best first. */
export interface AreaLabelRequest {
  id: string;
  text: string;
  points: readonly (readonly [number, number])[];
  /** Whether a label box centred there stays inside the area well enough. */
  fits?: (box: Box) => boolean;
}

/**
 * Places each area label, in the order given, at its first point where it clears every label
 * placed so far, every marker, every obstacle, every point to avoid and the map's edge; leaves
 * out a label with no such point.
 */
export function placeAreaLabels(
  requests: readonly AreaLabelRequest[],
  placed: readonly PlacedLabel[],
  options: PlacementOptions,
): PlacedLabel[] {
  const { width, height, fontSize, markers, obstacles = [], pad = 0.15 * fontSize, margin = 2, avoid = [] } = options;
  const taken: Box[] = [...placed.map((p) => p.box), ...obstacles];
  const leaders = placed.flatMap((p) => (p.leader ? [p.leader] : []));
  const out: PlacedLabel[] = [];
  for (const request of requests) {
    for (const [px, py] of request.points) {
      const y = py + ((ASCENT - DESCENT) / 2) * fontSize;
      const box = textBox(request.text, px, y, 'middle', fontSize, pad);
      if (
        boxInside(box, width, height, margin) &&
        !taken.some((t) => boxesIntersect(t, box)) &&
        !markers.some((m) => boxIntersectsCircle(box, m)) &&
        !leaders.some((l) => segmentCrossesBox(l, box)) &&
        !avoid.some(([x, y]) => x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) &&
        (request.fits?.(box) ?? true)
      ) {
        const label: PlacedLabel = { id: request.id, text: request.text, x: px, y, anchor: 'middle', box };
        out.push(label);
        taken.push(box);
        break;
      }
    }
  }
  return out;
}
