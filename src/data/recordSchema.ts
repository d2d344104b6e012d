// The data contract for statistical records (data/records/<id>.json) as a zod schema: a series
// with its provenance and observations. The published JSON Schema is generated from it; no I/O.

import { z } from 'zod';
import { UNITS } from '../model/figure.ts';
import { isoDate, kebab, text } from './schema.ts';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const observationSchema = z
  .object({
    period: text.describe('The period observed, as the record names it ("2001", "2002-H1").'),
    value: finite.optional().describe("The value, in the record's unit × scale."),
    parts: z
      .array(z.object({ label: text, value: finite }).strict())
      .min(1, 'must list at least one part')
      .optional()
      .describe('Parts whose sum is the value (shareholders); the build adds them up.'),
    note: text.optional(),
  })
  .strict();

export const recordFileSchema = z
  .object({
    $schema: z.string().optional(),
    id: kebab.describe('Stable id; the file is data/records/<id>.json.'),
    label: text.describe('What the series measures, in words.'),
    measure: z
      .enum(['level', 'share'])
      .describe('level = an amount in unit × scale; share = percent of a whole.'),
    unit: z.enum(UNITS),
    scale: z
      .number()
      .positive('must be more than 0')
      .optional()
      .describe('Observations are in units of this (1000000 for "US$ million").'),
    side: text.describe('Whose statistics these are, e.g. "Russia\'s statistics (importer)".'),
    provenance: z
      .object({
        publisher: text.describe('Who compiled the numbers.'),
        title: text.describe('The document consulted.'),
        url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
        via: text.optional().describe('Who reproduced the table, when not read at its compiler.'),
        passage: text.describe('The table, row or passage the numbers come from.'),
        published: z
          .string()
          .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
          .optional(),
        consulted: isoDate.describe('When this copy was consulted.'),
      })
      .strict(),
    observations: z.array(observationSchema).min(1, 'must list at least one observation'),
    notes: z.array(text),
  })
  .strict()
  .describe('A Cited Figures statistical record: data/records/<id>.json');

export type RecordFile = z.infer<typeof recordFileSchema>;
