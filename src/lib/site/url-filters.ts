/**
 * Filters in a page's address, read and checked in one place for every page that has them: the facts
 * explorer (`/facts/?corridor=rail&place=khorgos&q=trains&sort=figure-desc`) and the search page
 * (`/search/?q=khorgos&corridor=rail`). A value the page does not know is ignored and reported to the
 * reader, never dropped without a word; the messages are plain text, for `textContent`, so a value such
 * as `<b>x</b>` shows as typed and is never read as HTML.
 *
 * Parameters the page has no use for (`utm_source`, the `highlight` every page reads) are left alone:
 * links pick them up on their way round, and they are not the reader's filters.
 */

/** A parameter that takes values from a known list: `corridor`, `place`, `sort`. */
export interface ChoiceParam {
  kind: 'choice';
  /** Its name in the address, e.g. `corridor`. */
  name: string;
  /** What one value is called in a message, e.g. `corridor`, `place`, `sort order`. */
  noun: string;
  /** The values the page knows, e.g. `['air', 'rail', 'intermodal']`. */
  values: readonly string[];
  /** Whether it may repeat (`?corridor=air&corridor=rail`); otherwise the first value holds. */
  multiple?: boolean;
}

/** A free-text parameter, such as `q`. */
export interface TextParam {
  kind: 'text';
  name: string;
  /** What it is called in a message, e.g. `search text`. */
  noun: string;
  /** Longer text is cut, and the reader told. */
  maxLength: number;
}

export type UrlParam = ChoiceParam | TextParam;

/** What an address says, once checked: the text (one text parameter at most) and each choice's values. */
export interface UrlState {
  text: string;
  choices: Record<string, string[]>;
}

export interface UrlProblem {
  /** The parameter, e.g. `corridor`. */
  param: string;
  /** The value as the address gave it, decoded. */
  value: string;
  /** What the reader is told, e.g. `Unknown corridor ‘sea’ ignored.` */
  message: string;
}

/** The longest value a message repeats; a longer one is cut with “…”. */
export const MAX_ECHO = 40;

/** A value as a message shows it: invisible and control characters made visible, and bounded. */
export function echo(value: string): string {
  const visible = value.replace(/[\p{Cc}\p{Cf}]/gu, '\uFFFD');
  const chars = [...visible];
  return chars.length <= MAX_ECHO ? visible : `${chars.slice(0, MAX_ECHO - 1).join('')}…`;
}

/** A value matched to the known one it names, whatever its case: `?country=china` is China. */
function matcher(values: readonly string[]): (value: string) => string | undefined {
  const exact = new Set(values);
  const folded = new Map<string, string>();
  for (const value of values) {
    const key = value.toLowerCase();
    // Two known values differing only in case: neither is guessed.
    folded.set(key, folded.has(key) ? '' : value);
  }
  return (value) => (exact.has(value) ? value : folded.get(value.toLowerCase()) || undefined);
}

/** Reads an address's query (`location.search`) against the parameters a page knows. */
export function readUrlState(search: string, params: readonly UrlParam[]): { state: UrlState; problems: UrlProblem[] } {
  const query = new URLSearchParams(search);
  const state: UrlState = { text: '', choices: {} };
  const problems: UrlProblem[] = [];
  const report = (param: string, value: string, message: string) => problems.push({ param, value, message });
  for (const param of params) {
    // An empty value is what a form sends for "any": no filter, nothing to report.
    const given = query.getAll(param.name).filter((value) => value.trim() !== '');
    if (param.kind === 'text') {
      const [first = '', ...rest] = given;
      const text = first.replace(/[\s\p{Cc}]+/gu, ' ').trim();
      state.text = [...text].slice(0, param.maxLength).join('');
      if ([...text].length > param.maxLength) {
        report(param.name, first, `The ${param.noun} was cut to its first ${param.maxLength} characters.`);
      }
      for (const value of rest)
        report(param.name, value, `Only one ${param.noun} at a time: ‘${echo(value)}’ ignored.`);
      continue;
    }
    const known = matcher(param.values);
    const chosen: string[] = [];
    for (const value of given) {
      const match = known(value.trim());
      if (match === undefined) report(param.name, value, `Unknown ${param.noun} ‘${echo(value)}’ ignored.`);
      else if (chosen.includes(match)) continue;
      else if (!param.multiple && chosen.length > 0) {
        report(param.name, value, `Only one ${param.noun} at a time: ‘${echo(value)}’ ignored.`);
      } else chosen.push(match);
    }
    state.choices[param.name] = chosen;
  }
  return { state, problems };
}

/**
 * The query an address gets for a state, with the parameters in the page's order and nothing for a
 * parameter at its default: `?corridor=rail&q=trains`, or `''`.
 */
export function writeUrlState(state: UrlState, params: readonly UrlParam[]): string {
  const query = new URLSearchParams();
  for (const param of params) {
    if (param.kind === 'text') {
      const text = state.text.trim();
      if (text !== '') query.set(param.name, text);
    } else {
      for (const value of state.choices[param.name] ?? []) query.append(param.name, value);
    }
  }
  const text = query.toString();
  return text === '' ? '' : `?${text}`;
}
