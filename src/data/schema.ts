// The data contract as zod schemas: one for source metadata files, one for figure files.
// The published JSON Schema is generated from these (jsonSchema.ts); this module does no I/O.

import { z } from 'zod';
import { FIGURE_KINDS, UNITS } from '../model/figure.ts';

export const kebab = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and hyphens');
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date, YYYY-MM-DD')
  // Date.parse accepts 2002-02-30 (rolls over to March), so compare the date it parses back.
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'is not a real calendar date');
const offset = z.number().int('must be a whole number').min(0, 'must be 0 or more');
export const text = z.string().min(1, 'must not be empty');

export const quoteSchema = z
  .object({
    sourceId: kebab.describe('The id of the source document (data/sources/<sourceId>.txt).'),
    exact: text.describe('The quoted text, verbatim from the source.'),
    prefix: z.string().describe('Text just before the quote, verbatim (may be empty).'),
    suffix: z.string().describe('Text just after the quote, verbatim (may be empty).'),
    start: offset.describe('Start offset in Unicode code points of the source text.'),
    end: offset.describe('End offset (exclusive) in Unicode code points of the source text.'),
  })
  .strict()
  .describe('W3C TextQuoteSelector and TextPositionSelector, both at once.');

export const statedSchema = z
  .object({
    text: text.describe('The value\'s own words, e.g. "increased 40%" or "doubled".'),
    start: offset,
    end: offset,
  })
  .strict();

export const recordLinkSchema = z
  .object({
    record: kebab.describe('The id of a record file (data/records/<id>.json).'),
    compare: z
      .enum(['growth', 'share', 'level'])
      .describe(
        'growth = change from "from" to "to" (for a change); share or level = the value "at" a period.',
      ),
    from: z.string().optional(),
    to: z.string().optional(),
    at: z.string().optional(),
    direction: z
      .enum(['increase', 'decrease', 'no-increase', 'no-decrease'])
      .optional()
      .describe('For a statement without a number: the direction it asserts.'),
    scope: text.optional().describe("How the record's scope differs from the claim's."),
  })
  .strict();

export const recordLinksSchema = z
  .object({
    links: z.array(recordLinkSchema),
    searched: text
      .optional()
      .describe('Where a record was looked for; required when no record is linked.'),
  })
  .strict()
  .describe('The statistical records that speak to this claim (data/records/).');

export const contextSchema = z
  .object({
    speaker: text,
    relation: z.string().describe('How the figure relates to this statement, e.g. "answers".'),
    quote: quoteSchema,
    records: recordLinksSchema.optional(),
  })
  .strict();

export const figureSchema = z
  .object({
    id: kebab.describe('Stable id used in URLs and file names.'),
    label: text.describe('Short name shown on the chart axis.'),
    topic: kebab.describe('e.g. trade, investment.'),
    kind: z
      .enum(FIGURE_KINDS as [string, ...string[]])
      .describe(
        'change = relative change in percent ("doubled" = 100); share = percent of a whole; amount = a level in unit.',
      ),
    value: z.number().refine(Number.isFinite, 'must be a finite number'),
    unit: z.enum(UNITS as [string, ...string[]]),
    status: z.enum(['actual', 'expected']),
    period: z.string().optional(),
    basePeriod: z.string().optional(),
    asOf: isoDate.optional(),
    speaker: text,
    stated: statedSchema,
    quote: quoteSchema,
    context: z.array(contextSchema).optional(),
    notes: z.array(text),
    chart: kebab.describe('Id of the chart group (in this file) that draws this figure.'),
    records: recordLinksSchema.optional(),
  })
  .strict();

export const chartGroupSchema = z
  .object({
    id: kebab,
    title: text,
    description: text,
    topic: text,
    figures: z.array(kebab).min(1, 'must list at least one figure id'),
  })
  .strict();

export const figureFileSchema = z
  .object({
    $schema: z.string().optional(),
    charts: z.array(chartGroupSchema),
    figures: z.array(figureSchema),
  })
  .strict()
  .describe('A Cited Figures annotation file: data/figures/*.json');

export const sourceFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: kebab,
    title: text,
    publisher: text,
    date: isoDate,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag, e.g. en'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
  })
  .strict()
  .describe('Metadata of a source document: data/sources/<id>.json beside <id>.txt');

export type FigureFile = z.infer<typeof figureFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;
