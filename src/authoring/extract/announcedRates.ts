// Two more headline shapes by which a body announces the levels it sets with the date they take
// effect, beside datedPriceHeadline.ts (charges) and announcedLevel.ts (pensions, benefits, loan
// interest): an adjective of the change before the charges ("Lower fee caps at Government-supported
// preschools from 1 January 2033", "Higher water charges for Elmvale households from 1 July 2035",
// "New ferry fares on the Skerrow crossing from 5 February 2035"), and the interest a body charges
// or pays on late payments, repayments, overpayments, underpayments, arrears or contributions,
// changed from a date or for a dated period ("Interest rates on overpayments and underpayments fall
// for the second quarter of 2033", "Interest on late payments and repayments to fall from 3 March
// 2034"). The headline is the body's announcement of its decision, so what the levels "will be:"
// under it is set, actual, though it takes effect later (README, Status, v262). Pure: it reads
// only the words it is given.

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** The date a change takes effect: "from 1 January 2033", "on 2 March", "with effect from 1 April
 *  2035", "effective 1 July", and a dated period of a rate, "for the second quarter of 2033", "for
 *  April to June 2035". */
const EFFECT = String.raw`(?:(?:from|on|effective(?:\s+from)?|starting|with\s+effect\s+from)\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?${MONTH}\b|for\s+(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of|${MONTH}\s+(?:to|–|-)\s+${MONTH})\s+(?:19|20)\d\d\b)`;
/** The charges a body sets, as a headline names them after the adjective of their change, with the
 *  word of their bound after them: "fee caps", "water charges", "ferry fares", "parking charge
 *  caps", "harbour dues", "tolls". */
const CHARGES = String.raw`(?:charges?|fees?|fares?|tariffs?|tolls?|levy|levies|dues|postage|rents?|premiums?)(?:\s+(?:caps?|ceilings?|limits?|rates|levels))?`;
/** A headline that opens on an adjective of the change of the charges it names (group rest: its
 *  words after the charges, where the date is). */
const ADJECTIVE_HEADLINE_RE = new RegExp(
  String.raw`^(?:Lower|Higher|New|Reduced|Increased|Revised)\s+(?:[\w'’-]+\s+){0,3}?${CHARGES}\b(?<rest>[^.\n]{0,100})`,
  'i',
);
/** A headline of the interest a body charges or pays on what is paid late, repaid or overpaid,
 *  with a verb of its change: "Interest rates on overpayments and underpayments fall", "Interest
 *  on late payments and repayments of customs duty to rise" (group rest: its words after the
 *  verb). */
const INTEREST_HEADLINE_RE = new RegExp(
  String.raw`^(?:[\w-]+\s+){0,2}?interest(?:\s+rates?)?\s+(?:on|for)\s+(?:[\w-]+\s+){0,6}?(?:payments?|repayments?|overpayments?|underpayments?|arrears|refunds?|contributions?)\b[^.\n]{0,40}?\s(?:to\s+(?:rise|fall|increase|decrease|go\s+(?:up|down)|change|be\s+(?:raised|lowered|cut|reduced|increased|revised|changed))|rises?|falls?|increases?|decreases?|go(?:es)?\s+(?:up|down)|(?:are\s+|is\s+)?(?:raised|lowered|cut|reduced|increased|revised|changed))\b(?<rest>[^.\n]{0,80})`,
  'i',
);
/** Words that leave the announced change open: a forecast, a hedge, a proposal, a request. */
const HEDGE_RE =
  /\b(?:expected|expects?|likely|could|may|might|would|propos\w*|consult\w*|plans?|planned|set\s+to|forecast\w*|project\w*|if|unless|subject\s+to|pending|seeks?|asks?|request\w*|draft|review\s+of|options?)\b/i;
/** The month May with its day or year, no modal. */
const MONTH_MAY_RE = /\b[0-3]?\d\s+May\b|\bMay\s+(?:[0-3]?\d|(?:19|20)\d\d)\b/g;

/**
 * The headlines of a document: its title, and the lines of its opening (600 characters) that end
 * in no sentence's closing point. Also datedPriceHeadline's (v251).
 * @example headlineLines({ title: 'Fares', top: 'FARES FROM 1 MAY 2035\nThe fares will be:' }) // ['Fares', 'FARES FROM 1 MAY 2035']
 */
export const headlineLines = ({ title, top }: { title: string; top: string }): string[] => [
  title,
  ...top
    .slice(0, 600)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/[.;:]$/.test(l)),
];

/** The headline lines, an all-capitals line read in its months' case. */
const headlines = (doc: { title: string; top: string }): string[] =>
  headlineLines(doc).map((l) =>
    l === l.toUpperCase() ? l.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase()) : l,
  );

/** The years in a headline's words after its charges or verb, when they hold a date of effect. */
const effectYears = (rest: string): number[] | undefined =>
  new RegExp(String.raw`^\s*(?:[\w'’()&,-]+\s+){0,8}?${EFFECT}`, 'i').test(rest)
    ? [...rest.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]))
    : undefined;

/**
 * The years a headline that opens on an adjective of the change of charges names as their date of
 * effect ("Lower fee caps at Government-supported preschools from 1 January 2033" gives [2033]);
 * undefined when no headline has that shape, it has no date of effect, or it hedges ("Lower
 * harbour dues expected from 1 March 2035"). Read beside datedPriceHeadline's forms (v262).
 * @example adjectiveChargeHeadline({ title: 'Lower fee caps at preschools from 1 January 2033', top: '' }) // [2033]
 * @example adjectiveChargeHeadline({ title: 'Lower inflation from 1 March 2035', top: '' }) // undefined
 */
export function adjectiveChargeHeadline(doc: { title: string; top: string }): number[] | undefined {
  for (const line of headlines(doc)) {
    const m = ADJECTIVE_HEADLINE_RE.exec(line);
    if (m === null || HEDGE_RE.test(line.replace(MONTH_MAY_RE, ' '))) continue;
    const years = effectYears(m.groups!.rest!);
    if (years !== undefined) return years;
  }
  return undefined;
}

/**
 * The years a headline of the interest a body charges or pays on late payments, repayments,
 * overpayments or the like names for its change ("Interest rates on overpayments and underpayments
 * fall for the second quarter of 2033" gives [2033]); undefined when there is none, it has no date
 * of effect or it hedges ("Proposed interest rates on …"). Read beside announcedLevel.ts's
 * headlines of pensions, benefits and loan interest (v262).
 * @example interestRateHeadline({ title: 'Interest on late payments and repayments to fall from 3 March 2034', top: '' }) // [2034]
 * @example interestRateHeadline({ title: 'Interest on late payments may rise from 3 March 2034', top: '' }) // undefined
 */
export function interestRateHeadline(doc: { title: string; top: string }): number[] | undefined {
  for (const line of headlines(doc)) {
    const m = INTEREST_HEADLINE_RE.exec(line);
    if (m === null || HEDGE_RE.test(line.replace(MONTH_MAY_RE, ' '))) continue;
    const years = effectYears(m.groups!.rest!);
    if (years !== undefined) return years;
  }
  return undefined;
}

/** A list's lead-in that states what the rates "will be:", a date of effect or a period before it
 *  or none: "From April 1 through June 30, 2033, the rates will be:", "The new rates will be:". */
const RATES_LEAD_IN_RE =
  /^(?:(?:from|on|for|with\s+effect\s+from)\b[^:;.]{0,60},?\s+)?(?:the\s+)?(?:new\s+)?(?:interest\s+)?rates\s+(?:will|shall)\s+(?:then\s+)?be:$/i;

/**
 * Whether a list's lead-in (decided.ts, listLeadIn) states what the rates "will be:", unhedged: under
 * a headline that announces their change (interestRateHeadline), each item below is the rate set
 * ("From April 1 through June 30, 2033, the rates will be:" ⏎ "- 6% for overpayments by
 * individuals"; v262). "Actuaries expect that … the rates will be:" gives none.
 * @example ratesLeadIn('From 2 March 2035 the rates will be:') // true
 * @example ratesLeadIn('Officials expect that the rates will be:') // false
 */
export function ratesLeadIn(line: string | undefined): boolean {
  return line !== undefined && RATES_LEAD_IN_RE.test(line.trim()) && !HEDGE_RE.test(line);
}
