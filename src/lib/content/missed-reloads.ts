/**
 * Which page under `astro dev` missed a reload. The server reloads the pages by sending every connected
 * page's client a `full-reload` on its socket (Vite's client); a page between two documents, its request
 * sent and its new socket not yet open, has none, and a reload sent then is lost: the page stays on
 * what it was served, an error included, until the next save. It happened when a save came while a
 * page was reloading after the save before (the dev server's test, docs/benchmarks.md 'The editor's
 * loop'), as it does when an editor saves twice in a row.
 *
 * The ledger counts the reloads sent. Each page is told, with its document, how many had been sent when
 * it was asked for (`reloadsTiming`, a `Server-Timing` header); once its socket is open, Vite's client
 * sends back its navigation's `Server-Timing` entries (`TOLD_EVENT`), and the page is sent a reload of
 * its own if a reload was sent since (`missed`). A reload sent to one page is not counted: the document
 * it brings is told the same count as the one before, so it is not reloaded again. The page and its
 * socket are matched by the page's own word, not by order: a tab closed before its socket opened, or a
 * document that never opens one (a citation file), changes nothing for the others (docs/benchmarks.md,
 * '8 December'). A browser gives a page its `Server-Timing` entries only in a secure context: on
 * `localhost` and 127.0.0.1, as `astro dev` serves by default, not over plain HTTP at another address
 * (`--host`), where a page says nothing and a reload it misses stays missed.
 *
 * And which error is old news. Astro shows an error in Vite's overlay by sending it on every page's
 * socket 200 ms after its cause: a page that answered 500, or a loader's read that failed
 * (`handle500Response` and `handleUnhandledRejection` in astro/dist/vite-plugin-astro-server/). When the
 * fix was saved meanwhile, the error came over the page the fix brought back, and stayed. An error of
 * Astro's sent less than those 200 ms after a reload was caused before the reload, and is not sent: a
 * page still broken answers 500 again after its reload, and its error is sent then.
 */
/** How long after its cause Astro sends an error to the pages' sockets. */
export const ERROR_DELAY_MS = 200;

/** The name of the `Server-Timing` metric that tells a page the reloads sent when it was asked for. */
export const RELOADS_METRIC = 'corridors-reloads';

/** The event on which a page's client sends, once its socket is open, the `Server-Timing` entries of its document. */
export const TOLD_EVENT = 'corridors:reloads-told';

/** The `Server-Timing` header value that tells a page `count` reloads had been sent when it was asked for. */
export function reloadsTiming(count: number): string {
  return `${RELOADS_METRIC};desc="${count}"`;
}

/**
 * The reloads a page was told of, from what its client sent: its navigation's `Server-Timing` entries
 * (`{ name, description }` each, as `PerformanceNavigationTiming.serverTiming` lists them). `undefined`
 * when it was told none (a page outside a secure context, or a document not served by the dev server's
 * pages) or sent something else.
 */
export function reloadsTold(entries: unknown): number | undefined {
  if (!Array.isArray(entries)) return undefined;
  const told = entries.find(
    (entry: unknown) =>
      typeof entry === 'object' && entry !== null && (entry as { name?: unknown }).name === RELOADS_METRIC,
  ) as { description?: unknown } | undefined;
  const count = told?.description;
  return typeof count === 'string' && /^\d+$/.test(count) ? Number(count) : undefined;
}

export class ReloadLedger {
  #sent = 0;
  /** When (`Date.now()`) the last reload was sent. */
  #sentAt = -Infinity;

  /** How many reloads were sent to every connected page so far. */
  get sent(): number {
    return this.#sent;
  }

  /** A reload was sent to every connected page. */
  reloadSent(now = Date.now()): void {
    this.#sent += 1;
    this.#sentAt = now;
  }

  /** Whether a page asked for when `told` reloads had been sent, its socket open now, missed one since. */
  missed(told: number | undefined): boolean {
    return told !== undefined && told < this.#sent;
  }

  /** Whether an error of Astro's, about to be sent to every page at `now`, was caused before the last reload. */
  errorIsStale(now = Date.now()): boolean {
    return now - this.#sentAt < ERROR_DELAY_MS;
  }
}
