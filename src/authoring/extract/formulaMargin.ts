// One reader of a formula's margin that the spread rules of candidates.ts (v96, v127, v191) do not
// reach because of how the formula is written (v258, from the fresh sets ho308, ho311 and ho312):
// a margin added after a long description of the rate that closes with a comma ("the average of
// the best lending rates quoted by the three note-issuing banks over the review period, plus 1.5
// percentage points"), added to or taken from a "base" the document defined before ("individuals
// receive the base plus 2 percentage points"), named as the formula's margin or deduction ("the
// margin is half a percentage point", "the deduction of 1 percentage point is too large", "to raise
// the margin payable by public-sector debtors to 9 percentage points"), set in an aside right after
// the rate it defines ("a higher rate for that child, 30 percentage points above their standard
// rate") and written in a table cell after a tariff or rate it is added to ("| Tariff 1 plus 50%
// |"). Each defines one rate from another, no level and no change (README, Traps: v96, v258).
// Pure text work on one sentence; it knows nothing of figures.

import { NUMBER_WORD } from './vocabulary.ts';

/** The number's own words as points ("1.5 percentage points", "half a percentage point", "one
 *  point", "50 basis points"), a "plus" or "minus" allowed before. */
const POINTS_RE = new RegExp(
  String.raw`^(?:plus\s+|minus\s+)?(?:\d[\d.,]*|(?:${NUMBER_WORD})\b|half\s+a)\s?(?:percentage\s+points?|basis\s+points?|pp|p\.p\.|bps?)\b`,
  'i',
);
/** The number at the start of its words, in digits or in words. */
const LEADING_NUMBER_RE = new RegExp(
  String.raw`^(?:plus\s+|minus\s+)?(?:\d[\d.,]*|half\s+a|(?:${NUMBER_WORD})\b)`,
  'i',
);
/** The number's own words as a bare percent ("50%", "4 per cent"). */
const PERCENT_RE = /^(?:plus\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)$/i;

/** Right before the points, a rate described at length up to a comma and "plus", "less" or
 *  "minus": "the average of the best lending rates quoted by the three note-issuing banks over
 *  the review period, plus ". No stop, colon or semicolon between the rate and the operator. */
const DESCRIBED_RATE_COMMA_BEFORE_RE =
  /\b(?:rates?|yields?)\s+(?:of|on|quoted|published|offered|set|charged|paid|applied|fixed|determined|used)\b[^.;:]{1,100}?,\s+(?:plus|less|minus)\s+$/i;
/** Right before the points, a base the formula builds on and its operator: "the base plus ",
 *  "that base less ", "the base rate minus " (a base rate is a rate; the bare "base" is the one a
 *  document defined a sentence before). No number between ("the base of 2% plus"). */
const BASE_OPERATOR_BEFORE_RE =
  /\b(?:the|that|this|its|their|a)\s+(?:[\w-]+\s+)?base\s+(?:plus|less|minus)\s+$/i;
/** Right before the points, the formula's margin or deduction named, then "of", a copula or "to"
 *  after a verb that sets it: "the margin is ", "the deduction of ", "the add-on will be ",
 *  "raise the margin payable by public-sector debtors to ". A margin of profit, of a business or
 *  a market's ("the operating margin", "the net interest margin") is no formula's. */
const NAMED_MARGIN_BEFORE_RE =
  /\bthe\s+(?:margin|deduction|add-?on|mark-?up)\s+(?:(?:of|is|will\s+be|would\s+be|becomes)\s+|(?:payable|charged|added|applied|deducted)\b[^.;:,]{0,60}?\bto\s+)$/i;
/** Before "the margin … to", a verb that sets it (the margin moved by a market keeps its level). */
const MARGIN_SET_VERB_RE =
  /\b(?:raise|raising|raised|lower|lowering|lowered|cut|cutting|set|setting|increase|increasing|increased|reduce|reducing|reduced|fix|fixing|fixed)\s+the\s+(?:margin|deduction|add-?on|mark-?up)\b[^.;:,]{0,60}?\bto\s+$/i;
/** Right after the noun of "the margin": a profit margin's own words ("the margin of the shop"). */
const NOT_MARGIN_AFTER_RE = /^\s*(?:on|in)\s+(?:sales|revenue|turnover)\b/i;
/** Right before the points, a rate named and an aside that opens with a comma: "a higher rate for
 *  that child, ", "the penalty rate, ". */
const RATE_ASIDE_BEFORE_RE =
  /\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?rates?\b(?:\s+(?:for|on|of)\s+[^.;:,]{1,40})?,\s+$/i;
/** Right after the points, the other rate they are set over or under: " above their standard
 *  rate", " below the ordinary rate". */
const OVER_RATE_AFTER_RE =
  /^\s*(?:percentage\s+points?|basis\s+points?|points?|pp)?\s*(?:above|over|below|under)\s+(?:the|their|its|his|her|a|an)\s+(?:[\w'’-]+\s+){0,3}?rates?\b/i;
/** In a pipe table's cell, before the percent, words naming a tariff, rate, fare or charge and
 *  "plus": "| Tariff 1 plus ", "| Day rate plus ". */
const CELL_PLUS_BEFORE_RE =
  /\|\s*(?:[\w'’-]+\s+){0,3}?(?:tariffs?|rates?|fares?|charges?|prices?)(?:\s+\d{1,2}|\s+[A-Z])?\s+(?:plus|\+)\s+$/i;

/** Right before a percent, a rule's modal and "equal" or "be": "which shall equal ", "the
 *  adjustment must be ". */
const MODAL_EQUAL_BEFORE_RE =
  /\b(?:shall|must|is\s+to|are\s+to)\s+(?:equal|be(?:\s+equal\s+to)?)\s+(?:about\s+)?$/i;
/** From the percent, "of" and a measure a formula works out: "60 percent of the percentage change
 *  in", "75% of the average". */
const TERM_OF_MEASURE_RE =
  /^\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:average|mean|median|change|rise|increase|growth|difference|excess|shortfall)\b/i;

/**
 * Whether the number at [start, end) in `sentence` is a formula's margin over or under another
 * rate, in one of the ways the v258 sets wrote it.
 *
 * @example formulaMargin('The rate is the average of the rates quoted by banks over the period, plus 1.5 percentage points.', 75, 97) // true
 * @example formulaMargin('The spread widened to 2.1 percentage points.', 22, 44) // false
 */
export function formulaMargin(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const stated = sentence.slice(start, end);
  const after = sentence.slice(end);
  const points = POINTS_RE.test(stated);
  if (points) {
    if (DESCRIBED_RATE_COMMA_BEFORE_RE.test(before)) return true;
    if (BASE_OPERATOR_BEFORE_RE.test(before)) return true;
    if (NAMED_MARGIN_BEFORE_RE.test(before) && !NOT_MARGIN_AFTER_RE.test(after)) {
      // "to" needs a verb that sets the margin; "of" and the copula name it as it stands.
      if (!/\bto\s+$/i.test(before) || MARGIN_SET_VERB_RE.test(before)) return true;
    }
    // The points' own words may run on into "above": read from right after the number.
    const tail = sentence.slice(start).replace(LEADING_NUMBER_RE, '');
    if (RATE_ASIDE_BEFORE_RE.test(before) && OVER_RATE_AFTER_RE.test(tail)) return true;
  }
  // "which shall equal 60 percent of the percentage change in the Consumer Price Index": the term a
  // rule's modal sets a sum by (v137's term, its verb "equal").
  if (MODAL_EQUAL_BEFORE_RE.test(before) && TERM_OF_MEASURE_RE.test(sentence.slice(start)))
    return true;
  // "| Tariff 1 plus 50% |": the whole cell is a formula, the percent its margin.
  if (PERCENT_RE.test(stated) && CELL_PLUS_BEFORE_RE.test(before) && /^\s*\|/.test(after))
    return true;
  return false;
}
