/**
 * `npm run check:host -- <host> [dist]`: whether a build (dist/ unless another folder is given) fits a
 * static host's published limits (tools/hosts.ts), limit by limit, with the margin; `all` checks every
 * host. Exits 1 when it does not fit (any of them, for `all`).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkHost, formatBytes, hostReport, HOSTS, measureDist } from '../tools/hosts.ts';

const [which, dir = 'dist', ...extra] = process.argv.slice(2);
const ids = HOSTS.map((host) => host.id);
if (which === undefined || extra.length > 0 || (which !== 'all' && !ids.includes(which))) {
  console.error(`check:host: name a host: npm run check:host -- <${[...ids, 'all'].join('|')}> [folder]`);
  process.exit(2);
}
const root = resolve(dir);
if (!existsSync(root)) {
  console.error(`check:host: no build at ${root}: run npm run build first`);
  process.exit(2);
}
const measure = measureDist(root);
console.log(
  `${dir}: ${formatBytes(measure.bytes)} in ${measure.files.toLocaleString('en-US')} files and ${measure.folders.toLocaleString('en-US')} folders`,
);
const results = HOSTS.filter((host) => which === 'all' || host.id === which).map((host) => checkHost(host, measure));
for (const result of results) console.log(`\n${hostReport(result)}`);
if (results.some((result) => !result.fits)) process.exit(1);
