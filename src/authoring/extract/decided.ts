// One reader of money and prices a decision has set: a sum allocated, funding confirmed, a charge
// or a price a body fixed is actual, even for a date to come. Pure; it reads only the words and
// the caller's own readings it is given, and knows nothing of the rest of the status chain.

import { announcedLeadIn, datedPriceHeadline } from './datedPriceHeadline.ts';
import { ratesLeadIn } from './announcedRates.ts';
import {
  ANNOUNCEMENT_OPEN,
  announcedLevelChange,
  levelHeaded,
  levelReceived,
  levelStated,
  withoutSchemeNames,
} from './announcedLevel.ts';
import { madeProvision } from './madeInstrument.ts';
import { signedAgreement, titleAndTop } from './documentDecides.ts';
import { LIST_ITEM_RE, markShape } from './listItem.ts';
import { grantedLevel } from './grantedLevel.ts';
import { tradePrice } from './tradePrice.ts';
import {
  EXPECTED_RE,
  EXPECTS_BEFORE_RE,
  FORECAST_WORD_RE,
  MAY_RE,
  PLANS_TO_RE,
} from './vocabulary.ts';

/** Which decision sets the figure, so a caller or a test can say why it is actual. */
export type DecidedReading =
  | 'allocated'
  | 'budget moved'
  | 'charge'
  | 'money'
  | 'settlement'
  | 'price'
  | 'announced price'
  | 'announced level'
  | 'scheme charge'
  | 'grant'
  | 'charge decided'
  | 'payer bill'
  | 'charge table'
  | 'charge list'
  | 'budget adopted'
  | 'budget approved'
  | 'set at'
  | 'set by body'
  | 'decided that'
  | 'charge dated'
  | 'set passive'
  | 'charge list'
  | 'pay set'
  | 'scheme rate'
  | 'requirement'
  | 'kept level'
  | 'kept list'
  | 'ordered payment'
  | 'resolved'
  | 'approved level'
  | 'rule level'
  | 'made provision'
  | 'trade price'
  | 'granted level';

/** What the reader looks at: the match in its sentence and the caller's readings that outrank it. */
export interface DecidedView {
  /** The whole document: a decision on prices may be anywhere in it. */
  text: string;
  /** The document up to the number (its last 2,000 characters are enough): the lead-in or heading
   *  its line is listed under. */
  textBefore?: string;
  sentence: string;
  match: { kind: string; start: number; end: number };
  /** The stated words of the match ("by 3.5 percent"). */
  statedText: string;
  /** The number's clause up to the match. */
  lead: string;
  clauseText: string;
  /** Where the number's clause ends in its sentence (its end when not given). */
  clauseEnd?: number;
  /** The words that may hedge the number (its clause, asides blanked). */
  hedgeText: string;
  documentYear?: number;
  /** The document's title and opening; the grant and charge-decided readings read its title. */
  budgetTitle?: { title: string; top: string };
  /** A change asked for ("its request for a 9% rise"), not yet granted. */
  requested: boolean;
  /** The number is a forecast or estimate named right before it ("the forecast of 2%"). */
  forecastItself: boolean;
  /** A budget's own level or line for a period not over: the budget readings keep it. */
  budgetOwn: boolean;
}

// The shared lists: each reading below names its nouns and verbs from these.

/** The charges a body sets: "fees", "tariffs", "tolls", "levies", "caps". */
const CHARGE_NOUNS = String.raw`fees?|tariffs?|tolls?|levy|levies|caps?`;
/** …and "charges", "fares" and a port's or harbour's "dues", which only a settlement or a price
 *  decision reads as set ("adult fares will go up by 10 cents", "the goods due on each trailer
 *  will be €30" after the board approved the rise). */
const CHARGES = String.raw`${CHARGE_NOUNS}|charges?|fares?|dues|(?:goods|port|harbou?r|tonnage|light|cargo|wharf(?:age)?)\s+due`;
/** What a charge "will" do from its date: "will be", "will rise", "will go down". */
const WILL_CHANGE = String.raw`will\s+(?:be|rise|increase|go\s+up|fall|drop|decrease|go\s+down|remain|stay)`;
/** A question a body has left open, after a verb of deciding or considering (v86): "has not yet
 *  decided whether", "has yet to decide", "is still weighing whether", "are discussing whether",
 *  "will decide at its March meeting whether" (what is asked is not decided, expected). "Having
 *  reviewed whether", "decided that" name none. */
const OPEN_QUESTION = String.raw`not\s+(?:yet\s+)?(?:decided|agreed|determined|resolved)\s+(?:on\s+)?(?:whether|if)|yet\s+to\s+(?:decide|agree|determine|resolve)|(?:is|are|was|were|be|been|still)\s+(?:still\s+)?(?:considering|weighing|reviewing|assessing|studying|examining|discussing|debating|deciding)\s+whether|(?:will|to|would|must|should|shall)\s+(?:decide|consider|determine)\b(?:[^.;:]{0,40}?\s)?whether`;
/** A decision still awaited: "pending a decision", "awaiting approval", "once approved". */
const AWAITED = String.raw`pending|awaiting|once\s+(?:it\s+is\s+|they\s+are\s+)?(?:approved|agreed|confirmed|adopted)|${OPEN_QUESTION}`;
const AWAITED_RE = new RegExp(String.raw`\b(?:${AWAITED})\b`, 'i');
/** Before a charge's noun, what it brings in: "revenue from the levy", "receipts of the tax" (the
 *  sum it yields, no level a body sets). */
const YIELD_OF = String.raw`(?<!\b(?:revenues?|income|receipts|proceeds|yield|take|collections?)\s+(?:from|of)\s+(?:(?:the|this|its|their)\s+)?)`;
/** What a charge earns or how it moves, which is no charge: "fee income", "premium growth". */
const NOT_A_CHARGE = String.raw`income|revenue|receipts|collections?|inflation|growth`;
/** The past verbs that adopt a budget: "adopted", "approved", "passed", "enacted". */
const ADOPTED = String.raw`adopted|approved|passed|enacted`;
/** The verbs that put money somewhere: "allocated", "set aside", "earmarked", "ring-fenced",
 *  "made available" (v62: "the Government made available R$ 412 billion in rural credit"). */
export const MONEY_PUT = String.raw`allocated|set\s+aside|earmarked|ring-?fenced|appropriated|made\s+available`;

/** A modal or "to" that governs a verb: "should set aside", "to allocate". */
const GOVERNING_MODAL = String.raw`to|will|would|shall|should|can|could|may|might|must`;
/** Before a number, a perfect or past verb that puts money somewhere, with the words after it
 *  (group 1): "has been allocated ", "were set aside for roads: ", "Ministry allocated " (not "to
 *  be", "is" or "the allocated"). A modal kept from the verb by an aside set off with commas still
 *  governs it (v75: "should, in its next spending review bid, set aside £400 million", "must,
 *  before the year is out, set aside"): "set aside" is base form and past alike. */
const ALLOCATED_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:has|have|had)\s+(?:also\s+)?been\s+|\b(?:was|were)\s+|(?<!\b(?:be|is|are|being|the|an?|its|their|newly|${GOVERNING_MODAL})\s+)(?<!\b(?:${GOVERNING_MODAL})\s*,[^,.;:]{1,80},\s*))\b(?:${MONEY_PUT})\b([^.;]*)$`,
  'i',
);
/** Right after a sum, the participle that says it was put somewhere: " appropriated for", " has
 *  been set aside", " were earmarked", also after the sum's own "in"/"of" phrase (v62: "the R76
 *  billion in debt relief allocated to the company for 2032/33", "the €2 billion in grants
 *  allocated to them"; not "in grants to be allocated", "in grants expected to be allocated"). */
const ALLOCATED_AFTER_RE = new RegExp(
  String.raw`^\s+(?:(?:in|of)\s+(?:(?!(?:to|be|been|being|expected|yet|not|still|due|likely|that|which)\b)[\w-]+\s+){1,3}?)?(?:(?:has|have|had)\s+(?:already\s+)?been\s+|(?:was|were)\s+)?(?:${MONEY_PUT})\b`,
  'i',
);
/** Before a sum, in its clause, a decision that puts money somewhere: "has today confirmed
 *  recurrent funding of ", "has confirmed that it will disburse ", "have been allocated ". */
const MONEY_DECIDED_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:has|have|had)\s+(?:(?:today|now|also|already|formally)\s+)?(?:confirmed|approved)\s+(?:(?:[a-z]+\s+){0,3}?(?:funding|grants?|allocations?|budgets?)\b|that\s+it\s+will\s+(?:disburse|pay|provide|allocate|award)\b)|(?:has|have|had)\s+(?:(?:today|now|also|already)\s+)?(?:been\s+)?(?:${MONEY_PUT}))(?:[^.;:]|\.\d)*$`,
  'i',
);
/** Before a sum, in its clause, a finite past or perfect verb that moved a budget, allocation,
 *  appropriation or line of funding named as its object, up to the "to" or "from" of the sum
 *  (v123: "The Government has raised HMRC's enforcement budget for 2032-33 to ", "The ministry
 *  increased the roads allocation for 2032 to €412 million from ", "The council cut the library's
 *  grant from "): the raise or cut is the decision, whoever made it and for whatever year. Not a
 *  verb governed by a modal, "to" or a passive's "be" ("will raise", "plans to cut", "is to be
 *  reduced"), nor a participle used as an adjective ("a reduced budget of"). */
const BUDGET_MOVED_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:has|have|had)\s+(?:(?:also|now|already|today|since|recently|again|further)\s+)?|(?<!\b(?:be|been|being|is|are|was|were|am|to|the|an?|its|their|his|her|our|${GOVERNING_MODAL}|not|never)\s+))\b(?:raised|increased|lifted|boosted|cut|reduced|lowered|trimmed|topped\s+up)\s+(?:(?!(?:to|from|by|is|are|was|were|will|would|be|expected|forecast|projected)\b)[\w'’.-]+\s+){0,6}?(?:budgets?|allocations?|appropriations?|funding|grants?|envelopes?)\b(?:[^.;:]|\.\d){0,80}?\b(?:to|from)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?(?:[^\s\d.;:]{1,4}\s?)?$`,
  'i',
);
/** After a sum, the passive of a decision that puts it somewhere: " is earmarked for", " have
 *  been ring-fenced". */
const MONEY_DECIDED_AFTER_RE = new RegExp(
  String.raw`^\s+(?:is|are|(?:has|have)\s+been)\s+(?:(?:also|now|already)\s+)?(?:${MONEY_PUT})\b`,
  'i',
);
/** Before a number, a charge a body sets, as the subject of a plain verb up to the number, named
 *  in up to eight words: "tuition will go up by ", "the fee cap rises to ", "the cap on a
 *  standard daily charge for gas will be ", "the repayment threshold for 2031-32 is ",
 *  "may raise fees by no more than ", "a capped rent of up to ". Fee income or revenue is no
 *  charge, and bare "charges" (what a firm is charged) are left to the price reading. */
const CHARGE_SET_BEFORE_RE = new RegExp(
  String.raw`(?:${YIELD_OF}\b(?:${CHARGE_NOUNS}|tuition|fee\s+caps?|thresholds?|stipends?|(?:subsidy|funding|fee|tuition)\s+rates)\b(?!\s+(?:${NOT_A_CHARGE})\b)(?:\s+(?:[^\s\d.;:]+|(?:19|20)\d\d(?:[-–/]\d{2,4})?)){0,8}?\s+(?:${WILL_CHANGE}|rises|increases|falls|goes\s+up|may\s+(?:rise|increase|go\s+up)|(?:is|are)\s+(?:set|fixed|capped|raised|cut|reduced|charged))\b|\b(?:caps?|thresholds?)\b(?:\s+(?:[^\s\d.;:]+|(?:19|20)\d\d(?:[-–/]\d{2,4})?)){0,6}?\s+(?:is|are)\b|\bunder\s+the\s+new\s+(?:rates|fees|tariffs?|charges)\b[^.;:]*?\bwill\s+be\b|\b(?:raise|increase|lift)\s+(?:[\w-]+\s+){0,2}?(?:fees|tuition|charges|tariffs)\b[^.;:]*?\bby|\bcapped\s+[a-z]+\s+of|\bcharged\s+at)(?:[^.;:]|\.\d)*$`,
  'i',
);
/** Right after a sum, the unit it is charged on: "/tCO2e", " per tonne", " a litre", " per kWh". */
const PER_UNIT_AFTER_RE =
  /^\s*(?:\/\s?[A-Za-z]|(?:per|a|an)\s+(?:tonne|ton|litre|liter|gallon|barrel|unit|kWh|MWh|kilogram|kg|pack|head)\b)/i;
/** Right before a number, the bound a permission sets: "by as much as ", "by no more than ". */
const CAP_BOUND_BEFORE_RE =
  /\b(?:as\s+much\s+as|no\s+more\s+than|up\s+to|at\s+most)\s+[^\s\d]{0,4}\s?$/i;
/** A settlement or decision a sentence names as made: "Under the settlement agreed with", "under
 *  the determination published in", "In its decision announced today", "Following the rent
 *  settlement announced in May". */
const SETTLEMENT_MADE_RE =
  /\b(?:under|in|following|after)\s+(?:the|its|their|this|a)\s+(?:[\w'’-]+\s+){0,2}?(?:settlement|determination|decision|deal|ruling|price\s+control)\s+(?:it\s+|they\s+)?(?:agreed|reached|made|set|approved|published|announced|concluded)\b/i;
/** Before a number, a charge or rent as the subject of "will": "the maximum charge per passenger
 *  will fall by ", "the landing fee will be ", "the weekly rent in Lowport will rise by ". */
const CHARGE_WILL_BEFORE_RE = new RegExp(
  String.raw`\b(?:${CHARGES}|rents?)\b(?:\s+(?:per|for|on|in)\s+[\w-]+)?\s+${WILL_CHANGE}\b(?:[^.;]|\.(?=\d)){0,60}$`,
  'i',
);
/** A body's decision on the prices it regulates, anywhere in the document: "has decided", "the
 *  decision", "final determination", "approved", "has today set", "issued the Tariff Order",
 *  "Ministers have agreed the settings". */
const PRICE_DECISION_RE =
  /\b(?:decid(?:es|ed)|decision|determin(?:ation|es)|approv(?:es|ed)|adopts|(?:has|have)\s+(?:today\s+|now\s+)?(?:set|fixed|issued|worked\s+out|revised|agreed)|today\s+(?:announced|set|released|issued)|(?:is|are)\s+set\s+(?:under|by))\b/i;
/** In the number's clause, what a regulator sets: a charge, duty, tax rate, ceiling, rebate or
 *  bill, a price paid (not a price index: "consumer prices"), a revenue allowed, or what someone
 *  "will pay" or "will be charged"; and a landlord's rent or a surcharge ("Our Board decided …:
 *  your net rent will rise by 4.5%", "A surcharge of $30 per first paper will apply"; v209), not a
 *  market's ("private rents", "average rents"). */
const SET_PRICE_RE = new RegExp(
  String.raw`\b(?:${CHARGES}|surcharges?|postage|(?<!\b(?:market|private|average|median|open|commercial)\s)rents?|dut(?:y|ies)|(?:tax|VAT|GST)\s+rates?|ceilings?|rebates?|premiums?|bills?|(?<!\b(?:consumer|producer|house|home|asset|share|stock|food|oil|commodity|import|export|wholesale|market|world|spot|forward)\s)prices?|allow(?:ed|able)\s+revenues?|(?:will|shall)\s+(?:(?:now|also|then|continue\s+to)\s+)?(?:pay|be\s+charged))\b`,
  'i',
);
/** In a clause, the verb by which a unit of service states its charge, and the sum it states:
 *  "the first attendance will cost $180", "a single adult crossing will cost $14.50", "each drug
 *  item shall now cost " (v182). A sum with a scale word is a project's total, no charge ("the new
 *  pool will cost £4.6 million"). */
const UNIT_COST_RE =
  /\b(?:will|shall)\s+(?:(?:now|also|then)\s+)?cost\s+(?:(?:about|around|only|just)\s+)?(?:[^\s\d]{1,4}\s?)?(?:\d[\d,]*(?:\.\d+)?(?!\d|[,.]\d|\s*(?:million|billion|trillion|crores?|lakhs?|bn|m)\b)|$)/i;

/**
 * Whether a clause states the charge for one unit of service by "will cost" (README: a charge a
 * notice sets): "At specialist outpatient clinics, the first attendance will cost $180 instead of
 * $135" (v182), its sum and the level it replaces in the clause read by it.
 * @example unitCost('A swim session will cost £5.20 instead of £4.80') // true
 * @example unitCost('The new pool will cost £4.6 million') // false
 */
export function unitCost(clause: string): boolean {
  return UNIT_COST_RE.test(clause);
}

/** Words that leave a price not yet set: an estimate, a forecast verb, a later period ("next
 *  year", "until", "by the end of"), a decision still awaited ("pending a decision", "once
 *  approved", "awaiting approval"). */
const UNSET_PRICE_RE = new RegExp(
  String.raw`\b(?:estimat\w*|expects?|forecasts?|(?<!\b(?:of|the|a|an|each|per|any|every|its|their|this|that|capital|building|development)\s)projects?|predicts?|suggests?|assum\w+|next|coming|future|until|later|by\s+(?:the\s+)?end|${AWAITED})\b`,
  'i',
);

/** In a number's clause, the price of one product: "price of the basic 300 Mbps plan", "prices of
 *  each standard stamp". */
const PRODUCT_PRICE_RE =
  /\bprices?\s+of\s+(?:the|an?|each|its|their)\s+(?:[\w/-]+\s+){0,4}?(?:plans?|products?|services?|lines?|connections?|packages?|bundles?|tiers?|tickets?|stamps?|licen[cs]es?)\b/i;

/** After a charge's noun, what it is charged for or where, up to six words after "of", "for",
 *  "on", "at" or "in": "of water", "for public healthcare services", "on the Kestrel Bay ferry
 *  services", "for use of the Eastport fishing harbour" (v176: the phrase's length says nothing
 *  of the decision), "at Kallang Airport" (v194). */
const CHARGED_FOR = String.raw`(?:\s+(?:of|for|on|at|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,5}?)?`;
/** A headline or an opening sentence that announces a change of a charge or price with its date
 *  of effect (group rest: what follows the verb, its dates): "Water price to be revised in two
 *  phases from April 2035", "The price of water will be revised in two phases, on 1 April 2035 and
 *  1 April 2036", "Bus fares to rise from 1 January 2034", "Port dues will be adjusted with effect
 *  from 1 July 2033" (v154). An announcement of the change, dated, is the decision on it. */
const CHARGE_CHANGE_ANNOUNCED_RE = new RegExp(
  String.raw`\b(?:${CHARGES}|prices?|dut(?:y|ies)|premiums?)\b${CHARGED_FOR}\s+(?:(?:is|are|will)\s+)?(?:to\s+be|be)\s+(?:revised|raised|increased|adjusted|cut|reduced|lowered|changed)\b(?<rest>(?:[^.\n]|\.\d){0,80})|\b(?:${CHARGES}|prices?|dut(?:y|ies)|premiums?)\b${CHARGED_FOR}\s+to\s+(?:rise|increase|go\s+up|fall|go\s+down|drop)\b(?<rest2>(?:[^.\n]|\.\d){0,80})`,
  'gi',
);
/** In an announcement's words after its verb, a date of effect: "from April 2035", "on 1 April
 *  2035", "with effect from 1 July", "effective January 2034". */
const EFFECT_DATE_RE =
  /\b(?:from|on|effective(?:\s+from)?|starting|with\s+effect\s+from)\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;
/** Words that leave an announced change open: a forecast, a hedge, a proposal (ANNOUNCEMENT_OPEN,
 *  as announcedLevel.ts and datedPriceHeadline.ts read it, with no words of their own). */
const ANNOUNCEMENT_OPEN_RE = new RegExp(String.raw`\b(?:${ANNOUNCEMENT_OPEN})\b`, 'i');

/** The month May with its day or year ("1 May 2034", "May 15", "May 2034"), written with its
 *  capital: no modal. */
const MONTH_MAY_RE =
  /\b(?:[0-3]?\d(?:st|nd|rd|th)?\s+May|May\s+(?:[0-3]?\d(?:st|nd|rd|th)?|(?:19|20)\d\d))\b/g;

/**
 * The years a document's own announcement of a change of a charge or price names as its dates of
 * effect, when its title or opening (the first paragraph after the dateline) announces one, dated
 * and unhedged: "Water price to be revised in two phases from April 2035" ⏎ "The price of water
 * will be revised in two phases, on 1 April 2035 and 1 April 2036" gives [2035, 2036]. The
 * announcement is the decision (README, Status: a price a body has set is actual, even when it
 * takes effect later), and its years are dates of effect, no forecast's periods. Undefined when
 * the document announces no such change ("Water prices expected to rise from April" hedges it).
 * @example announcedChange({ title: 'Bus fares to rise from 1 January 2034', top: '' }) // [2034]
 * @example announcedChange({ title: 'Bus fares could rise from 1 January 2034', top: '' }) // undefined
 */
export function announcedChange({
  title,
  top,
}: {
  title: string;
  top: string;
}): number[] | undefined {
  const years: number[] = [];
  let found = false;
  for (const words of [
    title,
    ...top
      .slice(0, 800)
      .split(/\n\s*\n/)
      .slice(0, 4),
  ]) {
    for (const m of words.matchAll(CHARGE_CHANGE_ANNOUNCED_RE)) {
      const rest = m.groups!.rest ?? m.groups!.rest2 ?? '';
      const clause = words.slice(Math.max(0, words.lastIndexOf('.', m.index) + 1), m.index) + m[0];
      // "from 1 May 2034": the month is no modal "may" (v182).
      const hedgeWords = clause.replace(MONTH_MAY_RE, ' ');
      if (!EFFECT_DATE_RE.test(rest) || ANNOUNCEMENT_OPEN_RE.test(hedgeWords)) continue;
      found = true;
      for (const y of rest.matchAll(/\b(?:19|20)\d\d\b/g)) years.push(Number(y[0]));
    }
  }
  // "REVISION OF PUBLIC CAR PARK CHARGES FROM 1 SEPTEMBER 2035", "Oil prices to be adjusted on
  // Tuesday, 10 September 2035", "Retail prices of petroleum products for 25 to 31 January 2036":
  // the headline forms read beside these (datedPriceHeadline.ts, v251).
  return found ? years : datedPriceHeadline({ title, top });
}

/**
 * The years a sentence under a headline that announces a dated change (announcedChange) gives as
 * dates of effect: the headline's, and when the sentence dates its own change to one of them ("on
 * 1 April 2035"), every year it names after, the further steps of the change announced ("will
 * increase from S$8 to S$10 on 1 April 2035, and by S$1 in each of 2036 and 2037"; v194).
 * @example announcedSteps('will rise on 1 April 2035, and by $1 in 2036', [2035]) // [2035, 2035, 2036]
 */
export function announcedSteps(
  sentence: string,
  announced: readonly number[] | undefined,
): number[] | undefined {
  if (announced === undefined) return undefined;
  const dated = [
    ...sentence.matchAll(
      /\b(?:on|from|effective|with\s+effect\s+from)\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+[0-3]?\d(?:st|nd|rd|th)?,?)?\s+((?:19|20)\d\d)\b/g,
    ),
  ].some((d) => announced.includes(Number(d[1])));
  return dated
    ? [...announced, ...[...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]))]
    : [...announced];
}

/**
 * Whether a clause names a charge by the acronym the document defined for it, the charge's noun
 * right before the bracket: "The Passenger Service and Security Fee (PSSF) for origin passengers
 * will rise …" ⏎ "The PSSF for transfer passengers will increase from S$8 to S$10" (v194). The
 * acronym stands for its defining words, a charge, as "the fee" would; one defined for anything
 * else ("the Regulated Asset Base (RAB)") names none.
 * @example definedCharge('The PSSF will rise to S$10', 'The Passenger Service Fee (PSSF) is due.') // true
 * @example definedCharge('The RAB will rise to S$10', 'The Regulated Asset Base (RAB) grows.') // false
 */
export function definedCharge(clause: string, text: string): boolean {
  for (const a of clause.matchAll(/\b[A-Z][A-Z&]{1,7}\b/g)) {
    const defined = new RegExp(String.raw`\b(?:${CHARGES})\s*\(${a[0].replace('&', '\\&')}\)`, 'i');
    if (defined.test(text)) return true;
  }
  return false;
}

/**
 * The lead-in of the list a number's line is an item of, when it states what a charge or price
 * "will" be and lists the levels: "From 1 April 2033, the fees will be:" ⏎ "- €0.982 million per
 * MHz for 900 MHz spectrum" (v154). Going back over the list's other items to the first line that
 * is none; undefined when the number's line is no item or that line is no such lead-in.
 * @example chargeLeadIn('From 1 April 2033, the fees will be:\n- ') // 'From 1 April 2033, the fees will be:'
 */
export function chargeLeadIn(textBefore: string): string | undefined {
  const line = listLeadIn(textBefore);
  return line !== undefined &&
    /:$/.test(line) &&
    /\b(?:will|shall)\s+(?:(?:now|then|also)\s+)?be\b[^:]*:$/i.test(line) &&
    SET_PRICE_RE.test(line) &&
    !UNSET_PRICE_RE.test(line) &&
    !CHARGE_OPEN_RE.test(line)
    ? line
    : undefined;
}

/**
 * The lead-in of the list a number's line is an item of: going back over the list's other items
 * and blank lines (at most 20 lines) to the first line that is neither, trimmed; undefined when
 * the number's own line is no list item or no such line is found.
 * @example listLeadIn('The fees will be:\n- Adults: £4\n- ') // 'The fees will be:'
 */
export function listLeadIn(textBefore: string): string | undefined {
  const lines = textBefore.split('\n');
  const own = lines.pop() ?? '';
  if (!LIST_ITEM_RE.test(own)) return undefined;
  for (const raw of lines.reverse().slice(0, 20)) {
    if (raw.trim() === '') continue;
    // "5. Landing charges shall be levied … as follows:" ⏎ "(a) aircraft up to 100 MT: ₹ 312 per
    // MT": a numbered item that ends with a colon leads in to its own sub-items (v226), and so to
    // a dash list under it ("3. From 1 April 2035 the berthing fees will be:" ⏎ "- …"; v256).
    if (LIST_ITEM_RE.test(raw) && !(raw.trim().endsWith(':') && markShape(raw) !== markShape(own)))
      continue;
    return raw.trim();
  }
  return undefined;
}

/** A list's lead-in that names charges or rates set by a body and says they are kept: "The CPS
 *  rates from 1 April 2035 are unchanged:", "Parking charges will remain unchanged:", "Excise
 *  duty rates are frozen at their current levels:", "The levy rates will stay the same in 2035:".
 *  Rates of interest, growth or prices are no such charge. */
const KEPT_LEAD_IN_RE = new RegExp(
  String.raw`\b(?:${CHARGES}|dut(?:y|ies)|(?<!\b(?:interest|growth|inflation|exchange|unemployment|mortgage|policy|bank|lending|deposit|savings|swap|discount|repo)\s)rates?|ceilings?|rebates?|premiums?|prices?)\b[^:]{0,60}?\b(?:(?:is|are|will\s+(?:be|remain|stay)|remains?|stays?)\s+(?:unchanged|the\s+same|frozen|held|kept|maintained)|(?:is|are|will\s+be)\s+(?:frozen|held|kept|maintained)\s+at\s+(?:their|its|the)\s+(?:current|present|existing|\d{4}(?:-\d{2})?)\s+levels?|(?:remains?|stays?|will\s+(?:remain|stay))\s+at\s+(?:their|its|the)\s+(?:current|present|existing)\s+levels?)\b[^:]{0,40}:$`,
  'i',
);

/** A list's lead-in that says its items stay in force whatever the proposal the document puts
 *  forward: "The following apply regardless of the draft notice:", "These charges continue to apply
 *  whatever the outcome of the consultation:", "The following remain in force irrespective of the
 *  review:" (v278): levels in force, actual, as a list of rates kept is. */
const APPLY_REGARDLESS_LEAD_IN_RE =
  /\b(?:appl(?:y|ies)|continues?\s+to\s+apply|remains?\s+in\s+force|stays?\s+in\s+force|(?:is|are)\s+(?:not\s+affected|unaffected|unchanged))\s+(?:regardless\s+of|whatever|irrespective\s+of|independently\s+of|in\s+any\s+case|as\s+before|by)\b[^:]{0,60}:$/i;

/**
 * Whether the list a number's line is an item of has a lead-in that says its items apply whatever
 * the proposal the document puts forward ("The following apply regardless of the draft notice:"):
 * levels in force, actual, in a draft or a consultation too (v278).
 * @example appliesRegardless('The following apply regardless of the draft notice:\n\n- Levy: ') // true
 * @example appliesRegardless('The following would apply under the draft notice:\n\n- Levy: ') // false
 */
export function appliesRegardless(textBefore: string): boolean {
  const line = listLeadIn(textBefore);
  return line !== undefined && APPLY_REGARDLESS_LEAD_IN_RE.test(line);
}

/**
 * The lead-in of the list a number's line is an item of, when it says the charges or rates it
 * lists are kept where they are: "The CPS rates from 1 April 2035 are unchanged:" ⏎ "- Natural
 * gas: £0.00331 per kilowatt hour" (v171). A level kept is today's level and the decision to keep
 * it, actual (README, the kept level), though its year is to come; a lead-in that proposes,
 * forecasts or hedges ("We propose that the rates remain unchanged:", "are expected to remain
 * unchanged:") gives none.
 * @example keptLeadIn('The CPS rates from 1 April 2035 are unchanged:\n- ') // 'The CPS rates from 1 April 2035 are unchanged:'
 * @example keptLeadIn('Forecasts for 2035 are unchanged:\n- ') // undefined
 * @example keptLeadIn('The following apply regardless of the draft notice:\n\n- ') // 'The following apply regardless of the draft notice:'
 */
export function keptLeadIn(textBefore: string): string | undefined {
  const line = listLeadIn(textBefore);
  if (line === undefined) return undefined;
  // "regardless of the draft notice": the proposal it names leaves the items as they are.
  const regardless = APPLY_REGARDLESS_LEAD_IN_RE.exec(line);
  const own = regardless ? line.slice(0, regardless.index) : line;
  return (regardless !== null || KEPT_LEAD_IN_RE.test(line)) &&
    !CHARGE_OPEN_RE.test(own) &&
    !MAY_RE.test(own) &&
    !FORECAST_WORD_RE.test(own) &&
    !/\b(?:scheduled|planned|due\s+to|set\s+to|should|aims?|targets?)\b/i.test(own) &&
    !EXPECTS_BEFORE_RE.test(own)
    ? line
    : undefined;
}

// The decisions that pushes read beside the five above, now read here: a scheme's charges, a
// settlement's grants, a charge a decided document sets, a budget adopted, a level set.

/** Before a number, a premium, co-payment, allowance or incentive and the verb that moves it: "the
 *  co-payment for adults will fall to ", "premiums will go up by ", "their premiums fall by "
 *  (premium income or revenue is no charge). */
const SCHEME_CHARGE_BEFORE_RE = new RegExp(
  String.raw`\b(?:premiums?|co-?payments?|copays?|allowances?|incentives?)\b(?!\s+(?:${NOT_A_CHARGE})\b)(?:\s+(?:[^\s\d.;:]+|\d+(?:\.\d+)?)){0,8}?\s+(?:will\s+(?:(?:also|then)\s+)?(?:be|rise|increase|go\s+up|fall|drop|decrease|remain|stay)|(?:rise|increase|go\s+up|fall|drop|decrease)\s+(?:by|to))\b(?:[^.;:]|\.\d)*$`,
  'i',
);
/** Before a sum, a subsidy, grant, rebate, benefit, pension, allowance or statutory pay paid per
 *  unit and the verb that moves or holds it: "the subsidy of up to 100,000 baht per car will be
 *  reduced to ", "the grant, which will be kept at ", "the child benefit will rise to " (a number
 *  may stand between, "100,000"), "the full new State Pension will rise from £241.30 to ", "the
 *  standard minimum guarantee will rise by 4.1% to ", "Statutory Sick Pay … will rise to ", and
 *  with a comma before its "from" ("the Basic Subsidy … will also rise, from S$300 to "; v262). */
const BENEFIT_WILL_BEFORE_RE =
  /\b(?:subsid(?:y|ies)|grants?|rebates?|benefits?|pensions?|allowances?|(?:sick|maternity|paternity|adoption)\s+pay|guarantees?)\b(?!\s+(?:income|revenues?|receipts|spending|expenditure|bills?|budgets?|costs?|payments?|claims?|claimants|recipients|funds?|schemes?|assets|reserves?)\b)(?:,?\s+(?:[^\s\d.;:]+|\d[\d,]*(?:\.\d+)?)){0,8}?\s+will\s+(?:(?:also|then|thus|therefore)\s+)?(?:be\s+(?:reduced|cut|raised|increased|lowered|kept|held|maintained|frozen)\s+(?:to|at)|(?:rise|increase|go\s+up|fall|drop|decrease),?\s+(?:from\s+[^\s\d]{0,4}\s?\d[\d,]*(?:\.\d+)?\s+|by\s+\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|percent)\s+)?to|remain\s+at|stay\s+at)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** In a benefit's clause, the unit it is paid on: "per car", "a month", "per beneficiary" (not "a
 *  year", which a programme's yearly total is stated over too). */
const PAID_PER_UNIT_RE = /\b(?:per\s+[a-z]+|a\s+(?:month|week|day))\b/i;
/** Right before a sum, a payment per unit that goes on: "will continue to pay ", "continue to
 *  receive ". */
const CONTINUE_TO_PAY_BEFORE_RE =
  /\bcontinues?\s+to\s+(?:pay|be\s+charged|receive)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** In a sentence, the instrument a payment or price is made under, named: "Under the Suckler
 *  Carbon Efficiency Programme, ", "Under the offtake programme, ", "under an amendment to the
 *  Enforcement Decree", "through the Fertiliser Subsidy Scheme" (not a proposed, draft or planned
 *  one, nor "under the scenario" or "under the assumptions"). */
const INSTRUMENT_NAMED_RE =
  /\b(?:under|through|via)\s+(?:the|this|its|their|an?\s+amendments?\s+to\s+the)\s+(?!(?:[\w'’-]+\s+){0,5}?(?:propos|draft|plann|intend)\w*)(?:[\w'’-]+\s+){0,5}?(?:programmes?|programs?|schemes?|decrees?|orders?|regulations?|acts?|ordinances?|laws?)\b/i;
/** What a scheme "will" pay, buy, sell or set at a rate: "€150 per cow will be paid", "will buy
 *  cattle at", "will be raised to", "will be sold at". */
const SCHEME_PAYS_RE =
  /\bwill\s+(?:(?:also|then|now|continue\s+to)\s+)?(?:be\s+(?:paid|bought|purchased|sold|raised|lifted|increased|set|fixed|cut|reduced|lowered|kept|held)|pay|buy|purchase|sell|offer)\b/i;
/** Right after a sum, the unit it is paid per: " per cow", " a head", " each" (not " a year",
 *  which a programme's yearly total is stated over too). */
const PER_UNIT_PAID_AFTER_RE =
  /^\s*(?:(?:per|each)\b|an?\s+(?!year\b|total\b)[a-z]+\b(?![\s-]+(?:rise|increase|cut|fall|drop)))/i;
/** Before a sum, a rate stated per period: "The daily upper limit of", "the monthly payment". */
const PERIOD_RATE_BEFORE_RE =
  /\b(?:hourly|daily|weekly|fortnightly|monthly)\s+(?:[\w-]+\s+){0,3}?(?:limits?|rates?|payments?|amounts?|prices?|allowances?|grants?|subsid(?:y|ies)|wages?)\b/i;

/** A title that announces a funding settlement or grants a government provides: "Final Local
 *  Government Settlement 2031-32", "Ministry to provide $40 million in grants to councils" (not
 *  "Health spending settlement", a department's budget, nor "Recurrent grant for 2031-32"). */
const GRANT_RELEASE_TITLE_RE =
  /\b(?:final|local\s+government|finance|funding)\s+settlements?\b|\bgrants?\s+to\s|\b(?:provides?|awards?|allocates?|disburses?)\b[^.;:]*\bgrants?\b/i;
/** Money a settlement or grant carries: "funding", "grant", "the support", "will fund". */
const FUNDING_WORD_RE = /\b(?:funding|grants?|settlements?|support|allocations?|awards?|funds?)\b/i;
/** A title that says a budget, plan, tax or rate was decided: "Budget 2032 adopted", "Council
 *  approves budget", "Rates for 2032/33 agreed", "tax rate set" (not "sets out"). */
const DECIDED_TITLE_RE =
  /\b(?:adopt(?:s|ed)|agree(?:s|d)|approv(?:es|ed)|confirm(?:s|ed)|pass(?:es|ed)|set(?!\s+out))\b/i;
/** A title that proposes or presents what is not yet decided: "Draft budget", "Budget proposals
 *  presented", "recommended". */
const UNDECIDED_TITLE_RE = /\b(?:draft|propos\w*|present\w*|recommend\w*|consult\w*)\b/i;
/** A text that says the rates, bills or charges are still to be set: "Final rates will be set
 *  in April", "bills are yet to be confirmed", "will set final rates in May". */
const RATES_SET_LATER_RE =
  /\b(?:rates?|bills?|charges?|tariffs?|levy|levies)\s+(?:will|are\s+(?:yet\s+|still\s+)?to)\s+be\s+(?:set|fixed|struck|confirmed|finali[sz]ed|determined)\b|\bwill\s+(?:set|fix|strike|confirm|finali[sz]e)\s+(?:the\s+)?(?:final\s+)?(?:tax\s+)?(?:rates?|bills?|charges?|tariffs?|levy|levies)\b/i;
/** Before a number, a tax, rate, charge, fare, cap or bill as the subject of "will" and a verb of
 *  its level ("the levy will rise by ", "the ceiling – for small firms – will be lifted from €25,000
 *  to "), a payer that "will pay" or "will see its bill rise by", or a decision on a charge
 *  right before its number ("agreed to a uniform charge of ", "set a property tax rate of "). */
const CHARGE_WILL_SET_RE = new RegExp(
  String.raw`(?:(?<!\b(?:interest|exchange|inflation|unemployment|mortgage|growth|tax)\s)\b(?:rates?|tax(?:es)?|charges?|levy|levies|precepts?|fares?|fees?|tariffs?|tolls?|thresholds?|ceilings?|caps?|dut(?:y|ies))\b(?!\s+(?:income|revenues?|receipts|collections?|take|base)\b)(?:\s+(?!will\b)[^\s\d;:]+){0,8}?(?:\s+[–—]\s[^–—;]{1,150}?\s[–—])?\s+will\s+(?:be\s+(?:locked\s+in\s+at|lifted|raised|increased|cut|reduced|set|frozen|held|kept|capped|fixed)|rise|fall|increase|decrease|lift|go\s+(?:up|down)|climb|drop|remain|stay|move)|\b(?:propert(?:y|ies)|households?|ratepayers?|homeowners?|owners?|homes?|blocks?|businesses|taxpayers?|tenants?|residents?|dwellings?)\b(?:\s+[^\s\d;:]+){0,16}?\s+will\s+(?:pay|see\s+(?:their|its|a|the)\s+(?:[\w-]+\s+)?bills?\s+(?:go\s+up|go\s+down|rise|fall|increase|climb|drop)))\b(?:[^;]|\.\d){0,120}$|\b(?:agreed\s+to|approved|adopted|set|struck|fixed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?(?:charges?|rates?|levy|fees?|tariffs?|precepts?)\s+of\s+(?:[^\s\d]{1,3}\s?)?$`,
  'i',
);
/** A title that records a decision by its noun or on a schedule of charges: "Final determinations
 *  for the 2035-40 price control", "2033 water price review: final decision", "Rates resolution
 *  2033/34", "Tariff Order for FY2034" (DECIDED_TITLE_RE reads the verbs). */
const DECISION_NOUN_TITLE_RE =
  /\b(?:final\s+(?:determinations?|decisions?)|determinations?\s+(?:for|on)|resolutions?|(?:tariff|price|rate|fee|charges?)\s+orders?)\b/i;
/** Before a number, one payer's bill or rates as the subject of "will" and a verb of its level,
 *  the number in its clause or the changes told after it (group 1: the words naming the bill): "the
 *  total Band D bill will be ", "The average household bill for water and sewerage will rise to ",
 *  "Rates for a residential property with a capital value of $750,000 will be ", "the monthly bill
 *  for a typical single-family customer … will increase to $84.10, or ". */
const PAYER_BILL_WILL_RE =
  /\b((?:[\w-]+\s+){0,4}?(?:bills?|rates)(?:\s+(?:for|on|of)(?:\s+[^\s;:]+){1,10}?)?)(?:\s*,?\s*(?:including|excluding|before|after)\s+[\w-]+)?\s+will\s+(?:(?:now|also|then|therefore)\s+)?(?:be|cost|rise|fall|increase|decrease|go\s+(?:up|down)|climb|drop|reach)\b(?:[^;]|\.\d){0,120}$/i;
/** A verb or noun of estimating anywhere in the sentence: the body's own forecast of a bill ("We
 *  estimate that the average household bill will fall by 3.2%"), no charge it set. */
const ESTIMATING_RE =
  /\b(?:estimat\w*|expect\w*|forecast\w*|project(?:s|ed|ions?)|predict\w*|assum\w*|anticipat\w*)\b/i;
/** A sentence's fronted phrase that names the payer its bill is for: "For a residential property at
 *  the median capital value of $640,000, ", "From 1 July, for a typical household, ". */
const FRONTED_PAYER_RE = /^(?:[^,]{0,40},\s*)?for\s+(?:an?|the|each|one)\s+[^,;:]{1,80},/i;
/** In the words naming a bill, the payer it is one of: a household, a property, a Band D home, a
 *  typical or average customer (a bill of the whole market names none). */
const PAYER_RE =
  /\b(?:households?|propert(?:y|ies)|homes?|dwellings?|customers?|ratepayers?|consumers?|domestic|residential|single-family|typical|average|median|Band\s+[A-H])\b/;
/** In the words naming a bill, a bill that is no payer's charge: a security ("91-day bills",
 *  "Treasury bills", "yields on bills", "bill rates") or a rate of interest, exchange or a measure. */
const NOT_A_PAYER_BILL_RE =
  /\b(?:treasury|T-|exchequer|government|commercial|bank|\d+-(?:day|week|month|year)|yields?|interest|exchange|mortgage|lending|deposit|policy|inflation|growth|unemployment|vacancy|collection|tax\s+rates)\b/i;
/** In the words naming a bill, the good or service billed: it is the deciding body's own bill only
 *  when the document's title or opening names it too ("energy bills" in a council tax decision are
 *  a market's). */
const BILLED_GOOD_RE =
  /\b(?:energy|electricity|power|gas|fuel|heating|food|grocery|phone|mobile|broadband|internet|mortgage|rent|insurance|water|sewer(?:age)?|wastewater|waste|refuse|transport|council\s+tax|tax)\b/gi;

/**
 * Whether the words naming a bill name one payer's bill for what the document's decision sets:
 * a payer named, no security or rate of a market, and a good or service billed, if it names any,
 * named in the title or opening too ("water and sewerage" under "Water Services Regulation").
 * @example ownPayerBill('the total Band D bill', 'Council tax 2033/34 agreed') // true
 * @example ownPayerBill('Household energy bills', 'Council tax 2033/34 agreed') // false
 */
export function ownPayerBill(bill: string, titleAndTop: string): boolean {
  return PAYER_RE.test(bill) && !marketBill(bill, titleAndTop);
}

/**
 * Whether the words naming a bill name a market's, not the deciding body's: a security or a rate
 * of a market ("Yields on 13-week Treasury bills"), or a good or service billed that the title and
 * opening do not name ("Household energy bills" in a water authority's rate decision).
 * @example marketBill('Household energy bills', 'Board adopts water and sewer rates') // true
 * @example marketBill('the typical water bill', 'Board adopts water and sewer rates') // false
 */
export function marketBill(bill: string, titleAndTop: string): boolean {
  const goods = [...bill.matchAll(BILLED_GOOD_RE)];
  return (
    NOT_A_PAYER_BILL_RE.test(bill) ||
    (goods.length > 0 &&
      !goods.some((g) =>
        new RegExp(String.raw`\b${g[0].replace(/\s+/g, '\\s+')}`, 'i').test(titleAndTop),
      ))
  );
}

/** In a clause, a bill and the words before it that name whose it is (group 1). */
const BILL_WORDS_RE = /((?:[\w-]+\s+){0,4})bills?\b/gi;

/** A line of a list: a label, a colon and the rest ("Band A (up to £40,000): £1,555.03"). */
const LABEL_LINE_RE = /^[ \t]*(?:[-•*–][ \t]+)?[^.:;!?\n]{1,60}:[ \t]*\S[^\n]*$/;
/** A list's title that names a charge a body levies, by payer or class ("Total council tax by
 *  band, 2032/33", "Monthly base charge by meter size", "Refuse removal tariffs, 2033/34"), not
 *  what a charge yields, a forecast or a proposal ("Rates revenue by activity", "Proposed fees"). */
const CHARGE_LIST_TITLE_RE = new RegExp(
  String.raw`^(?![^\n]*\b(?:${NOT_A_CHARGE}|yield|take|forecast\w*|project\w*|estimat\w*|propos\w*|draft|consult\w*|recommend\w*|requested|sought)\b)[^.:;!?\n]{0,60}?\b(?:${CHARGES}|tax(?:es)?|rates|precepts?)\b[^.:;!?\n]{0,40}$`,
  'i',
);

/**
 * The title of the list a line is in, when the line is a label and its sum and every line between
 * it and the title is one too ("Total council tax by band, 2032/33" ⏎ "Band A (up to £40,000):
 * £1,555.03"); undefined when the line is no list's.
 * @example listTitle('Council tax by band\nBand A: £1,402.51\nBand B: ') // 'Council tax by band'
 */
export function listTitle(textBefore: string): string | undefined {
  const lines = textBefore.split('\n');
  const own = lines.pop() ?? '';
  if (!LABEL_LINE_RE.test(`${own}0`)) return undefined;
  for (const raw of lines.reverse().slice(0, 30)) {
    const line = raw.trim();
    if (line === '') return undefined;
    if (LABEL_LINE_RE.test(line)) continue;
    return line;
  }
  return undefined;
}

/** A section's number before a title ("2.3 ", "4.1. ") and a bracket that ends it with the unit or
 *  a note ("(per 1,000 cubic metres of weighted volume)", "(per share; each share entitles …)"). */
const SECTION_NUMBER_RE = /^\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+/;
const CLOSING_BRACKET_RE = /\s*\([^()]*\)\s*$/;

/** A lead-in that says a body set the charges it lists: "The Board has set the following charges",
 *  "has fixed the following dues", "The tuition fees are set as follows", "The rates … are hereby
 *  determined as follows" (not "will set", "proposes to set", "are to be set"). */
const SETS_FOLLOWING_RE = new RegExp(
  String.raw`(?<!\b(?:to|will|would|may|might|could|shall|should|must|be|not)\s+)\b(?:set|fixed|approved|determined|adopted|decided|confirmed|agreed|struck)\s+the\s+following\s+(?:[\w'’-]+\s+){0,3}?(?:${CHARGES}|rates?|prices?|premiums?)\b|\b(?:${CHARGES}|rates?|prices?|premiums?)\b[^.:;]{0,100}?\b(?:are|is|have\s+been|has\s+been)\s+(?:hereby\s+)?(?:set|fixed|approved|determined|adopted|confirmed|agreed)\s+as\s+follows\b`,
  'i',
);
/** An opening that records the document itself as made or approved: "This scheme is made under
 *  section 41", "This order … has been confirmed by the Council", "The schedule was approved by". */
const OPENING_MADE_RE =
  /\b(?:This|The)\s+(?:[\w'’-]+\s+){0,3}?(?:scheme|order|notice|determination|decision|schedule|resolution|by-?laws?|regulations?|instrument|direction)\b[^.]{0,160}?\b(?:is|was|has\s+been|have\s+been)\s+(?:duly\s+)?(?:made|approved|confirmed|adopted|determined|sanctioned)\b/i;
/** An opening whose document sets charges: "It sets the annual (subsistence) charges", "This
 *  order fixes the fees" (not "sets out", which a plan or a proposal does too). */
const OPENING_SETS_RE = new RegExp(
  String.raw`\b(?:It|This\s+(?:[\w'’-]+\s+){0,3}?(?:scheme|order|notice|determination|decision|schedule|resolution|by-?laws?|regulations?|instrument|direction))\s+(?:sets|fixes|prescribes|determines|specifies)\s+(?!out\b)(?:[^.;:]{0,60}?)\b(?:${CHARGES}|rates|prices|premiums)\b`,
  'i',
);

/** Whether a lead-in or opening names no proposal, forecast, permission or decision still to come. */
const settled = (words: string): boolean =>
  !UNDECIDED_TITLE_RE.test(words) &&
  !FORECAST_WORD_RE.test(words) &&
  !MAY_RE.test(words) &&
  !RATES_SET_LATER_RE.test(words);

/**
 * Whether the line a number is on is a row of a list of charges a body set, though no title records
 * the decision: the list's lead-in says so ("The rates per cubic metre abstracted are set as
 * follows:" ⏎ "- Public drinking water supply: 7.12 cents (10.68 cents)"), or the list's title
 * names charges and the paragraph right above it sets them ("The Board has set the following
 * charges for the season …" ⏎ "Fixed charges (per share)" ⏎ "- Scheme operations charge:
 * $118.40 per share (2033–34: $109.60)"), or the document's opening records it as made or approved
 * and setting charges ("This scheme is made under section 41 … It sets the annual charges" ⏎ "2.3
 * Standard unit charges by region" ⏎ "- Severn Uplands: £21.84 (2033/34: £21.08)") (v190).
 * @example setChargesList('The fees are set as follows:\n- Adults: ', '') // true
 * @example setChargesList('The Board proposes the following dues.\n\nDues (per tonne)\n- Cargo: ', '') // false
 */
export function setChargesList(textBefore: string, top: string): boolean {
  const title = listTitle(textBefore);
  if (title === undefined) return false;
  if (SETS_FOLLOWING_RE.test(title)) return settled(title);
  const bare = title.replace(SECTION_NUMBER_RE, '').replace(CLOSING_BRACKET_RE, '');
  if (!settled(bare) || /[.!?]$/.test(bare)) return false;
  // The paragraph right above the title, over blank lines only: its sentence that sets the charges
  // names them, and the title one class of them ("Visitor berths (per night)").
  const above = textBefore.slice(0, textBefore.lastIndexOf(title)).split('\n');
  const leadIn =
    above
      .reverse()
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  const setsSentence = leadIn
    .split(/(?<=[.!?])\s+(?=[A-Z])/)
    .find((sentence) => SETS_FOLLOWING_RE.test(sentence));
  if (setsSentence !== undefined) return settled(setsSentence);
  // Under an opening that sets the charges, the title names them.
  return (
    CHARGE_LIST_TITLE_RE.test(bare) &&
    OPENING_MADE_RE.test(top) &&
    OPENING_SETS_RE.test(top) &&
    settled(top)
  );
}

/** A past verb that adopts a budget, not one still to be taken ("to be approved", "will be
 *  adopted"): "adopted", "approved", "passed", "voted through". */
const BUDGET_ADOPTED_RE = new RegExp(
  String.raw`(?<!\b(?:to|be|being|will|would|shall|must|should)\s+)\b(?:${ADOPTED}|voted\s+through)\b`,
  'gi',
);
/** What a budget aims at, or a budget still a draft: "targets", "aims", "a goal", "plans", "the
 *  draft Budget Law" (a first reading passed is no budget adopted). */
const BUDGET_AIM_RE =
  /\b(?:targets?|aims?|goals?|plans?|seeks?|intends?|ambitions?|draft|proposed)\b/i;
/** Right before a participle of adoption, the budget it is said of, with up to three words before
 *  it ("the 2037 budget ", "the revised budget ", "the draft budget "). */
const BUDGET_BEFORE_PARTICIPLE_RE = /(?:[\w-]+\s+){0,3}budgets?\s+$/i;
/** A present verb that puts money somewhere: "sets aside", "allocates", "allots", "earmarks",
 *  "appropriates", "ring-fences". */
const MONEY_PUT_PRESENT_RE =
  /\b(?:sets?\s+aside|allocates?|allots?|earmarks?|appropriates?|ring-?fences?)\b/i;
/** Right before a budget's sum, a past verb of a decision and its article: "approved a ", "has
 *  adopted the ", "passed an ", or a vote taken to adopt it ("voted 7-4 last night to adopt a "). */
const BUDGET_APPROVED_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:will|would|to|may|could|should|must|be|been)\s+)\b(?:${ADOPTED}|ratified|voted\s+(?:[^.;:]{0,40}?\s)?to\s+(?:adopt|approve|pass))\s+(?:an?|the|its|their)\s+$`,
  'i',
);
/** In a number's clause, right before it, a decision that set it "at": "has set the cap on revenue
 *  at ", "have fixed the charge for 2031 at about ", "with X set at ", "The settlement sets the
 *  schools grant at " (not "be set at" nor "is fixed at", nor a budget that "sets" its own lines). */
const SET_AT_BEFORE_RE =
  /(?:\b(?:(?:has|have|had)\s+(?:now\s+|today\s+|also\s+)?(?:set|fixed|capped)|(?:settlement|determination|decision|ruling)\s+sets)\b(?:[^.;:]|\.\d){0,120}?|(?<!\b(?:be|been|being|to|is|are|was|were)\s+)\b(?!(?:be|been|being|is|are|was|were)\b)[\w-]+\s+(?:set|fixed)\s+)\bat\s+(?:(?:about|around|some)\s+)?$/i;
/**
 * Whether a number's clause, up to it, is a decision that set it "at": the perfect of a verb of
 * setting ("has set", "has fixed", "has capped") or a settlement that "sets", with the level's
 * object between, each of a coordinated pair ("has capped tuition fee increases at 5.2% and
 * residence fee increases at "); a goal set and someone who expects it are none.
 * @example setAt('The regulator has capped water bill increases at ') // true
 * @example setAt('The regulator has set its target for bill increases at ') // false
 */
export function setAt(lead: string): boolean {
  return SET_AT_BEFORE_RE.test(lead) && !AIM_WORD_RE.test(lead) && !EXPECTS_BEFORE_RE.test(lead);
}
/** After a number, a relative clause whose named subject set it: " that the Authority set last
 *  year", " which the Board fixed in May" (a name in capitals; "that the firm proposed" is none). */
const SET_BY_BODY_AFTER_RE =
  /^[^.;:,()]{0,30}?\s(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,3}(?:set|fixed|imposed|approved|determined)\b/;
/** The past verbs of a decision made by a body: what it approved, adopted, agreed, endorsed, passed,
 *  ratified, enacted, authorised, signed off or set. No verb of proposing, asking or weighing. */
const DECISION_PAST = String.raw`approved|adopted|agreed|endorsed|passed|ratified|enacted|authori[sz]ed|signed\s+off|sanctioned|set|fixed|imposed|determined|decided`;
/** The heads of a goal or a bound on an aggregate, which README keeps expected though a body
 *  adopted it ("above the 50% ceiling the Ministry adopted in 2024"): a target, goal, objective,
 *  ambition, aim, anchor, benchmark, ceiling, limit, threshold, norm or guideline ("the 5% limit set by
 *  the rule", a fiscal rule's bound on spending growth). */
const GOAL_HEADS = String.raw`targets?|goals?|objectives?|ambitions?|aims?|anchors?|benchmarks?|ceilings?|limits?|thresholds?|norms?|guidelines?`;
/** A goal's head just before the number: "the goal of 2% set in 2011 for 2030". */
const GOAL_BEFORE_RE = new RegExp(
  String.raw`\b(?:${GOAL_HEADS})\s+(?:of\s+)?(?:(?:the|an?|about|around|some)\s+)?$`,
  'i',
);
/** The words of the noun phrase between the number and the clause that modifies it ("wage
 *  increase", "quota increase", "per tonne"): no preposition that would hand the clause to another
 *  noun ("4 percent of the firms that …"), no auxiliary, negation or condition ("not yet approved by", "once approved by"), no
 *  goal's head. */
const NP_WORD = String.raw`(?!(?:${GOAL_HEADS}|of|in|on|at|for|to|from|with|than|as|by|into|over|under|is|are|was|were|be|been|being|will|would|shall|should|may|might|must|can|could|not|yet|once|if|when|unless|until|after|before|pending|subject|and|or|but|that|which|the)\b)[\w'’-]+`;
/** The named subject of a relative clause: "the council", "members", "the bank's board",
 *  "Congress"; no modal or auxiliary, so "the allocation Cabinet will decide" is none. */
const CLAUSE_SUBJECT = String.raw`(?:(?:the|its|their|our)\s+)?(?:(?!(?:will|would|shall|should|may|might|must|can|could|is|are|was|were|be|been|to|not|also|now)\b)[\w'’-]+\s+){1,3}?(?:(?:has|have|had)\s+)?`;
/** v101: after a number, the noun phrase it sits in and a participle or relative clause that says a
 *  body decided it: "4 percent wage increase that the council approved in March", "R12 billion
 *  allocation agreed by Cabinet", "25 percent tariff the ministry adopted", "P441 billion, which
 *  Congress approved", and so past a short phrase of purpose before the comma ("$6 million for the
 *  seawall, which councillors approved"). The clause is the decision, made; "that the council proposed", "the ministry
 *  is considering" and "Cabinet will decide" name none. */
const DECIDED_BY_CLAUSE_AFTER_RE = new RegExp(
  String.raw`^(?:\s+${NP_WORD}){0,3}?(?:\s+per\s+[\w-]+)?(?:(?:\s+(?:that|which|the|its|their)|(?:\s+(?:for|to|on)\s+(?:(?:the|an?|its|their)\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?,\s*which)\s+${CLAUSE_SUBJECT}(?:${DECISION_PAST})\b|\s+(?:as\s+)?(?:${DECISION_PAST})\s+(?:by|in|on|at|last|this|earlier)\b)`,
  'i',
);
/** A share of national output: "of GDP", "of gross national income". */
const OF_NATIONAL_OUTPUT_RE =
  /\bof\s+(?:GDP|GNP|GNI|gross\s+(?:domestic|national)|national\s+(?:income|output))\b/i;
/** The head nouns of a benefit a body pays at a rate, whatever qualifies them: "the state pension",
 *  "insurance pensions", "the livelihood benefit", "the heating subsidy", "the maintenance grant",
 *  "the daily subsistence allowance", "the stipend" (v86: a rule keyed on "state", "child" or
 *  "housing" before the noun missed every other kind of benefit). */
const BENEFIT_HEADS = String.raw`pensions?|benefits?|allowances?|subsid(?:y|ies)|grants?|stipends?`;
/** A match of the charge reading that opens on a benefit's noun. */
const BENEFIT_FIRST_RE = new RegExp(String.raw`^(?:${BENEFIT_HEADS})\b`, 'i');
/** After a benefit's noun, what it costs, holds or is paid to, which is no rate: "pension
 *  spending", "pension funds", "benefit claimants", "grant payments". */
const NOT_A_BENEFIT = String.raw`spending|expenditures?|outlays?|bills?|costs?|claims?|claimants|recipients|funds?|assets|schemes?|systems?|reforms?|payments?|budgets?|reserves?|programmes?|programs?`;
/** Before a benefit's noun, the spending or cost it is the object of ("spending on pensions", "the
 *  cost of the child benefit", "outlays for subsidies"): a sum, no rate. */
const NOT_SPENT_ON = String.raw`(?<!\b(?:spending|expenditures?|outlays?|costs?|bill|amount|total|number|share)\s+(?:on|of|for)\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2})`;
/** Before a number, a charge as the subject of "will" and a verb of its level, or a body that
 *  "will raise" its charges: "the harbour dues will be ", "the road tax will rise to ", "the fee, paid by each visitor, will go from ", "the rate charged on late tax will rise
 *  to ", "will raise its tolls by ", "the state pension will increase by ". Not a rate of interest,
 *  growth or exchange as such, nor what a charge brings in ("fee income will rise") or a benefit
 *  costs ("pension spending"). */
/** The subject of a charge or of a rate a rule sets: a rate (not one of interest, growth or
 *  exchange), a tax, charge, levy, fare, fee, due, tariff, toll or duty, a benefit, a capital,
 *  reserve or liquidity requirement, a buffer, a contribution, an allowed return, a cap, ceiling,
 *  floor or royalty, or what is paid or charged by or on someone (group 1: the charge's noun). */
const CHARGE_SUBJECT = String.raw`(?:(?<!\b(?:interest|exchange|inflation|unemployment|mortgage|growth|policy|deposit|lending|vacancy|participation|savings|birth|tax)\s)\brates?|${YIELD_OF}\b(tax(?:es)?|charges?|levy|levies|fares?|fees?|dues|tariffs?|tolls?|dut(?:y|ies))\b(?!\s+(?:${NOT_A_CHARGE}|take|base|burden)\b)|${NOT_SPENT_ON}\b(?:${BENEFIT_HEADS})\b(?!\s+(?:${NOT_A_CHARGE}|${NOT_A_BENEFIT})\b)|\b(?:(?:capital|reserve|margin|liquidity)\s+requirements?|buffers?|contributions?|(?:allowed|permitted|authori[sz]ed|regulated)\s+(?:rates?\s+of\s+)?returns?|caps?|ceilings?|floors?|limits?|royalt(?:y|ies))\b(?!\s+(?:${NOT_A_CHARGE}|spending|bills?|costs?|claims?)\b)|\b(?:paid|charged|payable)\s+(?:by|on|to|for)\b)`;
const CHARGE_WILL_LEVEL_BEFORE_RE = new RegExp(
  String.raw`(?:${CHARGE_SUBJECT}(?:[^.;:]|\.\d){0,120}?\bwill\s+(?:(?:again|also|then|now)\s+)?(?:be|rise|fall|increase|decrease|go|climb|drop|move|remain|stay)\b(?:[^.;:]|\.\d){0,80}|\bwill\s+(?:raise|increase|lift|cut|reduce|lower)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,3}?(?:rates|fees|fares|tolls|tariffs|charges|dues)\s+(?:by|to)\s+)$`,
  'i',
);
/** Before a number, a level in the passive of a verb of setting it, with "will" or "shall", and
 *  what follows it in its clause: "will be raised by ", "shall be fixed at ", "will be cut by 2%
 *  to ", "will be raised by ₹117 to ₹2,486 per quintal, an increase of ". */
const SET_PASSIVE_BEFORE_RE =
  /\b(?:will|shall)\s+(?:(?:also|again|now|then)\s+)?be\s+(?:raised|increased|hiked|lifted|cut|reduced|lowered|set|fixed|revised\s+(?:up|down)(?:wards?)?)\s+(?:by|to|at|from)\b(?:[^.;:]|\.\d){0,80}$/i;
/** Before a number, a charge or a rate a rule sets as the subject of a present verb of its level
 *  or of its path: "the contribution rate rises by 0.5 percentage points a year, from 9 per cent in
 *  2025 to ", "the corporation tax rate falls to ", "the allowed return on equity is ", "the capital
 *  requirement steps up to ", "and it stands at " (v99: a schedule's present states what the rule
 *  lays down, as "will" does). */
const CHARGE_PRESENT_LEVEL_BEFORE_RE = new RegExp(
  String.raw`${CHARGE_SUBJECT}(?:[^.;:]|\.\d){0,120}?\b(?:is|are|rises?|falls?|increases?|decreases?|climbs?|drops?|goes|go|moves?|steps?\s+(?:up|down)|stands?\s+at|remains?|stays?|reach(?:es)?)\b(?:[^.;:]|\.\d){0,80}$`,
  'i',
);
/** The sentence names the rule a charge is set under: "Under the amended Act", "Under the Finance
 *  Act 2032", "pursuant to the regulation", "Under the agreed schedule", "Under the price control"
 *  (a law, act, statute, regulation, rule, decree, directive, order, determination, award,
 *  schedule, phase-in or price control; a bill or a plan is none). */
const RULE_NAMED_RE =
  /\b(?:under|following|pursuant\s+to|in\s+line\s+with)\s+(?:(?:the|its|their|this|that|an?)\s+)?(?:[\w'’()-]+\s+){0,3}?(?:laws?|acts?|statutes?|legislation|regulations?|rules|decrees?|directives?|orders?|determinations?|awards?|schedules?|phase-?ins?|price\s+controls?)\b/i;
/** A decision named in a sentence: "as legislated", "as announced at the Budget", a law's text
 *  said to set the level ("as provided for in the Carbon Pricing Act", "as set out in Schedule 2 to
 *  the … Act", v164), "the Revenue
 *  Office has confirmed", "a decision the board took", or reported with its content (group 1: "has
 *  decided that ", "have agreed that the levy "). Also its maker's bare past verb ("the Minister
 *  announced", "the Department confirmed", not "to be confirmed", "once approved") and the
 *  instrument it was made in ("Following the Board's decision", "Under the determination", "In its
 *  final ruling"), or the act of deciding named by its noun, with or without its article ("under a
 *  resolution adopted at the July meeting", "following approval by the Board", "pursuant to the
 *  Council's resolution", "under the award"; "following approval of the plan" names a plan, no
 *  charge). So does a collegial body in session reporting it ("the meeting said", "the Cabinet
 *  said", "the Council of Ministers said", "According to the executive meeting,"): what such a
 *  body says a charge or a benefit will be is what it decided (README call, v91). A decision still
 *  awaited ("pending a decision") and a date of effect alone ("from March") name none. */
const DECISION_NAMED_RE =
  /\bas\s+(?:already\s+)?(?:legislated|announced|enacted|agreed|approved|decided|confirmed|gazetted)\b|\bas\s+(?:(?:already|currently)\s+)?(?:provided\s+for|set\s+out|laid\s+down|prescribed|specified|stipulated|fixed)\s+(?:in|by|under)\s+(?:(?:the|its|their|this|that)\s+)?(?:[\w'’()-]+\s+){0,6}?(?:laws?|acts?|statutes?|legislation|regulations?|decrees?|ordinances?|schedules?)\b|\b(?:has|have|had)\s+(?:(?:now|today|also|formally)\s+)?(?:confirmed|approved|decided|agreed|determined|resolved)\b(\s+that\b)?|(?<!\b(?:be|been|being|once|when|until|unless|if|not|yet|pending)\s)\b(?:announced|confirmed|decided|agreed|approved|determined)\b|\b(?:under|following|after|in|by|with|per|through)\s+(?:the|its|their|this|that|a)\s+(?:[\w'’-]+\s+){0,3}?(?:decision|determination|ruling|order)\b|\b(?:under|following|after|with|upon|on|pursuant\s+to|in\s+line\s+with)\s+(?:(?:the|its|their|this|that|an?)\s+)?(?:[\w'’-]+\s+){0,3}?(?:resolutions?|approval|award|by-?law)\b(?!\s+(?:of|for)\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+)?(?:plans?|programmes?|programs?|projects?|budgets?|strateg(?:y|ies))\b)|\b(?:under|following|pursuant\s+to|in\s+line\s+with)\s+(?:(?:the|its|their|this|that|an?)\s+)?(?:[\w'’()-]+\s+){0,3}?(?:laws?|acts?|statutes?|legislation|regulations?|rules|decrees?|directives?|schedules?|phase-?ins?|price\s+controls?)\b|(?<!\b(?:pending|awaiting|awaits?|before|until|ahead\s+of|without)\s)\ba\s+decision\b|\b(?:the|its|this|that|today['’]s|yesterday['’]s|(?:according|pursuant)\s+to\s+the)\s+(?:[\w'’-]+\s+){0,3}?(?:meeting|session|plenum|cabinet|council\s+of\s+ministers)\b(?:(?!\b(?:proposes|proposed|recommends|recommended|expects|expected|forecasts?|projects?|urged)\b)[^.;:,]){0,40}?(?:\s+(?:also\s+)?(?:said|stated|noted|announced|made\s+clear)\b|(?<=\baccording\s+to\s+[^.;:,]*)(?=,))/gi;
/** A decision reported with its content before the number, in its clause: "has decided that the
 *  rate for gravel will rise from 1.5% to ". */
const decidedThatBefore = (before: string): boolean =>
  [...before.matchAll(DECISION_NAMED_RE)].some(
    (d) => d[1] !== undefined && !/[;:]|\.(?!\d)/.test(before.slice(d.index + d[0].length)),
  );

/** Words that leave a charge open: a proposal, a consultation, a recommendation, a condition, a
 *  modal ("may" in lower case only, so the month is none). */
/** A base a tax or contribution is levied on, named by "subject to": "earnings subject to the Social
 *  Security tax", "income subject to contributions" (no condition). */
const SUBJECT_TO_TAX_RE =
  /\bsubject\s+to\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:tax|taxes|taxation|levy|levies|duty|duties|contributions?)\b/gi;
const CHARGE_OPEN_RE =
  /\b(?:propos\w*|draft|consult\w*|recommend\w*|subject\s+to|unless|if|would|could|might|likely|pending|plans?|intend\w*|intention)\b/i;

/**
 * Whether a sentence names a decision already made and leaves nothing open: what lets a charge
 * the decision set stay actual though a later year or a date of effect is named with it.
 * @example namesDecision('Under the determination, the cap will fall to £1,690 in 2037.') // true
 * @example namesDecision('The fee will be $40 from 2037 pending a decision by the Board.') // false
 */
export function namesDecision(sentence: string): boolean {
  return (
    sentence.match(DECISION_NAMED_RE) !== null &&
    !CHARGE_OPEN_RE.test(sentence) &&
    !AWAITED_RE.test(sentence) &&
    !MAY_RE.test(sentence)
  );
}

/** The sentence after a number's says the instrument that sets it was made: "The Federal Cabinet
 *  today adopted the corresponding ordinance.", "The Minister has signed the necessary order." (not
 *  "will adopt", "is expected to approve", "has not yet signed"). */
const DECISION_NEXT_RE =
  /^\s*(?:the|this|these|that|parliament|cabinet|ministers?)\b[^.;:?!]{0,80}?(?<!\b(?:to|be|been|will|would|not|yet|shall|may|must|should)\s)\b(?:adopted|approved|signed|enacted|issued|gazetted|passed|made)\s+(?:the|a|an|this|its)\s+(?:[\w-]+\s+){0,3}?(?:ordinances?|decrees?|regulations?|orders?|instruments?|determinations?|decisions?|resolutions?)\b/i;

/**
 * Whether the sentence right after a number's says the instrument that sets it was made.
 * @example decidedNext('The toll will rise to $4. The Minister has signed the order.', 'The toll will rise to $4.') // true
 */
export function decidedNext(text: string, sentence: string): boolean {
  const at = text.indexOf(sentence);
  if (at < 0) return false;
  const next = text.slice(at + sentence.length, at + sentence.length + 300);
  // The next sentence only, in the same paragraph.
  if (/^[^\S\n]*\n/.test(next)) return false;
  const own = /^[^.?!]*[.?!]?/.exec(next)![0];
  return DECISION_NEXT_RE.test(own) && !CHARGE_OPEN_RE.test(own) && !MAY_RE.test(own);
}

/** A body's proposal or recommendation of what another is to do, with its content after "that":
 *  "We propose that", "The Council recommends that", "Ofgem has proposed that", "It is
 *  recommended that", and in the past, "The Board recommended that" (what it laid out is still a
 *  proposal until the sentence says it was taken up; a past that-clause, "suggested that exports
 *  rose", is a report, read by its mood below). The passive of "advise" is of being told, no
 *  advice: "I am advised that the report found an overrun of A$212 million", "The committee was
 *  advised that the agency spent R1.2 billion" report what the speaker was told. The text of a
 *  motion is a proposal put to a vote, whatever its own verb of approving; a short phrase of where
 *  may stand between the present verb and "that" ("The Government proposes in the budget bill for
 *  2036 that"; v278): after "move(s, d)
 *  that", "beg to move, That", "Motion: That", and a sentence that opens "THAT, this House" or
 *  "That the Senate" (the motion printed on its own line after "I beg to move the following
 *  Motion:"); a resolution carried opens "RESOLVED, That" and is none, and "moved that money into
 *  bonds" (a demonstrative, no motion's body after it) none either. */
const PROPOSES_THAT_RE =
  /^\s*That,?\s+(?:this|the)\s+(?:[\w-]+\s+){0,2}?(?:House|Assembly|Senate|Council|Committee|Chamber|Parliament|Congress|Board|Meeting)\b|\b(?:(?:beg\s+to\s+)?move[sd]?|moving)(?:\s+the\s+following\s+(?:motion|resolution))?\s*[,:]?\s+that(?=,?\s+(?:this|the)\b)|\bmotion\s*:\s*that\b|\b(?:(?:propose|recommend|suggest|advise)s?(?:\s+in\s+(?:the|its|their|a|this)\s+[^.;:,\d]{1,40}?(?:\s+(?:for|of)\s+(?:19|20)\d\d(?:[-–/]\d{2,4})?)?)?|(?:has|have|had)\s+(?:(?:also|now|today|therefore)\s+)?(?:proposed|recommended|suggested|advised)|(?:is|are|was|were)\s+(?:(?:therefore|also|now)\s+)?(?:proposed|recommended)|(?:proposed|recommended|suggested|(?<!\b(?:am|is|are|was|were|be|been|being)\s+(?:(?:also|now|further|today|reliably)\s+)?)advised))\s+that\b/gi;
/** In a that-clause, a verb in the indicative past or perfect, which reports what happened rather
 *  than lays out what should: "exports rose", "output grew", "has increased costs by", "were 12%
 *  higher", "spending had exceeded". A "-ed" form after "be", "been", "being" or a modal is a
 *  passive of the proposal ("be cut to", "should be raised"), and one with no complement after it
 *  an adjective ("a combined levy"). */
const INDICATIVE_PAST_RE =
  /\b(?:was|were|has|have|had|did|rose|fell|grew|shrank|sank|slid|stood|came|went|swung|soared|(?<!\b(?:be|been|being|to|should|would|will|shall|must|may|might|could|can)\s+)[a-z]{3,}ed(?=\s+(?:by|to|from|at|in|on|over|up|down|about|around|some|nearly|almost|more|less|[a-z]+\s+by|\d|[$€£¥₹])))\b/i;
/** Right before a number, a level the proposal keeps where it is, today's: "stay at ", "be held at ". */
const KEPT_LEVEL_BEFORE_RE =
  /\b(?:stays?|remains?|kept|held|maintained|left|unchanged)\s+(?:at\s+)?$/i;
/** A proposal the sentence says was taken up: "which the Minister approved", "accepted", a motion
 *  "carried" or "passed", a resolution ("RESOLVED, That"). */
const PROPOSAL_TAKEN_RE =
  /\b(?:accepted|adopted|approved|endorsed|enacted|agreed\s+to|carried|passed)\b|\bresolved\s*,?\s+that\b/i;

/**
 * Whether the number at `start` is in what a body proposes or recommends another do, not yet
 * decided (README: a proposal, a recommendation is expected): after "propose(s) that" or
 * "recommend(ed) that" in its own sentence, with no sentence stop, semicolon or colon between, no
 * past or perfect indicative in the that-clause before the number (a report: "data suggest that
 * exports rose 4%"), and
 * no word in the sentence that says the proposal was taken up ("which the Minister approved"); a
 * level it keeps where it is ("recommends that the rate stay at 12%") is today's, no proposal.
 * @example proposedThat('We propose that tax brackets be adjusted by 3.5 per cent.', 45) // true
 * @example proposedThat('The board approved the proposed 3% rise in fares.', 35) // false
 */
export function proposedThat(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  // The stated words may open with the number's own verb ("rose 4%"): the mood is read up to the
  // first digit, which it keeps as the complement of a verb in "-ed" ("increased 4").
  const ownVerb = /^[^\d]*\d?/.exec(sentence.slice(start))![0];
  return (
    [...before.matchAll(PROPOSES_THAT_RE)].some((p) => {
      const content = before.slice(p.index + p[0].length) + ownVerb;
      return !/[;:]|\.(?!\d)/.test(content) && !INDICATIVE_PAST_RE.test(content);
    }) &&
    !KEPT_LEVEL_BEFORE_RE.test(before) &&
    !PROPOSAL_TAKEN_RE.test(sentence)
  );
}

/** A standing verb of proposing or asking and the infinitive of what it would do: "PDA proposes to
 *  raise", "is proposing to cut", "seeks to lift", and "has applied to increase" with a verb of
 *  setting a level after it ("which applies to qualifying material" is no application; v233). A
 *  past "proposed to" or "sought to" may since have been decided, and is left to the other
 *  readings. */
const PROPOSES_TO_RE =
  /\b(?:(?:propose|seek)s?|(?:is|are)\s+(?:now\s+|also\s+)?(?:proposing|seeking)|(?:has|have)\s+(?:now\s+|also\s+|today\s+)?(?:proposed|asked)|(?:(?:has|have)\s+(?:now\s+|also\s+|today\s+)?applied|(?:is|are)\s+applying)(?=\s+to\s+(?:raise|increase|lift|cut|reduce|lower|set|recover|levy|charge|introduce|extend)\b))\s+to\s+(?=[a-z]{3,}\b)(?!(?:the|a|an|its|their|our|this|that)\b)/gi;

/** Between a proposal's verb and the number, a turn to another level set beside it: "proposes to
 *  remit 25 per cent …, against the 20 per cent it remitted", "compared with". */
const CONTRAST_BETWEEN_RE = /\b(?:against|compared\s+(?:with|to)|versus)\b/i;
/** Right before the number, the "from" end of the change proposed: "proposes to raise from ¥1,000
 *  to ¥3,000" states the level now, which the proposal starts from (v228). */
const FROM_END_BEFORE_RE = /\bfrom\s+(?:(?:about|around|some|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/**
 * Whether the number at `start` is in what a party proposes or asks to do itself, its verb in the
 * present or perfect and the act in its infinitive ("PDA proposes to raise its aeronautical charges
 * by 38.5% on 1 July 2035, lifting the average charge from $21.40 to $29.64"): not yet decided,
 * expected (README: a proposal or request is expected, v233). No sentence stop, semicolon or colon
 * between, no past or perfect indicative of an outturn, and no word in the sentence that says the
 * proposal was taken up ("which the Regulator approved") keeps the other readings.
 * @example proposesTo('The port proposes to raise its berthing dues by 6% from July.', 48) // true
 * @example proposesTo('The port proposed to raise its dues by 6%, which the Minister approved.', 39) // false
 */
export function proposesTo(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  const ownVerb = /^[^\d]*\d?/.exec(sentence.slice(start))![0];
  // The stated words may open with the act's own verb ("raise its charges by 38.5%").
  const lead = before + ownVerb;
  return (
    [...lead.matchAll(PROPOSES_TO_RE)].some((p) => {
      const content = lead.slice(p.index + p[0].length);
      return (
        !/[;:]|\.(?!\d)/.test(content) &&
        !INDICATIVE_PAST_RE.test(content) &&
        !CONTRAST_BETWEEN_RE.test(content)
      );
    }) &&
    !KEPT_LEVEL_BEFORE_RE.test(before) &&
    !FROM_END_BEFORE_RE.test(before) &&
    !PROPOSAL_TAKEN_RE.test(sentence)
  );
}

/** Right before a number, a proposal named as a noun with its content: "a final proposal of ",
 *  "the employers' proposal of a ", "a counter-proposal of about ", and an aside on it in brackets
 *  ("a proposal of KRW 11,460 ("). */
const PROPOSAL_OF_BEFORE_RE =
  /\b(?:counter-?)?proposals?\s+of\s+(?:(?:about|around|some|roughly|an?|the)\s+)?(?:[^\s()]+\s+(?:[^\s()]+\s+)?\(\s*)?$/i;

/** Right before a number, a proposal that stands now, its verb in the present, progressive or
 *  perfect, and what it puts forward "of" the number: "is proposing a dividend of ", "recommends
 *  an award of ", "has put forward a reserve ratio of ", "has tabled a capital budget of ", and a
 *  noun phrase as long as its measure's name needs, with its own "of", "for" or "per" inside ("We
 *  propose an appointee weighted average cost of capital of ", "proposes an average maximum yield
 *  per passenger of ", v161); no comma, no clause's verb or relative between. A past "proposed a …
 *  of" may since have been decided, and is left to the other readings. */
const PROPOSES_OF_BEFORE_RE =
  /\b(?:(?:is|are)\s+(?:now\s+|also\s+)?(?:proposing|recommending|putting\s+forward|tabling)|(?:has|have)\s+(?:now\s+|also\s+|today\s+)?(?:proposed|recommended|put\s+forward|tabled)|(?:propose|recommend|table)s?|puts\s+forward)\s+(?:an?|the|its|their)\s+(?:(?!(?:and|or|but|which|that|who|whose|was|were|is|are|has|have|had|will|would|rose|fell|grew)\b)[\w'’-]+\s+){0,12}?of\s+(?:(?:about|around|some|roughly|nearly|almost|up\s+to)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/** Right before a number, a standing verb of proposing (present, progressive or perfect) whose
 *  direct object the sum is, with an infinitive of spending between if any: "The NEP proposes ",
 *  "The Board recommends ", "The Commission is proposing ", "has proposed about ", "proposes to
 *  allocate ". A past "proposed" may since have been decided, and is left to the other readings. */
const PROPOSES_SUM_BEFORE_RE =
  /\b(?:(?:is|are)\s+(?:now\s+|also\s+)?(?:proposing|recommending)|(?:has|have)\s+(?:now\s+|also\s+|today\s+)?(?:proposed|recommended)|(?:propose|recommend)s?)\s+(?:to\s+(?:allocate|spend|provide|invest|set\s+aside|earmark|borrow|lend|commit|make\s+available)\s+)?(?:(?:about|around|some|roughly|nearly|almost|up\s+to|a\s+further|an\s+additional|another)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/** The same standing proposal found anywhere before a number, so that what follows its first
 *  number can be read. */
const PROPOSES_OF_ANY_RE = new RegExp(PROPOSES_OF_BEFORE_RE.source.replace(/\$$/, ''), 'gi');
/** After a proposal's first number, a second object coordinated with it and right before the
 *  next number: "62.4 billion in recurrent expenditure and a reduction of ", "1.10 a share and a
 *  special dividend of ", "8%, and a one-off payment of ": the verb of proposing governs both. */
const COORDINATED_OF_AFTER_RE =
  /^\d(?:[^.;:!?]|\.(?=\d)){0,90}?(?:,\s*)?\band\s+(?:an?|the)\s+(?:(?!(?:and|or|but|which|that|was|were|is|are|has|have|had)\b)[\w'’-]+\s+){0,3}?of\s+(?:(?:about|around|some|roughly|nearly|almost|up\s+to)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Between the two objects, a finite verb or a relative that opens a clause of its own: "which
 *  shareholders approved", "spending fell", "was". */
const OWN_CLAUSE_BETWEEN_RE =
  /\b(?:which|who|that|was|were|is|are|has|have|had|will|would|rose|fell|grew|reached|approved|adopted|agreed|[a-z]{3,}ed\s+(?:an?|the)\b)/i;

/**
 * Whether the number at `start` is what a proposal named as a noun puts forward, not yet decided
 * (README: a proposal is expected): "Labor members had put forward a final proposal of KRW
 * 11,460 (8.7% higher)", "The union tabled a proposal of 6.5%"; or what a standing proposal puts
 * forward "of" it ("Management is proposing a dividend of €1.40"). A proposal the sentence says was
 * taken up ("was adopted", "accepted") keeps the other readings.
 * @example proposalOf('The union tabled a proposal of 6.5% for each year.', 31) // true
 * @example proposalOf('The proposal of a 2% rise was adopted in May.', 18) // false
 */
export function proposalOf(sentence: string, start: number): boolean {
  // The stated words may open with the noun the number is "of" ("cut of 1.5 percentage points"):
  // the lead is read up to the first digit.
  const lead = sentence.slice(0, start) + /^[^\d]*/.exec(sentence.slice(start))![0];
  return (
    (PROPOSAL_OF_BEFORE_RE.test(sentence.slice(0, start)) ||
      PROPOSES_OF_BEFORE_RE.test(lead) ||
      // "The NEP proposes P441 billion for the Department": the sum as the verb's own object.
      PROPOSES_SUM_BEFORE_RE.test(lead) ||
      // "The Supplementary Estimates propose a net increase of Kshs 62.4 billion in recurrent
      // expenditure and a reduction of Kshs 31.7 billion": the second object of the same verb.
      [...lead.matchAll(PROPOSES_OF_ANY_RE)].some((p) => {
        const rest = lead.slice(p.index + p[0].length);
        const between = /^\d(?:[^.;:!?]|\.(?=\d))*?(?=(?:,\s*)?\band\s)/i.exec(rest)?.[0] ?? '';
        return COORDINATED_OF_AFTER_RE.test(rest) && !OWN_CLAUSE_BETWEEN_RE.test(between);
      })) &&
    !PROPOSAL_TAKEN_RE.test(sentence)
  );
}

/** A commitment to an act, its content after "to": "a commitment to facilitate investment of",
 *  "its commitment to raising the share of renewables to", "commitments to mobilise" (not
 *  "commitments to date", nor "commitments to Africa", a noun after "to"). */
const COMMITMENT_TO_RE =
  /\bcommitments?\s+(?:(?:made|given|undertaken)\s+)?to\s+(?:(?:[\w-]+\s+){0,6}?(?:and\s+)?to\s+)?(?:[a-z]+ing|facilitate|mobili[sz]e|provide|raise|reach|cut|reduce|invest|increase|double|triple|treble|halve|spend|lend|achieve|deliver|support|lower|keep|bring|expand|scale\s+up|contribute|disburse|channel|allocate)\b/gi;
/** A commitment the sentence says was met or kept: "met its commitment", "has delivered on". */
const COMMITMENT_MET_RE =
  /\b(?:met|honou?red|fulfill?ed|kept|delivered\s+on|achieved|exceeded|surpassed)\s+(?:(?:its|their|our|the|this|that|a)\s+)?(?:[\w-]+\s+){0,2}?commitments?\b/i;
/** A past verb of an outturn between the commitment and its number: "was", "rose", "reached". */
const OUTTURN_BETWEEN_RE =
  /\b(?:was|were|had|rose|fell|grew|reached|amounted|totalled|totaled|came|stood|increased|decreased|declined)\b/i;

/**
 * Whether the number at `start` is in what a party commits itself to do, a pledge of what is to
 * come (README: a pledge, and what an accord "commits" a party "to", are expected): after "a
 * commitment to" and a verb of the act, with no sentence stop, semicolon, colon or comma between
 * and no outturn's past verb; a commitment the sentence says was met stays with the other readings.
 * @example committedTo('Norwyn has undertaken a commitment to facilitate investment of US$100 billion.', 62) // true
 * @example committedTo('The Bank’s commitments to Africa rose 12% in 2032.', 37) // false
 */
export function committedTo(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  return (
    [...before.matchAll(COMMITMENT_TO_RE)].some((c) => {
      const between = before.slice(c.index + c[0].length);
      return !/[;:,]|\.(?!\d)/.test(between) && !OUTTURN_BETWEEN_RE.test(between);
    }) && !COMMITMENT_MET_RE.test(sentence)
  );
}

/** A lead-in that names a decision on charges and lists them: "The Board has approved the
 *  following fares, effective 1 January 2032:", "The Minister has set the following benefit
 *  rates:" (not "will consult on", "has not yet decided", "forecasts"). */
const DECIDED_LEAD_IN_RE = new RegExp(
  String.raw`(?<!\b(?:not|yet|be|been|being|to)\s+)\b(?:decided|approved|set|fixed|agreed|determined|confirmed|adopted)\s+(?:on\s+)?(?:the\s+)?following\s+(?:[\w-]+\s+){0,3}?(?:${CHARGES}|rates?|prices?|premiums?)\b[^\n]*:$`,
  'i',
);
/** The revenue a regulator lets a utility collect, which its charges recover: "Allowable revenue",
 *  "ARR" (an aggregate revenue requirement), "revenue requirement" (v131). */
/** A table's own label before its title: "Table 3: ", "Figure 2. " (v131), or a section's number:
 *  "4.3 ", "2.1. " (v190). */
const TABLE_LABEL = String.raw`(?:(?:Table|Figure|Chart|Exhibit)\s+[\w.-]{1,6}[:.]\s+|\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+)?`;
const REGULATED_REVENUE = String.raw`(?:allowed\s+|allowable\s+|maximum\s+)?revenues?(?:\s+requirements?)?|ARRs?`;
/** A heading that names charges a decision set: "Port dues decided for 2032", "Administered prices
 *  set for January", "Fares approved" (a line with no sentence stop, not a proposal). */
const DECIDED_HEADING_RE = new RegExp(
  String.raw`^${TABLE_LABEL}[^.:;!?]{0,60}?\b(?:${CHARGES}|rates?|prices?|premiums?|${REGULATED_REVENUE})\b[^.:;!?]{0,20}?\b(?:decided|approved|set|fixed|agreed|determined|confirmed|adopted)\b[^.:;!?]{0,30}$`,
  'i',
);
/** A title whose participle of decision comes first, before the charges and what moves them:
 *  "Approved tariff adjustments for 2034/35 (%)", "Agreed fare changes from 1 January (%)",
 *  "Confirmed port dues for 2035". */
const DECIDED_CHARGES_FIRST_TITLE_RE = new RegExp(
  String.raw`^${TABLE_LABEL}[^.:;!?]{0,30}?\b(?:decided|approved|agreed|determined|confirmed|adopted|final)\s+(?:[\w-]+\s+){0,2}?(?:${CHARGES}|rates?|prices?|premiums?|${REGULATED_REVENUE})\b`,
  'i',
);

/** A participle of a body's approval, what it allowed or determined (v131). Not "set", which
 *  also names goals ("the target set for 2035"), nor "proposed", "sought", "requested". */
const APPROVED_PARTICIPLE = String.raw`approved|allowed|determined|authori[sz]ed|sanctioned|granted`;
/** Before a number, its clause's subject named by a participle of approval and its copula: "The
 *  average cost of supply approved for FY 2033-34 is ", "The approved revenue is ", "The allowed
 *  return for 2033 is ": the level the body decided, for whatever period (v131). */
const APPROVED_SUBJECT_BEFORE_RE = new RegExp(
  String.raw`^(?:[^,;:]*,\s*)?(?:the|its|their|this\s+year['’]s|next\s+year['’]s)\s+(?:(?:${APPROVED_PARTICIPLE})\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+|(?:[\w'’-]+\s+){0,5}?[\w'’-]+\s+(?:${APPROVED_PARTICIPLE}))(?:\s+(?:by|for|in|under)\s+(?:(?!(?:is|are|was|were|will|would|be|to|expected|forecast|proposed)\b)[\w'’/–-]+\s+){1,6}?)?\s*(?:is|are|was|were|stands\s+at|comes\s+to|amounts\s+to|totals?|totalled|totaled)\s+(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right after a sum or a level, the participle of approval that names it and what for: "the
 *  R294.6 billion allowed for 2031/32", "the 9.70% approved in its last rate case", "the €2.31
 *  billion allowed under the current price control" (v131; "allowed to rise" is a permission,
 *  and a participle with no "for", "in", "under" or "by" after it is left alone). */
const APPROVED_AFTER_RE = new RegExp(
  String.raw`^(?:\s?(?:%|per\s?cent|percent))?(?:\s+(?:in|of)\s+(?:(?!(?:to|be|been|being|expected|yet|not|still|due|likely|that|which)\b)[\w'’-]+\s+){1,3}?)?\s+(?:(?:has|have|had)\s+been\s+|(?:was|were)\s+)?(?:${APPROVED_PARTICIPLE})\s+(?:for|in|under|by)\b`,
  'i',
);
/** A change set against a level a participle of approval names, "6.1% higher than the R294.6
 *  billion allowed for 2031/32", "2.8% more than the revenue allowed for 2027–32": a gap between
 *  decisions, after "than", "on" or "over" (v131). */
const APPROVED_BASE_AFTER_RE = new RegExp(
  String.raw`^\s+(?:than|on|over|compared\s+(?:with|to))\s+(?:the|its|their)\s+(?:(?:[^\s\d]{0,4}\s?\d[\d.,]*(?:\s?(?:%|per\s?cent|percent|billion|million|trillion|bn|m|crore|lakh))?|(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+)(?:${APPROVED_PARTICIPLE})\s+(?:for|in|under|by)\b`,
  'i',
);

/** A finite verb of a body's approval, in the present or past, not governed by a modal, "to", a
 *  passive's "be" or a negation ("approves", "approved", "authorizes", "sanctioned"; not "to
 *  approve", "has not approved", "was approved"). */
const APPROVES_VERB_RE =
  /(?<!\b(?:to|will|would|may|might|could|should|shall|must|not|yet|be|been|being|is|are|was|were|the|an?|its|their|if|once|when|until|unless)\s)\b(?:approves|approved|authori[sz]es|authori[sz]ed|sanctions|sanctioned|determines|allows)\b/i;
/** Before a number, a finite verb of a body's approval and its object named, up to the number's
 *  "of" ("approves an ARR of ", "approved a revenue requirement of "), or, after that object, the
 *  total it makes ("authorizes an increase of $14.2 million, or 8.1%, for a total revenue
 *  requirement of ") (v154). */
const APPROVES_OBJECT_BEFORE_RE = new RegExp(
  String.raw`${APPROVES_VERB_RE.source}\s+(?:an?|the|its|their)\s+(?:(?!(?:of|to|for|by|is|are|was|were|which|that)\b)[\w'’()-]+\s+){0,6}?of\s+(?:(?:[^.;:]|\.\d){0,60}?,\s+for\s+(?:a|the)\s+(?:new\s+)?total\s+(?:[\w'’-]+\s+){0,3}?of\s+)?(?:(?:about|around|some|roughly|nearly|almost|just)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a number in a list line, a participle of approval as its column's label, after
 *  the line's colon or a semicolon: "…: requested 98,240; authorized " (v154). */
const APPROVED_LABEL_BEFORE_RE =
  /(?:[:;|]\s*|^\s*)(?:approved|authori[sz]ed|allowed|determined|sanctioned)\s*:?\s*(?:[^\s\d]{1,4}\s?)?$/i;

/** A goal's noun: what a body approves as an aim, not a level it sets. */
const GOAL_HEAD_RE = new RegExp(String.raw`\b(?:${GOAL_HEADS})\b`, 'i');

/**
 * Whether a number is the level a body's own finite verb of approval decides, named as its object
 * ("the Authority approves an ARR of Rs 1,842.36 crore for 2034-35", "We approved a revenue
 * requirement of $1,412.6 million over the five years"), as the total that object makes
 * ("authorizes an increase of $14.2 million, or 8.1%, for a total revenue requirement of $189.6
 * million"), or labelled by the participle in a list line ("requested 98,240; authorized 92,615"):
 * actual for whatever period (v154; README, Status: decisions taken, money approved). A goal
 * approved ("approved a target of 40%"), a forecast word between the verb and the number, and a
 * verb governed by a modal, "to", a negation or a passive's "be" keep the other readings.
 * @example approvedObject('After prudence check, the Authority approves an ARR of ') // true
 * @example approvedObject('The Board will approve an ARR of ') // false
 */
export function approvedObject(before: string): boolean {
  const object = APPROVES_OBJECT_BEFORE_RE.exec(before) ?? APPROVED_LABEL_BEFORE_RE.exec(before);
  return (
    object !== null &&
    !GOAL_HEAD_RE.test(object[0]) &&
    !forecastIn(object[0]) &&
    !EXPECTED_RE.test(object[0])
  );
}

/**
 * Whether a number is a level a body approved, named so by a participle of approval: the subject
 * of its copula ("The average cost of supply approved for FY 2033-34 is Rs. 7.84"), its own
 * participle after it ("the R294.6 billion allowed for 2031/32") or, for a change, the level it is
 * set against ("6.1% higher than the R294.6 billion allowed for 2031/32"). What a body decided is
 * actual for any period (README, Status); a forecast word in the clause keeps the other reading.
 * @example approvedLevel('The average cost of supply approved for FY 2033-34 is ', ' per kWh.', 'amount') // true
 * @example approvedLevel('Vaalkrag had sought ', ' for 2031/32.', 'amount') // false
 */
export function approvedLevel(lead: string, after: string, kind: string): boolean {
  if (APPROVED_SUBJECT_BEFORE_RE.test(lead)) return true;
  if (kind === 'change') return APPROVED_BASE_AFTER_RE.test(after);
  return APPROVED_AFTER_RE.test(after);
}

/**
 * Whether a table's or list's title says a decision set the charges under it, its participle
 * before them ("Approved tariff adjustments for 2034/35 (%)") or after them ("Tariff increases
 * approved for 2035 (% change)", "Water charges set for 2034-35"), as a heading over sentences
 * does: each cell is a charge set, actual though its year is to come. A proposal, a forecast or a
 * request ("Proposed tariff adjustments", "Tariff changes applied for", "Fares set to rise") is
 * none.
 * @example decidedChargesTitle('Approved tariff adjustments for 2034/35 (%)') // true
 * @example decidedChargesTitle('Proposed tariff adjustments for 2034/35 (%)') // false
 */
export function decidedChargesTitle(title: string): boolean {
  return (
    (DECIDED_CHARGES_FIRST_TITLE_RE.test(title) || DECIDED_HEADING_RE.test(title)) &&
    !UNDECIDED_TITLE_RE.test(title) &&
    !/\b(?:set\s+to|forecast\w*|project\w*|expected|applied\s+for|sought|requested)\b/i.test(title)
  );
}

/**
 * Whether the line a number is on is listed under a lead-in or heading that names a decision on
 * charges: going back line by line, over blank lines, marked items and lines that state what
 * "will" be (under a lead-in) or sentences (under a heading), to the decision. A line of another
 * kind first (an ordinary paragraph after a lead-in's list, another heading) ends the search.
 * @example underDecision('Port dues decided for 2032\n\nCargo dues will be ') // true
 */
export function underDecision(textBefore: string): boolean {
  const lines = textBefore.split('\n');
  const own = lines.pop() ?? '';
  if (UNDECIDED_TITLE_RE.test(own)) return false;
  // Under a lead-in every line states what "will" be or is an item; under a heading, sentences.
  let leadInScope = /\bwill\b/i.test(own) || LIST_ITEM_RE.test(own);
  let headingScope = true;
  for (const raw of lines.reverse().slice(0, 40)) {
    const line = raw.trim();
    if (line === '') continue;
    if (DECIDED_LEAD_IN_RE.test(line) && !UNDECIDED_TITLE_RE.test(line)) return leadInScope;
    if (DECIDED_HEADING_RE.test(line) && !UNDECIDED_TITLE_RE.test(line)) return headingScope;
    const item = LIST_ITEM_RE.test(raw);
    const sentence = /[.;!?]$/.test(line);
    if (!item && !sentence) return false;
    leadInScope &&= item || /\bwill\b/i.test(line);
    headingScope &&= sentence || item;
    if (!leadInScope && !headingScope) return false;
  }
  return false;
}

/** A rate of pay or benefit a rule sets for a class of worker or claimant (not pay measured across
 *  the economy, "average wages"): "the minimum wage", "the living wage", "the base monthly wage for
 *  porters", "award rates", "trainee and junior rates", "the maximum weekly benefit", or a
 *  statutory wage named by its acronym ("the gross hourly SMIC", "the NLW"). */
const PAY_RATE = String.raw`(?:\b(?:(?:minimum|living|award|base|baseline|basic|entry|starting)\s+(?:[\w-]+\s+){0,3}?(?:wages?|pay|salar(?:y|ies))|wage\s+floors?|(?:pay|wage|salary)\s+(?:rates?|scales?)|rates?\s+of\s+pay|award\s+rates?|(?:junior|apprentice|trainee|youth|adult|tipped)\s+(?:[\w-]+\s+)?(?:rates?|wages?)|(?:maximum|minimum)\s+(?:[\w-]+\s+){0,2}?(?:benefits?|allowances?|pensions?)(?:\s+amounts?)?)\b|\b(?:SMIC|SMIG|NLW|NMW)\b)`;
/** Before a number, in its clause, a pay rate as the subject of "will" and a verb of its level: "the
 *  minimum wage will be ", "trainee rates for those under 21 will also go up by ", "the maximum
 *  weekly benefit will be raised to $480 from ", "the gross hourly SMIC will thus rise from €12.02
 *  to ", "the net monthly SMIC will reach ". A clause joined after a comma has its own subject
 *  ("the SMIC was raised in January, and consumer prices will rise by "). */
const PAY_WILL = String.raw`\bwill\s+(?:(?:also|then|now|again|thus|therefore)\s+)?(?:be(?:\s+(?:raised|lifted|increased|set|fixed|revalued|uprated|indexed))?|rise|increase|go\s+up|climb|reach)\b(?:[^.;:]|\.\d){0,100}$`;
const PAY_WILL_BEFORE_RE = new RegExp(
  String.raw`${PAY_RATE}(?:(?!,\s*(?:and|but|while|whereas)\b)[^.;:]|\.\d){0,120}?${PAY_WILL}`,
  'i',
);
/** The same across the sentence, its asides dropped (RELATIVE_ASIDE_RE), with no comma left between
 *  the pay rate and "will": "From 1 April the National Living Wage (NLW), which applies to workers
 *  aged 21 and over, will increase by ", where the number's clause starts after the aside. "Though
 *  the minimum wage was frozen, prices will rise by " keeps its comma and its reading. */
const PAY_SUBJECT_WILL_BEFORE_RE = new RegExp(
  String.raw`${PAY_RATE}[^.;:,]{0,120}?${PAY_WILL}`,
  'i',
);
/** An aside in brackets or a relative clause set off by commas: " (NLW)", ", which applies to
 *  workers aged 21 and over,". */
const RELATIVE_ASIDE_RE = /\s*\([^()]*\)|,\s+(?:which|who|where|whose)\b[^,;:.]*,/gi;
/** Before a number, what a worker "will receive" or an employer "may continue to pay", with a
 *  number paid per period or as a part of a rate after it (PAY_UNIT_AFTER_RE). */
const PAY_RECEIVED_BEFORE_RE =
  /\b(?:will\s+(?:also\s+)?receive|(?:will|may)\s+continue\s+to\s+(?:pay|receive))\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Before a number, what a class of worker "may be paid", "can only be paid" or "must be paid at
 *  least", with a part of a pay rate after it: "may be paid 80% of the minimum wage". */
const PAY_PERMITTED_BEFORE_RE =
  /\b(?:may|can|must|shall)\s+(?:only\s+)?be\s+paid\s+(?:at\s+least\s+|no\s+less\s+than\s+)?$/i;
/** Right after a number, a part of a pay rate named by its acronym: " of the SMIC", " of the NLW". */
const PAY_ACRONYM_AFTER_RE = /^\s*of\s+the\s+[A-Z]{2,6}\b/;
/** Before a number, a pay rise a worker "will receive": "will receive a flat increase of ". */
const RISE_RECEIVED_BEFORE_RE =
  /\bwill\s+(?:also\s+)?receive\s+an?\s+(?:(?:flat|further|one-off|pay)\s+)?(?:increase|rise)\s+of\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Before a number, a rise a worker or claimant "will receive", named right after it
 *  (RISE_OF_PAY_AFTER_RE): "pensioners will receive a ". */
const RECEIVES_A_BEFORE_RE = /\bwill\s+(?:also\s+)?(?:receive|get)\s+an?\s+$/i;
/** Right after a number, a rise of pay or of a benefit: " cost-of-living adjustment", " COLA",
 *  " pay rise", " pension increase" (not a return, an order book or a bill). */
const RISE_OF_PAY_AFTER_RE =
  /^\s*(?:cost-of-living\s+(?:adjustment|increase|rise)s?|COLAs?|(?:pay|wage|salary|pension|benefit)\s+(?:adjustment|increase|rise|raise|uplift)s?)\b/i;
/** Right after a number, a period it is paid per or the rate it is a part of: " a month", " per
 *  hour", " of the adult rate". */
const PAY_UNIT_AFTER_RE =
  /^\s*(?:(?:a|an|per|each)\s+(?:hour|day|week|fortnight|month|year)\b|of\s+the\s+(?:[\w-]+\s+){0,2}?(?:rate|wage|pay|salary)\b)/i;
/** A recommendation the sentence says was taken up, so no longer open: "rates the cabinet
 *  accepted, in full, from the review body's recommendations". */
const RECOMMENDATION_TAKEN_RE =
  /\b(?:accepted|adopted|approved|endorsed)\b[^.;]{0,80}?\brecommend\w*/gi;

/** What a level is set as when it is an aim, not a decision: "has set its target at". */
const AIM_WORD_RE = /\b(?:targets?|goals?|aims?|objectives?|ambitions?)\b/i;

// The exceptions, each stated once.

/** A budget's estimate named as such: "(BE)", "(RE)", "Budget Estimates", "the Revised Estimate". */
const BUDGET_ESTIMATE = String.raw`\((?:BE|RE|B\.E\.|R\.E\.)\)|\b(?:Budget|Revised)\s+Estimates?\b`;
const BUDGET_ESTIMATE_RE = new RegExp(BUDGET_ESTIMATE);
/** After a sum, its own label as a budget estimate; one after "than" or "from" is the base's. */
const BUDGET_ESTIMATE_AFTER_RE = new RegExp(
  String.raw`^(?:(?!\b(?:than|from|over|against|on)\b)[^.;,])*(?:${BUDGET_ESTIMATE})`,
);
/** After a sum, the Budget Estimates named as the document it was put in, no label of the sum's:
 *  " in the Budget Estimates for 2031-32", " in the 2026/27 Budget Estimates". */
const IN_BUDGET_ESTIMATES_AFTER_RE =
  /^[^.;,()]*?\bin\s+the\s+(?:[\w/–-]+\s+){0,2}?(?:Budget|Revised)\s+Estimates\b/;
/** Estimates, a plan or a framework as the subject right before the verb: "The investment plan
 *  has ", "the 2031/2032 Printed Estimates " (estimates are put to a vote still to come). */
const BUDGET_SUBJECT_BEFORE_RE =
  /\b(?:plans?|estimates|frameworks?)\s+(?:(?:has|have|had)\s+(?:also\s+)?)?$/i;
/** Before a sum, a budget, its estimates or the law or act that enacts it, as the subject of a
 *  present verb that puts money somewhere: "The 2027 federal budget allocates ", "Next year's
 *  budget sets aside ", "The 2026 Budget Law reserves ", "The Appropriation Act 2032 earmarks ",
 *  and any act or law by whatever name (v62: "The Division of Revenue Act allocates ", "The
 *  Infrastructure Investment Act earmarks ": an act is enacted, as a budget law is).
 *  Not a draft, proposed or presented budget, estimates, nor a bill still to pass. */
const BUDGET_PUTS_BEFORE_RE =
  /\b(?:budgets?|laws?|acts?)(?:\s+(?:19|20)\d\d(?:[-–/]\d{2,4})?)?\s+(?:(?:also|now)\s+)?(?:allocates|allots|sets\s+aside|reserves|earmarks|appropriates|ring-?fences)\s+(?:[^.;:]|\.\d)*$/i;

/** A forecast word ("expected", "could", "may") in the words that hedge the reading. */
const forecastIn = (words: string): boolean => FORECAST_WORD_RE.test(words);

/** No forecast word in the hedge and no one who expects the number before it: what keeps a charge
 *  a body sets from being someone's forecast of it. */
const unhedged = (v: DecidedView, hedge: string = v.hedgeText): boolean =>
  !forecastIn(hedge) && !EXPECTS_BEFORE_RE.test(v.lead);

/** A date a set charge takes effect from: "from 1 April 2032", "on 4 January 2032", "effective
 *  March 2032", "with effect from 2032". It names no period a forecast is of. */
const DATE_OF_EFFECT_RE =
  /\b(?:from|on|effective(?:\s+from)?|starting|as\s+(?:of|from)|with\s+effect\s+from)\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:[0-3]?\d(?:st|nd|rd|th)?,?\s+)?)?(?:19|20)\d\d\b/gi;

/** A year after the dateline's named in the sentence ("by 2032", dated 2031), other than a date of
 *  effect ("from 1 April 2032") or a year the document's announcement names as one (effectYears:
 *  "in steps of 5 cents in 2035 and 7 cents in 2036" under "revised … on 1 April 2035 and 1 April
 *  2036", v154). */
const laterYear = (
  sentence: string,
  documentYear: number | undefined,
  effectYears: readonly number[] = [],
): boolean =>
  documentYear !== undefined &&
  [...sentence.replace(DATE_OF_EFFECT_RE, ' ').matchAll(/\b(?:19|20)\d\d\b/g)].some(
    (y) => Number(y[0]) > documentYear && !effectYears.includes(Number(y[0])),
  );

/** What a rule says the firms it binds must or may do with a floor or ceiling: hold, keep or
 *  invest it, and at an auction or operation submit, tender or take it ("Market makers must submit
 *  bids of at least ", "Successful bidders may take up to "). */
const REQUIRED_ACT = String.raw`hold|maintain|keep|carry|set\s+aside|meet|have|invest|reinvest|raise|repay|amortise|amortize|lend|reserve|retain|employ|hire|recruit|source|procure|buy|purchase|land|catch|harvest|replant|process|sell|export|deliver|contribute|deposit|transfer|allocate`;
const AUCTION_ACT = String.raw`submit|tender|bid|take|subscribe`;
/** A rule's own "may" or "only may" before the act it permits: a permission, no hedge. */
const PERMITTED_ACT_RE = new RegExp(
  String.raw`\bmay(?:\s+only)?\s+(?=(?:${REQUIRED_ACT}|${AUCTION_ACT}|participate)\b)`,
  'gi',
);
/** Before a number, who bids at an auction or an operation, then what the rule says they must or
 *  may submit, tender or take: "Market makers must submit bids of at least ", "Successful bidders
 *  may take up to ", "Counterparties must tender at least ". "Exporters may take up to " binds no
 *  bidder and stays a hedge. */
const AUCTION_REQUIREMENT_BEFORE_RE = new RegExp(
  String.raw`\b(?:bidders|market\s+makers|counterparties|participants|(?:primary\s+)?dealers)\b[^.;:\d]{0,40}?\b(?:must|shall|(?:are|is)\s+required\s+to|may(?:\s+only)?)\s+(?:(?:now|also|still)\s+)?(?:${AUCTION_ACT})\b[^.;:\d]{0,30}?\b(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|up\s+to)\s+(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a number, the least an auction, issue or fund lets one bid, buy or subscribe,
 *  named as its rule: "with a minimum bid of ₱", "The minimum subscription is $", "a minimum
 *  investment of €". A floor the issuer sets, actual, as a rule's floor on firms is. */
const MINIMUM_TERM_BEFORE_RE =
  /\b(?:a|the)\s+minimum\s+(?:bids?|subscriptions?|investments?|tenders?|orders?|applications?|purchases?)(?:\s+(?:size|amount))?\s+(?:of|is|at)\s+(?:[^\s\d]{1,4}\s?)?$/i;

/** The actors a prudential, market or sector rule binds, plural: lenders and funds, firms of any
 *  kind, and the holders, vessels and concessionaires that mining, fisheries and forestry rules
 *  bind ("Vessels may land", "right holders must have", "Quota holders may carry over"). */
const BOUND_ACTORS = String.raw`banks|lenders|borrowers|investors|corporations|intermediaries|insurers|reinsurers|(?:credit|financial|deposit-taking)\s+institutions|building\s+societies|deposit-takers|brokers|dealers|issuers|(?:pension|mutual|money\s+market|investment)\s+funds|pension\s+schemes|licensees|permittees|concessionaires|utilities|operators|companies|firms|employers|businesses|enterprises|producers|manufacturers|exporters|importers|retailers|suppliers|contractors|developers|landlords|carriers|airlines|miners|mines|refiners|smelters|processors|generators|distributors|vessels|fleets|fishers|fishermen|growers|holders`;
/** One such actor after "each", "every", "any" or "no": "Each licensee must", "No company may". */
const BOUND_ACTOR = String.raw`bank|lender|insurer|fund|licensee|permittee|concessionaire|utility|operator|company|firm|employer|business|enterprise|producer|manufacturer|exporter|importer|supplier|contractor|developer|miner|mine|refiner|smelter|processor|generator|vessel|fisher|holder|(?:[\w-]+\s+)?holder`;
/** The rule's verb of obligation or permission: "must", "shall", "are required to", "may only". */
const RULE_MODAL = String.raw`must|shall|(?:are|is|will\s+be)\s+required\s+to|(?:are|is)\s+obliged\s+to|have\s+to|may(?:\s+only)?`;
/** The floor or ceiling the rule puts on the act: "at least", "no more than", and after a subject
 *  that "no" negates, "more than" ("No company may hold more than"). */
const RULE_BOUND = String.raw`at\s+least|a\s+minimum\s+of|no\s+less\s+than|not\s+less\s+than|at\s+most|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|up\s+to|(?<=\bno\s[^.;:\d]{0,80})(?:more|less)\s+than`;
/** An earlier member of a rule's coordination, left out of the later member's lead: the first
 *  verb phrase of "are required to recruit no less than 80% …, and must procure at least ", or
 *  the first bounded figure of "may hold more than 12% of the cod quota, or more than ". The later
 *  member shares the subject and the verb the first one named. */
const RULE_FIRST_MEMBER_RE = new RegExp(
  String.raw`(?:\b(?:${RULE_MODAL})\s+(?:${REQUIRED_ACT})\b[^.;:]*?,?\s+and\s+(?=(?:${RULE_MODAL})\s)|\b(?:${RULE_BOUND})\s+(?:[^\s\d]{1,4}\s?)?\d[\d.,]*[^.;:\d]*?,?\s+(?:or|and)\s+(?=(?:${RULE_BOUND}|(?:more|less)\s+than)\s+(?:[^\s\d]{1,4}\s?)?$))`,
  'gi',
);

/** The rest of a rule's subject, up to its modal: a few words ("Banks designated as systemically
 *  important "), or words and the bound that defines which of them the rule binds, its number
 *  included ("Borrowers with a loan-to-value ratio above 70 per cent ", "Companies listed on the
 *  main board, those with a market value above $100 million, "). */
const RULE_SUBJECT_REST = String.raw`[^.;:\d]{0,40}?|[^.;:\d]{0,80}?\b(?:above|below|over|under|exceed(?:s|ing)?|(?:more|less)\s+than|between)\s[^.;:]{0,60}?`;
/** The floor a rule sets, named by its noun right before the number: "a liquidity buffer of ", "an
 *  additional capital buffer of ", "a capital reserve of ", "a free float of ". */
const REQUIRED_NOUN_OF = String.raw`\b(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?:buffers?|reserves?|cushions?|float|surcharges?)\s+of\s+`;

/** Before a number, firms a rule binds (a prudential or market rule, or any rule on companies,
 *  employers or producers: "Companies must hold at least 30% of their workforce from the region"),
 *  then the rule that they must, are required to or may only hold, keep, reserve, employ or source
 *  a floor or ceiling: "Banks must hold at least ",
 *  "lenders must keep a minimum of ", "Insurers are required to maintain a solvency ratio of no
 *  less than ", "Pension funds may hold no more than ". A floor or cap a rule sets is actual, as a
 *  rate a body sets is; "Growth must reach at least " binds no firm and "The bank holds at least "
 *  states no rule. */
const REQUIREMENT_BEFORE_RE = new RegExp(
  String.raw`\b(?:${BOUND_ACTORS}|(?:each|every|any|no)\s+(?:${BOUND_ACTOR}))\b(?:${RULE_SUBJECT_REST})\b(?:${RULE_MODAL})\s+(?:(?:now|also|still|at\s+all\s+times|continue\s+to)\s+)?(?:${REQUIRED_ACT})\b[^.;:\d]{0,50}?(?:\b(?:${RULE_BOUND})\s+|${REQUIRED_NOUN_OF})(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** The levels a body sets and may keep where they are: a tax, duty, levy, fee, charge, fare,
 *  tariff, toll, rent, subscription or premium, a cap, ceiling, limit or threshold, a benefit,
 *  pension, allowance, grant, subsidy or one named payment ("the carer's payment"; "payments" are
 *  flows), a wage floor, and a rate of any of them ("the standard
 *  rate of VAT", "the employer contribution rate"; not a rate of interest, growth or prices). */
const SET_LEVEL_NOUN = String.raw`(?<!\b(?:interest|exchange|inflation|unemployment|mortgage|growth|policy|deposit|lending|vacancy|participation|savings|birth|bank|repo|discount)\s)\brates?|\b(?:tax(?:es)?|VAT|GST|dut(?:y|ies)|levy|levies|fees?|charges?|fares?|tariffs?|tolls?|rents?|subscriptions?|premiums?|caps?|ceilings?|limits?|thresholds?|benefits?|pensions?|allowances?|grants?|subsid(?:y|ies)|payment|(?:minimum|living)\s+wages?|offsets?|rebates?|deductions?|exemptions?|disregards?)\b`;
/** In a subject, a head that makes it what a level yields, costs or measures, not the level: "Revenue
 *  from the levy", "Spending on pensions", "benefit claims", "Inflation". */
const NOT_SET_HEAD_RE =
  /\b(?:revenues?|receipts|income|proceeds|collections?|spending|expenditures?|outlays?|costs?|bills?|claims?|claimants|payments|take-?up|inflation|growth|yields?|prices|earnings|shares?|numbers?)\b/i;
/** A word of what a level measures right before the level's own noun ("income limit", "income tax
 *  offset"): it names what the level is a limit of, no head of its own (v278). */
const MEASURED_BEFORE_LEVEL_RE = new RegExp(
  String.raw`${NOT_SET_HEAD_RE.source}(?=\s+(?:${SET_LEVEL_NOUN}))`,
  'gi',
);
/** Right before a number, a set level as the subject of "will remain", "will stay", "will be kept,
 *  held, maintained or frozen" at it, in up to twelve words with no clause stop or number between
 *  (its asides dropped first): "The standard rate of VAT will remain at ", "Annual membership fees
 *  will be held at ", "The benefit cap will remain at "; a rule's "shall remain at" and the present
 *  "remains at up to" too (v278: "The annual family income limit shall remain at ₹1,00,000", "The
 *  low income tax offset remains at up to $700"). Group 1 is the subject up to the verb. */
const KEPT_LEVEL_SUBJECT_RE = new RegExp(
  String.raw`((?:${SET_LEVEL_NOUN})[^.;:,\d]{0,80}?)\b(?:(?:will|shall)\s+(?:(?:also|still|again|therefore|thus)\s+)?(?:remain|stay|be\s+(?:kept|held|maintained|frozen|left))|remains|stays)\s+(?:unchanged\s+)?at\s+(?:up\s+to\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before a number, a payer or scheme that "will continue to pay", "charge" or "cover" a set
 *  rate named before it: "will continue to pay the top marginal rate of ", "will continue to charge
 *  a fee of ", or the number itself as a part of costs ("will continue to pay " 100% "of the cost"). */
const CONTINUES_RATE_BEFORE_RE = new RegExp(
  String.raw`\b(?:will|shall)\s+(?:(?:also|still)\s+)?continue\s+to\s+(?:(?:pay|charge|cover|levy|receive|fund)\s+(?:(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:${SET_LEVEL_NOUN})\s+of\s+)?|(?:attract|carry|bear)\s+(?:[\w'’-]+\s+){1,4}?(?:of|at)\s+)(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right after a number that opens its clause's subject, a "will continue to be" or "shall
 *  continue to be" of a rule's allocation or charge: "At least 50% of collections will continue to
 *  be earmarked for the Fund", "A levy of 2% shall continue to be charged" (v278). */
const CONTINUES_AFTER_RE =
  /^[^.;:\d]{0,80}?\b(?:will|shall)\s+(?:(?:also|still)\s+)?continue\s+to\s+be\s+(?:earmarked|allocated|charged|levied|paid|set\s+aside|reserved|transferred|credited|retained|collected|applied)\b/i;
/** An aside in brackets or a relative clause set off by commas, whose numbers may carry their own
 *  thousands comma: ", which about 41,000 people receive,". */
const KEPT_ASIDE_RE = /\s*\([^()]*\)|,\s+(?:which|who|where|whose)\b(?:[^,;:.]|[.,]\d)*,/gi;
/** A part of costs, the rate a grant or scheme pays ("100% of the cost of upgrades"). */
const PART_OF_COSTS_RE =
  /(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?costs?\b/i;

/** A part of what those paid are owed or entitled to, named as theirs: "80 per cent of their SRS",
 *  "100 percent of their accrued pension" (v144). Group 1: the words after "their". */
const PART_OF_OWN_RE =
  /(?:%|\bper\s?cent|\bpercent)\s+of\s+(?:their|its)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\b/i;
/** Whether the number is a part of what its receivers are owed ("will continue to receive 80 per
 *  cent of their SRS"), not of their income, revenue or costs (NOT_SET_HEAD_RE). */
function partOfOwn(statedAndAfter: string): boolean {
  const own = PART_OF_OWN_RE.exec(statedAndAfter);
  return own !== null && !NOT_SET_HEAD_RE.test(own[1]!) && !RULE_AGGREGATE_RE.test(own[1]!);
}
/** The bodies that settle a dispute or sanction a breach, and the records of what they decide: a
 *  court, tribunal, judge or justice, an arbitrator or arbitral panel, an ombudsman, an enforcement
 *  or appeal committee; a judgment, ruling, verdict, award, disallowance, penalty or fine. */
const ADJUDICATION_RE =
  /\b(?:courts?|tribunals?|judges?|justices?|arbitra(?:tors?|tion|l)|ombuds(?:man|men|person)|(?:enforcement|appeals?|sanctions?|disciplinary)\s+(?:committee|panel|board)|judge?ments?|rulings?|verdicts?|awards?|disallowances?|penalt(?:y|ies)|fines?|fined)\b/i;
/** A case's caption: "Rivera v. Commissioner", "Tan v Lim", "Velankar Agro vs. DCIT". */
const CASE_CAPTION_RE = /\b[A-Z][\w'’.-]*\s+(?:v|vs)\.?\s+[A-Z]/;
/** The verbs by which a party hands money over or carries a cost: "pay", "repay", "refund",
 *  "reimburse", "return", "bear", "remit", "disgorge", "forfeit", "compensate", "hand over". */
const PAY_OVER = String.raw`pay(?:\s+back)?|repay|refund|reimburse|return|bear|remit|disgorge|forfeit|compensate|hand\s+over`;
/** The same verbs as passive participles: "be paid", "be borne", "be refunded". */
const PAID_OVER = String.raw`paid(?:\s+back)?|repaid|refunded|reimbursed|returned|borne|remitted|disgorged|forfeited|shared|split|apportioned`;
/** A modal of obligation, as an order states what a party owes: "must", "shall", "is to", "are
 *  to", "has to", with an adverb of consequence or manner after it ("must therefore", "are jointly
 *  to"). */
const OWES = String.raw`(?:must|shall|(?:is|are)\s+(?:(?:therefore|also|now|thus|jointly|each)\s+)?to|(?:has|have)\s+to)\s+(?:(?:therefore|also|now|thus|jointly|severally|each|further|immediately|accordingly)\s+)?`;
/** Right before a number, what an order says a party owes: the modal, a verb of paying over and its
 *  object, in the number's clause ("the former mayor must reimburse ", "the respondent shall pay
 *  the claimant US", "the CMA is to pay ", "are to be borne 60% by Colombia and "). */
const OWED_BEFORE_RE = new RegExp(
  String.raw`\b${OWES}(?:(?:${PAY_OVER})\b|be\s+(?:${PAID_OVER})\b)(?:[^.;:?!]|\.\d){0,80}?$`,
  'i',
);
/** Right before a number, a verb of ordering with the party it binds and its infinitive of paying
 *  over: "has ordered Coastline Energy Pty Ltd to pay ", "directed the insurer to refund ", "was
 *  ordered to repay ", "required the lender to pay a penalty of ". */
const ORDERED_TO_BEFORE_RE = new RegExp(
  String.raw`\b(?:ordered|directed|required|ordering|directing|requiring)\s+(?:(?!to\b)[^.;:?!\d]{0,60}?\s)?to\s+(?:(?:${PAY_OVER})\b|be\s+(?:${PAID_OVER})\b)(?:[^.;:?!]|\.\d){0,80}?$`,
  'i',
);
/** After a sum, its own passive of paying over under a modal of obligation: " are to be borne
 *  equally", ", they are to be borne equally", " must be repaid within 30 days". */
const OWED_AFTER_RE = new RegExp(
  String.raw`^(?:[^.;:?!]|\.\d){0,100}?\b${OWES}be\s+(?:${PAID_OVER})\b`,
  'i',
);
/** What keeps such a sentence from stating an order made: a condition ("if", "unless", "should the
 *  appeal fail"), a hedge ("may", "would", "could"; not the month, "on Tuesday (6 May)"), or a party's case, argued, claimed or sought
 *  ("The claimant argued that Colombia must pay"). */
const ORDER_OPEN_RE =
  /\b(?:if|unless|whether|in\s+the\s+event|should\s+(?:the|it|they)|(?<!\d\s)may(?!\s+(?:\d|\(?(?:19|20)\d\d))|might|could|would|argu(?:ed|es|ing)|contend(?:ed|s|ing)|claim(?:ed|s|ing)|s(?:ought|eeks?|eeking)|ask(?:ed|s|ing)|request(?:ed|s|ing)|submit(?:ted|s)|urg(?:ed|es|ing)|propos(?:ed|es|ing))\b/i;

/**
 * Whether the number is a sum an order of a court, tribunal, ombudsman or enforcement body lays on a
 * party by a modal of obligation ("the Commission must therefore repay EUR 22.4 million", "the CMA is
 * to pay 30% of Harlow's costs", "the costs of US$2.6 million are to be borne 60% by Colombia"): the
 * ruling is made, so what it orders is decided, actual, though "must" or "is to" states it (README,
 * Status: what a court orders or awards). The ruling is named in the sentence, the title or the
 * opening lines; with none named, "is to pay" is a plan's and "must repay" a debt's, and a
 * condition, a hedge or a party's argument keeps the other readings.
 * @example orderedPayment('The former mayor must reimburse €212,000 to the treasury.', 28, 'Court of Audit ruling') // true
 * @example orderedPayment('The state must repay €2 billion of bonds in 2035.', 22, 'Debt report') // false
 */
export function orderedPayment(sentence: string, start: number, titleAndTop: string): boolean {
  const before = sentence.slice(0, start);
  const digit = sentence.slice(start).search(/\d/);
  const ownLead = before + sentence.slice(start, start + Math.max(0, digit));
  const ownAfter = sentence.slice(start + Math.max(0, digit)).replace(/^[\d.,]+/, '');
  const owed = OWED_BEFORE_RE.exec(ownLead) ?? ORDERED_TO_BEFORE_RE.exec(ownLead);
  const owedAfter = owed === null ? OWED_AFTER_RE.exec(ownAfter) : null;
  if (owed === null && owedAfter === null) return false;
  // The words of the order up to its verb: the number's clause before it and the passive after it.
  const orderWords = owed !== null ? ownLead : before + (owedAfter?.[0] ?? '');
  if (ORDER_OPEN_RE.test(orderWords)) return false;
  return (
    ADJUDICATION_RE.test(sentence) ||
    ADJUDICATION_RE.test(titleAndTop) ||
    CASE_CAPTION_RE.test(titleAndTop)
  );
}

/** A document titled or opened as a budget, whose levels go by its own verbs. */
const budgetDocument = (title: DecidedView['budgetTitle']): boolean =>
  /\bbudget\b/i.test(`${title?.title} ${title?.top}`);

/** A resolution's opening, up to its "that": "RESOLVED that", "RESOLVED (by 41 votes to 25) that
 *  the Council:", "Resolved, That", "It was resolved that", "the Board resolved that". Not "resolved
 *  to" (a resolve of what is to come) nor "unresolved". */
const RESOLUTION_LEAD_RE =
  /(?<![\w-])(?:RESOLVED|[Rr]esolved)\b\s*(?:\([^()\n]{0,60}\)\s*)?[,:\u2013\u2014-]?\s*(?:that|That|THAT)\b/;
/** The verb that opens what a resolution decides, in the present or the subjunctive: "approves",
 *  "approve", "adopts", "sets", "agrees", "authorises", "determines", "allocates", "confirms",
 *  "fixes", "levies", with the body and up to two adverbs before it ("the Council approves", "the
 *  Board hereby approve"). "Notes", "welcomes", "asks" and "requests" decide no number. */
const RESOLVED_VERB_RE =
  /^\s*(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s+)?(?:(?:the|this|its)\s+(?:[\w'’-]+\s+){0,3}?)?(?:(?:hereby|also|further|formally)\s+){0,2}(?:approves?|adopts?|sets?|agrees?(?:\s+to)?|authori[sz]es?|determines?|allocates?|confirms?|fix(?:es)?|levies|levy|appropriates?)\b/i;

/** A paragraph of a resolution numbered under its section, its verb in lower case after the
 *  number: "3.1 approves", "2.4.1 sets" (v154). */
const SUBNUMBERED_ITEM_RE = /^[ \t]*\d{1,2}(?:\.\d{1,2}){1,2}\.?[ \t]+(?=[a-z])/;
/** A resolution's item: a marked list item or a sub-numbered paragraph. */
const resolutionItem = (line: string): boolean =>
  LIST_ITEM_RE.test(line) || SUBNUMBERED_ITEM_RE.test(line);

/**
 * Whether the number is in what a resolution decides: its that-clause opens with a verb of
 * deciding in the present or subjunctive ("RESOLVED that the Council approves a net revenue budget
 * of £684.312m for 2034/35"), in the number's sentence or as an item of the list a resolution's
 * lead-in line opens ("RESOLVED (by 41 votes to 25) that the Council:" ⏎ "1. approves a council
 * tax requirement of £412.876m;"). A resolution records a decision taken, so what it approves or
 * sets is decided, actual, for any year (README: a resolution, "RESOLVED, That", is a decision); an
 * item that "notes" a forecast, and a forecast or hedge between the verb and the number, keep
 * their reading.
 * @example resolvedItem('RESOLVED that the Board approves capital spending of $4 million.', 50, '') // true
 * @example resolvedItem('1. notes that the balance is forecast at £38.5m.', 38, 'RESOLVED that the Council:\n') // false
 */
export function resolvedItem(sentence: string, start: number, textBefore: string): boolean {
  const before = sentence.slice(0, start);
  const own = RESOLUTION_LEAD_RE.exec(before);
  let clause: string;
  if (own !== null) {
    // A list the lead-in opens in the same sentence: the item's own line ("the Council:" ⏎ "1. sets").
    const after = before.slice(own.index + own[0].length);
    clause = after.includes('\n')
      ? after.slice(after.lastIndexOf('\n') + 1).replace(LIST_ITEM_RE, '')
      : after;
  } else {
    // The number's own line, and the list's lead-in above it, walking back over its other items.
    const lines = textBefore.split('\n');
    const line = lines.pop() ?? '';
    if (!resolutionItem(line)) return false;
    let lead: string | undefined;
    for (const raw of lines.reverse().slice(0, 30)) {
      if (raw.trim() === '' || resolutionItem(raw)) continue;
      lead = raw;
      break;
    }
    if (lead === undefined || !/:\s*$/.test(lead)) return false;
    if (!RESOLUTION_LEAD_RE.test(lead)) return false;
    clause = before.replace(LIST_ITEM_RE, '').replace(SUBNUMBERED_ITEM_RE, '');
  }
  const verb = RESOLVED_VERB_RE.exec(clause);
  if (verb === null) return false;
  const between = clause.slice(verb[0].length);
  return (
    !forecastIn(between) &&
    !EXPECTED_RE.test(between) &&
    !/\b(?:notes?|forecasts?|projected|estimated|expected|would|could|may|might|if|subject\s+to)\b/i.test(
      between,
    )
  );
}

/** The text of a motion or an amendment as moved: a line that opens "That" ("That Council accepts
 *  the tender", "That the Board approve"), or "moved an amendment … to hold", "moved a motion to
 *  cut", "moved that". */
const MOTION_TEXT_RE =
  /(?:^|\n)[ \t]*That\b|\bmov(?:ed|es|ing)\s+(?:(?:an?|the|his|her|their)\s+(?:[\w-]+\s+)?(?:amendments?|motions?)\b[^.;]*?\bto\s|that\b)/;
/** The vote that threw a motion out, in its own sentence or on the line after it: "the amendment
 *  was lost by 38 votes to 27", "The motion was defeated", "LOST 4/5", "Negatived", "Motion lapsed
 *  for want of a seconder". */
const MOTION_LOST_RE =
  /\b(?:amendments?|motions?|it|recommendations?)\s+(?:was\s+|were\s+)?(?:(?:therefore|accordingly)\s+)?(?:lost|defeated|negatived|rejected|withdrawn|lapsed|voted\s+down)\b|^\s*(?:(?:The\s+)?(?:amendment|motion)\s+)?(?:LOST|Lost|DEFEATED|Defeated|NEGATIVED|Negatived|LAPSED|Lapsed)\b/m;

/**
 * Whether the number is in the text of a motion or amendment that the vote then lost: what was
 * moved is a proposal, and a lost one never became a decision, so it stays expected whatever its
 * own verb of accepting or approving ("Moved Cr Lee" ⏎ "That Council accepts the tender … at
 * $1,284,000 per annum." ⏎ "LOST 4/5"; "Cr Hale moved an amendment to hold the general increase
 * at 1.99% … The amendment was lost by 38 votes to 27"). `after` is the text after the number's
 * sentence; the outcome is looked for in the rest of the sentence and the next sentence or line.
 * A motion carried keeps its other readings.
 * @example lostMotion('That Council accepts the tender at $1.2 million.', 35, '\nLOST 4/5') // true
 */
export function lostMotion(sentence: string, start: number, after: string): boolean {
  if (!MOTION_TEXT_RE.test(sentence.slice(0, start))) return false;
  // The rest of the sentence and the next sentence or line, not past a blank line.
  const next = after.split(/\n\s*\n/)[0]!;
  const stop = next.search(/[.!?](?:\s|$)|\n(?=\s*\S)[^\n]*\n/);
  const outcome = sentence.slice(start) + (stop < 0 ? next : next.slice(0, stop + 1));
  return (
    MOTION_LOST_RE.test(outcome) && !/\b(?:CARRIED|[Cc]arried|passed|agreed\s+to)\b/.test(outcome)
  );
}

/** A vote put to the electorate: its words of voting ("yes", "voters", "votes", "ballot",
 *  "referendum", "supermajority") or a measure or levy put to it. */
const BALLOT_RE =
  /\b(?:yes|voters?|votes?|ballots?|referend(?:um|a|ums)|supermajority|electorate|measures?\s+[A-Z0-9]{1,3}\b)/i;
/** The vote failed: "(failed)", "was defeated", "failed with", "voters rejected", "short of the …
 *  needed". "failed to" names some other thing that fell short. */
const BALLOT_FAILED_RE =
  /\((?:failed|defeated|rejected)\)|\b(?:was|were)\s+(?:narrowly\s+)?(?:defeated|rejected|voted\s+down)\b|\bfailed\b(?!\s+to\b)|\bvoters\s+(?:narrowly\s+)?(?:rejected|defeated|turned\s+down)\b|\bshort\s+of\s+the\b[^.;]*\b(?:needed|required)\b/i;
/** The vote passed: "(passed)", "was approved", "voters approved". */
const BALLOT_PASSED_RE = /\((?:passed|approved|carried)\)|\b(?:passed|approved|carried)\s+with\b/i;

/**
 * Whether a sum of money is one the voters were asked for in a vote the sentence or list line says
 * failed: a sum put to the vote is a proposal, and a failed one never became a decision, as a lost
 * motion did not ("- Quarry Hill Measure Q: $640 million, 53.7% yes, 55% needed (failed)", "the
 * $1.4 billion bond request received 64.1% yes votes, short of the two-thirds supermajority
 * needed", "The $75 million parks levy was defeated"). Only money: the vote's tally is actual. A
 * shortfall with no vote ("revenue of $3.1 billion fell short of the $3.3 billion needed") and a
 * measure that passed keep their reading.
 * @example lostBallot('- Selden bonds: $18.2 million, 49.6% yes (failed)', '$18.2 million') // true
 */
export function lostBallot(sentence: string, statedText: string): boolean {
  if (!/[$€£¥₹]|\b(?:[A-Z]{3}|R)\s?\d/.test(statedText)) return false;
  return (
    BALLOT_RE.test(sentence) && BALLOT_FAILED_RE.test(sentence) && !BALLOT_PASSED_RE.test(sentence)
  );
}

/** A sentence that opens with the instrument that sets its levels: "Under the School Finance Act,",
 *  "Under the bilateral agreement,", "Pursuant to the 2030 Ports Tariff Order,", "Under the national
 *  norms and standards for school funding,", "Under the Regional Health Compact signed in November
 *  2031," (a law, act, statute, regulation, rule, decree, order,
 *  agreement, accord, compact, formula, norms or standards; up to six words naming it, and what it
 *  is of or for). Current law or policy, and a draft, proposed or planned one, set nothing yet. */
const RULE_HEAD_RE =
  /^\s*(?:Under|Pursuant\s+to|In\s+line\s+with|As\s+set\s+(?:out\s+)?(?:in|by))\s+(?:the|its|their|this|that)\s+(?!(?:current|existing|present)\b)(?:(?!(?:draft|proposed|planned|new\s+draft)\b)[\w'’()-]+\s+){0,6}?(?:laws?|Acts?|statutes?|legislation|regulations?|rules|decrees?|orders?|agreements?|accords?|compacts?|formulae?|formulas|norms|standards)\b(?:\s+(?:of|for|on)\s+[^,.;:]{1,60})?(?:\s+(?:signed|agreed|adopted|enacted|passed|concluded|made|gazetted|in\s+force)\b[^,.;:]{0,40})?,\s/i;
/**
 * Whether a sentence (or its words up to a number) opens with the instrument that sets its levels
 * (RULE_HEAD_RE): "Under the School Finance Act, …". Current law and a draft are none.
 * @example ruleHeaded('Under the bilateral agreement, the share will rise to ') // true
 * @example ruleHeaded('Under current law, the deficit rises to ') // false
 */
export function ruleHeaded(sentence: string): boolean {
  return RULE_HEAD_RE.test(sentence);
}
/** Before the number, in its clause, a present or "will" verb that states a level: "rises to ",
 *  "will rise from 20 per cent to ", "will be ", "receive a target amount of ", "stands at ", "will
 *  pay ", with
 *  what follows it up to the number ("…, an increase of "). */
const LEVEL_VERB_BEFORE_RE =
  /\b(?:(?:will|shall)\s+(?:(?:also|then|now|continue\s+to)\s+)?(?:be|rise|fall|increase|decrease|go|climb|drop|move|remain|stay|receive|get|reach|pay|cover|fund|contribute|maintain|keep|hold)|is|are|rises?|falls?|increases?|decreases?|climbs?|drops?|receives?|gets?|reach(?:es)?|stands?\s+at|remains?|stays?|pays?|covers?|funds?|contributes?)\b(?:[^.;:]|\.\d){0,120}$/i;
/** An aggregate, whose path a law leads to but does not set: spending, revenue, a deficit, debt,
 *  output, emissions, or a share of national output. */
const RULE_AGGREGATE_RE =
  /\b(?:spending|expenditures?|outlays?|revenues?|receipts|deficits?|surplus|debt|GDP|gross\s+domestic|output|emissions|inflation|growth|enrol(?:l)?ments?|costs?)\b/i;
/**
 * The sentence right before a sentence in its paragraph, from the document's text up to it; empty
 * when the sentence opens its paragraph or line.
 * @example sentenceBefore('Title\n\nUnder the Act, the rate rises to 5%. ') // 'Under the Act, the rate rises to 5%.'
 * @example sentenceBefore('Under the Act, the rate rises to 5%.\n') // ''
 */
export function sentenceBefore(textBefore: string): string {
  const line = textBefore.slice(textBefore.lastIndexOf('\n') + 1).trimEnd();
  return line.split(/(?<=[.!?])\s+(?=[A-Z"“‘])/).pop() ?? '';
}
/** After the number, a unit it is paid or charged per ("per learner", "a month", "each"). */
const PER_UNIT_OR_SHARE_AFTER_RE = /^\s*(?:per|a|an|each|for\s+each)\s+[a-z-]+/i;

/**
 * Whether a number is a level the law, rule, agreement or formula its sentence opens with sets:
 * the sentence is headed "Under the … Act," (RULE_HEAD_RE), the number is stated by a present or
 * "will" verb of level after the head, nothing in the sentence leaves it open (a proposal, a
 * condition, a modal), and it is a rate or a share, not an aggregate (a per cent, or a sum per
 * unit; a sum in millions only when per unit too).
 * @example ruleLevel('Under the Act, funding per pupil rises to $8,496.', 42, '$8,496', '.') // true
 * @example ruleLevel('Under current law, spending will rise to $4.1 billion.', 41, '$4.1 billion', '.') // false
 */
export function ruleLevel(
  sentence: string,
  start: number,
  stated: string,
  after: string,
  textBefore = '',
): boolean {
  const head = RULE_HEAD_RE.exec(sentence);
  // "Under the agreement, the Commonwealth share will rise … The Tasmanian Government will maintain
  // its own share at 75 per cent": the instrument the paragraph's sentence before opens with sets
  // the next sentence's levels too (v144), unless that sentence opens with its own.
  const carried = head === null && ruleHeaded(sentenceBefore(textBefore));
  if (!carried && (head === null || head[0].length > start)) return false;
  const lead = sentence.slice(carried ? 0 : head![0].length, start);
  if (!LEVEL_VERB_BEFORE_RE.test(lead)) return false;
  if (CHARGE_OPEN_RE.test(sentence) || AWAITED_RE.test(sentence) || MAY_RE.test(sentence))
    return false;
  // "member states are to lower methane emissions by 30%": a plan's "is to", and an aggregate in
  // the lead or in the number's own words, set no level.
  if (/\b(?:is|are)\s+to\b/i.test(lead)) return false;
  if (RULE_AGGREGATE_RE.test(lead + stated) || OF_NATIONAL_OUTPUT_RE.test(after.slice(0, 20)))
    return false;
  const percent = /(?:%|per\s?cent|percent)/i.test(stated);
  return percent || PER_UNIT_OR_SHARE_AFTER_RE.test(after) || /\bper\b/i.test(lead);
}

/**
 * The decision that sets the number, when one does, in the order the status chain asks them:
 * money allocated, a charge set, money decided, a settlement's charge, a price a body decided;
 * then a scheme's charge, a grant a settlement awards, a charge a decided document sets, a budget
 * adopted or approved, a level set "at" or by a named body. Undefined when none applies or an
 * exception keeps the number's other readings.
 * @example decidedSetting(view('The agency has been allocated $4.2 billion for 2033.', '$4.2 billion')) // 'allocated'
 */
export function decidedSetting(v: DecidedView): DecidedReading | undefined {
  const { sentence, match: m, statedText, hedgeText } = v;
  const before = sentence.slice(0, m.start);
  const after = sentence.slice(m.end);
  // The words up to the number's first digit: "by 3.5" leads with "by "; a percent's own, not a
  // sum's in its object ("cut contributions on the first £25,000 of salary by 1 point").
  const amount = m.kind === 'amount';
  const digit = statedText.search(amount ? /\d/ : /(?<![$€£¥₹\d.,]\s?)(?<!\b[A-Z]{3}\s)\d/);
  const ownLead = before + (digit > 0 ? statedText.slice(0, digit) : '');

  // "The agency has been allocated $4.2 billion for 2033": a perfect or past verb that put the
  // sum somewhere, in the number's own clause ("…, and the budget requests $95 million" is the
  // request's); "the 2032 budget has allocated", a forecast word after the verb, and a sum
  // labelled "(BE)" keep the other readings.
  const allocatedBefore = ALLOCATED_BEFORE_RE.exec(v.lead);
  // "The 2026 Budget Law reserves R$ 158.6 billion for the programme", "The 2027 budget allocates
  // €4.1 billion to rail": a budget adopted puts the sum there by its own verb, a decision, as
  // "has been allocated" does; a draft or proposed budget ("the draft budget allocates") is none.
  const budgetPuts = BUDGET_PUTS_BEFORE_RE.exec(v.lead);
  if (
    amount &&
    budgetPuts !== null &&
    !BUDGET_AIM_RE.test(v.lead.slice(Math.max(0, budgetPuts.index - 40), budgetPuts.index + 20)) &&
    !/\b(?:bills?|present\w*|tabled)\b/i.test(v.lead) &&
    !forecastIn(hedgeText) &&
    (!BUDGET_ESTIMATE_AFTER_RE.test(after) || IN_BUDGET_ESTIMATES_AFTER_RE.test(after))
  )
    return 'allocated';
  if (
    ((allocatedBefore !== null &&
      !BUDGET_SUBJECT_BEFORE_RE.test(v.lead.slice(0, allocatedBefore.index)) &&
      !forecastIn(allocatedBefore[1]!) &&
      !EXPECTED_RE.test(allocatedBefore[1]!)) ||
      (amount && ALLOCATED_AFTER_RE.test(after))) &&
    // "has been allocated ₹8,200 crore in the Budget Estimates for 2031-32": the estimates named as
    // where the sum was put, no label of its own as "(BE)" is.
    (!BUDGET_ESTIMATE_AFTER_RE.test(after) || IN_BUDGET_ESTIMATES_AFTER_RE.test(after))
  )
    return 'allocated';

  // "The Government has raised HMRC's enforcement budget for 2032-33 to £18.6 million from £15.2
  // million": a past or perfect raise or cut of a budget named as its object is the decision, the
  // new level and the level it moved from alike; a forecast word keeps the old reading.
  if (amount && BUDGET_MOVED_BEFORE_RE.test(v.lead) && unhedged(v)) return 'budget moved';

  // "RESOLVED that the Council: 1. approves a net revenue budget of £684.312m for 2034/35;": what
  // a resolution approves or sets is decided, for any year.
  if (resolvedItem(sentence, m.start, v.textBefore ?? '')) return 'resolved';

  // "the TRB granted 9.3 percent this year and about 7.6 percent next year", "customers making 30
  // or more trips shall receive a 20 percent discount": a level a decision grants is decided, for
  // any year (grantedLevel.ts, v219).
  if (
    !v.requested &&
    grantedLevel({
      text: v.text,
      ownLead,
      statedText,
      after,
      sentence,
      undecidedTitle: UNDECIDED_TITLE_RE.test(v.budgetTitle?.title ?? ''),
      announced: v.budgetTitle !== undefined && announcedChange(v.budgetTitle) !== undefined,
    })
  )
    return 'granted level';

  // "The Commission must therefore repay EUR 22.4 million", "the CMA is to pay 30% of Harlow's
  // costs": what a ruling orders a party to pay is decided, though a modal of obligation states it.
  if (orderedPayment(sentence, m.start, titleAndTop(v.budgetTitle))) return 'ordered payment';

  // "US$450 million shall form the Heritage component", "A longliner shall pay US$60 per gross
  // registered tonne": a made act or regulation ("[Assented to …]", "makes the following
  // Regulations", "Made on …") is the decision its "shall" provisions state, actual; a bill, a
  // draft, a "may", a condition, its schedule's estimates and its explanatory note keep their
  // reading (madeInstrument.ts; v178).
  if (!v.requested && madeProvision(v.text, v.textBefore ?? '', v.clauseText))
    return 'made provision';

  const taxWillBefore = /^tax/i.test(CHARGE_WILL_LEVEL_BEFORE_RE.exec(ownLead)?.[1] ?? '');
  // "Tuition will go up by 3.5 percent from the fall": a charge a body sets. A "may" that allows
  // a rise up to a bound ("may climb by as much as 2%") is a permission, no hedge; a decision
  // still awaited ("pending a decision by the Board") leaves it open.
  // "The landfill tax will be lifted to $62 per tonne": a tax that "will" be a sum per unit taxed
  // is its rate, set; "tax receipts will rise to $2 billion" (no unit) keeps the old reading.
  if (
    (CHARGE_SET_BEFORE_RE.test(ownLead) ||
      (amount && taxWillBefore && PER_UNIT_AFTER_RE.test(after))) &&
    unhedged(
      v,
      CAP_BOUND_BEFORE_RE.test(ownLead) ? hedgeText.replace(/\bmay\b/g, ' ') : hedgeText,
    ) &&
    !AWAITED_RE.test(sentence)
  )
    return 'charge';

  // "The council has today confirmed core funding of £1.6bn for 2031-32": money a decision puts
  // somewhere; a budget estimate or a budget's own level keeps the budget readings.
  if (
    amount &&
    (MONEY_DECIDED_BEFORE_RE.test(v.lead) || MONEY_DECIDED_AFTER_RE.test(after)) &&
    !BUDGET_ESTIMATE_RE.test(sentence) &&
    !forecastIn(hedgeText) &&
    !v.budgetOwn
  )
    return 'money';

  // "Under the deal agreed with the regulator, the landing fee will rise by £3": a charge a
  // settlement made has fixed; a forecast word anywhere in the sentence keeps the old reading.
  if (
    SETTLEMENT_MADE_RE.test(sentence) &&
    CHARGE_WILL_BEFORE_RE.test(ownLead) &&
    !forecastIn(sentence)
  )
    return 'settlement';

  // "The board has decided that the duty will be €12.50 a tonne from March": in a document that
  // decides prices, a charge that "will" be a number. "The wholesale price of the basic broadband
  // plan will be $52 a month from March": so is the price of one product, whatever market word
  // comes before "price" ("wholesale prices will rise 3%" keeps the old reading). A request, a
  // forecast named as the number, an estimate, a later period, a year after the dateline's (not a
  // date of effect, "from 1 April 2032") with no decision named in the sentence and a budget
  // document keep the old reading.
  // "Water price to be revised in two phases from April 2035" ⏎ "… the potable water price will
  // rise by 40 cents per cubic metre, from S$3.24 to S$3.64": a document whose headline or opening
  // announces the change, dated, is the decision, and the years it names are dates of effect; and
  // "From 1 April 2033, the fees will be:" ⏎ "- €0.982 million per MHz": the lead-in of a list
  // states the charge and its "will" for each item (v154).
  const announced = v.budgetTitle === undefined ? undefined : announcedChange(v.budgetTitle);
  const decisionDocument =
    announced !== undefined ||
    PRICE_DECISION_RE.test(v.text) ||
    // "EU and São Baltasar sign new fisheries protocol" ⏎ "the EU will pay São Baltasar an annual
    // financial contribution of €3.2 million": an agreement the headline or opening records as
    // signed decides what a party pays under it, named before the number in its clause (v178).
    (v.budgetTitle !== undefined && SET_PRICE_RE.test(v.lead) && signedAgreement(v.budgetTitle));
  const leadIn =
    decisionDocument && v.textBefore !== undefined
      ? (chargeLeadIn(v.textBefore) ??
        // "Oil companies will implement the following price adjustments on Tuesday, …:" under a
        // dated headline (datedPriceHeadline.ts, v251).
        (announced !== undefined ? announcedLeadIn(listLeadIn(v.textBefore)) : undefined))
      : undefined;
  const priceClause = leadIn === undefined ? v.clauseText : `${leadIn} ${v.clauseText}`;
  const priceSentence = leadIn === undefined ? sentence : `${leadIn} ${sentence}`;
  if (
    !v.requested &&
    !v.forecastItself &&
    decisionDocument &&
    !budgetDocument(v.budgetTitle) &&
    !forecastIn(hedgeText) &&
    // A later year is a forecast's unless the sentence names the decision that sets it (v86:
    // "Electricity prices will rise by 12.7% from 1 April 2034 under the tariff decision approved
    // by the energy regulator, and by 5.4% in April 2035"; README, a decision its sentence names
    // sets the charge even for a year after the document's; a charge the "charge dated" reading
    // below reads keeps that reading, and a share of what the charge covers, "decided that tariffs
    // on 90% of goods will be removed within 10 years", its own).
    (!laterYear(sentence, v.documentYear, announcedSteps(sentence, announced)) ||
      (v.match.kind !== 'share' &&
        namesDecision(sentence) &&
        !CHARGE_WILL_LEVEL_BEFORE_RE.test(ownLead))) &&
    ((/\b(?:will|shall|can\s+expect)\b/i.test(priceSentence) &&
      (SET_PRICE_RE.test(priceClause) ||
        definedCharge(v.clauseText, v.text) ||
        (unitCost(`${ownLead}${statedText}`) && unitCost(priceClause))) &&
      // "Yields on 13-week Treasury bills will rise", "Household energy bills will rise" in a
      // water authority's decision: a clause whose only price word is a market's bill sets none.
      !(
        /\bbills?\b/i.test(v.clauseText) &&
        !SET_PRICE_RE.test(v.clauseText.replace(/\bbills?\b/gi, ' ')) &&
        [...v.clauseText.matchAll(BILL_WORDS_RE)].every((b) =>
          marketBill(b[0], titleAndTop(v.budgetTitle)),
        )
      ) &&
      !UNSET_PRICE_RE.test(sentence.replace(/\bcan\s+expect\b/gi, ' '))) ||
      (/\b(?:will|shall)\b/i.test(sentence) &&
        PRODUCT_PRICE_RE.test(v.clauseText) &&
        !UNSET_PRICE_RE.test(sentence)))
  )
    return announced !== undefined ? 'announced price' : 'price';

  // "TMO will buy Anatolian hard red bread wheat at 14,250 lira per tonne", "Grade 2 maize will be
  // bought at KSh 4,000 a bag": the price per unit a body states by its own verb of trade, in a
  // document that records a decision on prices, is the price it set (tradePrice.ts; v198).
  if (
    amount &&
    !v.requested &&
    tradePrice({
      title: v.budgetTitle?.title ?? '',
      announced: announced !== undefined,
      text: v.text,
      ownLead,
      statedText,
      after,
      sentence,
      hedgeText,
    })
  )
    return 'trade price';

  // "AHV/IV pensions to rise by 2.4 per cent on 1 January 2035", "Pension rates rise from 20 March"
  // ⏎ "the maximum single rate of Age Pension … will rise by $24.80 to $1,228.30 a fortnight": a
  // document whose headline announces the change of a pension, benefit or loan interest with its
  // date of effect is the body's decision, and a level it states there or under it, with "will" or
  // a present verb, is set, actual; the headline's years are dates of effect (announcedLevel.ts,
  // v185). A cost, a forecast word, an estimate, a later period, a share of national output, a
  // condition and a request keep the old reading.
  const levelYears = v.budgetTitle === undefined ? undefined : announcedLevelChange(v.budgetTitle);
  if (
    levelYears !== undefined &&
    (levelStated(ownLead) ||
      levelHeaded(`${statedText}${after}`) ||
      // "Couples will each receive $16.10 more, taking their combined rate to $1,879.60", "The
      // annual Carer Supplement of $600 will be paid in July" (announcedLevel.ts, v280).
      levelReceived(ownLead, after) ||
      // "From April 1 through June 30, 2033, the rates will be:" ⏎ "- 6% for overpayments by
      // individuals": an item under the lead-in of the rates announced (announcedRates.ts, v262).
      ratesLeadIn(listLeadIn(v.textBefore ?? ''))) &&
    !v.requested &&
    !v.forecastItself &&
    !budgetDocument(v.budgetTitle) &&
    !forecastIn(sentence) &&
    !EXPECTS_BEFORE_RE.test(sentence) &&
    !UNSET_PRICE_RE.test(sentence) &&
    // "earnings subject to the Social Security tax" names what the tax is on, no condition.
    // "Canada Pension Plan (CPP) benefits" names the scheme, no plan (v196).
    !CHARGE_OPEN_RE.test(withoutSchemeNames(sentence.replace(SUBJECT_TO_TAX_RE, ' '))) &&
    !MAY_RE.test(sentence) &&
    !/^\s*(?:%|per\s?cent|percent)?\s*of\s+(?:GDP|gross|national)\b/i.test(after) &&
    !laterYear(sentence, v.documentYear, levelYears) &&
    !/\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b/i.test(sentence)
  )
    return 'announced level';

  // "Members' premiums will go up by 4% from April", "patients will continue to pay $4 per visit":
  // a premium, co-payment, allowance or incentive a scheme pays or charges is set by its decision,
  // in force though it takes effect later, as a fee is.
  if (
    ((SCHEME_CHARGE_BEFORE_RE.test(ownLead) && /\bwill\b/.test(v.lead)) ||
      (CONTINUE_TO_PAY_BEFORE_RE.test(ownLead) && /^\s+(?:a|an|per|each)\s+[a-z]/i.test(after))) &&
    unhedged(v)
  )
    return 'scheme charge';
  // "Under the scheme, the subsidy of up to 100,000 baht per car will be reduced to 50,000 baht
  // from January", "the grant, which will be kept at R370 a month per beneficiary": a subsidy,
  // grant, rebate or benefit paid per unit, moved or held with "will", is a rate the scheme sets,
  // as a premium is. A sum with no unit it is paid on ("the grant will rise to $40 million"), a
  // forecast word or someone who expects it keeps the old reading. An aside between the benefit and
  // its "will" is dropped ("The current pension value, which states how much one earnings point is
  // worth, will therefore rise from €41.20 to €42.74 per month").
  if (
    amount &&
    (BENEFIT_WILL_BEFORE_RE.test(ownLead) ||
      BENEFIT_WILL_BEFORE_RE.test(ownLead.replace(RELATIVE_ASIDE_RE, ''))) &&
    PAID_PER_UNIT_RE.test(v.clauseText) &&
    !AWAITED_RE.test(sentence) &&
    unhedged(v)
  )
    return 'scheme charge';

  // "Under the Suckler Carbon Efficiency Programme, €150 per cow will be paid", "Under the offtake
  // programme, the Government will buy cattle at KSh 22,000 a head", "The daily upper limit …
  // will be raised to KRW 72,000 under an amendment to the Enforcement Decree": a sum per unit or
  // per period that a named programme, scheme, decree or order "will" pay, buy at or set is the
  // rate it fixes, actual, as a fee is. A sum with no unit ("spending under the programme will
  // rise to €40 million"), a proposal or condition, a hedge and someone who expects it keep the
  // old reading.
  if (
    amount &&
    INSTRUMENT_NAMED_RE.test(sentence) &&
    SCHEME_PAYS_RE.test(sentence) &&
    (PER_UNIT_PAID_AFTER_RE.test(after) ||
      PERIOD_RATE_BEFORE_RE.test(before) ||
      // "€150 per cow … and €120 for the remaining cows": a second rate joined to one per unit.
      (/\band\s+(?:[^\s\d]{1,4}\s?)?$/i.test(ownLead) && PAID_PER_UNIT_RE.test(before))) &&
    !CHARGE_OPEN_RE.test(sentence) &&
    !MAY_RE.test(sentence) &&
    !v.requested &&
    !forecastIn(sentence) &&
    !EXPECTS_BEFORE_RE.test(sentence)
  )
    return 'scheme rate';

  // "Core funding for councils will be £5.3 billion next year", in a release titled for a funding
  // settlement or for grants: what the settlement awards is decided, though "will" states it.
  // What the government expects or plans to provide keeps the old reading.
  const title = v.budgetTitle?.title ?? '';
  if (
    GRANT_RELEASE_TITLE_RE.test(title) &&
    FUNDING_WORD_RE.test(sentence) &&
    !forecastIn(hedgeText) &&
    !EXPECTS_BEFORE_RE.test(before) &&
    !PLANS_TO_RE.test(before)
  )
    return 'grant';

  // "Band D homes will pay £1,912.40 next year", in a document whose title says a budget, plan or
  // tax was adopted: a tax, rate, charge, fare, cap or bill that "will" be a number is what the
  // body set (the price reading leaves budget documents to their verbs). A title that proposes,
  // and a text that says the rates are still to be set, keep the old reading.
  if (
    DECIDED_TITLE_RE.test(title) &&
    !UNDECIDED_TITLE_RE.test(title) &&
    !RATES_SET_LATER_RE.test(v.text) &&
    CHARGE_WILL_SET_RE.test(ownLead) &&
    unhedged(v)
  )
    return 'charge decided';

  // "With the precept of £490.38, the total Band D bill will be £2,332.55, an increase of £87.56 a
  // year", "The average household bill for water and sewerage will rise to £611 in 2035-36 under
  // these determinations, an increase of £74 or 13.8%", in a document whose title records the
  // decision (agreed, adopted, set, a final determination, a resolution, a tariff order): one
  // payer's bill or rates that "will" be a number is what the decision charges, actual, and so are
  // the changes told after it. Whose bill it is decides: a security ("91-day bills"), a rate of
  // interest, a bill for a good the title and opening do not name ("energy bills" in a council tax
  // decision), a title that proposes, rates still to be set and a hedge keep the old reading.
  const payerBill = PAYER_BILL_WILL_RE.exec(ownLead);
  if (
    payerBill !== null &&
    (DECIDED_TITLE_RE.test(title) || DECISION_NOUN_TITLE_RE.test(title)) &&
    !UNDECIDED_TITLE_RE.test(title) &&
    !RATES_SET_LATER_RE.test(v.text) &&
    ownPayerBill(
      (FRONTED_PAYER_RE.exec(sentence)?.[0] ?? '') + payerBill[1]!,
      `${title}\n${v.budgetTitle?.top ?? ''}`,
    ) &&
    !CHARGE_OPEN_RE.test(sentence) &&
    !ESTIMATING_RE.test(sentence) &&
    !v.requested &&
    unhedged(v, sentence)
  )
    return 'payer bill';

  // "Total council tax by band, 2032/33" ⏎ "Band A (up to £40,000): £1,555.03", in a document whose
  // title records the decision: each line of a list titled for a charge the body levies, by band,
  // class or size, is a charge it set, actual, as its sentence would be; a list of what the charge
  // yields or of spending, a forecast's or a proposal's title, and a title that proposes keep the
  // old reading.
  const chargeTitle = v.textBefore === undefined ? undefined : listTitle(v.textBefore);
  if (
    amount &&
    chargeTitle !== undefined &&
    CHARGE_LIST_TITLE_RE.test(chargeTitle) &&
    (DECIDED_TITLE_RE.test(title) || DECISION_NOUN_TITLE_RE.test(title)) &&
    !UNDECIDED_TITLE_RE.test(title) &&
    !RATES_SET_LATER_RE.test(v.text) &&
    !v.requested &&
    unhedged(v, sentence)
  )
    return 'charge table';

  // "The Board has set the following charges for the season …" ⏎ "Fixed charges (per share)" ⏎ "-
  // Scheme operations charge: $118.40 per share (2033–34: $109.60)": a row of a list of charges
  // whose lead-in, or the opening of a scheme made or approved, sets them is a charge set, actual,
  // and so is last year's level in its bracket, whatever open year labels it (v190). A lead-in or
  // opening that proposes, forecasts or leaves the rates to be set, and a hedged row, keep the old
  // reading.
  if (
    amount &&
    v.textBefore !== undefined &&
    !UNDECIDED_TITLE_RE.test(title) &&
    !v.requested &&
    !v.forecastItself &&
    unhedged(v, sentence) &&
    setChargesList(v.textBefore, v.budgetTitle?.top ?? '')
  )
    return 'charge list';

  // "Councillors adopted a $2.1 billion budget for 2033, of which $1.8 billion is operating": a
  // budget's sums in the sentence whose past verb adopts it are decided, though its year is to
  // come. A "will", a forecast word, an aim or a draft between the verb and the number keeps the
  // old reading.
  const adoptedVerb = [...before.matchAll(BUDGET_ADOPTED_RE)].at(-1);
  const adoptedBetween = adoptedVerb
    ? sentence.slice(adoptedVerb.index, m.start) + sentence.slice(m.end, m.end + 20)
    : '';
  // "the 2037 budget approved by Parliament sets aside $640 million": the budget may be the subject
  // its participle of adoption follows, with a verb that puts money somewhere, unless it is still
  // a draft ("the draft budget approved by the Cabinet", put to a vote to come); what it
  // "provides" or "includes" is left to the other readings.
  const budgetSubject = adoptedVerb
    ? BUDGET_BEFORE_PARTICIPLE_RE.exec(sentence.slice(0, adoptedVerb.index))
    : null;
  const subjectPuts =
    budgetSubject !== null &&
    !BUDGET_AIM_RE.test(budgetSubject[0]) &&
    MONEY_PUT_PRESENT_RE.test(adoptedBetween);
  // Its verb ("earmarks") is the decision's, no word of forecast.
  const between = subjectPuts
    ? adoptedBetween.replace(new RegExp(MONEY_PUT_PRESENT_RE.source, 'gi'), ' ')
    : adoptedBetween;
  if (
    adoptedVerb !== undefined &&
    (/\bbudgets?\b/i.test(adoptedBetween) || subjectPuts) &&
    !/\b(?:will|shall|would)\b/i.test(between) &&
    !forecastIn(between) &&
    !EXPECTED_RE.test(between) &&
    !BUDGET_AIM_RE.test(between)
  )
    return 'budget adopted';

  // "The trustees approved a $2.9 billion operating budget": a budget a body has approved is a
  // decision made; "will approve" and "a proposed budget" keep the old reading.
  if (
    amount &&
    BUDGET_APPROVED_BEFORE_RE.test(before) &&
    /^\s+(?:[\w-]+\s+){0,2}?budget\b/i.test(after)
  )
    return 'budget approved';

  // "The regulator has set the most the firm may collect at $3.2 billion", "with X set at 1.5%": a
  // level a body has set is its decision, in force; a goal set ("has set its target at") and
  // someone who expects it keep the old reading.
  if (setAt(v.lead)) return 'set at';

  // "a floor of $900 million that the Ministry fixed in May": a number a relative clause says a
  // named body set is that body's decision.
  if (
    SET_BY_BODY_AFTER_RE.test(after) ||
    (DECIDED_BY_CLAUSE_AFTER_RE.test(after) && !GOAL_BEFORE_RE.test(before))
  )
    return 'set by body';

  // "The Government has decided that the rate for gravel will rise from 1.5% to 2%": what a
  // decision reported with its content sets is decided, though "will" states it; a forecast word
  // or a request keeps the old reading.
  if (decidedThatBefore(before) && !v.requested && unhedged(v)) return 'decided that';
  // "The road tax will rise to £80 next spring, as legislated", "the fee, paid by each visitor,
  // will go from $5 to $6, a decision the board took in May": a charge that "will" be a number,
  // in a sentence that names its decision, is set, actual, even for a later year. So is one whose
  // next sentence says the instrument was made ("On 1 July 2032, statutory pensions will be
  // increased by 3.74 percent. The Federal Cabinet today adopted the corresponding ordinance."). A
  // proposal, a condition, a hedge, a request and a date of effect alone keep the old reading.
  // Benefits as a share of national output ("Pensions will rise to 11 percent of GDP in 2040, the
  // Treasury confirmed") are an aggregate, no rate a body sets: README, an aggregate as a share of
  // GDP is expected (a contribution rate "of gross national income" keeps its reading).
  if (
    (CHARGE_WILL_LEVEL_BEFORE_RE.test(ownLead) ||
      (CHARGE_PRESENT_LEVEL_BEFORE_RE.test(ownLead) && RULE_NAMED_RE.test(sentence))) &&
    !(
      BENEFIT_FIRST_RE.test(CHARGE_WILL_LEVEL_BEFORE_RE.exec(ownLead)?.[0] ?? '') &&
      OF_NATIONAL_OUTPUT_RE.test(v.statedText + sentence.slice(v.match.end, v.match.end + 12))
    ) &&
    (namesDecision(sentence) ||
      (decidedNext(v.text, sentence) &&
        !CHARGE_OPEN_RE.test(sentence) &&
        !MAY_RE.test(sentence))) &&
    !v.requested &&
    !v.forecastItself &&
    unhedged(v)
  )
    return 'charge dated';

  // "Under the School Finance Act, statewide base per-pupil funding rises to $8,496", "Under the
  // agreement, the Commonwealth share will rise from 20 per cent to 22.5 per cent in 2033 and to 25
  // per cent in 2036": a level stated under a law, rule, agreement or formula the sentence opens
  // with is what that instrument sets, later phases included (v142), whatever its noun. A draft,
  // current law, an aggregate, a plan, a hedge and a request keep the old reading.
  if (
    ruleLevel(
      sentence,
      m.start,
      v.statedText,
      after,
      v.textBefore?.slice(0, Math.max(0, v.textBefore.length - m.start)),
    ) &&
    !v.requested &&
    !v.forecastItself &&
    unhedged(v)
  )
    return 'rule level';

  // "The MSP for paddy will be raised by ₹117 to ₹2,486 per quintal, an increase of 4.9 per cent,
  // the Cabinet said", "the allowance shall be increased to $40 a day, the Council of Ministers
  // said": a level put in the passive of a verb of setting it ("will be raised", "shall be fixed
  // at"), in a sentence that names the decision (a collegial body in session reporting it, README
  // v91), is that decision, actual, whatever its noun; an outcome in the active ("growth will slow
  // to 4.5 percent, the meeting said"), a proposal, a condition and a hedge keep the old reading.
  if (
    SET_PASSIVE_BEFORE_RE.test(ownLead) &&
    namesDecision(sentence) &&
    !v.requested &&
    !v.forecastItself &&
    unhedged(v)
  )
    return 'set passive';

  // "The Board has approved the following fares, effective 1 January 2032:\n- Adult single: will
  // rise to $3.40": a line that states what "will" be, listed under a lead-in or heading that names
  // the decision on charges, is a charge that decision set: an item, though it names no charge, or
  // a sentence that names one. A proposal, a condition, a hedge and a request keep the old reading.
  if (
    v.textBefore !== undefined &&
    /\bwill\b/i.test(sentence) &&
    (LIST_ITEM_RE.test(v.textBefore.slice(v.textBefore.lastIndexOf('\n') + 1)) ||
      SET_PRICE_RE.test(v.clauseText) ||
      CHARGE_WILL_LEVEL_BEFORE_RE.test(ownLead)) &&
    underDecision(v.textBefore) &&
    !CHARGE_OPEN_RE.test(sentence) &&
    !AWAITED_RE.test(sentence) &&
    !MAY_RE.test(sentence) &&
    !v.requested &&
    !v.forecastItself &&
    unhedged(v)
  )
    return 'charge list';

  // "The minimum wage will be $19.40 an hour from April", "porters will receive $2,900 a month",
  // "pensioners will get a 2.4% cost-of-living adjustment in May",
  // "employers may continue to pay 80% of the adult rate": a rate of pay or benefit a rule sets is
  // set, actual from any date, as a charge is. A recommendation not yet taken up, a proposal, a
  // condition, "should" and a hedge keep the old reading ("we recommend that the minimum wage
  // should rise to $19.40").
  // The words after the number's own digits, its stated unit included ("% of the adult rate").
  const ownTail =
    statedText.slice(Math.max(0, digit)).replace(/^[\d.,]+\s?(?:%|per\s?cent|percent)?/i, '') +
    after;
  const open = (before + /^[^,;]*/.exec(after)![0])
    .replace(RECOMMENDATION_TAKEN_RE, ' ')
    .replace(/\bmay\s+continue\b/gi, ' ')
    .replace(/\b(?:may|can)\s+(?:only\s+)?be\s+paid\b/gi, ' ');
  if (
    (PAY_WILL_BEFORE_RE.test(v.lead + ownLead.slice(before.length)) ||
      PAY_SUBJECT_WILL_BEFORE_RE.test(ownLead.replace(RELATIVE_ASIDE_RE, '')) ||
      (PAY_RECEIVED_BEFORE_RE.test(ownLead) && PAY_UNIT_AFTER_RE.test(ownTail)) ||
      (PAY_PERMITTED_BEFORE_RE.test(ownLead) &&
        (PAY_UNIT_AFTER_RE.test(ownTail) || PAY_ACRONYM_AFTER_RE.test(ownTail))) ||
      RISE_RECEIVED_BEFORE_RE.test(ownLead) ||
      (RECEIVES_A_BEFORE_RE.test(ownLead) && RISE_OF_PAY_AFTER_RE.test(ownTail))) &&
    !CHARGE_OPEN_RE.test(open) &&
    !/\bshould\b/i.test(open) &&
    !v.requested &&
    !forecastIn(open) &&
    !EXPECTS_BEFORE_RE.test(before)
  )
    return 'pay set';

  // "Banks must hold at least 4.5% of risk-weighted assets as common equity", "Pension funds may
  // hold no more than 5% of their assets in any one issuer": a floor or ceiling a rule sets on the
  // firms it binds is set, actual, though "must" states it; a forecast word keeps the old reading.
  // The rule's own "may" is a permission, no hedge.
  if (
    (REQUIREMENT_BEFORE_RE.test(ownLead) ||
      REQUIREMENT_BEFORE_RE.test(ownLead.replace(RULE_FIRST_MEMBER_RE, '')) ||
      AUCTION_REQUIREMENT_BEFORE_RE.test(ownLead) ||
      MINIMUM_TERM_BEFORE_RE.test(ownLead)) &&
    !v.requested &&
    unhedged(v, v.hedgeText.replace(PERMITTED_ACT_RE, ' '))
  )
    return 'requirement';

  // "The CPS rates from 1 April 2035 are unchanged:" ⏎ "- Natural gas: £0.00331 per kilowatt
  // hour": an item listed under a lead-in that says the charges or rates are kept is a level kept,
  // actual, as one its own sentence keeps (v171). A lead-in that proposes, forecasts or hedges,
  // and an item that does, keep the old reading.
  if (
    v.textBefore !== undefined &&
    keptLeadIn(v.textBefore) !== undefined &&
    !CHARGE_OPEN_RE.test(sentence) &&
    !MAY_RE.test(sentence) &&
    !v.requested &&
    !v.forecastItself &&
    unhedged(v, sentence)
  )
    return 'kept list';

  // "The benefit cap, which limits …, will remain at £22,020 a year", "Taxpayers above R1.82
  // million will continue to pay the top marginal rate of 45 per cent", "The Warmer Homes Scheme
  // will continue to pay 100% of the cost of upgrades": a level a body sets, kept where it is, is
  // today's level and the body's decision to keep it, actual. What a level yields or costs
  // ("Revenue from the levy will remain at"), a rate of interest, growth or prices, someone who
  // expects it, a hedge and an open proposal keep the old reading.
  const unasided = before.replace(KEPT_ASIDE_RE, '');
  const kept = KEPT_LEVEL_SUBJECT_RE.exec(unasided);
  const subjectStart = kept ? unasided.slice(0, kept.index).search(/[^.;:,]*$/) : -1;
  if (
    ((kept !== null &&
      !NOT_SET_HEAD_RE.test(
        (unasided.slice(subjectStart, kept.index) + kept[1]!)
          // "The annual family income limit": a word of what a level measures, right before the
          // level's own noun, only says what it is a limit of (v278).
          .replace(MEASURED_BEFORE_LEVEL_RE, ' ')
          .replace(new RegExp(SET_LEVEL_NOUN, 'gi'), ' '),
      )) ||
      (CONTINUES_RATE_BEFORE_RE.test(ownLead) &&
        (!/\bcontinue\s+to\s+\w+\s+(?:[^\s\d]{1,4}\s?)?$/i.test(ownLead) ||
          PART_OF_COSTS_RE.test(statedText + after) ||
          partOfOwn(statedText + after))) ||
      (/^[^.;:,\d]{0,40}$/.test(ownLead) && CONTINUES_AFTER_RE.test(after))) &&
    !v.requested &&
    !CHARGE_OPEN_RE.test(sentence) &&
    !MAY_RE.test(sentence) &&
    !EXPECTS_BEFORE_RE.test(sentence) &&
    unhedged(v, sentence)
  )
    return 'kept level';

  // "The average cost of supply approved for FY 2033-34 is Rs. 7.84 per kWh", "the R294.6 billion
  // allowed for 2031/32": a level a participle of approval names is the body's decision (v131).
  if (approvedLevel(v.lead, after, m.kind) && unhedged(v)) return 'approved level';
  // The text of a motion ("That Council approves a one-off payment of $1,200") is a proposal put
  // to the vote, whatever its verb.
  if (
    approvedObject(ownLead) &&
    !MOTION_TEXT_RE.test(before) &&
    !v.requested &&
    !EXPECTS_BEFORE_RE.test(v.lead)
  )
    return 'approved level';

  return undefined;
}

/** A version of a budget still to be enacted, named with its determiner: a chamber's or a
 *  committee's "version", a "bill", a "draft", a "request", a "proposal", a "submission", a
 *  budget's tabled or draft "Estimates", the executive's "NEP" (National Expenditure Program).
 *  Group mods holds the words between the determiner and the noun. */
const UNENACTED_VERSION = String.raw`(?:the|its|our|their|his|her|this|that|[\w.-]+['’]s?)\s+(?<mods>(?:[\w'’-]+\s+){0,3}?)(?:versions?|bills?|drafts?|requests?|proposals?|submissions?|(?:tabled|draft|proposed)\s+(?:[\w-]+\s+)?estimates|NEP|National\s+Expenditure\s+Program(?:me)?)\b`;
/** A stage that is enacted, before the version's noun or right after it: "the enacted budget",
 *  "the final version signed into law", "the bill as passed". */
const ENACTED_MOD_RE = /\b(?:enacted|final|adopted|approved|signed|passed|ratified|gazetted)\b/i;
const ENACTED_AFTER_RE =
  /^(?:\s+of\s+the\s+\w+)?,?\s+(?:as\s+|which\s+(?:was|were)\s+)?(?:signed|passed|enacted|adopted|approved|ratified|gazetted)\b/i;
/** Right after a sum, the version it stands in: " in the NEP", " in the President’s request". */
const VERSION_AFTER_RE = new RegExp(
  String.raw`^\s*(?:%|per\s?cent|percent)?\s*in\s+${UNENACTED_VERSION}`,
  'i',
);
/** Before a sum, a subject placed in a version, with no comma or digit between: "the
 *  unprogrammed appropriations in the House version have ballooned to ", "Health spending in the
 *  Assembly’s version of the bill climbed to " (a noun before "in", so an opening "In its
 *  submission to the Committee, …" names where a claim was made, not what the sum is in). */
const VERSION_SUBJECT_RE = new RegExp(
  String.raw`\b[a-z][\w'’-]*\s+(?:in|under)\s+${UNENACTED_VERSION}(?<after>[^.;:,\d]*)$`,
  'i',
);
/** Before a sum, what a party says it put forward, as a pseudo-cleft: "What we submitted in the NEP
 *  was ", "What the agency requested was ", "What the Treasury put forward in March was ". */
const WHAT_PROPOSED_RE =
  /\bwhat\s+(?:[\w'’-]+\s+){1,3}?(?:submitted|proposed|requested|tabled|sought|asked\s+for|put\s+forward|presented)\b[^.;:,\d]{0,60}?\s(?:was|were|is|are|came\s+to|amounted\s+to|totall?ed)\s+(?:(?:about|around|some|roughly|nearly|almost|only|just)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/**
 * Whether the sum at `start`–`end` is placed in a version of a budget still to be enacted (README:
 * a draft or presented budget, a request and a bill still to pass stay expected): its subject sits
 * "in" such a version ("the appropriations in the House version have ballooned to P281 billion"),
 * an "in" phrase right after it names one ("from P158 billion in the NEP"), or a pseudo-cleft says
 * a party submitted, proposed or requested it ("What we submitted in the NEP was P158 billion"). A
 * version the words call enacted, final, signed or passed keeps the other readings.
 * @example unenactedVersion('Outlays in the Senate bill rose to $9 billion.', 35, 45) // true
 * @example unenactedVersion('Outlays in the enacted budget rose to $9 billion.', 38, 48) // false
 */
export function unenactedVersion(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const unenacted = (m: RegExpExecArray | null, rest: string): boolean =>
    m !== null && !ENACTED_MOD_RE.test(m.groups!.mods!) && !ENACTED_AFTER_RE.test(rest);
  const afterMatch = VERSION_AFTER_RE.exec(after);
  if (unenacted(afterMatch, afterMatch ? after.slice(afterMatch[0].length) : '')) return true;
  const subject = VERSION_SUBJECT_RE.exec(before);
  if (unenacted(subject, subject?.groups!.after ?? '')) return true;
  return WHAT_PROPOSED_RE.test(before);
}

/** A legislative bill named as a subject: "The bill", "The House bill", "the Drought Relief Bill",
 *  "H.R. 6231", "S. 1402" (a payer's bill, "your water bill", "the average household bill", is
 *  none). */
const BILL_SUBJECT = String.raw`(?:(?:the|this|that)\s+(?!(?:[\w'’-]+\s+){0,3}?(?:household|customer|water|electricity|energy|gas|phone|utility|tax|average|typical|annual|quarterly|monthly|your|final|enacted|signed)\b)(?:[\w'’-]+\s+){0,3}?bill|(?:H\.\s?R\.|S\.)\s?\d+)`;
/** A present verb by which a bill puts money somewhere, up to its sums: "provides ", "includes ",
 *  "appropriates ", "sets aside ", "contains ". */
const BILL_PUTS = String.raw`(?:(?:also|further)\s+)?(?:provides|includes|contains|appropriates|allocates|earmarks|sets\s+aside|adds|directs|makes\s+available)\s`;
/** The sentence up to the number opens on a bill, or on "It" right after a sentence that names one,
 *  and its present verb of putting money, with no sentence break between. */
const BILL_PUTS_RE = new RegExp(
  String.raw`^\s*(?:${BILL_SUBJECT})(?:\s*,[^,.;]{1,80},)?\s+${BILL_PUTS}(?:[^.;:]|\.\d)*$`,
  'i',
);
const BILL_NAMED_RE = new RegExp(String.raw`\b${BILL_SUBJECT}\b`, 'i');
const IT_PUTS_RE = new RegExp(
  String.raw`^\s*(?:it|the\s+measure)\s+${BILL_PUTS}(?:[^.;:]|\.\d)*$`,
  'i',
);
/** Words that make a bill law, or name what is done and not what is proposed. */
const BILL_ENACTED_RE =
  /\b(?:enacted|signed|into\s+law|became\s+law|assent(?:ed)?|gazetted|promulgated)\b|\bP\.\s?L\.\s?\d/i;
/** A legislature at work on the bill, somewhere before it: the chamber, its members, its acts on a
 *  bill ("passed", "introduced", "tabled"), before it or in its sentence. */
const LEGISLATURE_RE =
  /\b(?:House|Senate|Congress|Parliament|Assembly|[Ll]egislat(?:ure|ors)|[Ll]awmakers|[Cc]ommittee|(?:introduced|passed|tabled|reported)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?(?:[Bb]ill|H\.\s?R\.|S\.))/;

/** A present verb by which a bill changes a level, or amends an act to change one: "reduces",
 *  "raises", "amends the Income Tax Rates Act 1986 to reduce" (v281). */
const BILL_CHANGES = String.raw`(?:(?:also|further)\s+)?(?:amends\s+[^.;:]{1,100}?\s+(?:so\s+as\s+)?to\s+(?:reduce|raise|increase|cut|lower|set|lift|index|freeze|extend|abolish|replace|double|halve|introduce)|(?:reduces|raises|increases|cuts|lowers|sets|lifts|indexes|freezes|extends|abolishes|replaces|doubles|halves|introduces))\b`;
/** The sentence up to the number opens on a bill, or a schedule, part, clause or section of one,
 *  and its present verb of change, with no clause break between: "Schedule 1 to the Bill amends
 *  the Income Tax Rates Act 1986 to reduce the first marginal rate from 16 per cent to ". */
const BILL_CHANGES_RE = new RegExp(
  String.raw`^\s*(?:\d+(?:\.\d+)*\s+)?(?:(?:schedule|part|clause|section|item)\s+\d+\w*\s+(?:to|of|in)\s+)?(?:${BILL_SUBJECT})(?:\s*,[^,.;]{1,80},)?\s+${BILL_CHANGES}(?:[^.;:]|\.\d)*$`,
  'i',
);

/**
 * Whether the number sits in the change a bill still to be enacted makes to a level ("Schedule 1
 * to the Bill amends the Income Tax Rates Act 1986 to reduce the first marginal rate from 16 per
 * cent to 15 per cent", "Clause 4 of the Bill raises the threshold to $140,000"): what a bill
 * provides is not law, expected, as its sums are (README: a bill still to pass stays expected;
 * v281). The level the change starts from ("from 16 per cent") is the one in force and keeps its
 * reading, and so does a bill called enacted or signed in its sentence.
 * @example billChanges('1.1 Schedule 1 to the Bill amends the Income Tax Rates Act 1986 to reduce the first rate from 16 per cent to ') // true
 * @example billChanges('The Bill amends the Act to reduce the rate from ') // false
 * @example billChanges('The Act amends the Income Tax Rates Act to reduce the rate to ') // false
 */
export function billChanges(lead: string): boolean {
  return (
    BILL_CHANGES_RE.test(lead) &&
    !/\bfrom\s+(?:(?:about|around|some)\s+)?$/i.test(lead) &&
    !BILL_ENACTED_RE.test(lead)
  );
}

/**
 * Whether a sum sits in what a legislative bill still to be enacted provides, by its subject and a
 * present verb of putting money ("The bill provides $44.1 billion, $5.5 billion more than
 * requested", "It includes $25.2 billion for the DRF" after "The House passed H.R. 6231"): a bill
 * is not law, so its sums are asked, expected (README: a bill still to pass stays expected; v155).
 * A bill called enacted or signed in its sentence or the sentence before, a past verb, a payer's
 * bill and a text that names no legislature keep their reading.
 * @example billProvides('The bill provides $44.1 billion.', 18, 'The House passed H.R. 6231. ') // true
 * @example billProvides('Your water bill includes $12.40.', 23, '') // false
 */
export function billProvides(sentence: string, start: number, textBefore: string): boolean {
  const lead = sentence.slice(0, start);
  // The sentence before: from the last stop followed by a capital (not the point of "$5.5").
  const body = textBefore.trimEnd();
  const stops = [...body.slice(0, -1).matchAll(/[.!?]\s+(?=[A-Z])|\n\s*\n/g)];
  const previous = body.slice(stops.length ? stops[stops.length - 1]!.index! + 1 : 0);
  const subject =
    BILL_PUTS_RE.test(lead) || (IT_PUTS_RE.test(lead) && BILL_NAMED_RE.test(previous));
  return (
    subject &&
    LEGISLATURE_RE.test(textBefore + sentence) &&
    !BILL_ENACTED_RE.test(sentence) &&
    !BILL_ENACTED_RE.test(previous)
  );
}
