// One reader of a level a body announces in its own headline with the date it takes effect: a
// pension, a benefit or allowance amount, or the interest on a public loan ("AHV/IV pensions to rise
// by 2.4 per cent on 1 January 2035", "Pension rates rise from 20 March", "Interest on student debt
// rises to 2.71% in 2035"). The headline is the body's announcement of its decision, so what the
// level "will" be, or is, in the headline and in the sentences under it, is actual, though it takes
// effect later (README, Status, v185). Pure: it reads only the words it is given.

import { interestRateHeadline } from './announcedRates.ts';

/** The levels a body sets for those it pays or lends to, named in a headline with up to three words
 *  before them: "AHV/IV pensions", "Unemployment benefit amounts", "Child allowance", "Interest on
 *  student debt". Not what they cost ("Pension spending", "benefit bill"). */
const HEADLINE_LEVEL = String.raw`(?:pensions?|benefits?|allowances?|supplements?|(?:pension|benefit|allowance)\s+(?:rates|amounts|payments)|interest(?:\s+rates?)?\s+on\s+(?:[\w-]+\s+){0,3}?(?:debts?|loans?))`;
/** A verb of the level's change in a headline: "to rise", "to be uprated", "rises", "revised up". */
const HEADLINE_CHANGE = String.raw`(?:to\s+(?:rise|increase|go\s+up|fall|be\s+(?:raised|increased|revised|adjusted|cut|reduced|uprated|indexed))|rises?|increases?|falls?|goes\s+up|(?:(?:is|are)\s+)?(?:revised|raised|adjusted|uprated|indexed|increased)(?:\s+(?:up|down)(?:wards?)?)?)`;
/** A headline that announces the change of such a level, or of two joined by "and" ("Pensions and
 *  payments rise from 20 March"; v280) (group rest: its words after the verb). */
const LEVEL_CHANGE_HEADLINE_RE = new RegExp(
  String.raw`\b${HEADLINE_LEVEL}(?:\s+and\s+(?:${HEADLINE_LEVEL}|payments|rates))?\s+${HEADLINE_CHANGE}\b(?<rest>(?:[^.\n]|\.\d){0,80})|\b(?:announces?|announced|decides?|decided|sets?)\b[^.\n]{0,40}?\b(?:benefit|pension|allowance)s?\s+(?:increase|rise|adjustment|uprating)\b(?<rest2>(?:[^.\n]|\.\d){0,80})`,
  'gi',
);
/** A headline that names the uprating of such levels with its year, or the levels for a period,
 *  with no verb ("Benefits and Pensions Uprating 2034-35", "Pension indexation 2035", "Benefit
 *  amounts for January to March 2035"; group rest: its words after the noun). */
const LEVEL_NOUN_HEADLINE_RE = new RegExp(
  String.raw`\b${HEADLINE_LEVEL}(?:\s+and\s+${HEADLINE_LEVEL})?\s+(?:(?:uprating|up-rating|indexation|adjustment|revision)\b(?<rest>\s+(?:for\s+|from\s+)?(?:fiscal\s+)?(?:19|20)\d\d\b[^\n]{0,40})|(?<=(?:rates|amounts|payments)\s+)(?<rest2>(?:for|from)\s+(?:[\w-]+\s+){0,4}?(?:19|20)\d\d\b[^\n]{0,40}))`,
  'gi',
);
/** In an opening sentence, the new levels and the verb of their taking effect ("The new rates will
 *  come into effect from 13 April 2034", "The revised amounts apply from April 2035"; group rest:
 *  its words after the verb, where the date is). */
const LEVELS_TAKE_EFFECT_RE =
  /\b(?:new|revised|increased|higher|uprated|adjusted)\s+(?:[\w-]+\s+){0,2}?(?:rates|amounts|pensions|benefits|allowances)\s+(?:will\s+)?(?:come\s+into\s+(?:effect|force)|comes?\s+into\s+(?:effect|force)|takes?\s+effect|take\s+effect|apply|applies|be\s+paid)\b(?<rest>[^.;\n]{0,80})/gi;
/** In the headline's words after its verb, the date the change takes effect: "on 1 January 2035",
 *  "from 20 March", "from April 2035", "in 2035", "for 2035" (not "by 2040", a path to an aim). */
const EFFECT_RE =
  /\b(?:(?:from|on|effective(?:\s+from)?|starting|with\s+effect\s+from)\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:in|for|from)\s+(?:fiscal\s+)?(?:19|20)\d\d\b)/i;
/** Words that leave an announced change open: a forecast, a hedge, a proposal, a condition. The
 *  words every reader of an announcement shares (here, datedPriceHeadline.ts, decided.ts), each
 *  adding its own. */
export const ANNOUNCEMENT_OPEN = String.raw`expected|likely|could|may|might|would|propos\w*|consult\w*|plans?|set\s+to|forecast\w*|project\w*|if|unless|subject\s+to|pending`;
/** Words that leave the announced level's change open: ANNOUNCEMENT_OPEN, and "expects", a review
 *  ("reviewed", "under review"). */
const OPEN_RE = new RegExp(String.raw`\b(?:${ANNOUNCEMENT_OPEN}|expects?|review\w*)\b`, 'i');

/**
 * Text with the names of schemes taken out: "Canada Pension Plan", "Thrift Savings Plan" name a
 * scheme, no plan that hedges the levels it pays; "Minister Plans Pension Rise" and "Government
 * Plan to raise pensions" keep their hedge (v196).
 * @example withoutSchemeNames('Canada Pension Plan (CPP) benefits will increase') // 'Canada Pension   (CPP) benefits will increase'
 */
export function withoutSchemeNames(text: string): string {
  return text.replace(/(?<=\b[A-Z][\w-]*)\s+Plan\b(?!\s+to\b)/g, '  ');
}

/** The lines of a document's title and opening that are headlines: no sentence's closing point. */
const headlines = ({ title, top }: { title: string; top: string }): string[] => [
  title,
  ...top
    .slice(0, 800)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/[.;]$/.test(l)),
];

/**
 * The years a document's headline (or an opening sentence that dates the new levels) names for the change of a pension, benefit, allowance or loan
 * interest it announces with its date of effect, unhedged; undefined when it announces none
 * ("Pensions to be reviewed" has no date, "Pension spending to rise to 11% of GDP by 2040" is an
 * aggregate, "Pensions expected to rise from January" is hedged).
 * @example announcedLevelChange({ title: 'AHV/IV pensions to rise by 2.4 per cent on 1 January 2035', top: '' }) // [2035]
 * @example announcedLevelChange({ title: 'Pensions to be reviewed', top: '' }) // undefined
 */
export function announcedLevelChange(doc: { title: string; top: string }): number[] | undefined {
  const years: number[] = [];
  let found = false;
  const take = (rest: string) => {
    found = true;
    for (const y of rest.matchAll(/\b(?:19|20)\d\d\b/g)) years.push(Number(y[0]));
  };
  for (const line of headlines(doc)) {
    const open = OPEN_RE.test(withoutSchemeNames(line));
    for (const m of line.matchAll(LEVEL_CHANGE_HEADLINE_RE)) {
      const rest = m.groups!.rest ?? m.groups!.rest2 ?? '';
      if (EFFECT_RE.test(rest) && !open) take(rest);
    }
    // "Benefits and Pensions Uprating 2034-35", "Benefit amounts for January to March 2035": the
    // uprating or the levels named with the year they are for (v196).
    for (const m of line.matchAll(LEVEL_NOUN_HEADLINE_RE))
      if (!open) take(m.groups!.rest ?? m.groups!.rest2 ?? '');
  }
  // "I have completed my annual review of benefit rates. The new rates will come into effect from
  // 13 April 2034": an opening sentence that dates the new levels announces them (v196).
  for (const sentence of doc.top.slice(0, 800).split(/(?<=[.;])\s+|\n/)) {
    if (OPEN_RE.test(sentence)) continue;
    for (const m of sentence.matchAll(LEVELS_TAKE_EFFECT_RE))
      if (EFFECT_RE.test(m.groups!.rest!)) take(m.groups!.rest!);
  }
  // "Interest rates on overpayments and underpayments fall for the second quarter of 2033": the
  // interest a revenue body charges or pays, changed for a dated period (announcedRates.ts, v262).
  return found ? years : interestRateHeadline(doc);
}

/** The levels a body sets, as the subject of a clause: a pension, benefit, allowance, supplement or
 *  payment, a rate, amount, threshold, maximum or minimum, a ceiling, cap or limit, a value, an
 *  adjustment, the interest on a loan. A rate of a market or of the economy is none. */
export const SET_LEVEL = String.raw`(?:pensions?|benefits?|allowances?|supplements?|payments?|(?<!\b(?:inflation|growth|unemployment|exchange|discount|funding|vacancy|mortgage|policy|bank|market|return|savings|deposit|lending)\s)rates?|amounts?|thresholds?|maximum|minimum|ceilings?|caps?|limits?|value|adjustment|interest)`;
/** Before a number, such a level and the verb of what it "will" be or is, the clause running on to
 *  the number: "the maximum single rate of Age Pension, including the Pension and Energy
 *  Supplements, will rise by $24.80 to ", "The threshold for a single borrower is ", "pensions to
 *  rise by ", "the minimum amount will rise to ", and the level of the year before in brackets
 *  after it ("will be 2.38% in 2035 (2034: "). No number between the level and its verb (a name's
 *  digits, "the SF35 rules", are its letters', and an age, "for a new recipient starting at age
 *  65", says whom the level is for: v196). */
const SET_LEVEL_BEFORE_RE = new RegExp(
  String.raw`\b${SET_LEVEL}\b(?:[^.;:\d]|(?<=(?:[A-Za-z]|\bage[ds]?\s)\d*)\d){0,120}?\b(?:will\s+(?:(?:also|then|therefore|thus|now)\s+)?(?:be|rise|increase|go\s+up|fall|decrease|drop|climb|remain|stay)|to\s+(?:rise|increase|fall)|rises|increases|falls|goes\s+up|rise|increase|is|are)\b(?:[^.;:]|\.\d){0,80}?(?:\s\((?:19|20)\d\d(?:[-–/]\d{2,4})?:\s?)?$`,
  'i',
);

/**
 * Whether the words before a number, in its sentence, state what a level a body sets "will" be or
 * is: its subject a pension, benefit, rate, amount, threshold or the like, and its verb one of
 * level or change, with no digit between them.
 * @example levelStated('The child allowance will be ') // true
 * @example levelStated('The increase will cost the fund ') // false
 */
export function levelStated(lead: string): boolean {
  return SET_LEVEL_BEFORE_RE.test(lead);
}

/** Before a number, what those paid "will receive" or "get", or the level a change takes theirs
 *  to: "Couples will each receive ", "taking their combined rate to ", "bringing the weekly
 *  payment to " (v280). */
const RECEIVED_BEFORE_RE = new RegExp(
  String.raw`(?:\bwill\s+(?:(?:each|also|now|then)\s+)?(?:receive|get)|\b(?:taking|bringing|lifting|raising)\s+(?:the|their|its|his|her)\s+(?:[\w-]+\s+){0,3}?${SET_LEVEL}\s+to)\s+(?:an?\s+(?:extra|further)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Before a number, a level named with its sum after "of" ("The annual Carer Supplement of "), and
 *  after it, its "will be paid" ("$600 will be paid in July"; v280). */
const LEVEL_OF_BEFORE_RE = new RegExp(String.raw`\b${SET_LEVEL}\s+of\s+(?:[^\s\d]{1,4}\s?)?$`, 'i');
const WILL_BE_PAID_AFTER_RE =
  /^\s*(?:(?:a|an|per|each)\s+[a-z]+\s+)?will\s+(?:(?:also|then|again)\s+)?be\s+(?:paid|credited)\b/i;

/**
 * Whether a number under an announced change is what those paid "will receive", the level a change
 * takes theirs to, or a level named with its sum that "will be paid" (`lead`: the words before it in
 * its sentence; `after`: those after it): "Couples will each receive $16.10 more, taking their
 * combined rate to $1,879.60 a fortnight", "The annual Carer Supplement of $600 will be paid in
 * July" (v280).
 * @example levelReceived('Couples will each receive ', ' more.') // true
 * @example levelReceived('The fund will spend ', ' more.') // false
 */
export function levelReceived(lead: string, after: string): boolean {
  return (
    RECEIVED_BEFORE_RE.test(lead) ||
    (LEVEL_OF_BEFORE_RE.test(lead) && WILL_BE_PAID_AFTER_RE.test(after))
  );
}

/** After a number, the change it heads as the subject of a verb of its taking effect: " percent
 *  cost-of-living adjustment (COLA) will begin with benefits payable", " pension increase takes
 *  effect in January". */
const LEVEL_HEADED_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?\s+(?:[\w-]+\s+){0,3}?(?:adjustment|increase|rise|uprating|indexation)(?:\s*\([A-Z][\w-]*\))?\s+(?:will\s+(?:begin|start|take\s+effect|apply|be\s+paid)|begins|starts|takes\s+effect|applies)\b/i;

/**
 * Whether a number, read with its stated words and the words after them, heads a change that is
 * the subject of a verb of its taking effect: "The 2.6 percent cost-of-living adjustment (COLA)
 * will begin with benefits payable in January 2035" (v196).
 * @example levelHeaded('2.6 percent cost-of-living adjustment (COLA) will begin with') // true
 * @example levelHeaded('2.6 percent increase in prices was recorded') // false
 */
export function levelHeaded(statedAndAfter: string): boolean {
  return LEVEL_HEADED_AFTER_RE.test(statedAndAfter.replace(/^[^\s%]*\d/, ''));
}
