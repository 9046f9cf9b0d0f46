import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateStore } from '@/lib/cite/template-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'citation-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the citation templates kept between builds', () => {
  it('gives the next build what an earlier one made, and a stopped build’s half line costs nothing', () => {
    templateStore(['style v1'], dir).set('apa|source a', '[A]. (2023).');
    templateStore(['style v1'], dir).set('apa in text|source a', null);
    const [file] = readdirSync(dir);
    appendFileSync(join(dir, file ?? ''), '["cut sho');
    const next = templateStore(['style v1'], dir);
    expect(next.get('apa|source a')).toBe('[A]. (2023).');
    expect(next.get('apa in text|source a')).toBeNull();
    expect(next.get('chicago|source a')).toBeUndefined();
  });

  it('starts afresh when a style, the locale or citeproc changes', () => {
    templateStore(['style v1'], dir).set('apa|source b', '[B].');
    expect(templateStore(['style v2'], dir).get('apa|source b')).toBeUndefined();
  });
});
