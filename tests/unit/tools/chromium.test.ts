import { describe, expect, it } from 'vitest';
import { chromiumCandidates } from '../../../tools/chromium.ts';

describe('finding Chromium for the browser tests', () => {
  it('tries CHROME_PATH first, then Debian’s chromium', () => {
    const candidates = chromiumCandidates({ CHROME_PATH: '/opt/chrome/chrome' }, '/nonexistent-home');
    expect(candidates.slice(0, 2)).toEqual(['/opt/chrome/chrome', '/usr/bin/chromium']);
  });

  it('skips an empty CHROME_PATH', () => {
    expect(chromiumCandidates({ CHROME_PATH: '' }, '/nonexistent-home')[0]).toBe('/usr/bin/chromium');
  });
});
