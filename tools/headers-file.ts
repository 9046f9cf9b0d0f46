import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Rule {
  /** The rule's path: exact, or a prefix when it ends in `*` (the only wildcard our file uses). */
  path: string;
  headers: [name: string, value: string][];
}

function matches(rule: Rule, pathname: string): boolean {
  return rule.path.endsWith('*') ? pathname.startsWith(rule.path.slice(0, -1)) : pathname === rule.path;
}

/** Parses a `_headers` file as Netlify and Cloudflare Pages do: a path (with `*`), then indented `Name: value` lines. */
function parseHeadersFile(text: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
    } else {
      const at = line.indexOf(':');
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * Every value the rules of a `_headers` file give each header for `pathname`, in the file's order: a
 * host joins them (Netlify and Cloudflare Pages, with `, `), so a header named by two matching rules is
 * sent with both values, and two policies of a Content-Security-Policy are both enforced.
 */
export function headersForFile(text: string, pathname: string): Record<string, string[]> {
  const sent: Record<string, string[]> = {};
  for (const rule of parseHeadersFile(text).filter((r) => matches(r, pathname)))
    for (const [name, value] of rule.headers) (sent[name] ??= []).push(value);
  return sent;
}

/**
 * The headers a host reading the build's `_headers` sends for `pathname`, values joined as the hosts
 * join them (`headersForFile`). The file is read at the first request, so a server can start before
 * the build is made.
 */
export function headersFor(distDir: string): (pathname: string) => Record<string, string> {
  let text: string | undefined;
  return (pathname) => {
    const file = join(distDir, '_headers');
    text ??= existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (text === undefined) return {};
    return Object.fromEntries(
      Object.entries(headersForFile(text, pathname)).map(([name, values]) => [name, values.join(', ')]),
    );
  };
}
