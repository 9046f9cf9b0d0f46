import { describe, expect, it } from 'vitest';
import { notesTouching, splitAtPassage } from '@/lib/content/passage.ts';

const paragraph =
  'Among them, 2129 trains from Alashankou Railway Port entered and exited China Europe (Central Asia), a year-on-year increase of 12.82%.';

describe('splitAtPassage', () => {
  it('cuts a paragraph into the text before the passage, the passage and the text after', () => {
    const split = splitAtPassage(paragraph, '2129 trains from Alashankou Railway Port');
    expect(split).toEqual({
      before: 'Among them, ',
      passage: '2129 trains from Alashankou Railway Port',
      after: ' entered and exited China Europe (Central Asia), a year-on-year increase of 12.82%.',
      start: 12,
      end: 52,
    });
    // Put back together, the parts are the paragraph, word for word.
    expect(`${split?.before}${split?.passage}${split?.after}`).toBe(paragraph);
  });

  it('handles a passage at the very start or end of the paragraph', () => {
    expect(splitAtPassage(paragraph, 'Among them')).toMatchObject({ before: '', start: 0 });
    expect(splitAtPassage(paragraph, 'increase of 12.82%.')).toMatchObject({ after: '', end: paragraph.length });
    expect(splitAtPassage(paragraph, paragraph)).toMatchObject({ before: '', after: '' });
  });

  it('marks the first place a passage stands when it stands twice', () => {
    expect(splitAtPassage('a b a b', 'a b')).toMatchObject({ start: 0, end: 3, after: ' a b' });
  });

  it('finds nothing for a passage that is not in the paragraph, or an empty one', () => {
    expect(splitAtPassage(paragraph, '2485 trains')).toBeUndefined();
    expect(splitAtPassage(paragraph, '')).toBeUndefined();
  });
});

describe('notesTouching', () => {
  const span = { start: 12, end: 52 }; // "2129 trains from Alashankou Railway Port"
  const note = (passage: string) => ({ passage, note: `On ${passage}` });

  it('keeps the notes on words inside the passage or overlapping it, in their order', () => {
    const notes = [note('Railway Port entered'), note('Alashankou'), note('year-on-year'), note('Among them, 2129')];
    expect(notesTouching(paragraph, span, notes).map((n) => n.passage)).toEqual([
      'Railway Port entered',
      'Alashankou',
      'Among them, 2129',
    ]);
  });

  it('leaves out notes on words that only meet the passage at its edge', () => {
    expect(notesTouching(paragraph, span, [note('Among them, '), note(' entered and exited')])).toEqual([]);
  });

  it('looks at every place a note’s words stand', () => {
    const text = 'trains left; trains arrived';
    expect(notesTouching(text, { start: 13, end: 27 }, [note('trains')])).toHaveLength(1);
    expect(notesTouching(text, { start: 6, end: 11 }, [note('trains')])).toEqual([]);
  });
});
