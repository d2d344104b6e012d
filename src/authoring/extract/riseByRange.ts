// Reads two sums after the "by" of a rise as the low and high of one rise, not a rise and the level
// it reached (v266). "will raise the monthly salaries of officers by S$120 to S$180": read as a rise
// of S$120 to a level of S$180, the salary would have stood at S$60 and tripled; a level under twice
// the rise means the thing at least doubled, which no rise "by" a sum tells, so the two sums are an
// estimate's or a scale's ends, one `amount` with `range`. "rises by $7.20 to $318.60" keeps its
// rise and level, and so does a fall ("cut its holdings by £40 million to £65 million", v242):
// after a fall any level may be left. Pure; it sees the words before the range and its two ends.
// v274: a fall "by" two sums that a verb of estimating or expecting foresees is an estimate's low and
// high too ("The Government estimates that the amendment will reduce annual receipts by CHF 52
// million to CHF 61 million"), as v242 reads what a supposed step would do.

import { DECREASE } from '../../model/numberVocabulary.ts';

/** Right before the first end, the "by" of a change and any hedge: "by ", "by about ". */
const BY_BEFORE_RE = /\bby\s+(?:(?:about|around|some|roughly|an\s+estimated)\s+)?$/i;

/** Where the clause of the "by" opens: after the last stop, semicolon, colon or line break. */
const CLAUSE_OPENING_RE = /[.;:\n](?!\d)/g;

/**
 * Whether two sums after a "by", `low` then `high` in one unit, are the ends of one rise: a "by"
 * right before them, no word of a fall in its clause, and the second above the first but under
 * twice it.
 * @example riseByRange('The Government will raise the monthly salaries of officers by ', 120, 180) // true
 * @example riseByRange('The pension rises by ', 7.2, 318.6) // false (a rise and the level reached)
 * @example riseByRange('The fund cut its holdings by ', 40, 65) // false (a fall and the level left)
 */
export function riseByRange(before: string, low: number, high: number): boolean {
  if (!BY_BEFORE_RE.test(before) || !(low > 0 && high > low && high < 2 * low)) return false;
  const opening = Math.max(0, ...[...before.matchAll(CLAUSE_OPENING_RE)].map((m) => m.index + 1));
  return !DECREASE.test(before.slice(opening));
}

/** Right before the first end, a change an estimate or an expectation foresees, then its "by": "estimates
 *  that the amendment will reduce annual receipts by ", "expects the Order to lower its drug outlays
 *  by ", "is projected to cut costs by about ". */
const FORESEEN_CHANGE_BY_BEFORE_RE =
  /\b(?:expects?|expected|estimates?|estimated|projects?|projected|forecasts?|forecasted|predicts?|predicted|anticipates?|anticipated)\b[^.;:\d]{0,80}?\b(?:will|to|would|could|may|might)\s+(?:(?:also|only|still|further)\s+)?(?:raise|lower|increase|reduce|cut|boost|lift|save|decrease|add\s+to)\b[^.;:\d]{0,60}?\bby\s+(?:(?:about|around|some|roughly|an\s+estimated)\s+)?$/i;

/**
 * Whether two sums after a "by", `low` then `high` in one unit, are the ends of one change an
 * estimate or an expectation foresees, a fall as well as a rise: a verb of estimating or expecting,
 * the change's verb after "will", "to" or a modal, its "by" right before them, and the second above
 * the first but under twice it (v274).
 * @example foreseenChangeByRange('The Government estimates that the amendment will reduce annual receipts by ', 52e6, 61e6) // true
 * @example foreseenChangeByRange('The fund cut its holdings by ', 40e6, 65e6) // false (a fall and the level left)
 * @example foreseenChangeByRange('The board expects the levy to raise revenue by ', 2e6, 30e6) // false (a change and the level)
 */
export function foreseenChangeByRange(before: string, low: number, high: number): boolean {
  return low > 0 && high > low && high < 2 * low && FORESEEN_CHANGE_BY_BEFORE_RE.test(before);
}
