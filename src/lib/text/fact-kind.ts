/**
 * How the site words a fact's kind: the one owner of "Quoted" and "Derived", on cards, fact pages,
 * place pages, the explorer and search results.
 */
export type FactKind = 'quoted' | 'derived';

const LABELS: Record<FactKind, string> = { quoted: 'Quoted', derived: 'Derived' };

/** "Quoted" or "Derived", capitalised to start a label; lower-case it inside a sentence. */
export function kindLabel(kind: FactKind): string {
  return LABELS[kind];
}
