// The cells of a table of levels a decision set (v204): "Table 1. HFEP allocations approved in the
// FY 2035 GAA, by region (₱ million)" over "| NCR | 4,812.6 | 4,390.2 | 9.6 |", or "Minimum Support
// Prices for Rabi Crops" over "| Wheat | ₹2,585 | ₹2,735 | 150 | 5.8 |" in a release titled
// "Cabinet approves Minimum Support Prices …": a column of a year not yet over holds the levels
// decided for it, actual, as the sentence "The MSP for wheat has been raised … to ₹2,735" is.

import { lineAt, linesTo } from './structure.ts';

/** Words that leave the levels undecided or make them a forecast: a draft, a proposal, a
 *  recommendation, a request, a projection, an estimate, "to be set". */
const UNDECIDED_RE =
  /\b(?:draft|propos\w*|recommend\w*|request\w*|sought|consult\w*|project\w*|forecast\w*|estimat\w*|expected|indicative|planned|target\w*|(?:to|will|would|may)\s+be)\b/i;

/** A caption's closing lead-in to the table by "will be" or "shall be": "The noise charge per
 *  movement will be:", "The new fees shall be as follows:" (v234). */
const LEAD_IN_WILL_RE =
  /\b(?:will|shall)\s+(?:(?:now|also|then)\s+)?be(?:\s+as\s+follows)?\s*:\s*$/i;

/** A caption that names its levels as decided by a past participle: "allocations approved in the
 *  FY 2035 GAA", "Fees set by the Council", "Grants allocated under the Act" (not "set out"). */
const CAPTION_DECIDED_RE =
  /\b(?:approved|allocated|appropriated|adopted|enacted|fixed|determined|notified|set(?!\s+out\b))\b/i;

/** What a decision sets a level of: prices, charges, rates, rents, fees, fares, tariffs, dues,
 *  grants, allocations ("Table 1: Store and stand rents" under "The Board … approved the following
 *  charges"; v244). */
const LEVELS = String.raw`prices?|charges?|rates|rents|fees?|fares?|tariffs?|dues|grants?|allocations?|MSPs?`;
const LEVELS_RE = new RegExp(String.raw`\b(?:${LEVELS})\b`, 'i');

/** A title line whose verb decides levels: "Cabinet approves Minimum Support Prices", "Transport
 *  Authority sets fares", "Board fixed the dues". */
const TITLE_DECIDES_RE = new RegExp(
  String.raw`\b(?:approves|approved|sets|fixes|fixed|determines|determined|notifies|notified|adopts|adopted)\b(?!\s+out\b)[^\n.;:]{0,80}?\b(?:${LEVELS})\b`,
  'i',
);

/**
 * Whether a table whose caption is `caption`, in a document whose title and opening lines are
 * `titleAndTop`, holds levels a decision set: its caption names them as approved, allocated or set,
 * or names prices, charges, fees or grants and a title line decides such levels. A caption or
 * title line that proposes, recommends, projects or estimates decides nothing. A caption that leads
 * in with "will be:" in a document that records its instrument as made (`made`: "The Amendment
 * Rules …, made by the Chief Justice, were published in the Gazette" over "The fees payable from 1
 * October 2032 will be:") needs no title line of its own (v244).
 * @example decidedTable('HFEP allocations approved in the FY 2035 GAA', '') // true
 * @example decidedTable('Minimum Support Prices for Rabi Crops', 'Cabinet approves Minimum Support Prices') // true
 * @example decidedTable('Recommended support prices', 'Commission recommends support prices') // false
 */
export function decidedTable(caption: string, titleAndTop: string, made = false): boolean {
  // "The noise charge per movement will be:": the caption's own "will be" leads in to the table's
  // levels, no decision still to come (v234); the title line must still decide them.
  const leadIn = LEAD_IN_WILL_RE.test(caption);
  caption = caption.replace(LEAD_IN_WILL_RE, '');
  if (caption.trim() === '' || UNDECIDED_RE.test(caption)) return false;
  if (leadIn) return LEVELS_RE.test(caption) && (made || titleDecides(titleAndTop));
  if (CAPTION_DECIDED_RE.test(caption)) return true;
  if (!LEVELS_RE.test(caption)) return false;
  return titleDecides(titleAndTop);
}

/** A title or opening line that decides levels, naming nothing undecided. */
const titleDecides = (titleAndTop: string): boolean =>
  titleAndTop.split('\n').some((line) => TITLE_DECIDES_RE.test(line) && !UNDECIDED_RE.test(line));

/**
 * The caption of the pipe table whose row holds offset `at` (UTF-16) of `text`, the row being no
 * header and holding no word that leaves its levels undecided: the last line with words above the
 * table's first row; undefined when `at` is in no pipe table's row.
 * @example pipeTableCaption('Fees set\n\n| A | 2035 |\n|---|---|\n| B | $4 |', 33) // 'Fees set'
 */
export function pipeTableCaption(text: string, at: number): string | undefined {
  const row = lineAt(text, at);
  if (!row.trimStart().startsWith('|') || UNDECIDED_RE.test(row)) return undefined;
  const { above } = linesTo(text, at);
  while (above.length > 0 && (above.at(-1) ?? '').trimStart().startsWith('|')) above.pop();
  while (above.length > 0 && (above.at(-1) ?? '').trim() === '') above.pop();
  return above.at(-1)?.trim();
}
