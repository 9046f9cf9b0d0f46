import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference.ts';

/**
 * A figure drawn from facts (`src/content/charts/*.yaml`). It names facts,
 * never numbers: the chart, its table and its CSV all read the facts' values.
 */
const common = (reference: ReferenceFactory) => ({
  /** The figure's title, e.g. `China–Europe (Central Asia) trains by railway port`. */
  title: z.string().min(1),
  /** One or two sentences under the figure saying what it shows and how to read it. */
  caption: z.string().min(1),
  /** The corridor page the figure belongs to. */
  corridor: reference('corridors'),
  /** What the values measure, for the subtitle and the axis, e.g. `Trains, inbound and outbound`. */
  measure: z.string().min(1),
  /** The time the figure covers, e.g. `January–April 2022 and 2023`. */
  period: z.string().min(1),
});

/** Bars: one group per category, one bar per series; each value is a fact. */
const makeBarChart = (reference: ReferenceFactory) =>
  z.object({
    ...common(reference),
    type: z.literal('bar'),
    /** `horizontal` lays bars along the x axis, for long labels or few values. */
    orientation: z.enum(['vertical', 'horizontal']).default('vertical'),
    /** The heading of the category column in the table, e.g. `Railway port`. */
    categoryHeading: z.string().min(1),
    /** The groups along the category axis, e.g. `[{ label: Alashankou }, { label: Khorgos }]`. */
    categories: z.array(z.object({ label: z.string().min(1) })).min(1),
    /** The bars: a label and one fact per category, in category order. */
    series: z
      .array(
        z.object({
          /** e.g. `January–April 2023`. */
          label: z.string().min(1),
          facts: z.array(reference('facts')).min(1),
        }),
      )
      .min(1),
    /** Columns shown only in the table, such as the growth that links two series; one fact per category. */
    tableColumns: z
      .array(z.object({ label: z.string().min(1), facts: z.array(reference('facts')).min(1) }))
      .default([]),
  });

/**
 * Places grouped by when the source dates what happened there (`Since the beginning of this year`,
 * `Yesterday`, `Due 18 May`), with no dates and no order it does not give: the groups are drawn left to
 * right as listed, and the caption says what the source leaves open between them.
 */
const makeTimelineChart = (reference: ReferenceFactory) =>
  z.object({
    ...common(reference),
    type: z.literal('timeline'),
    /** The heading of the row column in the table, e.g. `Capital`. */
    rowHeading: z.string().min(1),
    /** The groups; each is a fact and the places it covers, labelled by `when`. */
    groups: z
      .array(
        z.object({
          /** When the source dates it, in its own terms, e.g. `Yesterday (the day before the article)`. */
          when: z.string().min(1),
          fact: reference('facts'),
          places: z.array(reference('places')).min(1),
        }),
      )
      .min(1),
  });

export const makeChartSchema = (reference: ReferenceFactory) =>
  z.discriminatedUnion('type', [makeBarChart(reference), makeTimelineChart(reference)]);

export type ChartData = z.output<ReturnType<typeof makeChartSchema>>;
export type BarChartData = Extract<ChartData, { type: 'bar' }>;
export type TimelineChartData = Extract<ChartData, { type: 'timeline' }>;
