// Reads a number as a sum a party to a suit or complaint claims, sues for or contends for in a
// judgment or a tribunal's decision (README, "The calls", Status: what a party claimed, sought or
// argued it is owed stays expected; v241). "The Plaintiff claimed $61,760 in berth dues, $23,400 in
// pilotage and $3,100 in interest, together $88,260", "In all it claims $164,560", "The applicant
// sues for arrears of $9,400", "They contend that harbour dues of $1,100 were not owed": the party's
// case, not what the court found or ordered. Pure text work over the sentence before the number
// and the document's title and opening lines.

/** A court's or tribunal's document named in the title or the opening lines: a judgment, a ruling,
 *  a suit, a claim or case number, a tribunal's decision. */
const LITIGATION_DOC_RE =
  /\b(?:courts?|tribunals?|judg(?:e)?ments?|suits?|arbitra(?:tion|tors?|l\s+awards?)|(?:claim|case|appeal|petition|application)\s+no\b|plaintiffs?|claimants?|appellants?|petitioners?|complainants?)\b/i;

/** The party: a plaintiff, claimant, applicant, appellant, petitioner, complainant, defendant or
 *  respondent, or a pronoun standing for one (the document names the suit). */
const PARTY = String.raw`(?:(?:the\s+)?(?:[\w'’-]+\s+)?(?:plaintiffs?|claimants?|applicants?|appellants?|petitioners?|complainants?|defendants?|respondents?|counter-?claimants?)|\bit|\bthey|\bhe|\bshe)`;

/** Its verb of claiming in the present or the past, with no negation: "claims", "claimed", "has
 *  claimed", "sues for", "counterclaims", "contends that", "argues that". */
const CLAIMING = String.raw`(?:(?:also|now|further|originally|initially|in\s+all|in\s+total|therefore)\s+)?(?:claims|claimed|(?:has|have|had)\s+claimed|sues\s+for|sued\s+for|counter-?claim(?:s|ed)|contend(?:s|ed)?\s+that|argu(?:es|ed)\s+that)\b`;

/** The party's verb of claiming, then the rest of its clause up to the number: no stop, and no
 *  finding of the court or a grant between ("which we allow", "the court awarded"). */
const CLAIM_BEFORE_RE = new RegExp(
  String.raw`\b${PARTY}\s+${CLAIMING}(?![^.;:]*\b(?:we|the\s+(?:court|tribunal|judge|arbitrator))\s+(?:allow|award|grant|find|found|order|hold|held)\w*\b)[^.;:]*$`,
  'i',
);

/**
 * Whether the number after `before` (its sentence up to the number) is a sum a party to a suit
 * claims or contends for, in a document whose title or opening (`named`) names a court's or a
 * tribunal's case.
 * @example litigantClaim('The Plaintiff claimed $', 'Harbour Board v. Nereid Lines: Judgment') // true
 * @example litigantClaim('The company claimed a record profit of $', 'Annual results') // false
 */
export function litigantClaim(before: string, named: string): boolean {
  return CLAIM_BEFORE_RE.test(before) && LITIGATION_DOC_RE.test(named);
}
