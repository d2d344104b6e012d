// One reader of the bound or rate a rule lays on those it binds: what a law, guidelines, a scheme
// or a regulator's decision lets them do, caps or requires ("the Commission may impose a fine of
// up to 10% of turnover", "providers may charge no more than £6,185", "partners must contribute at
// least 30 per cent", "a penalty of 2 per cent per month shall be levied"). Such a number is set,
// in force (README, Status: a cap, ceiling or floor a rule sets), and its "may" is the permission,
// no hedge. Pure; it reads only the clause and the heading it is given.

/** What the reader looks at: the number's clause around it and the heading it sits under. */
export interface RuleBoundView {
  /** The number's clause up to the number. */
  lead: string;
  /** The stated words of the number ("by more than 3%"): a bound may open them. */
  stated: string;
  /** The number's clause after the number. */
  after: string;
  /** The heading of the section the sentence sits under (documentContext.ts), if any. */
  heading?: string;
  /** The sentence up to the number, when the number's clause is not the sentence's first: a
   *  number added to an earlier one ("…, plus $33,700") shares that clause's modal. */
  sentenceLead?: string;
  /** The line right above the sentence's paragraph when it reads as a title (short, no stop), as a
   *  heading with a year or no blank line under it is ("Coordinated party expenditure limits"). */
  titleAbove?: string;
}

/** A modal of permission or ability: "may", "may in no case", "can", "cannot", "should not". */
const PERMISSIVE = String.raw`may(?:\s+(?:not|only|in\s+no\s+case|under\s+no\s+circumstances))?|can(?:not|\s+not|\s+only)?|should\s+not`;
/** The rule a modal names between itself and its "not" ("may by law not", "may under the Act
 *  not", "may by regulation not"; v144). */
const BY_RULE = String.raw`(?:(?:by|under)\s+(?:the\s+)?(?:law|statute|regulations?|decree|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+Act|Act)\s+)?`;
/** A modal of obligation or prohibition: "must", "must not", "shall", "shall not", "may by law
 *  not". */
const OBLIGING = String.raw`must(?:\s+not)?|shall(?:\s+not)?|may\s+${BY_RULE}(?:not|only|in\s+no\s+case|under\s+no\s+circumstances)|cannot|can\s+not|(?:is|are|was|were)\s+(?:not\s+)?(?:required|obliged|bound)\s+to`;
/** A modal whose subject "No" opens, a prohibition however permissive its word: "No single bidder
 *  may be awarded more than", "No person shall hold more than", "no member can receive more than". */
const NO_SUBJECT_MODAL_RE =
  /(?:^|[.;:,]\s*|\b(?:and|but|that)\s+)No\s+(?:[\w'’-]+\s+){1,4}?(?:may|can|shall)\b/i;
/** After a number that opens its clause's subject, a modal of obligation on the verb the subject
 *  governs: " of lottery revenue must go", " must fund", " shall be paid". */
const OBLIGED_SUBJECT_AFTER_RE =
  /^(?:\s+(?:of|in|on|from)\s+[^,;]{1,60}?)?\s+(?:must|shall)(?:\s+(?:not|also|each|still|always))?\s+(?!be\s+(?:expected|likely|projected|forecast)\b)[a-z]+/i;
/** A verb or adjective of permission whose subject is the rule or the one it entitles: "allows",
 *  "permits", "provides for", "entitles", "is eligible for", "are allowed to". */
const PERMITTING = String.raw`(?:allow(?:s|ed)?|permit(?:s|ted)?|provides?\s+for|provided\s+for|entitle(?:s|d)?|(?:is|are|was|were)\s+(?:eligible|entitled)(?:\s+(?:for|to))?)`;

const MODAL_RE = new RegExp(String.raw`\b(?:${PERMISSIVE}|${OBLIGING})\b`, 'i');
const PERMITTING_RE = new RegExp(String.raw`\b${PERMITTING}\b`, 'gi');
const OBLIGING_RE = new RegExp(String.raw`\b(?:${OBLIGING})\b`, 'i');
/** A modal passive after the number: "… shall be levied", "… may be awarded for each project". */
const MODAL_PASSIVE_AFTER_RE = new RegExp(
  String.raw`^[^,;]{0,60}?\b(?:${PERMISSIVE}|${OBLIGING})\s+be\s+(?:[a-z]+(?:ed|en|id)|spent|lent|kept|held|set|sold|put|cut|met|dealt|left|made)\b`,
  'i',
);
/** "… available to a first applicant", "… available under the scheme": a relief a rule offers. */
const AVAILABLE_AFTER_RE = /^\s+available\s+(?:to|for|under)\b/i;

/** A bound right before the number, in its lead or opening its stated words: "up to", "no more
 *  than", "at least", "a maximum of", "between", "exceed", and one the verb states ("fall below",
 *  "drop under", "rise above": what a modal of obligation forbids it to cross; v144). */
const BOUND_BEFORE_RE =
  /\b(?:up\s+to|(?:fall|drop|sink|go|rise|climb)\s+(?:below|under|above|over)|(?:no|not)\s+more\s+than|more\s+than|(?:no|not)\s+less\s+than|at\s+(?:most|least)|a\s+(?:maximum|minimum|ceiling|floor)\s+of|(?:maximum|minimum)\s+of|between|exceed(?:s|ing)?|as\s+much\s+as)\s+(?:[^\s\d]{1,4}\s?)?$/i;

/** What a rule gives to or lays on those it binds, as a noun (a sanction, a relief, a grant, a
 *  contribution or a charge: the noun classes the README's calls name, not one sentence's word) or
 *  as the verb of a body's act on them ("deduct", "levy", "impose"). A settlement is the sum a
 *  breach or a liability is settled for, a sanction ("HMRC may reduce the settlement by up to
 *  70%", v121), the object of the act a rule permits; a settlement that itself may grow or rise
 *  is no such object, a pay or wage settlement is a rise agreed, a land or housing settlement a
 *  place. A deposit, a down, upfront, final or additional payment, a guarantee, a performance, bid
 *  or completion bond and an instalment are what an auction's or a licence's rules lay on bidders
 *  and licensees ("Applicants must pay an Intention-to-Bid Deposit of 10 per cent of the reserve
 *  price", v157). */
const RULE_THING_RE =
  /\b(?:deduct|levy|impose|fines?|penalt(?:y|ies)|sanctions?|(?<!\b(?:pay|wage|salary|land|housing|human|informal|rural|urban|new)\s)settlements?(?!\s+(?:(?:may|can|could|might|will|would)\s+)?(?:rise|fall|grow|increase|decrease|decline|expand|shrink|reach|add)\b)|surcharges?|discounts?|reductions?|rebates?|reliefs?|deductions?|deductible|exemptions?|immunity|grants?|awards?|funding|aid|subsid(?:y|ies)|subventions?|support|allowances?|contributions?|co-?financing|fees?|charges?|tariffs?|tolls?|levy|levies|tax(?:es)?|royalt(?:y|ies)|duty|duties|refunds?|compensation|bills?|allocations?|deposits?|(?:down|upfront|final|additional)\s+payments?|guarantees?|(?:performance|bid|completion|surety)\s+bonds?|(?:bid|proposal|tender|performance)\s+securit(?:y|ies)|incentives?|instal?lments?)\b(?!\s+(?:income|revenues?|receipts|proceeds|collections?|yields?))/i;
/** A rule named as such: "Under the Act", "the guidelines", "the scheme", "Section 27", "the
 *  requirement", "the Code". */
const RULE_NAMED_RE =
  /\b(?:Act|[Ll]aws?|Code|[Rr]egulations?|[Rr]ules|[Gg]uidelines|[Ss]tatute|[Dd]ecree|[Dd]irective|Notice|[Ss]cheme|[Rr]equirements?|[Oo]rdinance|[Bb]y-?laws?|Section\s+\d+|Article\s+\d+)\b/;

/** What a forecast, a hedge or a proposal says of the clause: not a rule in force. */
const NOT_IN_FORCE_RE =
  /\b(?:would|could|might|expected|projected|forecasts?|likely|propos(?:e|es|ed|al|als)|draft|bill|consult(?:s|ed|ation)?|recommend(?:s|ed)?)\b/i;
/** An aggregate a rule aims at, whose path stays a forecast (README: an outcome the rule aims at). */
const AGGREGATE_RE =
  /\b(?:GDP|gross\s+domestic\s+product|inflation|deficits?|debt|growth|unemployment|emissions)\b/i;
/** A purpose after the number, no requirement: "… at least 5% to break even", "… for debt to fall"
 *  ("… up to $1,725 to each registered party" names a receiver, no infinitive). */
const PURPOSE_AFTER_RE =
  /^\s*(?:in\s+order\s+)?to\s+(?!(?:each|every|any|a|an|the|one|his|her|its|their|all)\b)[a-z]+\b|^[^,;]{0,40}?\bfor\s+[^,;]{1,40}?\bto\s+[a-z]+\b/i;
/** A modal of permission that governs the verb whose object the number is, with no bound: "may
 *  deduct ", "can obtain a rebate of ". */
const PERMITTED_OBJECT_RE = new RegExp(
  String.raw`\b(?:${PERMISSIVE})\s+(?:still\s+|also\s+|therefore\s+|thus\s+|then\s+|together\s+)?[a-z]+\s+(?:[a-z'’-]+\s+){0,3}?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** A modal of obligation that governs the verb whose object the number is, or the reach of that
 *  verb's object: "must deliver ", "shall surrender ", "are required to sell ", "must each extend
 *  coverage to " (a coverage duty on a licensee, v157); a state to be in ("Fibre must be open to
 *  90 per cent of homes") is an aim, no duty. */
const QUOTA_OBJECT_RE = new RegExp(
  String.raw`\b(?:${OBLIGING})\s+(?:also\s+|still\s+|each\s+|both\s+)?(?!(?:be|become|remain|stay|get)\b)[a-z]+\s+(?:(?:[\w-]+\s+){1,3}?to\s+)?(?:at\s+least\s+)?$`,
  'i',
);
/** A verb of change or level right before the number: "may rise 4%", "can reach 5%". A modal with
 *  such a verb and no bound states what may happen, no act a rule permits. */
const MOVES_BEFORE_RE =
  /\b(?:rise|fall|increase|decrease|grow|decline|drop|climb|go\s+(?:up|down)|reach|be|cost|total|amount\s+to)\s+(?:by\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/** Money those a rule binds spend, incur, give or accept, as a verb or a noun: "may spend", "may
 *  incur electoral expenditure of", "may make coordinated expenditures of", "may contribute", "may
 *  accept donations of" (the spending and contribution limits election and party-finance rules set). */
const SPENT_OR_GIVEN_RE =
  /\b(?:spend|incur|expenditures?|expenses|spending|contribute|donate|donations?|gifts?|give|accept|receive)\b/i;
/** A limit named as such, in the clause or the heading: "Spending limits", "Donation caps", "the
 *  maximum". */
const LIMIT_NAMED_RE = /\b(?:limits?|caps?|ceilings?|maximum)\b/i;
/** Right before a number, an earlier number of the same clause and a word that adds the next one to
 *  it: "may spend up to $1,512,000 on election advertising, plus ", "expenditures of $140,200 on
 *  behalf of a nominee in the smallest states and ". Group 1: the clause up to the earlier number,
 *  whose bound and verb the next number shares. */
const CONTINUED_BEFORE_RE =
  /^([\s\S]*?)(?:[^\s\d]{1,4}\s?)?\d[\d.,]*(?:\s*(?:%|per\s?cent|percent|million|billion|trillion|lakh|crore|bn))?(?:(?!\d)[^.;:])*?,?\s+(?:plus|and|or)\s+(?:(?:a\s+further|an\s+additional|another)\s+)?(?:(?:[a-z-]+\s+){0,4}?(?:up\s+to|(?:no|not)\s+more\s+than|a\s+maximum\s+of|at\s+most)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/**
 * Whether the number is a bound or rate a rule lays on those it binds: a modal of permission with a
 * bound, or a modal of obligation, in the number's clause, over something a rule gives or lays
 * (a fine, a grant, a fee, a relief: in the clause or in the heading it sits under), or, for an
 * obligation with a bound, over anything but an aggregate or a purpose.
 * @example ruleBound({ lead: 'The Commission may impose a fine of up to ', stated: '10%', after: ' of turnover.' }) // true
 * @example ruleBound({ lead: 'Prices may rise by up to ', stated: '5%', after: '.' }) // false
 */
export function ruleBound(view: RuleBoundView): boolean {
  // The words before the number, up to its first digit or its number word ("one third of the
  // approved cost" opens with none).
  const opening =
    /^\D*?(?=\d|\b(?:one|two|three|four|five|half|a\s+(?:third|quarter|fifth|half))\b)/i.exec(
      view.stated,
    )?.[0] ??
    /^\D*/.exec(view.stated)?.[0] ??
    '';
  // "…, plus $33,700", "…, and a registered promoter up to $393,000": a number added to an earlier
  // one of the sentence is read with the sentence's lead, whose modal and verb it shares.
  const joined =
    view.sentenceLead !== undefined &&
    view.sentenceLead.length > view.lead.length &&
    CONTINUED_BEFORE_RE.test(view.sentenceLead + opening);
  const before = (joined ? view.sentenceLead! : view.lead) + opening;
  const clause = `${before} ${view.after}`;
  if (NOT_IN_FORCE_RE.test(clause) || AGGREGATE_RE.test(clause)) return false;
  if (PURPOSE_AFTER_RE.test(view.after)) return false;
  // "plus $33,700 for each electorate", "and $4,420,300 in California": a number added to an
  // earlier one of the clause shares its bound and its verb.
  const continued = CONTINUED_BEFORE_RE.exec(before)?.[1];
  const bound =
    BOUND_BEFORE_RE.test(before) || (continued !== undefined && BOUND_BEFORE_RE.test(continued));
  // What the bound is of is named before the number ("a fine of up to", "Contributions … may
  // not exceed"), not by a word after it ("import up to C$0.6bn of equipment free of duty"). With
  // no modal, a verb of permission's subject is the rule or the enabler, and what it permits comes
  // after it: "The Act allows the Authority to impose a penalty of up to", not "higher taxes allow a
  // state to lift spending by more than".
  const modal = MODAL_RE.test(before) || MODAL_PASSIVE_AFTER_RE.test(view.after);
  const permits = [...before.matchAll(PERMITTING_RE)].pop();
  const ofWhat =
    modal || permits === undefined ? before : before.slice(permits.index + permits[0].length);
  const thing =
    RULE_THING_RE.test(ofWhat) ||
    (modal && RULE_NAMED_RE.test(before)) ||
    (view.heading !== undefined && RULE_THING_RE.test(view.heading)) ||
    // "may spend up to", "may accept donations of up to", under "Spending limits" or a rule named:
    // a spending or contribution limit, set (v94: election and party-finance rules).
    (SPENT_OR_GIVEN_RE.test(ofWhat) &&
      (RULE_NAMED_RE.test(before) ||
        LIMIT_NAMED_RE.test(clause) ||
        (view.heading !== undefined && LIMIT_NAMED_RE.test(view.heading)) ||
        (view.titleAbove !== undefined && LIMIT_NAMED_RE.test(view.titleAbove))));
  // "No single bidder may be awarded more than 50%": a modal on a subject "No" opens forbids; "At
  // least 34 percent of lottery revenue must go to schools": a bounded part that opens the subject
  // of an obligation is the floor the rule sets (v164).
  const subjectOpens = /^\s*(?:(?:by|under)\s+[^,;]{1,60},\s*)?[^\s\d]{0,12}\s*$/i.test(
    view.lead.replace(
      /\b(?:at\s+(?:least|most)|(?:no|not)\s+(?:more|less)\s+than|more\s+than|up\s+to)\s*$/i,
      '',
    ),
  );
  const obliging =
    OBLIGING_RE.test(before) ||
    MODAL_PASSIVE_AFTER_RE.test(view.after) ||
    NO_SUBJECT_MODAL_RE.test(before) ||
    (subjectOpens && OBLIGED_SUBJECT_AFTER_RE.test(view.after));
  const permissive = modal || permits !== undefined || AVAILABLE_AFTER_RE.test(view.after);
  // "must not raise rents by more than 3%", "must capture at least 75%": an obligation with a bound.
  if (obliging && bound) return true;
  // "Licensed gold traders must deliver 40% of purchases to the Bank", "exporters must surrender 30%
  // of their earnings": a share of their own flows an obligation makes them hand over, a quota the
  // rule sets (v144); "exports must grow 5%" states a change, no quota.
  if (
    obliging &&
    QUOTA_OBJECT_RE.test(before) &&
    !MOVES_BEFORE_RE.test(before) &&
    /(?:%|per\s?cent|percent)(?:\s+of\s|\s*$)/i.test(view.stated) &&
    (/\s+of\s/i.test(view.stated) || /^\s+of\s/i.test(view.after))
  )
    return true;
  if (!thing) return false;
  // "shall pay a surcharge of 2%", "may impose a fine of up to 10%", "can obtain a rebate of 12%".
  if (obliging) return true;
  if (!permissive) return false;
  const object = continued ?? before;
  return bound || (PERMITTED_OBJECT_RE.test(object) && !MOVES_BEFORE_RE.test(object));
}

/** A rate's noun: "contribution rate", "rate of contribution", "levy rate", "payroll tax rate". */
const RATE_NOUN = String.raw`(?:(?:[\w-]+\s+){0,3}?rates?(?:\s+of\s+(?:[\w-]+\s+){0,2}?[\w-]+)?)`;
/** Right before a number, a rate the law fixes, named so: "the legislated contribution rate of ",
 *  "its statutory rate of ", "the rate set in law of ", "the contribution rate, fixed by law at ",
 *  "the rate prescribed by the Act, ", "the contribution rate set out in the Act is ". A rate "a"
 *  law would set ("a legislated rate of 11% would be needed") names none in force. */
const LAW_FIXED_RATE_BEFORE_RE = new RegExp(
  String.raw`\b(?:the|its|their)\s+(?:(?:legislated|statutory|legal|prescribed|mandated|scheduled)\s+${RATE_NOUN}\s+(?:of|is|stands\s+at|at)|${RATE_NOUN},?\s+(?:(?:as\s+)?(?:fixed|set|laid\s+down|prescribed|specified|legislated)(?:\s+out)?\s+(?:by|in|under)\s+(?:the\s+)?(?:law|legislation|statute|Act|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4}\s+Act)),?\s+(?:(?:of|is|at|stands\s+at)\s+)?)\s*(?:(?:about|around|some|nearly|almost)\s+)?$`,
  'i',
);

/**
 * Whether the number is a rate the law fixes, named as such right before it ("The legislated
 * contribution rate of 9.9% is projected to be sufficient", "Under the legislated contribution rate
 * of 9.9%, assets are projected to grow", "The contribution rate, fixed by law at 12.5% of
 * insurable earnings, is expected to be adequate"): the rate in force, set, actual, whatever the
 * sentence projects of it (README, Status: a rate set is actual). Actuarial reports name the rate
 * the law fixes so and project what it will pay for; "the minimum contribution rate of 10.1%" and
 * "the required rate" are results of the projection and keep their reading.
 * @example lawFixedRate('The legislated contribution rate of ') // true
 * @example lawFixedRate('The contribution rate, fixed by law at ') // true
 * @example lawFixedRate('The minimum contribution rate of ') // false
 * @example lawFixedRate('A legislated rate of ') // false
 */
export function lawFixedRate(lead: string): boolean {
  return LAW_FIXED_RATE_BEFORE_RE.test(lead);
}

/** A bound's noun: "upper limit", "ceiling", "floor", "cap", "maximum". */
const LIMIT_NOUN = String.raw`(?:(?:upper|lower)\s+)?(?:limit|ceiling|cap|floor|maximum|minimum)`;
/** Right before a number, a bound the law sets, named so: "the legal upper limit of ", "its
 *  statutory ceiling of ", "the floor of " (with the law after it, LAW_SETS_AFTER_RE). A bound "a"
 *  law would set names none in force. Group law: the word that names it the law's. */
const LAW_LIMIT_BEFORE_RE = new RegExp(
  String.raw`\b(?:the|its|their)\s+(?<law>(?:legislated|statutory|legal|prescribed|mandated)\s+)?${LIMIT_NOUN}\s+of\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right after the number, the law that sets it: " the Act sets for 2031 onward", " that the law
 *  lays down", " set by the Pensions Act". */
const LAW_SETS_AFTER_RE =
  /^(?:\s*(?:%|per\s?cent|percent))?\s+(?:(?:that|which)\s+)?(?:(?:the|this)\s+(?:law|legislation|statute|Act|(?:[A-Z][\w-]*\s+){1,4}Act)\s+(?:sets|fixes|lays\s+down|prescribes)|(?:set|fixed|laid\s+down|prescribed)\s+(?:by|in|under)\s+(?:the\s+)?(?:law|legislation|statute|Act|(?:[A-Z][\w-]*\s+){1,4}Act))\b/;

/**
 * Whether the number is a bound the law sets, named as such ("The legal upper limit of 22 per cent
 * until 2040 would thus be respected", "below the floor of 48 per cent the Act sets for 2031
 * onward"): a bound in force, actual, whatever the projection measured against it (v278, as a rate
 * the law fixes is). A bound with no law named ("the floor of 48 per cent") keeps its reading.
 * @example lawFixedLimit('The legal upper limit of ', ' until 2040 would be respected.') // true
 * @example lawFixedLimit('below the floor of ', ' per cent the Act sets for 2031 onward.') // true
 * @example lawFixedLimit('below the floor of ', ' per cent in 2031.') // false
 * @example lawFixedLimit('A legal limit of ', ' would be needed.') // false
 */
export function lawFixedLimit(before: string, after: string): boolean {
  const bound = LAW_LIMIT_BEFORE_RE.exec(before);
  return bound !== null && (bound.groups!.law !== undefined || LAW_SETS_AFTER_RE.test(after));
}
