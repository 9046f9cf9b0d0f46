/**
 * The id an address's #fragment names, from `location.hash` or a link's `hash` (`''` or `#…`):
 * `#caf%C3%A9` is `café`. An address is whatever a reader pastes or a site links, so a fragment
 * that is not percent-encoded UTF-8 (`#%ED%A0%80`, a lone `#%`) is taken as written rather than
 * thrown as a `URIError` (issue 19); no id on the site holds `%`, so it then names nothing.
 */
export function fragmentId(hash: string): string {
  const id = hash.slice(1);
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}
