// One reader of a level a decision grants (v219): the rise a body's own past verb of granting
// takes as its object ("the regulator granted 9.3 percent this year and about 7.6 percent next
// year"), and, in a document that records a decision, the discount or rebate those it binds
// "will" or "shall" receive or the body "will" give ("members making 30 or more trips shall
// receive a 20 percent discount on tolls", "the operator will give a 3% rebate on all card
// journeys"): what was granted is decided, actual, whatever year it is for (README, Status: "a
// request the sentence says was approved or granted is decided"; v123: "what was granted is told
// with its own verb"). Pure; it reads only the words it is given.

import { FORECAST_WORD_RE } from './vocabulary.ts';

/** A hedge word before the number: "about", "around", "some", "roughly", "nearly". */
const ABOUT = String.raw`(?:(?:about|around|some|roughly|approximately|nearly)\s+)?`;

/** Before a number, a finite past or present verb of granting, not governed by a modal, "to", a
 *  negation or a condition, and its object up to the number: "granted ", "awarded an increase of
 *  ", and a second number coordinated after the first ("granted 9.3 percent this year and about
 *  "). The object starts at the number or its noun of change: "granted a licence for 5 years" is
 *  no level. */
const GRANTED_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:to|will|would|may|might|could|should|shall|must|not|never|if|once|unless|when|until|be|being)\s)\b(?:granted|awarded|grants|awards)\s+(?:(?:it|them|the\s+(?:company|operator|concessionaire|utility))\s+)?(?:(?:an?|the)\s+(?:(?:average|overall|annual)\s+)?(?:increase|rise|adjustment|reduction|cut|uplift)\s+of\s+)?${ABOUT}(?:[^\s\d]{1,4}\s?)?(?:\d(?:[^.;:!?]|\.\d){0,60}?\band\s+${ABOUT}(?:[^\s\d]{1,4}\s?)?)?$`,
  'i',
);

/** A relief on a charge: a discount, rebate, reduction, concession or refund. */
const RELIEF = String.raw`discounts?|rebates?|reductions?|concessions?|refunds?|waivers?`;
/** "will" or "shall" over a verb by which the payers receive a relief or the body gives it. */
const RELIEF_VERB = String.raw`\b(?:will|shall)\s+(?:(?:also|then|now|continue\s+to|thereafter)\s+)?(?:receive|get|enjoy|be\s+(?:given|granted|offered|allowed|entitled\s+to)|qualify\s+for|give|grant|offer|allow|apply|provide|extend)\b`;
/** Before a percent, the verb and the article of its relief: "shall receive a ", "will give a
 *  special "; after it, the relief's noun (" percent discount"). */
const RELIEF_ARTICLE_BEFORE_RE = new RegExp(
  String.raw`${RELIEF_VERB}(?:\s+(?!(?:if|unless|when|once|provided)\b)[\w'’-]+){0,4}?\s+(?:an?|the)\s+(?:(?:further|additional|flat|special|fixed)\s+)?$`,
  'i',
);
const RELIEF_AFTER_RE = new RegExp(
  String.raw`^(?:\s?(?:%|per\s?cent|percent))?(?:\s+|-)(?:[\w-]+\s+)?(?:${RELIEF})\b`,
  'i',
);
/** Before a number, the verb and its relief named before "of": "will receive a discount of ". */
const RELIEF_OF_BEFORE_RE = new RegExp(
  String.raw`${RELIEF_VERB}(?:\s+(?!(?:if|unless|when|once|provided)\b)[\w'’-]+){0,4}?\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:${RELIEF})\s+of\s+$`,
  'i',
);
/** A condition or a decision still to come in the number's sentence. */
const OPEN_RE =
  /\b(?:if|unless|subject\s+to|pending|provided\s+that|would|could|might|propos\w*|recommend\w*)\b/i;

/** The words that say a document records a decision: a body decided, approved, adopted,
 *  resolved, determined or granted. */
const DECISION_RECORDED_RE =
  /\b(?:decid(?:es|ed)|decision|determination|determines|approv(?:es|ed)|adopt(?:s|ed)|resolved|granted|authori[sz]ed)\b/i;

/** What the reader looks at. */
export interface GrantedView {
  /** The whole document (its title line included). */
  text: string;
  /** The number's sentence up to its first digit (its currency sign or hedge included). */
  ownLead: string;
  /** The stated words of the number and the sentence after them. */
  statedText: string;
  after: string;
  sentence: string;
  /** The document's title is a draft's, a proposal's or a consultation's. */
  undecidedTitle: boolean;
  /** The document's headline or opening announces a dated change of its charges (decided.ts,
   *  announcedChange): that announcement is the decision. */
  announced?: boolean;
}

/**
 * Whether a number is a level a decision grants: the object of a body's own past or present verb
 * of granting ("the TRB granted 9.3 percent this year and about 7.6 percent next year"), or, in a
 * document that records a decision, the discount or rebate its "will" or "shall" gives ("shall
 * receive a 20 percent discount on Class 1 tolls", "will give a 3% rebate on all journeys"). A
 * modal other than "will" or "shall", a condition, a proposal, a forecast word before the number
 * and a document that records no decision keep their reading.
 * @example grantedLevel({ text: '', ownLead: 'The Board granted ', statedText: '9.3 percent', after: ' this year.', sentence: 'The Board granted 9.3 percent this year.', undecidedTitle: false }) // true
 * @example grantedLevel({ text: '', ownLead: 'The Board may grant ', statedText: '9.3 percent', after: '.', sentence: 'The Board may grant 9.3 percent.', undecidedTitle: false }) // false
 */
export function grantedLevel(v: GrantedView): boolean {
  // The number's own clause: a resolution's items run on over "; and" into the next paragraph.
  const lead = v.ownLead.slice(
    Math.max(v.ownLead.lastIndexOf(';'), v.ownLead.lastIndexOf('\n')) + 1,
  );
  const rest = v.after.split(/[;\n]/)[0] ?? '';
  if (OPEN_RE.test(lead + v.statedText + rest) || FORECAST_WORD_RE.test(lead)) return false;
  if (GRANTED_BEFORE_RE.test(lead)) return true;
  const relief =
    (RELIEF_ARTICLE_BEFORE_RE.test(lead) &&
      RELIEF_AFTER_RE.test(v.statedText.replace(/^\D*\d[\d.,]*/, '') + rest)) ||
    RELIEF_OF_BEFORE_RE.test(lead);
  return relief && !v.undecidedTitle && (v.announced === true || DECISION_RECORDED_RE.test(v.text));
}
