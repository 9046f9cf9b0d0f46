/**
 * Which page under `astro dev` missed a reload. The server reloads the pages by sending every connected
 * page's client a `full-reload` on its socket (Vite's client); a page between two documents, its request
 * sent and its new socket not yet open, has none, and a reload sent then is lost: the page stays on
 * what it was served, an error included, until the next save. It happened when a save came while a
 * page was reloading after the save before (the dev server's test, docs/benchmarks.md 'The editor's
 * loop'), as it does when an editor saves twice in a row.
 *
 * The ledger counts the reloads sent and keeps, oldest first, the pages served whose sockets have not
 * opened, each with how many reloads had been sent when it was asked for. When a socket opens, it takes
 * the oldest page kept, and is sent a reload of its own if a reload was sent since that page was asked
 * for. Only a document served as HTML counts (a citation file opens no socket), and a page kept longer
 * than `SOCKET_WAIT_MS` is dropped (its tab closed, or it went elsewhere, before its socket opened). The
 * page and its socket are not matched (a socket's request names no page): a page that opens no socket
 * and is not yet dropped makes the sockets after it take older pages, which can cost them one reload
 * more. A reload can still be lost by a socket that opens with no page kept for it (its page kept longer
 * than `SOCKET_WAIT_MS`), or that opens before the socket of a page served earlier, across a reload.
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

/** How long a page served is kept for its socket to open, after which it is taken for one that never will. */
export const SOCKET_WAIT_MS = 30_000;

export class ReloadLedger {
  #sent = 0;
  /** The pages served whose sockets have not opened, oldest first: the reloads sent when each was asked for, and when (`Date.now()`) it was served. */
  #waiting: { asked: number; served: number }[] = [];
  /** When (`Date.now()`) the last reload was sent. */
  #sentAt = -Infinity;

  /** A reload was sent to every connected page. */
  reloadSent(now = Date.now()): void {
    this.#sent += 1;
    this.#sentAt = now;
  }

  /** A page is asked for: the function returned is called once it has been served as HTML. */
  pageAsked(): (now?: number) => void {
    const asked = this.#sent;
    return (now = Date.now()) => {
      this.#dropStale(now);
      this.#waiting.push({ asked, served: now });
    };
  }

  /** Whether an error of Astro's, about to be sent to every page at `now`, was caused before the last reload. */
  errorIsStale(now = Date.now()): boolean {
    return now - this.#sentAt < ERROR_DELAY_MS;
  }

  /** A page's socket opened: whether to send it a reload, as the oldest page kept, taken to be its own, was asked for before the last reload. */
  socketOpened(now = Date.now()): boolean {
    this.#dropStale(now);
    const page = this.#waiting.shift();
    return page !== undefined && page.asked < this.#sent;
  }

  /** Drops the pages kept longer than `SOCKET_WAIT_MS`. */
  #dropStale(now: number): void {
    while ((this.#waiting[0]?.served ?? now) < now - SOCKET_WAIT_MS) this.#waiting.shift();
  }
}
