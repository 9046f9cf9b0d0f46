/**
 * `/data/datapackage.json`: a Frictionless Data Package (v2, https://datapackage.org/standard/data-package/)
 * that describes the site's tables — the facts (`/data/facts.csv`) and each chart's data
 * (`/data/charts/<id>.csv`) — with a Table Schema for each, and lists the sources they come from.
 * Resource paths are relative to the descriptor, the convention for files published together: the
 * package works from wherever `/data/` is served or saved, whatever address the build was made for.
 * Absolute addresses (the home page, the sources' pages) are given only when the build knows where the
 * site is published, never the local preview's.
 */
import type { TableSchema } from './table-schema.ts';

export const DATA_PACKAGE_PROFILE = 'https://datapackage.org/profiles/2.0/datapackage.json';

/**
 * What the descriptor says of rights. The project states no licence for its own compilation, and the
 * source article's licence is unknown, so the package names none (Data Package's `licenses` would claim
 * one) and says so in its description instead.
 */
export const RIGHTS_STATEMENT =
  'Rights: no licence is stated for this compilation. The quoted facts reproduce, word for word, short passages of a news article whose outlet, author and licence are not known; they are given for reference and commentary, each with the paragraph it comes from. Derived facts are computed from those figures. Check the source’s terms before reusing its passages.';

export interface TableResourceInput {
  /** The resource's name in the package, e.g. `facts`. */
  name: string;
  title: string;
  description: string;
  /** The CSV's path relative to the descriptor, e.g. `facts.csv` (`packagePath` checks it). */
  path: string;
  schema: TableSchema;
}

export interface DataPackageInput {
  name: string;
  title: string;
  description: string;
  /** The site's home page, absolute; none for a build that does not know where it is published. */
  homepage?: string | undefined;
  keywords: readonly string[];
  tables: readonly TableResourceInput[];
  /** The sources of the data: the title of each, and the absolute URL of its page when the build knows it. */
  sources: readonly { title: string; path?: string | undefined }[];
}

export interface TableResource extends TableResourceInput {
  type: 'table';
  format: 'csv';
  mediatype: 'text/csv';
  encoding: 'utf-8';
}

export interface DataPackage {
  $schema: typeof DATA_PACKAGE_PROFILE;
  name: string;
  title: string;
  description: string;
  homepage?: string;
  keywords: string[];
  sources: { title: string; path?: string }[];
  resources: TableResource[];
}

/** Where a chart's table is, relative to the descriptor: `charts/<id>.csv`, served at `/data/charts/<id>.csv`. */
export function chartTablePath(chartId: string): string {
  return `charts/${chartId}.csv`;
}

/**
 * A resource path as the Data Package standard allows one relative to the descriptor: a POSIX path
 * that neither starts at the root nor climbs out of the descriptor's folder. Anything else (an absolute
 * URL, which would tie the package to one build's address) is refused when the site is built.
 */
export function packagePath(path: string): string {
  const segments = path.split('/');
  if (
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    /^[a-z][a-z0-9+.-]*:/i.test(path) ||
    segments.some((segment) => segment === '..' || segment === '.' || segment === '')
  )
    throw new Error(`A Data Package resource path must be relative to the descriptor, not ${JSON.stringify(path)}`);
  return path;
}

export function dataPackage(input: DataPackageInput): DataPackage {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: input.name,
    title: input.title,
    description: `${input.description}\n\n${RIGHTS_STATEMENT}`,
    ...(input.homepage === undefined ? {} : { homepage: input.homepage }),
    keywords: [...input.keywords],
    sources: input.sources.map(({ title, path }) => (path === undefined ? { title } : { title, path })),
    resources: input.tables.map((table) => ({
      name: table.name,
      type: 'table',
      path: packagePath(table.path),
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: table.title,
      description: table.description,
      schema: table.schema,
    })),
  };
}
