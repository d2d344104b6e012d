// Reads the bounds of an income schedule's bands and the incomes that pick its members, as tax,
// contribution and benefit texts write them in running prose (v276, from the fresh sets
// ho318–ho322): both ends of the bands a noun of a band names ("for the chargeable income bands
// from RM35,001 to RM100,000", "the two bands between RM35,001 and RM70,000", "Earnings in the
// transition zone from €603.01 to €2,000 a month"), the income that picks one person ("A person
// earning $65,000 a year will be about $14.40 a week better off, and someone on $100,000 about
// $22.70", "an employee with monthly taxable pay of KSh 45,000", "a kasambahay earning less than
// ₱6,000 a month"), the bound a definition gives its class ('A "small operator" is a licensee with
// less than 20% of total minutes terminated') and the bound on a move supposed with "any" ("any
// real-terms cut larger than 2 percentage points would put €40 million at risk"). Every one says
// which members, bands or cases a rule or a sum is for; none measures anything. Pure; it sees one
// sentence and one match, and knows nothing of kinds, status or other figures.

import { type BoundMatch, aroundNumber } from './classBound.ts';
import { GREATER, LARGER_SMALLER, MORE_LESS, SORTING_BOUND, anyOf, than } from './boundWords.ts';

/** A currency's sign or code right before the digits: "$", "KSh ", "RM", "₱". */
const CUR = String.raw`(?:[^\s\d]{1,4}\s?)?`;
/** A word of a noun phrase. */
const WORD = String.raw`[\w'’-]+`;
/** A number with its thousands grouped by commas, stops or spaces ("SEK 52 000") and a scale. */
const NUMBER = String.raw`\d[\d.,]*(?:\s\d{3})*(?:\s?(?:lakh|crore|thousand|million|billion|m|bn|k)\b)?`;
/** A hedge before a sum: "about", "around". */
const HEDGE = String.raw`(?:(?:about|around|roughly|some|approximately)\s+)?`;

/** The noun of a band of a schedule: "bands", "bracket", "slabs", "tier", and a zone a taper
 *  runs over, "the transition zone" ("a restricted zone from HK$450 to HK$640" is a place). */
const BAND_NOUN = String.raw`(?:bands?|brackets?|slabs?|tiers?|(?:transition|taper|tapering|phase-in|phase-out|sliding)\s+zones?)`;
/** Right before a band's first end, the noun of a band and "from" or "between": "income bands
 *  from RM", "the two bands between RM", "the transition zone from €". */
const BAND_NOUN_FIRST_BEFORE_RE = new RegExp(
  String.raw`\b${BAND_NOUN}\s+(?:of\s+)?(?:from|between)\s+${CUR}$`,
  'i',
);
/** Right before its second end, the same and the first end: "bands from RM35,001 to RM". */
const BAND_NOUN_SECOND_BEFORE_RE = new RegExp(
  String.raw`\b${BAND_NOUN}\s+(?:of\s+)?(?:from|between)\s+${CUR}${NUMBER}\s*(?:to|and|[–-])\s*${CUR}$`,
  'i',
);
/** A verb that moves the band it takes as its object, up to the noun: "raise the standard rate
 *  band", "widen the 20% band": its "from … to" are the band's old and new edges, two levels ("The
 *  cut applies to the income brackets from" takes no band as its object). */
const MOVED_BAND_RE = new RegExp(
  String.raw`\b(?:rais|increas|widen|extend|lift|lower|reduc|cut|index|mov|shift|chang|adjust|expand|narrow|uprat)\w*\s+(?:(?:the|its|their|each|every|all)\s+)?(?:(?!(?:to|for|of|in|on|at|by|with|applies|apply)\b)${WORD}\s+){0,4}?${BAND_NOUN}\s+(?:of\s+)?(?:from|between)\s`,
  'i',
);

/** A person picked as one member: the nouns a tax or benefit text gives its example persons. */
const PERSON = String.raw`(?:person|people|employee|worker|earner|taxpayer|individual|family|household|couple|pensioner|parent|contributor|member|resident|claimant|applicant|student)`;
/** Before a sum, one member picked with "a", "an", "any", "one" or "someone", described in up to
 *  six words, and what it earns: "A person earning ", "a kasambahay earning less than ₱", "someone
 *  on ", "an employee with monthly taxable pay of KSh ". "On" needs a person's noun or "someone"
 *  ("a levy on $" is none). Group 1 is the member's noun when "on" or "with" picks it. */
const EARNER_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:an?|any|one|each|every)\s+(?:(?!(?:an?|the|of|to|for|from|by|in|at)\b)${WORD}\s+){0,5}?(${WORD})|\b(?:some|any)(?:one|body))\s+` +
    String.raw`(?:(earning|paid)|(on)|(with)\s+(?:an?\s+)?(?:${WORD}\s+){0,3}?(?:pay|income|salary|earnings|wages?|remuneration)\s+of)\s+` +
    String.raw`(?:${SORTING_BOUND}\s+)?${HEDGE}${CUR}$`,
  'i',
);
/** After an earner's sum, its period: " a year", " a month", " per week", " annually". */
const PERIOD_AFTER_RE =
  /^\s*(?:a|an|per|each|every)\s+(?:year|month|week|fortnight|day|hour|annum)\b|^\s*(?:annually|monthly|weekly)\b/i;
const PERSON_RE = new RegExp(String.raw`^${PERSON}s?$|^(?:someone|anyone|somebody|anybody)$`, 'i');

/** Before a number, a definition's class picked with "a", "an" or "any" and "with" a bound, or a
 *  further criterion joined with "and": "is a licensee with less than ", "means an operator with
 *  more than ", "is an employer with fewer than 20 staff and a payroll of less than $". */
const DEFINED_CLASS_BEFORE_RE = new RegExp(
  String.raw`\b(?:is|are|means|mean|denotes|refers\s+to)\s+(?:an?|any)\s+(?:${WORD}\s+){0,3}?${WORD}\s+(?:with|holding|having)\s+(?:[^.;:]{1,60}?\s+and\s+)?(?:an?\s+)?(?:${WORD}\s+){0,3}?${SORTING_BOUND}\s+${CUR}$`,
  'i',
);

/** A move's noun. */
const MOVE = String.raw`(?:change|rise|increase|cut|reduction|fall|drop|decline|movement|move|shift|deviation)`;
/** Before a number, a move supposed with "any" and its bound written as a comparative: "any
 *  real-terms cut larger than ", "any increase of more than ". */
const ANY_MOVE_BEFORE_RE = new RegExp(
  String.raw`\bany\s+(?:${WORD}\s+){0,2}?${MOVE}\s+(?:(?:of|by)\s+)?${anyOf(than(MORE_LESS, GREATER, LARGER_SMALLER), String.raw`in\s+excess\s+of`)}\s+${CUR}$`,
  'i',
);
/** After the bound, what the supposed move would do: " would put", " could cost", " will need". */
const MODAL_AFTER_RE = /^[^.;:]{0,60}?\b(?:would|could|might|will|may)\s+[a-z]/i;

/**
 * Whether the number at `m` is a bound a schedule's prose sorts by (v276): either end of the bands
 * a noun of a band names ("for the chargeable income bands from RM35,001 to RM100,000", "the two
 * bands between RM35,001 and RM70,000"; "raise the standard rate band from €42,000 to €44,000"
 * moves the band, two levels), the income that picks a person ("A person earning $65,000 a year",
 * "someone on $100,000", "an employee with monthly taxable pay of KSh 45,000", "a family with two
 * children earning less than €823 a week"), the bound of a defined class ("is a licensee with less
 * than 20% of total minutes") and of a move supposed with "any" ("any cut larger than 2 percentage
 * points would put …").
 * @example scheduleBound('A person earning $65,000 a year will be about $14.40 a week better off.', { start: 17, end: 24, kind: 'amount' }) // true
 * @example scheduleBound('The Government will raise the standard rate band from €42,000 to €44,000.', { start: 54, end: 61, kind: 'amount' }) // false
 */
export function scheduleBound(s: string, m: BoundMatch): boolean {
  const { before, after } = aroundNumber(s, m) ?? {};
  if (before === undefined || after === undefined) return false;
  if (BAND_NOUN_FIRST_BEFORE_RE.test(before) || BAND_NOUN_SECOND_BEFORE_RE.test(before))
    return !MOVED_BAND_RE.test(before.slice(-120));
  if (m.kind === 'amount' && earnerIncome(before, after)) return true;
  if (DEFINED_CLASS_BEFORE_RE.test(before)) return true;
  return ANY_MOVE_BEFORE_RE.test(before) && MODAL_AFTER_RE.test(after);
}

/** The income that picks one member: "earning" or "paid" with a person's noun or a period after
 *  the sum, "on" with a person's noun, "with … pay of" always. */
function earnerIncome(before: string, after: string): boolean {
  const e = EARNER_BEFORE_RE.exec(before);
  if (!e) return false;
  const person = e[1] === undefined || PERSON_RE.test(e[1]);
  if (e[4] !== undefined) return true;
  if (e[3] !== undefined) return person;
  return person || PERIOD_AFTER_RE.test(after);
}
