import { describe, expect, it } from 'vitest';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  contentChanged,
  holdStoreWrite,
  keepCollection,
  liveCollections,
  onContentChanged,
  releaseStoreWrite,
} from '@/lib/content/live-store.ts';

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

describe('holding Astro’s write of its store after a save', () => {
  /** How often the tests' holds touch the store: shorter than Astro's, for a quick test. */
  const EVERY = 40;
  it('puts the write off until a page asked for since the save has been served', async () => {
    let touches = 0;
    const before = Date.now() - 1;
    holdStoreWrite(() => touches++, EVERY);
    expect(touches).toBe(1);
    await sleep(EVERY * 1.5);
    expect(touches).toBe(2);
    // A page asked for before the save shows the content before it: the write is still held.
    releaseStoreWrite(before);
    await sleep(EVERY);
    expect(touches).toBe(3);
    releaseStoreWrite(Date.now());
    await sleep(EVERY * 1.5);
    expect(touches).toBe(3);
  });

  it('holds for the last save only', async () => {
    const touched: string[] = [];
    holdStoreWrite(() => touched.push('first'), EVERY);
    holdStoreWrite(() => touched.push('second'), EVERY);
    await sleep(EVERY * 1.5);
    releaseStoreWrite(Date.now());
    expect(touched).toEqual(['first', 'second', 'second']);
  });
});
