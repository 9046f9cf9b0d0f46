/**
 * The fact a search for a place's name should land on, while places have no
 * page of their own: of the facts that name the place, the one most about it.
 */

export interface PlaceFactCandidate {
  id: string;
  /** Quoted from the source, not derived from other facts. */
  quoted: boolean;
  /** The places the fact names. */
  places: readonly string[];
  /** Whether it carries a figure. */
  hasValue: boolean;
  /** Where the fact (its figure, when it has one) stands in its source: earlier reads first. */
  position: number;
}

/**
 * Chooses, for each place, its primary fact: quoted before derived, then the fact naming the
 * fewest places (the most specific), then one with a figure, then the one the source gives first.
 */
export function primaryFactByPlace(facts: readonly PlaceFactCandidate[]): Map<string, string> {
  const rank = (fact: PlaceFactCandidate) => [
    fact.quoted ? 0 : 1,
    fact.places.length,
    fact.hasValue ? 0 : 1,
    fact.position,
  ];
  const better = (a: PlaceFactCandidate, b: PlaceFactCandidate) => {
    const [ra, rb] = [rank(a), rank(b)];
    const i = ra.findIndex((value, k) => value !== rb[k]);
    return i !== -1 && (ra[i] ?? 0) < (rb[i] ?? 0);
  };
  const best = new Map<string, PlaceFactCandidate>();
  for (const fact of facts) {
    for (const place of fact.places) {
      const current = best.get(place);
      if (current === undefined || better(fact, current)) best.set(place, fact);
    }
  }
  return new Map([...best].map(([place, fact]) => [place, fact.id]));
}
