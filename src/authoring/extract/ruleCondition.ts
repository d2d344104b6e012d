// One reader of a bound inside a rule's condition: the gap by which one measure must pass or miss
// another for a rule to act ("Where petroleum revenues collected in a financial year exceed the
// estimated petroleum revenues for that year by more than 5 per cent, not less than 60 per cent of
// the excess shall be deposited", "Section 24 permits a withdrawal where petroleum receipts for a
// quarter fall short of one quarter of the budgeted amount by more than 25 percent"). The gap
// sorts the years, quarters or cases the rule applies to, a criterion, no level measured (README,
// Traps: a bound in a rule's condition, v183). The condition is opened by "where", "if",
// "whenever", "when", "provided that" or "in any year in which", and its verb of passing or
// missing is in the present. The same gap told of a past year ("Revenue exceeded the estimate by
// more than 5 per cent in 2033", "Where tolls rose by more than 5 per cent in 2033"), after a
// cause ("Because receipts fell short of the budget by 31.6 percent") or with no condition ("Sales
// exceed the forecast by 4 per cent this year") keeps its reading. Pure text work on one sentence;
// it knows nothing of figures.

/** The word that opens a condition: "where", "if", "when", "whenever", "wherever", "provided
 *  that", "in any year in which", "in each quarter in which", and an inverted "Should" at the
 *  sentence's opening or after a comma before its subject's determiner ("Should actual volumes
 *  fall short of the forecast by more than 10%", "…, should the outturn exceed …": v232). A modal
 *  "should" after its subject ("Revenue should exceed the forecast by 4 per cent") opens none. */
const CONDITION_OPENING = String.raw`(?:\b(?:where|if|when|whenever|wherever|provided\s+that|in\s+(?:any|each|every)\s+(?:[\w-]+\s+){1,2}?in\s+which)\s|^\s*["“]?should\s|,\s*should\s+(?=(?:the|its|their|our|actual|any|an?)\s))`;

/** A verb of passing or missing another measure, in the present ("exceed", "falls short of",
 *  "falls below", "is lower than", "are above", "deviates from", "overruns"). */
const GAP_VERB_PRESENT = String.raw`(?:exceeds?|surpass(?:es)?|overruns?|overshoots?|undershoots?|outperforms?|underperforms?|lags?|trails?|falls?\s+(?:short\s+of|below|under|behind)|drops?\s+(?:below|under)|rises?\s+above|goes\s+(?:above|below|over|under)|(?:is|are)\s+(?:(?:more|less|lower|higher|greater|smaller)\s+than|above|below|under|over|short\s+of|behind|ahead\s+of)|(?:differs?|deviates?|departs?)\s+from)`;

/** Right before the number: the condition, its present verb of passing or missing, what it passes
 *  (no clause's end nor comma from the opening to the number: "If contribution income grows as
 *  slowly as in 2033, revenue could fall short of the plan by up to PLN 3 billion" forecasts a
 *  gap in its main clause, and "If catches exceed the reference tonnage, the EU
 *  contribution is raised by €190" is the rule's own step after its condition), then "by" and a
 *  bound or a hedge ("by more than ", "by at least ", "by not less than ", "by "). */
const CONDITION_GAP_BEFORE_RE = new RegExp(
  String.raw`${CONDITION_OPENING}(?:[^.;:,]|[.,]\d)*?\b${GAP_VERB_PRESENT}\b(?:[^.;:,]|[.,]\d)*?\bby\s+(?:(?:more\s+than|at\s+least|over|(?:not|no)\s+(?:less|more)\s+than|less\s+than|up\s+to|at\s+most)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** Between the condition's opening and the number, a past or a perfect says the gap was measured,
 *  no criterion ("where revenue was higher than forecast by", "if receipts had exceeded"). */
const PAST_IN_CONDITION_RE = /\b(?:was|were|had|did)\b/i;

/**
 * Whether the number starting at `digit` (its first digit) is the gap a rule's condition sets
 * between two measures: a present verb of passing or missing after "where", "if", "when" and the
 * like, then "by" and an optional bound right before the number.
 *
 * @example conditionGap('Where revenues exceed the estimate by more than 5 per cent, the excess shall be saved.', 43) // true
 * @example conditionGap('Revenue exceeded the estimate by more than 5 per cent in 2033.', 43) // false
 */
export function conditionGap(sentence: string, digit: number): boolean {
  const lead = sentence.slice(0, digit);
  const found = CONDITION_GAP_BEFORE_RE.exec(lead);
  if (found === null) return false;
  // The last condition's opening rules: "If sales, which were weak, exceed …" is rare; a past
  // anywhere inside the condition reads it as told.
  return !PAST_IN_CONDITION_RE.test(found[0]);
}
