/**
 * Label placement for the maps: every place label beside its marker, clear of every other label and
 * every marker, inside the map. Labels are measured in src/lib/maps/text-boxes.ts; area labels (country
 * names) take what is left (src/lib/maps/area-labels.ts).
 */
import {
  ASCENT,
  DESCENT,
  boxesIntersect,
  boxInside,
  boxIntersectsCircle,
  textBox,
  type Box,
  type Circle,
  type TextAnchor,
} from './text-boxes.ts';

/** A label a marker must have. */
export interface LabelRequest {
  id: string;
  text: string;
  /** The marker it names: its centre and radius. */
  marker: Circle;
  /** How many rings out from the marker it may sit (1: only beside it); all of them when left out. */
  rings?: number;
}

export interface PlacedLabel {
  id: string;
  text: string;
  /** Where the text is set: its anchor point on the baseline. */
  x: number;
  y: number;
  anchor: TextAnchor;
  /** What it covers, padding included. */
  box: Box;
  /** A line from the marker's edge to a label set further off, when there is one. */
  leader?: { x1: number; y1: number; x2: number; y2: number } | undefined;
}

export interface PlacementOptions {
  width: number;
  height: number;
  fontSize: number;
  /** Every marker on the map: no label may cover one. */
  markers: readonly Circle[];
  /** Other areas no label may cover. */
  obstacles?: readonly Box[];
  /** Space kept clear around each label, in map units (room for its halo). */
  pad?: number;
  /** Space kept clear inside the map's edges. */
  margin?: number;
  /** How many steps the search may take before it settles for the best placement found. */
  budget?: number;
  /** Points a label would rather not cover, such as samples along the lines drawn: each one costs a little. */
  avoid?: readonly (readonly [number, number])[];
}

/** What it costs to cover a point to avoid, and to sit nearer another marker than one's own, in candidate ranks. */
const COVER_COST = 2;
const AMBIGUITY_COST = 40;

function distanceToBox(x: number, y: number, box: Box): number {
  const dx = Math.max(box.x0 - x, 0, x - box.x1);
  const dy = Math.max(box.y0 - y, 0, y - box.y1);
  return Math.hypot(dx, dy);
}

/**
 * Whether a reader could take a label for another marker's: another marker's edge is nearer the
 * label than its own marker's edge, or another marker's centre nearer the middle of the label.
 */
export function ambiguous(box: Box, own: Circle, markers: readonly Circle[]): boolean {
  const mine = distanceToBox(own.cx, own.cy, box) - own.r;
  const [mx, my] = [(box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2];
  const centre = Math.hypot(own.cx - mx, own.cy - my);
  return markers.some(
    (m) => m !== own && (distanceToBox(m.cx, m.cy, box) - m.r < mine || Math.hypot(m.cx - mx, m.cy - my) < centre),
  );
}

/** The eight directions a label may sit in from its marker, in order of preference. */
const DIRECTIONS = [
  [1, 0],
  [1, -1],
  [1, 1],
  [-1, 0],
  [-1, -1],
  [-1, 1],
  [0, -1],
  [0, 1],
] as const;
/** How far out a label may sit: beside its marker, or one or two steps further with a leader line. */
const RINGS = [0, 1, 2, 3];

/** Every position a label may take around its marker, best first. */
export function candidates(request: LabelRequest, fontSize: number, pad: number): PlacedLabel[] {
  const { cx, cy, r } = request.marker;
  const out: PlacedLabel[] = [];
  for (const ring of RINGS.slice(0, request.rings ?? RINGS.length)) {
    const gap = r + 0.25 * fontSize + ring * 1.1 * fontSize;
    for (const [dx, dy] of DIRECTIONS) {
      const diagonal = dx !== 0 && dy !== 0 ? Math.SQRT1_2 : 1;
      const ex = cx + dx * gap * diagonal;
      const ey = cy + dy * gap * diagonal;
      const anchor: TextAnchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
      // Beside: centred on the marker's height; above: the text's bottom at `ey`; below: its top.
      const y =
        dy === 0
          ? ey + ((ASCENT - DESCENT) / 2) * fontSize
          : dy < 0
            ? ey - DESCENT * fontSize - pad
            : ey + ASCENT * fontSize + pad;
      const x = ex + dx * pad;
      const box = textBox(request.text, x, y, anchor, fontSize, pad);
      const leader = ring === 0 ? undefined : leaderLine(request.marker, box);
      out.push({ id: request.id, text: request.text, x, y, anchor, box, leader });
    }
  }
  return out;
}

/** A line from a marker's edge towards the nearest point of a label's box. */
function leaderLine(marker: Circle, box: Box): PlacedLabel['leader'] {
  const tx = Math.max(box.x0, Math.min(marker.cx, box.x1));
  const ty = Math.max(box.y0, Math.min(marker.cy, box.y1));
  const length = Math.hypot(tx - marker.cx, ty - marker.cy);
  if (length <= marker.r) return undefined;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    x1: round(marker.cx + ((tx - marker.cx) / length) * marker.r),
    y1: round(marker.cy + ((ty - marker.cy) / length) * marker.r),
    x2: round(tx),
    y2: round(ty),
  };
}

/** Whether a leader line passes through a marker other than its own. */
function leaderCrosses(leader: PlacedLabel['leader'], marker: Circle): boolean {
  if (leader === undefined) return false;
  const { x1, y1, x2, y2 } = leader;
  const [dx, dy] = [x2 - x1, y2 - y1];
  const t = Math.max(0, Math.min(1, ((marker.cx - x1) * dx + (marker.cy - y1) * dy) / (dx * dx + dy * dy || 1)));
  return Math.hypot(x1 + t * dx - marker.cx, y1 + t * dy - marker.cy) < marker.r;
}

/** Whether a leader line passes through a box. */
export function segmentCrossesBox(leader: NonNullable<PlacedLabel['leader']>, box: Box): boolean {
  // Sample the segment: leader lines are short, and a label box is many samples wide.
  for (let i = 1; i < 20; i++) {
    const x = leader.x1 + ((leader.x2 - leader.x1) * i) / 20;
    const y = leader.y1 + ((leader.y2 - leader.y1) * i) / 20;
    if (x > box.x0 && x < box.x1 && y > box.y0 && y < box.y1) return true;
  }
  return false;
}

type Segment = NonNullable<PlacedLabel['leader']>;

function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) => Math.sign((s.x2 - s.x1) * (y - s.y1) - (s.y2 - s.y1) * (x - s.x1));
  return side(a, b.x1, b.y1) * side(a, b.x2, b.y2) < 0 && side(b, a.x1, a.y1) * side(b, a.x2, a.y2) < 0;
}

function clash(a: PlacedLabel, b: PlacedLabel): boolean {
  return (
    boxesIntersect(a.box, b.box) ||
    (a.leader !== undefined && segmentCrossesBox(a.leader, b.box)) ||
    (b.leader !== undefined && segmentCrossesBox(b.leader, a.box)) ||
    (a.leader !== undefined && b.leader !== undefined && segmentsCross(a.leader, b.leader))
  );
}

/**
 * Places a label for every request, each at one of its candidate positions, so that no label
 * covers another label, a marker, an obstacle or the map's edge. Searches for the placement whose
 * labels sit, in sum, at their most preferred positions; throws, naming the labels, when none fits.
 */
export function placeLabels(requests: readonly LabelRequest[], options: PlacementOptions): PlacedLabel[] {
  const {
    width,
    height,
    fontSize,
    markers,
    obstacles = [],
    pad = 0.15 * fontSize,
    margin = 2,
    budget = 20_000,
    avoid = [],
  } = options;
  const open = requests.map((request) => {
    const own = candidates(request, fontSize, pad).map((c, rank) => ({
      c,
      rank:
        rank +
        (ambiguous(c.box, request.marker, markers) ? AMBIGUITY_COST : 0) +
        COVER_COST * avoid.filter(([x, y]) => x > c.box.x0 && x < c.box.x1 && y > c.box.y0 && y < c.box.y1).length,
    }));
    own.sort((a, b) => a.rank - b.rank);
    return {
      request,
      options: own.filter(
        ({ c }) =>
          boxInside(c.box, width, height, margin) &&
          !markers.some((m) => boxIntersectsCircle(c.box, m)) &&
          !obstacles.some((o) => boxesIntersect(c.box, o)) &&
          !markers.some((m) => m !== request.marker && leaderCrosses(c.leader, m)),
      ),
    };
  });
  const stuck = open.filter((o) => o.options.length === 0).map((o) => o.request.text);
  if (stuck.length > 0) throw new Error(`No room on the map for the label(s) ${stuck.join(', ')}`);
  // Branch and bound with forward checking: every candidate's clashes with the candidates of the
  // other labels are found once; choosing one strikes its clashes from the labels still open, the
  // label with fewest candidates left goes next, and a branch ends as soon as some label has no
  // candidate left or the cheapest completion cannot beat the best placement found.
  const all = open.flatMap((o, label) => o.options.map(({ c, rank }) => ({ c, rank, label })));
  const clashes = all.map((a, i) =>
    all.flatMap((b, j) => (j !== i && b.label !== a.label && clash(a.c, b.c) ? [j] : [])),
  );
  let best: { cost: number; chosen: number[] } | undefined;
  let steps = 0;
  const start = open.map((_, label) => all.flatMap((item, i) => (item.label === label ? [i] : [])));
  const search = (left: number[][], remaining: number[], cost: number, chosen: number[]): void => {
    if (steps++ > budget) return;
    if (remaining.length === 0) {
      if (best === undefined || cost < best.cost) best = { cost, chosen: [...chosen] };
      return;
    }
    let bound = cost;
    let next = -1;
    for (const label of remaining) {
      const options = left[label] ?? [];
      if (options.length === 0) return;
      bound += Math.min(...options.map((i) => all[i]?.rank ?? 0));
      if (next === -1 || options.length < (left[next]?.length ?? 0)) next = label;
    }
    if (best !== undefined && bound >= best.cost) return;
    const rest = remaining.filter((label) => label !== next);
    const options = [...(left[next] ?? [])].sort((a, b) => (all[a]?.rank ?? 0) - (all[b]?.rank ?? 0));
    for (const i of options) {
      const struck = new Set(clashes[i]);
      const narrowed = left.map((list, label) => (rest.includes(label) ? list.filter((j) => !struck.has(j)) : list));
      chosen.push(i);
      search(narrowed, rest, cost + (all[i]?.rank ?? 0), chosen);
      chosen.pop();
      if (steps > budget) return;
    }
  };
  search(
    start,
    open.map((_, label) => label),
    0,
    [],
  );
  const found = best as { chosen: number[] } | undefined;
  if (found === undefined) {
    throw new Error(`No placement keeps the labels ${requests.map((r) => r.text).join(', ')} apart on this map`);
  }
  const placed = found.chosen.map((i) => all[i]?.c as PlacedLabel);
  const byId = new Map(placed.map((label) => [label.id, label]));
  return requests.map((r) => byId.get(r.id) as PlacedLabel);
}
