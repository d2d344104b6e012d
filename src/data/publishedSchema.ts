// The shapes of the JSON files the build publishes beyond data/figures.json and data/sources.json
// (the records file, the index and per-source chunks, the per-figure and per-chart downloads), as
// zod schemas from which their published JSON Schemas are generated. No I/O, no browser code.

import { z } from 'zod';
import type { ClaimRecordComparison, ClaimRecords } from '../model/claimRecord.ts';
import type { StatRecord } from '../model/record.ts';
import { FIGURE_KINDS, FIGURE_STATUSES, UNITS } from '../model/figure.ts';
import { recordFileSchema } from './recordSchema.ts';
import { chartGroupSchema, figureSchema, kebab, publishedSourcesSchema, text } from './schema.ts';

/**
 * A published file that carries a version: the JSON Schema it names in `$schema`, its version,
 * then its own fields; nothing else is allowed.
 * @example versionedFile('published-records.schema.json', { records: z.array(…) }, 'data/records.json')
 */
function versionedFile<T extends z.ZodRawShape>(schemaRef: string, fields: T, description: string) {
  return z
    .object({
      $schema: z.string().describe(schemaRef),
      version: z.number().int().min(1),
      ...fields,
    })
    .strict()
    .describe(description);
}

/** A record as published: the record file without its `$schema`. */
export const publishedRecordSchema = recordFileSchema.omit({ $schema: true }).strict();

/** One comparison the build computed between a claim and a record (never typed by hand). */
export const comparisonSchema = z
  .object({
    claimId: text.describe('The figure id, or <source-id>@<start>-<end> for a context statement.'),
    recordId: kebab,
    compare: z.enum(['growth', 'share', 'level']),
    claimed: text.describe('The claim in words ("+40 %", "not increasing").'),
    claimedValue: z.number().optional(),
    recordedValue: z.number(),
    recorded: text,
    recordPeriod: text,
    arithmetic: text.describe("The arithmetic from the record's own numbers."),
    difference: text.describe('The difference in words; never a verdict.'),
    sameAxis: z.boolean(),
    caveats: z.array(text),
  })
  .strict();

/** A claim with its comparisons, or where a record was looked for when none was found. */
export const claimRecordsSchema = z
  .object({
    claimId: text,
    comparisons: z.array(comparisonSchema),
    searched: text.optional().describe('Where a record was looked for (when none was found).'),
  })
  .strict();

/** data/records.json: every record and every claim read against them. */
export const publishedRecordsSchema = versionedFile(
  'published-records.schema.json',
  {
    records: z.array(publishedRecordSchema),
    claims: z.array(claimRecordsSchema),
  },
  'Statistical records and the claims read against them: data/records.json',
);

const publishedSource = publishedSourcesSchema.shape.sources.element;

/** data/index.json: a small record per source, chart and figure. */
export const publishedIndexSchema = versionedFile(
  'published-index.schema.json',
  {
    sources: z.array(
      z
        .object({
          id: kebab,
          title: text,
          publisher: text,
          date: text,
          chunk: z.string().regex(/^data\/chunks\/[a-z0-9-]+\.json$/),
          figureCount: z.number().int().min(0),
        })
        .strict(),
    ),
    charts: z.array(
      z.object({ id: kebab, title: text, topic: text, sourceId: z.string() }).strict(),
    ),
    figures: z.array(
      z
        .object({
          id: kebab,
          label: text,
          topic: text,
          kind: z.enum(FIGURE_KINDS),
          unit: z.enum(UNITS),
          status: z.enum(FIGURE_STATUSES),
          value: z.number().optional(),
          range: figureSchema.shape.range,
          stated: z.string(),
          speaker: text,
          chart: kebab,
          sourceId: kebab,
          date: text.optional(),
        })
        .strict(),
    ),
  },
  'The index of a Cited Figures site: data/index.json',
);

/** data/chunks/<source-id>.json: one source with its figures and charts in full. */
export const publishedChunkSchema = versionedFile(
  '../published-chunk.schema.json',
  {
    source: publishedSource,
    figures: z.array(figureSchema),
    charts: z.array(chartGroupSchema),
  },
  'One source and its figures: data/chunks/<source-id>.json',
);

/** data/source-pages/<n>.json: a page of the sources that have figures, as the index lists them. */
export const publishedSourcePageSchema = z
  .object({
    $schema: z.string().describe('../published-source-page.schema.json'),
    version: z.number().int().min(1),
    page: z.number().int().min(0).describe('This page, from 0.'),
    pages: z.number().int().min(1).describe('How many pages the list has.'),
    sources: publishedIndexSchema.shape.sources,
  })
  .strict()
  .describe('A page of the source list: data/source-pages/<n>.json');

/** data/lookup/<n>.json: the source of each figure and chart id that falls into this file. */
export const publishedLookupSchema = versionedFile(
  '../published-lookup.schema.json',
  {
    buckets: z
      .number()
      .int()
      .min(1)
      .describe('How many lookup files the site has; an id is in file FNV-1a(id) % buckets.'),
    figures: z.record(kebab, kebab).describe('Figure id → source id.'),
    charts: z.record(kebab, kebab).describe('Chart id → source id.'),
  },
  'Where a figure or chart is: data/lookup/<n>.json',
);

const recordsCarried = {
  claims: z
    .array(claimRecordsSchema)
    .describe("The claims shown (the figures' own, then the statements they answer), each once."),
  records: z.array(publishedRecordSchema).describe('The records those claims are read against.'),
};

/** charts/<figure-id>.json: one figure, its source, its links and its records. */
export const figureDownloadSchema = z
  .object({
    $schema: z.string().describe('../data/figure-download.schema.json'),
    figure: figureSchema,
    source: publishedSource.partial({ path: true }),
    quoteUrl: z.string().describe('The original publication scrolled to the quote.'),
    chartUrl: z.string().describe('Where the chart can be seen.'),
    ...recordsCarried,
  })
  .strict()
  .describe('A figure download: charts/<figure-id>.json');

/** charts/<chart-id>.json: a chart group as its card shows it. */
export const chartDownloadSchema = z
  .object({
    $schema: z.string().describe('../data/chart-download.schema.json'),
    chart: chartGroupSchema,
    figures: z.array(figureSchema),
    sources: z.array(publishedSource),
    chartUrl: z.string(),
    embedUrl: z.string(),
    ...recordsCarried,
  })
  .strict()
  .describe('A chart-group download: charts/<chart-id>.json');

// One description of the data: these schemas and the model's types must agree both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesModel = {
  comparison: true satisfies Same<z.infer<typeof comparisonSchema>, ClaimRecordComparison>,
  claims: true satisfies Same<z.infer<typeof claimRecordsSchema>, ClaimRecords>,
  record: true satisfies Same<z.infer<typeof publishedRecordSchema>, StatRecord>,
} as const;
/** The checks above, named so the compiler counts them as read (tsconfig's noUnusedLocals). */
export type SchemaMatchesModel = typeof _schemaMatchesModel;
