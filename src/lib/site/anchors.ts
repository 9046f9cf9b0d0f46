/**
 * Links people have published must keep working. The registry lists every
 * page and anchor the site has published; a change may add to it, but a page
 * or anchor may leave it only with an alias that keeps the old link working.
 */
/** Page path (without the base path) → its anchors, sorted. */
export type AnchorRegistry = Record<string, string[]>;

export interface LinkAliases {
  /** Old page paths that redirect to new ones: `{ from: /corridors/, to: /#corridors }`. */
  pages: { from: string; to: string }[];
  /** Old anchors of a page that land on new ones: `{ page: /corridors/rail/, from: horgos, to: khorgos }`. */
  anchors: { page: string; from: string; to: string }[];
}

const CLASS = /(?:^|\s)class="([^"]*)"/;
const HEADINGS = new Set(['h2', 'h3', 'h4']);
/** What may stand between a `.heading-wrapper`'s start tag and its heading: the alias anchors (`insertAliasAnchors`). */
const ALIASES_ONLY = /^(?:<span\s[^<>]*\banchor-alias\b[^<>]*><\/span>)*$/;

/**
 * The anchors readers link to: headings with anchor links (an `h2`–`h4` with an id, a child of a
 * `.heading-wrapper`), facts (`.fact[id]`) and source paragraphs (`.para[id]`). Found from each ` id="`
 * of the page rather than by parsing it: the build runs this on every page it writes (scripts/build.ts),
 * where a parse of each would cost more than the page's own rendering; tests/build/links.test.ts holds
 * it to an HTML parser's answer on every built page.
 */
export function publishedAnchors(html: string): string[] {
  const ids = new Set<string>();
  for (let at = html.indexOf(' id="'); at !== -1; at = html.indexOf(' id="', at + 5)) {
    const start = html.lastIndexOf('<', at);
    const end = html.indexOf('>', at);
    const valueEnd = html.indexOf('"', at + 5);
    if (start === -1 || end === -1 || valueEnd > end) continue;
    const tag = html.slice(start + 1, end);
    const name = /^[a-zA-Z][\w-]*/.exec(tag)?.[0].toLowerCase();
    const id = html.slice(at + 5, valueEnd);
    if (name === undefined || id === '') continue;
    const classes = (CLASS.exec(tag)?.[1] ?? '').split(' ');
    if (classes.includes('fact') || classes.includes('para')) ids.add(id);
    else if (HEADINGS.has(name)) {
      const wrapper = html.lastIndexOf('<div ', start);
      const wrapperEnd = html.indexOf('>', wrapper);
      if (
        wrapper !== -1 &&
        (CLASS.exec(html.slice(wrapper + 1, wrapperEnd))?.[1] ?? '').split(' ').includes('heading-wrapper') &&
        ALIASES_ONLY.test(html.slice(wrapperEnd + 1, start))
      )
        ids.add(id);
    }
  }
  return [...ids].sort();
}

export interface RegistryCheck {
  /** Published pages or anchors that are gone with no alias: `/corridors/rail/#khorgos`. */
  missing: string[];
  /** Aliases whose target does not exist. */
  brokenAliases: string[];
  /** New pages or anchors not yet in the registry. */
  added: string[];
}

/** Compares a build with the registry, allowing for aliases. */
export function checkRegistry(registry: AnchorRegistry, built: AnchorRegistry, aliases: LinkAliases): RegistryCheck {
  const pageAlias = new Map(aliases.pages.map((a) => [a.from, a.to]));
  const anchorAlias = new Map(aliases.anchors.map((a) => [`${a.page}#${a.from}`, `${a.page}#${a.to}`]));
  // Each page's anchors as a set, so checking one is a lookup, not a scan of the page's list.
  const builtSets = new Map(Object.entries(built).map(([page, anchors]) => [page, new Set(anchors)]));
  const registered = new Map(Object.entries(registry).map(([page, anchors]) => [page, new Set(anchors)]));
  const exists = (link: string) => {
    const [page = '', anchor] = link.split('#');
    const anchors = builtSets.get(page);
    return anchors !== undefined && (anchor === undefined || anchor === '' || anchors.has(anchor));
  };
  const missing: string[] = [];
  for (const [page, anchors] of Object.entries(registry)) {
    const newPage = built[page] !== undefined ? page : pageAlias.get(page);
    if (newPage === undefined) {
      missing.push(page);
      continue;
    }
    for (const anchor of anchors) {
      const link = `${page}#${anchor}`;
      if (builtSets.get(page)?.has(anchor)) continue;
      if (anchorAlias.has(link)) continue;
      missing.push(link);
    }
  }
  const brokenAliases = [
    ...aliases.pages.filter((a) => !exists(a.to)).map((a) => `${a.from} → ${a.to}`),
    ...aliases.anchors.filter((a) => !exists(`${a.page}#${a.to}`)).map((a) => `${a.page}#${a.from} → #${a.to}`),
  ];
  const added = Object.entries(built).flatMap(([page, anchors]) => {
    if (registry[page] === undefined) return [page, ...anchors.map((a) => `${page}#${a}`)];
    return anchors.filter((a) => !registered.get(page)?.has(a)).map((a) => `${page}#${a}`);
  });
  return { missing, brokenAliases, added };
}

/**
 * Puts an empty element with each old id just before the element that now
 * has the new one, so `#old` lands on the new target with no script.
 */
export function insertAliasAnchors(html: string, aliases: readonly { from: string; to: string }[]): string {
  let out = html;
  for (const { from, to } of aliases) {
    if (out.includes(` id="${from}"`))
      throw new Error(
        `the alias "#${from}" is still an id on the page; an alias is for an anchor that no longer exists`,
      );
    const at = out.indexOf(` id="${to}"`);
    if (at === -1) throw new Error(`the alias "#${from}" points to "#${to}", which is not on the page`);
    const tagStart = out.lastIndexOf('<', at);
    out = `${out.slice(0, tagStart)}<span id="${from}" class="anchor-alias" aria-hidden="true"></span>${out.slice(tagStart)}`;
  }
  return out;
}
