// One reader of a level a body announces in its own headline with the date it takes effect: a
// pension, a benefit or allowance amount, or the interest on a public loan ("AHV/IV pensions to rise
// by 2.4 per cent on 1 January 2035", "Pension rates rise from 20 March", "Interest on student debt
// rises to 2.71% in 2035"). The headline is the body's announcement of its decision, so what the
// level "will" be, or is, in the headline and in the sentences under it, is actual, though it takes
// effect later (README, Status, v185). Pure: it reads only the words it is given.

/** The levels a body sets for those it pays or lends to, named in a headline with up to three words
 *  before them: "AHV/IV pensions", "Unemployment benefit amounts", "Child allowance", "Interest on
 *  student debt". Not what they cost ("Pension spending", "benefit bill"). */
const HEADLINE_LEVEL = String.raw`(?:pensions?|benefits?|allowances?|supplements?|(?:pension|benefit|allowance)\s+(?:rates|amounts|payments)|interest(?:\s+rates?)?\s+on\s+(?:[\w-]+\s+){0,3}?(?:debts?|loans?))`;
/** A verb of the level's change in a headline: "to rise", "to be uprated", "rises", "revised up". */
const HEADLINE_CHANGE = String.raw`(?:to\s+(?:rise|increase|go\s+up|fall|be\s+(?:raised|increased|revised|adjusted|cut|reduced|uprated|indexed))|rises?|increases?|falls?|goes\s+up|(?:(?:is|are)\s+)?(?:revised|raised|adjusted|uprated|indexed|increased)(?:\s+(?:up|down)(?:wards?)?)?)`;
/** A headline that announces the change of such a level (group rest: its words after the verb). */
const LEVEL_CHANGE_HEADLINE_RE = new RegExp(
  String.raw`\b${HEADLINE_LEVEL}\s+${HEADLINE_CHANGE}\b(?<rest>(?:[^.\n]|\.\d){0,80})|\b(?:announces?|announced|decides?|decided|sets?)\b[^.\n]{0,40}?\b(?:benefit|pension|allowance)s?\s+(?:increase|rise|adjustment|uprating)\b(?<rest2>(?:[^.\n]|\.\d){0,80})`,
  'gi',
);
/** In the headline's words after its verb, the date the change takes effect: "on 1 January 2035",
 *  "from 20 March", "from April 2035", "in 2035", "for 2035" (not "by 2040", a path to an aim). */
const EFFECT_RE =
  /\b(?:(?:from|on|effective(?:\s+from)?|starting|with\s+effect\s+from)\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:in|for|from)\s+(?:fiscal\s+)?(?:19|20)\d\d\b)/i;
/** Words that leave the announced change open: a forecast, a hedge, a proposal. */
const OPEN_RE =
  /\b(?:expected|expects?|likely|could|may|might|would|propos\w*|consult\w*|plans?|set\s+to|forecast\w*|project\w*|if|unless|subject\s+to|pending|review\w*)\b/i;

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
 * The years a document's headline names for the change of a pension, benefit, allowance or loan
 * interest it announces with its date of effect, unhedged; undefined when it announces none
 * ("Pensions to be reviewed" has no date, "Pension spending to rise to 11% of GDP by 2040" is an
 * aggregate, "Pensions expected to rise from January" is hedged).
 * @example announcedLevelChange({ title: 'AHV/IV pensions to rise by 2.4 per cent on 1 January 2035', top: '' }) // [2035]
 * @example announcedLevelChange({ title: 'Pensions to be reviewed', top: '' }) // undefined
 */
export function announcedLevelChange(doc: { title: string; top: string }): number[] | undefined {
  const years: number[] = [];
  let found = false;
  for (const line of headlines(doc)) {
    for (const m of line.matchAll(LEVEL_CHANGE_HEADLINE_RE)) {
      const rest = m.groups!.rest ?? m.groups!.rest2 ?? '';
      if (!EFFECT_RE.test(rest) || OPEN_RE.test(line)) continue;
      found = true;
      for (const y of rest.matchAll(/\b(?:19|20)\d\d\b/g)) years.push(Number(y[0]));
    }
  }
  return found ? years : undefined;
}

/** The levels a body sets, as the subject of a clause: a pension, benefit, allowance, supplement or
 *  payment, a rate, amount, threshold, maximum or minimum, a ceiling, cap or limit, a value, an
 *  adjustment, the interest on a loan. A rate of a market or of the economy is none. */
const SET_LEVEL = String.raw`(?:pensions?|benefits?|allowances?|supplements?|payments?|(?<!\b(?:inflation|growth|unemployment|exchange|discount|funding|vacancy|mortgage|policy|bank|market|return|savings|deposit|lending)\s)rates?|amounts?|thresholds?|maximum|minimum|ceilings?|caps?|limits?|value|adjustment|interest)`;
/** Before a number, such a level and the verb of what it "will" be or is, the clause running on to
 *  the number: "the maximum single rate of Age Pension, including the Pension and Energy
 *  Supplements, will rise by $24.80 to ", "The threshold for a single borrower is ", "pensions to
 *  rise by ", "the minimum amount will rise to ", and the level of the year before in brackets
 *  after it ("will be 2.38% in 2035 (2034: "). No number between the level and its verb (a name's
 *  digits, "the SF35 rules", are its letters'). */
const SET_LEVEL_BEFORE_RE = new RegExp(
  String.raw`\b${SET_LEVEL}\b(?:[^.;:\d]|(?<=[A-Za-z]\d*)\d){0,120}?\b(?:will\s+(?:(?:also|then|therefore|thus|now)\s+)?(?:be|rise|increase|go\s+up|fall|decrease|drop|climb|remain|stay)|to\s+(?:rise|increase|fall)|rises|increases|falls|goes\s+up|rise|increase|is|are)\b(?:[^.;:]|\.\d){0,80}?(?:\s\((?:19|20)\d\d(?:[-–/]\d{2,4})?:\s?)?$`,
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
