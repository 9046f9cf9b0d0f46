/**
 * A chart's data as a table, from the same model its canvas and description are drawn from: the CSV
 * under `/charts/` and the chart's table in the Data Package (src/lib/export/data-package.ts).
 */
import { QUALIFIERS } from '../content/figures.ts';
import { toCsv, type CsvCell } from '../export/csv.ts';
import type { TableField } from '../export/table-schema.ts';
import type { ChartModel } from './charts.ts';

/** A chart's data as a table: its columns (the CSV's header and the Data Package's Table Schema) and its rows. */
export interface ChartTable {
  fields: TableField[];
  rows: CsvCell[][];
}

const FACT_FIELDS: TableField[] = [
  { name: 'fact', type: 'string', description: 'The fact the row comes from, by id.', constraints: { required: true } },
  {
    name: 'fact_url',
    type: 'string',
    format: 'uri',
    description: 'The fact’s permanent page on the site, absolute.',
    constraints: { required: true },
  },
];

/**
 * The chart's data as a tidy table, one row per value (a timeline: per place of each group), with the
 * fact each comes from and its full URL: `origin` is the site's address, e.g. `https://example.org`.
 */
export function chartTable(model: ChartModel, origin: string): ChartTable {
  if (model.type === 'timeline') {
    return {
      fields: [
        {
          name: 'when',
          type: 'string',
          description:
            'When the source dates what the row’s fact says, in its own terms (such as “Since the beginning of this year”); rows with the same value are one group, and the groups are not an order.',
          constraints: { required: true },
        },
        {
          name: model.rowHeading.toLowerCase(),
          type: 'string',
          description: `The ${model.rowHeading.toLowerCase()}, by name.`,
        },
        {
          name: 'country',
          type: 'string',
          description: 'Its country: from the source or public context, as the place’s page says.',
        },
        ...FACT_FIELDS,
      ],
      rows: model.groups.flatMap((group) =>
        group.places.map((place) => [group.when, place.name, place.country, group.fact, origin + group.page]),
      ),
    };
  }
  const columns = [...model.series.map((s) => ({ label: s.label, points: s.points })), ...model.tableColumns];
  return {
    fields: [
      {
        name: model.categoryHeading.toLowerCase(),
        type: 'string',
        description: `The category: ${model.categoryHeading.toLowerCase()}.`,
        constraints: { required: true },
      },
      {
        name: 'series',
        type: 'string',
        description: 'The series or table column the value is in.',
        constraints: { required: true },
      },
      { name: 'value', type: 'number', description: 'The value as a number.', constraints: { required: true } },
      {
        name: 'unit',
        type: 'string',
        description: 'Its unit, e.g. `trains`, `%`; empty for a count of nothing named.',
      },
      {
        name: 'qualifier',
        type: 'string',
        description: 'How exact the value is, as the source says it.',
        constraints: { required: true, enum: QUALIFIERS },
      },
      {
        name: 'kind',
        type: 'string',
        description: '`quoted` from the source, or `derived` from quoted facts by a formula.',
        constraints: { required: true, enum: ['quoted', 'derived'] },
      },
      ...FACT_FIELDS,
    ],
    rows: model.categories.flatMap((category, i) =>
      columns.flatMap(({ label, points }) => {
        const p = points[i];
        return p
          ? [[category, label, p.value, p.unit, p.qualifier, p.derived ? 'derived' : 'quoted', p.fact, origin + p.page]]
          : [];
      }),
    ),
  };
}

/** The chart's data as CSV (src/lib/export/csv.ts): `chartTable`'s columns as the header, then its rows. */
export function chartCsv(model: ChartModel, origin: string): string {
  const table = chartTable(model, origin);
  return toCsv(
    table.fields.map((f) => f.name),
    table.rows,
  );
}
