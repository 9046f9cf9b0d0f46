/**
 * Prints what a first visit to each page downloads (HTML, CSS, JS; raw and
 * gzip) and fails when a page is over its budget. `npm run budget` builds
 * first; pass a folder to measure another build: `node scripts/budget.ts dist`.
 */
import { join } from 'node:path';
import { listPages } from '../tests/support/site.ts';
import { pageWeight, type Weight } from './page-weight.ts';

/** A page's first visit, gzip, HTML + CSS + JS. The reference docs framework ships about 49 KB on the same article. */
export const FIRST_VISIT_BUDGET = 20 * 1024;

const distDir = join(process.cwd(), process.argv[2] ?? 'dist');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const cell = (w: Weight) => `${kb(w.raw)} / ${kb(w.gzip)}`.padEnd(20);

console.log(`${'page'.padEnd(36)}${'HTML raw/gzip'.padEnd(20)}${'CSS raw/gzip'.padEnd(20)}${'JS raw/gzip'.padEnd(20)}total gzip`);
let over = 0;
for (const path of listPages(distDir)) {
  const w = pageWeight(distDir, path);
  const flag = w.total.gzip > FIRST_VISIT_BUDGET ? `  over the ${kb(FIRST_VISIT_BUDGET)} budget` : '';
  if (flag) over += 1;
  console.log(`${path.padEnd(36)}${cell(w.html)}${cell(w.css)}${cell(w.js)}${kb(w.total.gzip)}${flag}`);
}
if (over > 0) {
  console.error(`${over} page(s) over budget`);
  process.exitCode = 1;
}
