// One reader of the bounds a rule's clause or a band's label sorts cases by, written in ways the
// earlier membership rules do not reach (v258, from the fresh sets ho308–ho312): a present
// condition on a base whose noun carries its own phrase ("Where the legal rent on September 30,
// 2034 is less than $1,000 a month", "Where the rent of a unit exceeds $3,200 a month"), a
// "whose" clause on one member's base with no plural before it ("Personnel … whose annual basic
// salary after the adjustment is less than ₦1,260,000 shall be paid"), "whether or not" it
// passes a bound ("whether or not it exceeds ¥10 million"), the income at which a taper ends
// ("ending at an income of DKK 663,000"), the first slice of an income a rule disregards ("the
// first SEK 10,000 of every household's monthly income shall be disregarded"), the bands a fixed
// sum is set for ("€40 for a debt of less than €1,000; €70 for a debt of €1,000 or more but less
// than €10,000"), the claims a tribunal hears ("covers claims of up to HK$75,000"), an income
// bound stated "of not more than" ("a household income of not more than RM3,000 a month … and
// not more than RM4,000"), a rent bound an aside defines a class by ("its standard rent not
// exceeding KSh 2,500 a month"), counted members sorted by what each owed ("312 of them owed more
// than RM10,000 each") and a pipe table's label cell sorting a fare into tiers ("| Urban taxis,
// until the fare reaches $102.50 |"). Each bound says which cases a rule or a row speaks of, no
// level measured (README, Traps: v63, v206, v212, v243, v258). Pure text work; it knows nothing
// of figures.

import { MORE_LESS, POSITION, SORTING_BOUND, anyOf, notThan, than } from './boundWords.ts';

/** A bound word right before the number (boundWords.ts's SORTING_BOUND). */
const BOUND = SORTING_BOUND;
/** A currency sign or code before the digits ("$", "KSh ", "₦", "DKK "). */
const SIGN = String.raw`(?:[^\s\d]{1,4}\s?)?`;
/** The base a condition bounds: what one pays, earns, owes or holds. */
const BASE = String.raw`(?:rents?|incomes?|salar(?:y|ies)|wages?|pay|earnings|pensions?|balances?|debts?|values?|turnover|estates?|savings|bills?|fares?|prices?|charges?|fees?|amounts?|sums?|claims?)`;
/** After the base, a phrase of its own, with no clause's end: " on September 30, 2034", " of a
 *  unit", " after the adjustment", " for the year". */
const BASE_PHRASE = String.raw`(?:\s+(?:on|of|for|in|at|after|before|under|from)\s+(?:[^.;:,|]|,\s?\d)+?)?`;
/** The verb of passing a bound, in the present: "exceeds", "does not exceed", "is less than",
 *  "are at least". */
const PRESENT_PASS = String.raw`(?:exceeds?|does\s+not\s+exceed|do\s+not\s+exceed|(?:is|are)\s+(?:not\s+)?${BOUND})`;

/** A present condition or a "whose" clause on a base, up to the number: "Where the legal rent on
 *  September 30, 2034 is less than $", "whose annual basic salary after the adjustment is less
 *  than ₦", "whether or not it exceeds ¥", "whether or not its value exceeds R". */
const CLAUSE_BASE_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:where|if|unless)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?${BASE}${BASE_PHRASE}|\bwhose\s+(?:[\w'’-]+\s+){0,3}?${BASE}${BASE_PHRASE}|\bwhether\s+or\s+not\s+(?:it|they|(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?${BASE}))\s+${PRESENT_PASS}\s+${SIGN}$`,
  'i',
);
/** The verb of passing a bound, in the past: "exceeded", "did not exceed", "was below". */
const PAST_PASS = String.raw`(?:exceeded|did\s+not\s+exceed|(?:was|were)\s+(?:not\s+)?${BOUND})`;
/** A condition on a base in the past after a rule's modal in the same clause (v265): "The rent may
 *  not rise by more than €2 where the rent was below €", "… shall be refunded if the balance
 *  exceeded $" (the rule sorts cases by what the base was; "Duty was highest where the estate
 *  value was above €2 million" tells a case and has no modal). */
const RULE_PAST_BASE_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:may|shall|must|cannot|can)\b(?:[^.;:]|[.,]\d)*?\b(?:where|if|unless)\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?${BASE}${BASE_PHRASE}\s+${PAST_PASS}\s+${SIGN}$`,
  'i',
);
/** A present rule that designates, classifies or defines a case and the condition it does so on,
 *  up to the condition's bound, in any tense (v265): "An area is designated as a Rent Pressure
 *  Zone where annual growth in its average rent exceeded ", "A loan is classified as
 *  non-performing if repayments are more than ". */
const DESIGNATION_CONDITION_BOUND_BEFORE_RE = new RegExp(
  String.raw`\b(?:is|are)\s+(?:designated|classified|defined|treated|deemed|declared|regarded|considered|listed|recognised|recognized)\s+as\s+(?:[^.;:]|[.,]\d){1,80}?\b(?:where|if|when|once|unless)\s+(?:[^.;:]|[.,]\d){1,120}?(?:\b(?:exceeds?|exceeded|(?:is|are|was|were)\s+(?:not\s+)?${BOUND})|\b${BOUND})\s+${SIGN}$`,
  'i',
);
/** The income at which a taper ends: "ending at an income of ", "ends at a household income of ". */
const TAPER_END_BEFORE_RE = new RegExp(
  String.raw`\bend(?:s|ing)\s+at\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?(?:incomes?|earnings|salary|pay)\s+of\s+${SIGN}$`,
  'i',
);
/** A first slice "of" an income a present or modal predicate disregards, exempts or taxes: "the
 *  first SEK " before " of every household's monthly income shall be disregarded". */
const FIRST_SLICE_BEFORE_RE = new RegExp(String.raw`\bthe\s+first\s+${SIGN}$`, 'i');
const SLICE_OF_INCOME_AFTER_RE =
  /^[\d.,]*(?:\s?(?:million|thousand|m|k))?\s+of\s+(?:[\w'’-]+\s+){0,4}?(?:incomes?|earnings|pensions?|salar(?:y|ies)|wages?|pay|profits?|turnover)\b[^.;:]{0,40}?\b(?:shall|is|are|will\s+be|may|must)\b/i;
/** The items a fixed sum is set for and their bound, right before the number: "€40 for a debt of
 *  less than €", "€100 for a debt of €" (its open end after it), and the second end of such a band:
 *  "for a debt of €1,000 or more but less than €". */
const ITEM = String.raw`(?:debts?|claims?|consignments?|invoices?|loans?|bills?|payments?|transactions?|contracts?|purchases?|orders?|shipments?|parcels?|estates?|propert(?:y|ies)|sums?)`;
const SUM_FOR_ITEM_BEFORE_RE = new RegExp(
  String.raw`\d\s+for\s+(?:an?|each|any|every)\s+(?:[\w'’-]+\s+)?${ITEM}\s+of\s+(?:(?:${BOUND})\s+${SIGN}|${SIGN}\d[\d.,]*(?:\s?(?:million|m|k))?\s+or\s+(?:more|over|above)\s+(?:but|and)\s+${BOUND}\s+${SIGN}|${SIGN}(?=$))$`,
  'i',
);
/** After the number, the open end of a band: " or more", " or over". */
const OPEN_END_AFTER_RE = new RegExp(
  String.raw`^[\d.,]*(?:\s?(?:million|m|k))?\s+or\s+${anyOf(MORE_LESS, POSITION)}\b`,
  'i',
);
/** Before the number, "for a debt of " with no bound: its bound is the open end after it. */
const BARE_FOR_ITEM_RE = new RegExp(
  String.raw`\d\s+for\s+(?:an?|each|any|every)\s+(?:[\w'’-]+\s+)?${ITEM}\s+of\s+${SIGN}$`,
  'i',
);
/** The cases a tribunal, scheme or court hears, in the present: "covers claims of up to HK$",
 *  "hears disputes of up to £", "deals with complaints of less than €" (staff who "handle claims
 *  under $2,000" first are a group the bound picks, membership.ts's reading). */
const HEARD_CASES_BEFORE_RE = new RegExp(
  String.raw`\b(?:covers?|hears?|deals?\s+with|decides?|accepts?|takes?)\s+(?:all\s+|any\s+)?(?:[\w'’-]+\s+)?(?:claims|complaints|disputes|cases|appeals|applications)\s+(?:of\s+)?${BOUND}\s+${SIGN}$`,
  'i',
);
/** An income bound written "of not more than", which no income received is stated with: "a
 *  household income of not more than RM", and its further arm: "… RM3,000 a month for low-cost
 *  units and not more than RM". */
const INCOME_OF_NOT_MORE_BEFORE_RE = new RegExp(
  String.raw`\b(?:an?|the|their|its)\s+(?:[\w'’-]+\s+){0,2}?(?:incomes?|earnings|salary|wages?|pay)\s+of\s+${notThan(MORE_LESS)}\s+${SIGN}(?:\d[^.;:]{0,80}?\b(?:and|or)\s+${notThan(MORE_LESS)}\s+${SIGN})?$`,
  'i',
);
/** An aside that names a class by its base's bound: ", its standard rent not exceeding KSh ",
 *  "their income not exceeding €". */
const ASIDE_BASE_BOUND_BEFORE_RE = new RegExp(
  String.raw`,\s+(?:its|their)\s+(?:[\w'’-]+\s+){0,2}?${BASE}\s+(?:not\s+exceeding|(?:not\s+)?${BOUND})\s+${SIGN}$`,
  'i',
);
/** Counted members and what each owed, paid or held past a bound: "312 of them owed more than
 *  RM", "Nine operators charged parents more than the $". The count says how many pass it. */
const COUNTED_EACH_BOUND_BEFORE_RE = new RegExp(
  String.raw`(?:\b\d[\d,]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several))\s+(?:of\s+(?:them|these|those)|[a-z]{3,}s)\s+(?:owed|paid|earned|held|had|received|charged|borrowed)\s+(?:[\w'’-]+\s+)?${than(MORE_LESS)}\s+(?:the\s+)?${SIGN}$`,
  'i',
);
/** After such a count's bound, what makes it a line each member passes: " each", " cap", " limit". */
const EACH_OR_LINE_AFTER_RE =
  /^[\d.,]*(?:\s?(?:million|m|k))?\s+(?:each\b|(?:cap|limit|ceiling|maximum)\b)/i;
/** A pipe table's first cell up to the number, a label of a tier: "| Urban taxis, until the fare
 *  reaches $", "| after the bill reaches $". */
const TIER_LABEL_BEFORE_RE = new RegExp(
  String.raw`(?:^|\n)\s*\|\s*[^|\n]{0,60}?\b(?:until|after|once|before|when)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?${BASE}\s+(?:reaches|exceeds|passes|is)\s+${SIGN}$`,
  'i',
);

/** The unit a rule sells or takes something in: "and thereafter in multiples of S$", "in multiples
 *  of €" (a denomination, no sum). */
const MULTIPLES_OF_BEFORE_RE = new RegExp(String.raw`\bin\s+multiples\s+of\s+${SIGN}$`, 'i');
/** A present condition on the size of a move a rule waits for, its bound open after the number:
 *  "only when the formula moves either rate by " before "0.1 percentage points or more". */
const MOVE_BY_CONDITION_BEFORE_RE =
  /\b(?:when|whenever|if|once|unless)\s+(?:[^.;:,]|[.,]\d){1,60}?\b(?:moves?|changes?|shifts?|rises?|falls?|differs?|varies|vary)\b(?:[^.;:,]|[.,]\d){0,30}?\bby\s+(?:[^\s\d]{1,4}\s?)?$/i;
const OR_MORE_AFTER_RE = new RegExp(
  String.raw`^[\d.,]*\s*(?:%|per\s?cent|percent|(?:percentage|basis)\s+points?|points?)?\s+or\s+${anyOf(MORE_LESS, POSITION)}\b`,
  'i',
);
/** Counted cases and the bound what each showed passed: "In 11 of the 37 cases the overcharge
 *  exceeded ", "in 40 of the trips the fare was more than ". */
const COUNTED_CASES_BOUND_BEFORE_RE = new RegExp(
  String.raw`\bin\s+\d[\d,]*\s+of\s+(?:the|these|those)\s+(?:\d[\d,]*\s+)?(?:[\w'’-]+\s+)?[a-z]{3,}s,?\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:exceeded|(?:was|were)\s+${BOUND})\s+${SIGN}$`,
  'i',
);

/** A pipe table's first cell opening right before the number, and the number a bare percent that
 *  is the whole cell: "| " before "100% | $16.41 |". */
const FIRST_CELL_BEFORE_RE = /(?:^|\n)\s*\|\s*$/;
const BARE_PERCENT_CELL_AFTER_RE = /^\d[\d.]*\s*%\s*\|/;
/** Another row of the same table whose first cell is a band of percents: "| 80–99% |", "| 25 to
 *  49% |", "| under 25% |". */
const PERCENT_BAND_ROW_RE = new RegExp(
  String.raw`(?:^|\n)\s*\|\s*(?:\d[\d.]*\s*%?\s*(?:[–-]|to)\s*\d[\d.]*\s*%|${anyOf(POSITION, than(MORE_LESS))}\s+\d[\d.]*\s*%)\s*\|`,
  'i',
);

/**
 * Whether the number whose digits start right after `before` (with `after` the words after the
 * number's own) is a bound that sorts the cases a rule or a row speaks of, in one of the ways the
 * v258 sets wrote it.
 *
 * @example sortingClause('Where the rent of a unit exceeds $', '3,200 a month, the increase shall not exceed $96.') // true
 * @example sortingClause('The rent of a unit exceeded $', '3,000 a month in 2033.') // false
 */
export function sortingClause(before: string, after: string): boolean {
  if (CLAUSE_BASE_BOUND_BEFORE_RE.test(before)) return true;
  if (RULE_PAST_BASE_BOUND_BEFORE_RE.test(before)) return true;
  if (DESIGNATION_CONDITION_BOUND_BEFORE_RE.test(before)) return true;
  if (TAPER_END_BEFORE_RE.test(before)) return true;
  if (FIRST_SLICE_BEFORE_RE.test(before) && SLICE_OF_INCOME_AFTER_RE.test(after)) return true;
  if (SUM_FOR_ITEM_BEFORE_RE.test(before) && !BARE_FOR_ITEM_RE.test(before)) return true;
  if (BARE_FOR_ITEM_RE.test(before) && OPEN_END_AFTER_RE.test(after)) return true;
  if (HEARD_CASES_BEFORE_RE.test(before)) return true;
  if (INCOME_OF_NOT_MORE_BEFORE_RE.test(before)) return true;
  if (ASIDE_BASE_BOUND_BEFORE_RE.test(before)) return true;
  if (COUNTED_EACH_BOUND_BEFORE_RE.test(before) && EACH_OR_LINE_AFTER_RE.test(after)) return true;
  if (MULTIPLES_OF_BEFORE_RE.test(before)) return true;
  // "| 100% | $16.41 |" over "| 80–99% | $16.02 |": the row's label is a band's top, as its
  // neighbours' bands are (v212's label cell, its bound word left out).
  if (
    FIRST_CELL_BEFORE_RE.test(before) &&
    BARE_PERCENT_CELL_AFTER_RE.test(after) &&
    PERCENT_BAND_ROW_RE.test(before + after)
  )
    return true;
  if (MOVE_BY_CONDITION_BEFORE_RE.test(before) && OR_MORE_AFTER_RE.test(after)) return true;
  if (COUNTED_CASES_BOUND_BEFORE_RE.test(before)) return true;
  return TIER_LABEL_BEFORE_RE.test(before) && /^[\d.,]*\s*\|/.test(after);
}
