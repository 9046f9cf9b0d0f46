import { describe, expect, it } from 'vitest';
import { byPath, rankByPath } from '../../support/sequencer.ts';

const file = (project: string, path: string) => ({ project: { name: project }, moduleId: `/repo/${path}` });

describe('the order test files start in, with no timings of an earlier run', () => {
  it('starts the page tours first, then the other browser files, then the build files, then the rest', () => {
    expect(rankByPath('/repo/tests/browser/tour-phone.test.ts')).toBe(0);
    expect(rankByPath('/repo/tests/browser/search.test.ts')).toBe(1);
    expect(rankByPath('/repo/tests/build/html.test.ts')).toBe(2);
    expect(rankByPath('/repo/tests/unit/site/links.test.ts')).toBe(3);
    expect(rankByPath('C:\\repo\\tests\\browser\\tour-desktop.test.ts')).toBe(0);
  });

  it('keeps each project’s files together and in their order, and files of one rank in theirs', () => {
    const files = [
      file('site', 'tests/build/wording.test.ts'),
      file('site', 'tests/browser/print.test.ts'),
      file('site', 'tests/build/pages.test.ts'),
      file('site', 'tests/browser/tour-desktop.test.ts'),
      file('site', 'tests/browser/search.test.ts'),
      file('site', 'tests/browser/tour-phone.test.ts'),
      file('unit', 'tests/unit/site/links.test.ts'),
      file('unit', 'tests/unit/content/graph.test.ts'),
    ];
    expect(byPath(files).map((f) => `${f.project.name}:${f.moduleId.slice('/repo/'.length)}`)).toEqual([
      'site:tests/browser/tour-desktop.test.ts',
      'site:tests/browser/tour-phone.test.ts',
      'site:tests/browser/print.test.ts',
      'site:tests/browser/search.test.ts',
      'site:tests/build/wording.test.ts',
      'site:tests/build/pages.test.ts',
      'unit:tests/unit/site/links.test.ts',
      'unit:tests/unit/content/graph.test.ts',
    ]);
  });
});
