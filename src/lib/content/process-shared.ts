/**
 * A Map that every instance of the calling module in this process shares, under `name`: under `astro
 * dev` the loaders run in Astro's content layer and the pages in Vite's server-side runner, each with
 * its own instance of a module they both import (unreadable.ts, live-store.ts).
 */
export function shared<K, V>(name: string): Map<K, V> {
  const key = Symbol.for(`corridors.${name}`);
  const global = globalThis as { [key: symbol]: Map<K, V> | undefined };
  return (global[key] ??= new Map<K, V>());
}
