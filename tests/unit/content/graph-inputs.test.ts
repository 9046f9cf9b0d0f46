import { describe, expect, it } from 'vitest';
import { sameGraphInputs, type GraphInputs } from '@/lib/content/graph-inputs.ts';

const build = () => 'graph';
const check = () => [];
/** Two facts as `getCollection` gives them: a new object each time, over the store's own `data`. */
const rail = { statement: 'Trains crossed at Khorgos.' };
const air = { statement: 'Flights doubled.' };
const given = (...data: object[]) => data.map((d, i) => ({ id: `fact-${i}`, collection: 'facts', data: d }));
const inputs = (facts: object[], rest: unknown[] = [check, build]): GraphInputs => ({ collections: [facts], rest });

describe('sameGraphInputs', () => {
  it('keeps the graph when the entries are new objects over the same data, and the code is the same', () => {
    expect(sameGraphInputs(inputs(given(rail, air)), inputs(given(rail, air)))).toBe(true);
  });

  it('builds again when an entry was read again, even with equal text', () => {
    expect(sameGraphInputs(inputs(given(rail, air)), inputs(given(rail, { ...air })))).toBe(false);
  });

  it('builds again when an entry was added, removed or moved', () => {
    expect(sameGraphInputs(inputs(given(rail)), inputs(given(rail, air)))).toBe(false);
    expect(sameGraphInputs(inputs(given(rail, air)), inputs(given(rail)))).toBe(false);
    expect(sameGraphInputs(inputs(given(rail, air)), inputs(given(air, rail)))).toBe(false);
  });

  it('builds again when a field other than the data changed (an MDX body, a file path)', () => {
    const entry = { id: 'rail', collection: 'corridors', data: rail };
    expect(sameGraphInputs(inputs([{ ...entry, body: 'a' }]), inputs([{ ...entry, body: 'b' }]))).toBe(false);
    expect(sameGraphInputs(inputs([entry]), inputs([{ ...entry, filePath: 'facts/rail.yaml' }]))).toBe(false);
  });

  it('builds again when the code that builds the graph changed', () => {
    const edited = () => 'graph, edited';
    expect(sameGraphInputs(inputs(given(rail), [check, build]), inputs(given(rail), [check, edited]))).toBe(false);
    expect(sameGraphInputs(inputs(given(rail), ['text']), inputs(given(rail), ['text, edited']))).toBe(false);
  });

  it('builds again when what it reads besides the entries changed, and not when it reads the same again', () => {
    const read = (line: number) => JSON.stringify([['rail', [{ component: 'FactCard', id: 'rail-khorgos', line }]]]);
    expect(sameGraphInputs(inputs(given(rail), [build, read(12)]), inputs(given(rail), [build, read(12)]))).toBe(true);
    expect(sameGraphInputs(inputs(given(rail), [build, read(12)]), inputs(given(rail), [build, read(13)]))).toBe(false);
  });

  it('builds again when a collection is added', () => {
    const one: GraphInputs = { collections: [given(rail)], rest: [] };
    expect(sameGraphInputs(one, { collections: [given(rail), []], rest: [] })).toBe(false);
  });
});
