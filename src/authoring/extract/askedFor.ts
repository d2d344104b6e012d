// Reads a number as the level a party asked for, argued for, claimed or was advised, named as the
// object of that verb of asking (README, "The calls", Status: what is asked for and not yet granted
// is expected). Pure; it sees the words before one number and knows nothing of the other readings.

/** A verb of asking or arguing that takes the level as its object through a noun and "of" (or
 *  straight on, for "argued for"): "had requested an increase of ", "had argued for an ROE of ",
 *  "had claimed a regulatory asset base of ", "had advised a cut of ", "We propose an appointee weighted
 *  average cost of capital of ", "seeking approval of an Aggregate Revenue Requirement (ARR) of " (v155:
 *  what a party proposes, or asks a body to approve, is its request). "Claimed"
 *  asks only in the pluperfect, a claim made before the decision the text reports ("The company
 *  claimed a record profit of" tells an outturn); "advised" only with its object right after
 *  ("advised ministers that" tells what the adviser found). */
const ASKING_VERB = String.raw`(?:argu(?:e|es|ed|ing)\s+(?:(?:in|at|during)\s+(?:[\w-]+\s+){1,2}?)?for|had\s+claimed|advis(?:e|es|ed|ing)|request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for|sought|seek(?:s|ing)?|propos(?:e|es|ed|ing))(?:\s+(?:approval|leave|permission|authori[sz]ation)\s+(?:of|for))?`;
/** The object: a noun naming the level, not a tally of requests ("requested a total of €2 billion
 *  in 2031" sums a funding call's bids, v29), and "of". */
const ASKED_OBJECT = String.raw`(?:\s+(?:an?|the|its|their)\s+(?!(?:total|sum|amount)\b)(?:[\w'’()-]+\s+){0,4}?of|(?<=for))`;

/** A verb or noun of asking with the infinitive of what is asked: "had asked to offset ",
 *  "Northfield's request to recover ", "its application to collect ". */
const ASKING_TO = String.raw`(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|sought|seek(?:s|ing)?|appl(?:y|ies|ied|ying)|application|claim)\s+to\s+[a-z]+`;

/** The hedge and currency sign that may stand between the asking words and the number, and a
 *  restatement of the level asked after "or" ("an increase of $142.7 million, or ") or as the change
 *  it makes ("an ARR of Rs 2,106.50 crore for 2034-35, an increase of "; v155). */
const TAIL = String.raw`\s+(?:(?:about|around|some|nearly|almost|roughly|up\s+to|no\s+more\s+than|no\s+less\s+than|at\s+(?:most|least))\s+)?(?:[^\s,;]{1,40}(?:\s+(?:million|billion|trillion|crore|lakh))?(?:\s+(?:for|in|over)\s+[^\s,;]{1,12}(?:\s+[^\s,;]{1,12}){0,2})?,\s+(?:or|an?\s+(?:increase|rise|hike|decrease|reduction|cut)\s+of)\s+)?(?:[^\s\d]{1,4}\s?)?$`;

/** A modal or "to" before the verb makes it what a rule lets anyone ask ("can apply for a rebate of
 *  up to $350", "may request a refund of"): its cap, set, no request made. */
const NOT_MODAL = String.raw`(?<!\b(?:can|may|could|might|shall|should|must|will|would|to)\s+)`;

const ASKED_FOR_RE = new RegExp(
  String.raw`${NOT_MODAL}\b(?:${ASKING_VERB}${ASKED_OBJECT}|${ASKING_TO})${TAIL}`,
  'i',
);

/** A request the sentence says was granted before the number: "approved Northfield's request to
 *  recover", "granted its application to". */
const GRANTED_REQUEST_RE =
  /\b(?:approv|grant|accept|allow|uph[eo]ld)\w*\s+(?:[\w'’]+\s+){0,3}(?:request|application|claim)\s+to\s/i;

/**
 * Whether the number after `before` (its sentence up to the number's digits) is the level a
 * party asked for, argued for, claimed or was advised, not granted.
 * @example askedFor('Intervenors had argued for an ROE of ') // true
 * @example askedFor('The Commission approved the request to recover $') // false
 */
export function askedFor(before: string): boolean {
  return ASKED_FOR_RE.test(before) && !GRANTED_REQUEST_RE.test(before);
}
