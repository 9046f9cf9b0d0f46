/**
 * Which page under `astro dev` missed a reload. The server reloads the pages by sending every connected
 * page's client a `full-reload` on its socket (Vite's client); a page between two documents, its request
 * sent and its new socket not yet open, has none, and a reload sent then is lost: the page stays on
 * what it was served, an error included, until the next save. It happened when a save came while a
 * page was reloading after the save before (the dev server's test, docs/benchmarks.md 'The editor's
 * loop'), as it does when an editor saves twice in a row.
 *
 * The ledger counts the reloads sent, notes how many had been sent when each page was asked for, and,
 * when a page's socket opens, says whether a reload was sent since the earliest page served since the
 * last socket opened: then that client is sent one of its own. The page and its socket are not matched
 * (a socket's request names no page), so a page asked for without a socket (a script's GET) can cost a
 * page that opens later one reload more; a reload is never lost.
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

export class ReloadLedger {
  #sent = 0;
  /** The reloads sent when the earliest page served since the last socket opened was asked for. */
  #earliest: number | undefined;
  /** When (`Date.now()`) the last reload was sent. */
  #sentAt = -Infinity;

  /** A reload was sent to every connected page. */
  reloadSent(now = Date.now()): void {
    this.#sent += 1;
    this.#sentAt = now;
  }

  /** A page is asked for: the function returned is called once it has been served. */
  pageAsked(): () => void {
    const asked = this.#sent;
    return () => {
      this.#earliest = Math.min(this.#earliest ?? asked, asked);
    };
  }

  /** Whether an error of Astro's, about to be sent to every page at `now`, was caused before the last reload. */
  errorIsStale(now = Date.now()): boolean {
    return now - this.#sentAt < ERROR_DELAY_MS;
  }

  /** A page's socket opened: whether to send it a reload, as a page served before the last reload may be it. */
  socketOpened(): boolean {
    const missed = this.#earliest !== undefined && this.#earliest < this.#sent;
    this.#earliest = undefined;
    return missed;
  }
}
