import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { EMBED_INLINE_HASHES, framingOf, INLINE_HASHES, securityHeaders } from '@/lib/site/security-headers.ts';
import { headersForFile } from '../../tools/headers-file.ts';
import { listPages, readPage } from '../../tools/site.ts';
import { SUB_PATH } from '../support/global-setup.ts';

const builds = [
  { name: 'at the root', dist: inject('distDir'), base: '/' },
  { name: `under ${SUB_PATH}`, dist: inject('subDistDir'), base: SUB_PATH },
];

const sha256 = (text: string) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** A policy's directives by name: `{ 'script-src': ["'self'", …] }`. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...values]) => [name, values]),
  );
}

describe.each(builds)('the content security policy of the site built $name', ({ dist, base }) => {
  it.each(listPages(dist))(
    '%s: a strict policy that allows exactly the inline code the page holds, before any of it',
    (path) => {
      const page = readPage(dist, path);
      const policy = page.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      const csp = directives(policy);
      for (const name of ['script-src', 'style-src', 'default-src', 'object-src', 'base-uri']) {
        expect(csp[name], name).toBeDefined();
      }
      for (const name of ['script-src', 'style-src']) {
        expect(csp[name], name).not.toContain("'unsafe-inline'");
        expect(csp[name], name).not.toContain("'unsafe-eval'");
      }
      expect(csp['object-src']).toEqual(["'none'"]);

      // Data blocks (JSON-LD, a chart's JSON) are never run, so they need no hash.
      const scripts = page
        .querySelectorAll('script:not([src])')
        .filter((s) => !/^application\/(ld\+)?json$/.test(s.getAttribute('type') ?? ''));
      const styles = page.querySelectorAll('style');
      // An embed (src/layouts/EmbedLayout.astro) holds inline pieces of its own.
      const [inline, name] = path.startsWith('/embed/')
        ? [EMBED_INLINE_HASHES, 'EMBED_INLINE_HASHES']
        : [INLINE_HASHES, 'INLINE_HASHES'];
      for (const script of scripts) {
        const hash = sha256(script.textContent);
        expect(inline.script, `update ${name}.script in src/lib/site/security-headers.ts`).toContain(hash);
        expect(csp['script-src']).toContain(`'${hash}'`);
      }
      for (const style of styles) {
        const hash = sha256(style.textContent);
        expect(inline.style, `update ${name}.style in src/lib/site/security-headers.ts`).toContain(hash);
        expect(csp['style-src']).toContain(`'${hash}'`);
      }
      // And no hash of code the page does not hold: each is bytes on every page, and allows code nobody reviewed here.
      const hashes = (values: string[] = []) => values.filter((v) => v.startsWith("'sha")).sort();
      expect(hashes(csp['script-src'])).toEqual([...new Set(scripts.map((s) => `'${sha256(s.textContent)}'`))].sort());
      expect(hashes(csp['style-src'])).toEqual([...new Set(styles.map((s) => `'${sha256(s.textContent)}'`))].sort());
      // First in <head> after the charset: a <meta> policy covers only what comes after it.
      const head = page.querySelector('head')?.children ?? [];
      expect(head.map((el) => el.tagName.toLowerCase()).slice(0, 2)).toEqual(['meta', 'meta']);
      expect(head[1]?.getAttribute('http-equiv')).toBe('content-security-policy');
      // No inline code a hash cannot cover: event handler attributes, style attributes, javascript: links.
      const offending = page.querySelectorAll('*').flatMap((element) =>
        Object.keys(element.attributes)
          .filter((name) => /^on/i.test(name) || name.toLowerCase() === 'style')
          .map((name) => `<${element.tagName.toLowerCase()} ${name}>`),
      );
      expect(offending).toEqual([]);
      expect(page.querySelectorAll('a[href^="javascript:" i]')).toHaveLength(0);
    },
  );

  it('writes the _headers file for its base: the policy as a header, with frame-ancestors, and long caching of hashed assets', () => {
    const text = readFileSync(join(dist, '_headers'), 'utf8');
    const csp = directives(securityHeaders()['Content-Security-Policy'] ?? '');
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'", ...INLINE_HASHES.script.map((h) => `'${h}'`)]);
    expect(text).toContain(`${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n`);
    expect(text).toContain(
      `${base}embed/*\n  Content-Security-Policy: ${securityHeaders('anyone')['Content-Security-Policy']}\n`,
    );
  });

  it.each(listPages(dist))(
    '%s: is sent one policy, its own with who may frame it (any site for an embed, none for a page)',
    (path) => {
      const text = readFileSync(join(dist, '_headers'), 'utf8');
      const pathname = `${base.replace(/\/$/, '')}${path}`;
      const sent = headersForFile(text, pathname)['Content-Security-Policy'] ?? [];
      const meta = readPage(dist, path)
        .querySelector('meta[http-equiv="content-security-policy"]')
        ?.getAttribute('content');
      const framing = framingOf(base, pathname);
      expect(sent).toEqual([securityHeaders(framing)['Content-Security-Policy']]);
      // The page's own policy and more: who may frame it. (A redirect holds no inline code, so no hash.)
      if (meta?.includes("'sha256-"))
        expect(sent[0]).toBe(`${meta}; frame-ancestors ${framing === 'anyone' ? '*' : "'none'"}`);
      expect(framing === 'anyone').toBe(path.startsWith('/embed/'));
    },
  );
});

describe('the README’s nginx snippets', () => {
  const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
  const nginx = /```nginx\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  /** The headers a snippet file of the block sends, by the file's name. */
  const snippet = (file: string) => {
    const text = nginx.split(/^# /m).find((part) => part.startsWith(`/etc/nginx/snippets/${file}\n`)) ?? '';
    return Object.fromEntries(
      [...text.matchAll(/add_header\s+(\S+)\s+"([^"]*)"\s+always;/g)].map((m) => [m[1] ?? '', m[2] ?? '']),
    );
  };

  it('send the same security headers as the _headers file: the pages’ and, under /embed/, the embeds’', () => {
    expect(snippet('corridors-headers.conf')).toEqual(securityHeaders('none'));
    expect(snippet('corridors-embed-headers.conf')).toEqual(securityHeaders('anyone'));
    expect(nginx).toMatch(/location \/embed\/ \{\n {2}include snippets\/corridors-embed-headers\.conf;/);
    expect(nginx.match(/include snippets\/corridors-embed-headers\.conf/g)).toHaveLength(1);
  });
});
