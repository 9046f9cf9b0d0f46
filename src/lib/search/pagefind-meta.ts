/**
 * Pagefind's metadata file (`pagefind.<hash>.pf_meta`), which every search fetches first, read and
 * written again with shorter names for the records' fragments. Pagefind names each record's fragment
 * by a hash of its content (`en_` and 7 or more hex digits) and lists every record's name in this
 * file: those names were most of what a one-word query fetched at scale, and the part of it that
 * grew with the number of records. Names given in order (`k3x9/0`, `k3x9/1`, … in base 36, under a
 * folder named after the whole index) cost less than half as much (docs/benchmarks.md, 'Search at
 * 3,000 sources'). Nothing else changes: the records keep their order, word counts, index and
 * filters, so every search finds and ranks what it did.
 *
 * The file is CBOR (RFC 8949) behind Pagefind's signature, gzipped. It holds arrays, text and
 * unsigned integers only; a file with anything else, or that would not be written back to the same
 * bytes, is refused (a Pagefind version that changed the format), and the build says so.
 */

/** What Pagefind puts before the CBOR of each of its files, inside the gzip stream. */
export const SIGNATURE = 'pagefind_dcd';

export type Cbor = number | string | Cbor[];

/** Reads CBOR values from `bytes`, from the start. */
function reader(bytes: Uint8Array) {
  let at = 0;
  const byte = (): number => {
    const value = bytes[at++];
    if (value === undefined) throw new Error('Pagefind metadata: unexpected end of file');
    return value;
  };
  const argument = (info: number): number => {
    if (info < 24) return info;
    const length = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (length === 0) throw new Error(`Pagefind metadata: unsupported CBOR length ${info}`);
    let value = 0;
    for (let i = 0; i < length; i++) value = value * 256 + byte();
    return value;
  };
  const read = (): Cbor => {
    const head = byte();
    const major = head >> 5;
    const value = argument(head & 31);
    if (major === 0) return value;
    if (major === 3) {
      const end = at + value;
      if (end > bytes.length) throw new Error('Pagefind metadata: unexpected end of file');
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(at, end));
      at = end;
      return text;
    }
    if (major === 4) return Array.from({ length: value }, () => read());
    throw new Error(`Pagefind metadata: unsupported CBOR major type ${major}`);
  };
  return { read, done: () => at === bytes.length };
}

/** Decodes one CBOR value of arrays, text and unsigned integers, the whole of `bytes`. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const input = reader(bytes);
  const value = input.read();
  if (!input.done()) throw new Error('Pagefind metadata: bytes after the end of its value');
  return value;
}

function head(major: number, value: number, out: number[]): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > 0xffffffff) {
    throw new Error(`Pagefind metadata: cannot write ${value}`);
  }
  if (value < 24) out.push((major << 5) | value);
  else if (value < 0x100) out.push((major << 5) | 24, value);
  else if (value < 0x10000) out.push((major << 5) | 25, value >> 8, value & 0xff);
  else out.push((major << 5) | 26, value >>> 24, (value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff);
}

/** Encodes as Pagefind does (minicbor): definite lengths, each in as few bytes as it takes. */
export function encodeCbor(value: Cbor): Uint8Array {
  const out: number[] = [];
  const encoder = new TextEncoder();
  const write = (v: Cbor): void => {
    if (typeof v === 'number') head(0, v, out);
    else if (typeof v === 'string') {
      const bytes = encoder.encode(v);
      head(3, bytes.length, out);
      for (const b of bytes) out.push(b);
    } else {
      head(4, v.length, out);
      v.forEach(write);
    }
  };
  write(value);
  return Uint8Array.from(out);
}

/** A record as the metadata lists it: its fragment's name, its word count, and its fragment group ('' for none). */
interface MetaPage {
  hash: string;
  wordCount: number;
}

function pagesOf(meta: Cbor): Cbor[][] {
  if (!Array.isArray(meta) || typeof meta[0] !== 'string' || !Array.isArray(meta[1])) {
    throw new Error('Pagefind metadata: not a version followed by the list of records');
  }
  return meta[1].map((page) => {
    if (!Array.isArray(page) || typeof page[0] !== 'string' || typeof page[1] !== 'number') {
      throw new Error('Pagefind metadata: a record is not its fragment’s name and word count');
    }
    // Fragments bundled into shared files (Pagefind's maxFragments) are looked up by name inside them.
    if (page.length > 2 && page[2] !== '') {
      throw new Error('Pagefind metadata: records in fragment groups (maxFragments) cannot be renamed');
    }
    return page;
  });
}

/** The records the metadata lists, in its order (which the index's page numbers refer to). */
export function metaPages(meta: Cbor): MetaPage[] {
  return pagesOf(meta).map((page) => ({ hash: page[0] as string, wordCount: page[1] as number }));
}

/** `n` in base 36: 0, 1, …, z, 10, … */
export function shortName(n: number): string {
  return n.toString(36);
}

/**
 * The metadata with each record's fragment renamed `<folder>/<n>`, n counting the fragments in the
 * order the records are listed (records Pagefind found identical share one fragment, and keep
 * sharing it), and the renames to make: old name → new name.
 */
export function renameFragments(meta: Cbor, folder: string): { meta: Cbor; renames: Map<string, string> } {
  if (!/^[0-9a-z]+$/.test(folder)) throw new Error(`Not a folder name for fragments: "${folder}"`);
  const renames = new Map<string, string>();
  const pages = pagesOf(meta).map((page) => {
    const old = page[0] as string;
    let name = renames.get(old);
    if (name === undefined) {
      name = `${folder}/${shortName(renames.size)}`;
      renames.set(old, name);
    }
    return [name, ...page.slice(1)];
  });
  const [version, , ...rest] = meta as Cbor[];
  return { meta: [version as Cbor, pages, ...rest], renames };
}

/** The CBOR of a metadata file, from its bytes once gunzipped: the signature checked and removed. */
export function unsign(bytes: Uint8Array): Uint8Array {
  const signature = new TextEncoder().encode(SIGNATURE);
  if (bytes.length < signature.length || signature.some((b, i) => bytes[i] !== b)) {
    throw new Error(`Pagefind metadata: no ${SIGNATURE} signature`);
  }
  return bytes.subarray(signature.length);
}

/** The bytes of a metadata file before gzip: signature, then CBOR. */
export function sign(cbor: Uint8Array): Uint8Array {
  const signature = new TextEncoder().encode(SIGNATURE);
  const out = new Uint8Array(signature.length + cbor.length);
  out.set(signature);
  out.set(cbor, signature.length);
  return out;
}
