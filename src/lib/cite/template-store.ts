/**
 * The citation templates of format.ts kept between builds, so a rebuild asks citeproc nothing it
 * asked before and never reads a style (the slow part: docs/benchmarks.md, 'Figures behind the code').
 * One file of lines `[key, template]`, named by a hash of everything that shapes the text (citeproc's
 * version, the styles and the locale), so a change to any of them starts a new file; a line is
 * appended as each template is made, so a build stopped half-way keeps what it made.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface TemplateStore {
  get(key: string): string | null | undefined;
  set(key: string, template: string | null): void;
}

/** A store in `dir` (CITATION_CACHE_DIR, or node_modules/.cache/citations) for templates made by `makers`. */
export function templateStore(
  makers: readonly string[],
  dir = resolve(process.env.CITATION_CACHE_DIR ?? 'node_modules/.cache/citations'),
): TemplateStore {
  const file = join(dir, `templates-${hash(JSON.stringify(makers)).slice(0, 16)}.jsonl`);
  let known: Map<string, string | null> | undefined;
  const load = () => {
    known ??= read(file);
    return known;
  };
  return {
    get: (key) => load().get(hash(key)),
    set(key, template) {
      const hashed = hash(key);
      load().set(hashed, template);
      try {
        mkdirSync(dir, { recursive: true });
        appendFileSync(file, `${JSON.stringify([hashed, template])}\n`);
      } catch {
        // A read-only checkout builds as well, without the store.
      }
    },
  };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

function read(file: string): Map<string, string | null> {
  const known = new Map<string, string | null>();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return known;
  }
  for (const line of text.split('\n')) {
    try {
      const [key, template] = JSON.parse(line) as [string, string | null];
      known.set(key, template);
    } catch {
      // An empty last line, or one cut short by a stopped build.
    }
  }
  return known;
}
