// The typed shape of a cited figure, its quote and its source: the vocabulary every layer shares.
// Pure types and tiny predicates; nothing here reads files, validates JSON or knows about Svelte.

import type { RecordLinks, StatRecord } from './record.ts';
import type { UNITS } from './units.ts';

/** What a figure measures: `change` = relative change in percent ("doubled" = 100),
 *  `share` = a level in percent (a part of a whole, 0–100, or a rate such as a policy rate, below
 *  zero only when its stated words write the minus: "the deposit rate at -0.5%"), `amount` = a
 *  level in `unit`. */
export type FigureKind = (typeof FIGURE_KINDS)[number];
export type FigureStatus = (typeof FIGURE_STATUSES)[number];
/** `percentage-points`: a change between two percentages, in points (never a relative change). */
export type Unit = (typeof UNITS)[number];

/** W3C Web Annotation TextQuoteSelector + TextPositionSelector, both at once.
 *  `start`/`end` count Unicode code points of the source text, `end` exclusive. */
export interface QuoteSelector {
  sourceId: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** The value's own words inside the quote ("increased 40%"), offsets in source code points. */
export interface StatedSpan {
  text: string;
  start: number;
  end: number;
}

/** A statement the figure answers or is said in reply to (Putin's "trade … is not increasing"). */
export interface ContextQuote {
  speaker: string;
  relation: string;
  quote: QuoteSelector;
  records?: RecordLinks;
}

/** Words a person wrote for publishing (share pages, embeds, image titles, alt text, captions);
 *  each is optional and replaces the generated text where it is given. */
export interface PublishingWords {
  /** One sentence that says what the chart shows ("… doubled in 2001"). */
  headline?: string;
  /** Alternative text for the chart image: what a reader who cannot see it should know. */
  alt?: string;
  /** A short note printed under the chart (an interpretation, a caveat). */
  note?: string;
}

/** Both ends of a figure stated as a range ("1 % to 1.5 %"): low < high, in the figure's unit. */
export interface ValueRange {
  low: number;
  high: number;
}

/** A figure states one number (`value`) or two ends (`range`), never both (schema.ts enforces
 *  it). Both are optional here, not a union, so `{ ...figure, value: 5 }` stays a Figure; code
 *  that needs a number narrows with `isPointFigure` or reads `figureEnds` (valueRange.ts). */
export interface FigureMagnitude {
  value?: number;
  range?: ValueRange;
}

/** Every field of a figure except its magnitude; see `Figure`. */
export interface FigureFields extends PublishingWords {
  id: string;
  label: string;
  topic: string;
  kind: FigureKind;
  unit: Unit;
  status: FigureStatus;
  /** The period the value describes ("2001"), and for changes the period it is compared with. */
  period?: string;
  basePeriod?: string;
  /** For levels: the date the value was stated as of (ISO). */
  asOf?: string;
  speaker: string;
  stated: StatedSpan;
  quote: QuoteSelector;
  context?: ContextQuote[];
  notes: string[];
  /** The chart group this figure is drawn in on the dashboard. */
  chart: string;
  /** The statistical records that speak to this figure, or where none was found. */
  records?: RecordLinks;
}

/** A cited figure: read its number with `figureEnds` / `isRangeFigure` (model/valueRange.ts). */
export type Figure = FigureFields & FigureMagnitude;
/** A figure that states one number: what the single-value chart builders draw. */
export type PointFigure = FigureFields & { value: number; range?: undefined };

/** Figures drawn together in one dashboard card: same source, same kind, same unit. */
export interface ChartGroup extends PublishingWords {
  id: string;
  title: string;
  /** The dashboard section the card stands in ("Sakhalin projects"). */
  topic: string;
  description: string;
  figures: string[];
}

export interface Source {
  id: string;
  title: string;
  publisher: string;
  /** ISO date of the statement or publication: YYYY-MM-DD, or YYYY-MM / YYYY when the source gives no more. */
  date: string;
  url: string;
  language: string;
  /** sha256 (hex) of the verbatim UTF-8 text in data/sources/<id>.txt. */
  sha256: string;
}

/** A published source: its metadata plus where the page can fetch the text. */
export interface PublishedSource extends Source {
  path: string;
}

/** Everything the pages need, as published in dist/data/. */
export interface Dataset {
  figures: Figure[];
  charts: ChartGroup[];
  sources: PublishedSource[];
  /** Statistical records the figures are read against (data/records/), when there are any. */
  records?: StatRecord[];
}

// The vocabularies, once: the types above, the zod schema (data/schema.ts) and the browser's
// check of published files (data/fetchDataset.ts) all read these.
export const FIGURE_KINDS = ['change', 'share', 'amount'] as const;
export const FIGURE_STATUSES = ['actual', 'expected'] as const;
// The units (51 currency codes) live in units.ts, which no startup code imports: the pages check
// published units by their shape (UNIT_SHAPE_RE), so the list stays out of the startup JS.
export { CURRENCY_CODES, CURRENCIES, UNITS, isCurrency } from './units.ts';
/** A unit's shape, for the browser's check of published files: the list (51 codes) stays out of
 *  the pages' startup JS, and the build's validation and the published JSON Schema hold it.
 *  @example UNIT_SHAPE_RE.test('GBP') // true */
export const UNIT_SHAPE_RE = /^(?:percent|percentage-points|[A-Z]{3})$/;
/** Version of the published data/figures.json and data/sources.json (bump on breaking change). */
export const DATASET_VERSION = 1;
