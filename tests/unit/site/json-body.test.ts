import { describe, expect, it } from 'vitest';
import { jsonListBody } from '@/lib/site/json-body.ts';

const text = (body: ReadableStream<Uint8Array>) => new Response(body).text();

describe('jsonListBody', () => {
  it('writes the bytes JSON.stringify writes for the head with the list last', async () => {
    const head = { pages: ['/corridors/rail/', '/places/'], site: 'Corridors' };
    const items = [
      { url: '/facts/a/', content: '<p>“Khorgos” — 2,129 trains, Хоргос</p>', n: 1.5 },
      { url: '/facts/b/', content: 'quote " and backslash \\ and \u2028' },
      [1, null, 'x'],
      undefined,
      'plain',
    ];
    const bytes = new Uint8Array(await new Response(jsonListBody(head, 'records', items)).arrayBuffer());
    expect(bytes).toEqual(new TextEncoder().encode(JSON.stringify({ ...head, records: items })));
  });

  it('writes an empty head and an empty list as JSON.stringify does', async () => {
    expect(await text(jsonListBody({}, 'records', []))).toBe(JSON.stringify({ records: [] }));
    expect(await text(jsonListBody({ pages: [] }, 'records', []))).toBe(JSON.stringify({ pages: [], records: [] }));
    expect(await text(jsonListBody({}, 'records', [{ a: 1 }]))).toBe(JSON.stringify({ records: [{ a: 1 }] }));
  });

  it('refuses a head that already has the key, which would be written twice', () => {
    expect(() => jsonListBody({ records: [] }, 'records', [])).toThrow('the head already has "records"');
  });
});
