// Reads a rate an actuarial projection finds, named by its noun: the minimum, required,
// steady-state, break-even or level contribution rate, the pay-as-you-go cost rate, the general
// average premium, the MCR (README, "The calls", Status: a projection's result is expected). Such a
// rate is what the projection says the scheme would need, not a rate anyone has set or paid; the
// legislated or current rate beside it keeps its reading. Pure; it sees one sentence around one
// number.

/** The noun of a rate a projection finds: "minimum contribution rate", "the first and second
 *  additional minimum contribution rates", "steady-state contribution rate", "pay-as-you-go cost
 *  rate", "general average premium", "MCR", "the contribution rate required to". */
const RESULT_RATE = String.raw`(?:(?:minimum|required|steady[- ]state|break[- ]even|level|pay[- ]as[- ]you[- ]go|PAYG)\s+(?:[\w-]+\s+)?(?:contribution|cost|premium)\s+rates?|general\s+average\s+premiums?|cost\s+rates?|MCRs?|(?:contribution|premium)\s+rates?\s+(?:required|needed|necessary)\s+to)`;

/** The sentence up to the number opens on such a rate as its subject (with up to four words of
 *  which or whose before it, and any words after it up to its verb), then a present verb of level
 *  or change and any words, with no stop between. */
const SUBJECT_RE = new RegExp(
  String.raw`^\s*(?:[-•*]\s*)?(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?${RESULT_RATE}\b(?:[^.;:]|\.\d)*?\s(?:is|are|remains?|stands?|rises?|falls?|increases?|decreases?|reaches|climbs?|settles?|will\s+be)\b(?:[^.;:]|\.\d)*$`,
  'i',
);

/** Words that make the rate one set or measured now, or told in the past: "legislated",
 *  "statutory", "current", "was", "had". */
const SET_OR_PAST_RE =
  /\b(?:legislated|statutory|current(?:ly)?|actual|paid|levied|was|were|had|has\s+been|rose|fell|stood)\b/i;

/**
 * Whether the number after `lead` (its sentence up to the number) is a rate a projection finds, in
 * a sentence whose subject names it ("The minimum contribution rate (MCR) required to sustain the
 * base CPP is 9.74% for the years 2037 to 2049 and 9.71% thereafter, compared with 9.58% and 9.56%
 * in the 34th report", "The pay-as-you-go cost rate rises to 9.8 per cent in 2060 and 16.4 per
 * cent in 2112"): expected, the earlier report's result beside it too (v155). The legislated or
 * current rate and a rate told in the past keep their reading.
 * @example projectedRate('The steady-state contribution rate is ') // true
 * @example projectedRate('The current pay-as-you-go cost rate is ') // false
 */
export function projectedRate(lead: string): boolean {
  return SUBJECT_RE.test(lead) && !SET_OR_PAST_RE.test(lead);
}
