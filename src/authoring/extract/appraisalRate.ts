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

/** v191: future flows a valuation discounts, before "discounted" or after "discounting": "Future
 *  repayments were discounted at", "by discounting expected repayments at", "discounting
 *  estimated future cash flows at". The present value they make is what is appraised, named or
 *  not ("the fair value", "the retention value"). */
const FUTURE_FLOWS = String.raw`(?:future|expected|projected|estimated|anticipated)\s+(?:[\w-]+\s+){0,2}?(?:cash[\s-]?flows?|repayments?|payments?|receipts?|benefits?|collections?|revenues?|income|flows?|losses)\b`;
const DISCOUNTED_FLOWS_RE = new RegExp(
  String.raw`\b${FUTURE_FLOWS}[^.;]{0,40}?\bdiscounted\b|\bdiscounting\s+(?:the\s+|all\s+)?${FUTURE_FLOWS}`,
  'i',
);
/** Before a number, a prior year's bracket: "(2031: ", "(2033-34: ". */
const PRIOR_BRACKET_BEFORE_RE = /\(\s*(?:FY\s*)?\d{4}(?:[-–]\d{2,4})?\s*:\s*$/;

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
  if (!APPRAISED_RE.test(sentence) && !DISCOUNTED_FLOWS_RE.test(sentence)) return false;
  const start = m.own ?? m.start;
  const before = sentence.slice(0, start);
  // "were discounted at 6.1% (2033: 5.8%)": a prior year's rate in the bracket is the same
  // parameter's (v191).
  const bracket = PRIOR_BRACKET_BEFORE_RE.exec(before);
  if (bracket) {
    const outside = before.slice(0, bracket.index).trimEnd();
    const last = /\d[\d.,]*\s?(?:%|per\s?cent|percent)$/i.exec(outside);
    return last !== null && appraisalRate(sentence, { start: last.index, end: outside.length });
  }
  if (YARDSTICK_OF_BEFORE_RE.test(before) || DISCOUNTED_AT_BEFORE_RE.test(before)) return true;
  if (!METHOD_BEFORE_RE.test(before)) return false;
  // The number's own unit, then the yardstick's words after it.
  const after = sentence
    .slice(start)
    .replace(/^[^\s\d]{0,4}\s?\d[\d.,]*\s?(?:%|per\s?cent|percent)?/i, '');
  if (YARDSTICK_AFTER_RE.test(after)) return true;
  // "at the Treasury's discount rate of 3.5%, rather than the 0.7% rate used for the accounts":
  // a bare rate set against a yardstick named before it is the other parameter (v191).
  const yardstickBefore = new RegExp(String.raw`\b${YARDSTICK}\b|\bdiscounted\s+at\b`, 'i');
  return (
    /^\s*rates?\b/i.test(after) && /\bthan\s+the\s+$/i.test(before) && yardstickBefore.test(before)
  );
}
