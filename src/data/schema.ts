// The data contract as zod schemas: one for source metadata files, one for figure files.
// The published JSON Schema is generated from these (jsonSchema.ts); this module does no I/O.

import { z } from 'zod';
import {
  FIGURE_KINDS,
  FIGURE_STATUSES,
  UNITS,
  type ChartGroup,
  type ContextQuote,
  type Figure,
  type QuoteSelector,
  type Source,
  type StatedSpan,
} from '../model/figure.ts';

/** Ids in URLs and file names; the dev server's write path accepts no other. */
export const kebabPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const kebab = z
  .string()
  .regex(kebabPattern, 'must be kebab-case: lowercase letters, digits and hyphens');
const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * What is wrong with a date's month or day ("2002-02-30", "2017-13"), or undefined; the shape
 * itself is the regex's job. Date.parse rolls 2002-02-30 over to March, so days are counted here.
 * @example dateProblem('2002-02-30') // { message: '"2002-02-30" is not a real calendar date: February 2002 has 28 days', fix: 'correct the day (01–28)' }
 */
export function dateProblem(s: string): { message: string; fix: string } | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return undefined;
  const [, year, month, day] = m;
  if (month === undefined) return undefined;
  const mm = Number(month);
  if (mm < 1 || mm > 12) {
    return {
      message: `"${s}" has month ${month}; months run from 01 to 12`,
      fix: 'correct the month',
    };
  }
  if (day === undefined) return undefined;
  const days = new Date(Date.UTC(Number(year), mm, 0)).getUTCDate();
  const dd = Number(day);
  if (dd < 1 || dd > days) {
    return {
      message: `"${s}" is not a real calendar date: ${MONTH_NAMES[mm - 1]} ${year} has ${days} days`,
      fix: `correct the day (01–${days})`,
    };
  }
  return undefined;
}

const calendarCheck = (s: string, ctx: z.core.$RefinementCtx<string>) => {
  const problem = dateProblem(s);
  if (problem)
    ctx.addIssue({ code: 'custom', message: problem.message, params: { fix: problem.fix } });
};
/** A full date, YYYY-MM-DD, that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a full date, YYYY-MM-DD (e.g. "2002-10-14")')
  .superRefine(calendarCheck);
/** A source's date as precise as the source gives it: YYYY, YYYY-MM or YYYY-MM-DD. */
const partialDate = z
  .string()
  .regex(
    /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/,
    'must be a date: YYYY, YYYY-MM or YYYY-MM-DD (e.g. "2002-10-14", "2017-11" or "2017")',
  )
  .superRefine(calendarCheck);
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

const finite = z.number().refine(Number.isFinite, 'must be a finite number');

export const rangeSchema = z
  .object({
    low: finite.describe('The lower end, in the figure\'s unit (e.g. 1 for "1 % to 1.5 %").'),
    high: finite.describe('The higher end, in the figure\'s unit (e.g. 1.5 for "1 % to 1.5 %").'),
  })
  .strict()
  .refine((r) => r.low < r.high, {
    message: 'must have "low" smaller than "high"',
    path: ['high'],
    params: {
      fix: 'put the smaller end in "low" and the larger in "high"; one number is a "value"',
    },
  })
  .describe(
    'Both ends of a value stated as a range, in the figure\'s unit; use instead of "value".',
  );

const publishingWords = {
  headline: text
    .optional()
    .describe(
      'One sentence saying what the chart shows; used as the title of share pages, embeds and images.',
    ),
  alt: text
    .optional()
    .describe('Alternative text for the chart image: what a reader who cannot see it needs.'),
  note: text
    .optional()
    .describe('A short note printed under the chart in images, share pages and embeds.'),
};

export const figureSchema = z
  .object({
    id: kebab.describe('Stable id used in URLs and file names.'),
    label: text.describe('Short name shown on the chart axis.'),
    topic: kebab.describe('e.g. trade, investment.'),
    kind: z
      .enum(FIGURE_KINDS)
      .describe(
        'change = relative change in percent ("doubled" = 100); share = a level in percent: part of a whole (0–100), a rate such as a policy rate, below 0 only when its stated words write the minus ("-0.5%"), or above 100 only as a ratio whose quote names what it is a ratio to ("255 percent of GDP", "a loan-to-deposit ratio of 104%") or a rate of interest its quote names ("the policy rate … 118%", "209% EAR"); amount = a level in unit.',
      ),
    value: finite
      .optional()
      .describe('The stated number; a figure has either "value" or "range", not both.'),
    range: rangeSchema.optional(),
    unit: z.enum(UNITS),
    status: z.enum(FIGURE_STATUSES),
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
    ...publishingWords,
  })
  .strict()
  // Exactly one magnitude: checked here so the error points at the figure and says both fixes.
  .superRefine((f, ctx) => {
    if ((f.value === undefined) === (f.range === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: f.value === undefined ? ['value'] : ['range'],
        message:
          f.value === undefined
            ? 'is missing: a figure states either "value" (one number) or "range" ({ "low", "high" })'
            : 'is given together with "value": a figure states one number or a range, not both',
        params: {
          fix:
            f.value === undefined
              ? 'add "value": <number>, or "range": { "low": <number>, "high": <number> } when the words give two ends'
              : 'remove "value" when the words give two ends, or remove "range" when they give one number',
        },
      });
    }
  })
  // The same rule for editors: the published JSON Schema requires exactly one of the two.
  .meta({
    oneOf: [
      { required: ['value'], properties: { value: { type: 'number' } } },
      { required: ['range'], properties: { range: { type: 'object' } } },
    ],
  });

export const chartGroupSchema = z
  .object({
    id: kebab,
    title: text,
    description: text,
    topic: text,
    figures: z.array(kebab).min(1, 'must list at least one figure id'),
    ...publishingWords,
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
    date: partialDate.describe(
      'Date of the statement or publication, as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY.',
    ),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'must be a BCP 47 tag, e.g. en'),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits'),
  })
  .strict()
  .describe('Metadata of a source document: data/sources/<id>.json beside <id>.txt');

/** data/figures.json as the build publishes it: every figure and chart group of every file. */
export const publishedFiguresSchema = z
  .object({
    $schema: z.string().describe('published-figures.schema.json'),
    version: z.number().int().min(1).describe('Version of this published shape.'),
    figures: z.array(figureSchema),
    charts: z.array(chartGroupSchema),
  })
  .strict()
  .describe('The published dataset: data/figures.json of a Cited Figures site');

/** data/sources.json as the build publishes it: each source's metadata and the path of its text. */
export const publishedSourcesSchema = z
  .object({
    $schema: z.string().describe('published-sources.schema.json'),
    version: z.number().int().min(1),
    sources: z.array(
      sourceFileSchema
        .omit({ $schema: true })
        .extend({
          path: z
            .string()
            .regex(/^data\/sources\/[a-z0-9-]+\.txt$/)
            .describe('Where the site publishes the verbatim text, relative to the site root.'),
        })
        .strict(),
    ),
  })
  .strict()
  .describe('The published source list: data/sources.json of a Cited Figures site');

export type FigureFile = z.infer<typeof figureFileSchema>;
export type SourceFile = z.infer<typeof sourceFileSchema>;

// One description of the data: the interfaces in model/figure.ts (what every layer imports, with
// their doc comments) must describe exactly what these schemas accept. A field added on one side
// only, or typed differently, fails `npm run typecheck` here.
/** True when A and B are assignable both ways (same fields, same optionality, same types). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _schemaMatchesModel = {
  quote: true satisfies Same<z.infer<typeof quoteSchema>, QuoteSelector>,
  stated: true satisfies Same<z.infer<typeof statedSchema>, StatedSpan>,
  context: true satisfies Same<z.infer<typeof contextSchema>, ContextQuote>,
  figure: true satisfies Same<z.infer<typeof figureSchema>, Figure>,
  chart: true satisfies Same<z.infer<typeof chartGroupSchema>, ChartGroup>,
  source: true satisfies Same<Omit<SourceFile, '$schema'>, Source>,
} as const;
/** The checks above, named so the compiler counts them as read (tsconfig's noUnusedLocals). */
export type SchemaMatchesModel = typeof _schemaMatchesModel;
