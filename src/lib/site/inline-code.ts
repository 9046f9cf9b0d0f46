/**
 * The code every page holds inline, because it must apply before the first paint: the order of the
 * cascade layers and the reader's theme. Written minified here, as every page carries it and no build
 * step minifies an inline element; the policy allows each by its hash (`INLINE_HASHES` and
 * `EMBED_INLINE_HASHES` in security-headers.ts, which the build tests check against the pages).
 */

/** The cascade layers, in order: the first mention of a layer fixes its place, so this comes first. */
export const LAYER_ORDER = '@layer reset,tokens,base,layout,components,utilities,print;';

/**
 * Applies the theme the reader chose (saved under `key` by the theme menu, src/client/site/theme-select.ts)
 * before the first paint, with no flash. Storage can be blocked: the page then follows the system setting.
 */
export function themeScript(key: string): string {
  return `try{const t=localStorage.getItem(${JSON.stringify(key)});if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;
}

/** An embed's theme: the one the page framing it asks for with `?theme=light|dark`, else the system's. */
export const EMBED_THEME_SCRIPT =
  "{const t=new URLSearchParams(location.search).get('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}";
