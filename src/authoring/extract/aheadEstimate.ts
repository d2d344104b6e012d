// Estimates of a period not yet over, in other grammar (v269; README, Status: "one of a period not
// yet over is expected, even when it is called an estimate"; "a budget or revised estimate for the
// current or the next year" is expected; a sum labelled "(BE)" stays expected).
//  - A sum a maker "estimates", "projects" or "forecasts" in the present, or one "is estimated at",
//    whose own period follows it and is not over ("The Department of Finance estimates forgone
//    revenue of ₱7.8 billion for the second half of 2031 and ₱16.2 billion for 2032", dated May
//    2031; "The gross cost to the regions is estimated at SEK 520 million in the first year"), and
//    what such an estimate puts on a measure's cost or yield a year or in a full year ("The
//    Authority estimates the cost at €27 million a year"): forecasts, expected.
//  - A sum a present verb of a measure's effect on revenue or cost puts on a year after the
//    dateline's ("The cut reduces VAT revenue by SEK 27 billion in 2034", dated November 2033):
//    the measure's costing, expected.
//  - A cell of a pipe table's column or row its header or label names as a revised or budget
//    estimate, an estimate, a projection or a forecast of a period not yet over ("| Head |
//    2032-33 Actuals | 2033-34 RE | 2034-35 BE |", dated March 2034; "| 2033 (estimate) | $74.4
//    million |", dated June 2032): expected, whatever a caption or a decision above it sets.
// A period that is over ("estimates revenue of ₱6.1 billion for 2030", "| 2032-33 Actuals |"), a
// past verb ("estimated last year at", "was estimated at") and a column of outturns keep their
// reading. Pure text work; the caller decides the status.

import { pipeHeaderAt } from '../../model/pipeColumn.ts';

/** A year, or a fiscal year over two years ("2033-34", "FY2033", "2034/35"). */
const YEAR_RE = /\b(?:FY\s?)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?\b/;

/** Before the sum, in its clause, a maker's estimate in the present or a present passive of one,
 *  then the estimate's object, or a measure's cost named by "at a cost of" (v278: "raises personal
 *  relief …, at a cost of about KSh 11.5 billion in FY 2033/34"): "estimates forgone revenue of ", "projects transfer tax of ",
 *  "estimates the cost at ", "is estimated at ", "are estimated at about ". A past "estimated",
 *  "was estimated at" and a noun ("the estimates of") are none. */
const ESTIMATOR_BEFORE_RE =
  /(?:\bat\s+(?:an?\s+)?(?:(?:additional|extra|annual|total|further|net|gross)\s+)?cost\s+of|\b(?:estimates|projects|forecasts)\s+(?:that\s+)?(?!(?:were|was|had|have|rose|fell|grew)\b)(?:[\w'’-]+\s+){0,6}?(?:of|at)|\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:estimated|projected|forecast)\s+(?:at|to\s+(?:be|reach|total|cost))|\b(?:is|are)\s+(?:now\s+|currently\s+)?(?:estimated|projected|forecast)\s+(?:to\s+)?(?:at\s+)?(?:a\s+)?(?:net\s+)?(?:loss|gain|cost|saving)\s+of)\s+(?:(?:about|around|some|roughly|nearly|almost|approximately|up\s+to|over|more\s+than)\s+)?$/i;

/** In the same place, a series the estimate runs on through: "… ₱7.8 billion for the second half
 *  of 2031 and ". The earlier item ends in its own period. */
const SERIES_BEFORE_RE =
  /(?:\b(?:estimates|projects|forecasts)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,6}?(?:of|at)|\b(?:is|are)\s+(?:now\s+)?(?:estimated|projected|forecast)\s+at)\s+[^;:]*?\d[^;:]*?(?:,\s*|\s+)(?:and\s+)?(?:(?:about|around|some|roughly|nearly|up\s+to)\s+)?$/i;

/** Right after the sum, its own period: "for the second half of 2031", "in 2034", "for FY2033",
 *  "in the first year", "in a full year", "a year", "per year", "annually". Group `period` is the
 *  span named, `yearly` a recurring year. */
const OWN_PERIOD_AFTER_RE =
  /^\s*(?:(?<yearly>an?\s+(?:year|month)(?!\s+(?:earlier|ago|before|later|previously))|per\s+(?:year|annum|month)|annually|monthly|each\s+(?:year|month)|(?:in|for)\s+(?:a|the|its)\s+(?:first\s+)?full\s+year|(?:in|for)\s+(?:the|its)\s+(?:first|second|third|fourth|fifth)\s+(?:full\s+)?year)|(?<period>(?:in|for|during)\s+(?:the\s+)?(?:(?:first|second)\s+half\s+(?:of\s+)?|(?:fiscal|financial)\s+year\s+)?(?:FY\s?)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?))\b/i;

/** Before the sum, a present verb of what a measure does to revenue or cost: "The cut reduces VAT
 *  revenue by ", "The measure costs ", "raises receipts by ", "saves the regions ", and the next
 *  item of its series ("… by SEK 27 billion in 2034 and by "). */
const EFFECT_VERB_BEFORE_RE =
  /\b(?:the|this|these|that|its)\s+(?:[\w'’-]+\s+){0,4}?(?:reduces|lowers|cuts|raises|increases|adds|costs|saves)\s+(?:[\w'’-]+\s+){0,4}?(?:by\s+)?(?:[^;:]*?\d[^;:]*?(?:,\s*|\s+)(?:and\s+)?(?:by\s+)?)?(?:(?:about|around|some|roughly|nearly|up\s+to|an\s+estimated)\s+)?$/i;

/** Right after the sum, the period it is of, then a bracket that names it a revised or budget
 *  estimate: " in 2033-34 (Revised Estimates)", " for 2034-35 (BE)". Group 1 is the period. */
const ESTIMATE_BRACKET_AFTER_RE =
  /^\s*((?:in|for)\s+(?:FY\s?)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?)\s*\((?:(?:revised|budget)\s+estimates?|R\.?E\.?|B\.?E\.?)\)/i;

/** Before the sum, a span of years still ahead that a present verb spreads it over: "At the list
 *  price the total budget impact over five years is ", "Over 10 years, the cost of prophylaxis per
 *  patient is estimated at " (README, Status: a sum a present verb spreads over a count of years,
 *  v70, here with the span first). "Over the past five years" is over. */
const HORIZON_BEFORE_RE =
  /\bover\s+(?:the\s+(?:next|first|coming)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years\b[^;:]*?\b(?:is|are|totals|comes\s+to|amounts\s+to|(?:is|are)\s+estimated\s+at)\s+(?:(?:about|around|some|roughly|nearly|up\s+to)\s+)?$/i;

/** Right before the sum, a word that makes it a base set against another: "against ", "up from ",
 *  "compared with ", "than ", "versus ". */
const BASE_BEFORE_RE =
  /\b(?:from|with|against|than|versus|vs\.?|over|on|since|after|before)\s+(?:(?:about|around|some|roughly|nearly|up\s+to)\s+)?$/i;

/** A past or perfect verb between the estimate and the sum, which dates it: "estimates that
 *  receipts were", "… had been". */
const PAST_BETWEEN_RE =
  /\b(?:was|were|had|has\s+been|have\s+been|came|rose|fell|grew|amounted|totalled|totaled)\b/i;

/** The clause the sum stands in, before it: from the last semicolon, colon or line break. */
function clauseBefore(before: string): string {
  const cut = Math.max(before.lastIndexOf(';'), before.lastIndexOf(':'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
}

/**
 * Whether the sum between `before` and `after` (its sentence's words either side) is an estimate
 * or a measure's costing of a period not yet over: `over(words)` says whether the period the words
 * name is over by the dateline, whose year is `documentYear`.
 * @example estimatedSumAhead('The Department estimates forgone revenue of ', ' for 2032.', () => false, 2031) // true
 * @example estimatedSumAhead('The Department estimates forgone revenue of ', ' for 2030.', () => true, 2031) // false
 * @example estimatedSumAhead('The cut reduces VAT revenue by ', ' in 2034.', () => false, 2033) // true
 */
export function estimatedSumAhead(
  before: string,
  after: string,
  over: (words: string) => boolean,
  documentYear: number | undefined,
): boolean {
  const clause = clauseBefore(before);
  if (HORIZON_BEFORE_RE.test(clause) && !PAST_BETWEEN_RE.test(clause)) return true;
  // "compared with ₹12,640 crore in 2033-34 (Revised Estimates)", dated March 2034.
  const bracketed = ESTIMATE_BRACKET_AFTER_RE.exec(after);
  if (bracketed !== null) return !over(bracketed[1]!);
  const own = OWN_PERIOD_AFTER_RE.exec(after);
  if (own === null) return false;
  // A base the sum is set against ("…, against ", "up from ", "compared with ") is no item of
  // the estimate's series.
  const series = !BASE_BEFORE_RE.test(clause);
  const estimated = ESTIMATOR_BEFORE_RE.test(clause) || (series && SERIES_BEFORE_RE.test(clause));
  if (estimated) {
    const tail = clause.slice(clause.search(/\b(?:estimat|project|forecast)/i));
    if (PAST_BETWEEN_RE.test(tail)) return false;
    if (own.groups!.yearly !== undefined) return true;
    return !over(own.groups!.period!);
  }
  // "The cut reduces VAT revenue by SEK 27 billion in 2034": the effect in a year after the
  // dateline's, no outturn; "The adjustment costs about CHF 1,210 million a year": a measure's
  // effect in each year it runs, its costing (v278).
  return (
    series &&
    EFFECT_VERB_BEFORE_RE.test(clause) &&
    !PAST_BETWEEN_RE.test(clause) &&
    (own.groups!.period !== undefined
      ? documentYear !== undefined &&
        Number(/(?:19|20)\d\d/.exec(own.groups!.period)?.[0]) > documentYear
      : YEARLY_RE.test(own.groups!.yearly!) && MEASURE_EFFECT_BEFORE_RE.test(clause))
  );
}

/** Before a yearly sum, a measure named as the subject of its present verb of effect, with no
 *  number between: "The adjustment costs about ", "The change reduces cantonal tax revenue by an
 *  estimated " (a unit of service that "costs £2,590 a year" is a price, and a programme that
 *  "costs $6.2 billion a year" its spending, no costing, v104). */
const MEASURE_EFFECT_BEFORE_RE =
  /\b(?:the|this|these|that|its)\s+(?:[\w'’-]+\s+){0,3}?(?:adjustments?|changes?|measures?|increases?|rises?|cuts?|reductions?|reforms?|proposals?|upratings?|indexation|extensions?|freezes?)\s+(?:reduces|lowers|cuts|raises|increases|adds|costs|saves)\s+[^\d;:]*$/i;

/** A yearly span, no month: "a year", "per annum", "annually", "in a full year". */
const YEARLY_RE = /\b(?:year|annum|annually)\b/i;

/** A header or row label that names its cells as estimates, projections or forecasts: "2033-34
 *  RE", "2034-35 BE", "B.E. 2034-35", "Revised Estimates 2033-34", "2033 (estimate)", "Projected
 *  2035", "Forecast 2034/35". Not "Actuals", "Accounts", "Outturn". */
const ESTIMATE_HEAD_RE =
  /\b(?:revised\s+estimates?|budget\s+estimates?|estimates?|estimated|projected|projections?|forecasts?)\b/i;
/** Words that name outturns or a decision: the column keeps its reading. */
const OUTTURN_HEAD_RE =
  /\b(?:actuals?|accounts|outturns?|audited|approved|adopted|enacted|provisional\s+actuals?)\b/i;

/** "RE" or "BE" standing alone, in capitals only, so "be" and "re" in words are none. */
const ESTIMATE_ABBREVIATION_RE = /(?:^|[\s(])(?:R\.?E\.?|B\.?E\.?)(?=$|[\s)])/;

/** A year's cost or yield that names no year: "full-year", "annual", "a year", "per year". A
 *  full-year estimate that names no year is of the dateline's year (README, Status). */
const FULL_YEAR_RE = /\b(?:full[- ]year|annual|yearly|a\s+year|per\s+(?:year|annum))\b/i;

/** True when the cell names estimates of a period, by "RE", "BE" or a word, and a year, or names
 *  an estimate of a full year's sum ("Estimated full-year cost"). */
function estimateHead(cell: string): boolean {
  return (
    (ESTIMATE_ABBREVIATION_RE.test(cell) || ESTIMATE_HEAD_RE.test(cell)) &&
    (YEAR_RE.test(cell) || FULL_YEAR_RE.test(cell)) &&
    !OUTTURN_HEAD_RE.test(cell)
  );
}

/**
 * Whether offset `at` (UTF-16) of `text` is a body cell of a pipe table whose column header or row
 * label names its cells as estimates, projections or forecasts of a period `over` says is not over.
 * @example estimateCellAhead('| Head | 2032-33 Actuals | 2034-35 BE |\n|---|---|---|\n| LPG | 11,248 | 14,820 |', 78, () => false) // true
 * @example estimateCellAhead('| Head | 2032-33 Actuals | 2034-35 BE |\n|---|---|---|\n| LPG | 11,248 | 14,820 |', 69, () => true) // false
 */
export function estimateCellAhead(
  text: string,
  at: number,
  over: (words: string) => boolean,
): boolean {
  const table = pipeHeaderAt(text, at);
  if (table === undefined) return false;
  const header = table.header[table.column] ?? '';
  if (estimateHead(header)) return !over(header);
  // "| 11% | €365 million |" under "| Rate on hospitality services | Estimated full-year cost |":
  // the rate a row costs, in its label cell, is the step the estimate supposes, not yet made.
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (
    table.column === 1 &&
    /^\s*\|\s*$/.test(text.slice(lineStart, at)) &&
    table.header.some((h, i) => i > 1 && estimateHead(h) && !YEAR_RE.test(h))
  )
    return true;
  // "| 2033 (estimate) | $74.4 million | $18.6 million |": the row's label names the estimate,
  // under a column that names none of its own and no outturn.
  const label = text.slice(lineStart, at).split('|')[1] ?? '';
  return (
    table.column > 1 &&
    estimateHead(label) &&
    !OUTTURN_HEAD_RE.test(header) &&
    !YEAR_RE.test(header) &&
    !over(label)
  );
}

/** Right before the number, a maker's present forecast with the number as its object: "National
 *  Treasury projects ", "the Bank forecasts ", "predicts about ". */
const FORECASTS_NUMBER_BEFORE_RE =
  /\b(?:projects|forecasts|predicts)\s+(?:(?:about|around|some|roughly|nearly|just\s+(?:over|under))\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before the number, a forecast named by its participle and noun, "of" the number:
 *  "slightly below expected inflation of ", "the projected deficit of ", "a forecast rise of ". */
const FORECAST_NOUN_BEFORE_RE =
  /\b(?:expected|projected|forecast)\s+(?:[\w-]+\s+){1,3}?of\s+(?:(?:about|around|some|roughly|nearly)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before the number, a cost a party put on a proposal: "which it costed at about ", "costed
 *  the plan at ". */
const COSTED_AT_BEFORE_RE =
  /(?<!\b(?:was|were|been)\s+)\bcosted\s+(?:(?:it|them|this|that|the\s+[\w-]+(?:\s+[\w-]+)?)\s+)?at\s+(?:(?:about|around|some|roughly|nearly)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/**
 * Whether the number after `before` (its sentence's words before it) is a forecast of a period not
 * over or a costing, in grammar the estimates above do not cover (v278): the object of a present
 * "projects", "forecasts" or "predicts" with its own period after it that `over` says is not over
 * ("National Treasury projects 4.4 per cent for 2033", dated March 2033), a forecast named by its
 * participle ("slightly below expected inflation of 4.7 per cent"), and the cost a party put on a
 * proposal ("which it costed at about SEK 14 billion"): expected.
 * @example forecastAhead('and National Treasury projects ', ' per cent for 2033.', () => false) // true
 * @example forecastAhead('slightly below expected inflation of ', ' per cent.', () => false) // true
 * @example forecastAhead('a cut of 5 points, which it costed at about ', ' billion.', () => false) // true
 * @example forecastAhead('National Treasury projects ', ' per cent for 2031.', () => true) // false
 */
export function forecastAhead(
  before: string,
  after: string,
  over: (words: string) => boolean,
): boolean {
  const clause = clauseBefore(before);
  if (FORECAST_NOUN_BEFORE_RE.test(clause) || COSTED_AT_BEFORE_RE.test(clause)) return true;
  if (!FORECASTS_NUMBER_BEFORE_RE.test(clause)) return false;
  const own = OWN_PERIOD_AFTER_RE.exec(after.replace(/^\s*(?:%|per\s?cent|percent)/i, ''));
  return own !== null && own.groups!.period !== undefined && !over(own.groups!.period);
}

/** Between an estimate and the number right after it, ", or " that restates the estimate in other
 *  terms: "forgone revenue of ₱38.6 billion in 2034, or about 0.1 per cent of GDP". */
const OR_RESTATES_BETWEEN_RE =
  /^[^,;:.]{0,30}?,\s*or\s+(?:(?:about|around|some|roughly|nearly|almost|just\s+(?:over|under))\s+)?$/i;

/**
 * Whether the words between an estimate and the next number restate the estimate (", or about "),
 * so that the number, a share of GDP or of a total, is that estimate too (v278); `before` is the
 * sentence up to the number, which names the sum an estimate ("estimates", "projects", "will").
 * @example restatesEstimate('The Department estimates forgone revenue of ₱38.6 billion in 2034, or about ', ' in 2034, or about ') // true
 * @example restatesEstimate('Disputed arrears accounted for RM2.31 billion, or ', ' billion, or ') // false
 */
export function restatesEstimate(before: string, between: string): boolean {
  return OR_RESTATES_BETWEEN_RE.test(between) && ESTIMATE_WORD_RE.test(before);
}

/** In the words before, a word that makes the sum before an estimate, a forecast or a plan. */
const ESTIMATE_WORD_RE =
  /\b(?:estimat\w*|project(?:s|ed|ions?)|forecasts?|expect\w*|will|would|budget\w*)\b/i;

/** Right before a part of an estimate, its ", of which " and, for a later part, the "and" of the
 *  same series: "costs about CHF 1,210 million a year, of which CHF 1,020 million falls on the AHV
 *  and CHF 190 million on the IV". */
const OF_WHICH_BETWEEN_RE =
  /^[^,;:.\d]{0,30},\s*of\s+which\s+(?:(?:about|around|some|roughly)\s+)?$/i;
const OF_WHICH_BEFORE_RE = /,\s*of\s+which\s+(?:[^;:.]|\.\d)*$/i;
const SERIES_AND_BETWEEN_RE = /^[^,;:.\d]{0,60}\band\s+(?:(?:about|around|some|roughly)\s+)?$/i;

/**
 * Whether the sum after `before` is a part of the estimate right before it (`between`, the words
 * from that estimate's end): its ", of which" or the next item of the same series (v278).
 * @example partOfEstimate('costs CHF 1,210 million a year, of which ', ' a year, of which ') // true
 * @example partOfEstimate('…, of which CHF 1,020 million falls on the AHV and ', ' falls on the AHV and ') // true
 * @example partOfEstimate('costs CHF 1,210 million a year and ', ' a year and ') // false
 * @example partOfEstimate('$50 billion, of which ', ', of which ', ' has been disbursed') // false
 */
export function partOfEstimate(before: string, between: string, after = ''): boolean {
  return (
    (OF_WHICH_BETWEEN_RE.test(between) ||
      (OF_WHICH_BEFORE_RE.test(before) && SERIES_AND_BETWEEN_RE.test(between))) &&
    // "of which $20 billion has been disbursed": a part told with a past verb of its own is done.
    !PART_DONE_AFTER_RE.test(after)
  );
}

/** Right after a part, a past or perfect verb of its own: " has been disbursed", " was spent". */
const PART_DONE_AFTER_RE =
  /^[^,;:.]{0,20}?\b(?:has|have|had|was|were)\b|^[^,;:.]{0,20}?\b[a-z]{3,}ed\b(?!\s+(?:for|to|on)\b)/i;
