/**
 * The content rules zod cannot check inside one entry, run before a graph is built: what a problem is and
 * how a build reports it, duplicate ids across files, and `validateContent`, which runs the checks of
 * src/lib/content/checks/ over every entry.
 */
import type { ChartData } from '@/schemas/chart.ts';
import type { CorridorData } from '@/schemas/corridor.ts';
import type { FactData } from '@/schemas/fact.ts';
import type { PlaceData } from '@/schemas/place.ts';
import type { SourceData } from '@/schemas/source.ts';
import { checkChart, checkCorridor, checkPlace, checkReferences, checkSource } from './checks/entries.ts';
import { checkFact } from './checks/facts.ts';
import type { Indexed } from './checks/refs.ts';
import { DEFAULT_CONTENT_DIR } from './content-dir.ts';
import type { Entry } from './entry.ts';
import type { MdxReference } from './mdx-references.ts';

export interface SiteContent {
  sources: readonly Entry<SourceData>[];
  places: readonly Entry<PlaceData>[];
  corridors: readonly Entry<CorridorData>[];
  facts: readonly Entry<FactData>[];
  charts: readonly Entry<ChartData>[];
  /** The facts and charts each corridor page places, by corridor id (src/lib/content/mdx-references.ts). */
  references?: ReadonlyMap<string, readonly MdxReference[]>;
  /** The content folder, to say where an entry belongs: `src/content` unless CONTENT_DIR says otherwise. */
  contentDir?: string;
}

/** One broken rule, located the way an author finds it: file, entry, field. */
export interface Problem {
  file: string;
  entry: string;
  field: string;
  message: string;
}

/** One line per problem: `file › entry › field: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.file} › ${p.entry} › ${p.field}: ${p.message}`).join('\n');
}

/**
 * What a build stops with when the content breaks a rule: a heading and one line per problem, and no stack
 * trace. Astro prints an error's stack after its message when it has one; for content that stack points
 * into our loaders, not at the file, line and field the problem lines already name.
 */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  /**
   * Shaped as Astro's own errors (`AstroError.is` reads `type`), so that `astro dev` shows one raised
   * outside a page's rendering (a loader's, after a save) as itself in its terminal and error overlay,
   * not as an “unhandled rejection” with a hint about promises.
   */
  readonly type = 'AstroError';
  readonly title = 'The content needs a fix';
  /** The first problem's file and line, when it has one, which the overlay shows the file at. */
  readonly loc?: { file: string; line: number };

  constructor(heading: string, problems: readonly Problem[]) {
    super(`${heading}\n${formatProblems(problems)}`);
    this.name = 'ContentError';
    this.problems = problems;
    this.stack = '';
    const at = /^(.*):(\d+)$/.exec(problems[0]?.file ?? '');
    if (at?.[1] !== undefined && at[2] !== undefined) this.loc = { file: at[1], line: Number(at[2]) };
  }
}

/** Entries as read from files, before they are stored by id. */
export interface RawEntries {
  file: string;
  ids: string[];
}

/** Ids that appear more than once across the files of one collection. */
export function findDuplicateIds(files: readonly RawEntries[]): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { file, ids } of files) {
    for (const id of ids) {
      const first = seen.get(id);
      if (first === undefined) {
        seen.set(id, file);
      } else {
        problems.push({
          file,
          entry: id,
          field: 'id',
          message: `the id "${id}" is already used in ${first}; give this entry another id`,
        });
      }
    }
  }
  return problems;
}

function byId<T>(entries: readonly Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/**
 * Checks what zod cannot see inside one entry: that passages are verbatim,
 * figures stand in their passages, references resolve, coordinates are on
 * Earth and derived values follow from their formulas.
 */
export function validateContent(content: SiteContent): Problem[] {
  const indexed: Indexed = {
    sources: byId(content.sources),
    places: byId(content.places),
    corridors: byId(content.corridors),
    facts: byId(content.facts),
    charts: byId(content.charts),
  };
  return [
    ...content.sources.flatMap(checkSource),
    ...content.places.flatMap((p) => checkPlace(p, indexed)),
    ...content.corridors.flatMap((c) => checkCorridor(c, indexed)),
    ...content.corridors.flatMap((c) =>
      checkReferences(c, content.references?.get(c.id) ?? [], indexed, content.contentDir ?? DEFAULT_CONTENT_DIR),
    ),
    ...content.facts.flatMap((f) => checkFact(f, indexed)),
    ...content.charts.flatMap((c) => checkChart(c, indexed)),
  ];
}
