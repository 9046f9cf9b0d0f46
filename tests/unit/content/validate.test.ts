import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { mdxReferences } from '@/lib/content/mdx-references.ts';
import { ContentError, findDuplicateIds, formatProblems, validateContent } from '@/lib/content/validate.ts';
import { ARTICLE, BROKEN, parseContent, rawContent } from '../../fixtures/content.ts';

function problemsOf(change: (raw: ReturnType<typeof rawContent>) => void, article = ARTICLE) {
  const raw = rawContent();
  change(raw);
  return validateContent(parseContent(raw, article));
}

describe('validateContent', () => {
  it('accepts the valid fixture', () => {
    expect(validateContent(parseContent(rawContent()))).toEqual([]);
  });

  it.each(Object.entries(BROKEN))(
    'rejects %s, naming the file, entry and field and saying what to do',
    (_rule, { change, problems }) => {
      expect(problemsOf(change).map((problem) => formatProblems([problem]))).toEqual(problems);
    },
  );

  it('refuses a source whose text no longer matches its checksum', () => {
    const changed = ARTICLE.replace('2129', '2130');
    const actual = createHash('sha256').update(changed).digest('hex');
    expect(formatProblems(problemsOf(() => {}, changed)).split('\n')).toEqual([
      `src/content/sources/article/source.yaml › article › sha256: the article text has changed (its SHA-256 is ${actual}); restore the verbatim text, or update sha256 if the new text is the verbatim source`,
      'src/content/facts/rail.yaml › trains › passage: the passage is not verbatim in p2 of "article"; copy it from the article exactly',
    ]);
  });

  it('finds a figure written as a word ("all five"), and not another number', () => {
    const six = problemsOf((raw) => {
      (raw.facts['countries'] as Record<string, unknown>)['value'] = 6;
    });
    expect(formatProblems(six)).toBe(
      'src/content/facts/rail.yaml › countries › value: 6 does not appear in the passage; quote the words that hold the figure',
    );
  });
});

describe('the fact schema', () => {
  it('fills in the kind and defaults, so code never checks for missing values', () => {
    const { facts } = parseContent(rawContent());
    const byId = new Map(facts.map((f) => [f.id, f.data]));
    expect(byId.get('trains')).toMatchObject({
      kind: 'quoted',
      qualifier: 'exact',
      places: [{ collection: 'places', id: 'alashankou' }],
    });
    expect(byId.get('prior')?.kind).toBe('derived');
  });

  it('refuses a quoted fact without its passage', () => {
    const raw = rawContent();
    delete (raw.facts['trains'] as Record<string, unknown>)['passage'];
    expect(() => parseContent(raw)).toThrow(/passage/);
  });
});

describe('findDuplicateIds', () => {
  it('names both files when two entries share an id', () => {
    const problems = findDuplicateIds([
      { file: 'src/content/facts/air.yaml', ids: ['a', 'b'] },
      { file: 'src/content/facts/rail.yaml', ids: ['c', 'a'] },
    ]);
    expect(formatProblems(problems)).toMatchInlineSnapshot(
      `"src/content/facts/rail.yaml › a › id: the id "a" is already used in src/content/facts/air.yaml; give this entry another id"`,
    );
  });

  it('accepts unique ids', () => {
    expect(findDuplicateIds([{ file: 'x.yaml', ids: ['a', 'b'] }])).toEqual([]);
  });
});

describe('facts and charts placed on a page', () => {
  it('names the file, line and component of an id that does not exist, and the id it was likely meant to be', () => {
    const references = new Map([
      [
        'rail',
        mdxReferences('---\ntitle: Rail\n---\n\n## Trains\n\n<FactCard id="trainz" />\n<FactChart id="nope" />\n'),
      ],
    ]);
    expect(formatProblems(validateContent({ ...parseContent(rawContent()), references })).split('\n')).toEqual([
      'src/content/corridors/rail.mdx:7 › rail › <FactCard id="trainz" />: no fact has the id "trainz"; use the id of an entry in src/content/facts/ (did you mean "trains"?), or add the fact there',
      'src/content/corridors/rail.mdx:8 › rail › <FactChart id="nope" />: no chart has the id "nope"; use the id of an entry in src/content/charts/, or add the chart there',
    ]);
  });
});

describe('validateContent at scale', () => {
  it('names the nearest id instead of listing thousands when a reference is missing', () => {
    const raw = rawContent();
    const trains = raw.facts['trains'] ?? {};
    for (let i = 0; i < 60; i++) raw.facts[`copy-${i}`] = { ...trains };
    (raw.corridors['rail'] as Record<string, unknown>)['keyFacts'] = ['trains', 'trainz'];
    expect(formatProblems(validateContent(parseContent(raw)))).toBe(
      'src/content/corridors/rail.mdx › rail › keyFacts[1]: no facts entry has the id "trainz"; there are 65 facts entries (did you mean "trains"?)',
    );
  });
});

describe('ContentError', () => {
  it('is the heading and the problem lines, with no stack trace for the build to print after them', () => {
    const error = new ContentError('The content breaks 1 rule(s):', [
      { file: 'src/content/facts/rail.yaml', entry: 'trains', field: 'value', message: 'not in the passage' },
    ]);
    expect(error.message).toBe(
      'The content breaks 1 rule(s):\nsrc/content/facts/rail.yaml › trains › value: not in the passage',
    );
    expect(error.stack).toBe('');
    expect(error.problems).toHaveLength(1);
  });
});
