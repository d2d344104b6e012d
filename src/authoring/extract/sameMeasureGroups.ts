// Reads a gap between the same measure of two groups at one time, both named by the same compound
// with a different first word (v265, from ho309): "New tenancy rents were 20.1% higher than
// existing tenancy rents", "Urban household incomes are 12 per cent above rural household
// incomes", "Diesel car prices were 8% higher than petrol car prices". The compound ("tenancy
// rents") names the measure and the class it is taken over; the words before it pick two groups of
// that class, so the gap is two levels side by side, no change (README, Traps: v72's gap to another
// group, v265). The same measure at another time or as planned ("than last year's tenancy rents",
// "than budgeted tenancy rents") and a compound the subject does not repeat ("than the existing
// tariff") keep their reading. Pure; it reads one sentence.

/** A number in percent or points, a comparative and "than": "20.1% higher than ", "3 percentage
 *  points lower than ". */
const GAP_THAN_RE =
  /^[-–−+]?\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage[\s-]+points?|points?)\s+(?:higher|lower|more|less|greater|smaller|larger|above|below|dearer|cheaper)\s+(?:than\s+)?/i;
/** Small words that name no group, class or measure. */
const FUNCTION_WORD = String.raw`(?:the|an?|in|of|on|at|to|for|by|from|with|and|or|than|that|this|its|their|first|second|third|half|year|month|quarter|period|same)`;
/** After "than", an article at most, one word that picks the other group, and the two-word compound
 *  of the measure, its head a plural ("tenancy rents", "network charges"; groups `pick`, `kind`,
 *  `head`), the clause ending or a phrase of place or time following. */
const OTHER_COMPOUND_RE = new RegExp(
  String.raw`^(?:the\s+)?(?<pick>(?!${FUNCTION_WORD}\b)[a-z][\w'’-]{2,})\s+(?<kind>(?!${FUNCTION_WORD}\b)[a-z][\w'’-]{2,})\s+(?<head>(?!${FUNCTION_WORD}\b)[a-z][\w'’-]+s)(?=\s*(?:[.,;:)]|$)|\s+(?:in|on|at|for|over|across|during)\b)`,
  'i',
);
/** Words that make the other side the same group at another time or as planned. */
const TIME_OR_PLAN_RE =
  /^(?:previous|prior|earlier|former|last|past|old|original|initial|budgeted|planned|expected|forecast|projected|estimated|targeted|proposed|assumed|year-earlier|pre-\w+|(?:19|20)\d\d)$/i;
/** After the compound, a time or a plan in its clause: " a year earlier", " in 2030". */
const TIME_AFTER_RE =
  /^[^.;:]{0,60}?\b(?:ago|earlier|before|previously|last|previous|preceding|prior|(?:19|20)\d\d|expected|forecast|planned|budgeted)\b/i;

/**
 * Whether the number at `at` of the sentence is a gap between the same measure of two groups at one
 * time: the compound after "than" stands in the clause's subject too, after another word.
 *
 * @example sameMeasureGroups('New tenancy rents were 20.1% higher than existing tenancy rents.', 23) // true
 * @example sameMeasureGroups('Tenancy rents were 5% higher than the existing tariff.', 19) // false
 */
export function sameMeasureGroups(s: string, at: number): boolean {
  const gap = GAP_THAN_RE.exec(s.slice(at));
  if (gap === null) return false;
  const rest = s.slice(at + gap[0].length);
  const other = OTHER_COMPOUND_RE.exec(rest);
  if (other === null) return false;
  const { pick, kind, head } = other.groups!;
  if (TIME_OR_PLAN_RE.test(pick!) || TIME_AFTER_RE.test(rest.slice(other[0].length))) return false;
  // The subject, from the clause's start: the same compound after another picking word (the words
  // are letters, hyphens and apostrophes only, so they go into the pattern as they are).
  const clause = s
    .slice(0, at)
    .split(/[;:]|,\s+(?:and|but|while|whereas)\s+/)
    .pop()!;
  const own = new RegExp(
    String.raw`\b(?!${pick!}\b)([a-z][\w'’-]*)\s+${kind!}\s+${head!}\b`,
    'i',
  ).exec(clause);
  return own !== null && !TIME_OR_PLAN_RE.test(own[1]!);
}
