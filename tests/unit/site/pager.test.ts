import { describe, expect, it } from 'vitest';
import { pageCount, pageRange, pagerItems } from '@/lib/site/pager.ts';

describe('paging a long list', () => {
  it('splits a list into pages of the page size, one page at least', () => {
    expect(pageCount(0, 40)).toBe(1);
    expect(pageCount(40, 40)).toBe(1);
    expect(pageCount(41, 40)).toBe(2);
    expect(pageRange(1, 32, 40)).toEqual({ from: 0, to: 32 });
    expect(pageRange(2, 90, 40)).toEqual({ from: 40, to: 80 });
    expect(pageRange(3, 90, 40)).toEqual({ from: 80, to: 90 });
  });

  it('links the first, the last and the neighbouring pages, marking the gaps', () => {
    expect(pagerItems(1, 1)).toEqual([1]);
    expect(pagerItems(1, 3)).toEqual([1, 2, 3]);
    expect(pagerItems(5, 9)).toEqual([1, undefined, 4, 5, 6, undefined, 9]);
    expect(pagerItems(1, 750)).toEqual([1, 2, undefined, 750]);
  });
});
