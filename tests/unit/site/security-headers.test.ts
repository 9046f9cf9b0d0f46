import { describe, expect, it } from 'vitest';
import { headersFile, INLINE_HASHES, securityHeaders } from '@/lib/site/security-headers.ts';

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

  it('are written for Netlify and Cloudflare Pages under the site’s base path', () => {
    const file = headersFile('/corridors-site/');
    expect(file.startsWith('/corridors-site/*\n  Content-Security-Policy: ')).toBe(true);
    expect(file).toContain('\n  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('\n\n/corridors-site/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n');
    expect(headersFile('/').startsWith('/*\n')).toBe(true);
  });

  it('let a page on any other site fetch the downloads, and nothing else', () => {
    const file = headersFile('/corridors-site/');
    expect(file).toContain('\n\n/corridors-site/data/*\n  Access-Control-Allow-Origin: *\n');
    expect(file).toContain('\n\n/corridors-site/charts/*\n  Access-Control-Allow-Origin: *\n');
    expect(file.match(/Access-Control-Allow-Origin/g)).toHaveLength(2);
  });

  it('send the citation downloads with the types reference managers know them by', () => {
    const file = headersFile('/corridors-site/');
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
