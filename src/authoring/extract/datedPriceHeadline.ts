// One reader of a headline that announces the prices or charges a body sets with the date they take
// effect, in the forms decided.ts's announcedChange does not read: a noun of the change before
// the charge ("REVISION OF PUBLIC CAR PARK CHARGES FROM 1 SEPTEMBER 2035", "Increase in water
// tariffs from 1 July 2034"), a charge noun it does not list ("Standard letter postage to rise on
// 1 July"), a date with its weekday ("Oil prices to be adjusted on Tuesday, 10 September 2035"),
// and the prices set for a dated cycle ("Maximum retail pump prices for 15 March to 14 April
// 2034", "Retail prices of petroleum products for 25 to 31 January 2036"). The headline is the
// body's announcement of its decision, so what a price "will" be under it is set, actual, though
// it takes effect later (README, Status, v154, v251). Pure: it reads only the words it is given.

import { ANNOUNCEMENT_OPEN } from './announcedLevel.ts';
import { adjectiveChargeHeadline, headlineLines } from './announcedRates.ts';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** The prices or charges a body sets, the headline's noun: "charges", "fares", "postage",
 *  "tariffs", "pump prices", "prices of petroleum products". */
const PRICE_NOUN = String.raw`(?:charges?|fees?|fares?|tariffs?|tolls?|levy|levies|dues|postage|prices?|(?:postage|water|electricity|gas|parking)\s+rates|dut(?:y|ies))`;
/** A weekday before a date's day: "Tuesday, ". */
const WEEKDAY = String.raw`(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?`;
/** The date a change takes effect, after its verb or noun: "from 1 September 2035", "on 1 July",
 *  "on Tuesday, 10 September 2035", "with effect from 1 April", "effective 1 March 2034". */
const EFFECT = String.raw`(?:from|on|effective(?:\s+from)?|starting|with\s+effect\s+from)\s+${WEEKDAY}(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?${MONTH}\b`;
/** A noun of the change, then the charge ("Revision of public car park charges from …", "Increase
 *  in water tariffs from …"), or the charge, then the noun ("Fare revision on the Skerrow crossing
 *  from …"); group rest: its words after them, where the date is. */
const CHANGE_NOUN = String.raw`(?:revision|increase|rise|adjustment|change|reduction|cut)s?`;
const NOUN_CHANGE_RE = new RegExp(
  String.raw`\b(?:${CHANGE_NOUN}\s+(?:in|of|to)\s+(?:the\s+)?(?:[\w'’&-]+\s+){0,5}?${PRICE_NOUN}|${PRICE_NOUN}\s+${CHANGE_NOUN})\b(?<rest>(?:[^.\n]|\.\d){0,80})`,
  'gi',
);
/** The charge, then its verb of change ("Standard letter postage to rise on 1 July", "Oil prices
 *  to be adjusted on Tuesday, …"; group rest: its words after the verb). */
const VERB_CHANGE_RE = new RegExp(
  String.raw`\b${PRICE_NOUN}\s+(?:(?:is|are|will)\s+)?(?:to\s+(?:be\s+)?|be\s+)?(?:rise|increase|go\s+up|fall|go\s+down|drop|revised|raised|increased|adjusted|cut|reduced|lowered|changed)\b(?<rest>(?:[^.\n]|\.\d){0,80})`,
  'gi',
);
/** The prices set for a dated cycle, from one day to another: "pump prices for 15 March to 14
 *  April 2034", "prices of petroleum products for 25 to 31 January 2036" (group rest: the
 *  period). */
const CYCLE_PRICES_RE = new RegExp(
  String.raw`\b(?:prices|fares|tariffs|charges)\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?for\s+(?:the\s+(?:week|month|period)\s+(?:of\s+)?)?(?<rest>[0-3]?\d(?:\s+${MONTH})?\s*(?:to|–|-)\s*[0-3]?\d\s+${MONTH},?\s+(?:19|20)\d\d)\b`,
  'gi',
);
/** Words that leave the announced change open: ANNOUNCEMENT_OPEN, and a request ("seeks",
 *  "applies", "calls for"), a review of the prices, or a statistic's words (a consumer price index,
 *  a survey), no body's own prices. */
const OPEN_RE = new RegExp(
  String.raw`\b(?:${ANNOUNCEMENT_OPEN}|seeks?|asks?|applies|application|request\w*|calls?\s+for|review\s+of|consumer|index|survey|statistics)\b`,
  'i',
);

/**
 * The years a document's headline names as the dates of effect of the prices or charges it
 * announces, in the forms decided.ts's announcedChange leaves: a noun of the change before the
 * charge, a charge noun or a weekday it does not read, the prices set for a dated cycle.
 * An all-capitals headline is read with its case folded ("FROM 1 SEPTEMBER 2035"). Undefined when
 * no headline announces such a change, or one hedges it ("Water tariffs may rise from 1 July").
 * @example datedPriceHeadline({ title: 'REVISION OF PUBLIC CAR PARK CHARGES FROM 1 SEPTEMBER 2035', top: '' }) // [2035]
 * @example datedPriceHeadline({ title: 'Retail prices of petroleum products for 25 to 31 January 2036', top: '' }) // [2036]
 * @example datedPriceHeadline({ title: 'Proposed increase in water tariffs from 1 July 2034', top: '' }) // undefined
 */
export function datedPriceHeadline(doc: { title: string; top: string }): number[] | undefined {
  const years: number[] = [];
  let found = false;
  for (const raw of headlineLines(doc)) {
    // An all-capitals headline is read in the case of its months.
    const line =
      raw === raw.toUpperCase()
        ? raw.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase())
        : raw;
    if (OPEN_RE.test(line.replace(/\b[0-3]?\d\s+May\b|\bMay\s+(?:19|20)\d\d\b/g, ' '))) continue;
    const effect = new RegExp(`^\\s*(?:${EFFECT})`, 'i');
    for (const re of [NOUN_CHANGE_RE, VERB_CHANGE_RE])
      for (const m of line.matchAll(re)) {
        const rest = m.groups!.rest!;
        if (
          !effect.test(rest) &&
          !new RegExp(`^\\s*(?:[\\w-]+\\s+){0,6}?${EFFECT}`, 'i').test(rest)
        )
          continue;
        found = true;
        for (const y of rest.matchAll(/\b(?:19|20)\d\d\b/g)) years.push(Number(y[0]));
      }
    for (const m of line.matchAll(CYCLE_PRICES_RE)) {
      found = true;
      for (const y of m.groups!.rest!.matchAll(/\b(?:19|20)\d\d\b/g)) years.push(Number(y[0]));
    }
  }
  // "Lower fee caps at Government-supported preschools from 1 January 2033": an adjective of the
  // change before the charges (announcedRates.ts, v262).
  return found ? years : adjectiveChargeHeadline(doc);
}

/** A caption that names charges or prices ("4. Monthly season parking charges for cars will be
 *  revised as follows:", "Postage rates from 1 July"), or their bounds ("The daily caps will be:", v262), none of
 *  them undecided. */
const CHARGES_CAPTION_RE = new RegExp(
  String.raw`\b${PRICE_NOUN}\b|\b(?:rates|caps|ceilings)\b`,
  'i',
);
const UNDECIDED_CAPTION_RE =
  /\b(?:propos\w*|recommend\w*|request\w*|applied\s+for|applications?|estimat\w*|forecast\w*|project\w*|options?|scenarios?|illustrat\w*|example|planned|draft|consult\w*|may|might|could|would)\b/i;

/**
 * Whether a pipe table's caption names the charges or prices a headline announces as changed on a
 * date (`announced`: decided.ts, announcedChange): the table's new levels are the decision's, set,
 * actual though they take effect later ("REVISION OF PUBLIC CAR PARK CHARGES FROM 1 SEPTEMBER
 * 2035" over "Monthly season parking charges for cars will be revised as follows:" ⏎ "| Surface |
 * $80 | $90 |"; v251). A caption that proposes, estimates or illustrates keeps its reading.
 * @example announcedTable('Monthly season parking charges will be revised as follows:', true) // true
 * @example announcedTable('Estimated revenue from the new charges', true) // false
 */
export function announcedTable(caption: string, announced: boolean): boolean {
  return announced && CHARGES_CAPTION_RE.test(caption) && !UNDECIDED_CAPTION_RE.test(caption);
}

/** A list's lead-in with "will" or "shall" and a noun of the prices or their changes, ending in a
 *  colon: "Oil companies will implement the following price adjustments on Tuesday, 10 September
 *  2035, based on the advisories they filed with the Department:". */
const ANNOUNCED_LEAD_IN_RE = new RegExp(
  String.raw`\b(?:will|shall)\b[^:]*\b(?:${PRICE_NOUN}|(?:price|fare|tariff|charge)\s+(?:adjustments?|changes?|increases?|reductions?|revisions?))\b[^:]*:$`,
  'i',
);

/**
 * The lead-in of a list (decided.ts, listLeadIn), in a document whose headline announces a dated
 * change of prices, when it states with "will" that the changes below are made: each item is the
 * announced change ("Oil companies will implement the following price adjustments on Tuesday, 10
 * September 2035, …:" ⏎ "- Diesel: decrease of ₱0.45 per liter"; v251). A lead-in that hedges,
 * estimates or proposes gives none.
 * @example announcedLeadIn('Operators will apply the following fare changes from 1 May:') // 'Operators will apply the following fare changes from 1 May:'
 * @example announcedLeadIn('Operators expect the following fare changes:') // undefined
 */
export function announcedLeadIn(line: string | undefined): string | undefined {
  return line !== undefined &&
    ANNOUNCED_LEAD_IN_RE.test(line) &&
    !OPEN_RE.test(line.replace(/\b[0-3]?\d\s+May\b|\bMay\s+(?:19|20)\d\d\b/g, ' ')) &&
    !UNDECIDED_CAPTION_RE.test(
      line.replace(
        /\b[0-3]?\d\s+May\b|\bMay\s+(?:[0-3]?\d|(?:19|20)\d\d)\b|\bfrom\s+1\s+May\b/g,
        ' ',
      ),
    )
    ? line
    : undefined;
}
