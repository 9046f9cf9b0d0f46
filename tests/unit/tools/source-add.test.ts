import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { cslDate, dateParts } from '@/lib/cite/csl.ts';
import { splitParagraphs } from '@/lib/content/paragraphs.ts';
import { dayInWords, MAX_SOURCE_BYTES, normaliseText, planSource, textHash } from '../../../tools/source-add.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const TEXT =
  'Synthetic wire report\r\n\r\n\r\nA SYNTHETIC TEST TEXT. In 2031, 1,250 trains ran.\r\nA second line.\n \n\nAbout 300 containers left.';

function planned(text: string, options = {}, existing: { id: string; hash: string }[] = []) {
  const result = planSource(bytes(text), 'wire.txt', options, existing);
  if (!result.ok) throw new Error(result.problem);
  return result.plan;
}

describe('source:add', () => {
  it('keeps the text verbatim but for line endings and the blank lines between paragraphs', () => {
    expect(normaliseText(TEXT)).toBe(
      'Synthetic wire report\n\nA SYNTHETIC TEST TEXT. In 2031, 1,250 trains ran.\nA second line.\n\nAbout 300 containers left.\n',
    );
    // The same paragraphs, with the same anchors, as the file's.
    expect(splitParagraphs(normaliseText(TEXT))).toEqual(splitParagraphs(TEXT));
  });

  it('writes the text and a source.yaml whose sha256 is the text’s, with the fields given', () => {
    const plan = planned(TEXT, {
      id: 'wire-2031',
      written: '2031-02-03',
      kind: 'wire report',
      url: 'https://example.org/a',
    });
    expect(plan.files.map((f) => f.path)).toEqual(['sources/wire-2031/article.txt', 'sources/wire-2031/source.yaml']);
    const yaml = parseYaml(plan.files[1]?.text ?? '') as Record<string, unknown>;
    expect(yaml).toEqual({
      title: 'Synthetic wire report',
      description: '',
      kind: 'wire report',
      written: '3 February 2031',
      citeDate: '3 February 2031',
      url: 'https://example.org/a',
      sha256: textHash(TEXT),
      headlines: ['p1'],
    });
    expect(plan.paragraphs).toBe(3);
    // The citation files read the date it writes as a day.
    expect(dateParts(cslDate(String(yaml['citeDate'])))).toEqual([2031, 2, 3]);
    expect(plan.todo.map((t) => t.field)).toEqual(['description']);
  });

  it('takes the title and id from a first line that reads as a headline, and asks for the rest', () => {
    const plan = planned(TEXT);
    expect(plan.id).toBe('synthetic-wire-report');
    expect(plan.found).toEqual(['title: the first line, which reads as a headline', 'id: from the title']);
    expect(plan.todo.map((t) => t.field)).toEqual(['description', 'kind', 'written', 'citeDate']);
    // Each field left to fill says what it is, in a comment above it.
    expect(plan.files[1]?.text).toContain(
      "# kind: what kind of text it is, in lower case as a citation writes it, e.g. news article\nkind: ''",
    );
  });

  it('takes no title from a first paragraph that is a sentence', () => {
    const result = planSource(bytes('The port grew. Trains ran.\n\nMore text.'), 'x.txt', {}, []);
    expect(result).toEqual({
      ok: false,
      problem:
        'x.txt: give the source an id with --id <id> (lower-case words joined by hyphens): its address, /sources/<id>/',
    });
    expect(planned('The port grew. Trains ran.', { id: 'port' }).todo.map((t) => t.field)).toContain('title');
  });

  it.each([
    ['a file that is not UTF-8', new Uint8Array([0x41, 0xff, 0xfe, 0x42]), {}, /not UTF-8 text/],
    ['a binary file', bytes('%PDF\u0000\u0001'), { id: 'x' }, /holds control characters, so it is not plain text/],
    ['an empty file', bytes(' \n\n \r\n'), { id: 'x' }, /empty: there is no text to add/],
    [
      'a file larger than a source',
      new Uint8Array(MAX_SOURCE_BYTES + 1).fill(0x61),
      { id: 'x' },
      /1\.0 MB, more than a source's 1 MB/,
    ],
    [
      'an id in use',
      bytes(TEXT),
      { id: 'taken' },
      /a source "taken" exists already \(sources\/taken\/\); choose another --id/,
    ],
    ['an id that cannot be an address', bytes(TEXT), { id: 'Wire Report' }, /"Wire Report" cannot be a source's id/],
    [
      'a date that is no day',
      bytes(TEXT),
      { written: '2031-02-30' },
      /--written 2031-02-30 is not a day: write it as YYYY-MM-DD/,
    ],
    [
      'an address that is not a web address',
      bytes(TEXT),
      { url: 'example.org' },
      /--url example.org is not a web address/,
    ],
  ])('refuses %s, naming the problem', (_name, input, options, problem) => {
    const result = planSource(input, 'wire.txt', options, [{ id: 'taken', hash: 'f'.repeat(64) }]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(new RegExp(`^wire\\.txt: ${problem.source}`));
  });

  it('refuses a text already there under another id, whatever its blank lines', () => {
    const result = planSource(bytes(normaliseText(TEXT)), 'copy.txt', { id: 'copy' }, [
      { id: 'first', hash: textHash(TEXT) },
    ]);
    expect(result).toEqual({
      ok: false,
      problem: 'copy.txt: the same text is already the source "first" (sources/first/): nothing to add',
    });
  });

  it('writes a day in words', () => {
    expect([
      dayInWords('2023-05-17'),
      dayInWords('2024-02-29'),
      dayInWords('2023-02-29'),
      dayInWords('17/05/2023'),
    ]).toEqual(['17 May 2023', '29 February 2024', undefined, undefined]);
  });
});
