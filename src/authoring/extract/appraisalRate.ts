// The rate an appraisal measures a present value or a return at, or tests a return against: "at
// a 12% social discount rate", "using a discount rate of 6 percent", "Discounted at 7 per cent",
// "well above the 9% economic opportunity cost of capital", "exceeds the 7% hurdle rate". A
// parameter the appraisal is computed with, as a formula's constant is, no measure of anything
// (v129). It is one only in a sentence that names what is appraised (a net present value, an
// internal rate of return, a benefit-cost ratio, a grant element): a central bank's discount rate
// ("raised its discount rate to 5.25%") and a regulator's allowed cost of capital ("The allowed
// WACC is 5.4%") keep their reading.
// Pure text work on one sentence; it knows nothing of figures.

/** What an appraisal measures: a present value, an internal rate of return, a benefit-cost ratio,
 *  a grant element, or their acronyms. */
const APPRAISED_RE =
  /\b(?:(?:net\s+)?present\s+values?|[EF]?NPVs?|internal\s+rates?\s+of\s+return|[EF]?IRRs?|benefit[- ](?:to[- ])?cost\s+ratios?|BCRs?|grant\s+elements?)\b/i;

/** The yardstick's noun: a discount rate (or rate of discount), a hurdle rate, a cost of capital,
 *  weighted or not ("the economic opportunity cost of capital", "a real weighted average cost of
 *  capital", "WACC"). */
const YARDSTICK = String.raw`(?:discount\s+rates?|rates?\s+of\s+discount|hurdle\s+rates?|(?:weighted\s+average\s+)?cost\s+of\s+capital|WACC)`;

/** Before the number, the yardstick named with "of" or "at": "a discount rate of ", "a real
 *  weighted average cost of capital of ", "the hurdle rate of ". */
const YARDSTICK_OF_BEFORE_RE = new RegExp(String.raw`\b${YARDSTICK}\s+(?:of|at)\s+$`, 'i');
/** Before the number, a method's or a test's preposition and an article, up to three words:
 *  "at a ", "using an ", "above the ", "against a ", "exceeds the ". */
const METHOD_BEFORE_RE =
  /\b(?:at|using|applying|with|assuming|above|below|over|under|against|exceeds?|exceeding|beats?|clears?|than)\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?$/i;
/** After the number (and its unit), up to four words and the yardstick: " social discount rate",
 *  " economic opportunity cost of capital", " Green Book discount rate". */
const YARDSTICK_AFTER_RE = new RegExp(
  String.raw`^\s*(?:[\w-]+\s+){0,4}?(?:opportunity\s+)?${YARDSTICK}\b`,
  'i',
);
/** Before the number, a participle of discounting: "Discounted at ", "discounted at a rate of ". */
const DISCOUNTED_AT_BEFORE_RE = /\bdiscounted\s+at\s+(?:an?\s+(?:[\w-]+\s+)?rate\s+of\s+)?$/i;

/** Where the number the match states starts and ends. */
interface RateMatch {
  start: number;
  end: number;
  own?: number;
  ownEnd?: number;
}

/**
 * Whether the number at `m` is the rate an appraisal is computed at or a return tested against,
 * in a sentence that names what is appraised.
 * @example appraisalRate('The NPV is $9 million at a 12% social discount rate.', { start: 29, end: 32 }) // true
 * @example appraisalRate('The bank raised its discount rate to 5.25%.', { start: 37, end: 42 }) // false
 */
export function appraisalRate(sentence: string, m: RateMatch): boolean {
  if (!APPRAISED_RE.test(sentence)) return false;
  const start = m.own ?? m.start;
  const before = sentence.slice(0, start);
  if (YARDSTICK_OF_BEFORE_RE.test(before) || DISCOUNTED_AT_BEFORE_RE.test(before)) return true;
  if (!METHOD_BEFORE_RE.test(before)) return false;
  // The number's own unit, then the yardstick's words after it.
  const after = sentence
    .slice(start)
    .replace(/^[^\s\d]{0,4}\s?\d[\d.,]*\s?(?:%|per\s?cent|percent)?/i, '');
  return YARDSTICK_AFTER_RE.test(after);
}
