// A fact of the day beside a proposal (v221): in a consultation, a draft decision or a research
// brief that proposes new levels, a level its own clause states as a fact, in the present or the
// past, is actual whatever the proposal around it: another region's price a present verb states
// ("where the same licence costs £33.00"), a level that "is already" one ("a levy of A$181.20 per
// tonne is already more than twice our rate"), what a scheme in force offers ("The Small Grants
// Program offers grants of up to $10,000"), a sum a past verb of its own relative clause tells
// ("A$146 million that BRN spent on the deviation in 2032-33"), and a level that "stood at" a date
// on a day ("a regulatory asset base that stood at £79.3 billion on 31 March 2033"). Pure text work over the
// number's sentence.

/** A modal, a proposal or a forecast word in the clause: no fact. */
const NOT_FACT_RE =
  /\b(?:would|will|shall|could|might|may|should|proposed?|proposals?|draft|new|planned|expect(?:s|ed)?|forecasts?|projected|estimated?|budgeted)\b/i;
/** Right before the number, a relative clause whose present verb states its level: "where the same
 *  licence costs ", "which is ", "that pays ". Group clause: the clause from its relative word.
 *  "that meter charges of " is the noun "charges" with its "of", no verb (v241). */
const PRESENT_RELATIVE_BEFORE_RE =
  /(?<clause>\b(?:where|which|that)\s+(?:[\w'’-]+\s+){0,4}?(?:costs|is|are|pays|charges|stands\s+at)\s+(?:already\s+)?)(?:(?!of\b)[^\s\d]{1,4}\s?)?$/i;
/** At the end, a verb of proposing or asking whose "that" opens what is asked: "We propose ",
 *  "had asked " (v245). */
const MANDATING_BEFORE_RE =
  /\b(?:propos(?:e|es|ed)|recommend(?:s|ed)?|ask(?:s|ed)|request(?:s|ed)|suggest(?:s|ed)|urg(?:es|ed)|demand(?:s|ed)|moved)\s+$/i;
/** Right before the number, what a scheme in force offers each applicant: "The Small Grants Program
 *  offers grants of up to " (not what a bill or a budget "provides", a sum it plans). Group clause:
 *  the sentence's words before the verb. */
const SCHEME_OFFERS_BEFORE_RE =
  /^(?<clause>[^,;:()]*?)\b(?:offers|awards)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:up\s+to\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right after the number and its unit, "is already" or "are already". */
const ALREADY_AFTER_RE =
  /^(?:\s+(?:per|a|an|each)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:is|are)\s+already\b/i;
/** Right after the number, a relative clause whose past verb tells what became of the sum: "that
 *  BRN spent", "which the agency collected", "that was paid". */
const PAST_RELATIVE_AFTER_RE =
  /^\s+(?:that|which)\s+(?:[\w&'’.-]+\s+){0,3}?(?:spent|paid|received|raised|collected|incurred|disbursed)\b/i;
/** Right before the number, "stood at" of a level; right after it, the day it stood there ("on 31
 *  March 2033"), which names a balance, no estimate for a period. */
const STOOD_AT_BEFORE_RE = /\bstood\s+at\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
const ON_DAY_AFTER_RE = /^\s+(?:on|as\s+at|as\s+of)\s+\d{1,2}\s+[A-Z][a-z]+\s+((?:19|20)\d\d)\b/;

/**
 * Whether a level, in a document that proposes others, is a fact its own clause states in the
 * present or the past (README: the level in force beside a proposal is actual; v221).
 * @example factBeside('The licence is dearer than in the region where the same licence costs ', '.') // true
 * @example factBeside('We propose a base of A$8.94 billion, excluding ', ' million that BRN spent in 2032-33.') // true
 * @example factBeside('The region where the new licence would cost ', '.') // false
 */
export function factBeside(before: string, after: string, documentYear?: number): boolean {
  const present = PRESENT_RELATIVE_BEFORE_RE.exec(before);
  // "We propose that an online renewal costs £": "that" after a verb of proposing or asking opens
  // what is proposed, no relative of a fact (v245).
  if (
    present &&
    !NOT_FACT_RE.test(present.groups!.clause!) &&
    !MANDATING_BEFORE_RE.test(before.slice(0, present.index))
  )
    return true;
  const offers = SCHEME_OFFERS_BEFORE_RE.exec(before);
  if (offers && !NOT_FACT_RE.test(offers[0])) return true;
  if (ALREADY_AFTER_RE.test(after)) return true;
  if (PAST_RELATIVE_AFTER_RE.test(after) && !NOT_FACT_RE.test(after.slice(0, 40))) return true;
  const day = ON_DAY_AFTER_RE.exec(after);
  return (
    STOOD_AT_BEFORE_RE.test(before) &&
    day !== null &&
    (documentYear === undefined || Number(day[1]) <= documentYear)
  );
}
