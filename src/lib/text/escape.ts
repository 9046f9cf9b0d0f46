/** Text made safe to place in HTML, as element content or inside a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Text made safe to place in a regular expression, matching itself literally.
 * Not `RegExp.escape`: this also runs in browsers that shipped before it (Chrome 136, Safari 18.2).
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
