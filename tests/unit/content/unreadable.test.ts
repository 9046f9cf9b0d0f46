import { describe, expect, it } from 'vitest';
import { contentRead, setReading } from '@/lib/content/unreadable.ts';

/** A promise and the function that resolves it. */
function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((res) => (resolve = res));
  return { promise, resolve };
}

describe('contentRead', () => {
  it('resolves at once when no read is under way', async () => {
    await expect(contentRead()).resolves.toBeUndefined();
  });

  it('waits for every read under way, and for one started while it waits', async () => {
    const facts = deferred();
    const places = deferred();
    setReading('/content/facts', facts.promise);
    let done = false;
    const waiting = contentRead().then(() => (done = true));

    facts.resolve();
    await facts.promise;
    setReading('/content/places', places.promise);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).toBe(false);

    places.resolve();
    await waiting;
    expect(done).toBe(true);
  });
});
