import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineWarningFilter, installArgs, npmSatisfies } from '../../../tools/npm-install.mjs';

const root = join(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
/** The project as package-lock.json records it. */
const lockRoot = (
  JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dependencies?: Record<string, string>; devDependencies?: Record<string, string> }>;
  }
).packages[''];
/** npm's record of an install of these packages, as node_modules/.package-lock.json lists them. */
const record = (...fields: ('dependencies' | 'devDependencies')[]) =>
  Object.fromEntries(fields.flatMap((f) => Object.keys(pkg[f])).map((name) => [`node_modules/${name}`, {}]));

describe('what `npm start` and `npm test` install', () => {
  it('installs only what builds the site for `npm start` on a fresh clone', () => {
    expect(installArgs({ lockRoot, tests: false, pkg, installed: {}, fresh: false })).toEqual([
      'ci',
      '--no-audit',
      '--prefer-offline',
      '--omit=dev',
    ]);
  });

  it('installs the test tools too for `npm test` on a fresh clone', () => {
    expect(installArgs({ lockRoot, tests: true, pkg, installed: {}, fresh: false })).toEqual([
      'ci',
      '--no-audit',
      '--prefer-offline',
    ]);
  });

  it('adds the test tools to what `npm start` installed when `npm test` follows it, unpacking nothing again', () => {
    const installed = record('dependencies');
    expect(installArgs({ lockRoot, tests: true, pkg, installed, fresh: true })).toEqual([
      'install',
      '--no-save',
      '--no-audit',
      '--prefer-offline',
    ]);
  });

  it('leaves a lock file that does not name what package.json names to `npm ci`, which refuses it', () => {
    const installed = record('dependencies');
    const added = { ...pkg, devDependencies: { ...pkg.devDependencies, 'left-pad': '^1.3.0' } };
    expect(installArgs({ lockRoot, tests: true, pkg: added, installed, fresh: true })).toEqual([
      'ci',
      '--no-audit',
      '--prefer-offline',
    ]);
  });

  it('installs everything afresh for `npm test` when the lock file changed since `npm start`', () => {
    const installed = record('dependencies');
    expect(installArgs({ lockRoot, tests: true, pkg, installed, fresh: false })).toEqual([
      'ci',
      '--no-audit',
      '--prefer-offline',
    ]);
  });

  it('installs nothing when what is installed is current', () => {
    const everything = record('dependencies', 'devDependencies');
    expect(installArgs({ lockRoot, tests: false, pkg, installed: everything, fresh: true })).toBeNull();
    expect(installArgs({ lockRoot, tests: true, pkg, installed: everything, fresh: true })).toBeNull();
    expect(installArgs({ lockRoot, tests: false, pkg, installed: record('dependencies'), fresh: true })).toBeNull();
  });

  it('keeps the test tools when `npm start` reinstalls after the lock file changed', () => {
    const everything = record('dependencies', 'devDependencies');
    expect(installArgs({ lockRoot, tests: false, pkg, installed: everything, fresh: false })).toEqual([
      'ci',
      '--no-audit',
      '--prefer-offline',
    ]);
  });

  it('reinstalls when a dependency is missing', () => {
    const installed = record('dependencies');
    delete installed['node_modules/astro'];
    expect(installArgs({ lockRoot, tests: false, pkg, installed, fresh: true })).toEqual([
      'ci',
      '--no-audit',
      '--prefer-offline',
      '--omit=dev',
    ]);
  });
});

describe('what the build needs is in `dependencies`', () => {
  /** Every file the build reads code from: the site, Astro's config and the build script. */
  const files = (dir: string): string[] =>
    readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? files(join(dir, entry.name))
        : /\.(ts|mjs|astro)$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );
  /**
   * The site, Astro's config and the build script, and every file of the project they import in turn
   * (the build's steps import from tools/): the build runs with only `dependencies` installed.
   */
  const buildFiles = ((entries: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !existsSync(join(root, file))) return;
      seen.add(file);
      const code = readFileSync(join(root, file), 'utf8');
      for (const match of code.matchAll(/\bfrom\s+'(\.{1,2}\/[^']+)'|\bimport\(\s*'(\.{1,2}\/[^']+)'\s*\)/g)) {
        const specifier = match[1] ?? match[2] ?? '';
        visit(relative(root, resolve(root, dirname(file), specifier)));
      }
    };
    for (const file of entries) visit(file);
    return [...seen];
  })([...files('src'), 'astro.config.mjs', 'scripts/build.ts']);

  it('follows the build script into the tools it imports', () => {
    expect(buildFiles).toEqual(expect.arrayContaining(['tools/built-anchors.ts', 'tools/hosts.ts']));
    expect(buildFiles).not.toContain('tools/site.ts');
  });

  it('names no test tool, but in a type-only import', () => {
    const named = buildFiles.flatMap((file) => {
      const code = readFileSync(join(root, file), 'utf8').replace(/import\s+type\s[^;]*?from\s+'[^']+'/g, '');
      return Object.keys(pkg.devDependencies)
        .filter((name) => !name.startsWith('@types/'))
        .filter((name) => code.includes(`'${name}'`) || code.includes(`'${name}/`))
        .map((name) => `${file}: ${name}`);
    });
    expect(named).toEqual([]);
  });

  it('has every package the build imports in `dependencies`', () => {
    const specifiers = buildFiles.flatMap((file) =>
      [
        ...readFileSync(join(root, file), 'utf8').matchAll(
          /\b(?:import|export)\s+(?!type\s)[^;]*?\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g,
        ),
      ].map((match) => match[1] ?? match[2] ?? ''),
    );
    const packages = new Set(
      specifiers
        .filter((specifier) => !/^(\.|@\/|node:|astro:)/.test(specifier))
        .map((specifier) =>
          specifier
            .split('/')
            .slice(0, specifier.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    );
    expect(packages).toContain('astro'); // the scan sees imports at all
    expect([...packages].filter((name) => !(name in pkg.dependencies))).toEqual([]);
  });
});

// What npm 11 prints, on Node 20, for a package that asks for Node 22.
const astroBlock = [
  'npm warn EBADENGINE Unsupported engine {',
  "npm warn EBADENGINE   package: 'astro@7.3.5',",
  "npm warn EBADENGINE   required: { node: '>=22.12.0', npm: '>=9.6.5', pnpm: '>=7.1.0' },",
  "npm warn EBADENGINE   current: { node: 'v20.20.2', npm: '11.19.1' }",
  'npm warn EBADENGINE }',
];
const blockFor = (pkgid: string, required: string) => [
  astroBlock[0] as string,
  `npm warn EBADENGINE   package: '${pkgid}',`,
  `npm warn EBADENGINE   required: ${required},`,
  astroBlock[3] as string,
  astroBlock[4] as string,
];

type FilterOptions = Parameters<typeof engineWarningFilter>[0];

/** What the filter writes and leaves out; the pinned Node 24.21.0 and npm's semver unless told otherwise. */
function filtered(lines: string[], options: Partial<Omit<FilterOptions, 'write'>> = {}) {
  const pinnedNode = 'pinnedNode' in options ? options.pinnedNode : '24.21.0';
  const satisfies = 'satisfies' in options ? options.satisfies : npmSatisfies();
  const written: string[] = [];
  const filter = engineWarningFilter({ pinnedNode, satisfies, write: (line) => written.push(line) });
  lines.forEach((line) => filter.line(line));
  return { written, left: filter.end() };
}

describe('npm’s engine warnings during setup', () => {
  it('uses npm’s own semver', () => {
    const satisfies = npmSatisfies();
    expect(satisfies?.('24.21.0', '>=22.12.0', {})).toBe(true);
    expect(satisfies?.('20.20.2', '>=22.12.0', {})).toBe(false);
  });

  it('leaves out a warning the pinned Node answers, and names its package', () => {
    const { written, left } = filtered(['added 338 packages in 47s', ...astroBlock]);
    expect(written).toEqual(['added 338 packages in 47s']);
    expect(left).toEqual(['astro@7.3.5']);
  });

  it('passes on, word for word, a warning the pinned Node does not answer', () => {
    const block = blockFor('future@1.0.0', "{ node: '>=26' }");
    expect(filtered([...astroBlock, ...block])).toEqual({ written: block, left: ['astro@7.3.5'] });
  });

  it('passes on a warning about npm’s own version', () => {
    const block = blockFor('needs-npm@1.0.0', "{ node: '>=22', npm: '>=12' }");
    expect(filtered(block).written).toEqual(block);
  });

  it('passes on every other line, in order', () => {
    const other = ['npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported', 'npm error x'];
    expect(filtered([other[0] as string, ...astroBlock, other[1] as string]).written).toEqual(other);
  });

  it('passes everything on when it cannot judge: no pinned Node, or no semver', () => {
    expect(filtered(astroBlock, { pinnedNode: undefined }).written).toEqual(astroBlock);
    expect(filtered(astroBlock, { satisfies: undefined }).written).toEqual(astroBlock);
  });

  it('passes on a warning cut short when npm ends', () => {
    expect(filtered(astroBlock.slice(0, 3)).written).toEqual(astroBlock.slice(0, 3));
  });
});
