import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeRegExp } from '@/lib/text/escape.ts';

const AWKWARD = ['x < y & z', 'A "quoted" <b>bold</b>', 'Tom & Jerry’s &amp; co', '<script>alert(1)</script>'];

describe('escapeHtml', () => {
  it.each(AWKWARD)('keeps %j as text in an element and in an attribute', (text) => {
    const root = parse(`<p title="${escapeHtml(text)}">${escapeHtml(text)}</p>`);
    const p = root.querySelector('p');
    expect(p?.childNodes.map((node) => node.nodeType)).toEqual([3]);
    expect(p?.text).toBe(text);
    expect(p?.getAttribute('title')).toBe(text);
  });
});

describe('escapeRegExp', () => {
  it.each(['12.82%', '2,485', 'a+b (c)', '[x]', '$5^2', 'a|b', 'C:\\path', '{1}?', 'Nur-Sultan', '*'])(
    'matches %j literally, also with the u flag',
    (text) => {
      for (const flags of ['', 'u']) {
        const pattern = new RegExp(`^${escapeRegExp(text)}$`, flags);
        expect(pattern.test(text)).toBe(true);
        expect(pattern.test(`${text}x`)).toBe(false);
      }
    },
  );

  it('does not let a dot stand for any character', () => {
    expect(new RegExp(escapeRegExp('12.8')).test('1298')).toBe(false);
  });
});
