import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { listFiles } from './site.ts';

/** Files a host compresses on the way out; Pagefind's own files are compressed already. */
const TEXT = /\.(html|css|js|mjs|json|svg|xml|txt|csv)$/;

/**
 * A copy of a built site with a Brotli and a gzip file beside each text file, for serving as a
 * host that compresses would (`serveStatic(copy, { precompressed: true })`). The build itself is
 * left as it is: what we publish is the host's to compress.
 */
export async function precompressedCopy(distDir: string): Promise<string> {
  const copy = await mkdtemp(join(tmpdir(), 'corridors-compressed-'));
  await cp(distDir, copy, { recursive: true });
  for (const file of listFiles(copy).filter((f) => TEXT.test(f))) {
    const bytes = await readFile(file);
    await writeFile(`${file}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
    await writeFile(`${file}.gz`, gzipSync(bytes, { level: 9 }));
  }
  return copy;
}
