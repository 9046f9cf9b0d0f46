/**
 * `npm run facts:candidates -- <source-id>`: writes every figure the source's text states as a candidate
 * fact (tools/fact-candidates.ts) to `facts/<source-id>.candidates.yaml` of the content folder, which the
 * build never reads and the site never publishes, for an editor to choose from.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { isEntryFile, resolveContentPath } from '../src/lib/content/content-dir.ts';
import { candidatesFile, candidatesYaml, findCandidates, type KnownPlace } from '../tools/fact-candidates.ts';
import { readCorridorIds, readSourceIds, shownPath } from '../tools/site.ts';

const [id, ...extra] = process.argv.slice(2);
const ids = readSourceIds();
if (id === undefined || extra.length > 0) {
  console.error(
    `facts:candidates: give one source id: npm run facts:candidates -- <source-id> (sources: ${ids.join(', ')})`,
  );
  process.exit(1);
}
const article = resolveContentPath(process.cwd(), `sources/${id}/article.txt`);
if (!ids.includes(id) || !existsSync(article)) {
  console.error(`facts:candidates: no source "${id}" with an article.txt; the sources are: ${ids.join(', ')}`);
  process.exit(1);
}

/** The places the content knows, by name and every other spelling. */
function knownPlaces(): KnownPlace[] {
  const dir = resolveContentPath(process.cwd(), 'places');
  return readdirSync(dir)
    .filter(isEntryFile)
    .flatMap((name) => parseYaml(readFileSync(join(dir, name), 'utf8')) as Record<string, unknown>[])
    .map((place) => ({
      id: String(place['id']),
      names: [place['name'], ...((place['altNames'] as unknown[] | undefined) ?? [])].map((name) =>
        typeof name === 'object' && name !== null ? String((name as { name: unknown }).name) : String(name),
      ),
    }));
}

const candidates = findCandidates(readFileSync(article, 'utf8'), knownPlaces());
const target = resolveContentPath(process.cwd(), `facts/${candidatesFile(id)}`);
const shown = shownPath(target);
writeFileSync(target, candidatesYaml(id, shownPath(article), candidates, readCorridorIds()));
const sentences = new Set(candidates.map((c) => `${c.paragraph} ${c.passage}`)).size;
console.log(`Wrote ${shown}: ${candidates.length} figures in ${sentences} sentences of ${id}.`);
console.log('Move the ones you keep into a facts file and fill in what each leaves empty; the file says how.');
