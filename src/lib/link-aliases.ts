/** Reads the link aliases (`src/content/links/aliases.yaml`). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { LinkAliases } from './anchors';

const ALIASES_FILE = 'src/content/links/aliases.yaml';
export const REGISTRY_FILE = 'src/content/links/registry.json';

export function readLinkAliases(root: string): LinkAliases {
  const raw = parse(readFileSync(join(root, ALIASES_FILE), 'utf8')) as Partial<LinkAliases> | null;
  return { pages: raw?.pages ?? [], anchors: raw?.anchors ?? [] };
}
