// The later end of a path a decision's sentence runs on to (v281): "The Budget allocates R312.4
// billion to social grants in 2033/34, rising to R341.7 billion in 2035/36". The verb of the
// decision puts money for its own period; the participle that carries the sum on to a later period
// not yet over ("rising to", "growing to") is the medium-term projection of it, expected, not the
// decision (README, Status: a forecast of a period not yet over). Pure text work; the caller tells
// whether a period is over.

/** Up to a sum, after a comma, a participle that carries the figure before it on to a later level:
 *  ", rising to ", ", growing to about ", ", increasing to R", ", falling to ". */
const PATH_PARTICIPLE_BEFORE_RE =
  /,\s+(?:and\s+)?(?:rising|growing|increasing|climbing|falling|declining|decreasing|easing)\s+(?:further\s+)?to\s+(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right after the sum, the later period it is for: " in 2035/36", " by 2036", " in fiscal 2035". */
const LATER_PERIOD_AFTER_RE =
  /^\s+(?:a\s+year\s+)?(?:in|by|for)\s+(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)?((?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?)\b/i;
/** A year or a fiscal year named in the words before the participle: the decision's own period. */
const YEAR_RE = /\b(?:19|20)\d\d(?:[-–/]\d{2,4})?\b/;

/**
 * Whether the sum is the later end of a path that a sentence of a decision runs on to, for a later
 * period not yet over: the lead before the participle names the decision's own period, the sum's
 * own period follows it, and `over` says that period is not over.
 * @example pathBeyondDecision('The Budget allocates R312.4 billion to social grants in 2033/34, rising to R', ' in 2035/36.', () => false) // true
 * @example pathBeyondDecision('The Budget allocates R312.4 billion, rising to R', '.', () => false) // false
 * @example pathBeyondDecision('Spending was $4 billion in 2030, rising to $', ' in 2032.', () => true) // false
 */
export function pathBeyondDecision(
  lead: string,
  after: string,
  over: (period: string) => boolean,
): boolean {
  const path = PATH_PARTICIPLE_BEFORE_RE.exec(lead);
  if (path === null || !YEAR_RE.test(lead.slice(0, path.index))) return false;
  const period = LATER_PERIOD_AFTER_RE.exec(after);
  return period !== null && !over(period[1]!);
}
