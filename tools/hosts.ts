/**
 * The published limits of the static hosts people deploy a site like this to, and whether a build fits
 * them (`npm run check:host`, the build's last line, `npm run bench:scale`). Each limit names the page
 * that publishes it and the day it was read; a host's rule that is not a number of files or bytes
 * (bandwidth, build minutes) is left out, as a build cannot break it.
 */
import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** What a build's folder holds, as the hosts count it. */
export interface DistMeasure {
  /** Regular files. */
  files: number;
  /** Folders, not counting the root. */
  folders: number;
  /** Anything else: symbolic links, which some hosts count as entries. */
  links: number;
  /** The bytes of every file together. */
  bytes: number;
  /** The largest file and its bytes. */
  largestFile: { path: string; bytes: number };
  /** The folder with the most entries (files and folders) directly in it, and how many. */
  fullestFolder: { path: string; entries: number };
  /** Files and bytes by top-level folder (`(root)` for the files at the top), largest first. */
  groups: { folder: string; files: number; bytes: number }[];
}

type LimitKind = 'bytes' | 'files' | 'entries' | 'fileBytes' | 'folderEntries';

export interface Limit {
  kind: LimitKind;
  max: number;
}

export interface Host {
  id: string;
  name: string;
  limits: Limit[];
  /** Where the host publishes these limits, and when we read it. */
  source: string;
  read: string;
}

const GB = 1_000_000_000;
const MIB = 1024 * 1024;

/** The hosts, each with the limits its own documentation gives, as read on the day named. */
export const HOSTS: readonly Host[] = [
  {
    id: 'github-pages',
    name: 'GitHub Pages',
    // “Published GitHub Pages sites may be no larger than 1 GB.” Taken as 10^9 bytes, the stricter reading.
    limits: [{ kind: 'bytes', max: GB }],
    source: 'https://docs.github.com/en/pages/getting-started-with-github-pages/github-pages-limits',
    read: '2026-12-07',
  },
  {
    id: 'gitlab-pages',
    name: 'GitLab Pages (GitLab.com)',
    // 1 GB a site, and 200,000 entries, directories and symlinks counted with the files.
    limits: [
      { kind: 'bytes', max: GB },
      { kind: 'entries', max: 200_000 },
    ],
    source: 'https://docs.gitlab.com/user/gitlab_com/#gitlab-pages',
    read: '2026-12-07',
  },
  {
    id: 'cloudflare-pages',
    name: 'Cloudflare Pages (Free plan)',
    // 20,000 files a site on the Free plan (100,000 on paid plans), 25 MiB a file.
    limits: [
      { kind: 'files', max: 20_000 },
      { kind: 'fileBytes', max: 25 * MIB },
    ],
    source: 'https://developers.cloudflare.com/pages/platform/limits/',
    read: '2026-12-07',
  },
  {
    id: 'netlify',
    name: 'Netlify',
    // No limit on the files of a deploy, but 54,000 files in any one directory: counted here as entries,
    // folders too (a folder of 90,000 fact pages is 90,000 folders), the stricter reading.
    limits: [{ kind: 'folderEntries', max: 54_000 }],
    source: 'https://docs.netlify.com/site-deploys/overview/#files-per-directory-limit',
    read: '2026-12-07',
  },
];

/** Walks a build's folder as a host receiving it would count it. A symbolic link is an entry, not a file. */
export function measureDist(root: string): DistMeasure {
  const measure: DistMeasure = {
    files: 0,
    folders: 0,
    links: 0,
    bytes: 0,
    largestFile: { path: '', bytes: 0 },
    fullestFolder: { path: '', entries: 0 },
    groups: [],
  };
  const groups = new Map<string, { files: number; bytes: number }>();
  const walk = (dir: string) => {
    const entries = readdirSync(dir, { withFileTypes: true });
    if (entries.length > measure.fullestFolder.entries)
      measure.fullestFolder = { path: relative(root, dir).split(sep).join('/') || '.', entries: entries.length };
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        measure.folders += 1;
        walk(path);
      } else if (entry.isFile()) {
        const { size } = lstatSync(path);
        const shown = relative(root, path).split(sep).join('/');
        measure.files += 1;
        measure.bytes += size;
        if (size > measure.largestFile.bytes) measure.largestFile = { path: shown, bytes: size };
        const folder = shown.includes('/') ? (shown.split('/')[0] ?? '') : '(root)';
        const group = groups.get(folder) ?? { files: 0, bytes: 0 };
        group.files += 1;
        group.bytes += size;
        groups.set(folder, group);
      } else {
        measure.links += 1;
      }
    }
  };
  walk(root);
  measure.groups = [...groups]
    .map(([folder, group]) => ({ folder, ...group }))
    .sort((a, b) => b.bytes - a.bytes || a.folder.localeCompare(b.folder));
  return measure;
}

const number = (n: number) => n.toLocaleString('en-US');
/** Bytes as people read them: decimal units, as the hosts write their limits. */
export function formatBytes(bytes: number): string {
  if (bytes >= GB) return `${(bytes / GB).toFixed(2)} GB`;
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(1)} kB`;
  return `${bytes} B`;
}
const MIB_TEXT = (bytes: number) => (bytes > 0 && bytes % MIB === 0 ? `${bytes / MIB} MiB` : formatBytes(bytes));

/** One limit against a build: what it allows, what the build has, and the margin either way. */
export interface LimitCheck {
  kind: LimitKind;
  fits: boolean;
  line: string;
}

function checkLimit(limit: Limit, measure: DistMeasure): LimitCheck {
  const { kind, max } = limit;
  const [have, what, unit]: [number, string, (n: number) => string] =
    kind === 'bytes'
      ? [measure.bytes, 'site size', formatBytes]
      : kind === 'files'
        ? [measure.files, 'files', number]
        : kind === 'entries'
          ? [measure.files + measure.folders + measure.links, 'entries (files, folders and links)', number]
          : kind === 'fileBytes'
            ? [measure.largestFile.bytes, `largest file (${measure.largestFile.path})`, MIB_TEXT]
            : [measure.fullestFolder.entries, `entries in one folder (${measure.fullestFolder.path})`, number];
  const fits = have <= max;
  const margin = fits ? `${unit(max - have)} to spare` : `${unit(have - max)} over`;
  const share = max > 0 ? ` (${Math.round((have / max) * 100)} %)` : '';
  return { kind, fits, line: `${what}: ${unit(have)} of ${unit(max)}${share}, ${margin}` };
}

export interface HostCheck {
  host: Host;
  fits: boolean;
  checks: LimitCheck[];
}

/** Whether a build fits a host, limit by limit. */
export function checkHost(host: Host, measure: DistMeasure): HostCheck {
  const checks = host.limits.map((limit) => checkLimit(limit, measure));
  return { host, fits: checks.every((check) => check.fits), checks };
}

/** A host's verdict as `check:host` prints it: the verdict, then a line per limit. */
export function hostReport({ host, fits, checks }: HostCheck): string {
  return [
    `${host.name}: ${fits ? 'fits' : 'does not fit'}`,
    ...checks.map((check) => `  ${check.fits ? '✓' : '✗'} ${check.line}`),
    `  limits: ${host.source} (read ${host.read})`,
  ].join('\n');
}

/**
 * The build's one line when its output is over a host's limit: which hosts it is over, and which it
 * still fits; undefined when it fits them all.
 */
export function hostsLine(measure: DistMeasure, hosts: readonly Host[] = HOSTS): string | undefined {
  const results = hosts.map((host) => checkHost(host, measure));
  const over = results.filter((result) => !result.fits);
  if (over.length === 0) return undefined;
  const fits = results.filter((result) => result.fits).map((result) => result.host.name);
  const why = over.map(
    ({ host, checks }) =>
      `${host.name} (${checks
        .filter((check) => !check.fits)
        .map((check) => check.line)
        .join('; ')})`,
  );
  return `${formatBytes(measure.bytes)} in ${number(measure.files)} files: over the limits of ${why.join(', ')}; fits ${
    fits.length > 0 ? fits.join(', ') : 'none of the hosts listed'
  }. npm run check:host -- all says more.`;
}
