import { describe, expect, it } from 'vitest';
import { mdxReferences } from '@/lib/content/mdx-references.ts';

const PAGE = `---
title: 'Rail'
keyFacts: [a, b]
---

Intro with <FactValue id="rail-intro" />.

## A record first four months

<FactCard id="rail-xinjiang-record" />

### Shorter stops at Alashankou

Text <FactValue id='rail-alashankou-trains' /> and <FactCard id="rail-customs-data" />

\`\`\`mdx
<FactCard id="in-a-code-sample" />
\`\`\`

## A record first four months

<FactChart id="rail-trains-by-port" />
`;

describe('mdxReferences', () => {
  it('finds each placed fact and chart with its line in the file and its section', () => {
    expect(mdxReferences(PAGE)).toEqual([
      { component: 'FactValue', id: 'rail-intro', line: 6, section: undefined },
      {
        component: 'FactCard',
        id: 'rail-xinjiang-record',
        line: 10,
        section: { id: 'a-record-first-four-months', text: 'A record first four months' },
      },
      {
        component: 'FactValue',
        id: 'rail-alashankou-trains',
        line: 14,
        section: { id: 'shorter-stops-at-alashankou', text: 'Shorter stops at Alashankou' },
      },
      {
        component: 'FactCard',
        id: 'rail-customs-data',
        line: 14,
        section: { id: 'shorter-stops-at-alashankou', text: 'Shorter stops at Alashankou' },
      },
      // A second heading with the same text gets the suffix Astro gives it; code samples are not placements.
      {
        component: 'FactChart',
        id: 'rail-trains-by-port',
        line: 22,
        section: { id: 'a-record-first-four-months-1', text: 'A record first four months' },
      },
    ]);
  });
});
