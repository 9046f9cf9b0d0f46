import { describe, expect, it } from 'vitest';
import { fragmentId } from '@/lib/site/fragment.ts';

describe('the id an address fragment names', () => {
  it('is the fragment without its #, percent-decoded as the browser encodes it', () => {
    expect(fragmentId('#p5')).toBe('p5');
    expect(fragmentId(new URL('https://example.org/#café').hash)).toBe('café');
    expect(fragmentId('#rail%20corridor')).toBe('rail corridor');
  });

  it('is empty for an address without a fragment, or with a bare #', () => {
    expect(fragmentId('')).toBe('');
    expect(fragmentId('#')).toBe('');
  });

  it('takes malformed percent-encoding as written instead of throwing', () => {
    for (const hash of ['#%ED%A0%80%FF%', '#%', '#%E0%A4%A', '#100%', '#%zz']) {
      expect(() => fragmentId(hash)).not.toThrow();
      expect(fragmentId(hash)).toBe(hash.slice(1));
    }
  });

  it('gives back a long or hostile fragment as text, whole', () => {
    const long = `#${'%41'.repeat(2000)}`;
    expect(fragmentId(long)).toBe('A'.repeat(2000));
    expect(fragmentId('#%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E')).toBe('<img src=x onerror=alert(1)>');
  });
});
