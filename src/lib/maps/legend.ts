/**
 * What a map says in words: the legend beside it (which marks come from the article, which are
 * schematic, which are public context) and the text description a screen reader gets instead of
 * the picture. Both list every place and line the map draws, so neither the picture nor colour is
 * ever the only way to learn what it shows.
 */
import { classifyLine, type CorridorLine, type LineBasis, type Mode } from './lines.ts';
import type { MarkerRole } from './model.ts';

export interface MapCorridorPlace {
  id: string;
  name: string;
  href: string;
  role: MarkerRole;
  /** What the article says the place is, for a place with no route or figure of its own. */
  note?: string | undefined;
}

/** A corridor as a map shows it. */
export interface MapCorridor {
  id: string;
  mode: Mode;
  /** Its short name, e.g. `Air`. */
  name: string;
  places: readonly MapCorridorPlace[];
  lines: readonly CorridorLine[];
}

/** What a legend entry's symbol is. */
export type LegendSymbol = 'circle' | 'square' | 'triangle' | 'arc' | 'arrow' | 'border' | 'none';

/** Where what an entry shows comes from. */
export type LegendBasis = 'article' | LineBasis;

export interface LegendEntry {
  key: string;
  mode?: Mode | undefined;
  symbol: LegendSymbol;
  /** Whether the symbol is drawn hollow: a place the article only names. */
  hollow?: boolean;
  basis: LegendBasis;
  /** What the entry is about, e.g. the corridor's name `Air`. */
  lead: string;
  /** What the marks mean, after the places or lines they stand for. */
  text: string;
  places: readonly MapCorridorPlace[];
  /** The lines the entry stands for, in words: `Xi’an to Ashgabat and Dushanbe (due to open on 18 May)`. */
  lines: readonly string[];
}

/** The marker shape of each corridor: colour is never the only cue. */
export const MARKER_SHAPE: Record<Mode, 'circle' | 'square' | 'triangle'> = {
  air: 'circle',
  rail: 'square',
  intermodal: 'triangle',
};

export const BASIS_LABEL: Record<LegendBasis, string> = {
  article: 'From the article',
  schematic: 'Schematic',
  reference: 'Public context',
};

/** `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** Lines in words, one phrase per place they start from: `Xi’an to Ashgabat, Dushanbe (due …) and Astana`. */
function linesInWords(lines: readonly CorridorLine[]): string[] {
  const byStart = new Map<string, CorridorLine[]>();
  for (const line of lines) byStart.set(line.from.name, [...(byStart.get(line.from.name) ?? []), line]);
  return [...byStart].map(
    ([from, own]) => `${from} to ${listInWords(own.map((l) => `${l.to.name}${l.note ? ` (${l.note})` : ''}`))}`,
  );
}

/**
 * The legend of a map showing some corridors, ending with what is public context. A locator map
 * shows a place without its corridor's lines (`drawsLines: false`), and says nothing of lines.
 */
export function mapLegend(corridors: readonly MapCorridor[], drawsLines = true): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const corridor of corridors) {
    const shape = MARKER_SHAPE[corridor.mode];
    const marked = corridor.places.filter((p) => p.role !== 'named');
    const hubs = marked.filter((p) => p.role === 'hub');
    const lead = corridor.name;
    if (marked.length > 0) {
      entries.push({
        key: `${corridor.id}-places`,
        mode: corridor.mode,
        symbol: shape,
        basis: 'article',
        lead,
        text:
          (marked.length === 1 ? 'a place the article names' : 'places the article names') +
          (hubs.length > 0 && drawsLines
            ? `; the larger mark, ${listInWords(hubs.map((p) => p.name))}, is where the routes start`
            : ''),
        places: marked,
        lines: [],
      });
    }
    for (const place of corridor.places.filter((p) => p.role === 'named')) {
      entries.push({
        key: `${corridor.id}-${place.id}`,
        mode: corridor.mode,
        symbol: shape,
        hollow: true,
        basis: 'article',
        lead,
        text: place.note ?? 'a place the article names',
        places: [place],
        lines: [],
      });
    }
    for (const kind of drawsLines ? (['route', 'onward'] as const) : []) {
      const lines = corridor.lines.filter((line) => line.kind === kind);
      if (lines.length === 0) continue;
      const { basis, means } = classifyLine(kind);
      entries.push({
        key: `${corridor.id}-${kind}`,
        mode: corridor.mode,
        symbol: kind === 'route' ? 'arc' : 'arrow',
        basis,
        lead,
        text: means,
        places: [],
        lines: linesInWords(lines),
      });
    }
    if (drawsLines && corridor.lines.length === 0) {
      entries.push({
        key: `${corridor.id}-no-line`,
        mode: corridor.mode,
        symbol: 'none',
        basis: 'article',
        lead,
        text: 'no line is drawn, because the article gives no route',
        places: [],
        lines: [],
      });
    }
  }
  entries.push({
    key: 'reference',
    symbol: 'border',
    basis: 'reference',
    lead: 'Map',
    text: 'borders and coasts from Natural Earth; positions of places (approximate) and country names are public context, not from the article',
    places: [],
    lines: [],
  });
  return entries;
}

/** The text a screen reader gets for a map: every place and line, and what is schematic. */
export function mapDescription(corridors: readonly MapCorridor[], drawsLines = true): string {
  const sentences = corridors.map((corridor) => {
    const names = (places: readonly MapCorridorPlace[]) => listInWords(places.map((p) => p.name));
    const routes = corridor.lines.filter((l) => l.kind === 'route');
    const onward = corridor.lines.filter((l) => l.kind === 'onward');
    const parts: string[] = [];
    const hubs = corridor.places.filter((p) => p.role === 'hub');
    if (routes.length > 0) {
      const from = hubs.length > 0 ? names(hubs) : listInWords([...new Set(routes.map((r) => r.from.name))]);
      const to = routes.map((r) => `${r.to.name}${r.note ? ` (${r.note})` : ''}`);
      parts.push(`${from}, with schematic great-circle arcs to ${listInWords(to)}`);
    } else {
      const shown = corridor.places.filter((p) => p.role !== 'named');
      if (shown.length > 0) parts.push(names(shown));
    }
    for (const place of corridor.places.filter((p) => p.role === 'named')) {
      parts.push(`${place.name} (${place.note ?? 'named in the article'})`);
    }
    if (onward.length > 0) {
      parts.push(
        `schematic arrows from ${listInWords([...new Set(onward.map((l) => l.from.name))])} for fertiliser going on to ${listInWords(onward.map((l) => l.to.name))}`,
      );
    }
    if (drawsLines && corridor.lines.length === 0) parts.push('no line is drawn, because the article gives no route');
    return `${corridor.name}: ${parts.join('; ')}.`;
  });
  return [...sentences, 'Borders from Natural Earth; positions and country names are public context.'].join(' ');
}
