/**
 * A quoted fact's passage inside its source paragraph: where it stands, so a page can show the
 * whole paragraph with the passage marked, and which editorial notes of the paragraph touch it.
 */

/** A paragraph cut around the passage it holds. */
export interface PassageSplit {
  /** The paragraph's text before the passage. */
  before: string;
  /** The passage, as the paragraph has it. */
  passage: string;
  /** The paragraph's text after the passage. */
  after: string;
  /** Where the passage starts and ends in the paragraph, as [start, end) offsets. */
  start: number;
  end: number;
}

/**
 * Cuts `text` around the first place `passage` stands in it, or returns undefined when it is not
 * there (validation refuses such a passage, so a page never meets one).
 */
export function splitAtPassage(text: string, passage: string): PassageSplit | undefined {
  if (passage === '') return undefined;
  const start = text.indexOf(passage);
  if (start === -1) return undefined;
  const end = start + passage.length;
  return { before: text.slice(0, start), passage, after: text.slice(end), start, end };
}

/**
 * The notes whose own passage overlaps the span [start, end) of the paragraph `text` anywhere it
 * stands, in their order: the notes a reader of that span needs. Words that merely touch the span's
 * edge do not count.
 */
export function notesTouching<N extends { passage: string }>(
  text: string,
  span: Pick<PassageSplit, 'start' | 'end'>,
  notes: readonly N[],
): N[] {
  return notes.filter((note) => {
    if (note.passage === '') return false;
    for (let at = text.indexOf(note.passage); at !== -1; at = text.indexOf(note.passage, at + 1)) {
      if (at < span.end && at + note.passage.length > span.start) return true;
    }
    return false;
  });
}
