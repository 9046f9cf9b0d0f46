import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeCbor,
  encodeCbor,
  metaPages,
  renameFragments,
  shortName,
  sign,
  SIGNATURE,
  unsign,
  type Cbor,
} from '@/lib/search/pagefind-meta.ts';

/** Metadata shaped as Pagefind 1.6 writes it: version, records, index chunks, filters, sorts, metadata fields. */
const META: Cbor = [
  '1.6.0',
  [
    ['en_2af6721', 570, ''],
    ['en_6f9a20b', 469, ''],
    ['en_2af6721', 570, ''],
    ['en_8a9e444', 87, ''],
  ],
  [
    ['00', '016', 'en_ad682cb'],
    ['017', 'real', 'en_8829122'],
  ],
  [['kind', 'en_2cc6325']],
  [],
  ['names', 'statement', 'title'],
];

describe('CBOR as Pagefind writes its metadata', () => {
  it('writes back the bytes it read', () => {
    const bytes = encodeCbor(META);
    expect(decodeCbor(bytes)).toEqual(META);
    expect(encodeCbor(decodeCbor(bytes))).toEqual(bytes);
  });

  it('writes each length and number in as few bytes as it takes (RFC 8949, preferred serialization)', () => {
    expect([...encodeCbor(23)]).toEqual([0x17]);
    expect([...encodeCbor(24)]).toEqual([0x18, 24]);
    expect([...encodeCbor(570)]).toEqual([0x19, 0x02, 0x3a]);
    expect([...encodeCbor(70000)]).toEqual([0x1a, 0x00, 0x01, 0x11, 0x70]);
    expect([...encodeCbor('é')]).toEqual([0x62, 0xc3, 0xa9]);
    expect([...encodeCbor([])]).toEqual([0x80]);
    expect(decodeCbor(encodeCbor('x'.repeat(300)))).toBe('x'.repeat(300));
  });

  it('refuses what the metadata never holds, and a file cut short or running on', () => {
    expect(() => decodeCbor(Uint8Array.from([0xa0]))).toThrow(/major type 5/);
    expect(() => decodeCbor(Uint8Array.from([0x39, 0, 1]))).toThrow(/major type 1/);
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/end of file/);
    expect(() => decodeCbor(Uint8Array.from([0x63, 0x61]))).toThrow(/end of file/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/after the end/);
    expect(() => encodeCbor(-1)).toThrow(/cannot write/);
  });
});

describe('renameFragments', () => {
  it('names the fragments in the order the records are listed, in a folder, keeping everything else', () => {
    const { meta, renames } = renameFragments(META, 'k3x9');
    expect(metaPages(meta)).toEqual([
      { hash: 'k3x9/0', wordCount: 570 },
      { hash: 'k3x9/1', wordCount: 469 },
      // Records Pagefind found identical share one fragment, and keep sharing it.
      { hash: 'k3x9/0', wordCount: 570 },
      { hash: 'k3x9/2', wordCount: 87 },
    ]);
    expect([...renames]).toEqual([
      ['en_2af6721', 'k3x9/0'],
      ['en_6f9a20b', 'k3x9/1'],
      ['en_8a9e444', 'k3x9/2'],
    ]);
    const [, , ...rest] = meta as Cbor[];
    const [, , ...before] = META as Cbor[];
    expect(rest).toEqual(before);
  });

  it('makes the list of records smaller once gzipped, as it is served', () => {
    const many: Cbor = [
      '1.6.0',
      Array.from({ length: 5000 }, (_, i) => [
        `en_${createHash('sha256').update(String(i)).digest('hex').slice(0, 7)}`,
        100 + (i % 400),
        '',
      ]),
      [],
      [],
      [],
      [],
    ];
    const gzipped = (meta: Cbor) => gzipSync(encodeCbor(meta), { level: 9 }).length;
    expect(gzipped(renameFragments(many, 'k3x9').meta)).toBeLessThan(gzipped(many) * 0.6);
  });

  it('refuses records in fragment groups, a folder name that is not one, and what is not Pagefind’s metadata', () => {
    expect(() => renameFragments(['1.6.0', [['en_1', 3, 'en_group']], [], [], [], []], 'k3x9')).toThrow(
      /fragment groups/,
    );
    expect(() => renameFragments(META, '../x')).toThrow(/folder/);
    expect(() => renameFragments(['1.6.0', [[1, 2]]], 'k3x9')).toThrow(/fragment’s name/);
    expect(() => renameFragments([1], 'k3x9')).toThrow(/list of records/);
  });
});

describe('shortName', () => {
  it('counts in base 36', () => {
    expect([0, 9, 10, 35, 36, 1295, 1296].map(shortName)).toEqual(['0', '9', 'a', 'z', '10', 'zz', '100']);
  });

  it('never gives two numbers one name', () => {
    const names = Array.from({ length: 50_000 }, (_, n) => shortName(n));
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the signature before the CBOR', () => {
  it('is added and checked', () => {
    const cbor = encodeCbor(META);
    const signed = sign(cbor);
    expect(new TextDecoder().decode(signed.subarray(0, SIGNATURE.length))).toBe(SIGNATURE);
    expect(unsign(signed)).toEqual(cbor);
    expect(() => unsign(cbor)).toThrow(/signature/);
  });
});
