import { describe, expect, it } from 'vitest';
import { opensPage, servesPage } from '@/integrations/data-store-on-disk.ts';
import { ERROR_DELAY_MS, ReloadLedger, SOCKET_WAIT_MS } from '@/lib/content/missed-reloads.ts';

describe('a page that may have missed a reload under astro dev', () => {
  it('is reloaded when its socket opens, if a reload was sent while it was asked for and served', () => {
    const ledger = new ReloadLedger();
    const served = ledger.pageAsked();
    // The fix is saved while the page reloads after the slip: its old document is gone, its new one not connected.
    ledger.reloadSent();
    served();
    expect(ledger.socketOpened()).toBe(true);
  });

  it('is reloaded too when the reload came after it was served, before its socket opened', () => {
    const ledger = new ReloadLedger();
    ledger.pageAsked()();
    ledger.reloadSent();
    expect(ledger.socketOpened()).toBe(true);
  });

  it('is not reloaded when asked for after the last reload, as every page a reload brings is', () => {
    const ledger = new ReloadLedger();
    ledger.reloadSent();
    ledger.pageAsked()();
    expect(ledger.socketOpened()).toBe(false);
    // A socket that opens again (a page reconnecting) with no page served since is left alone.
    ledger.reloadSent();
    expect(ledger.socketOpened()).toBe(false);
  });

  it('reloads every page served before a reload when their sockets open, each once', () => {
    const ledger = new ReloadLedger();
    ledger.pageAsked()();
    ledger.pageAsked()();
    ledger.reloadSent();
    expect(ledger.socketOpened()).toBe(true);
    expect(ledger.socketOpened()).toBe(true);
    // Each page kept is taken by one socket: a socket that opens again (a page reconnecting) is left alone.
    expect(ledger.socketOpened()).toBe(false);
  });

  it('gives each socket the oldest page served: one served before the reload is reloaded, one after is not', () => {
    const ledger = new ReloadLedger();
    const early = ledger.pageAsked();
    ledger.reloadSent();
    ledger.pageAsked()(1_000);
    early(1_001);
    // The sockets take the pages in the order they were served: the one asked for after the reload came first.
    expect(ledger.socketOpened(1_002)).toBe(false);
    expect(ledger.socketOpened(1_003)).toBe(true);
  });

  it('drops a page whose socket has not opened within SOCKET_WAIT_MS, as one that never will', () => {
    const ledger = new ReloadLedger();
    ledger.pageAsked()(1_000);
    ledger.reloadSent(2_000);
    ledger.pageAsked()(3_000);
    // The page served at 1 000 (its tab closed, say) is not taken for the one served after the reload.
    expect(ledger.socketOpened(1_000 + SOCKET_WAIT_MS + 1)).toBe(false);
    expect(ledger.socketOpened(1_000 + SOCKET_WAIT_MS + 2)).toBe(false);
    // Kept until then, it is taken for the next socket.
    const kept = new ReloadLedger();
    kept.pageAsked()(1_000);
    kept.reloadSent(2_000);
    expect(kept.socketOpened(1_000 + SOCKET_WAIT_MS)).toBe(true);
  });

  it('holds back an error of Astro’s sent sooner after a reload than Astro sends one after its cause', () => {
    const ledger = new ReloadLedger();
    expect(ledger.errorIsStale(1_000)).toBe(false);
    ledger.reloadSent(10_000);
    // The page's 500 (or the loader's failed read) came before the fix's reload; its error, 200 ms later, after.
    expect(ledger.errorIsStale(10_000 + ERROR_DELAY_MS - 1)).toBe(true);
    // An error caused after the reload comes at least that long after it.
    expect(ledger.errorIsStale(10_000 + ERROR_DELAY_MS)).toBe(false);
  });

  it('counts a browser’s request for a document as a page, not a script’s GET nor a page’s own requests', () => {
    expect(opensPage({ 'sec-fetch-dest': 'document', accept: 'text/html' })).toBe(true);
    expect(opensPage({ 'sec-fetch-dest': 'script', accept: '*/*' })).toBe(false);
    expect(opensPage({ 'sec-fetch-dest': 'empty', accept: 'text/html' })).toBe(false);
    expect(opensPage({ accept: 'text/html,application/xhtml+xml' })).toBe(true);
    expect(opensPage({ accept: '*/*' })).toBe(false);
    expect(opensPage({})).toBe(false);
  });

  it('counts a document served as HTML as a page that opens a socket, not a citation file', () => {
    expect(servesPage('text/html')).toBe(true);
    expect(servesPage('text/html; charset=utf-8')).toBe(true);
    expect(servesPage('application/x-bibtex; charset=utf-8')).toBe(false);
    expect(servesPage('text/plain')).toBe(false);
    expect(servesPage(undefined)).toBe(false);
  });
});
