import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CardContent } from '@/lib/cards/content.ts';
import { CARD_MANIFEST_FILE, cardStatsLine, planCards, type CardManifest } from '@/lib/cards/publish/plan.ts';
import { placeCard, writeCached } from '@/lib/cards/publish/place.ts';
import { publishCards, type Drawer } from '@/lib/cards/publish/publish.ts';

const page = (title: string): CardContent => ({
  type: 'page',
  mode: 'context',
  eyebrow: 'Facts',
  title,
  description: 'd',
});
const keyOf = (content: CardContent) => (content.type === 'page' ? `k-${content.title}` : 'other');

describe('which cards a build draws', () => {
  it('draws only what the cache lacks, and a drawing two cards share once', () => {
    const cards = [
      { file: 'cards/a.png', content: page('A') },
      { file: 'cards/b.png', content: page('B') },
      { file: 'cards/c.png', content: page('B') },
      { file: 'cards/d.png', content: page('D') },
    ];
    const plan = planCards(cards, keyOf, new Set(['k-A']));
    expect([...plan.draw.keys()]).toEqual(['k-B', 'k-D']);
    expect(plan.files).toEqual([
      { file: 'cards/a.png', key: 'k-A' },
      { file: 'cards/b.png', key: 'k-B' },
      { file: 'cards/c.png', key: 'k-B' },
      { file: 'cards/d.png', key: 'k-D' },
    ]);
    expect(planCards(cards, keyOf, new Set(['k-A', 'k-B', 'k-D'])).draw.size).toBe(0);
  });

  it('says in one line how many were drawn and how many came from the cache', () => {
    expect(
      cardStatsLine({ drawn: 1, cached: 53, bytes: 1_049_000, milliseconds: 812.4, cpuMilliseconds: 1403.2 }),
    ).toBe('cards: 1 drawn, 53 from the cache; 1.05 MB in 812 ms (1403 ms of CPU)');
  });
});

describe('the card step', () => {
  let dir: string;
  let outDir: string;
  let cacheDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cards-publish-'));
    outDir = join(dir, 'dist');
    cacheDir = join(dir, 'cache');
    mkdirSync(outDir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A drawer that writes each card's title as its "PNG", and records what it was asked to draw. */
  function recordingDrawer(drawn: string[]): Drawer {
    return (jobs, where) => {
      for (const [key, content] of jobs) {
        drawn.push(content.type === 'page' ? content.title : key);
        writeCached(where.cacheDir, key, Buffer.from(`png of ${content.type === 'page' ? content.title : ''}`));
      }
      return Promise.resolve();
    };
  }

  function build(manifest: CardManifest, drawn: string[]) {
    rmSync(join(outDir, 'cards'), { recursive: true, force: true });
    writeFileSync(join(outDir, CARD_MANIFEST_FILE), JSON.stringify(manifest));
    return publishCards(outDir, { cacheDir, renderer: 'r1', draw: recordingDrawer(drawn) });
  }

  const facts = (titles: string[]): CardManifest => ({
    site: 'Corridors',
    cards: titles.map((title, i) => ({ file: `cards/facts/f${i}.png`, content: page(title) })),
  });

  it('draws every card into an empty cache, places each at its path, and removes the manifest', async () => {
    const drawn: string[] = [];
    const stats = await build(facts(['one', 'two', 'three']), drawn);
    expect(drawn).toEqual(['one', 'two', 'three']);
    expect([stats.drawn, stats.cached]).toEqual([3, 0]);
    expect(readFileSync(join(outDir, 'cards/facts/f1.png'), 'utf8')).toBe('png of two');
    expect(stats.bytes).toBe(['one', 'two', 'three'].reduce((n, t) => n + `png of ${t}`.length, 0));
    expect(existsSync(join(outDir, CARD_MANIFEST_FILE))).toBe(false);
  });

  it('after one changed fact, draws that one card and takes the rest from the cache, byte for byte', async () => {
    await build(facts(['one', 'two', 'three']), []);
    const before = readFileSync(join(outDir, 'cards/facts/f0.png'));
    const drawn: string[] = [];
    const stats = await build(facts(['one', 'two (changed)', 'three']), drawn);
    expect(drawn).toEqual(['two (changed)']);
    expect([stats.drawn, stats.cached]).toEqual([1, 2]);
    expect(readFileSync(join(outDir, 'cards/facts/f0.png')).equals(before)).toBe(true);
    expect(readFileSync(join(outDir, 'cards/facts/f1.png'), 'utf8')).toBe('png of two (changed)');
  });

  it('draws every card again when what draws them changes', async () => {
    await build(facts(['one', 'two']), []);
    writeFileSync(join(outDir, CARD_MANIFEST_FILE), JSON.stringify(facts(['one', 'two'])));
    const drawn: string[] = [];
    await publishCards(outDir, { cacheDir, renderer: 'r2', draw: recordingDrawer(drawn) });
    expect(drawn).toEqual(['one', 'two']);
  });

  it('places no card and draws nothing for an empty manifest (SOCIAL_CARDS=off)', async () => {
    const drawn: string[] = [];
    const stats = await build({ site: 'Corridors', cards: [] }, drawn);
    expect([drawn, stats.drawn, stats.cached, existsSync(join(outDir, 'cards'))]).toEqual([[], 0, 0, false]);
  });
});

describe('placing a card from the cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cards-place-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('links the cached drawing into the build, in a new folder, over a card left there', () => {
    writeCached(join(dir, 'cache'), 'k', Buffer.from('new'));
    const to = join(dir, 'dist/cards/facts/x.png');
    mkdirSync(join(dir, 'dist/cards/facts'), { recursive: true });
    writeFileSync(to, 'old');
    expect(placeCard(join(dir, 'cache/k.png'), to, true)).toEqual({ linked: true });
    expect(readFileSync(to, 'utf8')).toBe('new');
    expect(statSync(to).ino).toBe(statSync(join(dir, 'cache/k.png')).ino);
    expect(readdirSync(join(dir, 'cache'))).toEqual(['k.png']);
  });

  it('copies when told links are refused', () => {
    writeCached(join(dir, 'cache'), 'k', Buffer.from('png'));
    const to = join(dir, 'dist/x.png');
    expect(placeCard(join(dir, 'cache/k.png'), to, false)).toEqual({ linked: false });
    expect(readFileSync(to, 'utf8')).toBe('png');
    expect(statSync(to).ino).not.toBe(statSync(join(dir, 'cache/k.png')).ino);
  });
});
