import { describe, expect, it } from 'vitest';
import { contentChanged, keepCollection, liveCollections, onContentChanged } from '@/lib/content/live-store.ts';

describe('the collections the loaders hold', () => {
  it('are given as Astro’s data store module gives them, a Map of collections of entries by id', () => {
    const entry = { id: 'rail-khorgos', data: { statement: 'Trains crossed.' } };
    const store = new Map<string, unknown>([['rail-khorgos', entry]]);
    keepCollection('live-store-test', { entries: () => [...store] });
    const collections = liveCollections();
    expect(collections?.get('live-store-test')).toEqual(new Map([['rail-khorgos', entry]]));
    // The entries themselves, not copies: the graph is kept while they are the same (graph-inputs.ts).
    expect(collections?.get('live-store-test')?.get('rail-khorgos')).toBe(entry);

    // A later read makes new collections; those already given stay as they were.
    store.set('air-flights', { id: 'air-flights', data: {} });
    expect(collections?.get('live-store-test')?.size).toBe(1);
    expect(liveCollections()?.get('live-store-test')?.size).toBe(2);
  });
});

describe('contentChanged', () => {
  it('tells each listener until it stops', () => {
    const heard: string[] = [];
    const stopA = onContentChanged(() => heard.push('a'));
    const stopB = onContentChanged(() => heard.push('b'));
    contentChanged();
    stopA();
    contentChanged();
    stopB();
    contentChanged();
    expect(heard).toEqual(['a', 'b', 'b']);
  });
});
