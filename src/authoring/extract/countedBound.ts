// One reader of a bound that sorts the members a count counts: "14 registry fees recover more than
// 130 per cent of their cost while 9 recover less than 80 per cent", "61% of the 96 trusts we
// surveyed charged less than $1,000 for a lawn grave", "For 17 of the 52 items, cost recovery was
// below 50%". The count says how many members lie past the bound; the bound only says which members
// are counted, a criterion, no level of anything (README, "The calls": a bound that sorts members,
// v240). Pure; it reads only the sentence it is given.

import { COUNTED_BOUND } from './boundWords.ts';

/** A count of members in words, as a tally writes it. */
const COUNT_WORD = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+(?:third|quarter|fifth)|half|most|many)`;
/** A count, or a percent of members, with no determiner before it: "14", "1,210", "61% of", "27
 *  per cent of", "seven" (a percent with no "of" after it is a mix, "30% bonds"). A sum ("$14"), a year, and a count before a unit of time or a scale word are no
 *  count of members. */
const COUNT = String.raw`(?:(?<![$£€¥₹\w.,])(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s*(?:%|per\s?cent|percent)(?=\s+of\s))?|${COUNT_WORD})`;
/** The whole a tally counts out of: " of the 96", " of its 52", " out of 52", " of these". */
const OUT_OF = String.raw`(?:\s+(?:out\s+of|of)\s+(?:(?:the|its|their|these|those|our|all)\s+)?(?:\d{1,3}(?:,\d{3})*\b)?)?`;
/** The members' noun and its modifiers, a relative's subject and verb allowed ("Class B trusts we
 *  surveyed", "registry fees"): up to eight words of letters. No unit of time ("12 months" counts a
 *  period's length), no ratio ("three in four households" is a share) and no modal or word of
 *  expectation ("will pay less than S$8 more" foresees what the members pay, a figure) and no
 *  "together": "Ten donors together pledged more than $5 billion" is a joint figure. */
const MEMBERS = String.raw`(?!\s+(?:in|out|of\s+every)\b)(?:\s+(?!(?:years?|months?|weeks?|days?|hours?|quarters?|million|billion|thousand|lakh|crore|times?|per|percent|cent|basis|points?|percentage|will|would|may|might|could|should|shall|must|can|expect|expects|expected|together|jointly|collectively|combined)\b)[A-Za-z][\w'’-]*){1,8}?`;
/** The verb of the members (or "were", "had"), a negation or "all" allowed, then "by" or "at"
 *  before a bound on a change or a rate. */
const VERB = String.raw`\s+(?:(?:still|also|each|all|now|not|only)\s+)?(?:[a-z]+ed|[a-z]+s|are|were|had|have|pay|paid|recover|charge|earn|spend|spent|hold|held|cost|fell|rose|grew|sold|kept|remain|stand|stood|got|get|receive|take|took|make|made|score|scored|hit|run|ran|meet|met|cover|sought|bought|won|lost|gave|saw|drew|brought|set|put|cut|ask|seek)(?:\s+(?:by|at|on|for|to))?`;
/** A bound before the number (boundWords.ts's COUNTED_BOUND): "more than", "less than", "fewer
 *  than", "below", "above", "under", "over", "at least", "at most", "no more than", "in excess of",
 *  "upwards of", a hedge allowed after it. */
const BOUND = String.raw`\s+${COUNTED_BOUND}\s+(?:about\s+|around\s+|some\s+)?`;
/** A currency's sign before the number: "$", "NZ$", "HK$", "Rs ". */
const SIGN = String.raw`(?:[A-Z]{0,3}[$£€¥₹]|Rs\.?\s?)?`;
/** Where a count opens its clause's subject: the sentence's start (its paragraph number allowed),
 *  a comma, a colon, or a conjunction or "that" before it. */
const CLAUSE_OPENING = String.raw`(?:^\s*(?:\(?\d{1,2}(?:\.\d{1,2})?[.)]?\s+)?|[,;:(]\s*|\b(?:that|while|whereas|and|but|yet|so|although|though|when|where)\s+)(?:(?:only|just|some|about|around|nearly|almost|roughly)\s+)?`;

/** Before the number: a count opening its clause, its members, a verb and a bound. */
const COUNTED_BOUND_BEFORE_RE = new RegExp(
  String.raw`${CLAUSE_OPENING}${COUNT}${OUT_OF}${MEMBERS}${VERB}${BOUND}${SIGN}\s*$`,
  'i',
);
/** A count bare before its verb, the members left to an earlier clause: "while 9 recover less than
 *  ", ", and 40 charged more than ". */
const BARE_COUNT_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?:[,;]\s*|\b(?:while|whereas|and|but|yet)\s+)(?<![$£€¥₹])(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*${VERB}${BOUND}${SIGN}\s*$`,
  'i',
);
/** A tally fronted by "For" or "In", then the measure of its members bounded: "For 17 of the 52
 *  items, cost recovery was below ", "In 9 of the 14 districts, the vacancy rate stood above ". */
const FRONTED_TALLY_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?:^\s*(?:\(?\d{1,2}(?:\.\d{1,2})?[.)]?\s+)?|[.;:]\s+)(?:for|in|at)\s+${COUNT}\s+(?:out\s+of|of)\s+(?:(?:the|its|their|these|those|our|all)\s+)?\d{1,3}(?:,\d{3})*(?:\s+[A-Za-z][\w'’-]*){1,4}\s*,(?:\s+[A-Za-z][\w'’-]*){1,4}?(?:${VERB}|\s+came\s+in)${BOUND}${SIGN}\s*$`,
  'i',
);

/** From a number, a scale word of an aggregate sum: "5 billion", "2.5 bn", "40 crore". */
const AGGREGATE_SUM_RE = /^\d[\d.,]*\s*(?:million|billion|trillion|bn|mn|m|crore|lakh)\b/i;

/**
 * Whether the number whose first digit is at `digit` is a bound that sorts the members a count
 * counts: the count opens its clause's subject and the bound follows the members' verb.
 *
 * @example countedBound('14 fees recover more than 130 per cent of their cost.', 26) // true
 * @example countedBound('Fees recover more than 130 per cent of their cost.', 23) // false
 */
export function countedBound(sentence: string, digit: number): boolean {
  // "Three development banks pledged more than $5 billion": a sum in millions or billions is what
  // the members gave or hold together, a joint figure, no bound on each.
  if (AGGREGATE_SUM_RE.test(sentence.slice(digit))) return false;
  const lead = sentence.slice(0, digit);
  return (
    COUNTED_BOUND_BEFORE_RE.test(lead) ||
    BARE_COUNT_BOUND_BEFORE_RE.test(lead) ||
    FRONTED_TALLY_BOUND_BEFORE_RE.test(lead)
  );
}
