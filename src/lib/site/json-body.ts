/**
 * A large JSON document as a response body written item by item: the same bytes as
 * `JSON.stringify({ ...head, [key]: items })`, without ever making the whole document one string. For
 * the search records (src/pages/search-records.json.ts), that string and the bytes Astro's build encoded
 * it into are held at once otherwise (docs/benchmarks.md, 'What is held per page', has the figures).
 */
export function jsonListBody(
  head: Readonly<Record<string, unknown>>,
  key: string,
  items: readonly unknown[],
): ReadableStream<Uint8Array> {
  if (Object.hasOwn(head, key)) throw new Error(`jsonListBody: the head already has "${key}"`);
  const encoder = new TextEncoder();
  const opened = JSON.stringify(head);
  let next = -1;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next === -1) {
        controller.enqueue(
          encoder.encode(`${opened === '{}' ? '{' : `${opened.slice(0, -1)},`}${JSON.stringify(key)}:[`),
        );
      } else if (next < items.length) {
        // As JSON.stringify writes an array's item that has no JSON form (undefined, a function).
        const item = JSON.stringify(items[next]) ?? 'null';
        controller.enqueue(encoder.encode(next === 0 ? item : `,${item}`));
      } else {
        controller.enqueue(encoder.encode(']}'));
        controller.close();
      }
      next += 1;
    },
  });
}
