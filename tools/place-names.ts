import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isEntryFile, resolveContentPath } from '../src/lib/content/content-dir.ts';

export interface PlaceNames {
  id: string;
  name: string;
  /** Every other name, with its language tags as written (none for an English spelling). */
  others: { name: string; lang: string[] }[];
}

/** Every place of the content with its names, read from the YAML as an editor wrote it (for scripts and tests). */
export function readPlaceNames(cwd = process.cwd()): PlaceNames[] {
  const dir = resolveContentPath(cwd, 'places');
  return readdirSync(dir)
    .filter(isEntryFile)
    .flatMap((file) => parseYaml(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>[])
    .map((place) => ({
      id: String(place['id']),
      name: String(place['name']),
      others: ((place['altNames'] as unknown[] | undefined) ?? []).map((alt) => {
        if (typeof alt !== 'object' || alt === null) return { name: String(alt), lang: [] };
        const { name, lang } = alt as { name: unknown; lang?: unknown };
        return { name: String(name), lang: lang === undefined ? [] : [lang].flat().map(String) };
      }),
    }));
}
