// Reads a bound that is the figure, no line that sorts members: the cap a body lays on a charge or
// its rise by a modal of prohibition ("tuition fee increases … must not exceed 4.4%"), and the next
// arm of a list of caps, joined by "and of" to the first ("an increase of up to €50 a month to …,
// and of up to €100 a month to …"). Pure; membership.ts asks it before it sorts (v216).

/** A charge, a price or its rise, the head noun of the subject a cap binds. */
const CHARGE_NOUN = String.raw`(?:increases?|rises?|fees?|charges?|rents?|tariffs?|fares?|prices?|premiums?|levies|levy|tolls?|dues|bills?|contributions?|surcharges?|commissions?|royalt(?:y|ies)|rates?)`;
/** A modal of prohibition on passing the bound, or of permission bounded: "must not exceed ", "may
 *  not be more than ", "shall in no case exceed ", "cannot rise by more than ", "may rise by no
 *  more than ". */
const MODAL_NOT_EXCEED = String.raw`(?:(?:(?:must|may|shall|should|can|will)\s+(?:not|in\s+no\s+case|never)|cannot|can't)\s+(?:exceed|be\s+(?:more|higher|greater)\s+than|(?:rise|increase|go\s+up)\s+(?:by\s+)?(?:more\s+than|above))|(?:must|may|shall|can|will)\s+(?:only\s+)?(?:rise|increase|go\s+up)\s+(?:by\s+)?(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to))`;
/** Right before a number, a clause whose subject is a charge or its rise, from the clause's start
 *  (the sentence's, a "that" of what was said or agreed, ";" or ":"), with no relative or "with"
 *  among its words, then the modal bound: "that tuition fee increases for the 2036 academic year
 *  must not exceed ", "that their total rent increase in 2036 may not exceed ", "Port dues for
 *  2034 shall not exceed R". A relative ("firms whose fees must not exceed") keeps its reading. */
const CAPPED_CHARGE_BEFORE_RE = new RegExp(
  String.raw`(?:^|\bthat\s+|[;:]\s*)(?:(?!(?:with|whose|where|which|who|that|if|when|unless)\b)[\w'’-]+\s+){0,6}?${CHARGE_NOUN}(?:\s+(?:for|in|on|of|from|to)\s+(?:(?!(?:with|whose|where|which|who|that)\b)[\w'’-]+\s+){0,5}?[\w'’-]+)?\s+${MODAL_NOT_EXCEED}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** Right before a number, the top of what a clause says its subject pays or is charged, set off
 *  by a comma after the charge: "Households earning more pay higher rents, up to S$", "larger
 *  firms are charged higher fees, up to £". The members were sorted before the verb; the bound
 *  after it is the most the charge reaches, a level set. */
const CHARGE_TOP_BEFORE_RE = new RegExp(
  String.raw`\b(?:pay|pays|paid|are\s+charged|is\s+charged|were\s+charged|face|faces)\s+(?:[\w'’-]+\s+){0,3}?${CHARGE_NOUN},\s+up\s+to\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** Right before a number, a verb that moves or sets a charge, the charge as its object, and the
 *  bound of the level it is to reach (v239): "reduce the ten-year adult passport fee to no more
 *  than $", "cap the annual permit charge at no more than €", "lower the fee to at most £". The
 *  bound is the level the step sets, a figure, no line that sorts the members. */
const MOVED_CHARGE_TO_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|cut(?:s|ting)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|set(?:s|ting)?|limit(?:s|ed|ing)?|cap(?:s|ped|ping)?|hold(?:s|ing)?|held|keep(?:s|ing)?|kept)\s+(?:(?!(?:with|whose|where|which|who|that|if|when|unless)\b)[\w'’-]+\s+){0,6}?${CHARGE_NOUN}\s+(?:to|at)\s+(?:no\s+more\s+than|not\s+more\s+than|no\s+higher\s+than|at\s+most)\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** A cap's bound word right before the number: "not exceeding ", "of no more than ", "at no more
 *  than ", "of up to ". */
const CAP_BOUND = String.raw`(?:not\s+exceeding|(?:of|at)\s+(?:no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of))`;
/** Right before a number, a further charge a rule's sentence sets after a comma, picked with "a"
 *  and capped (v274): "the base fare shall be ₱45.00 for sedans …, with a per-kilometre charge
 *  not exceeding ₱", "Fees shall be £40 a visit, with an annual charge of no more than £". The
 *  charge is the rule's, no line on the members named before the comma ("vehicles with a fare not
 *  exceeding $10 are exempt" still sorts). */
const SET_CHARGE_CAP_BEFORE_RE = new RegExp(
  String.raw`\b(?:shall|must|will)\b(?:[^.;:]|\.\d)*,\s*with\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?${CHARGE_NOUN}\s+${CAP_BOUND}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a number, a sum a rule lets be passed on or charged at no more than a bound
 *  (v274): "Approved capital improvement costs may be passed through at no more than $", "The
 *  cost of meters shall be recovered at no more than €". The cap is the rule's figure. */
const PASSED_ON_AT_CAP_BEFORE_RE = new RegExp(
  String.raw`\b(?:may|shall|must|can)\s+(?:only\s+)?be\s+(?:passed\s+(?:through|on)|charged|levied|recovered|collected|billed|recouped)\s+(?:to\s+(?:[\w'’-]+\s+){1,2}?)?${CAP_BOUND}\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** Right before a number, the cap that closes a payment or charge set as a percent of a base
 *  (v282): "25 per cent of the allowance but at most SEK ", "10% of the fee, but no more than $",
 *  "half of the rent, up to a maximum of €". The cap is the other term of the sum's formula, a
 *  figure, no line that sorts the members named before it. */
const PERCENT_OF_BASE_CAP_BEFORE_RE =
  /(?:\d\s*(?:%|per\s?cent|percent)|\b(?:half|a\s+(?:third|quarter))|\bthree\s+quarters)\s+of\s+(?:(?:the|its|their|his|her|each|a|an)\s+)?(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?:,\s*(?:(?:but|and)\s+)?|\s+(?:but|and)\s+)(?:at\s+most|no\s+more\s+than|not\s+more\s+than|not\s+exceeding|up\s+to(?:\s+a\s+maximum\s+of)?|(?:subject\s+to\s+)?a\s+maximum\s+of|capped\s+at|limited\s+to)\s+(?:[^\s\d]{1,4}\s?)?$/i;

/** Whether the words before a number make it the cap a modal of prohibition lays on a charge or
 *  its rise, the top of a charge its payers pay, the bound of the level a step sets a charge to,
 *  a further charge a rule caps after a comma, a sum a rule lets be passed on at most, or the cap
 *  on a sum set as a percent of a base: the figure the rule or the step sets. */
export const cappedCharge = (before: string): boolean =>
  CAPPED_CHARGE_BEFORE_RE.test(before) ||
  CHARGE_TOP_BEFORE_RE.test(before) ||
  MOVED_CHARGE_TO_BOUND_BEFORE_RE.test(before) ||
  SET_CHARGE_CAP_BEFORE_RE.test(before) ||
  PASSED_ON_AT_CAP_BEFORE_RE.test(before) ||
  PERCENT_OF_BASE_CAP_BEFORE_RE.test(before);

/** A cap's bound word, after "of": "of up to ", "of no more than ", "of at most ". */
const CAP_OF = String.raw`of\s+(?:up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most)\s+`;
/** Right before a number, a list's next arm of caps: ", and of up to €", " or of no more than ". */
const CAP_ARM_BEFORE_RE = new RegExp(
  String.raw`(?:,\s*|\s+)(?:and|or)\s+${CAP_OF}(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** The list's first arm, the cap's number at group 1's end: "an increase of up to €". */
const FIRST_CAP_RE = new RegExp(String.raw`^([^]*?\b${CAP_OF}(?:[^\s\d]{1,4}\s?)?)\d[\d.,]*`, 'i');

/** Where the first arm's number starts and ends in `before`, when `before` ends in a further arm
 *  of its list ("…, and of up to €"): that arm reads as the first, a cap if the first is one. */
export function firstCapArm(before: string): { start: number; end: number } | undefined {
  if (!CAP_ARM_BEFORE_RE.test(before)) return undefined;
  const first = FIRST_CAP_RE.exec(before);
  if (!first) return undefined;
  const start = first[1]!.length;
  return { start, end: first[0].length };
}
