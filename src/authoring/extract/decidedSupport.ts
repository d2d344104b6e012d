// The support a decision sets (v275): in a document whose title or opening records its body's
// decision (documentDecides.ts, decisionRecorded or decisionDocument: "Cabinet approves
// continuation of targeted LPG subsidy", "This document sets out what we have decided", "the
// decisions Cabinet took on 7 April 2031", "Subsidy per litre for the week from 17 March 2033"),
// the level of a subsidy, grant, top-up, aid, payment, rebate, allowance or voucher, paid per unit
// or to one payee, is that decision, actual though "will" states it or its date of effect is to come
// (README, Status: a level a made decision sets is actual even when it takes effect later): "the
// subsidy paid to oil wholesalers will be ¥19.3 per litre", "agreed to a one-off top-up of NZ$150
// per household", "the monthly cash aid … will rise from RM200 to RM250 from January 2035", "Every
// household … will also receive £400". A total (a scale word, no unit it is paid on), a forecast
// word, a hedge, a condition or a proposal keep their reading. Pure text work: whether the
// document records a decision is read in documentDecides.ts; here, the number's sentence. The
// caller decides the status.

import { FORECAST_WORD_RE } from './vocabulary.ts';

/** What a body pays out per unit or per period: "subsidy", "grant", "top-up", "cash aid",
 *  "payment", "rebate", "allowance", "voucher". */
const SUPPORT = String.raw`(?:subsid(?:y|ies)|grants?|top-?ups?|aid|payments?|rebates?|allowances?|vouchers?)`;
/** A duty per unit a decision moves, beside the support it pays: "the excise on petrol". */
const DUTY = String.raw`(?:excise|excise\s+dut(?:y|ies)|dut(?:y|ies))`;
/** What the support's sum may be instead of its level: what it costs or brings in, its whole. */
const NOT_LEVEL = String.raw`(?:bill|budget|costs?|spending|expenditure|outlays?|total|revenues?|funds?|schemes?|programmes?|programs?|recipients|claims?)`;
/** The words of a sum right before the number (a currency word or sign, "up to"). */
const SUM_LEAD = String.raw`(?:[^\s\d]{1,4}\s?)?$`;

/** The support named, then, in up to twelve words, its "will" or "shall" verb of level right
 *  before the number: "the subsidy paid to oil wholesalers and importers will be ", "The monthly
 *  cash aid for smallholders will rise from RM200 to ", "the grant will remain at ". */
const SUPPORT_WILL_BEFORE_RE = new RegExp(
  String.raw`\b${SUPPORT}\b(?!\s+${NOT_LEVEL}\b)(?:\s+(?!(?:will|shall)\b)(?:[^\s.;:!?]|\.\d)+){0,12}?\s+(?:will|shall)\s+(?:(?:also|now|then|continue\s+to)\s+)?(?:be|remain(?:\s+at)?|stay\s+at|(?:rise|increase|go\s+up|fall|drop|decrease|go\s+down)(?:\s+from\s+[^\s\d]{0,4}\s?\d[\d,]*(?:\.\d+)?)?\s+to|be\s+(?:raised|increased|cut|reduced|lowered|set|fixed|kept|held|paid)\s+(?:to|at))\s+${SUM_LEAD}`,
  'i',
);
/** The support named with its sum right after "of" or "worth": "a one-off Cold Snap top-up of ",
 *  "the targeted subsidy of ", "public transport vouchers worth ". */
const SUPPORT_OF_BEFORE_RE = new RegExp(String.raw`\b${SUPPORT}\s+(?:of|worth)\s+${SUM_LEAD}`, 'i');
/** A duty named, then the level it "will stand at" or "remain at" once the steps decided are
 *  made: "After the final stage, the excise on petrol will stand at ". A duty that "will be" a
 *  sum keeps the charge readings (decided.ts). */
const DUTY_STANDS_BEFORE_RE = new RegExp(
  String.raw`\b${DUTY}\b(?:\s+(?!(?:will|shall)\b)(?:[^\s.;:!?]|\.\d)+){0,8}?\s+(?:will|shall)\s+(?:then\s+)?(?:stand|remain)\s+at\s+${SUM_LEAD}`,
  'i',
);
/** Every or each member of a class, then its "will receive": "Every household with a domestic
 *  electricity meter will also receive ". */
const EACH_RECEIVES_BEFORE_RE = new RegExp(
  String.raw`\b(?:every|each)\s+(?:[^\s.;:!?]+\s+){1,10}?(?:will|shall)\s+(?:also\s+)?(?:receive|be\s+paid|get)\s+${SUM_LEAD}`,
  'i',
);
/** A payee's "will be compensated", "paid" or "reimbursed" at a rate: "Oil marketing companies
 *  will be compensated from the Fund at the rate of ". */
const PAID_AT_RATE_BEFORE_RE = new RegExp(
  String.raw`\b(?:will|shall)\s+(?:also\s+)?be\s+(?:compensated|paid|reimbursed)\b[^.;:!?]{0,80}?\bat\s+(?:the|a)\s+rate\s+of\s+${SUM_LEAD}`,
  'i',
);
/** A scale word in the stated sum ("¥95 billion", "NZ$1,644m"): a total, no level paid per unit or
 *  to one payee. */
const SCALE_RE = /(?:\b|\d)(?:thousand|million|billion|trillion|crores?|lakhs?|bn|mn|m|k)\b/i;
/** Words in the sentence that hedge, guess, propose or make the level wait on a condition. */
const OPEN_RE =
  /\b(?:about|around|roughly|approximately|some|average|if|unless|provided\s+that|subject\s+to|propos\w*|recommend\w*|request\w*|consult\w*|option|options|plans?|intends?|aims?|should)\b/i;

/** A year the sentence names as its period ("in 2033", "by 2035"), no date of effect ("from 1
 *  April 2034") nor a financial year ("during 2034-35"). */
const LATER_PERIOD_RE = /\b(?:in|by)\s+((?:19|20)\d\d)\b(?![-–/]\d)/gi;

/**
 * Whether the number, in a document that records its body's decision, is the level of support it
 * sets: its sentence (`before` + `stated` + `after`) names the support and its "will" or "shall"
 * verb of level right before the number, or the support "of" or "worth" the number, or
 * "every"/"each" member that "will receive" it, or a payee that "will be compensated" or "paid" "at
 * the rate of" it; the sum is no total (no scale word: "¥95 billion"
 * is what a programme spends); and nothing hedges it, nor names a year after the document's
 * (`documentYear`) as its period.
 * @example decidedSupport('The subsidy paid to wholesalers will be ', '¥19.3', ' per litre of gasoline.') // true
 * @example decidedSupport('The subsidy is expected to be ', '¥19.3', ' per litre.') // false
 * @example decidedSupport('Spending on the subsidy will be ', '¥95 billion', ' a month.') // false
 */
export function decidedSupport(
  before: string,
  stated: string,
  after: string,
  documentYear?: number,
): boolean {
  const sentence = before + stated + after;
  if (SCALE_RE.test(stated) || FORECAST_WORD_RE.test(sentence) || OPEN_RE.test(sentence))
    return false;
  // "The mooring duty will be €14 a tonne in 2033", dated 2031: a level of a later year the
  // sentence names as its period, no date of effect, is a forecast's.
  if (
    documentYear !== undefined &&
    [...sentence.matchAll(LATER_PERIOD_RE)].some((y) => Number(y[1]) > documentYear)
  )
    return false;
  const lead = before + stated.slice(0, Math.max(0, stated.search(/\d/)));
  return (
    EACH_RECEIVES_BEFORE_RE.test(lead) ||
    PAID_AT_RATE_BEFORE_RE.test(lead) ||
    SUPPORT_WILL_BEFORE_RE.test(lead) ||
    DUTY_STANDS_BEFORE_RE.test(lead) ||
    SUPPORT_OF_BEFORE_RE.test(lead)
  );
}

/** Between a support's sum and the next, a colon that opens its parts (" in six monthly
 *  instalments: "), the next item of a list of the same verb's sums (" per head for the first 200
 *  head and ", " per tonne-kilometre for hay hauled more than 150 kilometres, ", " per litre and on
 *  auto-diesel at "), or the step that
 *  brought it, set off by a comma (" each, an increase of "). */
const PARTS_BETWEEN_RE = new RegExp(
  String.raw`^(?:[^.;:!?\d]{0,60}:\s*|(?:\s+(?:each|per\s+[\w-]+|an?\s+(?:week|month|year)))?(?:,\s+(?:an?\s+)?(?:increase|rise|cut|reduction|decrease|fall)\s+of\s+|(?:\s+(?:for|on|in|to|up\s+to|above|below|over|under)\s+[^.;:!?]{1,60}?)?(?:,\s+(?:and\s+)?|\s+and\s+)(?:(?:on|for|in|to)\s+[^.;:!?\d]{1,40}?\s+(?:at|to)\s+)?))${SUM_LEAD}`,
  'i',
);
/** A verb of its own between two sums, which makes the second a clause of its own. */
const OWN_VERB_RE =
  /\b(?:will|would|shall|is|are|was|were|has|have|had|may|might|could|should|must|rose|fell|grew|cost|costs|paid)\b/i;

/**
 * Whether the words between the sum of a support a decision sets and the next number (`between`,
 * then the next number's `stated` words) open a list of its parts with a colon, go on with the
 * next item of its list with no verb of their own, or name the step that brought it, so that the
 * next number is the same decision's (v275). A total (a scale word) is no part.
 * @example supportPart(' in six monthly instalments: ', '$66') // true
 * @example supportPart(' per head for the first 200 head and ', '$30') // true
 * @example supportPart(' each, an increase of ', '£20') // true
 * @example supportPart(' a month. Spending will be ', '$4 million') // false
 */
export function supportPart(between: string, stated: string): boolean {
  return PARTS_BETWEEN_RE.test(between) && !OWN_VERB_RE.test(between) && !SCALE_RE.test(stated);
}
