import { describe, expect, it } from 'vitest';
import {
  EMBED_INLINE_HASHES,
  framingOf,
  headersFile,
  INLINE_HASHES,
  securityHeaders,
} from '@/lib/site/security-headers.ts';
import { headersForFile } from '../../../tools/headers-file.ts';

const entries = { folders: ['_astro', 'charts', 'data', 'embed', 'facts'], files: ['404.html', 'index.html'] };

describe('the security headers a host sends', () => {
  const csp = securityHeaders()['Content-Security-Policy'] ?? '';

  it('allow scripts and styles from the site and the inline pieces by hash only', () => {
    expect(csp).toContain(`script-src 'self' 'wasm-unsafe-eval' '${INLINE_HASHES.script[0]}'`);
    expect(csp).toContain(`style-src 'self' '${INLINE_HASHES.style[0]}'`);
    expect(csp).not.toMatch(/unsafe-inline|'unsafe-eval'/);
  });

  it('forbid framing, which only a header can', () => {
    expect(csp).toMatch(/frame-ancestors 'none'$/);
  });

  it('let any site frame an embed, under the embeds’ own inline hashes', () => {
    const embed = securityHeaders('anyone')['Content-Security-Policy'] ?? '';
    expect(embed).toMatch(/frame-ancestors \*$/);
    expect(embed).toContain(`script-src 'self' 'wasm-unsafe-eval' '${EMBED_INLINE_HASHES.script[0]}'`);
    expect(embed).not.toContain(INLINE_HASHES.script[0]);
    expect(securityHeaders('anyone')['X-Frame-Options']).toBeUndefined();
    expect(securityHeaders()['X-Frame-Options']).toBe('DENY');
  });

  it('are the embeds’ for the paths under /embed/ of the site’s base, and the pages’ everywhere else', () => {
    expect(framingOf('/', '/embed/facts/rail-khorgos-trains/')).toBe('anyone');
    expect(framingOf('/corridors-site/', '/corridors-site/embed/charts/rail-trains-by-port/')).toBe('anyone');
    expect(framingOf('/', '/facts/rail-khorgos-trains/')).toBe('none');
    expect(framingOf('/', '/embedded/')).toBe('none');
    expect(framingOf('/corridors-site/', '/embed/facts/x/')).toBe('none');
  });

  it('are written for Netlify and Cloudflare Pages under the site’s base path', () => {
    const file = headersFile('/corridors-site/', entries);
    expect(file.startsWith('/corridors-site/*\n  X-Content-Type-Options: nosniff\n')).toBe(true);
    expect(file).toContain('\n\n/corridors-site/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(headersFile('/', entries).startsWith('/*\n')).toBe(true);
  });

  it('send each path one policy, as hosts join a header of several matching rules: framed by nobody but under /embed/', () => {
    for (const base of ['/', '/corridors-site/']) {
      const file = headersFile(base, entries);
      const policiesOf = (path: string) => headersForFile(file, `${base}${path}`)['Content-Security-Policy'] ?? [];
      for (const path of ['', 'index.html', '404.html', 'facts/rail-khorgos-trains/', 'charts/rail-trains-by-port/'])
        expect(policiesOf(path), path).toEqual([securityHeaders()['Content-Security-Policy']]);
      expect(policiesOf('embed/facts/rail-khorgos-trains/')).toEqual([
        securityHeaders('anyone')['Content-Security-Policy'],
      ]);
      // Every other header goes to every path; X-Frame-Options too, which a frame-ancestors policy overrides.
      expect(headersForFile(file, `${base}embed/charts/x/`)['X-Content-Type-Options']).toEqual(['nosniff']);
      expect(headersForFile(file, `${base}no-such-page/`)).toMatchObject({ 'X-Frame-Options': ['DENY'] });
      expect(headersForFile(file, `${base}no-such-page/`)['Content-Security-Policy']).toBeUndefined();
    }
  });

  it('let a page on any other site fetch the downloads, and nothing else', () => {
    const file = headersFile('/corridors-site/', entries);
    expect(file).toContain('\n\n/corridors-site/data/*\n  Access-Control-Allow-Origin: *\n');
    expect(file).toContain('\n\n/corridors-site/charts/*\n  Access-Control-Allow-Origin: *\n');
    expect(file.match(/Access-Control-Allow-Origin/g)).toHaveLength(2);
  });

  it('send the citation downloads with the types reference managers know them by', () => {
    const file = headersFile('/corridors-site/', entries);
    expect(file).toContain(
      '\n\n/corridors-site/:kind/:id/citation.bib\n  Content-Type: application/x-bibtex; charset=utf-8\n',
    );
    expect(file).toContain(
      '\n\n/corridors-site/:kind/:id/citation.ris\n  Content-Type: application/x-research-info-systems; charset=utf-8\n',
    );
    expect(file).toContain(
      '\n\n/corridors-site/:kind/:id/citation.csl.json\n  Content-Type: application/vnd.citationstyles.csl+json; charset=utf-8',
    );
  });
});
