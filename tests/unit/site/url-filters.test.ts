import { describe, expect, it } from 'vitest';
import { echo, MAX_ECHO, readUrlState, writeUrlState, type UrlParam } from '@/lib/site/url-filters.ts';

const PARAMS: UrlParam[] = [
  { kind: 'choice', name: 'corridor', noun: 'corridor', values: ['air', 'rail'] },
  { kind: 'choice', name: 'country', noun: 'country', values: ['China', 'Kazakhstan'], multiple: true },
  { kind: 'text', name: 'q', noun: 'text filter', maxLength: 10 },
];

const messages = (search: string) => readUrlState(search, PARAMS).problems.map((p) => p.message);

describe('filters in the address', () => {
  it('reads known values, the text, and nothing for a parameter left out', () => {
    expect(readUrlState('?corridor=rail&country=China&country=Kazakhstan&q=trains', PARAMS)).toEqual({
      state: { text: 'trains', choices: { corridor: ['rail'], country: ['China', 'Kazakhstan'] } },
      problems: [],
    });
    expect(readUrlState('', PARAMS).state).toEqual({ text: '', choices: { corridor: [], country: [] } });
  });

  it('reports an unknown value, quoting it as typed, and keeps the rest', () => {
    const { state, problems } = readUrlState('?corridor=sea&country=China', PARAMS);
    expect(state.choices).toEqual({ corridor: [], country: ['China'] });
    expect(problems).toEqual([{ param: 'corridor', value: 'sea', message: 'Unknown corridor ‘sea’ ignored.' }]);
  });

  it('gives markup back as text, for the page to show as typed', () => {
    expect(messages('?corridor=%3Cb%3Ex%3C%2Fb%3E')).toEqual(['Unknown corridor ‘<b>x</b>’ ignored.']);
  });

  it('takes the first value of a single-valued filter and reports the others', () => {
    const { state, problems } = readUrlState('?corridor=air&corridor=rail&corridor=air', PARAMS);
    expect(state.choices['corridor']).toEqual(['air']);
    expect(problems.map((p) => p.message)).toEqual(['Only one corridor at a time: ‘rail’ ignored.']);
  });

  it('matches a value whatever its case, and keeps a repeated value once without a word', () => {
    const { state, problems } = readUrlState('?corridor=RAIL&country=china&country=China', PARAMS);
    expect(state.choices).toEqual({ corridor: ['rail'], country: ['China'] });
    expect(problems).toEqual([]);
  });

  it('treats an empty value as no filter, as a form sends “any”', () => {
    expect(readUrlState('?corridor=&q=%20', PARAMS)).toEqual({
      state: { text: '', choices: { corridor: [], country: [] } },
      problems: [],
    });
  });

  it('cuts text that is too long, and a second text, saying so', () => {
    const { state } = readUrlState('?q=abcdefghijklmnop', PARAMS);
    expect(state.text).toBe('abcdefghij');
    expect(messages('?q=abcdefghijklmnop')).toEqual(['The text filter was cut to its first 10 characters.']);
    expect(messages('?q=a&q=b')).toEqual(['Only one text filter at a time: ‘b’ ignored.']);
  });

  it('collapses whitespace and control characters in the text', () => {
    expect(readUrlState('?q=%20trains%0A%09now%20', PARAMS).state.text).toBe('trains now');
  });

  it('leaves parameters it does not know alone', () => {
    expect(readUrlState('?utm_source=x&highlight=khorgos', PARAMS).problems).toEqual([]);
  });

  it('shows a long or invisible value in a message bounded and visible', () => {
    expect(echo('a\u0000b\u200bc')).toBe('a\uFFFDb\uFFFDc');
    const long = 'x'.repeat(100);
    expect(echo(long)).toHaveLength(MAX_ECHO);
    expect(echo(long).endsWith('…')).toBe(true);
  });

  it('writes parameters in the page’s order, leaving out what is empty', () => {
    expect(writeUrlState({ text: ' trains ', choices: { country: ['China'], corridor: ['rail'] } }, PARAMS)).toBe(
      '?corridor=rail&country=China&q=trains',
    );
    expect(writeUrlState({ text: '', choices: {} }, PARAMS)).toBe('');
  });

  it('round-trips what it writes', () => {
    const state = { text: 'a & b', choices: { corridor: ['air'], country: ['China', 'Kazakhstan'] } };
    expect(readUrlState(writeUrlState(state, PARAMS), PARAMS)).toEqual({ state, problems: [] });
  });
});
