// What a party offers, claims, applies or petitions for, told in its own sentence, and the items a
// heading or a lead-in names as an offer or a proposal put to a vote (v263): "The Employer offered
// 2.0% in each year", "the Tenants' Association had offered 2.0 per cent", "The Association sought
// general increases of 6.0%", "the three trades applied to raise the flagfall charge … by $5", "Our
// claim, endorsed at conference, was for 12%", "the employer's opening offer was 4.0%", "What the
// offer includes" ⏎ "- a salary increase of $4,500 …;", "Members are invited to –" ⏎ "(a) approve
// … an increase of 3.86% …". What is offered or asked for and not yet granted is expected (README,
// Status; v245, v253). A rate a bank or an issuer offers on deposits or notes, an auction's
// average or highest offer, and an offer the clause says was accepted keep their reading. Pure
// text work; the caller decides the status.

/** A currency sign or code a number's words may open with ("$", "RM", "GH¢"), no short word. */
const SIGN = String.raw`(?:(?!(?:and|or|but|nor|the|an?|of|to|by|at|in|on|for|with|than)\b)[^\s\d]{1,4}\s?)?`;
/** A first number coordinated with this one: "was $2,500 and ", "of 3% or ", "was $398 a tonne and
 *  a rise of ". */
const FIRST = String.raw`(?:${SIGN}\d[\d.,]*(?:\s?(?:%|per\s?cent|percent))?(?:\s+(?:a|per)\s+[a-z]+)?\s+(?:and|or)\s+(?:(?:an?\s+)?(?:[\w'’-]+\s+)?(?:increase|rise)\s+of\s+)?)?`;

/** Before the number, a bargaining party's bare "offered" or "tabled": "The Employer offered ",
 *  "had offered "; only a percentage follows (an issuer "offered R1.5 billion" of notes). */
const OFFERED_BEFORE_RE =
  /\b(?:(?:had|has|have)\s+(?:also\s+|only\s+|instead\s+)?)?(?:offered|tabled)\s+(?:(?:about|around|some|just|only)\s+)?$/i;

/** Before the number, a verb of offering or asking with a change and no article: "sought general
 *  increases of ", "offered an increase of ", "claimed pay rises of "; not the adjective after an
 *  article ("Cabinet approved the proposed increase of 5%": the approval governs). */
const ASKED_CHANGE_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:had|has|have)\s+(?:also\s+|instead\s+|originally\s+)?)?(?<!\b(?:the|an?|its|their|his|her|our|this|that)\s+)(?:offered|tabled|sought|claimed|demanded|requested|proposed|applied\s+for|asked\s+for|petitioned\s+for)\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:increases?|rises?|raises?|cuts?|reductions?|adjustments?)\s+(?:of|to)\s+(?:(?:about|around|some|at\s+least)\s+)?${SIGN}$`,
  'i',
);

/** Before the number, a party that applied, petitioned or offered to change a level: "applied to
 *  raise the flagfall charge for the first 2 kilometres by ", "petitioned to lift the toll to ". */
const APPLIED_TO_CHANGE_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:had|has|have)\s+)?(?:applied|petitioned|offered)\s+to\s+(?:raise|increase|lift|cut|reduce|lower|set|cap|freeze|hold)\s+[^.;:,]{1,80}?\s(?:by|to|at)\s+(?:(?:about|around|some)\s+)?${FIRST}${SIGN}$`,
  'i',
);

/** Before the number, an offer, a claim, an application or a proposal named as the subject of
 *  "was": "Our claim, endorsed at this year's conference, was for ", "the employer's opening offer
 *  was ", "The Bank's first offer to its staff, made in February, was "; not an auction's "average
 *  offer", "highest successful bid", an "application fee" or "The average grant per application". */
const OFFER_SUBJECT_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:average|mean|median|highest|lowest|winning|successful|best|total)\s+(?:[\w'’-]+\s+)?)(?<!\b(?:per|each|every)\s+)\b(?:offer|counter-?offer|claim|application|petition|proposal)s?(?:\s+(?:to|by|from)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?(?:\s*,[^,.;:\d]{1,80},)?\s+(?:was|were|is|are|(?:had|has|have)\s+been)\s+(?:for\s+)?(?:(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:increases?|rises?|cuts?|reductions?)\s+of\s+)?(?:(?:about|around|some)\s+)?${FIRST}${SIGN}$`,
  'i',
);

/** Right before the number, a pay claim, offer or demand and what opens its size: "submitted pay
 *  claims ranging from ", "tabled wage demands of ", "a salary offer of between " (v274). */
const PAY_ASK_BEFORE_RE =
  /\b(?:pay|wage|salary)\s+(?:claims?|offers?|demands?)\s+(?:(?:rang|var)(?:e|es|ed|ing|ying|ies|ied)\s+from|of(?:\s+between)?|between|for)\s+(?:(?:about|around|some)\s+)?$/i;

/**
 * Whether the words right before a percent name a pay claim, offer or demand whose size it is: the
 * rise of pay asked, a `change` (README, "What a party to a pay … negotiation seeks, offers, claims
 * or demands …", v260; v274 for a range).
 * @example payAsked('The staff sides submitted pay claims ranging from ') // true
 * @example payAsked('Pay rose by ') // false
 */
export const payAsked = (before: string): boolean => PAY_ASK_BEFORE_RE.test(before);

/** After the number, the rate is paid on deposits or notes, a bank's or an issuer's offer. */
const ON_HOLDINGS_AFTER_RE =
  /^\s+(?:(?:a|per)\s+(?:year|annum)\s+|p\.\s?a\.\s+)?(?:on|for)\s+(?:(?:[\w'’-]+\s+){0,2}?)(?:deposits?|accounts?|savings|notes|bonds?|bills?|loans?)\b/i;

/** Before the number, in its clause (no comma between), the rate is interest or a yield. */
const INTEREST_BEFORE_RE = /\b(?:interest|deposits?|savings|yields?|coupons?)\b[^.;,]*$/i;

/** After the number, the clause says the offer was taken up: ", which the growers accepted". */
const ACCEPTED_AFTER_RE =
  /^[^.;]*?\b(?:(?:was|were|has\s+been|have\s+been)\s+(?:approved|accepted|adopted|granted|agreed|ratified|endorsed)|which\s+(?:[\w'’-]+\s+){0,4}?(?:approved|accepted|adopted|granted|agreed\s+to|ratified|endorsed))\b/i;

/** A percentage's words. */
const PERCENT_RE = /\d\s?(?:%|per\s?cent|percent)/i;

/**
 * Whether the number stated as `stated`, after `before` and before `after` (its sentence's words on
 * either side), is what a party offered, claimed, applied or petitioned for, not taken up in its
 * own sentence.
 * @example offeredLevel('The Employer offered ', '2.0%', ' in each year.') // true
 * @example offeredLevel('Our claim, endorsed at conference, was for ', '12%', ' in each year.') // true
 * @example offeredLevel('In March the Savings Bank offered ', '3.25%', ' on one-year deposits.') // false
 * @example offeredLevel('The average offer was ', '96.4%', ' of the reserve.') // false
 */
export function offeredLevel(before: string, stated: string, after: string): boolean {
  if (ACCEPTED_AFTER_RE.test(after) || ON_HOLDINGS_AFTER_RE.test(after)) return false;
  if (INTEREST_BEFORE_RE.test(before)) return false;
  return (
    (OFFERED_BEFORE_RE.test(before) && PERCENT_RE.test(stated)) ||
    ASKED_CHANGE_BEFORE_RE.test(before) ||
    APPLIED_TO_CHANGE_BEFORE_RE.test(before) ||
    OFFER_SUBJECT_BEFORE_RE.test(before) ||
    PAY_ASK_BEFORE_RE.test(before)
  );
}

/** A heading that names what an offer or a proposal holds: "What the offer includes", "What the
 *  revised settlement offer contains", "What the proposed agreement provides". */
const OFFER_HEADING_RE =
  /^What\s+(?:the|this|our|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:offer|proposals?|claim|application|petition|agreement|settlement|deal)\s+(?:includes|contains|provides|gives|offers|means|would\s+(?:give|provide|mean))\s*:?$/i;

/** A paper's lead-in that asks its members to decide the items below: "Members are invited to –",
 *  "Board members are asked to:", "The Committee is invited to:". */
const INVITED_LEAD_IN_RE =
  /^(?:(?:[A-Z][\w'’-]*\s+){0,2}?(?:[Mm]embers|[Cc]ouncillors|[Dd]irectors|[Tt]rustees)|[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,2}?(?:Board|Committee|Council|Cabinet|Commission))\s+(?:are|is)\s+(?:invited|asked|requested|recommended)\s+to\s*(?:[–—-]|:)$/;

/** A lead-in that ends with a colon right under a paragraph that opens on a proposed or offered
 *  agreement: "The proposed agreement provides for increases of 9.5 per cent …" ⏎ "The general
 *  round increases are:". */
const PROPOSED_OPENING_RE =
  /^(?:Under\s+)?(?:the|this)\s+(?:(?:proposed|draft|offered|revised)\s+(?:[\w'’-]+\s+){0,2}?(?:agreement|settlement|deal|contract|package|award|scheme)|(?:revised\s+|new\s+|latest\s+)?(?:offer|proposals?))\b/i;

/**
 * Whether a paragraph heads a list of what is offered or proposed and not yet decided: a heading
 * that names what an offer holds (the marked items right under it), a paper's "Members are invited
 * to –", or a colon lead-in right under a paragraph that opens on a proposed agreement.
 * 'lead-in' for a lead-in whose items may run on, 'heading' for a heading over marked items.
 * @example offeredListHead('What the offer includes', '') // 'heading'
 * @example offeredListHead('Members are invited to –', '') // 'lead-in'
 * @example offeredListHead('The general round increases are:', 'The proposed agreement provides for …') // 'lead-in'
 * @example offeredListHead('What members received', '') // undefined
 */
export function offeredListHead(
  body: string,
  paragraphBefore: string,
): 'lead-in' | 'heading' | undefined {
  const t = body.trim();
  if (OFFER_HEADING_RE.test(t)) return t.endsWith(':') ? 'lead-in' : 'heading';
  if (INVITED_LEAD_IN_RE.test(t)) return 'lead-in';
  if (
    t.endsWith(':') &&
    !t.includes('\n') &&
    t.length <= 120 &&
    PROPOSED_OPENING_RE.test(paragraphBefore.trim())
  )
    return 'lead-in';
  return undefined;
}
