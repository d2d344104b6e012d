// The kind a pipe table's column or row gives a cell written with its percent (v284): a column
// headed by a change ("| Monthly change |", "| Change from previous year |") holds changes, and a
// column or row that names a level (a rate, a premium, a ratio, a buffer) holds levels, whatever
// change the table's other columns, its title or the prose before it name. Deposit insurers,
// bank-levy reports and statistics releases set a level beside its change so:
//   "| Fiscal year | Effective rate | Change from previous year |" ⏎ "| FY2030 | 0.018% | -0.003
//   percentage points |": 0.018% a `share`, the points a `change`;
//   "| Parameter | Current law | Bill as amended |" ⏎ "| Monthly rate, banks | 0.0366% | 0.0440% |":
//   both `share`s;
//   "| Estimate | July | August | Monthly change |" ⏎ "| Hours worked | 2 001.4 | 1 989.5 | -0.6% |":
//   −0.6 a `change`.
// A level named as a rate of change ("Growth rate", "Inflation rate", "Rate of increase") is none.
// Pure text work on the words before one cell (its lead); it knows nothing of figures.

import { pipeCell } from '../../model/pipeColumn.ts';

/** Words that name a change or a measure of change: a column or row holding them is no level. */
const CHANGE_WORD_RE =
  /\b(?:changes?|growth|increases?|decreases?|rises?|falls?|declines?|reductions?|cuts?|inflation|deflation|movements?|variations?|differences?|[ymq]-o-[ymq]|y\/y|yoy|(?:year|month|quarter)-(?:on|over)-(?:year|month|quarter)|upratings?|indexations?|adjustments?|returns?)\b/i;

/** A header cell that names a change as its noun, with a word or two of which change before it
 *  and what it is measured against after it: "Change", "Monthly change", "Annual change (%)",
 *  "Change from previous year", "Change on a year earlier". A share, number or rate of changes
 *  ("Share of change", "Rate of change") names none. */
const CHANGE_HEADER_RE =
  /^\s*(?:(?!(?:shares?|numbers?|proportions?|rates?|of)\b)[\w-]+\s+){0,2}(?:changes?|growth)(?:\s+(?:from|on|over|since|to|against|vs\.?|versus)\s+[^|()]{1,40}?)?\s*(?:\((?:%|per\s?cent|percent)\))?\s*$/i;

/** A header cell, row label or group that names a level as its noun: "Effective rate", "Monthly
 *  rate, banks", "Premium rate", "Capital ratio", "Levy", "Buffer requirement", "Limit", "the
 *  average fixed rate", "the saving ratio", "Share", "Margin". */
export const LEVEL_NOUN_RE =
  /\b(?:rates?|ratios?|premiums?|lev(?:y|ies)|buffers?|requirements?|limits?|caps?|yields?|levels?|shares?|balances?|margins?|spreads?)\b/i;

/** The title line right above a pipe table's header, from a cell's lead ('' when none). */
function titleAbove(lead: string): string {
  const lines = lead.split('\n');
  let h = lines.length - 1;
  while (h > 0 && /^\s*\|/.test(lines[h - 1]!)) h--;
  return h > 0 ? lines[h - 1]! : '';
}

/**
 * The kind a pipe cell's column or row names for it, or undefined when they name none: `change`
 * under a header that names a change; `share` under a header that names a level and no change,
 * on a row that names no change, and so on a row that names a level under a header and a title
 * that name no change.
 * @example pipeCellKind('| Year | Effective rate | Change from previous year |\n|---|---|---|\n| FY2030 | ') // 'share'
 * @example pipeCellKind('| Item | July | August | Monthly change |\n|---|---|---|---|\n| Hours | 2.1 | 2.0 | ') // 'change'
 * @example pipeCellKind('| Item | 2034 | 2035 |\n|---|---|---|\n| Growth rate | ') // undefined
 */
export function pipeCellKind(lead: string): 'share' | 'change' | undefined {
  const cell = pipeCell(lead);
  if (!cell) return undefined;
  if (CHANGE_HEADER_RE.test(cell.header)) return 'change';
  if (CHANGE_WORD_RE.test(cell.header) || CHANGE_WORD_RE.test(cell.label)) return undefined;
  if (LEVEL_NOUN_RE.test(cell.header)) return 'share';
  if (LEVEL_NOUN_RE.test(cell.label) && !CHANGE_WORD_RE.test(titleAbove(lead))) return 'share';
  return undefined;
}
