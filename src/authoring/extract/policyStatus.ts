// Reads the status of a level a policy body's meeting or statement names (README, "The calls",
// Status, v286, from ho323, ho325, ho326 and ho327): what a committee, board or council decided,
// voted or agreed to set is that decision, actual, though its date of effect is to come; the
// options it weighed, what a dissenting member preferred and a level a forecast had put on the
// period are no decision, expected. Pure; each reader sees the words around one number and knows
// nothing of the other readings.

/** A verb of policy: what a body moves, holds or sets ("raise", "lower", "keep", "continue
 *  selling"). */
const POLICY_MOVE = String.raw`(?:raise|increase|lift|lower|reduce|cut|decrease|keep|maintain|hold|leave|set|fix|narrow|widen|tighten|ease|continue\s+(?:selling|buying|purchasing|reducing|to\s+sell|to\s+buy))`;

/** What a body's policy moves: a rate, a ratio, a requirement, a buffer, a limit, a holding of
 *  bonds, a tax or a charge, or an instrument named by its acronym ("the OCR", "the CRR"). */
const POLICY_OBJECT_RE =
  /\b(?:rates?|ratios?|range|requirements?|buffers?|limits?|caps?|ceilings?|floors?|allowances?|stock|holdings?|purchases|sales|bonds|securities|gilts|tax(?:es)?|dut(?:y|ies)|tariffs?|lev(?:y|ies)|fees?|charges?|premiums?|reserves?)\b/i;
const ACRONYM_RE = /\b[A-Z]{2,5}\b/;

/** What no decision on a policy instrument names: an aggregate a body aims at, money it spends or
 *  lends, a goal ("agreed to raise Kenya's exports to the UAE to KSh 150 billion", "decided to
 *  spend"). */
const NO_INSTRUMENT_RE =
  /\b(?:exports?|imports?|trade|investment|spend|spending|provide|lend|invest|towards?|work)\b|\b(?:target|goal|aim|ambition)s?\s+(?:of|for)\b/i;

/** A target the move aims at ("raise the reserve target to 12% by 2038"), no rate a body sets; a
 *  target range for a policy rate is one. */
const TARGET_RE = /\b(?:targets?|goals?|aims?|ambitions?)\b(?!\s+range)/i;
/** Right after the number, the year by which it is to be reached: " by 2038", " by end-2036". */
const BY_YEAR_AFTER_RE = /^\s+(?:[^\s,;.]+\s+){0,3}?by\s+(?:(?:the\s+)?end[- ](?:of\s+)?)?\d{4}\b/i;

/** A body's finite verb of deciding or voting and its "to": "decided to ", "has decided to ",
 *  "voted unanimously to ", "voted by a majority of 6–3 to ", "today decided to "; "agreed to" only
 *  to continue an operation in course ("agreed to continue selling government bonds"), as what
 *  ministers "agreed to raise" is a pledge; "remains resolved to" is a stance, no decision. */
const DECIDED_TO = String.raw`(?<!\b(?:remains?|is|are|was|were|be|being|been)\s+)\b(?:(?:has|have|had)\s+)?(?:(?:today|also|therefore|accordingly|further|unanimously)\s+)?(?:(?:decided|voted|resolved|determined)(?:\s+(?:today|unanimously|by\s+(?:a\s+)?(?:majority\s+(?:of\s+)?)?\d+\s?[–-]\s?\d+))?\s+to\s+(?:(?:also|further)\s+)?|agreed\s+to\s+(?=continue\b))`;

/** Right before a number (past the stated words up to its digits), a body's decision to move a
 *  policy instrument, its object and "by", "to", "at" or "from", up to twenty words: "the MPC
 *  decided to increase the repurchase rate by ", "… by 50 basis points to ", "voted unanimously to
 *  reduce the stock of gilts held … by £85 billion over the next 12 months, to a total of ",
 *  "agreed to continue selling government bonds from its portfolio at ". Group 1 is the object. */
const DECIDED_MOVE_BEFORE_RE = new RegExp(
  String.raw`${DECIDED_TO}${POLICY_MOVE}\s+((?:[^\s;:!?]+\s+){0,20}?)(?:by|to|at|from)\s+(?:(?:a\s+total\s+of|a\s+level\s+of|about|around|some|an\s+estimated)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** Right before the verb of deciding, a counted side of a vote: "Four members ", "One member ",
 *  "two other directors " (int96). */
const COUNTED_VOTERS_BEFORE_RE =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:(?:other|external|internal|remaining)\s+)?(?:members?|directors?|governors?|policymakers?|participants?)\s+(?:of\s+the\s+\S+\s+)?$/i;

/** A condition, permission or hedge on the decision in the sentence: "if", "unless", "would",
 *  "should price pressures persist", "subject to", "could". */
const HEDGED_DECISION_RE =
  /\b(?:if|unless|would|could|might|should|subject\s+to|provided\s+that|expected|forecast|projected)\b/i;

/** The words before a number with the stated words' own before its first digit: what the readers
 *  below match on. */
const upToDigits = (before: string, stated: string): string => {
  const digit = stated.search(/\d/);
  return before + (digit > 0 ? stated.slice(0, digit) : '');
};

/**
 * Whether the number after `before` (its sentence up to the stated words), whose stated words are
 * `stated`, is the level or the move of a policy instrument a body decided, voted or agreed to
 * set: actual, though its date of effect is to come (v286).
 * @example decidedPolicyMove('the MPC decided to increase the repurchase rate by 50 basis points to ', '8.75%', ', with effect from 23 September 2032.') // true
 * @example decidedPolicyMove('The two Ministers agreed to raise exports to the UAE to ', 'KSh 150 billion', '.') // false
 */
export function decidedPolicyMove(before: string, stated: string, after: string): boolean {
  const m = DECIDED_MOVE_BEFORE_RE.exec(upToDigits(before, stated));
  if (!m) return false;
  // "Four members voted to reduce …": a counted side of a split vote is read by the vote's own
  // rule, which weighs it against the other side (candidates.test.ts), not as the body's decision.
  if (COUNTED_VOTERS_BEFORE_RE.test(before.slice(0, m.index))) return false;
  const object = m[1]!;
  // The instrument is named before the first "by" or "to" of the move.
  const named = object.split(/\s(?:by|to)\s/)[0]!;
  const clause = `${before.slice(m.index)}${stated}${after.split(/[.;]/)[0]}`;
  return (
    (POLICY_OBJECT_RE.test(named) || ACRONYM_RE.test(named)) &&
    !/\.\s/.test(object) &&
    !TARGET_RE.test(named) &&
    !BY_YEAR_AFTER_RE.test(after) &&
    !NO_INSTRUMENT_RE.test(object) &&
    !HEDGED_DECISION_RE.test(clause)
  );
}

/** The opening of a sentence that carries out the decision of the one before: "Accordingly, ",
 *  "As a result, ", "Consequently, ", "In line with this decision, ". */
const CARRIES_OUT_OPENING_RE =
  /^\s*(?:\d+\.\s+)?(?:Accordingly|As\s+a\s+result|Consequently|In\s+line\s+with\s+(?:this|that|the)\s+decision),\s/i;
/** The passive "will be" of a move to a level: "will be decreased to ", "will be raised to ". */
const WILL_BE_MOVED_RE =
  /\bwill\s+be\s+(?:raised|increased|lowered|reduced|decreased|cut|set|kept|maintained|adjusted|changed)\s+to\s/i;

/**
 * Whether the number after `before` in a sentence that opens "Accordingly," and moves levels "will
 * be decreased to" is the level a decision in `previousSentence` set: "The Governing Council today
 * decided to lower the three key interest rates by 25 basis points." ⏎ "Accordingly, the interest
 * rates … will be decreased to 2.25%, 2.40% and 2.65% respectively, with effect from 18 June 2033"
 * (v286).
 * @example carriedOutDecision('The Council today decided to lower the three key interest rates by 25 basis points.', 'Accordingly, the rates will be decreased to ', '.') // true
 */
export function carriedOutDecision(
  previousSentence: string,
  before: string,
  after: string,
): boolean {
  if (!CARRIES_OUT_OPENING_RE.test(before) || !WILL_BE_MOVED_RE.test(before)) return false;
  const decided = new RegExp(`${DECIDED_TO}${POLICY_MOVE}\\s`, 'i');
  return (
    decided.test(previousSentence) &&
    !HEDGED_DECISION_RE.test(previousSentence) &&
    !HEDGED_DECISION_RE.test(`${before}${after.split(/[.;]/)[0]}`)
  );
}

/** A body's verb of weighing or consulting on an option, in the past or perfect: "considered",
 *  "had also examined", "weighed", "discussed", "consulted in June on". */
const WEIGHED = String.raw`\b(?:(?:had|has|have)\s+)?(?:(?:also|first|briefly|carefully|further)\s+)?(?:considered|weighed|examined|discussed|debated|explored|studied|assessed|evaluated|looked\s+at|consulted\s+(?:(?:in|during|over|earlier\s+in)\s+(?:[\w'’-]+\s+){1,3}?)?on)`;
/** A gerund of moving a level. */
const MOVING = String.raw`(?:raising|increasing|lifting|cutting|reducing|lowering|easing|tightening|setting|holding|keeping|capping|limiting|moving|extending|narrowing|widening)`;
/** An option's noun with an indefinite article, up to three words before its head ("a single rate",
 *  "a larger easing", "a cut"), a "for", "on" or "in" phrase of up to four words after it and a
 *  comma. */
const OPTION_NOUN = String.raw`an?\s+(?:[\w'’-]+\s+){0,3}?(?:cuts?|increases?|rises?|reductions?|easing|tightening|hikes?|moves?|rates?|ratios?|requirements?|premiums?|allowances?|levy|fee|charge|surcharge|tax|duty|tariff|cap|limit|floor|ceiling|buffer)(?:\s+(?:for|on|in)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?,?`;
/** Right before a number (past the stated words up to its digits), a body's verb of weighing an
 *  option and the option, named by a noun with an indefinite article or by a gerund and its object,
 *  then "of", "to", "at" or "by": "The Government considered a single rate of ", "had also examined
 *  a cut to ", "weighed a larger easing for owner-occupiers, to ", "discussed the merits of
 *  reducing the OCR by ", "had consulted in June on lowering the allowance to ". No modal or "to"
 *  before the verb. */
const WEIGHED_OPTION_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:can|may|could|might|shall|should|must|will|would|to)\s+)${WEIGHED}\s+(?:the\s+(?:merits|case|option|possibility|idea)\s+(?:of|for)\s+)?(?:${OPTION_NOUN}|${MOVING}(?:\s+[^\s;:!?]+){1,8}?)\s+(?:of|to|at|by)\s+(?:(?:about|around|some|just)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** A motion to set a level, moved in a debate: "the opposition moved to set the rate at ". */
const MOVED_TO_SET_BEFORE_RE =
  /\bmoved\s+to\s+(?:set|cut|raise|lower|reduce|increase|hold|keep|limit|cap|fix|freeze)\s+(?:[^\s;:!?]+\s+){1,8}?(?:at|to|by)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** After the number, a judgment of the level weighed ("… sufficient"), which names a level in its
 *  own right rather than an option. */
const JUDGED_AFTER_RE =
  /^\s*(?:[^\s,.;]+\s+){0,2}?(?:appropriate|sufficient|adequate|reasonable|excessive|necessary|justified|warranted|too\s+high|too\s+low)\b/i;

/**
 * Whether the number is an option a body weighed, consulted on or had moved in a debate, with no
 * decision taken on it: expected (v286; a larger change "considered … but rejected it" in
 * putForward.ts is one shape of it).
 * @example weighedOption('The Government considered a single rate of ', '0.09%', ' on all liabilities, but rejected it.') // true
 * @example weighedOption('The National Bank had also examined an increase to the legal maximum of ', '2.5%', '.') // false
 */
export function weighedOption(before: string, stated: string, after: string): boolean {
  const upTo = upToDigits(before, stated);
  return (
    (WEIGHED_OPTION_BEFORE_RE.test(upTo) || MOVED_TO_SET_BEFORE_RE.test(upTo)) &&
    !JUDGED_AFTER_RE.test(after)
  );
}

/** Right before a number, what a member preferred or favoured instead of the decision: "They
 *  preferred to leave the rate unchanged at ", "one member preferred to reduce it by 0.5 percentage
 *  points, to ", "who would have preferred a cut of ", "favoured an increase of "; what a party
 *  "argued for keeping it at" is the level in force it defends. */
const PREFERRED_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:would\s+have\s+)?preferred|favou?red|voted\s+(?:instead\s+)?for)\s+(?:(?:to\s+${POLICY_MOVE}|${MOVING})\s+(?:[^\s;:!?]+\s+){0,10}?(?:at|to|by)|(?:an?\s+)?(?:[\w'’-]+\s+){0,2}?(?:increase|rise|cut|reduction|hike|easing|tightening)\s+of)\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/**
 * Whether the number is what a member preferred or favoured instead of the decision taken:
 * expected, no decision (v286).
 * @example preferredLevel('Two members preferred to maintain Bank Rate at ', '4%') // true
 * @example preferredLevel('The Committee decided to maintain Bank Rate at ', '4%') // false
 */
export function preferredLevel(before: string, stated: string): boolean {
  return PREFERRED_BEFORE_RE.test(upToDigits(before, stated));
}

/** Right after a number named by an article, a participle of forecasting and where or by whom:
 *  " expected in the February Report", " forecast for 2035", " projected by staff". */
const FORECAST_PARTICIPLE_AFTER_RE =
  /^\s+(?:(?:earlier|previously|originally|then)\s+)?(?:expected|forecast|forecasted|projected|predicted|anticipated|envisaged|assumed|pencilled\s+in|foreseen)\s+(?:in|by|for|at|under|earlier|previously|last|back|a\s+(?:year|quarter|month)\s+ago)\b/i;
/** Right before the number, an article or a possessive that makes it a noun phrase: "the ",
 *  "below the ", "its ". */
const ARTICLE_BEFORE_RE = /\b(?:the|its|their|this|that)\s+(?:[^\s\d]{1,4}\s?)?$/i;

/**
 * Whether the number is a forecast named by a participle right after it ("slightly below the 3.6%
 * expected in the February Report"): the level a forecast put on the period, expected, whatever
 * outturn the sentence sets against it (v286).
 * @example forecastParticiple('slightly below the ', ' expected in the February Report.') // true
 * @example forecastParticiple('Inflation was ', ', as expected in the Report.') // false
 */
export function forecastParticiple(before: string, after: string): boolean {
  return ARTICLE_BEFORE_RE.test(before) && FORECAST_PARTICIPLE_AFTER_RE.test(after);
}

/**
 * The status the words around one number give it as a policy body's decision or as no decision,
 * or undefined when they say neither (v286): `before` is its sentence up to the stated words,
 * `stated` those words, `after` the rest of the sentence and `previousSentence` the one before it.
 * @example policyStatus('They preferred to leave the rate unchanged at ', '2.25 per cent', '.', '') // 'expected'
 */
export function policyStatus(
  before: string,
  stated: string,
  after: string,
  previousSentence: string,
): 'actual' | 'expected' | undefined {
  if (
    weighedOption(before, stated, after) ||
    preferredLevel(before, stated) ||
    // A sum a budget projected for a period now over is read by its period (v263 truth).
    (/(?:%|per\s?cent|percent|points?)$/i.test(stated) && forecastParticiple(before, after))
  )
    return 'expected';
  if (
    decidedPolicyMove(before, stated, after) ||
    carriedOutDecision(previousSentence, before, after)
  )
    return 'actual';
  return undefined;
}
