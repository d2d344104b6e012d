// The cells of a fee or rate table a body has set, under a lead-in whose perfect or present passive
// verb of setting points at the table (v218): "The Minister of Fisheries and Wildlife has set the
// fees below for every licence sold from April 1, 2034 to March 31, 2035." over "| Resident annual |
// $29.00 | $29.75 | 2.6 |", "The charges below have been set by the Water Board", "Residence fees
// for 2035-36 are set as follows." The new year's column is set, the old year's column is the level
// in force and the change between them is the change set: every cell is actual, though its year
// has not begun. Pure text work; the caller decides the status.

import { lineAt } from './structure.ts';

/** The verbs of setting a level: set, fixed, determined, approved, adopted, prescribed, confirmed
 *  (not "set out", which a plan or a consultation does too). */
const SET_VERB = String.raw`(?:set(?!\s+out\b)|fixed|determined|approved|adopted|prescribed|confirmed)`;

/** What a body sets the level of: fees, charges, rates, dues, fares, tariffs, prices, tolls, levies,
 *  duties, premiums, contributions, payments. */
const LEVELS = String.raw`(?:fees?|charges?|rates?|dues|fares?|tariffs?|prices?|tolls?|levies|levy|duties|premiums?|contributions?|payments?)`;

/** Words that point at the table or list after the sentence: "below", "set out below", "in the
 *  tables below", "the following". */
const POINTS_AT = String.raw`(?:(?:set\s+out|listed|shown|given)\s+)?(?:below|in\s+(?:the\s+)?tables?\s+below)`;

/** A lead-in that says a body has set the levels the table below holds: a perfect of setting with
 *  the levels and their pointer as its object ("has set the fees below", "have determined the
 *  charges below", "has fixed the following fees"), the levels and their pointer as the subject of
 *  a passive perfect ("The charges below have been set by the Board"), or the levels put "as
 *  follows" by a present or perfect passive ("Residence fees … are set as follows"). */
const LEAD_IN_RE = new RegExp(
  [
    String.raw`\b(?:has|have)\s+(?:now\s+|today\s+|also\s+)?${SET_VERB}\s+(?:the\s+)?(?:following\s+(?:[\w'’-]+\s+){0,3}?${LEVELS}\b|(?:[\w'’()-]+\s+){0,4}?${LEVELS}\s+${POINTS_AT}\b)`,
    String.raw`\b${LEVELS}\s+${POINTS_AT}\s+(?:have|has)\s+(?:now\s+)?been\s+${SET_VERB}\b`,
    String.raw`\b${LEVELS}\b[^.:;]{0,100}?\b(?:are|is|have\s+been|has\s+been)\s+(?:hereby\s+)?${SET_VERB}\s+as\s+follows\b`,
  ].join('|'),
  'i',
);

/** Words that leave the levels undecided or make them a forecast: a draft, a proposal, a
 *  consultation, a projection, an estimate, a decision still to come ("will set", "to be set"). */
const UNDECIDED_RE =
  /\b(?:draft|propos\w*|recommend\w*|request\w*|sought|consult\w*|project(?:ed|ions?|ing)|forecast\w*|estimat\w*|expect\w*|indicative|planned|subject\s+to|(?:to|will|would|may|might|could|should)\s+(?:be\s+|now\s+)?(?:set|fixed|determined|approved|adopted|prescribed|confirmed))\b/i;

/** How far before the table the lead-in may stand: a paragraph or two of notes, a caption and
 *  the tables it heads before this one. */
const REACH = 1600;

/** The start of the pipe table whose row holds offset `at`, or undefined when the line is none. */
function tableStart(text: string, at: number): number | undefined {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  if (!text.slice(start).trimStart().startsWith('|')) return undefined;
  while (start > 0) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    if (!text.slice(prev, start).trimStart().startsWith('|')) break;
    start = prev;
  }
  return start;
}

/**
 * Whether the pipe table whose row holds offset `at` (UTF-16) of `text` holds levels a lead-in
 * before it says a body has set: a sentence in the text up to the table (within a short reach)
 * whose perfect or present passive verb of setting points at the levels below ("has set the fees
 * below", "The charges below have been set", "are set as follows"), naming no proposal, forecast
 * or decision still to come, while the table's caption, its header and the row name none either.
 * @example setLeadInTable('The Board has set the fees below.\n\nPermits\n| A | 2035 |\n|---|---|\n| B | $4 |', 71) // true
 * @example setLeadInTable('The Board will set the fees below.\n\nPermits\n| A | 2035 |\n|---|---|\n| B | $4 |', 72) // false
 */
export function setLeadInTable(text: string, at: number): boolean {
  const start = tableStart(text, at);
  if (start === undefined) return false;
  const header = text.slice(start, text.indexOf('\n', start));
  const row = lineAt(text, at);
  if (UNDECIDED_RE.test(header) || UNDECIDED_RE.test(row)) return false;
  const before = text.slice(Math.max(0, start - REACH), start);
  // The caption: the last line with words above the table.
  const caption =
    before
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .at(-1) ?? '';
  if (UNDECIDED_RE.test(caption)) return false;
  return before
    .split(/(?<=[.!?:])\s+|\n/)
    .some((sentence) => LEAD_IN_RE.test(sentence) && !UNDECIDED_RE.test(sentence));
}

/** A caption that names the rates, fees, charges, duties or levies of a tax or a charge ("NLT
 *  rates", "Duty rates per litre", "Licence fees"), no rate of an outcome, interest or exchange. */
const CHARGE_CAPTION_RE =
  /^(?![^\n]*\b(?:growth|interest|inflation|exchange|unemployment|return|yield|receipts?|revenues?|take[- ]?up|participation|tax\s+base)\b)[^\n]*\b(?:rates|fees|charges|duties|levies|tariffs|tolls|fares|dues)\b/i;

/** A sum of money in a row: a currency sign, or a currency's letters right before a digit ("R247
 *  500", "Rs 4,00,000", "KSh 120", "CHF 2,064"; v281: the rand's "R" is no sign). */
const MONEY_IN_ROW_RE = /\p{Sc}|(?<![\p{L}\d])(?:R|Rs\.?|KSh|RM|[A-Z]{3})\s?\d/u;

/**
 * Whether the pipe table whose row holds offset `at` (UTF-16) of `text` is a table of the rates a
 * budget sets, in a document whose stage is a budget that sets its levels (`setting`, from
 * documentStage's settingBudget): its caption names rates, fees, charges or duties, the row holds a
 * sum of money, and no caption, header or row word leaves them undecided ("C.3 NLT rates" over "|
 * Standard rate (per tonne) | £131.40 | £135.25 | +2.9% |" in a budget annex; v218: the budget
 * sets the new year's rate as its sentences do, and the old year's is in force).
 * @example budgetRateTable('C.3 NLT rates\n\n| Rate | 2034-35 |\n|---|---|\n| Standard | £135.25 |', 48, true) // true
 */
export function budgetRateTable(text: string, at: number, setting: boolean): boolean {
  if (!setting) return false;
  const start = tableStart(text, at);
  if (start === undefined) return false;
  const header = text.slice(start, text.indexOf('\n', start));
  const row = lineAt(text, at);
  if (UNDECIDED_RE.test(header) || UNDECIDED_RE.test(row) || !MONEY_IN_ROW_RE.test(row))
    return false;
  const caption =
    text
      .slice(0, start)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .at(-1) ?? '';
  return CHARGE_CAPTION_RE.test(caption) && !UNDECIDED_RE.test(caption);
}
