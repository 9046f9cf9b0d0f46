/**
 * `/data/datapackage.json`: a Frictionless Data Package (v2, https://datapackage.org/standard/data-package/)
 * that describes the site's tables — the facts (`/data/facts.csv`) and each chart's data
 * (`/charts/<id>.csv`) — with a Table Schema for each, and lists the sources they come from. Paths are
 * absolute URLs: the chart tables sit outside `/data/`, and a descriptor path may not climb with `../`.
 */
import type { TableSchema } from './table-schema';

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
  /** The CSV's absolute URL. */
  path: string;
  schema: TableSchema;
}

export interface DataPackageInput {
  name: string;
  title: string;
  description: string;
  /** The site's home page, absolute. */
  homepage: string;
  keywords: readonly string[];
  tables: readonly TableResourceInput[];
  /** The sources of the data: title and absolute URL of each one's page on the site. */
  sources: readonly { title: string; path: string }[];
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
  homepage: string;
  keywords: string[];
  sources: { title: string; path: string }[];
  resources: TableResource[];
}

export function dataPackage(input: DataPackageInput): DataPackage {
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: input.name,
    title: input.title,
    description: `${input.description}\n\n${RIGHTS_STATEMENT}`,
    homepage: input.homepage,
    keywords: [...input.keywords],
    sources: input.sources.map(({ title, path }) => ({ title, path })),
    resources: input.tables.map((table) => ({
      name: table.name,
      type: 'table',
      path: table.path,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      title: table.title,
      description: table.description,
      schema: table.schema,
    })),
  };
}
