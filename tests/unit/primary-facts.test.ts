import { describe, expect, it } from 'vitest';
import { primaryFactByPlace, type PlaceFactCandidate } from '@/lib/primary-facts';

const fact = (id: string, over: Partial<PlaceFactCandidate> = {}): PlaceFactCandidate => ({
  id,
  quoted: true,
  places: ['khorgos'],
  hasValue: true,
  position: 0,
  ...over,
});

describe('the fact a search for a place lands on', () => {
  it('is the figure the source gives first, of two about the same place', () => {
    const facts = [fact('growth', { position: 260 }), fact('trains', { position: 240 })];
    expect(primaryFactByPlace(facts).get('khorgos')).toBe('trains');
  });

  it('prefers a quoted fact to one derived from it', () => {
    const facts = [fact('prior', { quoted: false, position: 0 }), fact('trains', { position: 240 })];
    expect(primaryFactByPlace(facts).get('khorgos')).toBe('trains');
  });

  it('prefers the fact about this place alone to one about several', () => {
    const facts = [
      fact('five-countries', { places: ['xian', 'astana', 'bishkek', 'tashkent', 'dushanbe', 'ashgabat'] }),
      fact('routes-2023', { places: ['xian', 'tashkent', 'bishkek', 'astana'], hasValue: false, position: 90 }),
    ];
    expect(primaryFactByPlace(facts).get('astana')).toBe('routes-2023');
  });

  it('prefers a fact with a figure when both are as specific', () => {
    const facts = [fact('record', { hasValue: false, position: 0 }), fact('trains', { position: 240 })];
    expect(primaryFactByPlace(facts).get('khorgos')).toBe('trains');
  });

  it('gives every place named by some fact one primary fact, and none to others', () => {
    const chosen = primaryFactByPlace([fact('a', { places: ['x', 'y'] }), fact('b', { places: ['y'] })]);
    expect(Object.fromEntries(chosen)).toEqual({ x: 'a', y: 'b' });
  });
});
