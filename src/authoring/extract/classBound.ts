// Reads a sum or a percent that sorts what a rule speaks of, written in running prose as tax,
// fare and charge schedules write it (v270, from the fresh sets ho313–ho317): the price or value
// that picks the homes or sales a rule covers, the ends of the slice a rate is charged on, the
// steps of a charge told in a sentence, a registration threshold a "whose" clause reaches, a
// present condition's bound and the size of a move that triggers a review. Pure; it sees one
// sentence and one match, and knows nothing of kinds, status or other figures.

import type { Match } from './matching.ts';

/** A bound word before a number: "up to", "not more than", "more than", "below", "exceeding". */
const BOUND = String.raw`(?:up\s+to|(?:not|no)\s+(?:more|less)\s+than|(?:more|less|fewer)\s+than|over|under|above|below|at\s+(?:most|least)|not\s+exceeding|exceeding|in\s+excess\s+of)`;
/** A currency's sign or code right before the digits: "$", "HK$", "SEK ", "RM", "₱". */
const CUR = String.raw`(?:[^\s\d]{1,4}\s?)?`;
/** A word of a noun phrase. */
const WORD = String.raw`[\w'’-]+`;

/** After a number (and its unit), an open end that makes it a bound: " and below", " or less". */
const OPEN_END_AFTER_RE =
  /^(?:\s?(?:%|per\s?cent\b|percent\b))?\s*(?:and|or)\s+(?:below|under|less|lower|above|over|more|higher)\b/i;

/** Before a sum, one member picked with "a", "an", "any", "each" or "every" (or a noun with no
 *  determiner, when an open end follows), a participle of price or value and, for a picked member,
 *  a bound word: "on a home costing up to ", "buying a first residential home valued at not more
 *  than ", "housing priced at " (… "and below"). Group 1 the determiner, group 2 the bound word. */
const PRICED_MEMBER_BEFORE_RE = new RegExp(
  String.raw`(?:\b(an?|any|each|every)\s+(?:(?!(?:an?|any|each|every)\b)${WORD}\s+){0,4}?)?\b[a-z][\w'’-]*\s+(?:costing|valued\s+at|priced\s+at|worth|selling\s+for|with\s+an?\s+(?:(?:purchase|market|sale)\s+)?(?:price|value)\s+of)\s+(${BOUND}\s+)?${CUR}$`,
  'i',
);
/** Right before a picked member's determiner, what puts it among the members a rule covers: a
 *  preposition ("on a home", "to a vehicle", "for any car") or a participle of buying or owning
 *  ("buying a first home"), or the sentence's start. A verb's object ("to establish a guarantee
 *  window worth up to $60 million", "sold a depot valued at") is one thing made or dealt in. */
const MEMBER_LEAD_RE =
  /(?:^|\b(?:on|for|to|of|in|with|from|at|under|buying|purchasing|acquiring|selling|owning|renting|leasing|importing|registering)\s+)$/i;
/** Right before a bare noun, a determiner that names one thing: "the new hospital costing". */
const NAMED_BEFORE_RE =
  /\b(?:the|this|that|its|their|our|his|her)\s+(?:(?!(?:of|for|on|in|to|with|from)\b)[\w'’-]+\s+){0,3}$/i;
/** Before a sum, a participle of buying or selling, the thing picked with "a", "an" or "any", and
 *  "for" with a bound word: "A company buying a dwelling for more than " (no "is", "was" or "been"
 *  before the participle: "The council is buying a depot for more than" tells an act). */
const BOUGHT_FOR_BEFORE_RE = new RegExp(
  String.raw`(?<!\b(?:is|are|was|were|been|be)\s+)\b(?:buying|purchasing|acquiring|selling|leasing)\s+(?:an?|any)\s+(?:${WORD}\s+){0,3}?${WORD}\s+for\s+${BOUND}\s+${CUR}$`,
  'i',
);
/** Before a sum, "for" and the prices, values or sales a rule covers, with a bound word: "for
 *  purchase prices up to ", "for transfers of not more than ", and the incomes a credit or relief
 *  covers, "for incomes up to about SEK " (v276). */
const PRICES_FOR_BEFORE_RE = new RegExp(
  String.raw`\bfor\s+(?:${WORD}\s+){0,2}?(?:prices|values|considerations|purchases|properties|homes|dwellings|houses|transactions|transfers|sales|incomes|earnings|wages|salaries)\s+(?:of\s+)?${BOUND}\s+(?:(?:about|around|roughly)\s+)?${CUR}$`,
  'i',
);
/** Before a sum, one member picked with "a", "an", "any", "each" or "every" and a "whose" clause
 *  whose present verb reaches the sum: "A provider of taxable services whose turnover reaches ". */
const WHOSE_REACHES_BEFORE_RE = new RegExp(
  String.raw`\b(?:an?|any|each|every)\s+(?:${WORD}\s+){0,6}?whose\s+(?:${WORD}\s+){1,4}?(?:reach|reaches|hit|hits|pass|passes|top|tops|cross|crosses|attains?|equals?|meets?|exceeds?)\s+(?:${BOUND}\s+)?${CUR}$`,
  'i',
);
/** Before a sum, the slice of a base a rate is charged on and the word its lower end follows: "5%
 *  on the portion from ", "10% of excess over ", "on the part of the price between ". */
const SLICE = String.raw`\b(?:on|of|to|for)\s+(?:(?:the|that|any|each)\s+)?(?:${WORD}\s+){0,2}?(?:portion|part|slice|tranche|balance|remainder|excess)\s+(?:of\s+(?:the\s+)?(?:${WORD}\s+){1,2}?)?(?:from|between|above|over|beyond|exceeding|in\s+excess\s+of)\s+${CUR}`;
const SLICE_LOW_BEFORE_RE = new RegExp(`${SLICE}$`, 'i');
/** The same slice's upper end: "on the portion from £425,001 to ". */
const SLICE_HIGH_BEFORE_RE = new RegExp(
  String.raw`${SLICE}\d[\d.,]*(?:\s?(?:million|billion|m|bn))?\s+(?:to|and)\s+${CUR}$`,
  'i',
);
/** Before a sum, the excess a rate is charged on, with no article: "10% of excess over ". */
const EXCESS_OVER_BEFORE_RE = new RegExp(
  String.raw`\bexcess\s+(?:over|above|beyond)\s+${CUR}$`,
  'i',
);
/** A step of a charge told in a sentence: a rate (a percent or "the full cost") of what is paid,
 *  then "up to" a sum: "50 per cent of the cost up to SEK ", "25 per cent up to SEK ", "pays the
 *  full cost of medicines up to ". A change's size ("exports increased by 30.2% up to 401.6 bln")
 *  is none. */
const STEP = String.raw`(?:(?<!\b(?:by|of|to|from)\s+(?:[a-z]+\s+)?\d*[.,]?)\d\s?(?:%|per\s?cent|percent)|\bfull\s+(?:cost|price|amount|charge))\s+(?:of\s+(?:(?:the|its|their)\s+)?(?:${WORD}\s+){0,2}?${WORD}\s+)?up\s+to\s+${CUR}`;
const STEP_BEFORE_RE = new RegExp(`${STEP}$`, 'i');
const STEPS_RE = new RegExp(`${STEP}\\d`, 'gi');
/** A sentence that opens a further step "above" the one before: "above that amount the patient
 *  pays …", "Beyond this threshold, …". */
const FURTHER_STEP_RE =
  /\b(?:above|over|beyond)\s+(?:that|this|the\s+first)\s+(?:amount|level|sum|threshold|limit)\b/i;
/** The only steps a sentence may name and keep as the full cost's band: "the full cost". */
const FULL_COST_STEP_BEFORE_RE = new RegExp(
  String.raw`\bfull\s+(?:cost|price|amount|charge)\s+(?:of\s+(?:(?:the|its|their)\s+)?(?:${WORD}\s+){0,2}?${WORD}\s+)?up\s+to\s+${CUR}$`,
  'i',
);
/** A rate of pay, earnings or income "up to" a sum: "20.81 per cent of pay up to SEK ", "12% of
 *  earnings up to £" (v276): the slice of the base a contribution rate is charged on, a step alone
 *  ("The grant covers 50% of costs, up to £5,000" caps what a scheme pays). */
const PAY_STEP_BEFORE_RE = new RegExp(
  String.raw`\d\s?(?:%|per\s?cent|percent)\s+of\s+(?:(?:the|its|their|an?)\s+)?(?:${WORD}\s+){0,2}?(?:pay|earnings|incomes?|salar(?:y|ies)|wages?|remuneration)\s+up\s+to\s+${CUR}$`,
  'i',
);
/** Before a number, a move picked with "a", "an" or "any" and its bound: "A change in the peso
 *  exchange rate of more than ", "any rise of over ". */
const TRIGGER_MOVE_BEFORE_RE = new RegExp(
  String.raw`\b(?:an?|any)\s+(?:${WORD}\s+){0,2}?(?:change|rise|increase|fall|drop|decline|movement|move|deviation|shift|variation|depreciation|appreciation|overrun|overspend)\b[^.;:\d]{0,60}?\b(?:of|by)\s+${BOUND}\s+${CUR}$`,
  'i',
);
/** After that bound, the verb that says what the move sets off, in the present or after a modal:
 *  " shall trigger an earlier review", " triggers a reset" ("triggered protests" tells an event). */
const TRIGGERS_AFTER_RE =
  /^[^.;:]{0,80}?\b(?:(?:shall|will|would|must|may|can|should)\s+(?:(?:automatically|also)\s+)?(?:trigger|prompt|require|activate|lead\s+to|set\s+off)|triggers|prompts|requires|activates|leads\s+to|sets\s+off)\b/i;
/** Before a number, a condition's opening, a subject and a present copula with its bound: "Where
 *  the generic substitution rate is below ", "if the ratio stays above ", and with no bound word
 *  when an open end follows ("where it is 80% or more"). Group 1 the bound word; group 2 a present
 *  verb of passing, which is its own bound ("where income exceeds Rs ", "where it exceeds Rs ":
 *  v276; a relative set off by a comma, "The provinces, where the jobless rate exceeds 12 percent,
 *  received", describes all the members), also right after the rate the condition sets ("It remains at 10 per cent where income
 *  exceeds Rs "). */
const PRESENT_CONDITION_BEFORE_RE = new RegExp(
  String.raw`(?:^|[;:,(]\s*|\n\s*|\b(?:and|or|but)\s+|(?:%|\bper\s?cent|\bpercent)\s+)(?:where|if|when|whenever|unless|once|so\s+long\s+as|as\s+long\s+as)\s+(?:${WORD}\s+){1,6}?(?:(?:is|are|falls|fall|stays|stay|remains|remain)\s+(?:(${BOUND}|(?:lower|higher)\s+than)\s+)?|(exceeds|exceed|surpasses|surpass)\s+(?:${BOUND}\s+)?)${CUR}$`,
  'i',
);
/** Before a number, a present condition's further criterion, joined with "and" or "or" after a
 *  first bounded one, with its own subject and bound: "qualify if a single person's income is below
 *  R99,960 a year and assets are below " (v276: a means test lists its criteria so). */
const FURTHER_CRITERION_BEFORE_RE = new RegExp(
  String.raw`\b(?:where|if|when|whenever|unless|provided(?:\s+that)?)\s+(?:${WORD}\s+){1,6}?(?:is|are)\s+${BOUND}\s+${CUR}\d[^.;:()]{0,40}?\s+(?:and|or)\s+(?:(?:the|its|their|his|her)\s+)?(?:${WORD}\s+){0,3}?${WORD}\s+(?:is|are)\s+${BOUND}\s+${CUR}$`,
  'i',
);

/**
 * Whether the number at `m` is a bound that sorts what a rule speaks of, in one of the ways the
 * v270 sets wrote it in running prose (test/fixtures/prose/README.md, "Bounds in a rule's running
 * prose"): the price of one member a rule covers ("no tax on a home costing up to $576,250",
 * "housing priced at PHP 900,000 and below", "A company buying a dwelling for more than £500,000
 * pays 17%", "for purchase prices up to SEK 4 500 000"), a threshold a "whose" clause reaches ("A
 * provider whose turnover reaches RM500,000 must register"), the ends of the slice a rate is
 * charged on ("5% on the portion from £425,001 to £625,000", "10% of excess over HK$4,000,000"),
 * the steps of a charge ("50 per cent of the cost up to SEK 2,800, 25 per cent up to SEK 5,300"),
 * the size of a move that triggers a review ("A change in the exchange rate of more than 10
 * percent shall trigger an earlier review") and a present condition's bound ("Where the
 * substitution rate is below 50%, the price is cut"). A sum told of one named thing ("The new
 * hospital, costing up to $450 million, …"), a past act ("sold a depot valued at more than £2
 * million") and a cap on what a scheme pays ("The grant covers 50% of costs, up to £5,000") keep
 * their reading.
 * @example classBound('A company buying a dwelling for more than £500,000 pays a flat rate of 17%.', { start: 42, end: 50, kind: 'amount' }) // true
 */
export function classBound(
  s: string,
  m: Pick<Match, 'start' | 'end' | 'own' | 'ownEnd' | 'kind'>,
): boolean {
  const around = aroundNumber(s, m);
  if (!around) return false;
  const { before, after } = around;
  const percent = m.kind !== 'amount';
  if (!percent && pricedMember(before, after)) return true;
  if (!percent && BOUGHT_FOR_BEFORE_RE.test(before)) return true;
  if (!percent && PRICES_FOR_BEFORE_RE.test(before)) return true;
  if (!percent && WHOSE_REACHES_BEFORE_RE.test(before)) return true;
  if (
    !percent &&
    (SLICE_LOW_BEFORE_RE.test(before) ||
      SLICE_HIGH_BEFORE_RE.test(before) ||
      EXCESS_OVER_BEFORE_RE.test(before))
  )
    return true;
  if (!percent && chargeStep(s, before)) return true;
  if (TRIGGER_MOVE_BEFORE_RE.test(before) && TRIGGERS_AFTER_RE.test(after)) return true;
  if (FURTHER_CRITERION_BEFORE_RE.test(before)) return true;
  const condition = PRESENT_CONDITION_BEFORE_RE.exec(before);
  return (
    condition !== null &&
    (condition[1] !== undefined ||
      (condition[2] !== undefined && !/^,\s*where\b/i.test(condition[0])) ||
      OPEN_END_AFTER_RE.test(after))
  );
}

/** The fields of a match the bound readers look at. */
export type BoundMatch = Pick<Match, 'start' | 'end' | 'own' | 'ownEnd' | 'kind'>;

/** The sentence before the match's own first digit (its currency sign left after it) and after its
 *  own words; none when its words hold no digit. Shared with scheduleBound.ts (v276). */
export function aroundNumber(
  s: string,
  m: Pick<Match, 'start' | 'end' | 'own' | 'ownEnd'>,
): { before: string; after: string } | undefined {
  const start = m.own ?? m.start;
  const digit = s.slice(start, m.ownEnd ?? m.end).search(/\d/);
  if (digit < 0) return undefined;
  return { before: s.slice(0, start + digit), after: s.slice(m.ownEnd ?? m.end) };
}

/** "on a home costing up to $", "housing priced at PHP " … " and below": one member picked with
 *  a determiner and a bound word, or any noun and an open end after the sum; a named thing or a
 *  past act told of it is none. */
function pricedMember(before: string, after: string): boolean {
  const priced = PRICED_MEMBER_BEFORE_RE.exec(before);
  if (!priced) return false;
  const lead = before.slice(0, priced.index);
  if (priced[1] !== undefined ? !MEMBER_LEAD_RE.test(lead) : NAMED_BEFORE_RE.test(lead))
    return false;
  const openEnd = OPEN_END_AFTER_RE.test(after);
  return openEnd || (priced[1] !== undefined && priced[2] !== undefined);
}

/** A step of a charge: "the full cost … up to" a sum, or a rate "up to" a sum when the sentence
 *  names another step or opens above the step before. */
function chargeStep(s: string, before: string): boolean {
  if (!STEP_BEFORE_RE.test(before)) return false;
  if (FULL_COST_STEP_BEFORE_RE.test(before) || PAY_STEP_BEFORE_RE.test(before)) return true;
  return (s.match(STEPS_RE)?.length ?? 0) >= 2 || FURTHER_STEP_RE.test(before);
}
