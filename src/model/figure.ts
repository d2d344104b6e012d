// The typed shape of a cited figure, its quote and its source: the vocabulary every layer shares.
// Pure types and tiny predicates; nothing here reads files, validates JSON or knows about Svelte.

import type { RecordLinks, StatRecord } from './record.ts';

/** What a figure measures: `change` = relative change in percent ("doubled" = 100),
 *  `share` = percent of a whole, `amount` = a level in `unit`. */
export type FigureKind = 'change' | 'share' | 'amount';
export type FigureStatus = 'actual' | 'expected';
export type Unit = 'percent' | 'USD' | 'JPY' | 'EUR' | 'RUB';

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

export interface Figure {
  id: string;
  label: string;
  topic: string;
  kind: FigureKind;
  value: number;
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

/** Figures drawn together in one dashboard card: same source, same kind, same unit. */
export interface ChartGroup {
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
  /** ISO date of the statement or publication (YYYY-MM-DD). */
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

export const FIGURE_KINDS: readonly FigureKind[] = ['change', 'share', 'amount'];
export const UNITS: readonly Unit[] = ['percent', 'USD', 'JPY', 'EUR', 'RUB'];
export const CURRENCIES: readonly Unit[] = ['USD', 'JPY', 'EUR', 'RUB'];

/** True when the unit is a currency code. @example isCurrency('USD') // true */
export function isCurrency(unit: Unit): boolean {
  return CURRENCIES.includes(unit);
}
