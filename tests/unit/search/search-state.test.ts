import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState } from '@/lib/search/search-state.ts';

describe('search state in the URL', () => {
  const known = {
    corridor: ['air', 'rail', 'intermodal'],
    country: ['China', 'Kazakhstan'],
    kind: ['fact', 'section'],
  };

  it('round-trips a query and filters', () => {
    const state = { query: 'khorgos', filters: { corridor: ['rail'], country: [], kind: ['fact', 'section'] } };
    const search = writeSearchState(state);
    expect(search).toBe('?q=khorgos&corridor=rail&kind=fact&kind=section');
    expect(readSearchState(search, known)).toEqual({ state, problems: [] });
  });

  it('reports a filter value the page does not offer, as typed, and searches without it', () => {
    const { state, problems } = readSearchState('?q=trains&corridor=%3Cb%3Ex%3C%2Fb%3E&corridor=rail', known);
    expect(state).toEqual({ query: 'trains', filters: { corridor: ['rail'], country: [], kind: [] } });
    expect(problems.map((p) => p.message)).toEqual(['Unknown corridor ‘<b>x</b>’ ignored.']);
  });

  it('writes nothing for an empty search', () => {
    expect(writeSearchState({ query: ' ', filters: {} })).toBe('');
  });
});
