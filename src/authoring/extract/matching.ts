// Finds the figures inside one sentence: percentages and percentage points, ranges, currency
// amounts, multipliers and fractions, each with the kind its words give it.
// Works on one sentence's text (UTF-16 offsets within it); it builds no figures and reads no files.

import { otherMeasureMultiple } from './otherMeasureMultiple.ts';
import { appraisalRate } from './appraisalRate.ts';
import { bondPrice } from './bondPrice.ts';
import { referenceSum } from './referenceSum.ts';
import type { FigureKind, FigureStatus } from '../../model/figure.ts';
import { readStatedRange } from '../../model/statedRange.ts';
import { bareFromAmount as bareFromReading } from '../../model/statedValue.ts';
import { signedExec, signedMatches, signedPattern } from '../../model/looseSign.ts';
import { compiledAhead, subjectKindOf } from './compileAhead.ts';
import { ratioDenominator } from '../../model/ratioDenominator.ts';
import { rateOfInterest } from '../../model/rateOfInterest.ts';
import { measureKind } from './measure.ts';
import { carriedMeasure } from './carry.ts';
import { type KindReading, percentOf } from './kind.ts';
import { fallColumnCell, riseColumnCell } from '../../model/pipeColumn.ts';
import { pipeCellKind } from './cellKind.ts';
import { levelFrom, levelTo } from './levelPair.ts';
import { changePart } from './breakdown.ts';
import { negotiatedRise } from './negotiatedRise.ts';
import { riseReferent, risesBefore } from './riseReferent.ts';
import { payAsked } from './offeredLevel.ts';
import { membershipBound } from './membership.ts';
import { classBound } from './classBound.ts';
import { scheduleBound } from './scheduleBound.ts';
import { changeRate, levelRate } from './levelRate.ts';
import { otherGroupLevel } from './otherGroupLevel.ts';
import { sameMeasureGroups } from './sameMeasureGroups.ts';
import { heldBack } from './heldBack.ts';
import { comparedStandard, setPriceStandard } from './attachment.ts';
import { supposition } from './supposed.ts';
import { foreseenChangeByRange, riseByRange } from './riseByRange.ts';
import { JAPANESE_SCRIPT_RE, japaneseFigures } from './japanese.ts';
import { CYRILLIC_RE, russianFigures } from './russian.ts';
import {
  BASIS_POINTS_RE,
  DECREASE,
  DOWN_COMPARATIVE,
  DOWN_NOUN,
  UP_NOUN,
  FRACTION,
  FRACTION_DIGITS,
  FROM_CURRENT,
  FROM_PERCENT_TO_BEFORE,
  LEVEL_PERIOD,
  NEAR_HEDGE,
  NUMBER_WORD,
  NUMBER,
  LIST_NUMBER,
  ONE_IN,
  POINT_AND_A_HALF,
  PERCENT_AND_A_HALF,
  UP_VERB,
  DOWN_VERB,
  PLUS_MINUS,
  namedCurrency,
  CODE_NUMBER_AHEAD,
  CURRENCY_SIGN,
  CURRENCY_WORD,
  readNumber,
  readOneIn,
  SCALE,
  UP_COMPARATIVE,
  stackedGroups,
  HUNDREDTH_NAMES,
  HUNDREDTH_WORD,
  NOT_OF_A_PERCENT,
} from '../../model/numberVocabulary.ts';

const ONE_IN_RE = new RegExp(ONE_IN, 'gi');
/** An amount's words with a scale ("$2 billion", "€40m", "Rs 85 crore", "US$ 1.2 bilhão"): a sum,
 *  never a face value or one currency's price in another. One test, for both of those readings. */
const SCALED_AMOUNT_RE = new RegExp(String.raw`(?:\b|(?<=\d))(?:${SCALE}|m|k|b)\b|illion`, 'i');
import {
  AMOUNT_BARE_RE,
  CHANGE_NOUN,
  CHANGE_QUALIFIER,
  VERB,
  WEIGHT_BEFORE_RE,
  AMOUNT_RANGE_RE,
  amountRangeAsWritten,
  AMOUNT_CODE_SCALE_RE,
  AMOUNT_DOWN_BEFORE_RE,
  AMOUNT_MINUS_WORD_BEFORE_RE,
  AMOUNT_SIGN_RE,
  AMOUNT_WORD_RE,
  BASE_AFTER_RE,
  BRACKET_LIST_PREDICATE_AFTER_RE,
  COMPARED_AVERAGE_BEFORE_RE,
  GROWTH_LIST_AT_BEFORE_RE,
  GROWTH_LIST_BRACKET_BEFORE_RE,
  LIST_ITEM_AT_BETWEEN_RE,
  LIST_TAIL_AT_BETWEEN_RE,
  MEASURE_BEFORE_RE,
  BASE_BEFORE_RE,
  COMPARED_BETWEEN_RE,
  FROM_BETWEEN_RE,
  COUNTED_NOUN_RE,
  OWN_PHRASE_START_RE,
  CHANGE_AFTER_RE,
  MARGIN_BRACKET_AFTER_RE,
  CHANGE_BEFORE_RE,
  AMOUNT_OR_RISE_BEFORE_RE,
  AMOUNT_OR_RISE_LIST_BEFORE_RE,
  FRENCH_CHANGE_BEFORE_RE,
  SPANISH_CHANGE_BEFORE_RE,
  PORTUGUESE_CHANGE_BEFORE_RE,
  CHANGE_BRACKET_BEFORE_RE,
  CHANGE_OR_BEFORE_RE,
  ELIDED_BY_AMOUNT_BRACKET_BEFORE_RE,
  PLAN_DISTANCE_OR_BEFORE_RE,
  ELIDED_BY_RE,
  STEPS_OF_BEFORE_RE,
  FORECAST_WORD_RE,
  PAST_HEDGE_BEFORE_RE,
  PARTICIPLE_TO_BETWEEN_RE,
  REFERS_BACK_LEAD_RE,
  EFFECT_BEFORE_RE,
  RATE_AFTER_RE,
  LISTED_BRACKET_BEFORE_RE,
  LIST_THEN_COMPARATIVE_AFTER_RE,
  OR_AMOUNT_THEN_COMPARATIVE_AFTER_RE,
  orAmountThenComparativeAsWritten,
  AMOUNT_OR_BEFORE_RE,
  RESTATED_COMPARATIVE_AFTER_RE,
  AMOUNT_ONLY_BRACKET_BEFORE_RE,
  VERB_LIST_BRACKET_BEFORE_RE,
  EARLIER_VALUE_BRACKET_BEFORE_RE,
  BARE_FORECAST_SUBJECT_RE,
  NAMED_FORECAST_SUBJECT_RE,
  ASIDE_VERB_BY_BEFORE_RE,
  REVISED_FROM_BEFORE_RE,
  PREDICTION_INTERVAL_BEFORE_RE,
  AMOUNT_FRACTION_RE,
  ELIDED_WHOLE_FRACTION_RE,
  WHOLE_SUM_BEFORE_RE,
  WITH_PART_FRACTION_RE,
  SUBJECT_FRACTION_RE,
  GERMAN_FRACTION_SHARE_RE,
  REVISED_FROM_BRACKET_BEFORE_RE,
  FOLD_CHANGE_RE,
  FRONTED_CHANGE_AFTER_RE,
  FRONTED_WITH_BEFORE_RE,
  GAP_BARRIER_RE,
  FOLD_RE,
  FLOW_PACE_BEFORE_RE,
  PACE_TO_BEFORE_RE,
  FRACTION_OF_RE,
  FRACTION_OF_EARLIER_AT_RE,
  APPROX,
  NAMED_PERCENT_CHANGE_RE,
  POSSESSIVE_WHOLE_RE,
  FRACTION_TIME_AFTER_RE,
  FRACTION_TIME_BEFORE_RE,
  HEDGE_BEFORE_RE,
  PERMITTED_BOUND_BEFORE_RE,
  LEVEL_BEFORE_RE,
  MOTION_UP_TO_RE,
  MULTIPLIER_RE,
  POINTS_BRACKET_BEFORE_RE,
  AMOUNT_BRACKET_BEFORE_RE,
  withoutPeriods,
  PERCENT_RE,
  PLUS_MINUS_RE,
  BAND_BARE_LEVEL_RE,
  BAND_CENTRE_BEFORE_RE,
  TOLERANCE_RE,
  POINTS,
  RANGE_RE,
  RATE_LEVEL_LEAD_RE,
  REFERENCE_BEFORE_RE,
  SHARED_PERCENT_LIST_BEFORE_RE,
  SHARED_PERCENT_LIST_RE,
  SUBJECT_KIND_RE,
  SHARE_CUE_RE,
  SHARED_SCALE_AFTER_RE,
  sharedScaleAfterAsWritten,
  SHARED_CURRENCY_AFTER_RE,
  EXPECTED_RE,
  EACH_UNIT_AFTER_RE,
  GRANT_UP_TO_BEFORE_RE,
} from './vocabulary.ts';

export interface Match {
  start: number; // UTF-16, relative to the sentence
  end: number;
  kind: FigureKind;
  /** Set when the matcher computes it (from-to); else read back from the stated words. */
  value?: number;
  /** Both ends, when the words state a range. */
  range?: { low: number; high: number };
  prefer?: 'up' | 'down';
  object?: string;
  /** Set when the words themselves decide the status ("as much as", the start of "from … to"). */
  status?: FigureStatus;
  /** Where its own number starts, when its stated words borrow an earlier figure's verb
   *  ("decreased by 41.9% and 12.6%"): only this part must not overlap another figure. */
  own?: number;
  /** Where its own words end, when its stated words run on to a later figure's comparative
   *  ("0.9% and imports 1.8% lower"): only the part before must not overlap another figure. */
  ownEnd?: number;
  /** Set on a range whose own words give no kind (no verb, no "of", no level word). */
  guessed?: boolean;
  /** Where the own number of the figure whose verb this one borrows starts ("grow by 3.5 per cent
   *  in 2033, and by 2.0 per cent in 2034"): it shares that figure's status. */
  statusFrom?: number;
  notes: string[];
}

/** What the text before a sentence says of the kind of its first number, when that number's own
 *  clause says nothing (no verb, no "of", no level word): a list's lead-in, or the sentence before. */
export interface SentenceContext {
  /** The sentence opens an item of a list whose lead-in names a change ("Traffic increases by
   *  region were as follows:" above "• Middle East, 11.5%."); its status is the lead-in's. */
  listChange?: { prefer?: 'up' | 'down'; status?: FigureStatus };
  /** The sentence before, in the same paragraph, ended on a change ("has increased by 4.3%."), which
   *  "It is 3.2% for core products" refers back to. */
  previousChange?: boolean;
  /** The last figure of the document before this sentence, in any paragraph, is a change: "The
   *  forecast for Valmora remains unchanged at 5.2%" goes on with the growth named above it. */
  earlierChange?: boolean;
  /** The sentence before, in the same paragraph, opened with a subject of this kind ("Headline
   *  inflation continued to decline."), which a pronoun subject carries on ("It is expected to
   *  average 2.6%", inflation's level, so a change). */
  openingSubject?: 'change' | 'level';
  /** The sentence before (in any paragraph) names a change measure ("the 11 countries projected to
   *  grow strongly in 2034", "raised its inflation forecasts for 2034"), which a subject that only
   *  points back ("These are A (7.2%), …", "the revised forecasts were 3.4 percent for 2034") lists:
   *  a forecast when that sentence forecasts. */
  carriedLead?: { forecast: boolean };
  /** The paragraph stands under a heading that names a change ("Growth by sector"): a first
   *  number whose own words give no kind ("Industry posted 3.2 percent") is a change. */
  headingChange?: boolean;
  /** The kind of the measure the sentence before (or the heading above) named last ("the
   *  inflation forecast was revised"), which a number whose own sentence names none takes. */
  previousMeasure?: 'change' | 'share';
  /** The kind of the measure the sentence before named last (or, when it names none, the one
   *  before it), in any paragraph, none across a heading: what a subject that only points back
   *  ("Today it's at 2.2 per cent") is of. */
  measureBefore?: 'change' | 'share';
  /** The text says its estimates come from a sample or carry a margin of error ("The estimates
   *  are based on a sample of shops", "is not statistically significant"): a bare percent in
   *  brackets right after a change is that change's margin, no figure (see bareMargin). */
  sampledEstimates?: boolean;
  /** The acronyms the text gives a noun of change ("the average annualised wage increase (AAWI)"),
   *  which a later "the AAWI was 3.8%" reads as that noun (see changeAcronyms). */
  changeAcronyms?: readonly string[];
  /** The sentences before, in the same paragraph, named a scenario or a stress test ("The scenario
   *  for the exercise is severe.") and kept describing it, which "It includes …", "Under it, …" or
   *  a sentence that goes on with its paths in the present ("Rents drop 9%.") continues. */
  scenarioBefore?: boolean;
  /** The paragraph is a worked example: under a heading that names one ("Worked example"), after a
   *  lead-in that introduces one ("The following example shows …:"), or opening by supposing a
   *  member ("Suppose a graduate earns …"). Every number of it is illustrative (supposed.ts). */
  workedExample?: boolean;
  /** The sentence before, in the same paragraph, named a share of a whole ("Climate protection
   *  accounted for about 57% of commitments."), which a fraction that leaves its whole out takes
   *  ("Sub-Saharan Africa received around a third"). */
  wholeBefore?: boolean;
  /** The sentence before, in the same paragraph, named a sum or a percent ("Banks extended NOK 48
   *  billion in new mortgages."), the whole a fraction that opens the next one may be of ("Roughly
   *  half carried a fixed rate"). */
  sumBefore?: boolean;
  /** The year of the document's dateline, which an estimate of a year is read against (a Russian
   *  "оценивается в" of the running year is expected, of a year over actual). */
  documentYear?: number;
  /** The sentence is an item of a list whose lead-in counts out one unit of money ("Of every £1
   *  spent on National Lottery games:" above "- Prizes: 54.6p"): its pence are a ratio, no sum. */
  eachUnitLeadIn?: boolean;
  /** The sentence before, in the same paragraph, names a rise of a price or a payment by its noun
   *  ("Universities had asked for increases of up to 6.0%."), whose size a bare "the caps were"
   *  or "the 3.9 per cent limit" gives (riseReferent.ts, v217). */
  riseBefore?: boolean;
  /** The bounds the text before the sentence named on a rise ("the limit on rent increases"), by
   *  their nouns' stems, which a bare "The limit for that year was" takes up (riseReferent.ts,
   *  v260). */
  riseBoundsBefore?: readonly string[];
}

/** Before a range, the level it was changed from: "from initial 2.5 % to ". Group 1 is that level. */
const FROM_LEVEL_TO_BEFORE_RE =
  /\bfrom\s+(?:[a-z]+\s+)?([-–−‑]?\s?\d[\d.,]*\s?(?:%|per\s?cent))\s+to\s+$/i;

/** A percent or a range of percents written in digits: "6.3 per cent", "3 to 3.5 per cent". */
const LAST_PERCENT_RE =
  /(?<![\d.,])\d[\d.,]*(?:\s?(?:%|per\s?cent|percent))?(?:\s*(?:to|[-–])\s*\d[\d.,]*)?\s?(?:%|per\s?cent|percent)/gi;

/** The note on every range a sentence states. */
const RANGE_NOTE =
  'A range: both ends are stated; the data contract carries it as "range": {low, high}.';
const POINTS_END_RE = new RegExp(`${POINTS}$`, 'i');
const LIST_NUMBER_RE = new RegExp(LIST_NUMBER, 'g');
/** One end of a range: its own minus (not the dash after a number) and its digits. */
const RANGE_NUMBER_RE = new RegExp(
  String.raw`(?:(?<![\d½⅓⅔¼¾⅛⅜⅝⅞%t]\s?)([-–−‑])\s?)?(${FRACTION_DIGITS}|\d[\d,]*(?:\.\d+)?|\b(?:${NUMBER_WORD})\b(?!-))`,
  'gi',
);

/**
 * Every figure in a sentence, longest span first wins where two overlap, in reading order.
 * @example matchFigures('Exports rose 5% and imports fell 2%.').map((m) => [m.kind, m.prefer]) // [['change', 'up'], ['change', 'down']]
 */
export function matchFigures(sentence: string, context: SentenceContext = {}): Match[] {
  // A Japanese sentence ("332億ドル(6.6%増)") or a Russian one ("рост ВВП … в 1,3%") is read by its
  // own module; none of the English patterns below applies to it.
  if (JAPANESE_SCRIPT_RE.test(sentence)) return japaneseFigures(sentence);
  if (CYRILLIC_RE.test(sentence)) return russianFigures(sentence, context.documentYear);
  const found: Match[] = [
    ...ranges(sentence, context.openingSubject),
    ...amountRanges(sentence),
    ...bands(sentence),
    ...multipliers(sentence),
    ...amounts(sentence, context.eachUnitLeadIn),
    ...fractionShares(sentence, context.wholeBefore, context.sumBefore),
    ...oneInShares(sentence),
    ...pointsAndAHalf(sentence),
    ...percentsAndAHalf(sentence),
    ...namedPercentChanges(sentence),
    ...sharedPercentLists(sentence),
    ...bareYearReadings(sentence),
    ...bandLevels(sentence),
  ];
  found.push(...percentages(sentence, context));
  // The half-width of a tolerance band ("3% +/- 1 pp") is no figure, in any reading of its words.
  const tolerances = toleranceBands(sentence);
  if (tolerances.length > 0) {
    const outside = (m: Match) =>
      tolerances.every(([s, e]) => (m.ownEnd ?? m.end) <= s || (m.own ?? m.start) >= e);
    found.splice(0, found.length, ...found.filter(outside));
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Match[] = [];
  const from = (m: Match) => m.own ?? m.start;
  const to = (m: Match) => m.ownEnd ?? m.end;
  for (const m of found) {
    if (kept.every((k) => to(m) <= from(k) || from(m) >= to(k))) kept.push(m);
  }
  kept.sort((a, b) => from(a) - from(b));
  const crossed = kept.filter(
    (m) =>
      !thresholdCrossed(sentence, m) &&
      membershipBound(sentence, m) === undefined &&
      !classBound(sentence, m) &&
      !scheduleBound(sentence, m) &&
      heldBack(sentence, m) === undefined &&
      !answerBand(sentence, m) &&
      !denomination(sentence, m) &&
      !productGrade(sentence, m) &&
      !benchmarkDifferential(sentence, m) &&
      !appraisalRate(sentence, m) &&
      !planTolerance(sentence, m) &&
      !unknownScale(sentence, m) &&
      !probability(sentence, m) &&
      !votingRule(sentence, m) &&
      !perUnit(sentence, m) &&
      !(m.kind === 'amount' && bondPrice(sentence, m)) &&
      !(
        m.kind === 'amount' &&
        !SCALED_AMOUNT_RE.test(sentence.slice(m.start, m.end)) &&
        referenceSum(sentence.slice(0, ownStart(m)), sentence.slice(m.end))
      ) &&
      !sumOfParts(sentence, m) &&
      !securityName(sentence, m) &&
      !scalePoint(sentence, m) &&
      !boundMeaning(sentence, m) &&
      !criterionBound(sentence, m) &&
      !marginOfError(sentence, m) &&
      !roundingUnit(sentence, m) &&
      !bareMargin(sentence, m, kept, context) &&
      !bandWidth(sentence, m) &&
      !indexLevel(sentence, m) &&
      !groupGap(sentence, m) &&
      !otherGroupLevel(sentence, m) &&
      !otherPriceGap(sentence, m) &&
      !undercutGap(sentence, m) &&
      supposition(sentence, m, context) === undefined &&
      !(
        m.kind === 'amount' &&
        CENT_ADJECTIVE_RE.test(sentence.slice(ownStart(m), m.ownEnd ?? m.end)) &&
        SALES_TAX_AFTER_RE.test(sentence.slice(m.ownEnd ?? m.end))
      ) &&
      !(
        m.kind === 'amount' &&
        WEIGHT_ADJECTIVE_RE.test(sentence.slice(from(m), to(m))) &&
        PLURAL_NOUN_AFTER_RE.test(sentence.slice(to(m)))
      ) &&
      !dateNumber(sentence, m) &&
      !otherCurrencyAfter(sentence, m) &&
      !exchangeQuote(sentence, m),
  );
  // "turnover of at least 20 million yuan (about 2.8 million US dollars)": the bracketed
  // conversion of a bound that is no figure is the same bound, so it goes with it. So does the
  // bound's earlier level in brackets: "The top rate applies to taxable income above CHF 312,400
  // for single persons (previously CHF 306,000)" (v276).
  const converted = crossed.filter(
    (m) =>
      !kept.some(
        (k) =>
          k.kind === m.kind &&
          !crossed.includes(k) &&
          ((m.kind === 'amount' && CONVERSION_BETWEEN_RE.test(sentence.slice(to(k), from(m)))) ||
            EARLIER_BOUND_BETWEEN_RE.test(sentence.slice(to(k), from(m)))) &&
          /^\s*\)/.test(sentence.slice(to(m))),
      ),
  );
  // "Change orders that exceed $100,000 or 10% of the original contract require a Council
  // resolution", "damage exceeding EUR 3 billion in 2011 prices or 0.6% of the country's gross
  // national income": a second bound joined by "or" to a bound that sorts members or sets a
  // criterion is the same criterion's other arm, so it goes with it (v162); a level reached,
  // "Exports exceeded $2 billion or 5% of GDP in 2033", keeps both.
  const alternatives = converted.filter((m) => {
    const previous = kept[kept.indexOf(m) - 1];
    return (
      previous === undefined ||
      crossed.includes(previous) ||
      !BOUND_ALTERNATIVE_BETWEEN_RE.test(sentence.slice(to(previous), from(m))) ||
      (membershipBound(sentence, previous) === undefined && !criterionBound(sentence, previous))
    );
  });
  // "loans with a grant element of at least 35%, calculated at a discount rate of 9%, count as
  // concessional": the rate in an aside on how a bound that sorts items is measured is part of
  // that criterion, so it goes with it; "exports rose by more than 3%, calculated at constant
  // prices" has no criterion before its aside.
  // The bound may be a bare number no figure reads ("schemes with a benefit-cost ratio above 1.5,
  // using a 3.5% discount rate, were funded"), and the aside may name the rate after its number.
  const criteria = alternatives.filter((m) => {
    const previous = kept[kept.indexOf(m) - 1];
    const bare = BARE_BOUND_BEFORE_ASIDE_RE.exec(sentence.slice(0, from(m)));
    const bound =
      bare && (previous === undefined || to(previous) <= bare.index)
        ? { start: bare.index, end: bare.index + bare[1]!.length, kind: 'share' as const }
        : previous;
    return (
      bound === undefined ||
      (previous !== undefined && bound === previous && crossed.includes(previous)) ||
      membershipBound(sentence, bound) === undefined ||
      !MEASURED_ASIDE_BETWEEN_RE.test(sentence.slice(bound.end, from(m))) ||
      !ASIDE_CLOSES_AFTER_RE.test(sentence.slice(to(m)))
    );
  });
  let matches = parallelClauses(
    sentence,
    fromLevels(sentence, headed(sentence, coordinatedRanges(sentence, criteria))),
  );
  matches = indexBaseLevels(sentence, matches);
  matches = bareFromLevels(sentence, matches);
  matches = bareToLevels(sentence, matches);
  matches = placedRanges(sentence, matches);
  matches = surveyAnswers(sentence, answerShares(sentence, matches));
  matches = recoveredLevels(sentence, matches);
  matches = heldStakes(sentence, fromPartLevels(sentence, matches));
  matches = signedRowCells(sentence, matches);
  matches = bracketedListChanges(sentence, matches);
  matches = voteTallies(sentence, matches);
  // "3 billion shekels less than the planned deficit", "6% more than it had budgeted": a number
  // measured against a plan is an outturn; the plan is only what it is compared with.
  // A sentence that forecasts anything ("is forecast at", "will", "next year") keeps its reading.
  const unplanned = sentence.replace(PLAN_WORD_RE, 'plan');
  const planOnly = !EXPECTED_RE.test(unplanned) && !FUTURE_WORD_RE.test(unplanned);
  // "Revenue came to $4.1 billion in 2030, against the $3.9 billion budgeted": so is an outturn set
  // against the sum budgeted, unless the sentence names a year not yet over ("budgeted for 2032").
  const yearAhead = [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].some(
    (y) => context.documentYear !== undefined && Number(y[0]) >= context.documentYear,
  );
  matches = matches.map((m) =>
    planOnly &&
    m.status === undefined &&
    (AGAINST_PLAN_AFTER_RE.test(sentence.slice(ownStart(m))) ||
      (!yearAhead && AGAINST_PLAN_SUM_AFTER_RE.test(sentence.slice(m.ownEnd ?? m.end))))
      ? { ...m, status: 'actual' }
      : m,
  );
  // "signed a facility agreement to open a credit line of up to EUR 250 million": the purpose of a deal
  // signed is in force; "Valued at $22 million overall, the new programmes will support …": a fronted size of what
  // was launched is not hedged by the "will" of what it is for; "a flash estimate of 0.7%
  // growth": an earlier estimate is data. A sentence that forecasts otherwise keeps its reading.
  const stated = sentence.replace(PLAN_WORD_RE, 'plan');
  const settledSize = (m: Match): boolean => {
    const before = sentence.slice(0, from(m));
    if (SIGNED_FOR_BEFORE_RE.test(before)) return !UNSETTLED_RE.test(sentence);
    if (FRONTED_SIZE_BEFORE_RE.test(before))
      return (
        !EXPECTED_RE.test(stated.replace(/\bwill\b/gi, '')) &&
        !UNSETTLED_RE.test(stated.replace(/\bwill\b/gi, ''))
      );
    if (EARLIER_ESTIMATE_BEFORE_RE.test(before))
      return !EXPECTED_RE.test(stated) && !FUTURE_WORD_RE.test(stated);
    return false;
  };
  matches = matches.map((m) =>
    (m.status === undefined ||
      (m.status === 'expected' && SIGNED_FOR_BEFORE_RE.test(sentence.slice(0, from(m))))) &&
    settledSize(m)
      ? { ...m, status: 'actual' }
      : m,
  );
  // "Just over $2 trillion of investment is going to roads": a sum told as flowing now, in the
  // present progressive, is this period's flow, not over yet; "went to" keeps the old reading.
  matches = matches.map((m) =>
    m.status === undefined &&
    m.kind === 'amount' &&
    FLOWING_NOW_AFTER_RE.test(sentence.slice(m.ownEnd ?? m.end))
      ? { ...m, status: 'expected' }
      : m,
  );
  // "the bank's projections released in March, which showed growth of 0.7 per cent this year": what
  // a forecast named before a relative clause showed is that forecast's.
  matches = matches.map((m) =>
    m.status === undefined && FORECAST_WHICH_SHOWED_BEFORE_RE.test(sentence.slice(0, from(m)))
      ? { ...m, status: 'expected' }
      : m,
  );
  // "CZK 8.8 billion, some CZK 2.1 billion less than in 2030 (without the reform, receipts would
  // be …)": a counterfactual in brackets hedges only its own numbers; outside it, a sentence that
  // forecasts nothing states outturns.
  const asides = [...sentence.matchAll(COUNTERFACTUAL_ASIDE_RE)];
  if (asides.length > 0) {
    const rest = asides
      .reduce((t, a) => t.replace(a[0], ' '), sentence)
      .replace(PLAN_WORD_RE, 'plan');
    if (
      !EXPECTED_RE.test(rest) &&
      !FUTURE_WORD_RE.test(rest) &&
      !/\b(?:could|might|may)\b/i.test(rest)
    ) {
      matches = matches.map((m) =>
        m.status === undefined &&
        asides.every((a) => to(m) <= a.index || from(m) >= a.index + a[0].length)
          ? { ...m, status: 'actual' }
          : m,
      );
    }
  }
  // "to contribute 95.91%": a part of the whole in percent is a share of it, whatever verb of
  // change came before; a contribution in points stays a change. The finite verb with no whole
  // after it, "services contributed 1.2%" or "contributed 0.4% to growth", states a contribution to
  // growth in percent: a change ("contributed 12% of total exports" names the whole, a share). So
  // does the participle before the end of its clause or the growth it went to ("grew by 4.8%,
  // contributing 21.5% to overall growth"; "contributing 12% of total exports" stays a share).
  matches = matches.map((m) => {
    const before = sentence.slice(0, m.start);
    const after = sentence.slice(m.end);
    const toGrowth =
      CONTRIBUTING_BEFORE_RE.test(before) &&
      /^%/.test(sentence.slice(m.end - 1)) &&
      CONTRIBUTION_END_RE.test(after);
    return m.kind === 'change' &&
      CONTRIBUTE_BEFORE_RE.test(before) &&
      !/point|p\.\s?p\.|\bpp\b/i.test(sentence.slice(m.start, m.end)) &&
      !(CONTRIBUTED_BEFORE_RE.test(before) && !/^\s+of\b/i.test(after)) &&
      !toGrowth
      ? { ...m, kind: 'share', prefer: undefined, guessed: false }
      : m.kind === 'share' &&
          ((CONTRIBUTED_BEFORE_RE.test(before) &&
            /^%/.test(sentence.slice(m.end - 1)) &&
            CONTRIBUTION_END_RE.test(after)) ||
            toGrowth)
        ? { ...m, kind: 'change', prefer: undefined, guessed: false }
        : m;
  });
  matches = matches.map((m) => ratioToOutput(sentence, m));
  // "prices of KSh 176 a litre, inclusive of VAT at 16%": a tax named right before "at" and its
  // percent is the tax's rate, a level, whatever change the prices around it invite; "VAT rose 2%"
  // keeps the old reading.
  matches = matches.map((m) =>
    m.kind === 'change' && TAX_AT_BEFORE_RE.test(sentence.slice(0, m.start))
      ? { ...m, kind: 'share', prefer: undefined, guessed: false }
      : m,
  );
  // "For 2034, growth of 3% is maintained", "The full-year estimate in the Revised National Budget
  // is NOK 262 billion, based on an oil price of NOK 780": a sentence that opens on a year not yet
  // begun, or states the estimate for the whole running year, speaks of what is to come, whatever
  // its verb's tense; a year over named in it ("the full-year estimate for 2031") keeps the reading,
  // and so does a decision for the year ahead ("For 2026, the Board has approved a program of …").
  const opensAhead = FOR_YEAR_OPENING_RE.exec(sentence);
  const yearsNamed = [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  const ahead =
    context.documentYear !== undefined &&
    ((opensAhead !== null &&
      Number(opensAhead[1]) > context.documentYear &&
      !DECIDED_FOR_YEAR_RE.test(sentence)) ||
      (FULL_YEAR_ESTIMATE_RE.test(sentence) &&
        yearsNamed.every((y) => y >= context.documentYear!)));
  if (ahead)
    matches = matches.map((m) => (m.status === undefined ? { ...m, status: 'expected' } : m));
  if (context.carriedLead && POINTING_BACK_SUBJECT_RE.test(sentence)) {
    const forecast = context.carriedLead.forecast;
    // "These are A (7.2%)": only the list's items; "the revised forecasts were 3.4 percent for 2034"
    // and "It was followed by trade, which stood at" name the measure's numbers themselves.
    const itemsOnly = !NUMBERS_POINTED_BACK_RE.test(sentence.slice(0, 160));
    return matches.map((m) => {
      if (LEVEL_NAMED_RE.test(sentence.slice(0, m.start))) return m;
      // "with over half of members (58%) expecting": a part of those asked is no item of the list.
      if (partOfAsked(sentence, m)) return m;
      if (itemsOnly && !LIST_ITEM_BEFORE_RE.test(sentence.slice(0, ownStart(m)))) return m;
      const carried = carriedChange(sentence, m);
      if (carried === m || !forecast || m.status !== undefined) return carried;
      return { ...carried, status: 'expected' };
    });
  }
  return ((context.previousChange || context.earlierChange) &&
    (BARE_FORECAST_SUBJECT_RE.test(sentence) || NAMED_FORECAST_SUBJECT_RE.test(sentence))) ||
    (context.previousChange && OTHER_READINGS_SUBJECT_RE.test(sentence))
    ? matches.map((m) => carriedChange(sentence, m))
    : matches;
}

/** After a sum, its flow told in the present progressive: " of investment is going to", " are
 *  now flowing into", " is being spent on". Not "is going to rise" (a verb after "to"). */
const FLOWING_NOW_AFTER_RE =
  /^\s+(?:(?:a|per)\s+year\s+)?(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:is|are)\s+(?:now\s+)?(?:going|flowing|pouring|being\s+(?:spent|invested|channell?ed|directed))\s+(?:in)?to\s+(?!(?:be|rise|fall|grow|reach|increase|decrease|decline|exceed|top|hit)\b)/i;

/** A subject that only names more of what the sentence before listed, with a copula: "The other
 *  strong results were ", "Other notable outcomes included ". After a sentence that ended on a
 *  change, its numbers are more readings of that change. */
const OTHER_READINGS_SUBJECT_RE =
  /^\s*(?:the\s+)?other\s+(?:[a-z-]+\s+){0,2}?[a-z]+s\s+(?:were|are|include[sd]?)\b/i;

/** After a number, in its own clause, a comparison with a plan: " less than the planned deficit",
 *  " more from gas than it had budgeted", ", or 4%, below what was budgeted". */
const AGAINST_PLAN_AFTER_RE = new RegExp(
  String.raw`^(?:[^.;:]|\.\d){0,160}?\b(?:${UP_COMPARATIVE}|${DOWN_COMPARATIVE}|below|above|short\s+of|ahead\s+of)\s+(?:[^.;:,]{1,40}?\s)?(?:(?:than|of)\s+)?(?:(?:the|what|it|they|he|she|we|was|were|had|has|have|been|government|ministry|treasury|state|original(?:ly)?|initially|earlier)\s+){0,4}(?:planned|budgeted|targeted|envisaged|foreseen|programmed|set\s+in\s+the\s+budget)\b`,
  'i',
);
/** After a sum, in its own clause, the sum of the plan it is set against: " in 2030, against the
 *  $3.9 billion budgeted", ", compared with €3.1 billion planned", ", versus $1.2 billion
 *  programmed". */
const AGAINST_PLAN_SUM_AFTER_RE =
  /^(?:[^.;:]|\.\d){0,80}?\b(?:against|compared\s+(?:with|to)|versus|vs\.)\s+(?:(?:the|an?)\s+)?(?:[^\s\d]{1,4}\s?)?\d[\d.,]*\s*(?:(?:thousand|million|billion|trillion|bn|m)\b)?\s*(?:[A-Z]{3}\s+)?(?:(?:originally|initially)\s+)?(?:planned|budgeted|targeted|programmed)\b/i;

/** The words of a plan that a number may be measured against. */
const PLAN_WORD_RE = /\b(?:planned|budgeted|targeted|envisaged|foreseen|programmed)\b/gi;
/** A sentence that opens on a year: "For 2034, ", "For 2033-34 ," (group 1 is the year). */
const FOR_YEAR_OPENING_RE = /^\s*For\s+((?:19|20)\d\d)(?:[-–/]\d{2,4})?\s*,/i;
/** A decision that sets what the year ahead will have: "the Board has approved an operational
 *  program of US$7.2 billion" (a decision taken is in force, whatever year it is for). */
const DECIDED_FOR_YEAR_RE = /\b(?:approved|adopted|decided|agreed|fixed|set)\b/i;
/** The estimate or forecast for the whole of a year: "The full-year estimate in the Revised
 *  National Budget is", "the annual forecast is". */
const FULL_YEAR_ESTIMATE_RE =
  /\b(?:full-year|full\s+year|whole-year|annual)\s+(?:estimates?|forecasts?|projections?)\s+(?:in|of|for|from|by)?\b[^.;]{0,60}?\b(?:is|are|stands?\s+at|amounts?\s+to|comes?\s+to)\b/i;
/** Words that make a sentence speak of what is to come. */
const FUTURE_WORD_RE =
  /\b(?:will|would|shall|forecasts?|forecasting|foresees?|expects?|expecting|projects?|projecting|next\s+(?:year|month|quarter)|coming\s+(?:year|months)|outlook|to\s+be)\b/i;

/** Between a share with its whole and the next item of its list: the place word the item repeats
 *  (group 1) and a name: " from Norway, ", " in Asia, and ". */
const ELIDED_WHOLE_ITEM_BETWEEN_RE =
  /^\s+(from|to|in|for|by)\s+(?:the\s+)?[A-Z][^\d%;:(),.]{0,40},\s+(?:and\s+)?$/;

/** A list's lead-in that names the share its items are, then the list up to a bracket with no verb:
 *  "by their share of national output, the biggest sectors were: Services (", "by share of
 *  output: A (4.1%), B (". */
const SHARE_LIST_LEAD_BEFORE_RE =
  /\b(?:shares?|proportions?|weights?)\s+(?:in|of)\s+(?:the\s+|total\s+)?[\w-]+[^:;()%\d]{0,60}?:(?:[^:;()]*\([^()]*\)[;,]?)*[^:;()\d%]{1,40}\(\s*$/i;

/** A counterfactual aside in brackets: "(if not for the reform, revenue would have been …)",
 *  "(without the reform, it would be …)", "(had the cut not happened, … would have …)". */
const COUNTERFACTUAL_ASIDE_RE =
  /\(\s*(?:if\s+not\s+for|were\s+it\s+not\s+for|but\s+for|without|absent|had\s)[^()]*?\b(?:would|might|could)\b[^()]*\)/gi;

/** Before a number, a deal signed and what it was signed to set up: "signed a facility
 *  agreement to open a credit line of up to ", "signed a deal to establish a window of ". */
const SIGNED_FOR_BEFORE_RE =
  /(?<!\bto\s)\bsigned\b[^.;:]{0,60}?\b(?:agreements?|deals?|contracts?|accords?|memorand(?:um|a))\s+(?:[^.;:]{0,40}?\s)?to\s+(?:set\s+up|establish|open|create|launch|provide|extend)\b[^.;:]{0,60}$/i;
/** Words that leave a deal or a size still to come: "will", "plans to sign", "next month". */
const UNSETTLED_RE =
  /\b(?:will|would|shall|could|may(?!\s+\d)|might|next|plans?|planning|expects?|expected|to\s+sign|intends?)\b/i;
/** At the start of a sentence, a fronted size: "Worth a total of ", "Valued at ". */
const FRONTED_SIZE_BEFORE_RE =
  /^\s*(?:Worth|Valued\s+at|Totall?ing|Amounting\s+to)\s+(?:(?:a\s+total\s+of|some|about|around|nearly|almost|over|more\s+than)\s+)?$/i;
/** Right before a number, an earlier estimate of the same measure: "set against the first
 *  preliminary estimate of a ", "against a flash estimate of " (not "the previous estimate of", which may be
 *  a forecast revised). */
const EARLIER_ESTIMATE_BEFORE_RE =
  /\b(?:preliminary|initial|flash|advance)\s+(?:estimate|reading|print|figure)\s+of\s+(?:an?\s+)?$/i;

/** A participle that opens a sentence or a "that" clause and takes a subject left unsaid to a
 *  level, right before its number: "After having reached ", "Having peaked at ", "After hitting ". */
const FRONTED_LEVEL_PARTICIPLE_BEFORE_RE =
  /(?:^|\bthat,?\s+|[;:]\s+)(?:after\s+(?:having\s+)?|having\s+)(?:reach(?:ed|ing)|hit(?:ting)?|peak(?:ed|ing)\s+at|st(?:ood|anding)\s+at|averag(?:ed|ing))\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** After that number and its period, the comma that ends the participle and the main clause's
 *  first words, whose measure is the subject's (group 1): "% in 2030, inflation eased". */
const FRONTED_LEVEL_PARTICIPLE_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s+(?:in|at\s+the\s+end\s+of|by|last|this)\s+[\w\s]{1,25}?)?,\s+((?:(?:the|annual|headline|core|consumer\s+price|economic)\s+){0,3}[\w-]+)/i;

/** A clause opening with a change noun as its subject and a verb of its average, total or size,
 *  before the number (or an amount restated with "or"): "Pay hikes at big firms average ", "Wage
 *  increases … averaged ", "Monthly pay rises … have averaged ₩81,200, or ", "Yearly rises in farm
 *  trade … were small, measuring just ". */
const CHANGE_SUBJECT_AVERAGE_BEFORE_RE =
  /^\s*(?:(?:the|monthly|average|annual|yearly|pay|wage|salary|price|rent|fare|tariff|[A-Z][\w-]*)\s+){0,3}(?:hikes|increases|rises|raises)\b[^.;:%]{0,160}?\b(?:averag(?:e|es|ed)|came\s+to|amounted\s+to|measur(?:ed|ing))\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:[^\s\d]{0,4}\s?\d[\d,.]*(?:\s+[a-z]+)?\s*,?\s+or\s+)?$/i;

/** Before a number, a forecast noun and a relative clause that says what it showed: "the latest
 *  projections published in March, which showed growth of ", "its outlook, which pointed to a ". */
const FORECAST_WHICH_SHOWED_BEFORE_RE =
  /\b(?:projections?|forecasts?|outlook|predictions?)\b[^.;:()]{0,60}?,\s+which\s+(?:indicated|showed|pointed\s+to|envisaged|foresaw|saw)\b[^.;:()%]{0,80}$/i;

/** Between an amount and its conversion in another currency: " (about ", " (or ", " ( ". */
const CONVERSION_BETWEEN_RE =
  /^\s*\(\s*(?:(?:about|around|roughly|some|approximately|approx\.|or|nearly|almost)\s+)?$/i;

/** Between a bound that sorts items and a number, an aside that says how the bound is measured,
 *  opened by a comma, a bracket or a dash and a participle of measuring: ", calculated at a discount
 *  rate of ", " (calculated at a rate of discount of ", ", tested at an interest rate of ", ",
 *  measured using a discount rate of ". No other number, nor a clause of its own, comes between. */
const MEASURED_ASIDE_BETWEEN_RE =
  /^\s*(?:,|\(|[—–]|\s-{1,2})\s*(?:(?:when|if|as|each)\s+)?(?:calculated|computed|measured|assessed|evaluated|estimated|discounted|tested|stress-tested|valued|using|applying|based\s+on|assuming)\b[^.;:,()\d%]{0,60}$/i;
/** After the number in such an aside, where the aside closes: a comma, a bracket, a dash or the
 *  sentence's end. */
const ASIDE_CLOSES_AFTER_RE =
  /^(?:\s+(?!(?:and|or|but|while|which|who|that)\b)[a-z][\w-]*){0,3}\s*(?:[,)—–]|\s-{1,2}\s|[.;]?\s*$)/;
/** A bare number with no unit right before such an aside, which no figure reads: "above 1.5" in
 *  "a benefit-cost ratio above 1.5, using a ". Group 1 is the number. */
const BARE_BOUND_BEFORE_ASIDE_RE =
  /(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(?=\s*(?:,|\(|[—–]|\s-{1,2})\s*(?:(?:when|if|as|each)\s+)?(?:calculated|computed|measured|assessed|evaluated|estimated|discounted|tested|stress-tested|valued|using|applying|based\s+on|assuming)\b[^.;:,()\d%]{0,60}$)/i;

/** People or firms a survey asks: the whole of a share that counts answers. */
const ASKED_GROUP = String.raw`(?:respondents|participants|interviewees|firms|companies|businesses|enterprises|corporations|manufacturers|exporters|importers|retailers|employers|executives|CEOs|managers|SMEs|affiliates|subsidiaries|members|households|families|consumers|shoppers|investors|economists|analysts|bankers|lenders|farmers|workers|employees|adults|people|citizens|voters|those\s+(?:surveyed|polled|asked|questioned))`;
/** A verb that gives a survey's answer: what was said, reported, planned or expected by the people
 *  counted. The future is the answer's; the count is made now. */
const ANSWER_VERB = String.raw`(?:said|say|says|saying|reported|report|reports|reporting|told|answered|responded|replied|indicated|indicating|stated|cited|citing|expect|expects|expecting|plan|plans|planned|planning|intend|intends|intended|intending|anticipate|anticipating|foresee|foreseeing|hope|hoping|want|wanting|aim|aiming|predict|predicting|will|would|are\s+(?:planning|considering|looking|preparing)|were\s+(?:planning|considering|looking|preparing)|(?:are|were)\s+(?:likely|willing|ready)\s+to)`;
/** Before a bracketed number, more or fewer of an asked group and what they answered, up to the
 *  bracket: "more firms plan to cut their spending (", "… (33%) than raise it (". */
const COUNTED_ANSWER_BRACKET_BEFORE_RE = new RegExp(
  String.raw`\b(?:more|fewer|most|many)\s+(?:of\s+(?:the|those)\s+)?${ASKED_GROUP}\s+(?:[\w'’-]+\s+){0,2}?${ANSWER_VERB}\s+to\s+[^.;:]{1,120}\(\s*$`,
  'i',
);
/** Right after a share, its asked group and then the answer: " of respondents saying they will",
 *  " of the firms polled in Chile plan to", " of households also expect". */
const ANSWER_OF_GROUP_AFTER_RE = new RegExp(
  String.raw`^\s+of\s+(?:(?:the|all|our|those|its|their)\s+)?(?:[\w'’&.-]+\s+){0,4}?${ASKED_GROUP}\b[^.;:%\d]{0,70}?\b(?:also\s+|still\s+|now\s+)?${ANSWER_VERB}\b`,
  'i',
);
/** Right after a bare percent, a verb of judging with its object and "as": " see them as
 *  excellent", " rated it as weak". Those it counts judged something; it is no change. */
const JUDGED_AFTER = String.raw`^\s+(?:(?:also|still|now|meanwhile|instead)\s+)?(?:see|saw|view|viewed|rate|rated|regard|regarded)\s+(?:it|them|this|these|(?:the|their|its)\s+[\w-]+)\s+as\b`;
const JUDGED_AFTER_RE = new RegExp(JUDGED_AFTER, 'i');
/** Right after a bare share, the answer itself: " said they will", " also reporting they intend",
 *  " meanwhile plan to" (not after a comma: ", said the minister" names who said it; not a
 *  participle's place or time: "the 7.1% reported in the spring outlook" is a figure named).
 *  A verb of judging with its object and "as", " see them as excellent", " rated it as weak",
 *  answers too. */
const ANSWER_AFTER_RE = new RegExp(
  String.raw`^\s+(?:(?:also|still|now|meanwhile|instead)\s+)?(?:said|say|says|saying|reported|reporting|told|answered|responded|replied|indicated|indicating|stated|expect|expecting|plan|planning|planned|intend|intending|intended|anticipate|anticipating|foresee|foreseeing|predict|predicting|believe|believing|fear|fearing)\b(?!\s+(?:in|by|for|at|on|earlier|previously|last|since|from|under|over|a|an|the|this)\b)|^\s+(?:(?:also|still|now|meanwhile|instead)\s+)?(?:expect|expecting|anticipate|anticipating|foresee|foreseeing|predict|predicting)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:profits?|loss(?:es)?|rise|fall|increase|decrease|decline|improvement|deterioration|recovery|slowdown|recession|pick-?up)\b|${JUDGED_AFTER}`,
  'i',
);
/** Before a number, the share of an asked group named by what it answered: "the proportion of
 *  businesses in the region expecting profits fell ", "the share of households who plan to buy
 *  a car rose to ". */
const ANSWER_SUBJECT_BEFORE_RE = new RegExp(
  String.raw`\b(?:share|proportion|percentage|fraction|number)\s+of\s+(?:(?:the|all|those)\s+)?(?:[\w'’&.-]+\s+){0,3}?${ASKED_GROUP}\b[^.;:%\d]{0,60}?\b(?:who\s+|that\s+)?${ANSWER_VERB}\b[^.;:%\d]*$`,
  'i',
);
/** The same, before a level of that share further on in its clause: "… expecting profits were down
 *  7.3 points to ". */
const ANSWER_SHARE_BEFORE_RE = new RegExp(
  ANSWER_SUBJECT_BEFORE_RE.source.replace(String.raw`[^.;:%\d]*$`, String.raw`(?:[^.;:]|\.\d)*$`),
  'i',
);
/** Before a level, a clause whose subject is a group of those asked, named by what they answer,
 *  and a verb that took it to the level: "Firms planning to grow their exports rose to ",
 *  "firms expecting higher prices fell to ". */
const GROUP_REACHED_BEFORE_RE = new RegExp(
  String.raw`(?:^|[.;:!?]\s+|\bthat\s+)(?:the\s+)?(?:${ASKED_GROUP}|share|proportion|percentage)\s+(?:(?:who|that)\s+(?:are|were)\s+)?(?:planning|expecting|intending|saying|reporting|anticipating|considering|preparing|hoping|aiming)\b[^.;:%\d]{0,60}?\b(?:increased|rose|climbed|grew|jumped|fell|declined|dropped|decreased|slipped)\s+to\s+(?:about\s+|around\s+)?$`,
  'i',
);
/** A share's whole read with the answer its verb gives: "those firms plan" (in "half of those
 *  firms plan to hire"), "the 2031 member survey responded" (a survey for those who answered it,
 *  with a verb of answering only). */
const ANSWERING_WHOLE_RE = new RegExp(
  String.raw`^(?:(?:the|all|our|those|its|their)\s+)?(?:[\w'’&.-]+\s+){0,4}?(?:${ASKED_GROUP}\s+(?:(?:also|still|now)\s+)?${ANSWER_VERB}|(?:survey|poll)\s+(?:responded|answered|replied|said|reported|indicated))$`,
  'i',
);
/** A word that names a part of a group: "the majority", "over half", "a third", "most". */
const PART_WORD = String.raw`(?:majority|minority|half|third|quarter|fifth|most|plurality)`;
/** Of the people or firms asked, right after their part or its bracket: "of respondents", "of the
 *  firms polled". */
const OF_ASKED = String.raw`of\s+(?:(?:the|all|those)\s+)?(?:[\w'’&.-]+\s+){0,2}?${ASKED_GROUP}(?:\s+(?:polled|surveyed|asked|questioned|interviewed))?`;
/** What those asked answer, after them: " believe", " also expect", " expecting", " said" (not a
 *  bare "will": "half of firms (52%) will use it by 2035" forecasts the firms). */
const ASKED_ANSWER = String.raw`\s+(?:(?:also|still|now)\s+)?(?:${ANSWER_VERB.replace('will|would|', '')}|believe|believes|believing|think|thinks|thinking)\b`;
/** Around a bracketed percent, the part of those asked it restates, with the group after the
 *  bracket ("the majority (" … ") of respondents believe") or before it ("over half of the firms
 *  (" … ") expecting"). */
const PART_BRACKET_BEFORE_RE = new RegExp(String.raw`\b${PART_WORD}\s*\(\s*$`, 'i');
const PART_BRACKET_AFTER_RE = new RegExp(String.raw`^\s*\)\s+${OF_ASKED}${ASKED_ANSWER}`, 'i');
const PART_OF_ASKED_BRACKET_BEFORE_RE = new RegExp(
  String.raw`\b${PART_WORD}\s+${OF_ASKED}\s*\(\s*$`,
  'i',
);
const BRACKET_ANSWER_AFTER_RE = new RegExp(String.raw`^\s*\)${ASKED_ANSWER}`, 'i');

/** At the end of what lies between two listed shares, a bracket opened on a sample size: " (n=318; ". */
const SAMPLE_SIZE_OPEN_RE = /\(\s*n\s*=\s*[\d,]+\s*[;,]\s*$/i;
/** Before a share, the share named by its participle of answering, with no group between: "The
 *  share expecting a loss rose to ", "the proportion planning to hire was ", "the share forecasting
 *  a loss fell to ". */
const SHARE_ANSWERING_BEFORE_RE =
  /\b(?:share|proportion|percentage|fraction)\s+(?:expecting|planning|intending|reporting|anticipating|foreseeing|forecasting|projecting|predicting|estimating|saying|citing|naming|describing|rating|seeing)\b(?:[^.;:]|\.\d)*$/i;
/** Between an answered share and a change: the rest of its clause, then ", up " or ", down " ("
 *  expect to post a profit, up ", ") anticipate higher orders, down by "), no other number. */
const SHARE_CHANGE_BETWEEN_RE = /^[^.;:%\d]{0,120}?,\s+(?:(?:up|down)\s+(?:by\s+)?)?$/i;
/** A change stated in points: "1.4 percentage points", "3 points", "2 pp". */
const POINTS_STATED_RE = /\b(?:points?|pp|p\.p\.)(?!\w)/i;
/** Right after a count out of a whole ("Two in five", "one in three"), those asked, where they are,
 *  and what they answer: " companies plan to", " member companies plans to", " firms in Asia
 *  expect" (not a bare "will": that forecasts the members). */
const GROUP_ANSWER_AFTER_RE = new RegExp(
  String.raw`^\s+(?:[\w-]+\s+)?${ASKED_GROUP}(?:\s+(?:in|from|across|among)\s+[^.;:%\d,]{1,40}?)?${ASKED_ANSWER}`,
  'i',
);
/** Stated words that close on those asked: "A third of firms". */
const ENDS_ON_GROUP_RE = new RegExp(String.raw`\b${ASKED_GROUP}$`, 'i');
/** After stated words that close on those asked, where they are and what they answer: " in
 *  Europe plan to", " expect". */
const PLACE_ANSWER_AFTER_RE = new RegExp(
  String.raw`^(?:\s+(?:in|from|across|among)\s+[^.;:%\d,]{1,40}?)?${ASKED_ANSWER}`,
  'i',
);

/** Between two shares of one survey sentence, the tail of a list that ranks or dates the same
 *  answer: ", followed by the Netherlands at ", ", and ", " in the next two years, down from a
 *  pre-crisis ". Group 1 is the tail after the list's word, which must not forecast itself. */
const ANSWER_LIST_BETWEEN_RE =
  /^[^.;:%]{0,200}?(?:,|\bfollowed\s+by\b|\band\b|\bwhile\b|\bagainst\b|\bcompared\s+with\b|\bfrom\b)([^,.;:%]{0,50})$/i;

/** A bracketed percent that restates a part of those asked, who then answer: "the majority (71%)
 *  of respondents believe", "over half of the firms (58%) expecting". */
function partOfAsked(s: string, m: Match): boolean {
  const before = s.slice(0, ownStart(m));
  if ((m.kind !== 'share' && m.kind !== 'change') || m.range || !/\(\s*$/.test(before))
    return false;
  const after = s.slice(ownNumberEnd(s, m));
  return (
    (PART_BRACKET_BEFORE_RE.test(before) && PART_BRACKET_AFTER_RE.test(after)) ||
    (PART_OF_ASKED_BRACKET_BEFORE_RE.test(before) && BRACKET_ANSWER_AFTER_RE.test(after))
  );
}

/**
 * A survey's count of answers is made now: a share of the people or firms asked who "will", "plan
 * to" or "expect to" do something is what they answered today, actual, and so is a change in that
 * share; the list items that rank the same answer by place take its status.
 * @example surveyAnswers('Some 41 percent of the firms said they will hire.', [{ start: 5, end: 15, kind: 'share', notes: [] }])[0]!.status // 'actual'
 */
function surveyAnswers(s: string, matches: Match[]): Match[] {
  let lead: Match | undefined;
  let groupLead: Match | undefined;
  const listed = (a: Match, b: Match) => {
    // "followed by Taiwan (n=318; 77.6%)": a sample size bracketed with the item is no clause.
    const between = s.slice(a.ownEnd ?? a.end, ownStart(b)).replace(SAMPLE_SIZE_OPEN_RE, '');
    const tail = ANSWER_LIST_BETWEEN_RE.exec(between);
    return tail !== null && !EXPECTED_RE.test(tail[1]!);
  };
  return matches.map((m) => {
    const before = s.slice(0, ownStart(m));
    // "Firms planning to grow their exports rose to 71.4%, a six-year high, from 63.9%": the subject is a
    // group of the firms asked, so the level it reached and the one it came from are shares of them.
    if (
      (m.kind === 'change' || (m.kind === 'share' && m.object === undefined)) &&
      ((m.status === undefined && GROUP_REACHED_BEFORE_RE.test(before)) ||
        (groupLead !== undefined &&
          /\bfrom\s+(?:about\s+|around\s+)?$/i.test(before) &&
          !/[;:]|\.(?!\d)/.test(s.slice(groupLead.end, ownStart(m)))))
    ) {
      const out: Match = { ...m, kind: 'share', prefer: undefined, status: 'actual' };
      groupLead = out;
      return out;
    }
    // "the majority (71%) of respondents believe growth will", "over half of the firms (58%)
    // expecting sales to rise": a bracketed percent that restates a part of those asked counts
    // their answers, a share, actual, whatever they foresee.
    if (partOfAsked(s, m)) {
      const out: Match = { ...m, kind: 'share', prefer: undefined, status: 'actual' };
      lead = out;
      return out;
    }
    if (m.status !== undefined) {
      // "with 84.0% expecting a profit, followed by Taiwan (77.6%)": an answered share another
      // reader already counted still leads the list that ranks the same answer by place.
      if (m.kind === 'share' && m.status === 'actual' && ANSWER_AFTER_RE.test(s.slice(m.end)))
        lead = m;
      return m;
    }
    const after = s.slice(m.ownEnd ?? m.end);
    const ownAfter = s.slice(ownNumberEnd(s, m));
    const answered =
      (m.kind === 'share' &&
        (ANSWER_OF_GROUP_AFTER_RE.test(ownAfter) ||
          (ANSWER_AFTER_RE.test(after) &&
            !/\b(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?$/i.test(before)))) ||
      (m.kind === 'share' ? ANSWER_SHARE_BEFORE_RE : ANSWER_SUBJECT_BEFORE_RE).test(before) ||
      (m.kind === 'share' && m.object !== undefined && ANSWERING_WHOLE_RE.test(m.object)) ||
      (m.kind === 'share' && SHARE_ANSWERING_BEFORE_RE.test(before)) ||
      (m.kind === 'share' &&
        (GROUP_ANSWER_AFTER_RE.test(after) ||
          (ENDS_ON_GROUP_RE.test(s.slice(ownStart(m), m.end)) &&
            PLACE_ANSWER_AFTER_RE.test(after)))) ||
      (m.kind === 'share' && lead !== undefined && m.object === undefined && listed(lead, m)) ||
      // "63.8% of companies expect a profit, up 1.4 percentage points from the last survey": a
      // change in points told right after an answered share, in its clause, is that count's change.
      (m.kind === 'change' &&
        lead !== undefined &&
        POINTS_STATED_RE.test(s.slice(ownStart(m), m.end)) &&
        SHARE_CHANGE_BETWEEN_RE.test(s.slice(lead.end, ownStart(m))));
    if (!answered) return m;
    const out: Match = { ...m, status: 'actual' };
    if (m.kind === 'share') lead = out;
    return out;
  });
}

/** Between a part of a whole and a bare percent it came from: " in 2029, up from ", ", down from
 *  about ", ", from " (a period of the part allowed, no other number). */
const PART_CAME_FROM_BETWEEN_RE =
  /^(?:\s+(?:in|for|during|over)\s+[^,;:%()]{1,30}?)?\s*(?:,\s+(?:up|down)\s+|,?\s+)from\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;

/**
 * The level a part of a whole came from is a part of the same whole, a share: "accounted for 3.4%
 * of the region's activity in 2029, up from 2.9% in 2019", whatever its subject's measure; "Output
 * grew 3.4% in 2029, up from 2.9%" compares two changes and keeps the old reading.
 * @example fromPartLevels('made up 3.4% of output in 2029, up from 2.9% in 2019', [part, bare])[1]!.kind // 'share'
 */
function fromPartLevels(s: string, matches: Match[]): Match[] {
  // "fell to 1.9% of production, from 3.4% a year ago": a bare "from" after a part reads it too.
  return matches.map((m, i) => {
    const part = matches[i - 1];
    if (m.kind !== 'change' || m.range || part?.kind !== 'share' || part.object === undefined)
      return m;
    if (!/^[\d.,]+\s?(?:%|per\s?cent|percent)$/i.test(s.slice(ownStart(m), m.end).trim())) return m;
    if (OWN_CHANGE_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))) return m;
    if (!PART_CAME_FROM_BETWEEN_RE.test(s.slice(part.ownEnd ?? part.end, ownStart(m)))) return m;
    return { ...m, kind: 'share', prefer: undefined };
  });
}

/** Before a bare percent, the verb of a stake held, right before it: "in which it holds ", "the
 *  state owns about ", "the partners retained ". */
const STAKE_HELD_BEFORE_RE =
  /\b(?:holds?|held|owns?|owned|retains?|retained)\s+(?:(?:about|around|some|nearly|almost|roughly|just\s+(?:over|under)|a\s+further|the\s+remaining|another)\s+)?$/i;
/** After that percent, a word that makes it a change or a margin held: " more", " higher", " of
 *  its gains". */
const HELD_MOVE_AFTER_RE =
  /^\s+(?:more|less|higher|lower|above|below|up|down|ahead|behind|of\s+(?:its|their|the)\s+(?:gains?|losses?|rise|fall|increase))\b/i;

/**
 * A bare percent right after the verb of a stake held ("NNPC's share of the Train 7 expansion, in
 * which it holds 49%, is US$2.1 billion", "the state owns 51%") is the stake, a share, whatever
 * measure its sentence names; "prices held 2% higher" and "the index held 3% of its gains" keep
 * their reading.
 * @example heldStakes('in which it holds 49%', [{ start: 17, end: 20, kind: 'change', notes: [] }])[0]!.kind // 'share'
 */
function heldStakes(s: string, matches: Match[]): Match[] {
  return matches.map((m) => {
    if (m.kind !== 'change' || m.range) return m;
    if (!/^[\d.,]+\s?(?:%|per\s?cent|percent)$/i.test(s.slice(ownStart(m), m.end).trim())) return m;
    if (!STAKE_HELD_BEFORE_RE.test(s.slice(0, ownStart(m)))) return m;
    if (HELD_MOVE_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))) return m;
    return { ...m, kind: 'share', prefer: undefined };
  });
}

/** Before a percent, a recovery measured as a level: "a recovery of ", "a recovery rate of about ". */
const RECOVERY_OF_BEFORE_RE =
  /\brecovery\s+(?:rate\s+)?(?:of|to)\s+(?:(?:about|around|some|nearly|almost|only|just)\s+)?$/i;
/** After that percent, the earlier level it is measured against: " versus pre-crisis results",
 *  " of 2028 levels", " compared with pre-pandemic volumes". */
const EARLIER_LEVEL_AFTER_RE =
  /^\s+(?:versus|vs\.?|of|relative\s+to|compared\s+(?:with|to)|against)\s+(?:the\s+)?(?:pre-[\w-]+|(?:19|20)\d\d)\s+(?:levels?|results|volumes?|figures|traffic|totals?)\b/i;

/**
 * A recovery stated as a percent of an earlier level ("or a recovery of 81.2% versus pre-crisis
 * results in 2028") is how much of that level came back, a level, a share; "a recovery of 12% in
 * 2031" names no earlier level and stays a change.
 * @example recoveredLevels('a recovery of 81.2% versus pre-crisis results', [{ start: 2, end: 19, kind: 'change', notes: [] }])[0]!.kind // 'share'
 */
function recoveredLevels(s: string, matches: Match[]): Match[] {
  return matches.map((m) => {
    if (m.kind !== 'change' || m.range) return m;
    // The stated words may start at "recovery"; the number starts at its first digit.
    const digit = s.slice(ownStart(m), m.end).search(/\d/);
    if (digit < 0) return m;
    const recovered =
      RECOVERY_OF_BEFORE_RE.test(s.slice(0, ownStart(m) + digit)) &&
      EARLIER_LEVEL_AFTER_RE.test(s.slice(ownNumberEnd(s, m)));
    return recovered ? { ...m, kind: 'share', prefer: undefined } : m;
  });
}

/** Right after a bare percent, the change those it counts reported, with no word between:
 *  " reported a rise", " reporting a fall", " also indicated higher", " described a drop". */
const REPORTED_CHANGE_AFTER_RE =
  /^\s+(?:(?:also|still|now|meanwhile|instead)\s+)?(?:reported|reporting|indicated|indicating|noted|noting|cited|citing|described|describing|experienced|experiencing)\s+(?:an?\s+|no\s+)?(?:[\w-]+\s+)?(?:increases?|rises?|decreases?|declines?|falls?|drops?|gains?|improvements?|deteriorations?|higher|lower)\b/i;
/** Before a bracketed percent, the share it is, named by the answer it counts, with no verb of its
 *  own after the answer: "the proportion of members reporting a rise in hiring (", "the share
 *  reporting a decrease (". */
const ANSWER_SHARE_BRACKET_BEFORE_RE = new RegExp(
  String.raw`\b(?:share|proportion|percentage|fraction)\s+(?:of\s+[^.;:%\d()]{1,60}?\s+)?(?:who\s+|that\s+)?(?:${ANSWER_VERB}|not(?:ed|ing)|describ(?:ed|ing))\b[^.;:%\d()]{0,80}\(\s*$`,
  'i',
);
/** Between a share of those asked and a bare percent it is set against: ", compared with ",
 *  ", up from ", ", against ". */
const ANSWER_COMPARED_BETWEEN_RE =
  /^[^.;:%()]{0,160}(?:,|\s[–—\uFFFD-])\s*(?:compared\s+(?:with|to)|against|versus|(?:(?:again|still|also)\s+)?(?:up|down)\s+from)\s+(?:(?:about|around|nearly|some|just|only)\s+)?(?:(?:last|the\s+previous|a)\s+year['’\uFFFD]s\s+)?$/i;
/** After a share set against an answered one, the next year's share it lists: " and 2030's ". */
const ANSWER_COMPARED_NEXT_RE =
  /^\s*(?:%|per\s?cent|percent)?\s*,?\s+and\s+(?:19|20)\d\d['’\uFFFD]s\s+$/i;
/** Right after a bare percent listed after a share of those asked, the answer it counts, whatever
 *  its object: " expect an 11 percent decline", " foresee a fall". */
const LISTED_ANSWER_AFTER_RE =
  /^\s+(?:(?:also|still|now|meanwhile|instead)\s+)?(?:expect|predict|foresee|anticipate|forecast)\s+(?:an?|no|the)\b/i;
/** Right after a number, a word that makes it a change of its own: "22 percent growth". */
const OWN_CHANGE_AFTER_RE =
  /^\s*(?:growth|increases?|rises?|gains?|falls?|declines?|drops?|higher|lower|up|down|more|less)\b/i;

/**
 * A bare percent that counts the people or firms asked is a share of them, not a change, though
 * the answer it counts is a rise or a fall: "while 44% reported a rise", "the share of members
 * reporting cuts in staff (15 percent)", and the level it is set against, "41 percent of the
 * members reported rises in activity in May, compared with 27 percent in April".
 * @example answerShares('while 44% reported a rise.', [{ start: 6, end: 9, kind: 'change', notes: [] }])[0]!.kind // 'share'
 */
function answerShares(s: string, matches: Match[]): Match[] {
  let lead: Match | undefined;
  // The last share set against an answered one, which the next year's share listed after it
  // continues ("up from last year's 41% and 2029's 38%").
  let compared: Match | undefined;
  return matches.map((m) => {
    const bare =
      !m.range && /^[\d.,]+\s?(?:%|per\s?cent|percent)$/i.test(s.slice(ownStart(m), m.end).trim());
    const after = s.slice(m.ownEnd ?? m.end);
    const before = s.slice(0, ownStart(m));
    const counted =
      m.kind === 'share' &&
      (ANSWER_OF_GROUP_AFTER_RE.test(s.slice(ownNumberEnd(s, m))) ||
        REPORTED_CHANGE_AFTER_RE.test(after));
    if (counted) lead = m;
    // "… up from last year's 55.0% and 2029's 48.2%, and nearer the steady 52% – 60% levels": the
    // same answer's share in earlier years, named as levels, after the shares set against it.
    if (
      m.kind === 'change' &&
      lead !== undefined &&
      lead === compared &&
      /^\s+levels?\b/i.test(after) &&
      /^[^.;:()%]{0,120}$/.test(s.slice(lead.ownEnd ?? lead.end, ownStart(m)).replace(/^\s*%/, ''))
    ) {
      const out: Match = { ...m, kind: 'share', prefer: undefined };
      lead = out;
      compared = out;
      return out;
    }
    if (m.kind !== 'change' || !bare || OWN_CHANGE_AFTER_RE.test(after)) return m;
    const share =
      REPORTED_CHANGE_AFTER_RE.test(after) ||
      JUDGED_AFTER_RE.test(after) ||
      (/\(\s*$/.test(before) && ANSWER_SHARE_BRACKET_BEFORE_RE.test(before)) ||
      (lead !== undefined &&
        ANSWER_COMPARED_BETWEEN_RE.test(s.slice(lead.ownEnd ?? lead.end, ownStart(m)))) ||
      (lead !== undefined &&
        lead === compared &&
        ANSWER_COMPARED_NEXT_RE.test(s.slice(lead.ownEnd ?? lead.end, ownStart(m))));
    // "55 percent of those asked predict sales 4 percent higher, 11 percent expect a fall": after a
    // share of those asked, a bare percent right before an answer of its own counts more of them,
    // now, though it follows a change it might have gone on with.
    const answering =
      lead !== undefined && (ANSWER_AFTER_RE.test(after) || LISTED_ANSWER_AFTER_RE.test(after));
    if (answering) {
      const out: Match = {
        ...m,
        kind: 'share',
        value: undefined,
        prefer: undefined,
        status: 'actual',
      };
      lead = out;
      return out;
    }
    if (!share) return m;
    // A fall's verb borrowed before the number ("cuts in staff (15 percent)") is no longer its words.
    const out: Match = {
      ...m,
      kind: 'share',
      start: ownStart(m),
      own: undefined,
      value: undefined,
      prefer: undefined,
    };
    lead = out;
    compared = out;
    return out;
  });
}

/** Where the number and its percent sign end inside a match's stated words. */
function ownNumberEnd(s: string, m: Match): number {
  const unit = /\d\s?(?:%|per\s?cent\b|percent\b)|[a-z]\s(?:per\s?cent\b|percent\b)/i.exec(
    s.slice(ownStart(m), m.ownEnd ?? m.end),
  );
  return unit ? ownStart(m) + unit.index + unit[0].length : (m.ownEnd ?? m.end);
}

/** Between a change in a list item's bracket and the next item's, the semicolon that parts the
 *  items and the next name with no verb or number of its own: "%); farming (", "); and retail (". */
const SEMICOLON_ITEM_BRACKET_RE =
  /^\s*(?:%|per\s?cent|percent)?\s*\)\s*;\s*(?:and\s+)?[^.;:()\d%]{1,80}\(\s*$/i;

/** Between a ranking's lead and its first item: ", followed by Tana at ", " followed closely by
 *  the coast, with ", or its item in brackets after the lead's share: " share in the value of
 *  mineral production, followed by Rajasthan (". */
const RANKED_FIRST_BETWEEN_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s+(?:share|weight|stake)(?:\s+(?:in|of)\s+[^.;:()\d%,]{1,60})?)?\s*,?\s*followed\s+(?:closely\s+|next\s+)?by\s+(?:the\s+)?[^.;:()\d%]{1,50}?(?:,?\s+(?:also\s+)?(?:at|with|on)\s+(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?|\s*\(\s*)$/i;
/** Between one item of a ranking and the next: ", Narok at ", ", and Lamu also at ", ", and " (the
 *  place after the number: "and 73 percent in Peru"), or the next bracket: ") and Chhattisgarh (". */
const RANKED_NEXT_BETWEEN_RE =
  /^\s*(?:%|per\s?cent|percent)?\s*(?:in\s+(?:the\s+)?[A-Z][^.;:()\d%,]{0,40})?,?\s*(?:and\s+)?(?:(?:the\s+)?[A-Z][^.;:()\d%]{0,40}?,?\s+(?:also\s+)?(?:at|with|on)\s+(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?)?$|^\s*(?:%|per\s?cent|percent)?\s*\)\s*,?\s*(?:and\s+)?(?:the\s+)?[A-Za-z][^.;:()\d%]{0,40}?\s*\(\s*$/;

/** Right before a number, the ending of a Spanish word of change, a cheap test before
 *  SPANISH_CHANGE_BEFORE_RE: "del ", "de ", "un ", "el ", a gerund or a past ("cayó", "cayeron"). */
const SPANISH_NEAR_RE = /(?:\bdel?|\bun|\bel|ndo|ron|[óí][a-z]*)\s+(?:\S+\s+){0,2}$/i;
/** Right before a number, the ending of a Portuguese word of change, a cheap test before
 *  PORTUGUESE_CHANGE_BEFORE_RE: "de ", "entre ", "em ", a past ("cresceu", "avançaram", "caiu"). */
const PORTUGUESE_NEAR_RE = /(?:\bde|\bentre|\bem|eu|ou|iu|am|-se)\s+(?:\S+\s+){0,2}$/i;

/** Between a change and the next item of its ranking, the item's place: ", and timber held the third
 *  spot with ", " while paper ranked second with ". */
const RANKED_PLACE_BETWEEN_RE =
  /^\s*(?:%|per\s?cent|percent)?\s*,?\s*(?:and|while|whereas)\s+[^.;:()\d%]{1,50}?\s+(?:had|took|held|occupied|ranked|came|was|were|placed|finished)\s+(?:in\s+)?(?:the\s+)?(?:second|third|fourth|fifth|next|last)(?:\s+(?:place|position|spot|rank))?\s+with\s+(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?$/i;
/** After a list item's number, the rest of the list and then the rise that governs it: ", Cestia
 *  with 4.1% were the divisions with the slowest yearly rises", "… that indicated the lowest
 *  monthly increase". */
const WITH_LIST_THEN_RISE_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s*(?:,|,?\s+and)\s+[^.;:()\d%]{1,60}?\s+with\s+\d[\d.,]*\s?(?:%|per\s?cent|percent))*\s+(?:were|was|are|is)\s+(?:among\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:groups?|items?|sectors?|categories|components?|divisions?|products?|regions?)\s+(?:where|in\s+which|with|showing|posting|indicating|registering|that\s+(?:saw|had|showed|posted|recorded|indicated|registered))\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:increases?|rises?|growth)\b/i;

/** Right before a percent, a bare first level: "increased from 22 to ", "from 6¾ to ", "from 60 in
 *  2029 to ", "from 7.4 to nearly ". Group 1 is its number. */
const BARE_FROM_BEFORE_RE = new RegExp(
  String.raw`\bfrom\s+(${FRACTION_DIGITS}|${NUMBER})(?:${LEVEL_PERIOD})?\s+to\s+(?:(?:${NEAR_HEDGE})\s+)?$`,
  'i',
);
/** The second level's own words: a percent, with the whole it is a part of ("15% of GDP"). */
const BARE_FROM_SECOND_RE = new RegExp(
  String.raw`^(?:${FRACTION_DIGITS}|\d[\d.,]*)\s?(?:%|per\s?cent|percent)(?:\s+of\b[^\d%]*)?\s*$`,
  'i',
);

/**
 * "increased from 22 to 34 percent": the bare first level shares the percent written after the
 * second, and is a level of the same kind that has already happened (actual). A year ("from 2031
 * to 45 percent") is no level.
 * @example bareFromLevels('rose from 22 to 34 percent', [m34]).length // 2
 */
function bareFromLevels(s: string, matches: Match[]): Match[] {
  const out: Match[] = [];
  for (const m of matches) {
    const from = m.range ? null : BARE_FROM_BEFORE_RE.exec(s.slice(0, ownStart(m)));
    const own = s.slice(ownStart(m), m.ownEnd ?? m.end);
    if (m.kind === 'amount') {
      const level = from && !isYear(from[1]!) ? bareFromAmount(from[1]!, own) : undefined;
      const start = from ? from.index + from[0].indexOf(from[1]!, 4) : -1;
      if (
        from &&
        level !== undefined &&
        !matches.some((k) => ownStart(k) <= start && (k.ownEnd ?? k.end) > start)
      )
        out.push({
          start: from.index,
          end: m.ownEnd ?? m.end,
          own: start,
          ownEnd: start + from[1]!.length,
          kind: 'amount',
          value: level,
          object: m.object,
          status: 'actual',
          notes: ['A bare first level that shares the currency written after the second (v242).'],
        });
    } else if (from && BARE_FROM_SECOND_RE.test(own) && !isYear(from[1]!)) {
      const start = from.index + from[0].indexOf(from[1]!, 4);
      const value = readNumber(from[1]!);
      const taken = matches.some((k) => ownStart(k) <= start && (k.ownEnd ?? k.end) > start);
      if (value !== undefined && !taken) {
        // Its stated words start at "from", which marks the two ends as two levels, not a range.
        out.push({
          start: from.index,
          end: m.ownEnd ?? m.end,
          own: start,
          ownEnd: start + from[1]!.length,
          kind: m.kind,
          value,
          object: m.object,
          status: 'actual',
          notes: ['A bare first level that shares the percent written after the second.'],
        });
      }
    }
    out.push(m);
  }
  return out;
}

/** The second level's own words when it is money whose currency is a word after its number:
 *  "3.58 euro cents", "55 US cents", "4.20 euros", "12 million rand" (not "$4.20", whose sign is
 *  before it, nor a percent). */
const BARE_FROM_AMOUNT_SECOND_RE = /^\d[\d.,]*\s*(?:[a-z]+\s+){0,2}?[a-z]+$/i;

/**
 * v242: "the rate rises from 3.24 to 3.58 euro cents per cubic metre": a bare first level before
 * money whose currency (and any scale or hundredth) is written once after the second is money in
 * that currency, as "from 22 to 34 percent" shares its percent; its value is read in the second's
 * currency and size (statedValue.ts). Undefined when the second end names no currency in words.
 * @example bareFromAmount('3.24', '3.58 euro cents') // 0.0324
 */
function bareFromAmount(first: string, second: string): number | undefined {
  if (!BARE_FROM_AMOUNT_SECOND_RE.test(second)) return undefined;
  return bareFromReading(`from ${first} to ${second}`)[0]?.value;
}

/** Between the first end of a range of money a verb of ranging opens and the "to" of its second
 *  end, the place the first end was seen at, by its name: " at Fellgate to ", " in the North East
 *  to " (no number, no clause's end). */
const PLACED_END_BETWEEN_RE =
  /^\s+(?:at|in|for|on)\s+(?:the\s+)?[A-Z][^.;:,()\d%$€£¥]{0,40}?\s+to\s+$/;

/**
 * v242: "Adult cremation fees ranged from £690 at Fellgate to £1,460 at Thameside Park": the two
 * ends of sums a verb of ranging runs "from" one "to" another are one range, though each end names
 * the place it was seen at, as "ranged from €7,500 to €1.8 million" is (v118). Two levels after
 * "rose from … at … to" keep their reading.
 * @example placedRanges('Fees ranged from £690 at Fellgate to £1,460.', [m690, m1460]).length // 1
 */
function placedRanges(s: string, matches: Match[]): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < matches.length; i++) {
    const m = matches[i]!;
    const next = matches[i + 1];
    const range =
      next &&
      m.kind === 'amount' &&
      next.kind === 'amount' &&
      !m.range &&
      !next.range &&
      m.value === undefined &&
      next.value === undefined &&
      RANGING_FROM_BEFORE_RE.test(s.slice(0, m.start)) &&
      PLACED_END_BETWEEN_RE.test(s.slice(m.end, next.start))
        ? readStatedRange(
            `${s.slice(m.start, m.end)} to ${s.slice(next.start, next.end)}`,
            'amount',
          )
        : undefined;
    if (!next || !range || range.units.length === 0 || range.low >= range.high) {
      out.push(m);
      continue;
    }
    out.push({
      start: m.start,
      end: next.end,
      kind: 'amount',
      range: { low: range.low, high: range.high },
      status: m.status,
      notes: [...m.notes, 'One range whose ends each name a place (v242).'],
    });
    i++;
  }
  return out;
}

const FROM_PERCENT_TO_BEFORE_RE = new RegExp(FROM_PERCENT_TO_BEFORE, 'i');
/** Right after a first level and its period, a bare second level: " in January to 5.1" before " in
 *  October", a full stop, a comma or a conjunction (never a unit, a scale or another number).
 *  Group 1 is its number. */
const BARE_TO_AFTER_RE = new RegExp(
  String.raw`^(?:${LEVEL_PERIOD})?,?\s+to\s+(?:(?:${NEAR_HEDGE})\s+)?(${FRACTION_DIGITS}|${NUMBER})(?![\d½⅓⅔¼¾⅛⅜⅝⅞]|[.,]\d)(?=${LEVEL_PERIOD}|\s*[.,;:)]|\s*$|\s+(?:and|while|but|as|with|whereas)\b)`,
  'i',
);

/**
 * "fell from 6.3 percent in January to 5.1 in October": the bare second level shares the percent
 * written after the first, with the first's kind; its status is read as any level's after "to".
 * A year ("to 2031") is no level.
 * @example bareToLevels('fell from 6.3 percent in January to 5.1 in October', [m63]).length // 2
 */
function bareToLevels(s: string, matches: Match[]): Match[] {
  const out: Match[] = [];
  for (const m of matches) {
    out.push(m);
    if (m.range || m.kind === 'amount') continue;
    const end = m.ownEnd ?? m.end;
    const own = s.slice(ownStart(m), end);
    if (!/^(?:from\s+)?[^%]*(?:%|per\s?cent|percent)\s*$/i.test(own)) continue;
    if (!FROM_PERCENT_TO_BEFORE_RE.test(s.slice(0, end) + ' to ')) continue;
    const to = BARE_TO_AFTER_RE.exec(s.slice(end));
    if (!to || isYear(to[1]!)) continue;
    const start = end + to[0].length - to[1]!.length;
    const value = readNumber(to[1]!);
    const taken = matches.some(
      (k) => ownStart(k) < start + to[1]!.length && (k.ownEnd ?? k.end) > start,
    );
    if (value === undefined || taken) continue;
    out.push({
      start,
      end: start + to[1]!.length,
      kind: m.kind,
      value,
      object: m.object,
      notes: ['A bare second level that shares the percent written after the first.'],
    });
  }
  return out;
}

/** A subject that points back to the numbers of a measure, not to the members of a list: "the
 *  revised forecasts were ", "It was followed by trade, which stood at ". */
const NUMBERS_POINTED_BACK_RE =
  /\b(?:forecasts?|projections?|estimates?|figures|numbers)\s+(?:are|were|will\s+be|would\s+be|include[sd]?|comprise[sd]?|stand|stood)\b|\bfollowed\s+by\b/i;
/** Right before a number, the opening of a list item: "Arland (", "Brova, at ", "Cedar with ". */
const LIST_ITEM_BEFORE_RE = /(?:\(\s*|\b(?:at|with)\s+(?:(?:about|around|some)\s+)?)$/i;

/** A level or a part named in the sentence itself, before the number: "These are the shares of
 *  exports: A (31%)", which the list gives, not the change named before. */
const LEVEL_NAMED_RE =
  /\b(?:shares?|portions?|proportions?|ratios?|percentages|levels?|stocks?|weights?|rates)\b/i;

/** Right before a number, the finite verb of a contribution: "services contributed ". */
const CONTRIBUTED_BEFORE_RE =
  /\bcontribut(?:ed|es)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;

/** Right before a number, the participle of a contribution: "contributing ", "contributing some ". */
const CONTRIBUTING_BEFORE_RE =
  /\bcontributing\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;

/** After a contribution in percent: the end of its clause, or the growth it went to. */
const CONTRIBUTION_END_RE =
  /^(?:\s*(?:[,;.]|$)|\s+and\b|\s+to\s+(?:(?:the\s+)?(?:overall\s+|total\s+|real\s+|economic\s+|GDP\s+)?(?:growth|increase|rise|expansion)\b))/i;

/** Right before a number, the verb of a part's contribution: "to contribute ", "contributing about ". */
const CONTRIBUTE_BEFORE_RE =
  /\bcontribut(?:e|es|ed|ing)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|just\s+over)\s+)?$/i;

/** Right after a percent, the output it is a ratio to: " of GDP", " of gross domestic product". */
const OF_OUTPUT_RATIO_AFTER_RE =
  /^\s+of\s+(?:the\s+)?(?:(?:nominal|national)\s+)?(?:GDP|GNP|GNI|gross\s+(?:domestic|national)\s+(?:product|income))\b/i;
/** Right before a percent, a fiscal aggregate taken to (or from) it with no verb between: "raise
 *  tax revenue to 11.8 percent from 10.9 percent". In percent, revenue, spending or debt is a ratio
 *  to output ("revenue grew to 4 percent" and "raise revenue by 4 percent" keep their reading). */
const FISCAL_RATIO_BEFORE_RE =
  /\b(?:revenues?|receipts|collections?|expenditures?|spending|outlays|debt|deficits?|surplus(?:es)?)\s+(?:to|from)\s+(?:(?:about|around|some|nearly|almost|at\s+least)\s+)?(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+(?:to|from)\s+)?$/i;
/** Before a level in percent, a verb of change and the average it grew by: "grew by an annual
 *  average of 2.3%", "fell at an average annual rate of 0.4%". The average is of a change. */
const AVERAGE_CHANGE_BEFORE_RE =
  /\b(?:gr(?:ew|ow|ows|own|owing)|rose|ris(?:e|es|en|ing)|increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|f(?:ell|all|alls|allen|alling)|declin(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|contract(?:s|ed|ing)?)\s+(?:by|at)\s+an?\s+(?:(?:annual|yearly|average)\s+){1,2}(?:rate\s+)?of\s+(?:(?:about|around|some|nearly|almost)\s+)?$/i;
/** The own percent at the end of a change's stated words: "by at least |14.2 percent". */
const OWN_PERCENT_END_RE = /\d[\d.,]*\s?(?:%|per\s?cent|percent)$/i;

/** "increase revenue collection by at least 14.2 percent of GDP": a percent of GDP is a ratio, a
 *  share, whatever verb of change is before it; its stated words are the number and "of GDP". */
function ratioToOutput(s: string, m: Match): Match {
  const average =
    m.kind === 'share' && !m.range ? AVERAGE_CHANGE_BEFORE_RE.exec(s.slice(0, m.start)) : null;
  if (average && OWN_PERCENT_END_RE.test(s.slice(m.start, m.end)))
    return {
      ...m,
      start: average.index,
      own: m.own ?? m.start,
      kind: 'change',
      object: undefined,
      guessed: false,
      notes: m.notes.filter((n) => !n.startsWith('Kind guessed')),
    };
  if (m.kind !== 'change' || m.range) return m;
  const before = s.slice(0, m.start);
  // "Revenue to Increase 4%": stated words that open with a verb make the "to" its infinitive's,
  // not the level a fiscal aggregate is taken to.
  if (
    FISCAL_RATIO_BEFORE_RE.test(before) &&
    OWN_PERCENT_END_RE.test(s.slice(m.start, m.end)) &&
    !/^[A-Za-z]/.test(s.slice(m.start, m.end))
  ) {
    return { ...m, kind: 'share', prefer: undefined, guessed: false };
  }
  // "rise by 29 billion euro (2.3% of GDP)": a bracket whose stated words already end with the
  // whole is that sum's ratio to output, a share.
  if (
    /^\(?\s*\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+of\s+GDP$/i.test(s.slice(m.start, m.end)) &&
    /\(\s*$/.test(s.slice(0, m.start)) &&
    /^\s*\)/.test(s.slice(m.end))
  )
    return { ...m, kind: 'share', prefer: undefined, guessed: false, object: 'GDP' };
  const of = OF_OUTPUT_RATIO_AFTER_RE.exec(s.slice(m.end));
  const own = of ? OWN_PERCENT_END_RE.exec(s.slice(m.start, m.end)) : null;
  if (!of || !own) return m;
  const start = m.start + own.index;
  return {
    start,
    end: m.end + of[0].length,
    kind: 'share',
    object: 'GDP',
    ...(m.status ? { status: m.status } : {}),
    notes: m.notes.filter((n) => !n.startsWith('Kind guessed')),
  };
}

/** A subject that only points back to what the sentence before named, with a copula or "include"
 *  and no number of its own before it: "These are ", "They include ", "Those were: ", "the updated
 *  forecasts were ", "He said the projections are ", "Among them are ", "Topping the list are ", and the
 *  next of a ranking, "It was followed by trade, which stood at ". */
export const POINTING_BACK_SUBJECT_RE =
  /^[^\d.;:]{0,60}?(?:^|\b(?:said|says|noted|notes|added|stated|told\s+[\w\s]{1,30}?)\s+(?:that\s+)?)\s*(?:(?:the|its|their|our)\s+)?(?:(?:updated|revised|new|latest|current|earlier)\s+)?(?:these|they|those|forecasts?|projections?|estimates?|figures|numbers)(?:\s+(?:countries|economies|members|sectors))?\s+(?:are|were|will\s+be|would\s+be|include[sd]?|comprise[sd]?|stand|stood)\b|^\s*(?:it|this|that|they|these)\s+(?:was|were|is|are|will\s+be)\s+(?:closely\s+)?followed\s+by\b|^\s*(?:among\s+(?:them|these|those)|topping\s+the\s+(?:list|ranking|table)|leading\s+the\s+(?:list|pack|way|ranking|table)|the\s+list\s+(?:includes|included|is\s+led\s+by))\b/i;

/** A verb that states an amount reached, in the past: "reached", "recorded", "totalled". */
const AMOUNT_VERB = String.raw`(?:reached|recorded|registered|posted|totall?ed|amounted\s+to|came\s+to|stood\s+at|hit)\s+(?:(?:about|around|some|nearly|almost|roughly|just\s+over|over|a\s+record)\s+)?`;
/** Right before an amount, a clause built like the one before it: ", and its imports recorded ",
 *  "; imports totalled ". */
const PARALLEL_AMOUNT_LEAD_RE = new RegExp(
  String.raw`(?:,\s*and|;\s*(?:and\s+)?|\band)\s+(?:(?:its|their|the|our|this\s+year['’]s)\s+)?[\w'’-]+(?:\s+(?:of\s+)?[\w'’-]+)?\s+${AMOUNT_VERB}$`,
  'i',
);
const AMOUNT_VERB_BEFORE_RE = new RegExp(String.raw`\b${AMOUNT_VERB}$`, 'i');
/** Between an amount and a change that restates it: ", up 11 percent" (the change's own words). */
const APPOSITIVE_BETWEEN_RE = /^\s*(?:,|\()\s*$/;
/** Between a sum and the percent that restates it as a part, an aside's ", or ". */
const OR_ASIDE = String.raw`\s*,\s*or\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$`;
const OR_ASIDE_BETWEEN_RE = new RegExp(`^${OR_ASIDE}`, 'i');
/** Between two numbers of one kind that share one verb, the words that give the second no verb of
 *  its own: the first's unit, the group or place it is for, then "and" or a list's comma (" a
 *  week for single pensioners and ", " for couples and single parents outside London and ", " and
 *  ", " per litre of Super Petrol, "; v275: a list's earlier items are parted by commas). A digit,
 *  a clause stop or a new subject after "and" ("and the cap on total allowances to") is none. */
const GAPPED_BETWEEN_RE =
  /^(?:\s+(?:a|an|per|each)\s+[a-z]+)?(?:\s+(?:for|in|outside|inside|within|on|at|across|under|over|of)\s+[^\d.;:,()]{1,60}?)?(?:\s+and\s+|,\s+)$/i;
/** A verb of its own in those words, or in the rest of the second number's clause ("and 1.8
 *  billion was earned"), which makes the second number a clause of its own. */
const OWN_VERB_BETWEEN_RE =
  /\b(?:is|are|was|were|will|would|has|have|had|be|been|being|shall|may|might|can|could|should|must|rose|fell|grew|rises|falls|grows|reached|totall?ed|amounted|increased|decreased|declined|dropped|climbed|expects?|forecasts?)\b/i;

/** Between the last number of a clause and the second number of a gapped clause after it, whose
 *  verb is left out: the first clause's tail, ", and" or ", or", a subject noun phrase with no verb,
 *  then the "from" of its change or the participle that defines it, its first number and the word
 *  before its second (", and the deduction for family pensioners from ₹25,000 to ", " less in tax
 *  each month, and a person earning SEK 45 000 about "; v281). */
const GAPPED_CLAUSE_BETWEEN_RE =
  /^(?:\s+[^\d.;:,()]{1,40}?)?,\s+(?:and|or)\s+(?:the|a|an|each|every)\s+(?:(?!(?:is|are|was|were|has|have|had|will|would|could|should|may|might|shall|can|must|be|been|being|to|that|which|who)\b)[a-z][\w'’-]*\s+){0,4}?(?:from|[a-z]+ing)\s+[^\s\d]{0,4}\s?\d[\d.,]*(?:\s\d{3})*(?:\s?(?:million|billion|lakh|crore|bn|m))?(?:\s+(?:a|an|per)\s+[a-z]+)?\s+(?:(?:to|about|around|some|roughly|nearly)\s+)?[^\s\d]{0,4}\s?$/i;

/**
 * Figures stated in parallel share one status: "as, on its estimate for the whole year, exports
 * reached $480 billion, up 6.1%, and imports stood at $415 billion, up 8.3%" (the second clause has
 * no hedge of its own but is the same kind of statement), and a change in apposition to an amount
 * ("$383 billion, down 2.4 percent") is that amount's. Each borrows the status of the figure it follows.
 * @example parallelClauses('exports reached $5 billion, and imports recorded $4 billion', ms)[1].statusFrom // ms[0].start
 */
function parallelClauses(s: string, matches: Match[]): Match[] {
  let lastAmount: Match | undefined;
  return matches.map((m, i) => {
    const before = i > 0 ? matches[i - 1]! : undefined;
    let out = m;
    if (
      m.kind === 'amount' &&
      m.statusFrom === undefined &&
      lastAmount !== undefined &&
      PARALLEL_AMOUNT_LEAD_RE.test(s.slice(lastAmount.end, ownStart(m))) &&
      AMOUNT_VERB_BEFORE_RE.test(s.slice(0, ownStart(lastAmount)))
    ) {
      out = { ...m, statusFrom: ownStart(lastAmount) };
    } else if (
      (m.kind === 'amount' || m.kind === 'share') &&
      m.statusFrom === undefined &&
      m.status === undefined &&
      before?.kind === m.kind &&
      GAPPED_BETWEEN_RE.test(s.slice(before.end, ownStart(m))) &&
      !OWN_VERB_BETWEEN_RE.test(s.slice(before.end, ownStart(m))) &&
      !OWN_VERB_BETWEEN_RE.test(/^[^,;:]*/.exec(s.slice(m.end))![0])
    ) {
      // "will rise to £121.40 and £192.20 a week respectively", "£236.40 a week for single
      // pensioners and £360.90 for couples": the second number of a pair joined by "and", with no
      // verb of its own, is the same verb's, decided or forecast as the first is.
      out = { ...m, statusFrom: ownStart(before) };
    } else if (
      m.kind === 'change' &&
      m.statusFrom === undefined &&
      m.status === undefined &&
      before?.kind === 'amount' &&
      APPOSITIVE_BETWEEN_RE.test(s.slice(before.end, ownStart(m)))
    ) {
      out = { ...m, statusFrom: ownStart(before) };
    } else if (
      m.kind === 'share' &&
      m.statusFrom === undefined &&
      m.status === undefined &&
      before?.kind === 'amount' &&
      OR_ASIDE_BETWEEN_RE.test(s.slice(before.end, ownStart(m))) &&
      /^[^,]*\d[^,]*,\s+of\s/i.test(s.slice(ownStart(m), m.end))
    ) {
      // "up to ¥50 billion, or 2.1 percent, of its own shares": the sum restated as a part.
      out = { ...m, statusFrom: ownStart(before) };
    } else if (
      m.kind === 'share' &&
      m.statusFrom === undefined &&
      m.status === undefined &&
      before?.kind === 'amount' &&
      !/\d/.test(s.slice(ownStart(m), m.end)) &&
      /,\s+with\s[^.;:\d]*$/i.test(s.slice(before.end, ownStart(m)))
    ) {
      // "capital spending of US$5.8 billion in 2033, with about two-thirds directed to upstream",
      // "EUR 11 billion in 2026, with own funds making up more than half": a fraction of the sum
      // named before it is planned or spent as that sum is.
      out = { ...m, statusFrom: ownStart(before) };
    }
    if (
      out === m &&
      (m.kind === 'amount' || m.kind === 'share') &&
      m.statusFrom === undefined &&
      m.status === undefined
    ) {
      // "is proposed to be increased from ₹75,000 to ₹1,00,000, and the deduction for family
      // pensioners from ₹25,000 to ₹35,000", "A person earning SEK 30 000 will pay about SEK 210
      // less, and a person earning SEK 45 000 about SEK 290 less": a gapped clause's second number
      // is the first clause's verb's, proposed, forecast or decided as that clause's last number
      // of its kind is (v281).
      const first = matches
        .slice(0, i)
        .filter(
          (p) => p.kind === m.kind && GAPPED_CLAUSE_BETWEEN_RE.test(s.slice(p.end, ownStart(m))),
        )
        .at(-1);
      if (first !== undefined && !OWN_VERB_BETWEEN_RE.test(/^[^,;:]*/.exec(s.slice(m.end))![0]))
        out = { ...m, statusFrom: ownStart(first) };
    }
    if (m.kind === 'amount') lastAmount = m;
    return out;
  });
}

/** Right after an amount, the name of a currency the contract does not chart: "$ 25.1 trillion
 *  soums" (a stray "$" before an amount in soums), "2 billion drams", "40 billion CFA francs". */
const OTHER_CURRENCY_AFTER_RE =
  /^\s+(?:soums?|sums|soms?|somoni|drams?|lari|manats?|tugriks?|t[öo]gr[öo]gs?|kyats?|kips?|riels?|afghanis?|leks?|denars?|kunas?|litas|litai|lats|lati|leva|lev|marks?|birr|kwachas?|(?:CFA\s+)?francs?|guaran[ií]es?|bolivianos?|quetzal(?:es)?|lempiras?|c[óo]rdobas?|colones|col[óo]n|hryvnya|units?\s+of\s+account)\b/i;

/** True when an amount is written in a currency the contract does not chart, whatever sign
 *  stands before it: the word after the scale names the currency.
 *  @example otherCurrencyAfter('$ 25.1 trillion soums', { start: 0, end: 15, kind: 'amount' } as Match) // true */
function otherCurrencyAfter(s: string, m: Match): boolean {
  return m.kind === 'amount' && OTHER_CURRENCY_AFTER_RE.test(s.slice(m.ownEnd ?? m.end));
}

/** True when an amount is one side of an exchange rate written as an equation ("US$1 = 7.2
 *  yuan", "EUR 1 = USD 1.08"): a price of one currency in another, not a sum of money.
 *  @example exchangeQuote('US$1 = 7.2 yuan', { start: 0, end: 4, kind: 'amount' } as Match) // true */
function exchangeQuote(s: string, m: Match): boolean {
  if (m.kind !== 'amount') return false;
  if (/^\s*=/.test(s.slice(m.ownEnd ?? m.end)) || /=\s*$/.test(s.slice(0, ownStart(m))))
    return true;
  // "stabilized at N110.05: US$1", "US$1: N110.05": one unit of a currency set by a colon against
  // a number is a rate quoted as a ratio, no sum ("In 2031: $1 a ticket" follows a year).
  if (ONE_UNIT_RE.test(s.slice(ownStart(m), m.ownEnd ?? m.end))) {
    const other =
      /(?<![\d.,])(\d[\d.,]*)\s*:\s*$/.exec(s.slice(0, ownStart(m)))?.[1] ??
      /^\s*:\s*(?:[^\s\d]{1,4}\s?)?(\d[\d.,]*)/.exec(s.slice(m.ownEnd ?? m.end))?.[1];
    if (other !== undefined && !/^(?:1[89]|2[01])\d\d$/.test(other)) return true;
  }
  // "The dollar traded at 151.2 yen", "the euro was worth $1.08": a currency's price in another,
  // with no scale (a sum the currency's name leads into has one: "the dollar value rose to $2 billion").
  // "7.10 yuan per dollar", "151 yen to the US dollar", "the exchange rate averaged 1.08 dollars": a
  // price of one currency in another named after it, or by "exchange rate" before it.
  if (SCALED_AMOUNT_RE.test(s.slice(m.start, m.end))) return false;
  // "the average rate used in March was ₦1,612.40 to US$1, against ₦1,498.75 a year earlier": a
  // price quoted against one unit of another currency, and the earlier price set against it, are
  // exchange rates (v276).
  const quoted = TO_ONE_UNIT_END_RE.exec(s.slice(m.start, m.end));
  if (quoted && quoted[1] !== quoted[2]) return true;
  if (TO_ONE_UNIT_COMPARED_BEFORE_RE.test(s.slice(0, ownStart(m)))) return true;
  // "EUR/USD 1.08", "the band of CZK/EUR 24 to 26": a code that another code and a slash lead
  // into names a currency pair, so the number is its rate.
  if (CURRENCY_PAIR_BEFORE_RE.test(s.slice(Math.max(0, ownStart(m) - 8), ownStart(m) + 3)))
    return true;
  return (
    CURRENCY_PRICE_BEFORE_RE.test(s.slice(Math.max(0, ownStart(m) - 160), ownStart(m))) ||
    PER_CURRENCY_AFTER_RE.test(weighedPounds(s).slice(m.ownEnd ?? m.end)) ||
    // "R18.40 bought one US dollar", "151 yen would buy a dollar", "it took Rs 83 to buy one US
    // dollar": the price of one unit of a currency said in words, an exchange rate.
    BUYS_ONE_CURRENCY_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)) ||
    EXCHANGE_RATE_BEFORE_RE.test(s.slice(Math.max(0, ownStart(m) - 80), ownStart(m))) ||
    // "a taxa média de câmbio passou de R$ 5,41 para", "el tipo de cambio se ubicó en", "le taux de
    // change s'est établi à": the exchange rate named in Portuguese, Spanish or French before a
    // sum with no scale, in the same clause, is what the sum is the level of.
    ROMANCE_EXCHANGE_RATE_BEFORE_RE.test(s.slice(Math.max(0, ownStart(m) - 80), ownStart(m))) ||
    COMPARED_EXCHANGE_RATE_BEFORE_RE.test(s.slice(0, ownStart(m))) ||
    CURRENCY_PRICE_COMPARED_BEFORE_RE.test(s.slice(0, ownStart(m))) ||
    CURRENCY_MOVE_BEFORE_RE.test(s.slice(Math.max(0, ownStart(m) - 160), ownStart(m))) ||
    CONVERSION_AT_BEFORE_RE.test(s.slice(0, ownStart(m)))
  );
}

/** Before an amount with no scale, the rate a conversion is made at: "Conversions use ", "converted
 *  at a rate of ", "sums are converted at " ("costs were converted into $2 billion" has a scale). */
const CONVERSION_AT_BEFORE_RE =
  /\b(?:conversions?\s+(?:use[sd]?|(?:is|are|were)\s+made\s+at)|\bconverted\s+at)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+)?rate\s+of\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/** One unit of a currency a price is quoted "to": " to US$1", " to €1". */
const ONE_UNIT_QUOTED = String.raw`\s+to\s+(?:(?:US|A|C|NZ|S|HK)?\$|€|£|¥|(?:USD|EUR|GBP)\s?)1(?:\.0+)?`;
/** A price in one currency quoted to one unit of another, its two signs in groups 1 and 2: "₦1,612.40
 *  to US$1" ("$0.90 to $1" is a range of one currency's sums). */
const TO_ONE_UNIT_END_RE =
  /^([^\s\d]{0,4})\s?\d[\d.,]*\s+to\s+((?:US|A|C|NZ|S|HK)?\$|€|£|¥|USD|EUR|GBP)\s?1(?:\.0+)?$/;
/** Before an amount, a price quoted against one unit and what it is compared with: "₦1,612.40 to
 *  US$1, against ₦", "R18.40 to $1, up from R". */
const TO_ONE_UNIT_COMPARED_BEFORE_RE = new RegExp(
  String.raw`\d${ONE_UNIT_QUOTED},?\s+(?:compared\s+(?:with|to)|against|versus|(?:up|down)\s+from|from)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** An amount of exactly one unit of its currency, with no scale: "US$1", "$1", "EUR 1", "1 dollar". */
const ONE_UNIT_RE = /^(?:[^\s\d]{1,4}\s?)?1(?:\.0+)?(?:\s?(?:[A-Z]{3}|dollars?|euros?|pounds?))?$/;
/** An amount's own code with another code and a slash before it: a currency pair ("CZK/EUR",
 *  "EUR / USD"), whose number is an exchange rate. */
const CURRENCY_PAIR_BEFORE_RE = /\b[A-Z]{3}\s?\/\s?[A-Z]{3}$/;
/** After an amount with no scale, the currency it is the price of: " per dollar", " to the US
 *  dollar", " against the euro", " for one yen", " per USD", "/US$" ("$82 a barrel" names no currency),
 *  and the same "per" in Portuguese, Spanish and French: " por dólar", " pour un euro". */
const PER_CURRENCY_AFTER_RE =
  /^\s*(?:(?:per|a|to\s+(?:the|one|a)|against\s+(?:the|one|a)|for\s+(?:one|each|a|1|every)|por(?:\s+(?:um|un))?|pour\s+(?:un|une|1))\s+|\/\s?)(?:(?:U\.S\.|US|American|Canadian|Australian|Hong\s+Kong|Singapore|New\s+Zealand|Swiss)\s+)?(?:dollars?|d[oó]lar(?:es)?|euros?|yen|pounds?|sterling|yuan|renminbi|RMB|rupees?|won|roubles?|rubles?|francs?|kron[ae]|kroner|pesos?|rand|lira|zlot(?:y|ys|ych)|forint|ringgit|rupiah|baht|dong|USD|EUR|JPY|GBP|CNY|CHF|US\$|\$|€|£|¥)(?![\w$€£¥])/i;
/** After an amount with no scale, a verb of buying and one unit of a currency: " bought one US
 *  dollar", " would buy a dollar", " to buy one euro", " was needed to buy one dollar" (" bought one
 *  loaf of bread" names no currency). */
const BUYS_ONE_CURRENCY_AFTER_RE =
  /^\s*(?:(?:was|were|is|are)\s+(?:needed|required)\s+to\s+buy|(?:would|could|will)\s+buy|bought|buys|to\s+buy|(?:was|were|is)\s+worth)\s+(?:one|a|1|each)\s+(?:(?:U\.S\.|US|American|Canadian|Australian|Hong\s+Kong|Singapore|New\s+Zealand|Swiss)\s+)?(?:dollar|euro|yen|pound(?:\s+sterling)?|yuan|renminbi|rupee|won|rouble|ruble|franc|krona|krone|peso|rand|lira|zloty|forint|ringgit|rupiah|baht|dong)\b(?!\s+(?:of|worth|in)\b)/i;

/** Before an amount with no scale, an exchange rate named in Portuguese, Spanish or French and the
 *  words of its clause, with no number between: "a taxa média de câmbio passou de R$ ", "el tipo
 *  de cambio se ubicó en ", "le taux de change s'est établi en moyenne à ". */
const ROMANCE_EXCHANGE_RATE_BEFORE_RE =
  /\b(?:taxas?|tipos?|taux)\s+(?:[\p{L}]+\s+)?de\s+(?:c[aâ]mbio|change)(?![\p{L}])[^.;\d]{0,60}$/iu;
/** Before an amount with no scale, an exchange rate whose level it is: "the exchange rate was ", "the
 *  yen's exchange rate averaged about ", "an exchange rate of ", "the won-dollar exchange rate
 *  ended the month at ", "the exchange rate weakened to ", and the rate a forecast assumes, "the
 *  exchange rate is assumed to remain around " (65 US cents). */
const EXCHANGE_RATE_BEFORE_RE =
  /\bexchange\s+rates?\s+(?:(?:of|for|against|to)\s+(?:the\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,4}?\s+)?(?:(?:(?:was|is|were|are)\s+(?:assumed|expected|projected|forecast|estimated)\s+to\s+(?:remain|stay|be|average|hold)(?:\s+at)?|remain(?:s|ed)?(?:\s+at)?|was|is|were|are|stood\s+at|stands\s+at|averaged|reached|settled\s+at|(?:closed|ended|finished|opened)(?:\s+(?:the\s+)?(?:day|week|month|quarter|year|session|period))?\s+at|(?:fell|rose|climbed|dropped|weakened|strengthened|depreciated|appreciated|moved)\s+to|of|at)\s+)(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/** Before an amount with no scale, an exchange rate quoted against a currency and what it is
 *  compared with: "a rate of 95.10 rupees to the dollar, against ", "an exchange rate of R17.9 per US
 *  dollar, up from ", and a rate its verb states bare, "the rand/US dollar exchange rate was
 *  R18.42, compared with " (v270). The earlier rate is a rate too. */
const COMPARED_EXCHANGE_RATE_BEFORE_RE =
  /\bexchange\s+rates?\b[^.;]{0,40}?\d[\d.,]*(?:\s+(?:[a-z]+\s+)?(?:to|per|against)\s+(?:(?:the|one|a)\s+)?[^\d.;,]{1,30}|(?<=\b(?:was|is|averaged|stood\s+at|of)\s+[^\s\d]{0,4}\s?\d[\d.,]*)),?\s+(?:compared\s+(?:with|to)|against|versus|(?:up|down)\s+from|from)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;

/** A currency named as the subject of its own price: "dollar", "euro", "rand". */
const CURRENCY_SUBJECT = String.raw`\b(?:crown|koruna|lev|leu|dinar|dollar|euro|yen|pound|sterling|rupee|yuan|renminbi|won|rouble|ruble|franc|krona|krone|peso|rand|lira|zloty|forint|ringgit|rupiah|baht|dong|shilling|naira|cedi|dirham|riyal|shekel|tenge|hryvnia)`;
/** The verbs of a currency's price, with their "at", "to" or "from … to": "traded at", "averaged",
 *  "weakened to", "was worth", and what one unit of it "cost" in another ("one euro cost 11.74
 *  kroner", as "one dollar fetched R18.40" and "bought 7.46 kroner"); also in the perfect ("has
 *  fallen to", "has since recovered to") and a bare "is" with its "at" or "around" ("is currently
 *  around R17.85", "is now at $1.19"): governors and ministers answer so (v84); a verb of closing or
 *  opening may name the period it closes before its "at" ("The dollar closed the year at R$ 5.62",
 *  "the euro ended the quarter at $1.09"; v122). */
const CURRENCY_PRICE_VERB = String.raw`(?:(?:was|is|were|are|has\s+been)\s+)?(?:(?:now|currently|still)\s+)?(?:(?:has|have|had)\s+(?:(?:now|since|also|already)\s+)?(?:fallen|risen|weakened|strengthened|slipped|declined|climbed|dropped|recovered|eased|firmed|depreciated|appreciated|traded|averaged|jumped|slid|tumbled|rebounded)|(?:is|was|are|were)(?:\s+(?:now|currently|still))?(?=\s+(?:at|around|about|near)\s)|(?:closed|closes|ended|ends|finished|finishes|opened|opens)(?:\s+(?:the|its)\s+(?:day|week|month|quarter|half|year|session|period)(?=\s+at\s))?|(?:assumed|expected|forecast|projected|estimated|seen)\s+to\s+(?:average|trade)|trad(?:ed|es|ing)|stood|stands|fell|falling|rose|rising|(?:de|in)creas(?:ed|ing)|declin(?:ed|ing)|weaken(?:ed|ing)|strengthen(?:ed|ing)|firmed|slipped|(?:de|ap)preciat(?:ed|ing)|averag(?:ed|es|ing)|worth|quoted|valued|bought|buys|fetched|fetches|cost|costs)\s+(?:(?:at|to|from)\s+|from\s+(?:[^\s\d]{1,4}\s?)?\d[\d.,]*\s+to\s+)?(?:(?:about|around|some|nearly|almost|roughly|just|an\s+average\s+of)\s+)?`;
/** Before an amount, a currency as the subject of its price: "the dollar traded at ", "The euro was
 *  worth ", "the rand weakened to ", "the pound closed at about ", "The Canadian dollar is assumed
 *  to average " (a budget's assumption, v139), "The New Zealand dollar averaged
 *  ", and a participle with its "from … to" ("the peso falling from P51.20 to "), also as the subject
 *  of a second verb its "and" joins ("the rand has traded in a range … and is currently around ",
 *  v84); a currency that names an area, a value or a price ("the euro area", "the dollar value of
 *  exports") is no such subject. */
const CURRENCY_PRICE_BEFORE_RE = new RegExp(
  String.raw`${CURRENCY_SUBJECT}(?:\s+(?!(?:area|zone|value|values|price|prices|cost|costs|terms|amount|denominated|index|bloc)\b)(?:[^.;:]|\.\d){1,100}?\s+and)?\s+${CURRENCY_PRICE_VERB}(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** The nouns of a currency's move: "appreciation", "weakening", "fall". */
const CURRENCY_MOVE_NOUN = String.raw`(?:appreciation|depreciation|devaluation|revaluation|strengthening|weakening|rise|fall|decline|drop|slide|climb|recovery)`;
/** Before an amount with no scale, a currency's move told by a noun, with its "from" or "to" and
 *  the currency it is priced in: "the yen's appreciation from around ", "the yen's appreciation from
 *  around 158 yen to around ", "the depreciation of the rand against the dollar to ". Both ends of
 *  the move are the currency's price, as after a verb ("the rand weakened to "). */
const CURRENCY_MOVE_BEFORE_RE = new RegExp(
  String.raw`(?:${CURRENCY_SUBJECT}(?:'s|’s)\s+${CURRENCY_MOVE_NOUN}|\b${CURRENCY_MOVE_NOUN}\s+of\s+the\s+(?:[A-Z][\w.]*\s+){0,2}?${CURRENCY_SUBJECT})(?:\s+(?:against|versus)\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){0,2}?(?:${CURRENCY_SUBJECT}|\b[A-Z]{3}))?\s+(?:from|to)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?(?:(?:[^\s\d]{1,4}\s?)?\d[\d.,]*(?:\s+[a-z]+)?\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Before an amount with no scale, the earlier price a currency's price is set against: "The New
 *  Zealand dollar averaged US$0.59 in October, against ", "the rand closed at R18.2 to the dollar,
 *  compared with ", and so with the day or the year between ("The shilling traded at KSh 131.45 per
 *  US dollar on 24 April, compared with "; v122). The earlier price is a rate too. */
const CURRENCY_PRICE_COMPARED_BEFORE_RE = new RegExp(
  String.raw`${CURRENCY_SUBJECT}\s+${CURRENCY_PRICE_VERB}(?:[^\s\d]{1,4}\s?)?\d[\d.,]*(?![\d.,]*\s*(?:million|billion|trillion|bn|m)\b)(?:[^.;\d]|\b\d{1,2}\b|\b(?:19|20)\d\d\b){0,40}?,?\s+(?:compared\s+(?:with|to)|against|versus|(?:up|down)\s+from)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);

/** The nouns of odds, singular or plural: "probability", "likelihood", "chances", "odds". */
const ODDS_NOUN = String.raw`(?:probabilit(?:y|ies)|likelihoods?|chances?|odds)`;
/** The participles that appraise odds at a level, a verb class (putting a value on something), not
 *  one verb: "put", "estimated", "judged", "reckoned", "pegged", "rated", "priced". */
const APPRAISED = String.raw`put|placed|set|estimated|seen|assessed|judged|reckoned|rated|pegged|pinned|priced|calculated|gauged|valued|considered|thought\s+to\s+be`;
/** Up to two bound words before odds: "about ", "no more than ", "well under ". */
const ODDS_BOUND = String.raw`(?:(?:about|around|some|only|just|roughly|nearly|almost|well|slightly|far|a\s+little|under|over|below|above|(?:no|not)\s+(?:more|less)\s+than|(?:less|more)\s+than|at\s+(?:least|most))\s+){0,2}`;
/** Right after a percent, the odds it gives: "with 50-percent probability", "a 30% chance of", "a
 *  20 per cent risk that", "about 30% likely", "60 per cent probable". */
const PROBABILITY_AFTER_RE =
  /^[\s-]*(?:probability|likelihood|chance|confidence|odds|significance)\b|^[\s-]*(?:risks?\s+(?:that|of)|(?:likely|unlikely|probable|improbable|certain)\b(?!\s+(?:of|in|among)\b))|^[\s-]*level\b(?=[^.;]{0,40}\bsignifican)/i;
/** Before a percent and its "level", an interval or band a forecast is drawn with: "the
 *  prediction intervals are set at the 90-percent level". The percent is how sure the band is. */
const INTERVAL_LEVEL_BEFORE_RE =
  /\b(?:(?:confidence|prediction|forecast|credible)\s+(?:intervals?|bands?|ranges?)|margins?\s+of\s+error|error\s+margins?|(?:sampling|standard)\s+errors?)\b(?:[^.;:]|\.(?=\d)){0,80}?\bat\s+(?:the|a)\s+$/i;
/** Right after a percent, a band a forecast is drawn with, by the noun of its uncertainty: "the 90
 *  per cent fan chart band", "an 80 percent fan chart", "the 70% prediction band", "a 60%
 *  uncertainty range". The percent is how sure the band is. */
const FORECAST_BAND_AFTER_RE =
  /^[\s-]*(?:(?:fan[\s-]chart|prediction|uncertainty|credible|probability)\s+(?:bands?|intervals?|ranges?|fans?)|fan[\s-]charts?)\b/i;
/** The odds written twice, the percent in apposition to odds in words: "a one-in-four, or 25%,
 *  chance", "a 1-in-10 (10 percent) likelihood" (the percent opens the aside, comma or bracket,
 *  and its close is followed by the noun of odds), and "a 15 per cent (roughly one-in-seven)
 *  probability", "a one-in-three, or 33 per cent, chance" (the aside after the first member, in
 *  brackets or between commas, before the noun of odds). */
const APPOSED_ODDS_BEFORE_RE =
  /(?:,\s*(?:or|i\.e\.|that\s+is)|\()\s*(?:(?:about|around|some|roughly|nearly)\s+)?$/i;
const APPOSED_ODDS_AFTER_RE = /^\s*[,)]\s*(?:probability|likelihood|chance|odds)\b/i;
const ODDS_AFTER_ASIDE_RE =
  /^\s*(?:\([^()]{1,40}\)|,\s*(?:or|i\.e\.|that\s+is)\s+(?:[^,;:.()]|\.(?=\d)){1,30},)\s*(?:probability|likelihood|chance|odds)\b/i;
/** Right before a percent, the odds it is: "with a probability of ", "a likelihood of about ",
 *  "a probability of at least ", "the odds are no more than ", with any bound word of the odds'
 *  vocabulary, also of an event told in a clause and bounded: "the chance that the scheme is wound
 *  up early is put at under ". */
const PROBABILITY_BEFORE_RE = new RegExp(
  String.raw`\b(?:probability|likelihood|chance|odds|(?:confidence|significance)\s+(?:level|interval))\s+(?:(?:of\s+[^.;:]{1,80}?|that\s+[^.;:]{1,80}?)\s+(?:is|was|are|were|(?:has|have)\s+been)\s+(?:put|estimated|seen|assessed|judged|reckoned|rated|placed|set)\s+at|of|at|is|was|are|were)\s+${ODDS_BOUND}$|\b(?:significant|significance)\s+at\s+(?:the\s+)?$`,
  'i',
);

/** The verbs that put odds at a level, a verb class (putting a value on something): "puts",
 *  "setting", "places", "judges", "reckons", "pegs", "assesses". */
const PUT_ODDS = String.raw`puts?|putting|sets?|setting|places?|placing|judges?|judged|judging|reckons?|reckoned|reckoning|pegs?|pegged|pegging|pins?|pinned|assess(?:es|ed|ing)?|gauges?|gauged|calculates?|calculated|sees?|saw|seeing|prices?|priced|pricing|values?|valued|valuing`;
/** Right before a percent, a verb that puts the odds of an event at it, the event named with its
 *  clause ("puts the probability that the fund runs dry before 2040 at ", "sets the chance of a
 *  deficit next year at about ") or with "of", a bound and a quote mark allowed ("puts the chance
 *  of a rate cut in June at ", "rated the odds of a second vote at “well below "). The percent says
 *  how likely the event is. */
const PUT_AT_ODDS_BEFORE_RE = new RegExp(
  String.raw`\b(?:${PUT_ODDS}|estimates?|estimating)\s+(?:the|its|their)\s+${ODDS_NOUN}\b[^.;:]{0,120}?\s+at\s+${ODDS_BOUND}$` +
    String.raw`|\b(?:${PUT_ODDS}|placed|rates?|rated|rating|gives?|gave|giving)\s+(?:the|its|their|our|his|her)\s+${ODDS_NOUN}\s+of\s+[^.;:]{1,80}?\s+at\s+["“']?${ODDS_BOUND}$`,
  'i',
);
/** True when a percent is the probability of a forecast, not an economic figure: "will fall
 *  between 10 and 13 percent, with 50-percent probability", "with a probability of 90%", and a
 *  test's level ("significant at the 5% level", "a 10 percent significance level").
 *  @example probability('with a 60% probability', { start: 7, end: 10, kind: 'share' } as Match) // true */
/** A probability stated with the event it is of: "the chance of a yearly loss above $800 billion
 *  is put at 25%". Every number in it, the odds and the event's bound, says how sure a forecast is. */
const PROBABILITY_EVENT_RE = new RegExp(
  String.raw`\b${ODDS_NOUN}\s+(?:of|that)\s+[^.;:]{1,80}?\s+(?:is|was|are|were)\s+(?:${APPRAISED})\s+at\s+${ODDS_BOUND}\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)`,
  'i',
);
/** A probability as the subject of a verb of change, with the event it is of, up to the percent it
 *  moved to or from: "The probability of inflation exceeding 3% in 2032 has risen to 45%",
 *  "Market-implied odds of a hike have climbed to 70%", "the likelihood that the scheme runs out of
 *  money fell to 20 percent". Every number in it says how likely the event is, or bounds the event,
 *  as with "is put at". A clause of its own between ("rose after inflation fell to 2.1%") ends it.
 *  The probability of default is no odds of one event but the credit-risk measure a bank or
 *  supervisor reports of its loans, a level ("the probability of default on corporate loans rose
 *  to 2.1%"). */
const PROBABILITY_MOVED_RE = new RegExp(
  String.raw`\b${ODDS_NOUN}\s+(?:of|that)\s+(?!default\b)(?:(?!(?:after|as|while|when|because|since|but|although|though|whereas)\b)[^.;:,])*?\s+(?:(?:has|have|had)\s+)?(?:risen|rose|rises|fallen|fell|falls|climbed|climbs|increased|increases|decreased|decreases|dropped|drops|jumped|jumps|declined|declines|slipped|eased|edged\s+(?:up|down)|moved)\s+(?:to|from|by)\s+${ODDS_BOUND}\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)`,
  'i',
);

/** The event a probability is of, to the end of its clause: no comma, no second clause ("the chance
 *  of a recession has faded and unemployment is 4.2%" holds two), a decimal point allowed. */
const ODDS_EVENT = String.raw`(?:(?!\b(?:and|but|after|as|while|when|because|since|although|though|whereas)\b)(?:[^.;:,]|\.(?=\d)))`;
/** A probability as the subject of a copula, with the event it is of, up to the percent it is:
 *  "the probability that the rate exceeds 10.5% is less than 10%", "the likelihood that inflation
 *  is above 4 per cent in 2027 is about 15 per cent", "the odds that the funding ratio falls under
 *  90 percent are no more than 5 percent", as actuaries, central banks and stress tests state
 *  odds. The odds and the event's bound both say how sure a forecast is, as with "is put at". The
 *  probability of default is the credit-risk measure of a bank's loans and keeps its reading. */
const PROBABILITY_IS_RE = new RegExp(
  String.raw`\b${ODDS_NOUN}\s+(?:of|that)\s+(?!default\b)${ODDS_EVENT}{1,120}\s+(?:is|was|are|were|(?:has|have)\s+been|remains?|stays?)\s+${ODDS_BOUND}\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)`,
  'i',
);
/** Odds stated as a percent before their noun, and the event they are of to the end of its clause:
 *  "a 75% probability that the rate stays below the legislated rate of 9.9%", "a 30 per cent
 *  chance that growth falls below 1.5 per cent next year", "a 10% risk that the debt ratio passes
 *  90%". The event's bound says how sure a forecast is, as the odds do; a figure told before the
 *  odds ("Inflation was 3.4% in May, with a 30% chance that it eases") keeps its reading. */
const ODDS_OF_EVENT_RE = new RegExp(
  String.raw`\d[\d.,]*[\s-]?(?:%|per[\s-]?cent|percent)[\s-]*(?:probability|likelihood|chance|odds|risk)\s+(?:that|of)\s+${ODDS_EVENT}+`,
  'i',
);

/** Right before a number inside an odds' event, a level measured at a date the event is told
 *  against: "below its 2032-33 level of ", "above its current level of ". The level is a fact,
 *  not the odds' bound, and keeps its reading. */
const MEASURED_LEVEL_BEFORE_RE =
  /\b(?:(?:its|their|the)\s+)(?:\d{4}(?:[-–/]\d{2,4})?|current|present|latest|today's|end-\d{4})\s+(?:level|rate|ratio|value)\s+of\s+(?:(?:about|around|some|nearly)\s+)?$/i;
/** Odds a forecaster puts on an event, and the event to the end of its clause: "puts a 25%
 *  probability on a price above $5 a pound", odds in words ("we see a one in four chance of growth
 *  below 1% next year", "assigns a 1 in 5 chance to a deficit above $40 billion"), "assigns a 30 per cent chance to a deficit of more than
 *  $2 billion", "put the probability of a price below $70 a tonne in 2033 at about 15%". The
 *  event's bound says how sure a forecast is, as the odds do; "prices are forecast at $70" names no
 *  odds and keeps its figure. */
const PROBABILITY_PUT_ON_RE =
  /\b(?:puts?|putting|places?|placing|assigns?|assigning|attach(?:es)?|attaching|sees?)\s+(?:(?:an?|the)\s+)?(?:(?:(?:about|around|roughly|some)\s+)?(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)|(?:one|two|three|\d{1,2})[\s-]in[\s-](?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3}))\s+)?(?:probability|chance|likelihood|odds)\s+(?:on|of|to)\s+(?:[^.;:]|\.(?=\d)){1,120}/i;

/** A probability that an outcome falls within a band, and the band's two ends: "a 70% chance that
 *  output ends the year within a range of 11 to 13 million b/d". The ends say how sure a forecast
 *  is, as the odds do; "prices will range from $50 to $70" names no odds and keeps its figures. */
const PROBABILITY_BAND_RE =
  /\b(?:probability|likelihood|chance|odds|confidence)\b(?:[^.;:]|\.(?=\d)){0,120}?\b(?:within|inside|outside)\s+(?:(?:our|the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:band|range|interval)\s+(?:of\s+|from\s+|between\s+)?\S{0,4}\d[\d.,]*\S*\s+(?:to|and|[-–])\s+\S{0,4}\d[\d.,]*/i;

/** Right before a percent, a probability stated earlier with no number since, then the base it
 *  moved from: "a 30% chance of a fall in rents next year, down from ", "a 20 percent likelihood
 *  of a strike, against ". The level a probability moved from is a probability too. */
const PROBABILITY_BASE_BEFORE_RE =
  /\d\s?(?:%|per\s?cent|percent)[\s-]*(?:probability|likelihood|chance|odds)\b[^\d%;]*?,?\s+(?:(?:up|down)\s+from|from|compared\s+with|against)\s+(?:(?:about|around|some)\s+)?$/i;

/** A band of uncertainty a forecaster draws around a projection at a percent, and, after the verb
 *  that sizes it, its width or edges to the end of the clause: "The 90 per cent band around the
 *  baseline debt ratio spans roughly 14 percentage points", "the 90% band around the windfall
 *  estimate runs from €9 billion to €17 billion", "the 80 per cent fan around the deficit
 *  forecast widens to 3 per cent of GDP". Group 1 is the percent (how sure the band is), group 2
 *  what the band spans; a centre named before the verb ("around the projection of 2.1 percent
 *  growth") stays a figure, and "a band of 40% to 50%" or "the 1 to 3 per cent target band" (a
 *  percent not right before the band) keep theirs. */
const UNCERTAINTY_BAND_RE =
  /\b(?:the|an?|our|its|their)\s+(\d[\d.,]*[\s-]?(?:%|per[\s-]?cent|percent))[\s-]+(?:(?:confidence|probability|uncertainty|prediction)\s+)?(?:bands?|intervals?|ranges?|fans?)\s+(?:around|surrounding)\s(?:(?:[^.;:]|\.(?=\d))*?\b(?:spans?|spanning|runs?|running|ranges?|ranging|extends?|extending|stretches|widens?|widening|covers?|goes|lies)\b((?:[^.;:]|\.(?=\d))*))?/i;

/** True when a number is the level of an uncertainty band around a projection, or what the band
 *  spans (UNCERTAINTY_BAND_RE). */
function uncertaintyBand(s: string, m: Match): boolean {
  const band = UNCERTAINTY_BAND_RE.exec(s);
  if (band === null) return false;
  const at = ownStart(m);
  const level = band.index + band[0].indexOf(band[1]!);
  if (at >= level && at < level + band[1]!.length) return true;
  const spread = band[2];
  return (
    spread !== undefined &&
    at >= band.index + band[0].length - spread.length &&
    at < band.index + band[0].length
  );
}

/** Right before a percent, odds told against other odds, then "at": "The likelihood that the
 *  deficit stays under the objective in every year is lower, at ", "the probability of inflation
 *  returning to target is higher, at about ". The percent is the odds; a level told "lower, at"
 *  with no odds ("Unemployment is lower, at 4.1 per cent") keeps its reading. */
const PROBABILITY_COMPARED_AT_BEFORE_RE =
  /\b(?:probability|likelihood|chance|odds)\s+(?:of|that)\s+[^.;:]{1,120}?\s+(?:is|was|are|were)\s+(?:(?:much|far|somewhat|slightly|a\s+little)\s+)?(?:lower|higher|smaller|greater|larger|slimmer)\s*,?\s+at\s+(?:(?:about|around|some|only|just|roughly|nearly)\s+)?$/i;

function probability(s: string, m: Match): boolean {
  if (uncertaintyBand(s, m)) return true;
  if (m.kind !== 'amount' && PROBABILITY_COMPARED_AT_BEFORE_RE.test(s.slice(0, ownStart(m))))
    return true;
  // The base may be stated with the words of the change before it ("a fall …, down from 45%").
  const lastNumber = s.slice(0, m.ownEnd ?? m.end).search(/\d[\d.,]*\s?(?:%|per\s?cent|percent)$/i);
  if (
    m.kind !== 'amount' &&
    lastNumber >= 0 &&
    PROBABILITY_BASE_BEFORE_RE.test(s.slice(0, lastNumber))
  )
    return true;
  for (const re of [
    PROBABILITY_EVENT_RE,
    PROBABILITY_MOVED_RE,
    PROBABILITY_BAND_RE,
    PROBABILITY_PUT_ON_RE,
    PROBABILITY_IS_RE,
    ODDS_OF_EVENT_RE,
  ]) {
    const event = re.exec(s);
    if (
      event !== null &&
      ownStart(m) >= event.index &&
      ownStart(m) < event.index + event[0].length &&
      !(
        (re === PROBABILITY_IS_RE || re === ODDS_OF_EVENT_RE) &&
        MEASURED_LEVEL_BEFORE_RE.test(s.slice(0, ownStart(m)))
      )
    )
      return true;
  }
  const after = s.slice(m.ownEnd ?? m.end);
  if (
    m.kind !== 'amount' &&
    (FORECAST_BAND_AFTER_RE.test(after) ||
      ODDS_AFTER_ASIDE_RE.test(after) ||
      (APPOSED_ODDS_AFTER_RE.test(after) && APPOSED_ODDS_BEFORE_RE.test(s.slice(0, ownStart(m)))))
  )
    return true;
  // "puts the probability that output contracts next year at 60 percent": stated words that open
  // on a verb of the event ("contracts … at 60 percent") leave the odds' words before the number.
  const digit = s.slice(ownStart(m), m.ownEnd ?? m.end).search(/\d/);
  const number = ownStart(m) + Math.max(0, digit);
  return (
    m.kind !== 'amount' &&
    (PROBABILITY_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)) ||
      PROBABILITY_BEFORE_RE.test(s.slice(0, ownStart(m))) ||
      PUT_AT_ODDS_BEFORE_RE.test(s.slice(0, ownStart(m))) ||
      PUT_AT_ODDS_BEFORE_RE.test(s.slice(0, number)) ||
      (INTERVAL_LEVEL_BEFORE_RE.test(s.slice(0, ownStart(m))) &&
        /^[\s-]*level\b/i.test(s.slice(m.ownEnd ?? m.end))))
  );
}

/** Right after a percent, the vote it is the rule of: " veto threshold", " voting threshold", " blocking
 *  minority", " qualified majority", " supermajority", " quorum". A majority held ("a 60% majority
 *  stake") is a stake. */
const VOTING_RULE_AFTER_RE =
  /^[\s-]*(?:(?:veto|voting|vote|blocking)\s+(?:thresholds?|majority|minority|bar|requirements?|hurdles?|rights?|power\s+threshold)|(?:super|(?:qualified|special|absolute|weighted|required)\s+)majority|supermajority|majority\s+(?:vote|threshold|requirement)|blocking\s+minority|quorum)\b/i;
/** Right after a percent, what a vote needs: " needed", " required", " turnout threshold required
 *  by law", " approval threshold", " participation quorum" (v149). */
const VOTE_NEEDED_AFTER_RE =
  /^\s*(?:(?:needed|required)\b|(?:(?:turnout|approval|participation|voting)\s+)(?:thresholds?|quorums?|bars?|hurdles?)\b)/i;
/** A sentence that names a vote: a tally of yes, votes, voters, voting, a ballot, a referendum,
 *  turnout, or a percent "for" or "against" with its outcome ("71.2% for", "(passed)"). */
const VOTE_NAMED_RE =
  /\b(?:yes|no\s+votes?|votes?|voters?|voted|voting|ballots?|referend(?:um|a|ums)|turnout|polls?|electorate|in\s+favou?r)\b|(?:%|per\s?cent)\s+(?:for|against)\s*[,;]|\((?:passed|carried|failed|defeated|lost)\)/i;
/** Right before a percent, the vote's rule it is: "the veto threshold of ", "a voting threshold at
 *  ", "a quorum of ", "lower the voting threshold for key decisions to ". */
const VOTING_RULE_BEFORE_RE =
  /\b(?:(?:veto|voting|blocking)\s+(?:threshold|majority|minority|requirement|hurdle)|supermajority|quorum)(?:\s+(?:for|on)\s+[a-z\s-]{1,40}?)?\s+(?:of|at|is|was|remains|stands\s+at|set\s+at|to|from)\s+(?:(?:about|around|some|just)\s+)?$/i;

/**
 * True when a percent is the share of votes a rule of voting needs or lets block ("the 15 percent
 * veto threshold on key decisions", "an 85% supermajority", "a quorum of 50%"): a rule of the vote,
 * as "a two-thirds majority" is, no measure. A share of votes held or won ("holds 16.5% of the
 * votes", "won 52% of the vote") and a majority stake keep their reading.
 * @example votingRule('The 15 percent veto threshold stays.', { start: 4, end: 14, kind: 'share' }) // true
 */
function votingRule(s: string, m: Match): boolean {
  if (m.kind === 'amount') return false;
  if (
    VOTING_RULE_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)) ||
    VOTING_RULE_BEFORE_RE.test(s.slice(0, ownStart(m)))
  )
    return true;
  // "- Measure Q: $640 million, 53.7% yes, 55% needed (failed)", "clearing the 50% turnout
  // threshold required by law": the share a vote the sentence names needs, a rule of the vote
  // (v149), as "the two-thirds supermajority needed" is; "the $3.3 billion needed" names no vote.
  // A share of the members that vote names the vote too: "adopted by 71% of deputies, with 66.7%
  // needed".
  if (
    VOTE_NEEDED_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)) &&
    (VOTE_NAMED_RE.test(s) || SHARE_OF_VOTERS_RE.test(s))
  )
    return true;
  // "55% of member states representing 65% of the population": a double majority, both shares.
  for (const d of s.matchAll(DOUBLE_MAJORITY_RE))
    if (m.start >= d.index && m.start < d.index + d[0].length) return true;
  // "requires the backing of at least 55% of member states", "needs 75% of the votes cast".
  if (
    REQUIRED_VOTE_BEFORE_RE.test(s.slice(0, ownStart(m))) &&
    VOTE_SHARE_RE.test(s.slice(ownStart(m)))
  )
    return true;
  // "with the consent of holders of 75% of the aggregate principal amount outstanding", "requires
  // the approval of the holders of at least 75 per cent of the notes": the share of a debt its
  // holders must hold for their consent to change its terms.
  if (HOLDERS_CONSENT_BEFORE_RE.test(s.slice(0, ownStart(m)))) return true;
  // "… of holders of 66⅔% of the aggregate principal amount outstanding of each affected series
  // and 85% of all affected series taken together": a second share joined to the rule's first.
  const joined = JOINED_SHARE_BEFORE_RE.exec(s.slice(0, ownStart(m)));
  const first = joined?.[1];
  if (joined !== null && first !== undefined) {
    const end = joined.index + first.length;
    if (votingRule(s, { ...m, start: joined.index, own: joined.index, ownEnd: end, end }))
      return true;
  }
  // "requires the support of creditors holding 75% of the bonds", "Shareholders representing 10%
  // of the capital may call a meeting": the share the voters a rule names must hold.
  for (const h of s.matchAll(VOTERS_HOLDING_RE)) {
    const inside = m.start >= h.index && m.start < h.index + h[0].length;
    if (!inside) continue;
    const rest = s.slice(h.index + h[0].length);
    if (REQUIRED_VOTE_BEFORE_RE.test(s.slice(0, h.index)) || RULE_MODAL_AFTER_RE.test(rest))
      return true;
  }
  return false;
}

/** Right before a percent, the consent, approval or vote of the holders of a debt, with a bound at
 *  most: "the consent of holders of ", "the approval of the holders of at least ", "a resolution
 *  of noteholders of not less than ". */
const HOLDERS_CONSENT_BEFORE_RE =
  /\b(?:support|backing|approval|consent|votes?|resolution|sanction|request|direction)\s+of\s+(?:the\s+)?(?:registered\s+)?(?:holders|owners|bondholders|noteholders|creditors)\s+of\s+(?:(?:at\s+least|not\s+less\s+than|no\s+less\s+than|more\s+than|a\s+minimum\s+of)\s+)?$/i;
/** Before a percent, an earlier percent "of" a whole and "and": "66⅔% of the aggregate principal
 *  amount outstanding of each affected series and ". Group 1 is the earlier percent. */
const JOINED_SHARE_BEFORE_RE =
  /(\d[\d.,]*[½⅓⅔¼¾]?\s?(?:%|per\s?cent|percent))\s+of\s+[^.;:%]{1,100}?\s+and\s+(?:(?:at\s+least|not\s+less\s+than|more\s+than)\s+)?$/i;
/** The members that vote, named after a percent's "of": member states, shareholders, the votes
 *  cast. */
const VOTERS = String.raw`(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:member\s+states|members|states|countries|shareholders|stockholders|creditors|bondholders|governments|votes(?:\s+cast)?|voting\s+rights|voters|delegates|councillors|deputies|legislators|parties)\b`;
/** Anywhere in a sentence, a percent of the members that vote: "71% of deputies". */
const SHARE_OF_VOTERS_RE = new RegExp(
  String.raw`\d\s?(?:%|per\s?cent|percent)\s+of\s+${VOTERS}`,
  'i',
);
/** A rule of a double majority: a percent of the members that vote, then what they must
 *  represent, a percent of the population, the votes or the capital: "55% of member states
 *  representing 65% of the population", "67% of creditors, holding at least 75% of the claims".
 *  Both percents are the rule. The second names its whole: in "received 88.4% of the votes cast,
 *  with 75% required" the first is a tally and the second what the vote needs (v149). */
const DOUBLE_MAJORITY_RE = new RegExp(
  String.raw`\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+of\s+${VOTERS},?\s+(?:together\s+|jointly\s+|who\s+)?(?:representing|represent|accounting\s+for|holding|hold|comprising|covering|with)\s+(?:(?:at\s+least|more\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+of\s+(?!them\b|those\b|which\b)`,
  'gi',
);
/** Right before a percent, what a decision needs of the voters: "requires ", "needs at least ",
 *  "must be backed by ", "the support of no fewer than ". */
const REQUIRED_VOTE_BEFORE_RE =
  /\b(?:requires?|required|needs?|needed|must\s+(?:be\s+)?(?:backed|supported|approved|ratified|endorsed)\s+by|(?:the\s+)?(?:support|backing|approval|consent|votes?)\s+of)\s+(?:(?:at\s+least|more\s+than|no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+)?$/i;
/** A percent, "of" and the voters: "75% of the votes cast", "55 per cent of member states". */
const VOTE_SHARE_RE = new RegExp(
  String.raw`^\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+of\s+${VOTERS}`,
  'i',
);
/** The voters, then the share of a whole they hold or stand for: "creditors holding 75% of the
 *  outstanding bonds", "Shareholders representing at least 10% of the capital". */
const VOTERS_HOLDING_RE = new RegExp(
  String.raw`\b(?:member\s+states|members|states|countries|shareholders|stockholders|creditors|bondholders|noteholders|governments|delegates|voters)\s*,?\s+(?:together\s+|jointly\s+)?(?:representing|holding|accounting\s+for|with)\s+(?:(?:at\s+least|more\s+than|no\s+less\s+than|a\s+minimum\s+of|over)\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+`,
  'gi',
);
/** After the voters and their share, the rule's modal of what they may or must do: " may call a
 *  meeting", " must approve", " can block". */
const RULE_MODAL_AFTER_RE =
  /^[^.;:]{0,40}?\b(?:may|must|can|shall|are\s+(?:entitled|required|needed)|is\s+(?:needed|required))\b/i;

/**
 * A pattern (flag i) whose one sign, parted from its number by a space at most, `source` writes
 * where it puts `sign`: it tests with the sign read loosely (looseSign.ts; a few hundred
 * characters where the sign list is ~5,000), and with the list written out (made only then) when
 * the loose sign is none.
 * @example signedTest((sign) => String.raw`^for\s+${sign}\s?\d`).test('for $5') // true
 */
function signedTest(source: (sign: string) => string): { test(s: string): boolean } {
  const [loose, asWritten] = signedPattern(source, 'i');
  return { test: (s) => signedExec(loose, asWritten, s, { space: true }) !== null };
}

/** One unit of a currency that a sentence counts its other sums out of: "for every $1 of", "each
 *  €1 invested", "per $1 of premiums", "Every dollar of aid", "in each pound". */
const ONE_UNIT_REFERENCE_RE = signedTest(
  (sign) =>
    String.raw`\b(?:every|each|per)\s+(?:single\s+)?(?:${sign}\s?1(?![\d.,]*\d)|(?:[a-z-]+\s+)?(?:${CURRENCY_WORD}|pound)(?!\w))`,
);
/** Right before a sum, "every", "each" or "per": the sum is the unit another is counted per ("to
 *  collect every $100 of tax", "for each €1 invested", "a levy of $2 per $1,000 of value"), and
 *  so is the same unit again after "or part of" ("$1.75 per $1,000 (or part of $1,000)": v232). */
const PER_UNIT_BEFORE_RE =
  /\b(?:every|each|per)\s+(?:single\s+)?$|\bper\s+(?:[^\s\d]{1,4}\s?)?\d[\d.,]*\s*\(?\s*or\s+(?:any\s+)?part\s+of\s+(?:an?\s+|one\s+)?$/i;
/** Right after a sum with no scale, one unit of a currency named with "the" that it is counted on:
 *  " on the dollar", " in the pound", " to the euro", " of the rand" (a ratio of money); a
 *  currency that names the area using it is a place ("€40 in the euro area", v239). */
const ON_THE_UNIT_AFTER_RE = new RegExp(
  String.raw`^\s+(?:on|in|to|of)\s+the\s+(?:${CURRENCY_WORD}|pound)(?!\w)(?!\s+(?:against|versus|exchange|rate|price|area|zone|bloc|countries|members?)\b)`,
  'i',
);
/** Right after a sum, another sum of money it is counted out of: " in every €5", " out of each
 *  $10" ("€1 in every €5 of revenue": a ratio of money, no sum). */
const OUT_OF_SUM_AFTER_RE = signedTest(
  (sign) => String.raw`^\s+(?:in|of|out\s+of)\s+(?:every|each)\s+${sign}\s?\d`,
);
/** Right after a sum with no scale, up to four words and "for every" another sum: " from members
 *  for every $4", " for each €10" ("£1 from members for every £4 of grant": a matching ratio). */
const MATCHED_SUM_AFTER_RE = signedTest(
  (sign) => String.raw`^\s+(?:[^\s\d.;:,]+\s+){0,4}?for\s+(?:every|each)\s+${sign}\s?\d`,
);

/** v285: before a sum, a clause opened by "for every" or "for each" and a sum with no scale, up to
 *  its comma ("for every R9 of goods South Africa sells to Kenya, Kenya sells about "): the sum
 *  after it is counted per that unit, the other side of a ratio of money. */
const FOR_EVERY_SUM_CLAUSE_BEFORE_RE =
  /\bfor\s+(?:every|each)\s+[^\s\d]{1,4}\s?\d[\d.,]*(?![\d.,]*\s?(?:million|billion|trillion|thousand|crore|lakh|mn|bn|m|k)\b)[^.;:,]*,\s+[^.;:,]*$/i;
/** After a unit, with the whole it is a slice of, the verb that gives its worth: " of GDP is worth",
 *  " equals", " of payroll corresponds to". */
/** A percent at the start of the words, with its sign: "0.1%", "2 per cent". */
const OWN_PERCENT_RE = /^[-–−+]?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/i;
const UNIT_WORTH_AFTER_RE =
  /^(?:\s+of\s+[^.;:,\d]{1,30}?)?\s+(?:(?:is|was|are|were|would\s+be)\s+(?:(?:now|roughly|about|around)\s+)?(?:worth|equal\s+to|equivalent\s+to)|equals|corresponds\s+to|translates\s+(?:in)?to)\b/i;

/**
 * A sum that is the unit of a ratio is no figure: the unit itself ("every $100 of tax", "each €1
 * invested"), and, when the unit is one of a currency, a sum with no scale counted per it ("£4 for
 * every £1 spent", "$0.85 per $1 of premiums", "Every dollar of aid draws $2.5": a multiple of
 * the unit, not money). A sum counted per a larger unit ("43 cents to collect every $100") is a
 * unit cost and stays, as "62 cents a gallon" does; so do scaled sums and "Each household
 * received $600".
 * @example perUnit('It returns £4 for every £1 spent.', { start: 11, end: 13, kind: 'amount' } as Match) // true
 */
function perUnit(s: string, m: Match): boolean {
  // "each 0.1% of GDP is worth about £2.9 billion": a slice that prices the others is a unit.
  if (m.kind !== 'amount')
    return (
      PER_UNIT_BEFORE_RE.test(s.slice(0, ownStart(m))) &&
      UNIT_WORTH_AFTER_RE.test(s.slice(ownStart(m)).replace(OWN_PERCENT_RE, ''))
    );
  if (PER_UNIT_BEFORE_RE.test(s.slice(0, ownStart(m)))) return true;
  if (OUT_OF_SUM_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))) return true;
  const own = s.slice(ownStart(m), m.ownEnd ?? m.end);
  // "recovered 20 cents on the dollar", "about 35 pence in the pound", "values the old bonds at
  // 55 cents on the euro": a part of one unit of a currency counted on that unit is a ratio of
  // money, what is paid or worth per unit owed, no sum; "62 cents a gallon" stays a price.
  if (!SCALED_AMOUNT_RE.test(own) && ON_THE_UNIT_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)))
    return true;
  if (!SCALED_AMOUNT_RE.test(own) && MATCHED_SUM_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)))
    return true;
  // "$7,080 plus 17c for each $1 over $105,600": the base a band's charge opens with, before the
  // part of each dollar added to it, is a sum, no multiple of the unit (v282).
  if (BASE_PLUS_PER_UNIT_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))) return false;
  // "for every R9 of goods South Africa sells to Kenya, Kenya sells about R1 back": the sum a
  // fronted "for every" unit counts out is a ratio of money, no sum (v285).
  if (!SCALED_AMOUNT_RE.test(own) && FOR_EVERY_SUM_CLAUSE_BEFORE_RE.test(s.slice(0, ownStart(m))))
    return true;
  // "an oil price of US$68 per barrel, an exchange rate of US$1.16 per euro": the "per euro" of an
  // exchange rate quotes a currency's price, no unit the sentence's other sums are counted per.
  return (
    !SCALED_AMOUNT_RE.test(own) &&
    ONE_UNIT_REFERENCE_RE.test(
      weighedPounds(s).replace(EXCHANGE_RATE_PER_RE, '').replace(CURRENCY_AT_PER_RE, ''),
    )
  );
}

/** After a sum, "plus" and a part of each unit of money over a line: " plus 17c for each $1",
 *  " plus 32.5 cents for every dollar", " plus 20% of the excess". */
const BASE_PLUS_PER_UNIT_AFTER_RE =
  /^\s+plus\s+(?:[^\s\d]{1,4}\s?)?\d[\d.,]*\s?(?:c|cents?|p|pence|%|per\s?cent)?\s+(?:for|on|of|per)\s+(?:each|every|the)\b/i;
/** Money counted in pounds: a sign, a code, "sterling", pence ("£", "GBP", "E£", "LE 5", "9p",
 *  "50 pence"). */
const POUND_MONEY_RE = /£|\b(?:GBP|EGP|LE|L\.E\.)\s?\d|\bsterling\b|\bpence\b|\d\s?p\b/i;
/** A sentence about a currency's price: a "rate" (an exchange rate), "currency", "the pound" as a subject
 *  ("the dollar rose to 1.27 per pound", "the rate was 1.27 dollars per pound"). A rate a noun
 *  names the price it is ("the loan rate for raw cane sugar", "the support rate", "the levy rate")
 *  is no currency's (v207). */
const CURRENCY_PRICE_TALK_RE =
  /\b(?<!\b(?:loan|support|subsidy|payment|purchase|premium|levy|duty|tax|tariff|toll|freight|royalty|assessment)\s+)rates?\b|\bcurrenc(?:y|ies)\b|\bthe\s+pound\b/i;
/** "per pound", "a pound", "each pound", "/lb" written as a word: the unit a price is quoted per. */
const PER_POUND_RE = /\b(per|a|an|each|every)(\s+)pound\b/gi;
/**
 * The sentence with a pound of weight set apart from the pound of money: in a sentence whose sums
 * are in no pound ("US$4.35 per pound", "rose 11 cents to $2.06 a pound"), "per pound" is the
 * weight a metal, a crop or meat is priced per, as "per tonne" is, so its "pound" is written as
 * "lb" (same length, so offsets hold). A sentence with a sum in pounds ("£4 for every pound",
 * "9p per pound lent") or a currency's price ("the rate was 1.27 dollars per pound") keeps its
 * unit of money.
 * @example weighedPounds('Copper averaged US$4.28 per pound.') // 'Copper averaged US$4.28 per lb   .'
 */
export function weighedPounds(s: string): string {
  if (POUND_MONEY_RE.test(s) || CURRENCY_PRICE_TALK_RE.test(s)) return s;
  return s.replace(PER_POUND_RE, (_, word: string, space: string) => `${word}${space}lb   `);
}
/** An exchange rate and its price up to the "per" of the currency it prices: "exchange rate of
 *  US$1.16 per ", "the exchange rate assumed, 0.66 US dollars per ". */
const EXCHANGE_RATE_PER_RE =
  /\bexchange\s+rates?\b[^.;]{0,40}?\d[\d.,]*(?:\s*[^\s\d]{1,10}){0,2}\s+per\s+/gi;

/** A currency named as "the" currency, then a bare number "per" the currency it is priced in,
 *  up to that "per": "the dollar at 1.09 per ", "the rand weakened to 18.4 per ", "the euro traded
 *  at 1.12 per ". A number with a sign or a hundredth ("$12 per", "9p per") is no such price. */
const CURRENCY_AT_PER_RE = new RegExp(
  String.raw`\bthe\s+(?:[A-Za-z-]+\s+)?(?:${CURRENCY_WORD})(?!\w)(?:\s+[a-z]+){0,3}?\s+(?:(?:about|around|roughly|nearly|some)\s+)?\d[\d.,]*\s+per\s+`,
  'gi',
);

/** Right before a whole 100 percent, a verb that says parts sum to it: "add up to ", "do not sum
 *  to ", "may not total ", "equal exactly ", "together make up ". */
const SUM_VERB_BEFORE_RE =
  /\b(?:(?:add|adds|added|adding|sum|sums|summed|summing)\s+(?:up\s+)?to|total|totals|totalled|totaled|equal|equals|equalled|equaled|(?:together|jointly|all)\s+(?:make|makes|made)\s+up|come\s+to|comes\s+to)\s+(?:exactly\s+|precisely\s+)?$/i;
/** Before the verb in the same clause, parts of a whole that sum: "the shares", "the weights",
 *  "components", "percentages", "they all". */
const PARTS_BEFORE_RE =
  /\b(?:shares|weights|proportions|percentages|components|parts|categories|sub-?totals|they\s+all|together|jointly)\b[^.;:]*$/i;

/** A whole 100 percent: "100%", "100.0 per cent". */
const WHOLE_PERCENT_RE = /^100(?:\.0+)?\s?(?:%|per\s?cent\b|percent\b)/i;

/**
 * A whole 100 percent that parts are said to sum to is no figure ("the shares may not add up to
 * 100% because of rounding", "they all sum to 100 per cent"): it measures nothing. "Debt totalled
 * 100% of GDP" and "supplied 100% of the island's power" name a whole of their own and stay shares.
 * @example sumOfParts('Shares add up to 100%.', { start: 17, end: 21, kind: 'share' } as Match) // true
 */
function sumOfParts(s: string, m: Match): boolean {
  const own = s.slice(ownStart(m));
  if (m.kind !== 'share' || !WHOLE_PERCENT_RE.test(own)) return false;
  const before = s.slice(0, ownStart(m));
  if (!SUM_VERB_BEFORE_RE.test(before)) return false;
  return !/^\S+(?:\s?(?:%|per\s?cent|percent))?\s+of\b/i.test(own) || PARTS_BEFORE_RE.test(before);
}

/** A noun, then a bracket that opens on a bare number: "accounts (about ", "depositors (". Group 1
 *  is the noun. */
const COUNT_IN_BRACKET_BEFORE_RE =
  /\b([a-z]+)\s*\(\s*(?:(?:about|around|some|roughly|nearly|almost|over|just\s+over|more\s+than)\s+)?$/i;

/** Holders and what they hold, counted one by one: "accounts", "depositors", "policies". */
const HELD_ITEMS_RE =
  /^(?:accounts|depositors|policyholders|policies|cardholders|borrowers|clients)$/i;

/** Right before a percent, the code of a government security: "OAT ", "BTP ", "Bund ", "UST ". */
const SECURITY_CODE_BEFORE_RE =
  /\b(?:OAT(?:€?i)?|BTAN|BTP|Bunds?|Bobl|Schatz|UST|Gilts?|OLO|DSL|JGB|CGB|ACGB|Bonos?)\s+$/;
/** Right before a percent, any code in capitals: "SGB ", "KTB ". */
const ANY_CODE_BEFORE_RE = /\b[A-Z]{2,5}\s+$/;
/** Right after a coupon, its maturity as a whole date: " 25 November 2031", " 15/08/2034", " May 15,
 *  2035". */
const MATURITY_DATE_AFTER_RE =
  /^\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+|\d{1,2}[/.-]\d{1,2}[/.-])(?:19|20)\d\d\b/;
/** Right after a coupon, a year of maturity: " 2035", " due 2035". */
const MATURITY_YEAR_AFTER_RE = /^\s+(?:(?:due|maturing)\s+(?:in\s+)?)?(?:19|20)\d\d\b/i;
/** Right after a coupon, the security it names, then its maturity or its name's capitals: " bond
 *  maturing in 2041", " notes due 2034", " Treasury Gilt 2035", " 2033 bond", " War Loan", and the
 *  security's noun capitalised as a name is (" Notes due 2063", " Sukuk due 2030", " Bonds of 2040"). */
const SECURITY_AFTER_RE =
  /^\s+(?:(?:(?:19|20)\d\d|[A-Z][\w-]*)\s+){0,3}(?:(?:[Bb]onds?|[Nn]otes?|[Gg]ilts?|[Ll]oans?|[Dd]ebentures|Eurobonds?|[Ss]ecurities|[Ss]ukuk|OATs?|Bunds?|Treasur(?:y|ies)|[Oo]bligations)\s+(?:due|maturing)\b|(?:[Bb]onds?|[Nn]otes?|[Gg]ilts?|[Ll]oans?|[Dd]ebentures|Eurobonds?|[Ss]ecurities|[Ss]ukuk|OATs?|Bunds?|Treasur(?:y|ies)|[Oo]bligations)\s+(?:of\s+)?(?:19|20)\d\d\b)|^\s+(?:19|20)\d\d\s+(?:bonds?|notes?|gilts?|loans?|Eurobonds?|securities|sukuk)\b|^\s+(?:[A-Z][\w-]*\s+){1,3}(?:Loan|Bonds?|Gilts?|Notes?|Eurobonds?)\b/;

/** A word that names a bond's kind before its noun: "green", "index-linked", "10-year", "savings". */
const SECURITY_KIND = String.raw`(?:green|blue|social|sustainab[\w-]*|index-linked|inflation-linked|savings|treasury|government|sovereign|benchmark|conventional|fixed-rate|floating-rate|zero-coupon|retail|domestic|diaspora|infrastructure|war|perpetual|samurai|panda|(?:\d{1,2}|one|two|three|five|seven|ten|fifteen|twenty|thirty|fifty)-year)`;
/** A security's noun, in any case: "bond", "Notes", "stock", "sukuk", "Eurobond". */
const SECURITY_NOUN = String.raw`(?:bonds?|notes?|gilts?|loans?|debentures|eurobonds?|securities|sukuk|stock|obligations)`;
/** Right after a coupon, the security's kind and noun and then "of", "due" or "maturing" and its
 *  year ("0.75 per cent green bond of 2045", " Treasury Stock 2041"), or its year first and then its
 *  noun or code (" 2033 OAT", " 2038 green bonds"): the rate names which bond, as in the name. */
const SECURITY_KIND_AFTER_RE = new RegExp(
  String.raw`^\s+(?:(?:${SECURITY_KIND})\s+){0,2}${SECURITY_NOUN}\s+(?:(?:of|due|maturing)\s+(?:in\s+)?)?(?:19|20)\d\d\b(?![-–/]\d)|^\s+(?:19|20)\d\d\s+(?:(?:${SECURITY_KIND})\s+)?(?:${SECURITY_NOUN}|OATs?|BTPs?|Bunds?|JGBs?|USTs?)\b`,
  'i',
);
/** Right after a coupon's maturity date, the security: " Treasury Bond", " bond", " notes". */
const SECURITY_NOUN_AFTER_RE =
  /^\s+(?:[A-Z][\w-]*\s+){0,2}(?:bonds?|notes?|gilts?|loans?|debentures|Eurobonds?|securities|sukuk|stock)\b/i;
/** Right after a coupon in a title set in capitals, the security and its year of maturity: " TREASURY
 *  GILT 2041", " INDEX-LINKED TREASURY GILT 2039", " GOVERNMENT BONDS DUE 2034" (not " ON BONDS"). */
const CAPS_SECURITY_AFTER_RE =
  /^\s+(?:(?:TREASURY|INDEX-LINKED|GOVERNMENT|FEDERAL|CONVERSION|EXCHEQUER|SAVINGS|GREEN)\s+){0,2}(?:GILTS?|BONDS?|NOTES?|STOCK|LOANS?|OBLIGATIONS?|SUKUK|DEBENTURES?)\s+(?:DUE\s+|MATURING\s+(?:IN\s+)?)?(?:19|20)\d\d\b/;
/** Right after a coupon, a code in capitals and a year of maturity: " GS 2033", " OAT 2041". */
const CODE_YEAR_AFTER_RE = /^\s+[A-Z]{2,5}\s+(?:19|20)\d\d\b(?![-–/]\d)/;

/** Before a number, the average size of a forecast's past errors and its verb: "the average error
 *  of the budget-balance forecast made in June for the following year has been ", "the mean absolute
 *  forecast error was about ", "historical forecast errors have averaged ". */
const FORECAST_ERROR_BEFORE_RE =
  /\b(?:average|mean|typical|historical)\s+(?:absolute\s+)?(?:forecast(?:ing)?\s+)?errors?\b(?:[^.;:!?]|\.(?=\d)){0,100}?\s(?:has\s+been|have\s+been|had\s+been|was|were|is|are|amounted\s+to|came\s+to|stood\s+at|averaged|of)\s+(?:(?:about|around|roughly|some|approximately|nearly|close\s+to)\s+)?$/i;

/** Before a number, an auction's tail and its verb or colon: "Tail: ", "a tail of ", "the tail was
 *  just ", "the tail came in at " (not "tail risk"). */
const AUCTION_TAIL_BEFORE_RE =
  /\btails?(?:\s*:|\s+(?:of|was|were|is|are|stood\s+at|came\s+in\s+at|at|narrowed\s+to|widened\s+to))\s+(?:(?:just|only|about|around|a\s+mere)\s+)?$/i;

/**
 * A coupon written in a security's name is no figure: "OAT 2.25 % 25 May 2034", "Bund 2.60%
 * 15/08/2034", "the 4.25% bond maturing in 2041", "its 0.5% 2033 bond", "the 3½% War Loan". It names
 * the security, as a year names a period; so does a coupon whose maturity date and then the security
 * follow it ("the 2.5 per cent 15 June 2036 bond"), or a code and a year ("7.1% GS 2034"), with
 * any fraction ("the 1⅜% gilt 2031"), and in a title set in capitals ("AUCTION OF 4⅜% TREASURY GILT
 * 2041"). A coupon stated as a rate ("a bond with a coupon of 3.5%")
 * and a yield stay figures.
 * @example securityName('OAT 2.25 % 25 May 2034 for €3 billion', { start: 4, end: 10, kind: 'share' } as Match) // true
 */
function securityName(s: string, m: Match): boolean {
  if (m.kind === 'amount' || m.range !== undefined) return false;
  const own = s.slice(ownStart(m));
  const percent = /^\d[\d.,]*[½¼¾⅛⅜⅝⅞⅓⅔]?\s?(?:%|per\s?cent\b|percent\b)/i.exec(own);
  if (!percent) return false;
  const before = s.slice(0, ownStart(m));
  const after = own.slice(percent[0].length);
  if (SECURITY_CODE_BEFORE_RE.test(before))
    return MATURITY_DATE_AFTER_RE.test(after) || MATURITY_YEAR_AFTER_RE.test(after);
  if (ANY_CODE_BEFORE_RE.test(before) && MATURITY_DATE_AFTER_RE.test(after)) return true;
  const dated = MATURITY_DATE_AFTER_RE.exec(after);
  if (dated && SECURITY_NOUN_AFTER_RE.test(after.slice(dated[0].length))) return true;
  return (
    SECURITY_AFTER_RE.test(after) ||
    SECURITY_KIND_AFTER_RE.test(after) ||
    CODE_YEAR_AFTER_RE.test(after) ||
    CAPS_SECURITY_AFTER_RE.test(after)
  );
}

/** The ends of a scale in percent: "0% to 100%", "0–100%", "0 to 100 percent". */
const SCALE_ENDS_RE =
  /(?<![\d.,])0\s?(?:%|per\s?cent|percent)?\s*(?:to|-|–|—)\s*100\s?(?:%|per\s?cent\b|percent\b)/gi;
/** A word that says the sentence describes a scale: "on a scale of", "scored", "ratings range from". */
const SCALE_WORD_RE =
  /\b(?:scales?|scor(?:e|es|ed|ing)|rat(?:ed|ings?)|(?:ranges?|ranging|runs?|running)\s+from)\b/i;
/** After a percent, what a point of the scale means: " means full compliance", " indicates". */
const SCALE_MEANS_AFTER_RE = /^\s+(?:means|indicates|denotes|represents|stands\s+for|signals)\b/i;

/**
 * The ends of a scale, and a point of it whose meaning is given, are no figures: "scored on a scale
 * of 0% to 100%", "ratings run on a 0–100% scale, where 100% means full compliance". "Unemployment
 * ranged from 4% to 6%" and "the score rose to 78%" measure something and stay.
 * @example scalePoint('Banks are scored on a scale of 0% to 100%.', { start: 31, end: 41, kind: 'share', range: { low: 0, high: 100 } } as Match) // true
 */
function scalePoint(s: string, m: Match): boolean {
  if (m.kind === 'amount' || !SCALE_WORD_RE.test(s)) return false;
  const from = ownStart(m);
  const to = m.ownEnd ?? m.end;
  for (const ends of s.matchAll(SCALE_ENDS_RE)) {
    if (from < ends.index + ends[0].length && to > ends.index) return true;
  }
  return (
    /^(?:0|100)\s?(?:%|per\s?cent\b|percent\b)/i.test(s.slice(from)) &&
    SCALE_MEANS_AFTER_RE.test(afterNumber(s, m))
  );
}

/** Right before a number, a bound: "above ", "of below ", "more than ", "at least ". */
const MEANING_BOUND_BEFORE_RE =
  /\b(?:above|below|over|under|(?:more|less|greater|lower|higher)\s+than|at\s+least)\s+$/i;

/**
 * A bound whose meaning the sentence gives right after it is a threshold that sorts readings, no
 * figure: "a reading above 50 percent indicates growth", "a score of below 40% means a weak
 * result". A reading with no bound ("a reading of 54 percent indicates") and a bound reached
 * ("rose above 50 percent, which signals") keep their reading.
 * @example boundMeaning('a reading above 50 percent indicates growth', { start: 16, end: 26, kind: 'share' } as Match) // true
 */
function boundMeaning(s: string, m: Match): boolean {
  return (
    m.kind !== 'amount' &&
    MEANING_BOUND_BEFORE_RE.test(s.slice(0, ownStart(m))) &&
    SCALE_MEANS_AFTER_RE.test(afterNumber(s, m))
  );
}

/** A bound, the values it sets (one or two joined by "or"), then a verb that sorts what passes it
 *  into a class: "deviations above 0.3% of GDP in a single year or 0.6% cumulatively count as
 *  significant", "loans of more than 90 days overdue are classed as non-performing". Group 1 is the
 *  words from the bound to the verb. */
const CRITERION_RE =
  /\b(?:above|below|over|under|exceeding|(?:more|less|greater|lower|higher)\s+than|at\s+least)\s+((?:[^.;:!?,]|[.,](?=\d)){1,90}?)\s+(?:counts?\s+as|qualif(?:y|ies)\s+as|(?:are|is|will\s+be|shall\s+be)\s+(?:considered|deemed|treated\s+as|classed\s+as|classified\s+as|regarded\s+as|defined\s+as))\b/gi;
/** Right before a bound, a verb that says a reading reached it: "rose above", "was over". */
const CRITERION_REACHED_BEFORE_RE =
  /\b(?:ros(?:e|en)|rises|rising|fell|fallen|falls|falling|climbed|jumped|dropped|stood|stayed|remained|was|were|is|are|been|came\s+in|ran)\s+$/i;

/**
 * A bound that defines a class of readings is no figure: "Deviations above 0.3% of GDP in a single
 * year or 0.6% cumulatively count as significant", "Arrears of more than 90 days are classed as
 * non-performing", "Refunds above Rs 5 lakh are treated as high-value". It sorts, as a threshold
 * does; nothing measured it. A bound a reading reached ("the deficit rose above 3% of GDP, which is
 * considered excessive") and a figure outside the span keep their reading.
 * @example criterionBound('Deviations above 0.3% of GDP count as significant.', { start: 17, end: 21, kind: 'share' } as Match) // true
 */
function criterionBound(s: string, m: Match): boolean {
  const from = ownStart(m);
  for (const c of s.matchAll(CRITERION_RE)) {
    if (CRITERION_REACHED_BEFORE_RE.test(s.slice(0, c.index))) continue;
    const spanStart = c.index;
    const spanEnd = c.index + c[0].length;
    if (from > spanStart && from < spanEnd) return true;
  }
  return false;
}

/** True when letters are glued to an amount's last digit that no scale reads ("$50K", "$2.5bi"):
 *  the size is unsure, so the amount stays unproposed rather than read as $50.
 *  @example unknownScale('a $50K grant', { start: 2, end: 5, kind: 'amount' } as Match) // true */
function unknownScale(s: string, m: Match): boolean {
  return (
    m.kind === 'amount' && /\d$/.test(s.slice(m.start, m.end)) && /^[A-Za-z]/.test(s.slice(m.end))
  );
}

/** After an amount with no scale, the coin, note or stamp it names: "a $1 coin", "the new €500
 *  banknote", "the 20p piece" are denominations, not sums ("a $2 billion note programme" is a sum). */
const DENOMINATION_AFTER_RE =
  /^[\s-]*(?:coins?|pieces?|notes?|banknotes?|bills?|stamps?|denominations?)\b/i;

/** After an amount with no scale, the later members of a list of face values that ends in the coin
 *  or note noun, each with no scale of its own: " and $20 bills", ", Rs 2 and Re 1 coins", ", 20
 *  and 50 notes" (the noun names every member's kind). "Rs 10 and Rs 20 crore of notes" is no such
 *  list. */
const DENOMINATION_LIST_AFTER_RE = new RegExp(
  String.raw`^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:(?:${CURRENCY_SIGN})\s?|Re\.?\s)?\d[\d,]*(?:\.\d+)?(?![\d.,]*\d))+[\s-]*(?:coins?|notes?|banknotes?|bills?|stamps?|denominations?)\b`,
  'i',
);

/** Before an amount with no scale, the coin or note it is, or a face value: "the coin of 10 rupees",
 *  "a note worth €5", "a nominal value of €1" (per share, per coin), and a face value written
 *  with no "of", as company filings write it: "per equity share of face value ₹10 each", "shares
 *  of nominal value €1", "a par value per share of $0.01". Bills only in the plural ("bills of
 *  $20"): "a minimum annual bill of $120" is what a customer is billed (v235). A stamp that pays a
 *  fee ("a national revenue stamp of ¥7,300", "a court fee stamp of ₹500") is the fee's part, no
 *  face value (v239). */
const DENOMINATION_BEFORE_RE =
  /\b(?:(?:coins?|notes?|banknotes?|bills|(?<!\b(?:revenue|fee|duty|fiscal|certificate|court|tax)\s+)stamps?)\s+(?:of|worth|valued\s+at)|(?:nominal|face|par)\s+values?(?:\s+(?:per|of\s+(?:each|one))\s+(?:share|unit|bond|note|debenture))?(?:\s+(?:of|is|was|at))?)\s+$/i;
/** Around an amount with no scale, a security "of" it "each": "equity shares of ₹10 each", "bonds
 *  of $1,000 each", "units of Rs 10 each" — the face value of each one, how company and market
 *  filings name a class of shares, no sum. "Tickets of ₹500 each" and "sold at €14.20 each" name
 *  no security's face. */
const SECURITY_OF_BEFORE_RE = /\b(?:shares?|stocks?|debentures?|bonds?|units?|notes?)\s+of\s+$/i;
const EACH_AFTER_RE = /^\s+each\b/i;
/** After an amount with no scale, its naming as a face value: "$1,000 face value", "$1 par value",
 *  "€100 nominal value". */
const FACE_VALUE_AFTER_RE = /^[\s-]+(?:nominal|face|par)[\s-]+values?\b/i;

/** After a percent, a word of what a product is made of or how pure it is: "100% natural
 *  sweetener", "a 100 percent organic tea", "jackets of 80% wool". */
const PRODUCT_GRADE_AFTER_RE =
  /^[\s-]*(?:natural|organic|pure|recycled|biodegradable|cotton|wool|cashmere|silk|linen|vegan|halal|arabica|wholegrain|whole-?wheat|cocoa|juice|fruit|proof|alcohol|ABV)\b/i;

/** After a percent, the quality a grade of grain, rice, milk or another farm product is sold or
 *  bought by: the share of broken kernels, the moisture, protein or fat it holds, its purity, or a
 *  grade's letter ("white rice 5% broken", "paddy with 15% moisture", "11.5% protein wheat", "milk
 *  at 4.2% fat", "Hom Mali 100% grade B"). What a rule or a market does with it ("a 20% fat tax",
 *  "5% broken exports rose", "broken down by") names no grade. */
const CROP_GRADE_AFTER_RE =
  /^[\s-]*(?:broken(?:s|[\s-]+(?:kernels?|grains?))?\b(?![\s-]+(?:down|up|out|off|into)\b)|moisture\b|protein\b|(?:butter|milk[\s-]?)?fat\b|purity\b|grade\s+(?:[A-D]|[1-5]|I{1,3})\b)(?![\s-]+(?:[\w-]+\s+)?(?:caps?|limits?|tax(?:es)?|levy|levies|dut(?:y|ies)|targets?|rules?|requirements?|exports?|imports?|output|production|sales|demand|consumption|intake|supply|shipments?)\b)/i;
/** Before a percent, the content of a product's quality a grade or a contract sets, with its
 *  bound: "a moisture content of not more than ", "a protein content of at least ", "fat content
 *  below ", and the substance a fuel, an ore or a drink holds: "a sulphur content of ", "an ash
 *  content of ", "an alcohol content of ". A content that moved ("protein content rose to") is a
 *  level and keeps its reading. */
const CROP_CONTENT_BEFORE_RE =
  /\b(?:moisture|protein|(?:butter|milk[\s-]?)?fat|oil|sugar|starch|gluten|brokens?|broken\s+(?:kernels?|grains?)|sulph?ur|sulfur|ash|alcohol|ethanol|nitrogen|salt|fibre|fiber|water|metal|iron|copper|zinc|nickel|lead|gold|silver|lithium)\s+(?:contents?|levels?)\s+(?:of\s+|(?:must\s+|shall\s+)?(?:not\s+)?(?:exceed(?:s|ing)?|below|under|above)\s+)(?:(?:not|no)\s+(?:more|less)\s+than\s+|at\s+(?:most|least)\s+|max(?:imum|\.)?\s+(?:of\s+)?|min(?:imum|\.)?\s+(?:of\s+)?|below\s+|under\s+|up\s+to\s+)?$/i;

/** Right before a percent, a tax and "at": "VAT at ", "Value Added Tax (VAT) at ", "a duty at ". */
const TAX_AT_BEFORE_RE =
  /\b(?:VAT|GST|taxe?s?|dut(?:y|ies)|levy|levies)(?:\s*\([A-Z]{2,5}\))?\s+at\s+$/i;
/** After a percent, a power or gas product named by its green make-up: " green power", "
 *  renewable electricity", "-clean energy tariff". */
const GREEN_PRODUCT_AFTER_RE =
  /^[\s-]+(?:green|renewable|clean|carbon-free|zero-carbon|fossil-free)[\s-]+(?:power|electricity|energy|gas)?\s*(?:tariffs?|plans?|products?|supply|power|electricity|energy|gas)\b/i;
/** Before a percent, a buyer's choice of a product: "opting for ", "who choose a ", "switched to ". */
const PRODUCT_CHOSEN_BEFORE_RE =
  /\b(?:opt(?:s|ed|ing)?\s+(?:for|in\s+to)|choos(?:e|es|ing)|chose|buy(?:s|ing)?|bought|sign(?:s|ed|ing)?\s+up\s+(?:for|to)|subscrib(?:e|es|ed|ing)\s+to|switch(?:es|ed|ing)?\s+to)\s+(?:(?:an?|the)\s+)?$/i;

/** After a whole 100 percent, the class of ownership it names, as an adjective: "100%
 *  subsidiaries", "a 100%-owned unit", "100 per cent foreign-owned firms" are wholly owned ones, a
 *  category. "a 100% stake" and "owns 100% of the shares" name the stake itself and stay shares. */
const OWNERSHIP_CLASS_AFTER_RE =
  /^(?:\s*-\s*|\s+)(?:(?:foreign|state|family|locally|privately|publicly)[\s-])?(?:owned\b|subsidiar(?:y|ies)\b)/i;

/** After any percent, a hyphenated or spaced "owned", "held" or "controlled" before the noun it
 *  classes: "its 51%-owned subsidiaries", "the 60 per cent-owned insurance arm", "a 49% owned
 *  venture", "the 51%-held mining unit", "the 70 per cent-controlled utility". A part-owned
 *  company is a kind of company, as a wholly owned one is; "is 35% owned by the province" states
 *  the stake itself and stays a share. */
const PART_OWNED_CLASS_AFTER_RE =
  /^(?:\s*-\s*|\s+)(?:(?:foreign|state|family|government|majority|jointly)[\s-])?(?:owned|held|controlled)\s+(?!(?:by|through|via|directly|indirectly|outright|jointly|in|at|and|or|but|as|abroad|overseas|offshore|locally|domestically|outside|externally|constant|steady|back|over|up|for|under|until|on|within|to|from|of)\b)[a-z]/i;
/** After a percent, a carried interest or a free carry: the class of participation a licence or
 *  contract reserves for a state company, which pays none of the costs ("a 10% free-carried
 *  interest", "a 20% carried interest for the state company", "a 15 percent free carry", "a 10
 *  per cent free carried stake", "a 25 percent back-in right", "a carried participation of 20%"). A
 *  working or participating interest held ("holds a 30% working interest") is a stake, a share. */
const CARRIED_PARTICIPATION = String.raw`(?:(?:free[\s-]*)?carried[\s-]+(?:equity\s+)?(?:interests?|stakes?|shares?|participations?|holdings?|equity)|free[\s-]+carry|back[\s-]*in\s+(?:rights?|options?|interests?))`;
const CARRIED_INTEREST_AFTER_RE = new RegExp(String.raw`^[\s-]+${CARRIED_PARTICIPATION}\b`, 'i');
/** Before a percent, the same participation named first: "a carried participation of ", "a free
 *  carried stake of up to ", "its back-in right is ". */
const CARRIED_INTEREST_BEFORE_RE = new RegExp(
  String.raw`\b${CARRIED_PARTICIPATION}\s+(?:of|at|is|was|(?:is|was)\s+set\s+at)\s+(?:(?:about|around|up\s+to)\s+)?$`,
  'i',
);
/** After a percent, a fuel named by its grade or blend: "100% renewable diesel", "a 10% ethanol
 *  blend", "a 20 per cent biodiesel blend", "100 percent sustainable aviation fuel". What a rule
 *  sets for the blend ("a 10% ethanol blend mandate") and a sum or change of the fuel ("a 10%
 *  fuel duty rise") name no grade. */
const FUEL_GRADE_AFTER_RE =
  /^[\s-]+(?:(?:(?:renewable|synthetic|sustainable|advanced|bio-?|low-carbon|e-)[\s-]*(?:diesel|petrol|gasoline|kerosene|(?:aviation|jet|marine)\s+fuel|fuels?|methanol|LNG))|(?:(?:ethanol|biodiesel|biofuel|bioethanol|hydrogen|HVO|SAF|biomethane|methanol)[\s-]+blend(?:ed\s+(?:fuel|petrol|diesel|gasoline))?))\b(?!\s+(?:[\w-]+\s+)?(?:mandates?|targets?|requirements?|obligations?|quotas?|shares?|goals?|limits?|caps?|ceilings?|levy|levies|tax(?:es)?|dut(?:y|ies)|prices?|costs?|sales|use|consumption|demand|imports|exports|output|production|subsid(?:y|ies)|rises?|increases?|falls?|cuts?)\b)/i;

/** A fuel a blend is made of, by its head noun after any of up to three words that say which
 *  ("ethanol", "mineral diesel", "natural gas", "SAF", "unleaded petrol", "ultra-low sulphur
 *  diesel", "palm methyl ester", "hydrotreated vegetable oil", "sustainable aviation fuel"):
 *  how ministries, refiners and agencies write the parts of a biofuel blend. "oil" is a fuel
 *  only after the plant or use it comes from; "imported oil" in a supply mix is read with the
 *  mix's other parts. */
const FUEL_MODIFIER = String.raw`(?:(?!(?:and|or|of|with|the|a|an|in|to|for)\b)[a-z][\w-]*[\s-]+){0,3}?`;
const FUEL_COMPONENT = String.raw`${FUEL_MODIFIER}(?:ethanol|bioethanol|biodiesel|diesel|petrol|gasoline|kerosene|(?:jet|aviation|marine)\s+fuel|hydrogen|biomethane|methanol|(?<=natural[\s-]*)gas|SAF|HVO|FAME|(?:methyl\s+)?esters?|(?<=(?:vegetable|cooking|palm|rapeseed|soy(?:bean)?|plant|pyrolysis)[\s-]+)oil)`;
const BLEND_PART = String.raw`\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)\s+${FUEL_COMPONENT}\b`;
/** The make-up of a fuel blend, after "a blend of" or "a mixture of", or in brackets after its
 *  grade: "a blend of 20% biodiesel and 80% mineral diesel", "E10 petrol (10% ethanol". A
 *  country's power or energy mix ("a power mix of 40% renewables") is a set of shares, not one
 *  product's grade. */
const FUEL_BLEND_MAKEUP_RE = new RegExp(
  String.raw`(?:(?<!\b(?:energy|power|generation|electricity|supply|capacity)\s+)\b(?:blend|mixture)\s+of\s+(?:(?:about|around|some|roughly)\s+)?|\b(?:[EBM]\d{1,3}|HVO\d{0,3}|petrol|gasoline|diesel|fuel)\s*\(\s*)${BLEND_PART}(?:\s*(?:,|and|\/|with|&)\s*(?:and\s+)?${BLEND_PART})*`,
  'gi',
);

/** After a blend's fuel parts, one more percent part that is no fuel ("a blend of 30% natural
 *  gas and 70% coal", "…, 50% natural gas and 25% wood chips"): the list is a mix of sources,
 *  a set of shares, so none of its parts is a fuel's grade. */
const BLEND_GOES_ON_RE =
  /^\s*(?:,|and|\/|with|&)\s*(?:and\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/i;
/** Before "a blend of", a power, energy or fuel mix or supply it describes ("The energy mix is a
 *  blend of …", "the island's power supply was a mixture of …"): the sources of a system, a set
 *  of shares, even when each source is a fuel. */
const SYSTEM_MIX_BEFORE_RE =
  /\b(?:mix|supply|generation|(?:electricity|power|energy)\s+(?:production|output|use|consumption))\s+(?:(?:in|of|for)\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+)?(?:is|was|are|were|will\s+be|remains|remained|became|becomes|has\s+been|had\s+been)\s+(?:now\s+|still\s+|already\s+)?(?:an?\s+|the\s+)?$/i;

/** True when a percent is one part of the make-up of a fuel blend (FUEL_BLEND_MAKEUP_RE).
 *  @example fuelBlendPart('E10 petrol (10% ethanol)', { start: 12, end: 15, kind: 'share' } as Match) // true */
function fuelBlendPart(s: string, m: Match): boolean {
  const at = m.own ?? m.start;
  return [...s.matchAll(FUEL_BLEND_MAKEUP_RE)].some(
    (x) =>
      at >= x.index &&
      at < x.index + x[0].length &&
      !BLEND_GOES_ON_RE.test(s.slice(x.index + x[0].length)) &&
      !SYSTEM_MIX_BEFORE_RE.test(s.slice(Math.max(0, x.index - 80), x.index)),
  );
}

/** An asset class a portfolio holds: "equities", "bonds", "fixed income". */
const ASSET_CLASS = String.raw`(?:equit(?:y|ies)|stocks?|bonds?|fixed[\s-]income|cash|credit|treasur(?:y|ies)|gilts?|real\s+(?:assets|estate)|money\s+market)`;
/** After a percent, the asset classes of a portfolio's mix written before its noun, the kind of
 *  portfolio, fund, mix, option or strategy they name: "a 60% equity and 40% bond portfolio", "a
 *  70% stocks/30% bonds benchmark", "a 60% equity and 40% bond fund", "a 100% equity option",
 *  "a 100% equity portfolio"; and the index or composite a fund is measured against, named by
 *  its mix as a benchmark is ("a 70 percent equity and 30 percent bond index", "a 90% treasury and
 *  10% equity composite"). "equities are 60% of the portfolio", "the portfolio is 60% equities" and
 *  "a 6% rise in the bond index" state the mix itself or a move and keep their reading. */
const PORTFOLIO_MIX_AFTER_RE = new RegExp(
  String.raw`^(?:[\s-]+(?:(?!(?:of|in|for|to|on|at|from|by|the|its|their|a|an|and|as|while|when|with|after|before|since|but|or|than|whereas)\b)[A-Za-z][\w-]*\s+)?${ASSET_CLASS}(?:\s*(?:,|and|\/|&)\s*\d[\d.,]*\s?(?:%|percent\b|per\s+cent\b))?)+[\s-]+(?:(?:reference|benchmark|model|balanced)\s+)?(?:portfolios?|benchmarks?|funds?|mix(?:es)?|options?|strateg(?:y|ies)|ind(?:ex|ices|exes)|composites?)\b`,
  'i',
);

/** A portfolio or benchmark named, then the mix that defines it, set off by a dash, a colon or "of"
 *  (or "a … mix of"): "the policy portfolio — 75% world equities and 25% bonds —", "the
 *  benchmark, a simple mix of 70% shares and 30% bonds"; and a policy or strategic mix or
 *  allocation, the benchmark by another name ("its strategic allocation is 50% bonds and 50%
 *  equities"). "the portfolio is 60% equities" and "the fund held 60% equities and 40% bonds"
 *  state a mix held and stay shares. */
const MIX_MEMBER = String.raw`\d[\d.,]*\s?(?:%|percent\b|per\s+cent\b)\s+(?:[A-Za-z-]+\s+){0,3}?(?:${ASSET_CLASS}|shares)\b`;
const NAMED_PORTFOLIO_MIX_RE = new RegExp(
  String.raw`(?:\b(?:portfolios?|benchmarks?)\b(?:\s*[—–:,]\s*|\s+-{1,2}\s+|\s+of\s+)|\b(?:policy|strategic|target|long-term)\s+(?:[\w-]+\s+)?(?:mix|allocation)\s+(?:is|was|of)\s+)(?:(?:an?|the|its)\s+)?(?:(?:[A-Za-z-]+\s+){0,2}(?:mix|blend|split|combination)\s+of\s+)?${MIX_MEMBER}(?:\s*(?:,|and|\/|&)\s*(?:and\s+)?${MIX_MEMBER})+`,
  'gi',
);

/** True when a percent is a member of the mix that defines a named portfolio or benchmark
 *  (NAMED_PORTFOLIO_MIX_RE): the kind of portfolio, no share measured.
 *  @example namedPortfolioMix('a benchmark — 60% equities and 40% bonds', { start: 14, end: 17, kind: 'share' } as Match) // true */
function namedPortfolioMix(s: string, m: Match): boolean {
  const at = m.own ?? m.start;
  return [...s.matchAll(NAMED_PORTFOLIO_MIX_RE)].some(
    (x) => at >= x.index && at < x.index + x[0].length,
  );
}
/** After a percent, an ore's grade: a metal's symbol ("62% Fe", "1.1% Cu", "6% Li2O"; case-sensitive)
 *  or a metal's "content" ("62% iron content"). */
const ORE_GRADE_AFTER_RE =
  /^\s*(?:Fe|Cu|Ni|Zn|Pb|Mn|Sn|Li2O|U3O8|Al2O3|SiO2|P2O5|TiO2|Cr2O3|WO3)\b|^\s+(?:iron|copper|nickel|zinc|lead|manganese|lithium|tin|uranium|metal)\s+content\b/;
/** A grade named before a percent of a metal, by its noun or its verb: "head grades at the west pit,
 *  which average " before "1.2% nickel", "concentrate grading 28% copper", "ore assaying 2.3% zinc".
 *  "copper output rose 5%" names no grade. */
const GRADE_BEFORE_RE = /\b(?:grad(?:es?|ed|ing)|assay(?:s|ed|ing)?)\b[^.;:]{0,60}$/i;
const METAL_AFTER_RE = /^\s+(?:iron|copper|nickel|zinc|lead|manganese|lithium|tin|uranium)\b/i;

/** A benchmark grade, market or marker a price is quoted against: "Brent", "Murban futures",
 *  "Dubai/Oman", "Henry Hub", "the LME cash price", "the marker crude". */
const BENCHMARK = String.raw`(?:(?:the\s+)?(?:(?:Dated|ICE|NYMEX|CME|SGX)\s+)?(?:Brent|WTI|West\s+Texas(?:\s+Intermediate)?|Dubai|Oman|Murban|Urals|Henry\s+Hub|JKM|TTF|NBP|Tapis|Minas|Basrah|Arab\s+(?:Light|Medium|Heavy)|LME|COMEX|Platts|Argus|ESPO|JCC|Japan(?:ese)?\s+crude\s+cocktail|Newcastle)\b|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:benchmark|marker)\b)`;
/** A differential, a discount, a premium or an oil-price slope, then "of" before its number:
 *  "priced at a premium of ", "a discount of ", "a slope of ". */
const DIFFERENTIAL_OF_BEFORE_RE =
  /\b(?:premiums?|discounts?|differentials?|slopes?)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|just\s+(?:over|under))\s+)?$/i;
/** After a differential's number, its unit of volume and the benchmark it is set against: " a barrel
 *  to Murban futures", "/b against Brent", " over Dubai". */
const AGAINST_BENCHMARK_AFTER_RE = new RegExp(
  String.raw`^(?:\s*(?:a|per|\/)\s*(?:barrels?|bbl|b|tonnes?|tons?|t|MMBtu|mmbtu|gallons?|litres?|liters?|ounces?|oz|pounds?|lb)\b)?\s*,?\s+(?:to|against|over|under|below|above|versus|vs\.?|relative\s+to|on)\s+${BENCHMARK}`,
  'i',
);
/** Right before a number, a verb that prices something, maybe with its "at": "is priced ", "sold
 *  at ", "are set at ", "is delivered at ", "indexed at ". */
const PRICED_BEFORE_RE =
  /\b(?:priced|sold|sells|traded|trades|valued|quoted|set|indexed|delivered|bought|buys|purchased|offered|contracted)\s+(?:at\s+)?(?:(?:about|around|roughly|some)\s+)?$/i;
/** After a percent, the benchmark's price it is a share of: " of the Henry Hub price", " of Brent",
 *  " of the Japan crude cocktail price". */
const OF_BENCHMARK_AFTER_RE = new RegExp(
  String.raw`^\s+of\s+${BENCHMARK}(?:\s+(?:[\w-]+\s+)?(?:prices?|futures|quotations?|levels?))?`,
  'i',
);
/** Right before a number, a benchmark and the sign of a margin on it: "Urals minus ", "Brent plus ",
 *  "Dubai less ". */
const BENCHMARK_SIGN_BEFORE_RE = new RegExp(
  String.raw`${BENCHMARK}\s+(?:minus|plus|less|\+|[-–−])\s*$`,
  'i',
);
/** After a number, the differential's noun and its benchmark: " premium to Brent", "-a-barrel
 *  discount to Dubai", " Brent slope". */
const DIFFERENTIAL_AFTER_RE = new RegExp(
  String.raw`^(?:[\s-]*(?:a|per)[\s-]+(?:barrel|tonne|MMBtu)\b)?[\s-]+(?:(?:premium|discount|differential|slope)\s+(?:to|against|over|under|versus|vs\.?|relative\s+to|on)\s+${BENCHMARK}|(?:Brent|JCC|oil|crude|JKM|Henry\s+Hub)[\s-]+(?:slope|linkage)\b)`,
  'i',
);
/** A differential set against a benchmark earlier in the sentence, which a later one with no
 *  benchmark of its own shares: "a premium of US$0.55 a barrel to Murban futures, and Das crude at
 *  a discount of ". */
const EARLIER_DIFFERENTIAL_RE = new RegExp(
  String.raw`\b(?:premiums?|discounts?|differentials?|slopes?)\b(?:[^.;]|\.\d){0,80}?\s(?:to|against|over|under|versus|relative\s+to)\s+${BENCHMARK}(?:[^.;]|\.\d){0,80}$`,
  'i',
);
/** After a differential with no benchmark of its own, the end of its clause. */
const CLAUSE_ENDS_AFTER_RE =
  /^(?:\s*(?:a|per|\/)\s*(?:barrels?|bbl|b|tonnes?|MMBtu)\b)?\s*(?:[.;)]|,?\s+(?:and|while|respectively)\b|$)/i;

/** True when a number is a differential that defines one price from a benchmark's, a price
 *  formula rather than a level: "priced at a premium of US$0.55 a barrel to Murban futures", "a
 *  slope of 12.8% to Brent", "a $1.20 discount to Dubai", and the next differential of the same
 *  sentence that leaves its benchmark unsaid ("and Das crude at a discount of US$0.30").
 *  "insurance premiums of $40 to households" and "a discount of 15% to the list price" name no
 *  benchmark and keep their reading.
 *  @example benchmarkDifferential('It sells at a premium of $2 to Brent.', { start: 25, end: 27, kind: 'amount' } as Match) // true */
function benchmarkDifferential(s: string, m: Match): boolean {
  const before = s.slice(0, ownStart(m));
  const after = s.slice(m.ownEnd ?? m.end);
  if (DIFFERENTIAL_AFTER_RE.test(after)) return true;
  // "Urals minus $3.20", "Brent plus 1.5%": the benchmark and the sign of what is added to it.
  if (BENCHMARK_SIGN_BEFORE_RE.test(before)) return true;
  // "priced $4 a tonne below the Newcastle benchmark", "set at 95% of the Henry Hub price": a
  // price a verb of pricing sets by its gap to a benchmark or its percent of one, whatever the verb.
  if (PRICED_BEFORE_RE.test(before)) {
    if (AGAINST_BENCHMARK_AFTER_RE.test(after)) return true;
    const own = /^\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/i.exec(s.slice(ownStart(m)));
    if (own && OF_BENCHMARK_AFTER_RE.test(s.slice(ownStart(m) + own[0].length))) return true;
  }
  if (!DIFFERENTIAL_OF_BEFORE_RE.test(before)) return false;
  if (AGAINST_BENCHMARK_AFTER_RE.test(after)) return true;
  const clause = before.replace(DIFFERENTIAL_OF_BEFORE_RE, '');
  return CLAUSE_ENDS_AFTER_RE.test(after) && EARLIER_DIFFERENTIAL_RE.test(clause);
}

/** Before a percent, "within" (or "to within"), the tolerance a result is held to: "keep the cost
 *  within ", "came in within plus or minus ". */
const WITHIN_BEFORE_RE =
  /\b(?:to\s+)?within\s+(?:(?:about|around|some|roughly|just|only)\s+)?(?:(?:±|\+\/-|plus\s+or\s+minus)\s*)?$/i;
/** After a percent, "of" a plan it is measured from: " of budget", " of its sanctioned cost", " of
 *  guidance", " of the original estimate". Not " of GDP", a ceiling on a level. */
const OF_PLAN_AFTER_RE =
  /^\s+of\s+(?:(?:the|its|their|our|his|her)\s+)?(?:(?:original|approved|sanctioned|revised|initial|agreed|final|planned|estimated|full-year|annual)\s+)?(?:budgets?|budgeted\s+(?:cost|sum|amount)s?|targets?|plans?|estimates?|forecasts?|guidance|schedules?|(?:sanctioned|approved|planned|estimated|contract)\s+(?:cost|price|value)s?|allocations?|appropriations?|allotments?|envelopes?|baselines?|projections?)\b/i;
/** Before a percent, a result's departure from its plan bounded by a ceiling: "may deviate from
 *  plan by no more than ", "must not depart from the budget by more than ", "can differ from
 *  the target by up to ". A departure measured ("deviated from the budget by 4%") names no bound
 *  and keeps its reading. */
const DEVIATION_BOUND_BEFORE_RE =
  /(?:\b(?:deviat|depart|diverg|differ|stray|vary|varies|varied)\w*\s+from\s+(?:(?:the|its|their|our)\s+)?(?:(?:original|approved|agreed|annual|budgeted|planned)\s+)?(?:plans?|budgets?|targets?|forecasts?|allocations?|estimates?|schedules?|guidance)\s+by\s+(?:no\s+more\s+than|not\s+more\s+than|at\s+most|up\s+to|a\s+maximum\s+of)|\bnot\s+(?:deviat|depart|diverg|differ|stray|vary)\w*\s+from\s+(?:(?:the|its|their|our)\s+)?(?:[\w-]+\s+)?(?:plans?|budgets?|targets?|forecasts?|allocations?|estimates?|schedules?|guidance)\s+by\s+more\s+than)\s+$/i;
/** A level and the band around it: "3±1.5", "4 +/- 1". */
const LEVEL_WITH_BAND_RE = new RegExp(
  String.raw`^\d[\d.,]*\s*(?:%|per\s?cent|percent)?\s*${PLUS_MINUS}`,
  'i',
);
/** Before a size, the tolerance or leeway it is: "a tolerance of ", "with a tolerance band of
 *  ", "a leeway of up to ". */
const TOLERANCE_OF_BEFORE_RE =
  /\b(?:tolerances?|leeway)(?:\s+(?:bands?|ranges?|margins?))?\s+of\s+(?:(?:up\s+to|at\s+most)\s+)?(?:(?:±|\+\/-|plus\s+or\s+minus)\s*)?$/i;

/** v74: before a size, a noun of departure from a centre and "of": "deviations of ", "departures of
 *  up to ", "fluctuations of ", "variations of ", "a swing of ", "moves of ". With a both-ways marker
 *  after the size (BOTH_WAYS_AFTER_RE) the size is a band's half-width, a tolerance: "The central
 *  bank tolerates deviations of 1 percentage point either side", "The peg permits fluctuations of
 *  2.25 percent on either side". Without one ("Price fluctuations of 5% were recorded") it stays. */
const DEPARTURE_OF_BEFORE_RE =
  /\b(?:deviations?|departures?|divergences?|fluctuations?|variations?|variances?|swings?|moves?|movements?|oscillations?)\s+of\s+(?:(?:up\s+to|at\s+most|no\s+more\s+than|not\s+more\s+than|about|around|some|roughly)\s+)?(?:(?:±|\+\/-|plus\s+or\s+minus)\s*)?$/i;
/** After a size, both ways at once: " either side", " on either side", " in either direction", " either
 *  way", " in both directions", " up or down", " above or below". */
const BOTH_WAYS_AFTER_RE =
  /^\s*,?\s*(?:(?:on\s+)?either\s+side|in\s+(?:either|each)\s+direction|either\s+way|in\s+both\s+directions|up\s+or\s+down|above\s+or\s+below)\b/i;

/** True when a percent is the tolerance a cost, a schedule or an output is held to around its plan:
 *  "keep the cost within 5% of budget", "completed within 3% of its sanctioned cost", "output came
 *  in within 2% of guidance". A tolerance, no measured change nor share (as "plus or minus 1
 *  point around the target" is); "kept within 3% of GDP" is a ceiling on a level and stays a share.
 *  @example planTolerance('Keep the cost within 5% of budget.', { start: 21, end: 23, kind: 'share' } as Match) // true */
function planTolerance(s: string, m: Match): boolean {
  if (m.kind === 'amount') return false;
  const at = ownStart(m);
  const before = s.slice(0, at);
  // "a tolerance of 1 percentage point either side", "deviate from plan by no more than 2.5
  // percent": the size a result may stray from its plan or target, whatever the noun or verb.
  // "a tolerance band of 3±1.5 percent" gives the level the band is drawn around, a figure.
  // v74: "a tolerance band of plus or minus 1 percentage point" is read as a range of two ends the
  // same size either way: the band's half-width all the same, so a tolerance too; "a tolerance
  // range of 2% to 4%" (two ends) keeps its reading.
  const bothWays = m.range !== undefined && m.range.low === -m.range.high;
  if (
    (m.range === undefined || bothWays) &&
    !LEVEL_WITH_BAND_RE.test(s.slice(at)) &&
    (TOLERANCE_OF_BEFORE_RE.test(before) ||
      DEVIATION_BOUND_BEFORE_RE.test(before) ||
      (DEPARTURE_OF_BEFORE_RE.test(before) && BOTH_WAYS_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))))
  )
    return true;
  const own = /^\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/i.exec(s.slice(at));
  return (
    own !== null &&
    WITHIN_BEFORE_RE.test(before) &&
    OF_PLAN_AFTER_RE.test(s.slice(at + own[0].length))
  );
}

/** A fuel sold by its sulphur grade: "fuel oil", "marine gasoil", "bunkers", "crude", "coal". */
const SULPHUR_GRADED_FUEL = String.raw`(?:(?:residual|heavy|marine|bunker|distillate)\s+)?(?:fuel\s+oils?|fuels?|gas\s?oils?|diesel|bunkers?|crudes?|coal|HSFO|VLSFO|LSFO|ULSFO|resid)`;
/** After a percent, "sulphur" and the fuel it grades: " sulphur fuel oil", "-sulfur marine
 *  fuel", " sulphur crude". " sulphur cap", " sulphur emissions" name no fuel. */
const SULPHUR_GRADE_AFTER_RE = new RegExp(
  String.raw`^[\s-]*(?:sulph|sulf)ur(?:[\s-]+content)?[\s-]+(?:(?:high|low|very[\s-]low|ultra[\s-]low)[\s-]+)?${SULPHUR_GRADED_FUEL}\b`,
  'i',
);
/** Before a percent of sulphur, the fuel that holds it and the bracket or word its grade is given
 *  in: "fuel oil with ", "coal containing ", "bunkers of at most ", "Diesel (", "heating oil (max. ",
 *  or nothing, as a price table's product names it: "| Diesel 0.05% sulphur (wholesale) |" (v270). */
const SULPHUR_FUEL_BEFORE_RE = new RegExp(
  String.raw`\b(?:${SULPHUR_GRADED_FUEL}|petrol|gasoline|kerosene|paraffin|heating\s+oil)\s*(?:\(\s*|,?\s+(?:with|containing|of)\s+|\s+)(?:(?:a\s+)?(?:max(?:imum|\.)?(?:\s+of)?|at\s+most|no\s+more\s+than|less\s+than|under|up\s+to)\s+)?$`,
  'i',
);

/** After a percent, the sulphur content that names a fuel's grade: " sulphur)", " sulfur content"
 *  ("a 0.5% sulphur cap" is the rule a body sets, a figure). */
const SULPHUR_CONTENT_AFTER_RE =
  /^\s*(?:sulph|sulf)ur\b(?!\s+(?:caps?|limits?|ceilings?|rules?|standards?|regulations?|requirements?)\b)/i;

/** True when a percent only describes a product's grade or make-up (PRODUCT_GRADE_AFTER_RE), is
 *  the whole 100 of a class of ownership (OWNERSHIP_CLASS_AFTER_RE), or names a portfolio's kind by
 *  its mix (PORTFOLIO_MIX_AFTER_RE): no economic figure. "100% of natural gas imports" keeps its
 *  whole and stays a share.
 *  @example productGrade('It sells 100% natural honey.', { start: 9, end: 13, kind: 'share' } as Match) // true */
function productGrade(s: string, m: Match): boolean {
  if (m.kind === 'amount') return false;
  const after = s.slice(m.ownEnd ?? m.end);
  const whole = /^100(?:\.0+)?\s*(?:%|percent\b|per\s+cent\b)/i.test(s.slice(m.own ?? m.start));
  if (whole && OWNERSHIP_CLASS_AFTER_RE.test(after)) return true;
  // "its 51%-owned subsidiaries", "a 10% free-carried interest", "100% renewable diesel", "a 10%
  // ethanol blend": a class of company or of participation, or a fuel's grade, at any percent.
  if (PART_OWNED_CLASS_AFTER_RE.test(after) || CARRIED_INTEREST_AFTER_RE.test(after)) return true;
  if (CARRIED_INTEREST_BEFORE_RE.test(s.slice(0, m.own ?? m.start))) return true;
  if (FUEL_GRADE_AFTER_RE.test(after) || fuelBlendPart(s, m)) return true;
  // "0.5% sulphur fuel oil", "fuel oil with 3.5% sulphur", "Diesel (0,005% sulphur)": how much
  // sulphur a fuel holds names its grade, as an ore's metal content does ("a 0.5% sulphur cap" is
  // the rule a body sets, a figure).
  if (SULPHUR_GRADE_AFTER_RE.test(after)) return true;
  if (
    SULPHUR_CONTENT_AFTER_RE.test(after) &&
    SULPHUR_FUEL_BEFORE_RE.test(s.slice(0, m.own ?? m.start))
  )
    return true;
  // "our aid is 100% untied": the whole 100 before "tied" or "untied" is the class of the aid, a
  // grade, as "100% cotton" is; "62% of aid was untied" keeps its share.
  if (whole && /^\s*-?\s*(?:un)?tied\b/i.test(after)) return true;
  if (PORTFOLIO_MIX_AFTER_RE.test(after)) return true;
  if (namedPortfolioMix(s, m)) return true;
  // "White rice 5% broken", "paddy with 15% moisture", "a moisture content of not more than 13.5
  // percent": how broken, moist, rich in protein or fat a farm product is names its grade, as a
  // fuel's sulphur does; the price of that grade is the figure.
  if (CROP_GRADE_AFTER_RE.test(after)) return true;
  if (CROP_CONTENT_BEFORE_RE.test(s.slice(0, m.own ?? m.start))) return true;
  // "Petrol contains 10 per cent ethanol", "cement may hold up to 35% fly ash", "urea carries 46%
  // nitrogen", "the alloy consists of 18 per cent chromium": what a product is made of, after a
  // verb of containing and before the bare noun of the substance, names its grade; a rate or a
  // holding of money it carries ("carries 5% interest", "holds 40% equities") and a share "of" a
  // whole keep their reading.
  if (
    CONTENT_VERB_BEFORE_RE.test(s.slice(0, m.own ?? m.start)) &&
    BARE_CONTENT_AFTER_RE.test(s.slice(m.own ?? m.start).replace(OWN_PERCENT_RE, ''))
  )
    return true;
  // "the 61% Fe lump price", "grades that average 1.2% nickel": how rich an ore is, a grade.
  if (ORE_GRADE_AFTER_RE.test(after)) return true;
  if (METAL_AFTER_RE.test(after) && GRADE_BEFORE_RE.test(s.slice(0, m.own ?? m.start))) return true;
  // "customers who opt for 100% green power pay a premium": a green-power product a buyer picks,
  // named by how green it is ("the share of green power rose to 100%" is a level).
  if (
    GREEN_PRODUCT_AFTER_RE.test(after) &&
    PRODUCT_CHOSEN_BEFORE_RE.test(s.slice(0, m.own ?? m.start))
  )
    return true;
  // "the generation mix was 30% natural gas and 70% coal": "natural gas" names a fuel, not how
  // natural a product is; a share of it stays a share (a whole 100 keeps the grade reading).
  if (!whole && /^[\s-]*natural[\s-]+gas\b/i.test(after)) return false;
  if (!PRODUCT_GRADE_AFTER_RE.test(after)) return false;
  // "63% of the beef, 38% natural cheese, 58% iron ores": in a list of shares whose next or
  // earlier member is no grade, "natural cheese" is what the share is of, not how pure it is.
  const next = LIST_MEMBER_AFTER_RE.exec(after);
  const previous = LIST_MEMBER_BEFORE_RE.exec(s.slice(0, m.own ?? m.start));
  const ungraded = (rest: string) => !PRODUCT_GRADE_AFTER_RE.test(rest);
  return !(
    (next !== null && ungraded(after.slice(next[0].length))) ||
    (previous?.[1] !== undefined && ungraded(previous[1]))
  );
}

/** Right before a percent, a verb of containing or of being made of, and a bound: "contains ",
 *  "may hold up to ", "carries ", "consists of ", "is made from ", "blended with about ", and
 *  "with" right after the head noun of a product, which says what it holds as "containing" does:
 *  "petrol with 5% ethanol", "fertiliser with 46 percent nitrogen", "cement with up to 30 per cent
 *  slag" ("closed the year with 5% higher output" names no product). */
const CONTENT_VERB_BEFORE_RE =
  /\b(?:(?<=\b(?:petrol|gasoline|diesel|fuels?|kerosene|oils?|cement|concrete|fertili[sz]ers?|urea|steel|alloys?|concentrates?|ores?|feed|flour|milk|cheese|butter|beer|wine|spirits|cider|bread|paint|plastics?|compost|coal|coke|pellets?|blends?|mixtures?|juices?|drinks?|beverages?|cigarettes?|tobacco|rice|wheat|maize|paddy|gas)\s+)with|contain(?:s|ed|ing)?|hold(?:s|ing)?|held|carr(?:y|ies|ied|ying)|compris(?:e|es|ed|ing)|consist(?:s|ed|ing)?\s+of|made\s+(?:up\s+)?(?:of|from|with)|(?:blended|mixed)\s+with)\s+(?:(?:up\s+to|at\s+least|at\s+most|(?:no|not)\s+(?:more|less)\s+than|(?:less|more)\s+than|a\s+(?:minimum|maximum)\s+of|about|around|roughly|some|only|just|nearly|almost)\s+)?$/i;
/** Right after a percent, the bare noun of a substance, no "of" a whole, no comparative, and no
 *  money, rate or holding a security or a fund carries, no word that ends the phrase ("hold 10%
 *  each", "hold 15% directly"), and no verb ("fuel with 0.9% were the items": a list member and
 *  its change): " ethanol", " fly ash", " nitrogen". */
const BARE_CONTENT_AFTER_RE =
  /^[\s-]+(?!(?:of|more|less|fewer|higher|lower|above|below|over|under|on|in|to|from|for|than|and|or|an?|the|per|by|at|each|apiece|respectively|together|jointly|altogether|overall|combined|directly|indirectly|outright|now|today|currently|still|only|alone|with|after|before|since|until|through|via|as|against|versus|but|so|that|which|who|whereas|while|between|among|this|these|those|its|their|his|her|our|your|my|interest|coupons?|rates?|yields?|tax(?:es)?|VAT|dut(?:y|ies)|premiums?|discounts?|margins?|returns?|commissions?|fees?|charges?|weights?|stakes?|shares?|equit(?:y|ies)|bonds?|cash|stocks?|assets?|debts?|loans?|deposits?|securities|growth|inflation|unemployment|increases?|rises?|falls?|cuts?|gains?|losses?|profits?|revenues?|sales|exports?|imports?|annual|year|market|foreign|local|domestic|national|federal|municipal|regional|provincial|public|private|government|state|votes?|voting|seats?|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|shall|should|must|did|does|do|led|rose|fell|grew|ranked|came|stood)\b)[a-z][\w-]*/i;
/** After a percent and the noun it is of, a comma and the next member's percent: " natural
 *  cheese, 58.6%", " wool, and 12%". */
const LIST_MEMBER_AFTER_RE =
  /^\s+[^\d,;:.()%]{1,40},\s*(?:and\s+|along\s+with\s+|as\s+well\s+as\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/i;
/** Before a percent, the earlier member of its list: a percent, what it is of (group 1) and a comma:
 *  "63.3% of the beef in Japan, along with ", "44% copper ores, and ". */
const LIST_MEMBER_BEFORE_RE =
  /\d\s?(?:%|per\s?cent\b|percent\b)([^\d,;:.()%]{1,60}),\s*(?:and\s+|(?:along\s+)?with\s+|as\s+well\s+as\s+)?$/i;

/** True when an amount is the face value of a coin, note or stamp (DENOMINATION_AFTER_RE), or
 *  a member of a list of them that ends in the noun (DENOMINATION_LIST_AFTER_RE).
 *  @example denomination('A $1 coin was issued.', { start: 2, end: 4, kind: 'amount' } as Match) // true */
function denomination(s: string, m: Match): boolean {
  // A sum with a scale is no face value: "a $2 billion note programme".
  const scaled = SCALED_AMOUNT_RE.test(s.slice(m.start, m.end));
  return (
    m.kind === 'amount' &&
    !scaled &&
    (DENOMINATION_AFTER_RE.test(s.slice(m.end)) ||
      DENOMINATION_LIST_AFTER_RE.test(s.slice(m.end)) ||
      DENOMINATION_BEFORE_RE.test(s.slice(0, ownStart(m))) ||
      FACE_VALUE_AFTER_RE.test(s.slice(m.end)) ||
      (SECURITY_OF_BEFORE_RE.test(s.slice(0, ownStart(m))) && EACH_AFTER_RE.test(s.slice(m.end))))
  );
}

/** Before a bare percent, an earlier percent of the same sentence that names its whole, then the
 *  words that say where it stands and "and": "would be 265 percent of yearly cost at the end of
 *  2030 and " (the whole is left out of the second; group 1 is the first's number). */
const ELIDED_WHOLE_BEFORE_RE =
  /(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)\s+of\s+(?:[a-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*(?:\s+(?:at|in|by|for|on|over|during)\s+[^.;:,%\d]{0,40}?(?:(?:19|20)\d\d(?:[-–/]\d{2,4})?)?)?\s*,?\s+and\s+$/i;

/** Right after a percent, the target it is set against: " against a target of", " relative to
 *  the revenue goal". */
const AGAINST_TARGET_AFTER_RE =
  /^\s+(?:against|versus|vs\.?|relative\s+to|compared\s+(?:to|with))\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:targets?|goals?)\b/i;

/** A noun that names a round number as a line to cross: "mark", "milestone", "landmark", "line",
 *  "hurdle", "bar", "barrier", "threshold". */
const MARK_NOUN = String.raw`(?:barrier|mark|threshold|milestone|landmark|line|hurdle|bar)`;
/** A round number named as a line the text says was crossed: "broke the GBP2bn barrier", "passed
 *  the $1 trillion mark", "rose above the 4% threshold", "topped a $10 billion milestone". */
const THRESHOLD_BEFORE_RE =
  /\b(?:br(?:oke|eaks?|eaking|oken)|cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|breach(?:es|ed|ing)?|clear(?:s|ed|ing)?|eclips(?:e|es|ed|ing)|overt(?:ake|akes|ook|aken|aking)|smash(?:es|ed|ing)?|shatter(?:s|ed|ing)?|(?:blew|blows?|blown)\s+(?:past|through)|hit(?:s|ting)?|reach(?:es|ed|ing)?|(?:[a-z]{2,}ed|rose|fell|went|grew|sank|slid|shot|crept|leapt|stood|rises?|falls?|goes|moves?|stays?|remains?|climbs?|dips?|slips?|slides?)\s+(?:above|below|over|beyond|past|through|under))\s+(?:(?:through|past|above|below)\s+)?(?:the|a|an)\s+(?:(?:symbolic|psychological|key|important|historic|landmark|magic|round|coveted|major|significant|notable|crucial|critical)\s+)?$/i;
const THRESHOLD_AFTER_RE = new RegExp(String.raw`^[\s-]*${MARK_NOUN}s?\b(?!-)`, 'i');
/** After a round number, a line named as a level, a ceiling or a limit, with its whole if a ratio:
 *  " level", " ceiling set by the rule", " of GDP mark". Crossed, it is a mark as " mark" is;
 *  reached ("reached the $500 billion level") it is the level reached. */
const LINE_AFTER_RE = new RegExp(
  String.raw`^[\s-]*(?:of\s+(?:GDP|output|income)\s+)?(?:${MARK_NOUN}|level|ceiling|limit|cap)s?\b(?!-)`,
  'i',
);
/** A verb of crossing (no "reach" nor "hit"), then a line named before its number: "crossed the
 *  threshold of ", "passed the mark of ", "went beyond the symbolic level of ". */
const LINE_OF_CROSSED_BEFORE_RE =
  /\b(?:br(?:oke|eaks?|eaking|oken)|cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|breach(?:es|ed|ing)?|clear(?:s|ed|ing)?|eclips(?:e|es|ed|ing)|overt(?:ake|akes|ook|aken|aking)|smash(?:es|ed|ing)?|shatter(?:s|ed|ing)?|(?:blew|blows?|blown)\s+(?:past|through)|(?:[a-z]{2,}ed|rose|fell|went|grew|sank|slid|shot|crept|leapt|stood|rises?|falls?|goes|moves?|stays?|remains?|climbs?|dips?|slips?|slides?)\s+(?:above|below|over|beyond|past|through|under))\s+(?:the|a|an)\s+(?:(?:symbolic|psychological|key|important|historic|landmark|magic|round|coveted|major|significant|notable|crucial|critical)\s+)?(?:barrier|mark|threshold|milestone|landmark|line|hurdle|level|ceiling|limit)\s+of\s+$/i;
/** A verb that reaches a line or keeps to one side of it, no crossing: "reached the ", "stayed below
 *  the ". A level, ceiling or limit so named is the level reached or the line kept to. */
const CROSSED_NOT_REACHED_RE =
  /\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?|(?:stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|st(?:and|ands|ood|anding)|k(?:eep|eeps|ept))\s+(?:above|below|over|under|within))\s+(?:the|a|an)\s+(?:(?:symbolic|psychological|key|important|historic|landmark|magic|round|coveted|major|significant|notable|crucial|critical)\s+)?$/i;

/** v285: right before a number, an ordinal count of periods spent past a line: "the second year
 *  above ", "a third straight month below ", "the fifth consecutive quarter over ". The line is a
 *  mark the measure kept past, no level it reached: its level that period is stated elsewhere. */
const ORDINAL_PERIOD_PAST_BEFORE_RE =
  /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive|running)\s+)?(?:years?|months?|quarters?|weeks?|days?|sessions?|readings?|meetings?|times?)\s+(?:(?:running|in\s+a\s+row)\s+)?(?:above|below|over|under|beyond)\s+(?:the\s+)?$/i;

/**
 * A threshold the text says was crossed is no figure: the level reached is stated elsewhere, or
 * not at all, and "passed the $1 trillion mark" does not say the total was $1 trillion. A
 * threshold named without a crossing ("the $500 million threshold for approval") is a figure.
 * @example matchFigures('Exports broke the £2bn barrier.') // []
 */
function thresholdCrossed(s: string, m: Match): boolean {
  const after = s.slice(m.ownEnd ?? m.end);
  const before = s.slice(0, ownStart(m));
  const round = ROUND_NUMBER_RE.test(s.slice(ownStart(m), m.end));
  return (
    (THRESHOLD_AFTER_RE.test(after) && THRESHOLD_BEFORE_RE.test(before)) ||
    // "topped the $30 billion level", "breached the 3 percent ceiling", "to breach the 100% of GDP
    // mark", "crossed the threshold of €2 trillion": a round line crossed, named after its number
    // or before it; "reached the $500 billion level" states the level reached.
    (round &&
      LINE_AFTER_RE.test(afterNumber(s, m)) &&
      THRESHOLD_BEFORE_RE.test(before) &&
      !CROSSED_NOT_REACHED_RE.test(before)) ||
    (round && LINE_OF_CROSSED_BEFORE_RE.test(before.replace(CURRENCY_LEAD_RE, ''))) ||
    // "Wage growth averaged 4.9 percent, the second year above 4 percent": the line an ordinal
    // count of periods stayed past (v285).
    ORDINAL_PERIOD_PAST_BEFORE_RE.test(before.replace(CURRENCY_LEAD_RE, '')) ||
    crossedLevel(s, m) ||
    (round && RECORD_TO_REACH_BEFORE_RE.test(before.replace(CURRENCY_LEAD_RE, ''))) ||
    (round && MORE_THAN_BEFORE_RE.test(before) && RANKED_HIGH_AFTER_RE.test(after)) ||
    (round && CLAUSE_START_RE.test(before) && REACHED_PASSIVE_AFTER_RE.test(after)) ||
    // "a debt that has now passed €1 trillion", "flows surpassing half a trillion dollars": a sum of
    // one unit of its scale, or half of one, that a total passed is a round mark; passed in a
    // period named after it ("passed half a trillion US dollars in 2032") it bounds that total.
    (m.kind === 'amount' &&
      PASSED_BEFORE_RE.test(before) &&
      !PERIOD_AFTER_SUM_RE.test(after) &&
      !PER_PERIOD_AFTER_SUM_RE.test(after) &&
      ONE_OF_SCALE_RE.test(s.slice(ownStart(m), m.ownEnd ?? m.end))) ||
    // "Cumulative receipts now top $3 billion", a headline's "Sales Now Pass $5 Billion": a round sum
    // a running total is said to be past "now" or "already" is the mark it just passed, whatever
    // its size; "receipts to date top $3 billion" and "now top $3.4 billion" keep the old reading.
    // A sum "a year" is the yearly size of a flow, not a running total: "the investment gap now
    // exceeds $4 trillion a year" states the gap, a bound it reached.
    (m.kind === 'amount' &&
      round &&
      NOW_PASSES_BEFORE_RE.test(before) &&
      !PERIOD_AFTER_SUM_RE.test(after) &&
      !PER_PERIOD_AFTER_SUM_RE.test(after)) ||
    // "topped the $50 billion yearly target for the first time", "met its goal of raising $50
    // billion for rural roads for the first time": a round goal crossed or reached, first, is a
    // milestone, as a mark so crossed is; "met its goal of raising $50 billion" with no "first
    // time" keeps the goal.
    (round &&
      GOAL_FIRST_TIME_AFTER_RE.test(afterNumber(s, m)) &&
      (CROSSED_BEFORE_RE.test(before) || REACHED_BEFORE_RE.test(before))) ||
    (round &&
      m.kind === 'amount' &&
      GOAL_OF_REACHED_BEFORE_RE.test(before.replace(CURRENCY_LEAD_RE, '')) &&
      FIRST_TIME_LATER_RE.test(after)) ||
    // "while reaching the 500-billion-euro mark in investment": a round sum written as one word
    // with its scale and currency, named as what is achieved or reached, is the name of a mark, no
    // figure; "closing the 40-billion-euro gap", "reaching the 512-billion-euro level" and a goal
    // or target so named ("achieving the 500-billion-euro export goal", expected) stay figures.
    (round &&
      HYPHENATED_SUM_RE.test(s.slice(ownStart(m), m.ownEnd ?? m.end)) &&
      ACHIEVED_BEFORE_RE.test(before) &&
      !GOAL_AFTER_RE.test(after)) ||
    // "Yearly farm spending tops $20 billion", a headline's present with nothing after the sum on its
    // line (a dateline may follow): the round mark the total passed, as "… tops $20 billion for the
    // first time" says in full. A mark of two digits is round enough there ("outlay crosses ₹1.8
    // lakh crore"); "tops $4.37 billion" keeps the old reading.
    // So is a whole percent of one or two significant digits, its ratio's whole allowed
    // ("Inflation passes 5%", "Government debt passes 100% of GDP"); "passes 5.3%" keeps the old
    // reading.
    (roundHeadlineMark(s, m) &&
      HEADLINE_PASSES_BEFORE_RE.test(before) &&
      HEADLINE_END_AFTER_RE.test(afterNumber(s, m))) ||
    // "the first time yearly sales have topped $300 billion": the milestone named before the verb.
    (FIRST_TIME_BEFORE_RE.test(before) && CROSSED_BEFORE_RE.test(before)) ||
    // An aside right before the verb is skipped ("for the first time, exports in one month, and
    // that month was March, exceeded 9 billion euros"), when no clause of its own joins between
    // ("For the first time, the bureau published data, and exports in March, …, exceeded").
    (CROSSED_BEFORE_RE.test(before) && firstTimeBeyondAside(before)) ||
    (FIRST_TIME_AFTER_RE.test(after) &&
      (CROSSED_BEFORE_RE.test(before) ||
        (REACHED_BEFORE_RE.test(before) && ROUND_NUMBER_RE.test(s.slice(ownStart(m), m.end))))) ||
    // "will top €50 billion for the third year running", "passed 2 million for a second
    // straight year": a round mark a total passes again, each year of a run, is the mark.
    (round && CROSSED_BEFORE_RE.test(before) && AGAIN_RUN_AFTER_RE.test(after))
  );
}

/** After a mark, a run of periods it is passed in: " for the second year running", " for a third
 *  consecutive year", " for the fourth quarter in a row". */
const AGAIN_RUN_AFTER_RE =
  /^\s*,?\s*for\s+(?:the|a)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:consecutive|straight|successive)\s+)?(?:years?|quarters?|months?|times?)\b(?:\s+(?:running|in\s+a\s+row))?/i;

/** The text right after a figure's number and its unit, before any whole its words run on to:
 *  " of GDP mark" after "100%" in "the 100% of GDP mark". */
function afterNumber(s: string, m: Match): string {
  const own = s.slice(ownStart(m), m.ownEnd ?? m.end);
  const unit = /^[^\d]{0,6}\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/i.exec(own);
  return unit && m.kind !== 'amount'
    ? s.slice(ownStart(m) + unit[0].length)
    : s.slice(m.ownEnd ?? m.end);
}

/** A sum written as one word with its scale and currency: "100-trillion-yen", "5-billion-dollar". */
const HYPHENATED_SUM_RE = /^\d+-(?:thousand|million|billion|trillion)-[a-z]+$/i;
/** After a sum, up to three words and a noun of aim: " export goal", " investment target". */
const GOAL_AFTER_RE =
  /^\s+(?:[\w'’-]+\s+){0,3}?(?:goals?|targets?|objectives?|aims?|ambitions?)\b/i;
/** Right before a mark, a verb that says it is achieved or reached, and "the": "achieving the ",
 *  "reached the ", "attain a ". */
const ACHIEVED_BEFORE_RE =
  /\b(?:achiev(?:e|es|ed|ing)|reach(?:es|ed|ing)?|attain(?:s|ed|ing)?|hit(?:s|ting)?)\s+(?:the|a)\s+$/i;

/** Right before a sum, a verb that says a total passed it (done, or as a participle): "has
 *  exceeded ", "surpassing ", "topped ", "broke through ", "now exceed "; not "to exceed", a
 *  forecast bound. */
const PASSED_BEFORE_RE =
  /\b(?:exceeded|exceeding|surpassed|surpassing|topped|topping|crossed|crossing|passed|passing|br(?:oke|oken|eaking)(?:\s+through)?|(?:now|already)\s+(?:exceeds?|tops?|surpass(?:es)?|pass(?:es)?|cross(?:es)?))\s+$/i;
/** Right before a sum, "now" or "already" and a present verb of crossing: "now exceed ", "Already
 *  Tops ". */
const NOW_PASSES_BEFORE_RE =
  /\b(?:now|already)\s+(?:exceeds?|tops?|surpass(?:es)?|pass(?:es)?|cross(?:es)?)\s+$/i;
/** After a round number, a goal or mark named by up to two words, then "for the first time": "
 *  yearly target for the first time", " goal, for the first time". */
const GOAL_FIRST_TIME_AFTER_RE =
  /^\s+(?:[\w-]+\s+){0,2}?(?:goal|target|objective|mark|milestone)s?\s*,?\s*for\s+(?:the\s+)?first\s+time\b/i;
/** Up to a sum, a verb that reaches or passes a goal named before it, and the act the goal is of:
 *  "met its goal of raising ", "reaching their collective annual target of mobilising ". */
const GOAL_OF_REACHED_BEFORE_RE =
  /\b(?:reach(?:es|ed|ing)?|achiev(?:e|es|ed|ing)|meet(?:s|ing)?|met|exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|hit(?:s|ting)?)\s+(?:the|its|their|our|a)\s+(?:[\w-]+\s+){0,3}?(?:goal|target|objective)s?\s+of\s+(?:[a-z]+ing\s+)?$/i;
/** After a sum, "for the first time" later in the same clause, with no number between: " for
 *  rural roads for the first time". */
const FIRST_TIME_LATER_RE = /^[^.;:\d]{0,80}?\bfor\s+(?:the\s+)?first\s+time\b/i;
/** Right after a sum, the period it is a total of: " in 2032", " during the first quarter". */
const PERIOD_AFTER_SUM_RE =
  /^\s+(?:in|for|during|over|by)\s+(?:the\s+)?(?:(?:19|20)\d\d\b|(?:first|second|third|fourth|last|past|whole|same|current)\b|(?:this|that|next)\s+(?:year|quarter|month)\b|[A-Z][a-z]+\s+(?:19|20)\d\d\b)/;
/** Right after a sum, the period it is a flow per: " a year", " per annum", " each month",
 *  " annually". */
const PER_PERIOD_AFTER_SUM_RE =
  /^\s+(?:(?:a|an|per|each|every)\s+(?:year|annum|month|quarter|day)\b|annually\b|yearly\b)/i;
/** A verb of crossing in a headline's present, singular or plural, right before a sum or a
 *  percent: "spending tops ", "Exports top ", "passes ", "break through ", "climb past ", "falls
 *  below ". */
const HEADLINE_PASSES_BEFORE_RE =
  /\b(?:pass(?:es)?|tops?|surpass(?:es)?|exceeds?|cross(?:es)?|breaks?(?:\s+through)?|(?:climbs?|rises?|jumps?|goes|go|moves?|edges?|creeps?|shoots?|soars?|surges?|falls?|drops?|dips?|slips?|sinks?|slides?)\s+(?:above|past|beyond|below|under|through))\s+(?:the\s+)?$/i;
/** A whole percent of one or two significant digits: "5%", "10 per cent", "100 percent" (not "5.3%"). */
const ROUND_PERCENT_RE = /^[1-9]\d?0*\s?(?:%|per\s?cent\b|percent\b)/i;
/** After a headline's mark, the end of its line, the ratio's whole allowed: "", " of GDP". */
const HEADLINE_END_AFTER_RE =
  /^(?:\s+of\s+(?:GDP|output|income|sales|exports|revenue))?[ \t]*(?:\n|$)/i;

/** True when a figure is round enough to be a mark a headline says was crossed: a sum of at most
 *  two significant digits ("$1 trillion", "₹1.8 lakh crore") or a whole percent of one or two
 *  significant digits ("5%", "10 per cent", "100%").
 *  @example roundHeadlineMark('Inflation passes 5%', { start: 17, end: 19, kind: 'change' } as Match) // true */
function roundHeadlineMark(s: string, m: Match): boolean {
  const own = s.slice(ownStart(m), m.ownEnd ?? m.end);
  if (m.kind === 'amount') return TWO_DIGIT_NUMBER_RE.test(s.slice(ownStart(m), m.end));
  return m.range === undefined && ROUND_PERCENT_RE.test(own.slice(Math.max(0, own.search(/\d/))));
}
/** A sum of one unit of its scale, or half of one: "RM1 trillion", "US$1 billion", "half a
 *  trillion US dollars" (not "$1.4 trillion" nor "$10 billion"). */
const ONE_OF_SCALE_RE =
  /^(?:[^\d\s]{0,4}\s?1(?:[.,]0+)?|half\s+a|one)\s*(?:trillion|billion|million|lakh\s+crore)\b/i;

/** "came in at more than RMB 5 trillion, the second-highest total in history": a round mark passed,
 *  ranked, not the total (which the text does not state). */
const MORE_THAN_BEFORE_RE =
  /\b(?:more\s+than|over|above|upwards\s+of|in\s+excess\s+of|exceeding)\s+(?:US\$|[A-Z]{1,3}\$|[$€£¥₹]|\b[A-Z]{3})?\s?$/;
const RANKED_HIGH_AFTER_RE =
  /^\s*,\s+(?:the|a|its)\s+(?:(?:second|third|fourth|fifth)[- ])?(?:highest|largest|biggest|best|strongest)\b/i;

/** A record still to be reached, then its level: "will likely reach an all-time high of ", "could hit a
 *  record high of ", "is set to post a new record of ". With a round level it is the same milestone
 *  as "for the first time"; a record already reached ("reached an all-time high of $48.3 billion")
 *  states the total and stays a figure. */
const RECORD_TO_REACH_BEFORE_RE =
  /\b(?:will|would|could|may|might|can|shall|should|to)\s+(?:(?:likely|probably|possibly|even|soon|again)\s+)?(?:reach|hit|post|set|record|touch|attain)\s+(?:(?:a|an|the|its|their)\s+)?(?:new\s+)?(?:all-time|record|historic(?:al)?)(?:\s+(?:high|peak|record|level|maximum))?\s+(?:of\s+)?$/i;
/** A currency sign or code right before a number: "¥", "US$", "EUR ". */
const CURRENCY_LEAD_RE = /(?:US\$|[A-Z]{1,3}\$|[$€£¥₹]|\b[A-Z]{3})\s?$/;
/** A round level as the subject of its own clause: at the start of a sentence or a quote, after
 *  a comma, "that" or a verb of saying ("80 percent will probably not be reached in 2034"). */
const CLAUSE_START_RE =
  /(?:^|[.;:,"“‘(]\s*|\b(?:that|said|says|say|added|adds|wrote|writes|believes?|thinks?|expects?)\s+)(?:the\s+)?$/i;
/** After a level, a passive that says it is (or is not) to be reached: " will probably not be
 *  reached", " could be hit next year", " has never been crossed", " is unlikely to be regained". */
const REACHED_PASSIVE_AFTER_RE =
  /^\s+(?:will|would|could|may|might|can|cannot|can['’]t|won['’]t|shall|should|must|is|are|was|were|has|have|had)\s+(?:(?:probably|likely|unlikely|possibly|perhaps|still|never|not|already|soon|only|hardly|even|again|to|expected|set|due)\s+)*(?:be|been)\s+(?:reached|attained|hit|regained|crossed|surpassed|passed|topped|broken|breached|exceeded)\b/i;

/** Right before a level, a verb in the past that says a measure crossed it: "had fallen below ",
 *  "dropped under ", "climbed over ", "rose above ", "topped ", "broke through ". With a round
 *  level ("80%", "$50 billion") the level is a line crossed, the crossed-milestone rule without
 *  "the … mark"; "fell below 2.4%", "fell to below 5%" and a forecast "to fall below 3 percent"
 *  state a level and stay figures. */
const CROSSED_LEVEL_BEFORE_RE =
  /\b(?:(?:fell|fallen|dropped|slipped|sank|sunk|dipped|rose|risen|climbed|went|gone|moved|edged|jumped|surged|soared)\s+(?:back\s+)?(?:below|under|above|over|beyond|past)|topped|broken?\s+through|crossed|surpassed)\s+(?:(?:the\s+)?level\s+of\s+)?$/i;

/** True when a round level is one the sentence says a measure crossed (CROSSED_LEVEL_BEFORE_RE),
 *  the verb inside the stated words or before them ("climbed over 90%").
 *  @example crossedLevel('Use had fallen below 80%.', { start: 20, end: 23, kind: 'share' } as Match) // true */
function crossedLevel(s: string, m: Match): boolean {
  const own = s.slice(ownStart(m), m.ownEnd ?? m.end);
  const digit = own.search(/\d/);
  if (digit < 0 || !ROUND_NUMBER_RE.test(own.slice(digit))) return false;
  // "half of the top 20 exporting nations": the number counts the whole, it is not the level.
  if (/\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i.test(own.slice(0, digit))) return false;
  const lead = s.slice(0, ownStart(m) + digit).replace(CURRENCY_LEAD_RE, '');
  const crossed = CROSSED_LEVEL_BEFORE_RE.exec(lead);
  if (!crossed) return false;
  // Crossed as of a time: "had fallen below 80% by September", "had topped $1 trillion by 2031",
  // "fell below 4 percent in May for the first time since 2029";
  // "has dropped below 50 percent" with no time it was crossed by states the level now.
  return (
    /\bhad\s+(?:already\s+)?$/i.test(lead.slice(0, crossed.index)) ||
    CROSSED_BY_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)) ||
    FIRST_TIME_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))
  );
}

/** After a crossed level, the time it was crossed by: " by September", " by end-2031", " by the
 *  third quarter", " in May for the first time". */
const CROSSED_BY_AFTER_RE =
  /^(?:\s+of\s+[\w-]+)?\s+by\s+(?:(?:the\s+)?(?:end|middle|start)\b|mid-|early\s|late\s|(?:19|20)\d\d\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|(?:the\s+)?(?:first|second|third|fourth|last)\s+(?:quarter|half)\b)/i;

/** A number of at most two significant digits: "$20 billion", "₹1.8 lakh crore", "250" (not "4.37"). */
const TWO_DIGIT_NUMBER_RE = /^[^\d]*[1-9](?:\.?\d)?0*(?:\.0+)?(?![\d.,]*\d)/;
/** A round number's digits, alone in the stated words: "100 billion", "$1 trillion", "500" (not "481"). */
const ROUND_NUMBER_RE = /^[^\d]*[1-9]0*(?:\.0+)?(?![\d.,]*\d)/;

/** Before a number, a share of those asked and the answer they gave, up to the number: "41.5% of
 *  the firms polled said they expect sales to grow ", "the largest group (62%) of respondents
 *  believe output will be just ", "members (55%) expecting growth to be over ", "33.1% expect
 *  output to rise ". */
const ANSWER_SHARE = String.raw`\d(?:[\d.,]*\d)?\s?(?:%|per\s?cent\b|percent\b)`;
const ANSWER_BAND_BEFORE_RE = new RegExp(
  String.raw`(?:${ANSWER_SHARE}\s*\)?\s+(?:of\s+(?:[\w'’&.-]+\s+){0,3}?${ASKED_GROUP}\s+(?:(?:polled|surveyed|asked|questioned|interviewed)\s+)?)?|${ASKED_GROUP}\s*\(\s*${ANSWER_SHARE}\s*\)\s+)(?:(?:also|still|now)\s+)?(?:(?:said|say|says)\s+(?:that\s+)?(?:they\s+)?)?(?:expect|expects|expecting|believe|believes|believing|think|thinks|thinking|predict|predicts|predicting|anticipate|anticipates|anticipating|foresee|foresees|foreseeing)\b[^.;:%\d,]{0,80}$`,
  'i',
);
/** An open bound right before a number: "over ", "more than ", "at least ". */
const OPEN_BOUND_BEFORE_RE =
  /\b(?:over|above|below|under|(?:more|less|higher|lower)\s+than|at\s+(?:least|most)|in\s+excess\s+of)\s+$/i;

/**
 * A band a survey's answer names is no figure: when a share of those asked "expect" (believe,
 * predict) growth "of 0-2%", "over 2%" or "in the 2-4% range", the band sorts the answers and the
 * share is the figure. A single value they expect ("expect growth of 3%") stays a figure.
 * @example answerBand('Some 40% of firms expect sales to grow 1-3%.', { start: 37, end: 41, kind: 'change', range: { low: 1, high: 3 } } as Match) // true
 */
function answerBand(s: string, m: Match): boolean {
  const before = s.slice(0, m.start);
  if (m.range === undefined && !OPEN_BOUND_BEFORE_RE.test(s.slice(0, ownStart(m)))) return false;
  if (!/\b(?:expect|believ|think|predict|anticipat|foresee)/i.test(before)) return false;
  return ANSWER_BAND_BEFORE_RE.test(before.replace(OPEN_BOUND_BEFORE_RE, ''));
}

/** Right before a number, a target naming it: "the target range of ", "its inflation target of ",
 *  "a target band of about ". */
const TARGET_OBJECT_BEFORE_RE =
  /\btargets?(?:\s+(?:bands?|ranges?|corridors?|levels?))?\s+of\s+(?:(?:about|around|some|nearly|roughly)\s+)?$/i;

/** A round level crossed "for the first time": "passing 500 trillion yen for the first time",
 *  a headline's "tops 60 per cent of output for first time", "went above 3 billion euros for the
 *  first April month since 2025" (a period first since a year: the same milestone; "for the first
 *  quarter" with no "since" names the period of a total and stays a figure),
 *  "exceeded $1 trillion for the first time ever", "is expected to exceed $100 billion in exports for
 *  the first time": a level crossed or to be crossed, the same milestone (the level reached is stated
 *  elsewhere). */
const FIRST_TIME_AFTER_RE =
  /^(?:\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s*,?\s*for\s+(?:the\s+)?first\s+(?:time\b|(?:[\w-]+\s+){1,2}since\b)/i;
/** "the first time" (or "the third time") earlier in the clause, then a verb of crossing: "marking
 *  the first time that yearly exports have exceeded ", "for the first time ever, the index passed ",
 *  "the third time this year that receipts have crossed ". */
const FIRST_TIME_BEFORE_RE =
  /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+time\b[^.;:]{0,80}$/i;
/** A comma-bounded aside right before the last two words (the verb and an article): ", and that
 *  month was March, " in "…, and that month was March, exceeded ". */
const ASIDE_BEFORE_VERB_RE = /,\s+[^,.;:]{1,60},\s+(?=(?:[\w-]+\s+){0,2}$)/;
/** "the first time" within reach once the aside before the verb is skipped, with no clause of its
 *  own joined between (", and", ", but", ", while"). */
function firstTimeBeyondAside(before: string): boolean {
  if (!ASIDE_BEFORE_VERB_RE.test(before)) return false;
  const reach = /\bfirst\s+time\b([^.;:]{0,80})$/i.exec(before.replace(ASIDE_BEFORE_VERB_RE, ' '));
  return reach !== null && !/,\s+(?:and|but|while|whereas)\s/i.test(reach[1]!);
}
/** "reach" or "hit" a level for the first time: a milestone only when the level is round ("about to
 *  reach 100 billion dollars"), since "reached $481.7 billion for the first time" states the total. */
const REACHED_BEFORE_RE = /\b(?:reach(?:es|ed|ing)?|hit(?:s|ting)?)\s+(?:(?:the|a|an)\s+)?$/i;
const CROSSED_BEFORE_RE =
  /\b(?:br(?:oke|eaks?|eaking|oken)|cross(?:es|ed|ing)?|pass(?:es|ed|ing)?|top(?:s|ped|ping)?|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|(?:rose|rising|risen|climbed|climbing|went|going|moved|moving)\s+(?:above|over|beyond|past))\s+(?:(?:the|a|an)\s+)?$/i;

/** Between the level a "from" amount names and the amount after "to": "from $579 billion in 2024
 *  to ", "from US$ 31 to ". */
const FROM_BEFORE_RE = new RegExp(String.raw`\b${FROM_CURRENT}$`, 'i');
const FROM_AMOUNT_TO_BETWEEN_RE =
  /^(?:\s*,?\s+(?:in|for|at|as\s+of|at\s+end[- ]|last|a\s+year)\b[^.;:]{0,24}?,?)?\s+to\s+(?:(?:an?|the|some|about|around|nearly|almost|over|more\s+than)\s+)*(?:[a-z]+\s+)?$/i;

/**
 * Two currency amounts joined by from/to are two levels ("risen from $1.6 trillion to $2.5
 * trillion"), each its own figure: the "from" one has already happened, so it is actual whatever
 * the clause hedges; the "to" one keeps the clause's status. No change is computed from them: a
 * change the text states beside them ("increased by 60%, from …") is its own figure.
 */
function fromLevels(s: string, matches: Match[]): Match[] {
  return matches.map((m, i) => {
    const next = matches[i + 1];
    if (m.kind !== 'amount' || next?.kind !== 'amount' || m.status === 'actual') return m;
    if (!FROM_BEFORE_RE.test(s.slice(0, ownStart(m)))) return m;
    if (!FROM_AMOUNT_TO_BETWEEN_RE.test(s.slice(m.ownEnd ?? m.end, ownStart(next)))) return m;
    return { ...m, status: 'actual' };
  });
}

/** In a sentence whose subject is a bare forecast noun ("The forecasts for 2031 have decreased to
 *  1.4%"), after a sentence that ended on a change, a level with no whole of its own and no level
 *  noun before it ("the policy rate") is that change's new reading. */
function carriedChange(sentence: string, m: Match): Match {
  if (m.kind !== 'share' || m.object !== undefined) return m;
  const lead = sentence.slice(0, m.start);
  if ([...lead.matchAll(SUBJECT_KIND_RE)].some((k) => k.groups!.level)) return m;
  const notes = m.notes.filter((n) => !n.startsWith('Kind guessed'));
  return { ...m, kind: 'change', notes };
}

/**
 * "Forecasts Growth of 3.5 to 4.0 Per Cent in 2013 and 2.0 to 4.0 Per Cent in 2014", "to grow by
 * 3.5 to 4.0 per cent in 2013, and by 2.0 to 4.0 per cent": a range with no word of its own,
 * coordinated with a change range before it, shares its verb, so its kind and status. A fall is left alone: its ends would need the verb's sign.
 */
function coordinatedRanges(s: string, kept: Match[]): Match[] {
  return kept.map((m, i) => {
    // The amount a change reached ("rise 4.5% to $3.3 billion in 2033 and 5 to 6% in 2034") is
    // an aside the list skips: the change before it lends its verb.
    const reached =
      kept[i - 1]?.kind === 'amount' &&
      kept[i - 2]?.kind === 'change' &&
      /^\s+to\s+$/i.test(s.slice(kept[i - 2]!.end, kept[i - 1]!.start));
    const previous = reached ? kept[i - 2] : kept[i - 1];
    const after = reached ? kept[i - 1]!.end : previous?.end;
    if (!m.range || !m.guessed || previous?.kind !== 'change') return m;
    if (previous.prefer === 'down' || (previous.range?.low ?? 0) < 0) return m;
    // v92: a single change before the range coordinates as a range does ("is projected to grow
    // by 4.8 percent in 2033 and between 4.7 and 5.0 percent in 2034"), in the same unit.
    if (
      OWN_POINTS_RE.test(s.slice(previous.start, previous.end)) !==
      OWN_POINTS_RE.test(s.slice(m.start, m.end))
    )
      return m;
    const between = s.slice(after, m.start).replace(LEVEL_REACHED_BETWEEN_RE, ' ');
    if (
      !sharesVerb(between) &&
      !sharesVerb(between.replace(ELIDED_BY_RE, '')) &&
      !(ELIDED_BY_RE.test(between) && ELIDED_SUBJECT_BY_BETWEEN_RE.test(between) && gapped(between))
    )
      return m;
    const statusFrom = ownStart(previous);
    return { ...m, kind: 'change', guessed: false, object: undefined, statusFrom };
  });
}

/** Between a change and the next member of its list, the level the change reached when it is no
 *  percent ("grow 8.2% to 176 Mt in 2033 and between 7% and 8% in 2034", "rise 4.5% to $3.3
 *  billion in 2033 and 5 to 6% in 2034"): an aside the list skips. A level in percent ("rose 3% to
 *  92% of income in 2032 and 94-95% in 2033") starts a list of levels instead. */
const LEVEL_REACHED_BETWEEN_RE =
  /^\s+to\s+(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{1,3}\s?)?\d[\d.,]*(?![\d.,])(?!\s*(?:%|per\s?cent|percent|percentage|points?|pp|bp|basis))(?:\s+(?!(?:and|or|in|for|during|this|next|last|by|over|from)\b)[A-Za-z]+){0,3}(?=\s*,?\s+(?:in|for|during|this|next|last|and|or)\b)/;

/** Points, percentage or basis, in a figure's own words. */
const OWN_POINTS_RE = /\b(?:points?|pp|bps?)\b|\bbasis\b/i;

/** "… per cent and NODX by ": the next member of a list of changes names its own subject, at most
 *  three words, before the "by" the left-out verb took. */
const ELIDED_SUBJECT_BY_BETWEEN_RE = /,?\s+(?:and|or|while|with)\s+(?:[\w'’-]+\s+){1,3}by\s+$/i;

/**
 * Where a match's own number starts: its key among the figures of one sentence.
 * @example ownStart({ start: 8, own: 20, end: 25, kind: 'change', notes: [] }) // 20
 */
export function ownStart(m: Match): number {
  return m.own ?? m.start;
}

/**
 * A bare heading number ("18%: Exporters can pay up to 18 percent higher wages") means what the
 * words after its colon say of the same number, so it takes that figure's kind, sign and status.
 */
function headed(s: string, kept: Match[]): Match[] {
  const head = kept[0];
  if (!head || head.start !== 0 || !/^\s*:/.test(s.slice(head.end))) return kept;
  const number = (m: Match) => /\d[\d,]*(?:\.\d+)?/.exec(s.slice(m.own ?? m.start, m.end))?.[0];
  const body = kept.slice(1).find((m) => number(m) === number(head));
  if (!body) return kept;
  const { kind, prefer, status } = body;
  return [
    { ...head, kind, prefer, status: status ?? head.status, object: undefined },
    ...kept.slice(1),
  ];
}

/** Two percents joined by a dash with no word between, each with its "%": "5.2%-1.6%". */
const SIGNED_CELLS_RE = /^\d[\d.,]*\s?%\s?[-–−‑]\s?\d[\d.,]*\s?%$/;
/** A line of a table's signed cells, the last a percent: "+ 214 + 4.8%", "– 35 – 2.6%" (a change in
 *  tonnes, then the same change in percent). Group 1 is the percent's own sign. */
const SIGNED_ROW_RANGE_RE = /(?:^|\n)[ \t]*[+–−‑-][ \t]?\d[\d.,]*[ \t]+[+–−‑-][ \t]?\d[\d.,]*\s?%$/;
const SIGNED_ROW_BEFORE_RE = /(?:^|\n)[ \t]*[+–−‑-][ \t]?\d[\d.,]*[ \t]+([+–−‑-])[ \t]?$/;

/** A sentence that is only a row's two cells, the first's sign lost to a list marker the page
 *  read it as ("35 – 2.6%" from "– 35 – 2.6%"): the first is larger than the percent, so they are
 *  no range's ends, and no year. */
const SIGNED_ROW_SENTENCE_RE = /^[ \t]*(\d[\d.,]*)[ \t]+[+–−‑-][ \t]?(\d[\d.,]*)\s?%[ \t]*$/;
function signedRowLine(s: string): boolean {
  const row = SIGNED_ROW_SENTENCE_RE.exec(s);
  if (!row || isYear(row[1]!)) return false;
  const first = readNumber(row[1]!);
  const second = readNumber(row[2]!);
  return first !== undefined && second !== undefined && first > second;
}

/** A bare percent in brackets right after the bare number a path reached: "to 2.9 (38%) million". */
const BARE_BRACKET_PERCENT_BEFORE_RE = /\bto\s+\d[\d.,]*\s*\(\s*$/;
/** A signed percent in brackets right after a level a path reached: "to 2.4 million (+14%)". */
const SIGNED_BRACKET_PERCENT_RE =
  /\bto\s+\d[\d.,]*(?:\s+(?:thousand|million|billion|trillion))?\s*\(\s*([+−–-])\s?\d[\d.,]*\s?%\s*\)/gi;

/**
 * In a path of levels whose changes are signed in brackets ("to 2.4 million (+14%) in 2040 and
 * to 2.9 (38%) million in 2060"), a bracketed percent with no sign after a level the path reached
 * is one more rise, as the others are, not a share; with no "+" sibling (or a "−" one), or after a
 * level no "to" reached ("of which 1.2 (50%) million"), it keeps the old reading.
 * @example bracketedListChanges('to 2.4 million (+14%) and to 2.9 (38%) million', ms)[1]!.kind // 'change'
 */
function bracketedListChanges(s: string, matches: Match[]): Match[] {
  const signs = [...s.matchAll(SIGNED_BRACKET_PERCENT_RE)].map((x) => x[1] === '+');
  if (signs.length === 0 || signs.some((up) => !up)) return matches;
  return matches.map((m) =>
    m.kind === 'share' &&
    m.object === undefined &&
    /^\d[\d.,]*\s?%$/.test(s.slice(m.start, m.end)) &&
    BARE_BRACKET_PERCENT_BEFORE_RE.test(s.slice(0, m.start)) &&
    /^\s*\)/.test(s.slice(m.end))
      ? { ...m, kind: 'change', prefer: undefined, guessed: false }
      : m,
  );
}

/**
 * The percent that ends a line of signed cells is a change with the sign written before it, not a
 * share: "+ 214 + 4.8%" is +4.8, "– 35 – 2.6%" is −2.6 (its stated words start at the sign).
 * @example signedRowCells('– 35 – 2.6%', [{ start: 7, end: 11, kind: 'share', notes: [] }])[0]!.start // 5
 */
function signedRowCells(s: string, matches: Match[]): Match[] {
  return matches.map((m) => {
    if ((m.kind !== 'share' && m.kind !== 'change') || m.range) return m;
    if (!/^\d[\d.,]*\s?%$/.test(s.slice(ownStart(m), m.end))) return m;
    if (!/^[ \t]*(?:\n|$)/.test(s.slice(m.end))) return m;
    const row =
      SIGNED_ROW_BEFORE_RE.exec(s.slice(0, ownStart(m))) ??
      (signedRowLine(s) ? /([+–−‑-])[ \t]?$/.exec(s.slice(0, ownStart(m))) : null);
    if (!row) return m;
    const sign = ownStart(m) - s.slice(0, ownStart(m)).match(/[+–−‑-][ \t]?$/)![0].length;
    return {
      ...m,
      kind: 'change',
      start: sign,
      own: undefined,
      prefer: row[1] === '+' ? 'up' : 'down',
      object: undefined,
      guessed: false,
    };
  });
}

/** Right after a percent, the next cell of its row with its own minus: "-1.6%". */
const SIGNED_CELL_AFTER_RE = /^\s?[-–−‑]\s?\d[\d.,]*\s?%/;

/** Before a range's words, "from" and the level it names with "of": "from its 2030 peak of ",
 *  "from a record high of about ". When both ends write their percent, what follows "to" is the
 *  level reached, not a range's end ("fell from its peak of 7.4 per cent to 3.1 per cent"). */
const FROM_LEVEL_OF_BEFORE_RE = new RegExp(
  String.raw`(?<!\brang(?:e|es|ed|ing)\s+)\bfrom\s+(?:(?:an?|the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:peak|high|low|level|reading)\s+of\s+(?:(?:${NEAR_HEDGE})\s+)?$`,
  'i',
);
/** A range's first end written with its own percent ("7.4 per cent to 3.1 per cent"); a bare first
 *  end after "from a low of" ("3 to 4 per cent") stays a range. */
const FIRST_END_PERCENT_RE = /^[-–−‑]?\s?\d[\d.,]*\s?(?:%|per\s?cent|percent)/i;

/** Before a "from", a range named and its new ends stated, then the "from" of the range it moved
 *  from: "narrowed its forecast range to $9.20 to $9.80 per kgMS, from ", "the target range was
 *  raised to 4.25 to 4.50 per cent, from ". The "from … to …" after it is that earlier range, one
 *  figure with two ends, not two levels ("prices rose from $8.80 to $9.80" names no range). A
 *  forecast, projection, estimate, outlook, guidance or target whose new value is a range names
 *  one as well ("narrowed its 2026 forecast for trade growth to 4.0 to 5.0 per cent, from ",
 *  "cut its outlook for world trade to 2.1 to 2.6 per cent, from "). */
const EARLIER_RANGE_FROM_BEFORE_RE =
  /\b(?:ranges?|bands?|brackets?|forecasts?|projections?|estimates?|outlooks?|guidance|targets?)\b(?:[^.;:]|\.\d){0,80}?\bto\s+(?:[^\s\d]{1,4}\s?)?\d[\d.,]*(?:\s?[a-z%]+)?\s+(?:to|[-–])\s+(?:[^\s\d]{1,4}\s?)?\d(?:[^.;:]|\.\d){0,40}?,?\s+from\s+$/i;

/** Before a range, a verb of voting and its "by": "the voters approved the increase by ",
 *  "members backed the motion by a margin of " (v274). */
const VOTE_BY_BEFORE_RE =
  /\b(?:approv(?:e|es|ed)|back(?:s|ed)?|pass(?:es|ed)?|reject(?:s|ed)?|carri(?:es|ed)|voted|defeat(?:s|ed)?|won|lost|endors(?:e|es|ed)|adopt(?:s|ed)?|favou?r(?:s|ed)?|support(?:s|ed)?)\b[^.;:]{0,80}?\bby\s+(?:a\s+(?:margin|vote)\s+of\s+)?$/i;

/** After a vote's first percent, "to" and the second: " to 41.6 percent". */
const TALLY_SECOND_AFTER_RE = /^\s+to\s+(\d[\d.,]*)\s*(?:%|per\s?cent|percent)/i;

/**
 * The first percent of a vote's tally read as the size of a change ("the voters approved the
 * increase by 58.4 percent to 41.6 percent": "increase by 58.4 percent"), read again as the share
 * for, its own number alone, when a verb of voting and its "by" come right before it and the
 * percent against after "to" makes the whole with it, the larger first (v274's call; v282).
 */
function voteTallies(s: string, matches: Match[]): Match[] {
  return matches.map((m) => {
    if (m.range !== undefined || m.kind === 'share') return m;
    const own = /\d[\d.,]*\s*(?:%|per\s?cent|percent)$/i.exec(s.slice(m.start, m.end));
    if (!own) return m;
    const at = m.start + own.index;
    const second = TALLY_SECOND_AFTER_RE.exec(s.slice(m.end));
    if (!second || !VOTE_BY_BEFORE_RE.test(s.slice(0, at))) return m;
    const first = readNumber(own[0].replace(/\s*(?:%|per\s?cent|percent)$/i, ''));
    const against = readNumber(second[1]!);
    if (first === undefined || against === undefined || first <= against) return m;
    if (Math.abs(first + against - 100) >= 0.5) return m;
    return { ...m, start: at, kind: 'share', value: undefined, prefer: undefined, own: undefined };
  });
}

function* ranges(s: string, carried?: 'change' | 'level'): Generator<Match> {
  const re = new RegExp(RANGE_RE.source, RANGE_RE.flags);
  for (let m = re.exec(s); m; m = re.exec(s)) {
    let start = m.index;
    const end = m.index + m[0].length;
    const before = s.slice(0, start);
    // "from 3.1% in 2030 to 2.7%" is not a range, and "from 12% to 18%" is two levels; in
    // "from initial 2.5 % to – 1 % to 1.5 %" the range is the second pair, so look again from "to".
    // v284: so is "goes up from about 0.44% to 0.53%", the first level approximated.
    if (
      (/\bfrom\s+(?:(?:initial|initially|an?|the|its|earlier|previous|previously|original|originally)\s+)?$/i.test(
        before,
      ) ||
        (/\bfrom\s+(?:about|around|roughly|approximately|some|nearly|almost)\s+$/i.test(before) &&
          FIRST_END_PERCENT_RE.test(m[0])) ||
        (FROM_LEVEL_OF_BEFORE_RE.test(before) && FIRST_END_PERCENT_RE.test(m[0]))) &&
      !RANGING_FROM_BEFORE_RE.test(before) &&
      !EARLIER_RANGE_FROM_BEFORE_RE.test(before) &&
      // "far from the 5-7 percent growth rates of the previous decade": a range joined by a bare hyphen is one.
      !/^[\d.,]+[-–][\d.,]+\s?(?:%|per\s?cent|percent)/i.test(m[0])
    ) {
      const to = /\s(?:to|[-–])\s/i.exec(m[0]);
      if (to && /^\s*[-–−‑]?\s*\d/.test(m[0].slice(to.index + to[0].length))) {
        re.lastIndex = m.index + to.index + to[0].length;
      }
      continue;
    }
    // "The biggest rises were in Cestia (7.2% to 9.8%), Brenmoor (…)": a name's bracket holding two
    // percents joined by "to", each with its own unit, in a sentence that tells a rise or fall, is
    // the level it went from and the one it went to, as with "from" (two figures, no range).
    if (
      NAME_BRACKET_BEFORE_RE.test(before) &&
      TWO_LEVELS_RE.test(m[0]) &&
      /^\s*(?:\)|between\b|in\b)/i.test(s.slice(m.index + m[0].length)) &&
      RISE_OR_FALL_RE.test(before)
    ) {
      continue;
    }
    // "from 5.9 per cent in 2020–21 to 5.5 per cent": the "21" of a fiscal year is no first end;
    // look again from "to".
    if (/\b(?:19|20)\d\d\s?[-–‑/]$/.test(before) && /^\d\d(?:\d\d)?\s+to\s/i.test(m[0])) {
      re.lastIndex = m.index + /\s+to\s/i.exec(m[0])!.index + 1;
      continue;
    }
    // "widened by 15 per cent to 42 per cent of exports": a change, then the level it reached.
    if (/\bby\s+$/i.test(before) && /^\s+of\b/i.test(s.slice(m.index + m[0].length))) continue;
    // "+5.2%-1.6%", "+5.2% -1.6%": cells of a row, each with its own sign, the first a plus; no range.
    if (/\+\s?$/.test(before) && SIGNED_CELLS_RE.test(m[0])) continue;
    // "– 35 – 2.6%" on a line of its own: a table row's cells, each with its written sign; no range.
    if (SIGNED_ROW_RANGE_RE.test(before + m[0]) || signedRowLine(s)) continue;
    const words = m[0];
    // A dash right after a number separates ("36–38"); only a leading one is a minus ("–1.6").
    // "3-3/4 to 4 percent": a fraction in digits is one number, its hyphen no separator.
    const numbers = [...words.matchAll(RANGE_NUMBER_RE)].map((n) => {
      const value = readNumber(n[2]!)!;
      return n[1] ? -value : value;
    });
    if (numbers.length !== 2 || isYear(String(numbers[0])) || isYear(String(numbers[1]))) continue;
    // v274: "the voters approved the increase by 58.4 percent to 41.6 percent": after a verb of
    // voting and its "by", two percents that make the whole, the larger first, are the vote's
    // tally, the share for and the share against: two shares, no range.
    if (
      VOTE_BY_BEFORE_RE.test(before) &&
      numbers[0]! > numbers[1]! &&
      Math.abs(numbers[0]! + numbers[1]! - 100) < 0.5
    )
      continue;
    let cue = settled(classify(s, start, end, carried));
    // "from initial 2.5 % to – 1 % to 1.5 %": the range is the new reading of the level before it,
    // so it takes that level's kind.
    const pair = FROM_LEVEL_TO_BEFORE_RE.exec(before);
    if (cue.guessed && !cue.object && pair) {
      const at = pair.index + pair[0].indexOf(pair[1]!);
      const first = settled(classify(s, at, at + pair[1]!.length));
      if (!first.guessed && first.kind !== 'amount')
        cue = { ...cue, kind: first.kind, guessed: false };
    }
    // "grow by 2.5 to 3.5 per cent, an upward revision from its earlier range of 1.5 to 2.5 per cent": the
    // range revised from is the same measure as the percent before it.
    if (cue.guessed && !cue.object && REVISED_FROM_BEFORE_RE.test(before)) {
      const revised = [...before.matchAll(LAST_PERCENT_RE)].pop();
      if (revised) {
        const first = settled(classify(s, revised.index, revised.index + revised[0].length));
        if (!first.guessed && first.kind === 'change')
          cue = { ...cue, kind: 'change', guessed: false };
      }
    }
    // "predicted to increase 1.4 percent, with a prediction interval of 0.4 to 2.5 percent": the
    // interval bounds the change predicted before it. After a fall, ends with no minus of their
    // own would need its sign, so they are left alone.
    if (cue.kind === 'share' && !cue.object && PREDICTION_INTERVAL_BEFORE_RE.test(before)) {
      const predicted = [...before.matchAll(LAST_PERCENT_RE)].pop();
      if (predicted) {
        const first = settled(classify(s, predicted.index, predicted.index + predicted[0].length));
        const signed = numbers.some((n) => n < 0);
        if (first.kind === 'change' && !first.guessed && (first.prefer !== 'down' || signed))
          cue = { ...cue, kind: 'change', guessed: false, prefer: undefined };
      }
    }
    if ((cue.guessed || (cue.kind === 'share' && !cue.object)) && measuredGrowth(before)) {
      cue = { ...cue, kind: 'change', guessed: false };
    }
    // "Increases range from 0.00% to 7.50%", "raised resident tuition in 62 programs by between
    // 3.1% and 4.6%": a rise's noun heading the subject, or a verb that raised a price by the
    // range, makes its ends rises, as it does one number (kind.ts; a fall is left alone, v217).
    if ((cue.guessed || (cue.kind === 'share' && !cue.object)) && risesBefore(before)) {
      const of = percentOf(before, s.slice(end));
      if (of?.kind === 'change' && !of.bound && of.fallAt === undefined && of.fallEnd === undefined)
        cue = { ...cue, kind: 'change', guessed: false };
    }
    // "submitted pay claims ranging from 4.5% to 6.0%": the rises of pay asked (offeredLevel.ts,
    // v274).
    if ((cue.guessed || (cue.kind === 'share' && !cue.object)) && payAsked(before))
      cue = { ...cue, kind: 'change', guessed: false };
    // "ranges from 0.3 to 2.1 percentage points": points are a change, as for one value.
    if (POINTS_END_RE.test(words) && cue.kind !== 'change')
      cue = { ...cue, kind: 'change', guessed: false };
    const guessed = cue.guessed && !cue.object;
    // "will fall between 8.5 and 11.0 percent": where the value lies, no fall (its words, read
    // whole, carry no decrease either).
    const within =
      /^between\b/i.test(words) && /\bf(?:all|alls|ell|allen|alling)\s+$/i.test(before);
    const down = cue.kind === 'change' && cue.prefer === 'down' && !within;
    if (cue.kind === 'change' && cue.start < start) start = cue.start;
    const [a, b] = numbers.map((n) => (down && n > 0 ? -n : n)) as [number, number];
    yield {
      start,
      end: cue.end > end ? cue.end : end,
      kind: cue.kind,
      range: { low: Math.min(a, b), high: Math.max(a, b) },
      object: cue.object,
      status: cue.status,
      guessed,
      notes: [RANGE_NOTE],
    };
  }
}

/** "US$1.3-1.5 trillion", "about 60-70 trillion yen": both ends of an amount, read back as the
 *  validator reads them. */
/** After the second end of a spaced-dash pair, the words of an aside and the dash that closes it:
 *  " from gifts - and", " of it abroad — while" (no number, stop, comma or bracket between). */
const DASH_ASIDE_CLOSES_AFTER_RE = /^[^.,;:()\d–—-]{1,60}\s[-–—]\s/;
/** Right before an amount, a verb of change (and "by"): what follows is its size, then the level it
 *  reached after "to", never one range. A hedge may stand between, one word softening another:
 *  "increased by just under £", "grew by a little over $". */
const CHANGE_THEN_AMOUNT_BEFORE_RE = new RegExp(
  String.raw`\b(?:${VERB}|by)\s+(?:(?:just|only|slightly|a\s+little|well)\s+)?(?:(?:about|around|some|nearly|almost|roughly|just|over|under|more\s+than|less\s+than)\s+)?$`,
  'i',
);

/** An amount with its scale: "€4.5 million", "US$ 2 billion", "12 billion rupees". */
const SCALED_AMOUNT = String.raw`(?:[^\s\d]{1,4}\s?)?\d[\d.,]*\s*(?:${SCALE})\b(?:\s+[a-z]+)?`;
/** Before an amount, pairs of a change and the level it reached under one verb, then "and":
 *  "cut their stakes by €6.2 million to €40.1 million and " (the next pair, "€3.4 million to
 *  €19.8 million, respectively", is the same verb's change and level, not a range). */
const CHANGE_PAIRS_BEFORE_RE = new RegExp(
  String.raw`\b(?:${VERB}|by)\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than|less\s+than)\s+)?${SCALED_AMOUNT}\s+to\s+${SCALED_AMOUNT}(?:\s*,\s*${SCALED_AMOUNT}\s+to\s+${SCALED_AMOUNT})*\s*,?\s+and\s+$`,
  'i',
);

/** A range whose first end has its own scale: "$2 billion to $3 billion", "between €2 million and". */
const SCALED_FIRST_END_RE = new RegExp(
  String.raw`\d\s*(?:${SCALE})\b\D*?(?:[-–]|\bto\b|\band\b)`,
  'i',
);
/** A scale anywhere in a range's words. */
const SCALE_IN_RE = new RegExp(String.raw`\d\s*(?:${SCALE})\b`, 'i');
/** Right before an amount, a noun of change and its "of": "a decrease in the trade deficit of ". */
const CHANGE_NOUN_OF_BEFORE_RE = new RegExp(
  String.raw`\b(?:${CHANGE_NOUN})\b[^.;:]{0,60}?\bof\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than|less\s+than)\s+)?$`,
  'i',
);

/** A range of two bare numbers with one hundredth's word after the second: "30 to 40 cpl",
 *  "25–35 cents", "10 to 15 pence". */
const BARE_FIRST_END_HUNDREDTH_RE = new RegExp(
  String.raw`^\d[\d.,]*\s*(?:to|[-–‒])\s*\d[\d.,]*\s*(?:${HUNDREDTH_WORD})(?!\w)`,
  'i',
);

/** A verb of ranging or varying right before "from": "sizes will range from ", "consignments ranged
 *  from ", "an average of nearly $5,000 for each school, varying from ". */
const RANGING_FROM_BEFORE_RE = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$/i;

/** Before an amount, a modal of supposition, the verb of what the step would do and its object,
 *  then "by": "would lower fee revenue by ", "could increase transfers by ", "might cut costs by
 *  about ". */
const SUPPOSED_EFFECT_BY_BEFORE_RE =
  /\b(?:would|could|might|may)\s+(?:(?:also|only|still|further)\s+)?(?:raise|lower|increase|reduce|cut|add\s+to|boost|lift|save|decrease)\b[^.;:\d]{0,60}?\bby\s+(?:(?:about|around|some|roughly)\s+)?$/i;

function* amountRanges(s: string): Generator<Match> {
  // The pattern as written reads again from a loose match whose sign is none ("$1.06 to around
  // $1.14"), rare; compiled ahead, its 43,000 characters cost ~30 ms rather than ~110 in bytecode.
  const asWritten = () => compiledAhead(amountRangeAsWritten(), subjectKindOf(s));
  for (const m of signedMatches(AMOUNT_RANGE_RE, asWritten, s)) {
    const range = readStatedRange(m[0], 'amount');
    if (!range) continue;
    // "from 2030 to 2031 to 1.92 trillion yen": a year is no end of a range.
    if (isYear(/\d[\d,.]*/.exec(m[0])![0])) continue;
    const before = s.slice(0, m.index);
    // "sizes will range from $300 million to $700 million": after a verb of ranging, "from … to"
    // spans one range, as with percents; "from $2 to 3 billion" alone is a change.
    // "narrowed its range to $9.20 to $9.80, from $8.80 to $9.80 previously": the range it moved
    // from is one figure as well.
    const ranging =
      RANGING_FROM_BEFORE_RE.test(before) || EARLIER_RANGE_FROM_BEFORE_RE.test(before);
    if (/\bfrom\s+$/i.test(before) && !ranging) continue;
    // "rose $2 billion to $30 billion", "a decrease in the deficit of $5 billion to $60 billion":
    // a change and the level it reached, two figures; so are "from the current $40 billion to
    // $120 billion", two levels.
    // ("grow by about 30-40 trillion yen", one scale for both ends, stays a range.)
    // "losses from fraud were between $2 billion and $5 billion", "fees rose by between $1 and $4":
    // a "between" opens the range, whatever verb or "from" stands a few words before it.
    // ("$4.10 to $5.20", no scale at all, has a first end as whole as "$2 billion to".)
    // "prices rose by 30 to 40 cpl at the top of the cycle": a first end bare of any sign, scale or
    // word shares the second's hundredth, as "rose by 2 to 3 per cent" shares its percent: a range.
    // v242: "would lower fee revenue by $41 million to $58 million a year", "could increase
    // transfers by $18 million to $26 million": what a supposed step would do, "by" two sums of one
    // scale the second of which is under twice the first, is an estimate's low and high, one range;
    // "cut its stake by €6.2 million to €40.1 million" keeps its change and level.
    // v274: so is a fall "by" two such sums that an estimate or an expectation foresees ("expects
    // the Order to lower its drug outlays by ₱2.7 billion to ₱3.4 billion a year").
    const effect =
      (SUPPOSED_EFFECT_BY_BEFORE_RE.test(before) &&
        SCALED_FIRST_END_RE.test(m[0]) &&
        range.low > 0 &&
        range.high > range.low &&
        range.high <= 2 * range.low) ||
      foreseenChangeByRange(before, range.low, range.high);
    // v266: "will raise the monthly salaries of officers by S$120 to S$180": a rise "by" two sums
    // the second of which is under twice the first is one range, whatever its tense (riseByRange).
    if (
      !effect &&
      !riseByRange(before, range.low, range.high) &&
      !/^between\s/i.test(m[0]) &&
      !BARE_FIRST_END_HUNDREDTH_RE.test(m[0]) &&
      (SCALED_FIRST_END_RE.test(m[0]) || !SCALE_IN_RE.test(m[0])) &&
      (CHANGE_THEN_AMOUNT_BEFORE_RE.test(before) ||
        CHANGE_NOUN_OF_BEFORE_RE.test(before) ||
        CHANGE_PAIRS_BEFORE_RE.test(before) ||
        (/\bfrom\s+(?:[\w'’-]+\s+){0,3}$/i.test(before) && !ranging))
    )
      continue;
    // "earned more than $210 billion - $14.2 billion from gifts - and employed": a spaced dash that
    // another closes a few words on opens an aside, no range ("$1.2bn - $1.5bn" stays one, and so
    // does "between £18.2 - £19.4 billion, depending on costs - about").
    if (
      /\d\s*[a-z]+\s[-–—]\s+\D*\d/i.test(m[0]) &&
      !/\bbetween\s+$/i.test(before) &&
      DASH_ASIDE_CLOSES_AFTER_RE.test(s.slice(m.index + m[0].length))
    )
      continue;
    const status = hedged(before) ? 'expected' : undefined;
    yield {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'amount',
      range: { low: range.low, high: range.high },
      status,
      notes: [RANGE_NOTE],
    };
  }
}

/** "to fluctuate in a range of around plus and minus 0.75 percentage points": a band around a
 *  level is a change range with both ends the same size. */
/** "3% +/- 1 pp": a band right after the level it is the tolerance of (BAND_CENTRE_BEFORE_RE). */
const isTolerance = (s: string, at: number, end = at): boolean =>
  (BAND_AROUND_TARGET_AFTER_RE.test(s.slice(end, end + 80)) &&
    (!SET_CORRIDOR_BEFORE_RE.test(s.slice(Math.max(0, at - 80), at)) ||
      BAND_NOUN_OF_BEFORE_RE.test(s.slice(Math.max(0, at - 80), at)))) ||
  BAND_CENTRE_BEFORE_RE.test(s.slice(Math.max(0, at - 120), at)) ||
  (BAND_NOUN_AFTER_RE.test(s.slice(end, end + 60)) &&
    TARGET_BEFORE_RE.test(s.slice(Math.max(0, at - 160), at))) ||
  LEVEL_THEN_MARGIN_BEFORE_RE.test(s.slice(Math.max(0, at - 120), at)) ||
  bandLevels(s).some((m) => m.ownEnd !== undefined && m.end > at && m.ownEnd <= at);

/** Right before a band, the band noun it sizes: "the fluctuation band of ", "an intervention band
 *  of ", "a band of about ". Drawn around a target, a centre or a parity, it is a regime's
 *  tolerance whatever corridor word comes before it ("The dirham's fluctuation band of ±5 percent
 *  around the central parity"); "fluctuate in a range of ±0.75 points" is a corridor set. */
const BAND_NOUN_OF_BEFORE_RE = /\bbands?\s+of\s+(?:(?:about|around|some|roughly)\s+)?$/i;
/** Right after a band, the band noun it qualifies: " band", " percentage point band", "% tolerance
 *  band" ("converge to the 3% target …, within the ±1 percentage point band"): with a target named
 *  before it in its sentence, the band drawn around that target, a tolerance. A band that names no
 *  target ("an intervention band of ±1%", "a corridor narrowed to ±1 point") stays a range. */
const BAND_NOUN_AFTER_RE =
  /^\s*(?:(?:percentage\s+)?points?|pp|p\.p\.|%|per\s?cent|percent)?[\s-]*(?:[\w-]+\s+)?bands?\b/i;
/** Before a band in its sentence, the target or aim it is drawn around. */
const TARGET_BEFORE_RE = /\b(?:targets?|goals?|anchors?|objectives?|mid-?points?)\b[^.;:]*$/i;
/** Before a band, words of a corridor a decision sets, whose band is a range ("allow yields to
 *  fluctuate in a range of plus and minus 0.75 points either side of the target level"). */
const SET_CORRIDOR_BEFORE_RE = /\b(?:range|corridor|fluctuat\w*)\b/i;
/** After a band, the target or centre it is drawn around: " around the target", " on either side
 *  of the inflation target", " around its central rate". The band's size is a tolerance, no figure;
 *  the target is stated elsewhere ("a corridor narrowed to ±1 point" names no centre and stays). */
const BAND_AROUND_TARGET_AFTER_RE =
  /^\s*(?:(?:percentage\s+)?points?|pp|p\.p\.|%)?\s*(?:around|about|on\s+either\s+side\s+of|either\s+side\s+of)\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:target|mid-?point|centre|center|central\s+(?:value|rate|parity))\b/i;

/** Right before a band, a stated level or change and what may stand between them: a bracket, a
 *  comma, "within", "with a margin of error of". "sales rose 0.6 percent (±0.5%)", "a rise of
 *  2.4% with a sampling error of ±0.3 points", "$51.2 billion (+/- 1.1%)": the band is the
 *  level's margin, no figure (a band with no level before it, "narrowed to ±0.75 points", is). */
const LEVEL_THEN_MARGIN_BEFORE_RE =
  /(?:\d|%|\bper\s?cent|\bpercent|\bpoints?|\bpp|p\.p\.|illion|\d\s?bn)\s*(?:[([]\s*|,\s*)?(?:(?:with(?:in)?\s+)?(?:a|an|the)\s+(?:(?:sampling\s+)?margin\s+of\s+error|sampling\s+error|standard\s+error|error\s+margin|margin|confidence\s+interval)\s+of\s+|within\s+)?$/i;

/** Right before a number, the margin of error it is: "a margin of error of 1.2 points", "the
 *  sampling error is about 0.4 percent", "a 90 percent confidence interval of ±1.9%" (a
 *  "probability interval" or "probability band" as well, drawn at a level of probability as a
 *  confidence interval is: "a 70 per cent probability interval for inflation of 2.0 to 3.3 per
 *  cent"; a forecast's "prediction interval" stays the forecast's range), the ends of
 *  one a verb of extent states ("the 70 per cent confidence interval around the forecast for
 *  2031–32 runs from 1 to 3 per cent"), an
 *  estimate's error band ("an error band of ±3%"), and one named for what it bounds, "within":
 *  "the sampling error for the hotel count is within ±3%"; one of an estimate named after "of"
 *  or held under a bound: "the standard error of the regional rate is about ", "its relative
 *  standard error is under ", "the coefficient of variation for wheat is below " (a survey's
 *  measure of how precise its estimate is, as a standard error is). */
const MARGIN_OF_ERROR_BEFORE_RE = new RegExp(
  String.raw`\b(?:margins?\s+of\s+(?:error|uncertainty)|(?:error|uncertainty)\s+(?:margins?|bands?)|sampling\s+errors?|standard\s+(?:errors?|deviations?)|coefficients?\s+of\s+variation|(?:confidence|probability)\s+(?:intervals?|bands?)|forecast\s+errors?|(?:average|mean)\s+(?:absolute\s+)?revisions?)(?:\s+(?:for|on|in|around|to|of|between)\s+(?:[\w'’–-]+\s+){0,12}?[\w'’–-]+)?(?:\s+(?:of|is|was|are|were|(?:has|have|had)\s+been|at|stands?\s+at|stood\s+at|(?:is|was)\s+(?:estimated|put|reckoned)\s+at|(?:runs?|ran|ranges?|ranged|spans?|spanned|extends?|extended|lies|lay|goes|went)(?:\s+(?:from|between)(?:\s+[\d.,½⅓⅔¼¾⅛⅜⅝⅞]+(?:\s?(?:%|per\s?cent|percent))?\s+(?:to|and))?)?)(?:\s+(?:within|below|under|(?:less|no\s+more)\s+than|at\s+most|up\s+to))?|\s*:)?\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?(?:${PLUS_MINUS})?$` +
    // What an estimate's uncertainty is put at: "uncertainty in the total is put at ±6%"
    // ("uncertainty in markets rose 4%" is a change of something else).
    String.raw`|\buncertainty\b[^.;:]{0,80}?\b(?:is|was|are|were)\s+(?:estimated|put|reckoned|calculated)\s+at\s+(?:(?:about|around)\s+)?(?:${PLUS_MINUS})?$` +
    // An estimate's uncertainty named with "of" right before its band: "carry an uncertainty of plus
    // or minus 4 per cent", "has an uncertainty of about ±6%", "an uncertainty range of ±2 per cent"
    // (the same margin as "a margin of uncertainty of"; "uncertainty in markets rose 4%" stays).
    String.raw`|\b(?:an?|the|its|their)\s+uncertainty\s+(?:(?:range|band|interval)\s+)?of\s+(?:(?:about|around|roughly|some)\s+)?(?:${PLUS_MINUS})?$` +
    // How far a forecast has been from the final figure, a measure of its reliability: "differed
    // from the final figure by a mean of ", "missed the final count by ", "have deviated from the
    // outturn by ".
    String.raw`|\b(?:differ(?:s|ed)?|deviat(?:es|ed)|missed)\s+(?:from\s+)?the\s+(?:(?:final|actual|published)\s+(?:estimates?|figures?|outcomes?|counts?|values?)|(?:(?:final|actual|eventual)\s+)?outturns?)\s+by\s+(?:(?:an\s+average|a\s+mean|a\s+median)\s+of\s+)?(?:(?:about|around|roughly|some|nearly|almost)\s+)?$` +
    // How far a first estimate has been from a later one on average, named by its own average:
    // "differed from the first regular estimate by an average of ", "has differed from the third
    // estimate by a mean of " (one revision, "differed from the first estimate by", keeps its reading
    // unless "on average" follows it: DIFFERED_ON_AVERAGE_AFTER_RE).
    String.raw`|\b(?:differ(?:s|ed)?|deviat(?:es|ed))\s+from\s+the\s+(?:(?:first|second|third|final|later|latest|subsequent|regular|mature|revised|published|annual|benchmark)\s+){1,2}(?:estimates?|figures?|releases?|vintages?)\s+by\s+(?:an\s+average|a\s+mean|a\s+median)\s+of\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$`,
  'i',
);

/** Before a number, an estimate that differed from a later one by it: "the flash growth rate
 *  differed from the first regular estimate by ", "advance estimates have deviated from the third
 *  estimate by about ", "differed from the estimate published two years later by ". */
const DIFFERED_BEFORE_RE =
  /\b(?:differ(?:s|ed)?|deviat(?:es|ed))\s+from\s+the\s+(?:(?:first|second|third|final|later|latest|subsequent|regular|mature|revised|published|annual|benchmark)\s+){0,2}(?:estimates?|figures?|releases?|vintages?)(?:\s+(?:published|released|made|available)\b[^.;:\d]{0,40}?)?\s+by\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/i;
/** After a number, its average over past estimates: " on average", " percentage point on average,
 *  in either direction", " in absolute terms on average". */
const ON_AVERAGE_AFTER_RE =
  /^\s*(?:(?:%|per\s?cent|percent|(?:percentage\s+)?points?|pp|p\.p\.)\s*)?(?:,\s*)?(?:in\s+absolute\s+terms\s+)?on\s+average\b/i;

/** After a number, the final figure a forecast or first estimate is measured against: " of the
 *  outturn", " of the final estimate", " percentage points of the eventual outcome". */
const OUTTURN_AFTER_RE =
  /^\s*(?:(?:%|per\s?cent|percent|(?:percentage\s+)?points?|pp)\s+)?of\s+(?:the|its|their)\s+(?:(?:eventual|final|actual|published|true|realised|realized)\s+)?(?:outturns?|outcomes?|results?|figures?|estimates?|counts?)\b/i;

/** Right before a size, a verb of taking away that "off" after the size completes: "shaved ",
 *  "knocking ", "wiped about ", "took ", "lopped ", "chopped ", "stripped ", "sliced ". */
const TAKEN_OFF_BEFORE_RE =
  /\b(?:shav(?:e|es|ed|ing)|knock(?:s|ed|ing)?|wip(?:e|es|ed|ing)|lop(?:s|ped|ping)?|chop(?:s|ped|ping)?|strip(?:s|ped|ping)?|slic(?:e|es|ed|ing)|tak(?:e|es|ing)|took|taken|trim(?:s|med|ming)?)\s+(?:(?:about|around|some|roughly|nearly|almost|an\s+estimated|as\s+much\s+as|up\s+to)\s+)?$/i;
/** After that size, its unit and "off": " percentage point off", "% off", " points off". */
const OFF_AFTER_RE =
  /^\s*(?:(?:percentage[\s-]+)?points?|pp|p\.p\.|%|per\s?cent|percent|basis\s+points?|bps?)?\s+off\b(?!\s+(?:the\s+)?(?:coast|shore|track|guard|limits?|balance)\b)/i;

/** Right before a number, a contribution that names its direction down, then "of" its size:
 *  "a negative contribution to growth of ", "a downward contribution of about ". */
const NEGATIVE_CONTRIBUTION_BEFORE_RE =
  /\b(?:negative|downward)\s+contributions?\s+(?:to\s+(?:[\w'’-]+\s+){0,4}?)?of\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?$/i;

/** v80: a noun that names how sure an estimate is: its uncertainty, precision or accuracy, its
 *  (sampling) variability, its error or error bands, its (confidence) intervals. */
const SURENESS_NOUN_RE =
  /\b(?:uncertaint(?:y|ies)|precision|accuracy|(?:sampling\s+)?variability|errors?|intervals?)\b/i;
/** A band both ways right at the number's start: "±15%", "+/- 2 points", "plus or minus 4". */
const BOTH_WAYS_OPENING_RE = new RegExp(String.raw`^\s*${PLUS_MINUS}`, 'i');
/** Right before a band, the sign it is written with, after a copula, a bound or a hedge. */
const BOTH_WAYS_BEFORE_RE = new RegExp(String.raw`${PLUS_MINUS}$`, 'i');

/**
 * True when a band both ways ("±15%") stands in a sentence that names a noun of how sure an
 * estimate is ("Uncertainty in the landfill gas estimates is about ±15%", "The precision of the crop
 * estimates is ±4 per cent", "intervals such as the ±6.3 percent shown for permits"): the width of
 * the estimate's band, no level nor change. A corridor or a band a decision sets names none of
 * these nouns and stays a range ("narrowed the corridor to ±1 percentage point").
 * @example surenessBand('Uncertainty in the estimates is about ±15%.', { start: 38, end: 42, kind: 'change' } as Match) // true
 */
function surenessBand(s: string, m: Match): boolean {
  const start = ownStart(m);
  const own = s.slice(start, m.ownEnd ?? m.end);
  const before = s.slice(0, start);
  if (!BOTH_WAYS_OPENING_RE.test(own) && !BOTH_WAYS_BEFORE_RE.test(before)) return false;
  const from = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf(':'));
  const rest = s.slice(m.ownEnd ?? m.end);
  const to = rest.search(/[.;:](?!\d)|$/);
  return SURENESS_NOUN_RE.test(before.slice(from + 1) + ' ' + rest.slice(0, to));
}

/** True when a number is the margin of error of a survey or an estimate (MARGIN_OF_ERROR_BEFORE_RE).
 *  @example marginOfError('with a margin of error of 2 points', { start: 26, end: 34, kind: 'change' } as Match) // true */
function marginOfError(s: string, m: Match): boolean {
  const before = s.slice(0, ownStart(m));
  // "Tail: 0.7 basis points", "a tail of 1.2bp", "the tail was 0.3 basis points": an auction's
  // tail is the gap between its average and its highest accepted yield at one auction, no change.
  if (
    AUCTION_TAIL_BEFORE_RE.test(before) &&
    /^\d[\d.,]*\s?(?:basis\s+points?|bps?\b|b\.p\.)/i.test(s.slice(ownStart(m)))
  )
    return true;
  // "a two-in-three chance of landing within $6 billion of the outturn": how near a forecast may
  // fall to the final figure is its error band, in money too, no figure.
  if (
    /\bwithin\s+(?:[^\s\d]{1,4}\s?)?$/i.test(before) &&
    OUTTURN_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))
  )
    return true;
  // "the average error of the budget-balance forecast made in June has been SEK 38 billion": how far
  // a forecast has missed on average is its record of accuracy, in money or in percent, no figure.
  if (FORECAST_ERROR_BEFORE_RE.test(before)) return true;
  // "figures for the latest two quarters are preliminary and may be revised by up to 0.1
  // percentage points": how far an estimate may yet move says how sure it is, no change made.
  if (POSSIBLE_REVISION_BEFORE_RE.test(before)) return true;
  // "in the past, such estimates have been revised by up to 2%", "flash estimates have historically
  // been revised by as much as 0.4 points": how far past estimates of a kind have moved, a hedged
  // bound with a word of habit, says how sure such an estimate is, no change made ("Electricity
  // tariffs have been revised by up to 8%", "has been revised up by 0.2 points" keep theirs).
  if (PAST_REVISION_BOUND_BEFORE_RE.test(before)) {
    const clause =
      before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1) +
      s.slice(m.ownEnd ?? m.end).split(/[;:]/, 1)[0];
    if (PAST_HABIT_RE.test(clause)) return true;
  }
  // "the preliminary figures may change by up to R2 billion", "flash estimates may shift by as
  // much as 0.3 points", "the results may still be adjusted by up to €15 million": a verb of
  // change under a modal, its subject an estimate, says how far the estimate may yet move, no
  // change foreseen ("import prices may change by up to 5%" keeps its reading).
  if (ESTIMATE_MAY_MOVE_BEFORE_RE.test(before)) return true;
  // "accurate to within 2 percentage points", "reliable to plus or minus 5 per cent", "the count
  // may be off by as much as 10 per cent either way": how near a measure or a forecast comes to the
  // truth says how sure it is, no figure. A span may open on its verb ("be off by"): read from its
  // number. An error of its own kind needs a hedge or both ways ("was wrong by 3%" alone is a miss
  // told once, and stays).
  const digit = s.slice(ownStart(m), m.ownEnd ?? m.end).search(/\d/);
  const upTo = s.slice(0, ownStart(m) + Math.max(digit, 0));
  if (m.kind !== 'amount' && ACCURATE_TO_BEFORE_RE.test(upTo)) return true;
  // "the hardship rate of 12.7 percent lies within plus or minus 1.3 percentage points", "estimates
  // fall within ±0.4 points at the 90% confidence level": a band both ways that an estimate lies
  // within, with no level of its own before the sign, is how sure the estimate is, no change.
  // A band a rule lets a price move within ("lets yields move within plus or minus 0.25 points")
  // is a range: only an estimate that lies or falls within it, or a clause about a survey or a
  // confidence level, reads as its precision.
  if (
    m.kind !== 'amount' &&
    WITHIN_BOTH_WAYS_BEFORE_RE.test(upTo) &&
    (LIES_WITHIN_BEFORE_RE.test(upTo) || PRECISION_CUE_RE.test(s))
  )
    return true;
  if (
    m.kind !== 'amount' &&
    ERRED_BY_BEFORE_RE.test(upTo) &&
    (EITHER_WAY_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)) ||
      // "off" and "out" also say down ("sales may be off by 5% this quarter"): only both ways.
      (ERRED_HEDGE_BEFORE_RE.test(upTo) && !/\b(?:off|out)\s+by\s+[^.;:]*$/i.test(upTo)))
  )
    return true;
  if (m.kind === 'amount') return false;
  return (
    MARGIN_OF_ERROR_BEFORE_RE.test(before) ||
    surenessBand(s, m) ||
    // "a move counts as significant when it tops ±0.4 points", "moves of less than 0.3
    // points are not statistically significant": the size an estimate's change must pass to stand
    // out from its sampling error, no change measured.
    SIGNIFICANT_IF_BEFORE_RE.test(before) ||
    (SIZE_BOUND_BEFORE_RE.test(before) && SIGNIFICANT_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))) ||
    REVISIONS_AVERAGED_BEFORE_RE.test(before) ||
    // "has been revised by an average of 0.3 per cent", "were revised by 0.4 per cent on average":
    // how far past first estimates moved on average says how sure they are, no change made ("was
    // revised up by 0.3 per cent" keeps its reading).
    REVISED_BY_AVERAGE_BEFORE_RE.test(before) ||
    (REVISED_BY_BEFORE_RE.test(before) &&
      (ON_AVERAGE_AFTER_RE.test(s.slice(m.ownEnd ?? m.end)) ||
        ON_AVERAGE_BEFORE_VERB_RE.test(before))) ||
    (DIFFERED_BEFORE_RE.test(before) && ON_AVERAGE_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))) ||
    (REVISIONS_OF_BEFORE_RE.test(before) && USUAL_SIZE_AFTER_RE.test(s.slice(m.end))) ||
    unsignedRevision(before, s.slice(m.ownEnd ?? m.end))
  );
}

/** Words that take a size with no sign: "without regard to sign", "regardless of direction",
 *  "in absolute terms". */
const UNSIGNED_RE =
  /\b(?:without\s+regard\s+to|regardless\s+of|irrespective\s+of|ignoring)\s+(?:the\s+|its\s+|their\s+)?(?:sign|direction)\b|\bin\s+absolute\s+(?:terms|value)\b/i;
/** A revision or an error named before a number in its clause: "revised by", "the revision to". */
const REVISION_OR_ERROR_RE = /\b(?:revis(?:ed|ions?)|errors?)\b/i;

/**
 * True when a number is the size of revisions or errors taken with no sign, an average of how far
 * estimates moved, in its clause (up to a semicolon or colon either side): "first estimates were
 * revised by 0.4 points in absolute terms", "the revision to early figures, ignoring direction, has
 * been 0.3 points". It says how sure an estimate is, no change measured; a revision made with its
 * direction ("growth was revised up by 0.2 points") keeps its reading.
 */
function unsignedRevision(before: string, after: string): boolean {
  const lead = before.slice(before.search(/[^;:]*$/));
  const tail = after.slice(0, after.search(/[;:.]|$/));
  return REVISION_OR_ERROR_RE.test(lead) && (UNSIGNED_RE.test(lead) || UNSIGNED_RE.test(tail));
}

/** Before a number, in its clause, "significant" and a bound a change must pass: "counts as
 *  significant when it is bigger than ±", "is significant if above ". */
const SIGNIFICANT_IF_BEFORE_RE = new RegExp(
  String.raw`\bsignificant\b[^.;:]{0,60}?\b(?:(?:larger|greater|bigger|more|smaller|less)\s+than|above|over|beyond|exceeds?)\s+(?:(?:about|around|roughly|some)\s+)?(?:${PLUS_MINUS})?$`,
  'i',
);
/** Right before a number, a bound: "of less than about ", "under ", "above ". */
const SIZE_BOUND_BEFORE_RE =
  /\b(?:(?:larger|greater|bigger|more|smaller|less)\s+than|above|below|over|under)\s+(?:(?:about|around|roughly|some)\s+)?$/i;
/** After a bound's number, what changes past or short of it are: " are not statistically
 *  significant", " is significant". */
const SIGNIFICANT_AFTER_RE =
  /^[^.;:]{0,40}?\b(?:is|are|was|were|be)\s+(?:not\s+)?(?:statistically\s+)?significant\b/i;

/** Right before a number, the size past revisions have had on average: "earlier revisions to the
 *  quarterly index have averaged about ", "revisions to the flash figure averaged ". How far an
 *  estimate tends to move says how sure it is, no change measured. */
const REVISIONS_AVERAGED_BEFORE_RE =
  /\brevisions?\s+(?:(?:to|of|for|in)\s+(?:[\w'’-]+\s+){0,6}?[\w'’-]+\s+)?(?:(?:have|has|had)\s+)?averaged\s+(?:(?:about|around|roughly|some|nearly|almost|only)\s+)?$/i;
/** Right before a number, the average size past estimates were revised by: "has been revised by
 *  an average of ", "were revised up or down by a mean of about ". */
const REVISED_BY_AVERAGE_BEFORE_RE =
  /\brevised\s+(?:(?:up(?:wards?)?|down(?:wards?)?|up\s+or\s+down)\s+)?by\s+(?:an\s+average|a\s+mean|a\s+median)\s+of\s+(?:(?:about|around|roughly|some|only|just)\s+)?$/i;
/** Right before a number, "revised by" with no direction: "were revised by ", "have been revised
 *  by about ". With "on average" after the number (ON_AVERAGE_AFTER_RE) it is an average revision. */
const REVISED_BY_BEFORE_RE = /\brevised\s+by\s+(?:(?:about|around|roughly|some|only|just)\s+)?$/i;
/** Before "revised by", "on average" or "typically" in the same clause, between the subject and
 *  its verb: "has on average been revised by ", "have, on average, been revised by ", "have
 *  typically been revised by ". An opening "On average, wages were revised up by" names a
 *  direction and keeps its reading. */
const ON_AVERAGE_BEFORE_VERB_RE =
  /\b(?:has|have|had|is|are|was|were)\s*,?\s+(?:on\s+average|typically|usually|historically|generally)\s*,?\s+been\s+revised\s+by\s+(?:(?:about|around|roughly|some|only|just)\s+)?$/i;
/** Right before a number, the size an estimate may yet be revised by: "may be revised by up to ",
 *  "could still be revised by as much as ", "are subject to revisions of up to ". A revision made
 *  ("was revised up by 0.2 points") keeps its reading. */
const POSSIBLE_REVISION_BEFORE_RE =
  /\b(?:(?:may|might|could|can)\s+(?:still\s+|yet\s+|later\s+)?be\s+revised\s+(?:(?:up|down|upwards?|downwards?)\s+)?by|subject\s+to\s+revisions?\s+of)\s+(?:(?:up\s+to|as\s+much\s+as|about|around|roughly|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a number, estimates as the subject, then a perfect or past "revised by" with no
 *  direction and a hedged bound: "such estimates have been revised by up to ", "flash estimates of
 *  GDP have historically been revised by as much as ", "early figures were typically revised by no
 *  more than ". With a word of habit in the clause (PAST_HABIT_RE) it is how far such estimates
 *  have moved, their precision. */
const PAST_REVISION_BOUND_BEFORE_RE =
  /\b(?:figures|estimates?|data|numbers|totals|results|readings|counts)\b(?:(?!\b(?:up|down|upwards?|downwards?)\s+by\b)[^.;:]){0,80}?\b(?:(?:has|have|had)\s+(?:[\w-]+\s+){0,3}?been\s+|(?:were|was)\s+(?:[\w-]+\s+){0,2}?)revised\s+by\s+(?:up\s+to|as\s+much\s+as|(?:no|not)\s+more\s+than|at\s+most)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** A word of habit that makes a revision a record over past estimates: "in the past",
 *  "historically", "typically", "at times", "in recent years", "over the past five years". */
const PAST_HABIT_RE =
  /\b(?:in\s+the\s+past|historically|typically|usually|generally|often|sometimes|at\s+times|previously|in\s+recent\s+years|over\s+the\s+(?:past|last)\s+(?:[\w-]+\s+)?(?:years?|quarters?|months?|decades?))\b/i;
/** Right before a number, an estimate as the subject, a modal and a verb of change or correction,
 *  and "by": "the preliminary figures are unaudited and may change by up to ", "flash estimates
 *  may shift by as much as ", "the reserve data could be amended by up to ". */
const ESTIMATE_MAY_MOVE_BEFORE_RE =
  /\b(?:figures|estimates?|data|numbers|totals|outcomes?|results|readings|returns|counts)\b(?:(?!\b(?:was|were|has|have|had)\b)[^.;:]){0,80}?\b(?:may|might|could|can)\s+(?:still\s+|yet\s+|later\s+)?(?:change|move|shift|differ|vary|be\s+(?:adjusted|amended|corrected|restated|changed))\s+by\s+(?:(?:up\s+to|as\s+much\s+as|about|around|roughly|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a number, an adjective of accuracy and the bound it holds to: "accurate to within ",
 *  "precise to within ", "reliable to plus or minus ", "good to within about ", "an accuracy of ",
 *  "a precision of ±". */
const ACCURATE_TO_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:accurate|precise|reliable|exact|correct|good)(?:\s+to\s+within|\s+to|\s+within)|(?:an?\s+)?(?:accuracy|precision)\s+of(?:\s+within)?)\s+(?:(?:about|around|roughly|some|approximately)\s+)?(?:${PLUS_MINUS})?$`,
  'i',
);
/** Right before a number, "within" and a sign of both ways: "lies within plus or minus ", "fall
 *  within ±", "are within +/- ". A level before the sign ("3% ± 1") is no band of this kind. */
const WITHIN_BOTH_WAYS_BEFORE_RE = new RegExp(
  String.raw`\bwithin\s+(?:(?:about|around|roughly|some|approximately)\s+)?${PLUS_MINUS}$`,
  'i',
);
/** Right before "within" and its band, a verb of where an estimate lies: "lies within ", "fall
 *  within ". */
const LIES_WITHIN_BEFORE_RE =
  /\b(?:lies|lie|lay|lying|falls?|fell|falling)\s+within\s+(?:(?:about|around|roughly|some|approximately)\s+)?\S[^\d]*$/i;
/** Words of how sure an estimate is: "confidence", "sampling", "survey", "poll", "true value". */
const PRECISION_CUE_RE =
  /\b(?:confidence|sampl(?:e|es|ing)|surveys?|polls?|margins?\s+of\s+error|true\s+(?:values?|figures?|rates?)|statistically)\b/i;
/** Right before a number, a verb of being wrong by it: "be off by as much as ", "been wrong by ",
 *  "missed the outturn by ", "are out by up to ", "erred by around ", and a verb of differing from
 *  the true or final figure ("may differ from the true value by up to ", "have deviated from the
 *  outturn by ", "diverge from the final harvest count by about "). */
const ERRED_BY_BEFORE_RE =
  /\b(?:(?:off|wrong|out|mistaken|in\s+error|err(?:s|ed)?)|miss(?:es|ed)?(?:\s+(?:the|its|their)\s+[\w-]+|\s+(?:it|them))?|(?:differ(?:s|ed)?|deviat(?:e|es|ed)|diverg(?:e|es|ed))\s+from\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:values?|outturns?|outcomes?|results?|figures?|counts?|estimates?|numbers?|totals?))\s+by\s+(?:(?:up\s+to|as\s+much\s+as|about|around|roughly|some|nearly|almost|an\s+average\s+of)\s+)*$/i;
/** Earlier in an error's clause, a hedge or a habit: "may be off by", "have typically been wrong by". */
const ERRED_HEDGE_BEFORE_RE =
  /\b(?:may|might|could|can|typically|usually|often|generally|commonly|tends?\s+to|tended\s+to|historically)\b[^.;:]*$/i;
/** After an error's size, both ways: " either way", " in either direction", " up or down", " on
 *  average". */
const EITHER_WAY_AFTER_RE =
  /^\s*,?\s*(?:either\s+way|in\s+either\s+direction|in\s+both\s+directions|(?:on\s+)?either\s+side|up\s+or\s+down|on\s+average)\b/i;
/** Right before a number, revisions of a size: "revisions of around ", "revisions of up to ". */
const REVISIONS_OF_BEFORE_RE =
  /\brevisions?\s+of\s+(?:(?:about|around|roughly|some|up\s+to|as\s+much\s+as)\s+)?$/i;
/** After such a size, the words that call it usual: " to the yearly rate are not unusual", " are
 *  typical". A revision made ("revisions of 0.2 points were made to May") keeps its reading. */
const USUAL_SIZE_AFTER_RE =
  /^[^.;]{0,60}?\b(?:is|are)\s+(?:(?:not\s+(?:unusual|uncommon|rare|exceptional))|(?:quite\s+)?(?:typical|common|usual|normal|routine))\b/i;
/** Right before a number, the step figures are rounded to: "rounded to the nearest ", "are
 *  rounded off to the nearest €", "shown to the nearest tenth of a ". */
const ROUNDED_TO_BEFORE_RE =
  /\bto\s+the\s+nearest\s+(?:whole\s+|tenth\s+of\s+(?:an?\s+)?)?(?:[^\s\d]{1,4}\s?)?$/i;

/** True when a number is the step a table's figures are rounded to (ROUNDED_TO_BEFORE_RE): how
 *  exact the figures are, no figure.
 *  @example roundingUnit('Sums are rounded to the nearest $0.5 billion.', { start: 31, end: 44, kind: 'amount' } as Match) // true */
function roundingUnit(s: string, m: Match): boolean {
  return ROUNDED_TO_BEFORE_RE.test(s.slice(0, ownStart(m)));
}

/** A bare percent in brackets, with no sign and no words: "(0.5%)", "(1.2 percent)". */
const BARE_BRACKET_PERCENT_RE = /^\(\s*\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)\s*\)/i;

/**
 * True when a number is the margin of error of the change right before it, its "±" left out, in a
 * text whose estimates come from a sample: "sales were up 2.4 percent (0.6%) from May" (a text
 * that speaks of its sample). "Exports rose 4.2% (3.1%)" in a text that names no sample, a signed
 * bracket, a bracket with words and one after a name keep their reading.
 * @example bareMargin('up 2.4 percent (0.6%) from May', { start: 16, end: 20, kind: 'share' } as Match, [{ start: 0, end: 14, kind: 'change' } as Match], { sampledEstimates: true }) // true
 */
function bareMargin(s: string, m: Match, kept: Match[], context: SentenceContext): boolean {
  if (!context.sampledEstimates || m.kind === 'amount' || m.range !== undefined) return false;
  const open = s.lastIndexOf('(', ownStart(m));
  if (open < 0 || !/^\(\s*$/.test(s.slice(open, ownStart(m)))) return false;
  if (!BARE_BRACKET_PERCENT_RE.test(s.slice(open))) return false;
  return kept.some(
    (k) =>
      k !== m &&
      k.kind === 'change' &&
      (k.ownEnd ?? k.end) <= open &&
      /(?:%|per\s?cent|percent)$/i.test(s.slice(ownStart(k), k.ownEnd ?? k.end)) &&
      /^\s*$/.test(s.slice(k.ownEnd ?? k.end, open)),
  );
}

/** Before a size in points, the band it is the width of: "an operating band of ", "the
 *  fluctuation band of ½ of ". */
const BAND_WIDTH_BEFORE_RE =
  /\b(?:an?|the|its|their)\s+(?:(?:operating|tolerance|fluctuation|trading|target)\s+)?band\s+of\s+(?:[½¼¾⅓⅔]\s+of\s+)?$/i;

/** Before an amount, the article of a band it sizes: "a wide ", "a narrow ", "an ". */
const AMOUNT_BAND_BEFORE_RE =
  /\b(?:a|an)\s+(?:(?:wide|wider|narrow|narrower|tight|broad|trading)\s+)?$/i;
/** After that amount, maybe its unit per barrel or tonne, the band: "/bbl range", " trading band". */
const AMOUNT_BAND_AFTER_RE =
  /^(?:\s*\/\s*[a-z]{1,5}\b|\s+(?:a|per)\s+(?:barrel|tonne|ton|ounce|unit)\b)?\s+(?:trading\s+|price\s+)?(?:range|band)\b/i;

/** True when a size in points is the width of a band ("an operating band of one percentage
 *  point for the overnight rate"): a tolerance, no figure; "a band of 2 to 4 percent" (levels) and
 *  "a band of plus and minus 0.25 percentage points" (a range both ways) stay.
 *  @example bandWidth('an operating band of 50 basis points', { start: 20, end: 36, kind: 'change' } as Match) // true */
function bandWidth(s: string, m: Match): boolean {
  const own = s.slice(ownStart(m), m.ownEnd ?? m.end);
  // "moved in a narrow $300/t range": one amount between an article and "range" or "band" is the
  // width of the band a price moved in, no price; "in the $70 range" (about $70) keeps its reading.
  if (
    m.kind === 'amount' &&
    m.range === undefined &&
    AMOUNT_BAND_BEFORE_RE.test(s.slice(0, ownStart(m))) &&
    AMOUNT_BAND_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))
  )
    return true;
  // "may move inside a band of 8% either side of the reference rate": a band's half-width in
  // percent, drawn around a named centre, is a tolerance too; "a band of 15% to 20%" (its ends)
  // keeps its reading.
  if (
    m.kind !== 'amount' &&
    m.range === undefined &&
    BAND_WIDTH_BEFORE_RE.test(s.slice(0, ownStart(m))) &&
    EITHER_SIDE_AFTER_RE.test(s.slice(m.ownEnd ?? m.end))
  )
    return true;
  return (
    m.kind === 'change' &&
    m.range === undefined &&
    /\bpoints?\b|\bpp\b|p\.p\.|\bbps?\b/i.test(own) &&
    BAND_WIDTH_BEFORE_RE.test(s.slice(0, ownStart(m)))
  );
}

/** After a band's size, the centre it is drawn around: " either side of the base rate", " on
 *  either side of its central value", " above or below the set rate". */
const EITHER_SIDE_AFTER_RE =
  /^\s*(?:(?:on\s+)?either\s+side\s+of|above\s+or\s+below|(?:higher|lower)\s+or\s+(?:higher|lower)\s+than)\s+(?:the|its|their|a|an)\b/i;

/** From a number in points, a comparative and the same measure in another group of people or
 *  places: "10 percentage points below the rate for men", "3 points above that of peer economies",
 *  "4 percentage points higher than the share among older workers". */
const GROUP_GAP_RE =
  /^[-–−+]?\d[\d.,]*\s*(?:percentage[\s-]+points?|pp|p\.p\.|points?)\s+(?:below|above|under|over|lower\s+than|higher\s+than|short\s+of)\s+(?:(?:that|those)\s+(?:of|for|in|among)|the\s+(?:[\w-]+\s+)?(?:rates?|shares?|levels?|ratios?|figures?|averages?)\s+(?:for|of|among|in))\s+(?:the\s+)?(?:(?:men|women|males|females|boys|girls|mothers|fathers|parents|adults|youths?|young\s+people|older\s+(?:workers|people)|natives|nationals|migrants)\b|(?:other|peer|comparable|comparator|similar|neighbou?ring)\s)/i;
/**
 * True when a number in points is the gap between one group's level and the same measure in
 * another group ("participation has risen to 71%, about 10 percentage points below the rate for
 * men"): two levels compared, as a multiple of another group's level is, no change over time;
 * "2 percentage points below the rate of a year earlier" keeps the change.
 */
function groupGap(s: string, m: Match): boolean {
  if (m.range !== undefined) return false;
  // "its bid was Rs 3.1 billion below that of the second-lowest bidder": the same gap in money, and
  // so "regional prices were 6.2 cpl higher than in the five largest cities", "rents were $85 a
  // week higher than in other cities", "bills $120 above the average for the country" (v64).
  if (m.kind === 'amount') return AMOUNT_GROUP_GAP_AFTER_RE.test(s.slice(m.ownEnd ?? m.end));
  const from = s.slice(ownStart(m));
  // "73% of the EU average", "118 percent of the Allen County average wage": a level set beside
  // the average of the whole it belongs to, as a gap in points to it is.
  if (GROUP_AVERAGE_GAP_RE.test(from) || NAMED_AVERAGE_SHARE_RE.test(from)) return true;
  if (m.kind === 'change') {
    // "11 percentage points above the rate for all children", "9 points higher than the rate for
    // the population as a whole": the group's level set beside the whole it belongs to, as a gap
    // to the national rate is.
    const gap = GAP_TO_THE_RE.exec(from);
    if (gap && WHOLE_GROUP_AFTER_RE.test(from.slice(gap[0].length))) return true;
    if (GROUP_GAP_RE.test(from)) return true;
  }
  // "incomes trail the national average by 18 per cent", "earnings lag those of men by 12.5%",
  // "is 15% below that in cities", "7% lower than in the richest": the same gap, stated by a
  // verb of standing against another group "by" the number, or in percent after the number.
  // A span may open on its verb ("exceed the regional average by 6%"): read from its number.
  const digit = s.slice(ownStart(m), m.ownEnd ?? m.end).search(/[-–−+]?\d/);
  const at = ownStart(m) + Math.max(digit, 0);
  const own = s.slice(at, m.ownEnd ?? m.end);
  if (!/%|per\s?cent|percent|points?\b|\bpp\b|p\.p\./i.test(own) || measureOnes(s, at))
    return false;
  // "53% above the England average", "6 points higher than the Harare rate", "0.2 percentage
  // points below the rate on other owner-occupier loans", "83 per cent of the statewide level": a
  // comparative, or a percent's "of", and a standard another group, place or party owns at the same
  // time (comparedStandard), whatever names the owner; "11% above their 2029 level" and "97% of
  // the budgeted level" keep their reading (v72).
  const standard = STANDARD_GAP_RE.exec(s.slice(at));
  if (
    standard &&
    (standard[1] === undefined || m.kind === 'share') &&
    comparedStandard(s.slice(at + standard[0].length), standard[1] !== undefined) &&
    // "72 per cent above the reserve price of £30,000,000", "31 per cent lower than the reserve
    // price set for the 2030 auction": a price set beforehand as the sale's bound is no other
    // party's level; the gap is the sale's distance from it, a change (v156).
    (standard[1] !== undefined || !setPriceStandard(s.slice(at + standard[0].length)))
  )
    return true;
  return (
    OTHER_GROUP_GAP_AFTER_RE.test(s.slice(at)) ||
    ((OTHER_MEMBERS_GAP_AFTER_RE.test(s.slice(at)) ||
      OTHER_OBJECT_GAP_AFTER_RE.test(s.slice(at))) &&
      !/\b(?:up\s+to|as\s+much\s+as)\s+$/i.test(s.slice(0, at))) ||
    OTHER_GROUP_BY_BEFORE_RE.test(s.slice(0, at)) ||
    // "New tenancy rents were 20.1% higher than existing tenancy rents" (v265).
    sameMeasureGroups(s, at)
  );
}

/** After a sum or a percent, a comparative and the price of another market or instrument at the
 *  same time: " below the closing secondary market price", " above the closing price of KAU33 on
 *  the exchange", " lower than the futures price for baseload electricity", " below the average
 *  price of general allowances in the same auctions". A market word (closing, settlement,
 *  secondary-market, futures, forward, spot, wholesale, day-ahead) or "the same" auction, day or
 *  session names the other price, and so "the same" period or the time of the purchase, and the
 *  price "of the same" good another seller or list quotes (" above the price of the same model in the
 *  online catalogue at the time of purchase", " more than the price of the same item on the portal";
 *  v122). */
const OTHER_PRICE_GAP_AFTER_RE =
  /^(?:\s*(?:a|an|per|\/)\s*(?:tonnes?|allowances?|units?|certificates?|MWh|kWh|megawatt[\s-]hours?|kilowatt[\s-]hours?|barrels?|ounces?)\b)?\s*,?\s*(?:below|above|under|over|(?:lower|higher|cheaper|dearer|more|less)\s+than)\s+(?:the|that\s+(?:of|on|in))\s+(?:(?:[\w-]+\s+){0,4}?(?:closing|settlement|secondary(?:[\s-]+market)?|futures?|forward|spot|wholesale|day[\s-]ahead)\s+(?:[\w-]+\s+){0,2}?prices?\b|(?:[\w-]+\s+){0,6}?prices?\b[^.;]{0,60}?\b(?:(?:in|at|on|for|during)\s+the\s+same\s+(?:auctions?|days?|sessions?|dates?|trading\s+days?|period|months?|quarters?|weeks?)|at\s+the\s+time\s+of\s+(?:the\s+)?(?:purchase|sale|award|order|contract|tender|invoice)|(?:prices?\s+)?(?:of|for)\s+the\s+same\s+(?!(?:period|months?|quarters?|years?|weeks?|days?|time|season|date)\b)[a-z][\w-]*)\b)/i;
/** Before a number or a range in percent, a verb of undercutting or underselling, its object and
 *  "by", with an average's or margins' words: "undercut the Australian industry's prices by an
 *  average of ", "undersold the domestic like product by margins of ", "were undercutting local
 *  mills by between ". The object is another party's price or the party itself. */
const UNDERCUT_BY_BEFORE_RE =
  /\b(?:under-?cut(?:s|ting)?|under-?s(?:old|ell(?:s|ing)?)|under-?bid(?:s|ding)?|under-?pric(?:e|es|ed|ing))\b([^.;:]{0,80}?)\s+by\s+(?:(?:an?\s+)?(?:(?:weighted\s+)?average|margins?|range)\s+(?:of\s+)?)?(?:(?:about|around|some|nearly|almost|roughly|up\s+to|as\s+much\s+as|between|from)\s+)?$/i;
/** In the object of undercutting, what makes it the same party's own level at another time or in a
 *  plan: "its own list price of last year", "the budget", "our 2030 tariff". */
const OWN_OR_EARLIER_RE =
  /\b(?:(?:its|their|our|his|her)\s+own|last|previous|preceding|prior|earlier|ago|(?:19|20)\d\d|budget(?:ed)?|plan(?:ned)?|estimates?|targets?|forecasts?)\b/i;

/**
 * True when a percent, or a range of them, is the margin by which one party's price undercut or
 * undersold another's at the same time ("Exports from Marlova undercut the Australian industry's
 * prices by an average of 12.1%", "those imports undercut the prices of the Union industry by
 * between 11.4% and 19.8%"): two parties' levels set side by side, as a gap to another group's
 * level is, no change over time. Undercutting "its own list price of last year" keeps its reading.
 * @example undercutGap('Imports undercut domestic producers by 23%.', { start: 36, end: 39, kind: 'share' } as Match) // true
 */
function undercutGap(s: string, m: Match): boolean {
  const own = s.slice(ownStart(m), m.ownEnd ?? m.end);
  if (!/%|per\s?cent|percent/i.test(own)) return false;
  const digit = own.search(/[-–−+]?\d/);
  const before = s.slice(0, ownStart(m) + Math.max(digit, 0));
  const undercut = UNDERCUT_BY_BEFORE_RE.exec(before);
  return undercut !== null && !OWN_OR_EARLIER_RE.test(undercut[1] ?? '');
}

/** A time before the other price's, which makes the gap a change over time: " a year earlier", "
 *  of last year", " at the previous auction", " in 2031", " in March". */
const EARLIER_TIME_AFTER_RE =
  /^[^.;]{0,80}?\b(?:(?:a|one|two|three)\s+(?:years?|months?|quarters?|weeks?)\s+(?:earlier|ago|before)|last\s+(?:year|month|quarter|week)|(?:previous|preceding|prior|last)\s+(?:year|month|quarter|week|auction|round)|(?:in|of)\s+(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;

/** Before a percent, another price the sentence has set its price against, and a comma: "paid R$ 6.92
 *  per kilometre, against a reference price of R$ 5.01 per kilometre in the state cost table for the
 *  same period, ", "compared with a market price of KSh 0.8 million for the same model, ". Group 1 is
 *  the other price's phrase, read for an earlier time. */
const PRICE_AGAINST_BEFORE_RE =
  /\b(?:against|compared\s+(?:with|to)|versus)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?prices?\s+of\s+((?:[^.;]|\.(?=\d)){1,160}?),\s*(?:(?:or|some|about|nearly|almost|roughly)\s+)?$/i;
/** After a percent, a bare comparative that closes its clause: " more.", " higher;", " less". */
const BARE_COMPARATIVE_AFTER_RE =
  /^\s+(?:more|less|higher|lower|dearer|cheaper|above|below)\s*(?:[.;)]|$)/i;

/**
 * True when a sum or a percent is the gap between a price and the price of another market or
 * instrument at the same time ("sold at $68.20, $2.15 below the closing secondary market price on
 * the day before the auction", "about 43% lower than the futures price for 2034", "€0.47 below the
 * average price of general allowances in the same auctions"): two prices set side by side, as two
 * groups' levels are, no change over time. "7% higher than at the December auction" and "12% above
 * the spot price a year earlier" keep their change.
 * @example otherPriceGap('It cleared at $68.20, $2.15 below the closing secondary market price.', { start: 22, end: 27, kind: 'amount' } as Match) // true
 */
function otherPriceGap(s: string, m: Match): boolean {
  if (m.kind !== 'change' && m.kind !== 'amount') return false;
  const own = s.slice(ownStart(m), m.ownEnd ?? m.end);
  if (m.kind === 'change' && !/(?:%|per\s?cent|percent)/i.test(own)) return false;
  const after = s.slice(m.ownEnd ?? m.end);
  // A change's span may hold its comparative ("43% lower"); read the comparison from the number.
  const fromNumber =
    m.kind === 'change'
      ? s.slice(ownStart(m)).replace(/^[^%]*?(?:%|per\s?cent|percent)/i, '')
      : after;
  // "paid R$ 6.92 per kilometre, against a reference price of R$ 5.01 per kilometre … for the same
  // period, 38% more": the percent closes a sentence that has set the price against another's, the
  // gap between two prices at one time; "against $164 per tonne in 2031, 29% more" names an earlier
  // time (and no price) and keeps its change (v122).
  if (m.kind === 'change' && BARE_COMPARATIVE_AFTER_RE.test(fromNumber)) {
    const against = PRICE_AGAINST_BEFORE_RE.exec(s.slice(0, ownStart(m)));
    if (against && !EARLIER_TIME_AFTER_RE.test(against[1]!)) return true;
  }
  // The bare group's prices may be dated to the year the sentence measures both in.
  if (m.kind === 'change' && BARE_GROUP_PRICES_AFTER_RE.test(fromNumber)) return true;
  return (
    (OTHER_PRICE_GAP_AFTER_RE.test(fromNumber) || RIVAL_OR_BARE_GAP_AFTER_RE.test(fromNumber)) &&
    !EARLIER_TIME_AFTER_RE.test(fromNumber)
  );
}

/** After a percent, another group's prices named bare, a few words and the plural with no
 *  determiner, ending its clause (or dated to the same year): " below private retail prices in
 *  2035;", " above market rates." (v270: "Public hospitals pay prices which were on average 38%
 *  below private retail prices in 2035": two levels side by side). "below pre-pandemic prices",
 *  "below last year's prices" and "above previous fees" name an earlier time and keep the change. */
const BARE_GROUP_PRICES_AFTER_RE =
  /^\s*,?\s*(?:below|above|under|(?:lower|higher|cheaper|dearer)\s+than)\s+(?!(?:the|a|an|its|their|our|his|her|this|that|these|those|last|previous|prior|earlier|original|former|old|current|planned|budgeted|expected|forecast|projected|estimated|pre|year)\b)(?:[a-z][a-z]*\s+){1,3}(?:prices|fees|charges|tariffs|rates)(?:\s+in\s+(?:19|20)\d\d)?\s*(?:[.,;:)]|$)/;

/** What, after "cheaper than" or "dearer than", opens no other good but a time, a plan or a phrase
 *  with a determiner: "than planned", "than expected", "than usual", "than last year", "than a
 *  month earlier", "than in 2030", "than the budget". */
const NOT_BARE_GOOD = String.raw`(?!(?:the|a|an|its|their|our|his|her|this|that|these|those|last|next|previous|in|at|on|for|from|before|after|previously|earlier|then|now|today|yesterday|ever|once|usual|normal|expected|planned|forecast|budgeted|estimated|anticipated|assumed|projected|predicted|intended|hoped|feared|thought|required|needed|necessary|originally|elsewhere|average|it|they|we|he|she|is|was|were|are)\b)`;
/**
 * After a number (and a sum's "a litre", "per kg"), the price of another bidder or another good at
 * the same time: " above the lowest offer", " higher than the second-lowest tender", " below the
 * highest compliant bid" (a rival's bid, no plan or earlier bid of the same body), and " dearer
 * than petrol", " cheaper than wheat flour", " cheaper than gas per unit of heat" (a bare noun, no
 * determiner, naming another good). "cheaper than planned", "dearer than a month earlier", "above
 * the budget" and "above the original estimate" keep their change.
 */
const RIVAL_OR_BARE_GAP_AFTER_RE = new RegExp(
  String.raw`^(?:\s*(?:a|an|per|\/)\s*[a-z]+\b)?\s*,?\s*(?:(?:below|above|under|over|(?:lower|higher|cheaper|dearer)\s+than)\s+the\s+(?:(?:next|second|third)[\s-]+)?(?:lowest|highest|cheapest|dearest|best|winning)\s+(?:[\w-]+\s+){0,2}?(?:offers?|bids?|tenders?|quotes?|quotations?|bidders?|tenderers?)\b|(?:cheaper|dearer)\s+than\s+${NOT_BARE_GOOD}(?:[A-Za-z][\w-]*\s+)?[A-Za-z][\w-]*(?=\s*(?:[.,;:)]|$)|\s+(?:per|a|an|in|at|on)\b))`,
  'i',
);

/** The whole a place or group belongs to, whose average it is set beside: "national", "EU", "euro
 *  area", "urban", "mainland", "city" (a name in capitals is read by NAMED_AVERAGE_SHARE_RE). */
const WHOLE_AREA = String.raw`(?:national|regional|provincial|state|county|countywide|statewide|countrywide|nationwide|worldwide|city|district|metro|metropolitan|EU|European|euro[\s-]area|OECD|G7|G20|world|global|peer[\s-]group|urban|rural|mainland|[a-z]+-wide|whole[\s-]economy|all[\s-]industr(?:y|ies))`;
/** What the whole's own level is called when a part is set beside it: its average, mean or median,
 *  its rate, level or figure, and a survey's balance, a ratio or a share ("4 points below the
 *  worldwide balance", "below the national ratio", "higher than the global share"). */
const WHOLE_MEASURE = String.raw`(?:average|mean|median|rate|level|figure|balance|ratio|share)`;
/** A whole named by a possessive: "the state's", "the country's". */
const WHOLE_OWNER = String.raw`(?:nation|country|state|province|region|county|city|district)['’]s`;
/** What an average is of, after it: "average wage", "median earnings". */
const AVERAGE_OF = String.raw`(?:\s+(?:wages?|earnings|incomes?|levels?|rates?|prices?|salar(?:y|ies)|pay|productivity))?\b(?!['’]s|\s+(?:households?|famil(?:y|ies)|workers?|persons?|firms?|consumers?)\b)`;

/** After "the average of", "the mean of" or "the median of", a group of other members named by its
 *  plural noun, with up to four words before it: "the OECD comparators examined", "euro area
 *  countries", "the listed peers", "OECD member states". Members, not periods: "the average of
 *  2022", "of the previous three auctions", "of the past five years" name earlier times of the
 *  same measure, a change. */
const AVERAGE_OF_GROUP = String.raw`(?:average|mean|median)\s+of\s+(?:(?:the|all|other|its|our|their)\s+)?(?:(?!(?:previous|past|last|preceding|prior|earlier|recent|first|latest)\b)(?:[A-Za-z][\w'’-]*|\d{1,3})\s+){0,4}?(?:countries|economies|states|members|peers|comparators|jurisdictions|regions|provinces|municipalities|cities|operators|providers|carriers|networks|banks|firms|companies|utilities|markets|regulators|neighbou?rs|councils|authorities|boroughs|boards|trusts|agencies|bodies|districts|counties|universities|colleges|schools|hospitals|forces|insurers|lenders|producers|suppliers|manufacturers|retailers|bidders|tenderers|registries|registers|crematoria|crematoriums|cemeteries|museums|galleries|libraries|ports|harbours|airports|venues|courts|offices|services|schemes|centres|centers|clubs)\b`;

/** From a number in percent or points, a comparative and the average, mean or median of the whole
 *  a place or group belongs to, or the whole's own rate or level: "12 percent below the national
 *  average", "18% above the EU average", "15 per cent lower than the OECD median", "6 percentage
 *  points above the national average", "6.8 percentage points above the national rate", and
 *  the average of a group named after it ("18% below the average of the OECD comparators"). Not "3%
 *  below its pre-crisis level" nor "5% below the average of 2022": an earlier level of the same
 *  subject, a change. A level "of" such an average ("73% of the EU average", "85 per cent of the
 *  national average wage", "118 percent of the state's average wage") is set beside it the same
 *  way; "of the average household's budget" is a share of a whole. */
const GROUP_AVERAGE_GAP_RE = new RegExp(
  String.raw`^[-–−+]?\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage[\s-]+points?|pp|p\.p\.|points?)\s+(?:below|above|under|over|lower\s+than|higher\s+than|short\s+of)\s+the\s+(?:${WHOLE_AREA}\s+${WHOLE_MEASURE}\b|${AVERAGE_OF_GROUP})|^[-–−+]?\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of\s+the\s+(?:${WHOLE_AREA}|${WHOLE_OWNER})\s+(?:(?:annual|weekly|hourly|monthly)\s+)?(?:average|mean|median)${AVERAGE_OF}`,
  'i',
);
/** The same percent of an average a name in capitals gives the whole of: " of the Allen County
 *  average wage", " of the Nordic average", " of the Scottish median". Case-sensitive: the capital
 *  names the place; a month or a quarter ("of the January average") is an earlier time. */
const NAMED_AVERAGE_SHARE_RE = new RegExp(
  String.raw`^\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of\s+the\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12])\b)(?:[A-Z][\w'’.-]*\s+){1,3}(?:(?:annual|weekly|hourly|monthly)\s+)?(?:average|mean|median)${AVERAGE_OF}`,
);

/** A period written as a code of its number and a two- or four-digit year, as results releases
 *  write them: "3Q31", "1H2032", "9M32" (nine months), "Q3'31", "H125". Such a code is a time,
 *  never another group: "8.4% lower than in 3Q31" compares the same measure a year apart. */
const PERIOD_CODE = String.raw`(?:[1-4]Q|[12]H|(?:[1-9]|1[0-2])M)(?:\d\d){1,2}\b|[QH][1-4]['’]?\d\d\b`;
/** After a comparison's "that of", "in" or "the rate for", what is no other group but an earlier
 *  time or a plan within its first words: "that of 2019", "in the previous year", "the level in
 *  March", "in the last rabi season", "in the budget". */
const NOT_TIME_OR_PLAN = String.raw`(?!(?:[\w'’-]+\s+){0,3}?(?:pre-\w+|(?:earlier|ago|before|previously|last|previous|preceding|prior)\b|(?:19|20)\d\d|FY|Q[1-4]\b|H[12]\b|${PERIOD_CODE}|(?:years?|half|halves|months?|quarters?|weeks?|periods?|days?|decades?|times?|seasons?|sessions?|rounds?|auctions?|start|end|beginning|outset|peak|crisis|pandemic|recession|budgets?|plans?|forecasts?|estimates?|targets?|projections?|baselines?|scenarios?|spring|summer|autumn|winter|January|February|March|April|May|June|July|August|September|October|November|December)\b))`;
/** Every other place, as an adverb: "those elsewhere in the country", "than anywhere else". */
const ELSEWHERE = String.raw`(?:elsewhere|anywhere\s+else|everywhere\s+else)\b`;
/** A participle of what was measured, paid or charged, between "those" and the other group: "those
 *  paid by private firms", "that recorded in the north", "those charged at rural clinics". */
const MEASURED_BY = String.raw`(?:[a-z]{2,}ed|paid|seen|found|set|won|held|made|spent|borne|earned|charged)`;
/** Another group or the whole a group belongs to, its measure standing for the same measure at the
 *  same time: "the national average", "those of men", "that in large firms", "the rate for all
 *  workers", "private-sector pay". An earlier time or a plan ("their 2019 level", "the previous
 *  year's total", "the original estimate") is none. */
const OTHER_GROUP = String.raw`(?:the\s+${WHOLE_AREA}\s+(?:[\w-]+\s+)?${WHOLE_MEASURE}\b|(?:that|those)\s+(?:${MEASURED_BY}\s+)?(?:of|for|in|among|at|on|by)\s+${NOT_TIME_OR_PLAN}|(?:that|those)\s+${ELSEWHERE}|the\s+(?:[\w-]+\s+)?(?:rates?|shares?|levels?|ratios?|figures?|averages?|pay|wages?|earnings|incomes?)\s+(?:for|among|in)\s+${NOT_TIME_OR_PLAN}|the\s+(?:[\w-]+\s+)?(?:charges?|fees?|prices?|tariffs?|fares?)\s+for\s+${NOT_TIME_OR_PLAN}(?!(?:an?|the|each|every|one|single)\b)|(?:public|private|state|government|business|corporate|manufacturing|services?|farm|non-farm)[\s-]sector\s+(?:pay|wages?|earnings|incomes?|salar(?:y|ies)|productivity|rates?|levels?))`;
/** A comparative of degree that sets one level against another: of size ("lower", "higher", "more",
 *  "larger"), of price ("cheaper", "dearer"), of strength ("weaker", "stronger"), of quality
 *  ("better", "worse") and of pace ("faster", "slower"). Survey balances, growth rates and outcomes
 *  are set against another group's in all of them ("4.3 points weaker than that of wholesalers",
 *  "1.5 per cent faster than in manufacturing"). */
const COMPARATIVE_OF_DEGREE = String.raw`(?:lower|higher|less|more|greater|smaller|larger|cheaper|dearer|weaker|stronger|better|worse|faster|slower)`;
/** From a number in percent or points, a comparative, or a percent's "of" (group 1), before the
 *  standard comparedStandard reads: "53% above", "6 percentage points higher than", "83 per cent
 *  of". */
const STANDARD_GAP_RE = new RegExp(
  String.raw`^[-–−+]?\d[\d.,]*\s*(?:(?:%|per\s?cent|percent)\s+(of)|(?:%|per\s?cent|percent|percentage[\s-]+points?|pp|p\.p\.|points?)\s+(?:below|above|under|over|short\s+of|${COMPARATIVE_OF_DEGREE}\s+than))(?=\s)`,
  'i',
);

/** From a number in percent or points, a comparative and another group: " below that in cities",
 *  " above the rate for all workers", " lower than in the richest", " less than men". */
const OTHER_GROUP_GAP_AFTER_RE = new RegExp(
  String.raw`^[-–−+]?\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage[\s-]+points?|pp|p\.p\.|points?)\s+(?:(?:below|above|under|over|short\s+of|${COMPARATIVE_OF_DEGREE}\s+than)\s+${OTHER_GROUP}|${COMPARATIVE_OF_DEGREE}\s+than\s+(?:${ELSEWHERE}|(?:in|among|for|(?:on|at|across|within|outside|inside)(?!\s+(?:average|the\s+whole|balance|all|(?:the\s+|this\s+|that\s+)?(?:same|comparable|corresponding|equivalent|point)|(?:the|this|that)\s+(?:[\w-]+\s+)?points?)\b))\s+${NOT_TIME_OR_PLAN}|(?:men|women|males|females|non-graduates|graduates|natives|nationals|migrants|adults|pensioners)\b))`,
  'i',
);
/** After "than", other members or objects named by a plural head, with up to three words before it
 *  and no time, plan or forecast in its clause: "TollTag users", "the diesel buses they replace",
 *  "households in the capital", "conventional electric heaters", "large shipping lines". A head that
 *  is a measure or a time ("prices", "levels", "years", "forecasts") names no member; a plural
 *  with no "s" ("call-centre staff", "people") names members as one with it does. */
const THAN_MEMBERS = String.raw`${NOT_TIME_OR_PLAN}(?:[\w'’-]+\s+){0,3}?(?!(?:this|thus|its|his|was|has|does|plus|as|is|us|levels|rates|ratios|figures|totals|numbers|results|readings|prices|values|costs|fees|charges|tariffs|fares|tolls|rents|amounts|sums|wages|earnings|salaries|incomes|expectations|forecasts|estimates|projections|targets|budgets|plans|assumptions|averages|others|years|months|quarters|weeks|days|times|periods|seasons|records|highs|lows)\b)(?:[a-z][\w'’-]*[^\Ws]s|(?:[a-z][\w'’]*-)?(?:staff|people|personnel|men|women|children))\b(?![^.;:]{0,60}?\b(?:ago|earlier|before|previously|last|previous|preceding|prior|same\s+(?:period|time|day|week|month|quarter|season|point)|(?:19|20)\d\d|expected|forecast|predicted|anticipated|projected|planned|budgeted|assumed|estimated|targeted)\b)`;
/** From a number in percent or points, a comparative, what it measures or per what unit (up to six
 *  words), "than" and other members or objects, or the average of others: " less carbon per
 *  kilometre than the diesel buses they replace", " more than TollTag users", " less per kilometre
 *  than the average of comparable elevated lines". Two members' levels set side by side at one
 *  time, as "women earn 12% less than men" are; "than in 2030", "than a year earlier", "than
 *  planned" and "than users did in 2031" name an earlier time or a plan and keep their change. */
const OTHER_MEMBERS_GAP_AFTER_RE = new RegExp(
  String.raw`^[-–−+]?\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage[\s-]+points?|pp|p\.p\.|points?)\s+(?:less|more|fewer|lower|higher|greater|smaller|larger|cheaper|dearer)\b(?:\s+(?!than\b)[\w'’-]+){0,6}?\s+than\s+(?:the\s+(?:[\w-]+\s+)?(?:average|mean|median)\s+(?:of|for|among|across)\s+(?:the\s+)?(?:(?:other|peer|comparable|comparator|similar|neighbou?ring)\b|${THAN_MEMBERS})|${OTHER_GROUP}|${THAN_MEMBERS})`,
  'i',
);
/** From a number in percent, a comparative, what it measures (one to six words), "than" and one
 *  other object an adjective of reference names, of the same kind at the same time: " less energy
 *  per square metre than the existing building", " more to build than a conventional vessel", "
 *  less coal than the existing unit". A head that is a measure, a plan or a time ("the existing
 *  tariff", "the current fare", "the existing target", "the previous year") is the same measure at
 *  another time or a plan, and keeps its change. */
/** A head noun that names a measure, a plan or a time, not an object: "tariff", "fares", "target",
 *  "year". */
const MEASURE_HEAD = String.raw`levels?|rates?|ratios?|figures?|totals?|numbers?|results?|prices?|values?|costs?|amounts?|sums?|fares?|fees?|tariffs?|charges?|tolls?|tax(?:es)?|levy|levies|budgets?|plans?|targets?|forecasts?|estimates?|averages?|years?|months?|quarters?|periods?|seasons?|standards?|rules?|regime`;
const OTHER_OBJECT_GAP_AFTER_RE = new RegExp(
  String.raw`^[-–−+]?\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+(?:less|more|fewer|lower|higher|greater|smaller|larger|cheaper|dearer)(?:\s+(?!than\b)[\w'’-]+){1,6}?\s+than\s+(?:the|an?)\s+(?:existing|current|conventional|standard|typical|traditional|old|older|ordinary|regular|comparable|equivalent|similar)\s+(?:[\w-]+\s+){0,2}?(?!(?:${MEASURE_HEAD})\b)[a-z][\w-]*(?=\s*(?:[.,;:)]|$)|\s+(?:of|in|on|at|for|with|they|it|that|which|who)\b)(?![^.;:]{0,60}?\b(?:ago|earlier|before|previously|last|previous|preceding|prior|same\s+(?:period|time|day|week|month|quarter|season|point)|(?:19|20)\d\d)\b)`,
  'i',
);
/** After a percent, a comparative, "than" and "the old ones", "the current one": the pronoun
 *  stands for the subject's head. */
const OLD_ONES_AFTER_RE =
  /^(?:[^.;:]|\.\d)*?\bthan\s+the\s+(?:existing|current|old|older|previous|former|earlier|present)\s+ones?\b/i;
/** Before the percent, a subject whose head names a measure or a charge, its verb of being and
 *  any hedge: "The new maximums are on average ", "the revised fees will be about ". */
const MEASURE_SUBJECT_BEFORE_RE = new RegExp(
  String.raw`\b(?:${MEASURE_HEAD}|maxim(?:um|ums|a)|minim(?:um|ums|a)|caps?|ceilings?|rents?|allowances?|payments?|benefits?|pensions?|wages?|salar(?:y|ies)|premiums?|dues|thresholds?|limits?)\s+(?:are|is|were|was|will\s+be|would\s+be)\s+(?:(?:on\s+average|about|around|some|roughly|nearly|almost|typically|now)\s+)*$`,
  'i',
);
/**
 * Whether the other object a percent is set against is the subject's measure before: "The new
 * maximums are on average 15.6 per cent higher than the old ones" sets the maximums against the
 * old maximums, a `change` as "than the current fees" is (v235, v266); "The new buses use 30% less
 * fuel than the old ones" sets two fleets side by side and keeps its gap.
 * @example measureOnes('The new maximums are 15.6 per cent higher than the old ones.', 25) // true
 */
function measureOnes(s: string, at: number): boolean {
  return OLD_ONES_AFTER_RE.test(s.slice(at)) && MEASURE_SUBJECT_BEFORE_RE.test(s.slice(0, at));
}
/** After a sum, a comparative and the same measure of another member at the same time: " below
 *  that of the second-lowest bidder", " lower than that of the next bidder", " higher than those to
 *  the United States". "above that of 2032", "below that in the budget" keep their reading. */
const AMOUNT_GROUP_GAP_AFTER_RE = new RegExp(
  String.raw`^(?:\s*(?:a|an|per)\s+[a-z]+\b)?\s*(?:(?:below|above|under|short\s+of|(?:lower|higher|less|more|greater|smaller|larger|cheaper|dearer)\s+than)\s+(?:the\s+${AVERAGE_OF_GROUP}|(?:that|those)\s+(?:of|for|in|among|at|on|by|to|from)\s+${NOT_TIME_OR_PLAN}|the\s+${WHOLE_AREA}\s+(?:average|mean|median)\b|${OTHER_GROUP})|${COMPARATIVE_OF_DEGREE}\s+than\s+(?:${ELSEWHERE}|(?:in|among|at)\s+${NOT_TIME_OR_PLAN}(?!(?:present|past|future|launch|inception|the\s+(?:past|present|moment|time|top|bottom|peak|trough))\b)))`,
  'i',
);
/** Before a number, a verb of standing against another group and its "by": "trail the national
 *  average by ", "lag those of men by ", "falls short of that in large firms by about ",
 *  "outstrip private-sector pay by ". */
const OTHER_GROUP_BY_BEFORE_RE = new RegExp(
  String.raw`\b(?:lag(?:s|ged|ging)?(?:\s+behind)?|trail(?:s|ed|ing)?|exceed(?:s|ed|ing)?|outstrip(?:s|ped|ping)?|outpac(?:e|es|ed|ing)|surpass(?:es|ed|ing)?|outperform(?:s|ed|ing)?|(?:fall|falls|fell|falling)\s+short\s+of|(?:runs?|ran|running|is|are|was|were|stands?|stood)\s+(?:ahead\s+of|behind))\s+${OTHER_GROUP}[^.;:]{0,60}?\s+by\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|more\s+than)\s+)?$`,
  'i',
);

/** Before a number in points, an index that came to a level: "the services PMI reached 54.1 p.p.",
 *  "the output index amounted to 48.9 pp". An index level is no charted kind, whatever unit it is
 *  written in; a move of the index ("the PMI rose by 2.1 p.p.") stays a change. */
const INDEX_LEVEL_BEFORE_RE =
  /\b(?:index|PMI)\b[^.;:]*?\b(?:amount(?:s|ed)?\s+to|reach(?:es|ed)?|st(?:ands|ood)\s+at|c(?:ame|omes)\s+to|total(?:s|l?ed)|equal(?:s|l?ed)|was|is)\s+(?:(?:about|around|some|nearly|almost)\s+)?$/i;
function indexLevel(s: string, m: Match): boolean {
  const own = s.slice(ownStart(m), m.ownEnd ?? m.end);
  return (
    m.kind === 'change' &&
    /^\d/.test(own) &&
    /p\.\s?p\.?|\bpp\b|points?\b/i.test(own) &&
    INDEX_LEVEL_BEFORE_RE.test(s.slice(0, ownStart(m)))
  );
}

/** "14 million 480-pound bales", "50-pound sacks": a number joined to "pound" by a hyphen before a
 *  plural noun is the weight of each item, an adjective, no sum of money. */
const WEIGHT_ADJECTIVE_RE = /^\d[\d.,]*-pound$/i;
const PLURAL_NOUN_AFTER_RE = /^\s+[a-z]{2,}s\b/;

/** "a 1-cent sales tax", "the half-cent regional sales tax": cents joined to "sales tax" by a hyphen
 *  are taken on each dollar spent, a rate of money per money, no sum; "a 5-cent fee per bag" stays. */
const CENT_ADJECTIVE_RE = /^(?:\d[\d.]*|half|one|two)-cents?$/i;
const SALES_TAX_AFTER_RE = /^\s+(?:[\w-]+\s+){0,2}?sales(?:\s+and\s+use)?\s+tax(?:es)?\b/i;

/** Before a percent from 100 up, an index's level against a base of 100, as the statistics
 *  offices of the CIS write it: "GDP growth amounted to 105.2 percent", "the deflator relative to
 *  2030 prices amounted to 131.9%", "the price index was 108.3 percent". A level verb, never "by"
 *  or a verb of change ("exports grew 113.4 percent" stays a change). */
const INDEX_BASE_BEFORE_RE =
  /\b(?:index|indices|deflator|growth|physical\s+volume)\b[^.;:]*?\b(?:amount(?:s|ed)?\s+to|made\s+up|constitut(?:es|ed)|equall?(?:s|ed)|st(?:ands|ood)\s+at|c(?:ame|omes)\s+to|was|were|is)\s+(?:(?:about|around|some)\s+)?$/i;
/** A price or production index named by its capital initials: "the IPI", "the CPI", "the PPI",
 *  "the WPI" (case counts: "cpi" in a word or "Pi" names none). */
const INDEX_ABBREVIATION_RE = /\b(?:H?CPI|[PIRW]PI)\b/g;
/** Before another percent of the same sentence, the bare dash, bracket or colon that lists it
 *  beside the index level: "(in January-May 2030 - 96.4 percent)", "services - 101.3 percent",
 *  "(97.6 percent a year before)". */
const INDEX_BASE_ITEM_BEFORE_RE = /(?:\(\s*|\s[-–—]\s+|:\s*)$/;
/** A level of an index against 100 is no figure, nor are the levels listed beside it in its
 *  sentence (from 50 up: "96.4 percent" the year before); a percent after a verb of change, or
 *  a share "of" a whole, keeps its reading. */
function indexBaseLevels(s: string, matches: Match[]): Match[] {
  const level = (m: Match): number | undefined => {
    if (m.kind === 'amount' || m.range) return undefined;
    const own = s.slice(ownStart(m), m.ownEnd ?? m.end);
    const n = /^(\d{2,3}(?:[.,]\d+)?)\s?(?:%|per\s?cent|percent)/i.exec(own);
    if (!n || /^\s+of\b/i.test(s.slice(ownStart(m) + n[0].length))) return undefined;
    return Number(n[1]!.replace(',', '.'));
  };
  const anchor = matches.find((m) => {
    const n = level(m);
    return (
      n !== undefined &&
      n >= 100 &&
      n < 250 &&
      INDEX_BASE_BEFORE_RE.test(s.slice(0, ownStart(m)).replace(INDEX_ABBREVIATION_RE, 'index'))
    );
  });
  if (!anchor) return matches;
  return matches.filter((m) => {
    if (m === anchor) return false;
    const n = level(m);
    return (
      n === undefined ||
      n < 50 ||
      n >= 250 ||
      ownStart(m) < ownStart(anchor) ||
      !INDEX_BASE_ITEM_BEFORE_RE.test(s.slice(0, ownStart(m)).replace(/\bin\s+[^()]{0,40}$/i, ''))
    );
  });
}

/** A year as the number's only digits: "2000 percent", "increase of 2019 per cent". */
const YEAR_DIGITS_RE = /^[^\d$€£¥₹]*?(?<![\d.,])(?:19|20)\d\d(?![^]*\d)/;
/** Right before a year, the words that make it a date: a month, "to", "from", "in", "fiscal". */
const DATE_BEFORE_RE =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|to|from|in|since|through|until|fiscal|FY|calendar|year)\.?\s+$/i;
/** Right after a year, the unit word and the noun it qualifies: " percent change", " per cent
 *  figure": the year dates the measure, it is not its size. */
const DATE_MEASURE_AFTER_RE =
  /^\s*(?:percent|per\s?cent|%)\s+(?:change|changes|figure|figures|rate|rates|increase|decrease|decline|growth|reading|number|estimate|gain|drop|rise)\b/i;

/**
 * A year is a date, never a value, whatever unit word follows it: "the January to February 2000
 * percent change", "the 2019 percent figure", "from March 2024 per cent". The stated number must
 * be a year alone (four digits, 1900–2099, no decimals) after a date word or before a measure noun.
 * @example dateNumber('The May to June 2031 percent change', { start: 19, end: 31, kind: 'change' } as Match) // true
 */
function dateNumber(s: string, m: Match): boolean {
  if (m.kind === 'amount' || m.range) return false;
  const start = ownStart(m);
  const stated = s.slice(start, m.ownEnd ?? m.end);
  const year = YEAR_DIGITS_RE.exec(stated);
  if (!year) return false;
  const digits = start + year[0].length - 4;
  return DATE_BEFORE_RE.test(s.slice(0, digits)) || DATE_MEASURE_AFTER_RE.test(s.slice(digits + 4));
}

/** "the projected 4 ±1.5%": a level whose percent is written only after its tolerance band is a
 *  figure in that percent, of the kind its clause gives; its stated words run on to the percent. */
function bandLevels(s: string): Match[] {
  const found: Match[] = [];
  for (const m of s.matchAll(BAND_BARE_LEVEL_RE)) {
    if (isYear(m[1]!)) continue;
    const ownEnd = m.index + m[1]!.length;
    const cue = settled(classify(s, m.index, ownEnd));
    found.push({
      start: m.index,
      end: m.index + m[0].length,
      own: m.index,
      ownEnd,
      // A band is most often around an inflation or growth target: with no whole of its own, the
      // level is that rate ("the projected 3 ±1.5% year-ahead inflation").
      kind:
        cue.kind === 'change' || (!cue.object && /\b(?:inflation|growth|prices)\b/i.test(s))
          ? 'change'
          : cue.kind,
      value: readNumber(m[1]!)!,
      object: cue.object,
      status: cue.status,
      notes: ['A level before its tolerance band: it takes the percent written after the band.'],
    });
  }
  return found;
}

/** Where the sentence states a tolerance band's half-width, [start, end) each. */
function toleranceBands(s: string): [number, number][] {
  const joined = [...s.matchAll(TARGET_AND_POINTS_RE)].map((m): [number, number] => {
    const at = m.index + m[0].length - m[1]!.length;
    return [at, m.index + m[0].length];
  });
  return [...s.matchAll(TOLERANCE_RE)]
    .filter((m) => isTolerance(s, m.index, m.index + m[0].length))
    .map((m): [number, number] => [m.index, m.index + m[0].length])
    .concat(joined);
}

/** A target in percent and, joined by "and", a size in percentage points, which no range can have
 *  as its other end, where the clause ends: the band around the target where a translation lost its
 *  "±" ("a target range of 4% and 1 percentage point."). Group 1 is the band, no figure; the target
 *  stays one. */
const TARGET_AND_POINTS_RE =
  /\btargets?(?:\s+(?:range|band))?\s+of\s+\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)\s*(and\s+(?:\d[\d.,]*|one|a\s+half)\s+percentage\s+points?\b)(?=\s*(?:[.,;:)]|$))/gi;

function* bands(s: string): Generator<Match> {
  for (const m of s.matchAll(PLUS_MINUS_RE)) {
    if (isTolerance(s, m.index, m.index + m[0].length)) continue;
    const range = readStatedRange(m[0], 'change');
    if (!range) continue;
    yield {
      start: m.index,
      end: m.index + m[0].length,
      kind: 'change',
      range: { low: range.low, high: range.high },
      status: hedged(s.slice(0, m.index)) ? 'expected' : undefined,
      notes: ['A band around a level: both ends are stated as one size, plus and minus.'],
    };
  }
}

/** After a comparative multiple, a quantity named by what it is going to at the same time, a
 *  present participle: " the amount going to gas", " the sum flowing into wind". */
const CONCURRENT_OTHER_AFTER_RE =
  /^\s+(?:the|that)\s+(?:amount|sum|total|volume|level|investment|spending|funding|money)\s+(?:going|flowing|directed|heading|being\s+(?:spent|invested))\s+(?:to|into|on|in|towards?)\b/i;
/** After "N times that", a place or body named by its capital ("of Monaco", "of the United
 *  States"): the same measure of another subject, no earlier level. Case-sensitive, so "of a year
 *  earlier", "of 2029" and a month ("of March") stay earlier levels. */
const OTHER_SUBJECT_OF_AFTER_RE =
  /^\s+of\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][a-z]/;
/** After "N times that", a group of people, households or places named by its plural ("of
 *  cohabiting couples with children", "of men", "of other member states"): the same measure of
 *  another group at the same time. A time after the group ("of households a decade ago", "of
 *  pensioners in 2029") makes it an earlier level, a change. */
const OTHER_GROUP_OF_AFTER_RE =
  /^\s+of\s+(?:(?:the|other|all)\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:couples|households|families|men|women|parents|pensioners|retirees|workers|employees|persons|people|adults|children|graduates|migrants|immigrants|citizens|residents|regions|countries|economies|states|provinces|municipalities|firms|companies|peers)\b(?![^.;:]{0,40}?\b(?:ago|earlier|before|previously|(?:19|20)\d\d)\b)/;

/** Before a multiple in its sentence, words that say two subjects are compared. */
const COMPARISON_BEFORE_RE = /\b(?:for|by|in)\s+comparison\b/i;
/** Before a multiple, a bound a rule sets: "must be no lower than ", "shall not exceed ",
 *  "should be at least ", and so after a modal of leave ("may not exceed ", "cannot exceed "; v122). */
const RULE_BOUND_BEFORE_RE =
  /\b(?:must|should|shall|may|can|cannot|is\s+to|are\s+to)\s+(?:not\s+)?(?:be\s+)?(?:(?:no|not)\s+(?:lower|less|higher|more|greater)\s+than|at\s+(?:least|most)|exceed|fall\s+below)\s+$/i;
/** Before a multiple, up to the multiple itself, the formula that caps or picks a sanction: a choice
 *  among bases ("the greater of $50 million; three times", "the higher of R5,000 or twice", "the
 *  lesser of SDR 1 million or four times") or a sanction's bound ("a fine … may amount to up to
 *  double", "a penalty of no more than three times", "damages are capped at twice"), or the
 *  sanction's "of" itself ("a penalty of three times the value of the goods", "a fine of twice the
 *  profit gained"; v122). The multiple says how the sanction is set from another measure, no change
 *  of anything. */
const SANCTION_FORMULA_MULTIPLE_RE =
  /(?:\bthe\s+(?:greater|higher|larger|lesser|lower|smaller)\s+of\b[^.]{0,200}?|\b(?:penalt(?:y|ies)|fines?|damages|compensation|surcharges?|sanctions?)\b[^.;]{0,200}?\b(?:up\s+to|no\s+more\s+than|not\s+more\s+than|a\s+maximum\s+of|at\s+most|capped\s+at|limited\s+to|of)\s+)(?:[\w.,-]+\s+)?(?:times|twice|double|triple|treble|quadruple)(?:\s+the)?$/i;
/** After a multiple, an earlier time of the same measure: "the 2031 level", "what it was a year ago". */
const SANCTION_EARLIER_AFTER_RE =
  /^[^.;:]{0,40}?\b(?:(?:19|20)\d\d|ago|earlier|previous(?:ly)?|last\s+year)\b/i;
/** v285: right after a multiple's "the", another measure's change named by its noun and "of" or
 *  "in" its measure, with no year after: " growth of disposable income", " rise in wages", " pace
 *  of growth in rents". */
const OTHER_GROWTH_AFTER_RE =
  /^\s+(?:(?:pace|rate)\s+of\s+)?(?:growth|rise|increase|gain|fall|decline|drop)\s+(?:of|in)\s+(?!(?:the\s+)?(?:(?:19|20)\d\d|previous|prior|last|preceding|earlier)\b)(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?![^.;:]*?\b(?:(?:19|20)\d\d|ago|earlier|before)\b)/i;
/** After "N times the", an average, mean or median of a group: " average of the comparator
 *  group", " national average", " OECD median". */
const GROUP_AVERAGE_AFTER_RE = /^\s+(?:[\w'’-]+\s+){0,2}?(?:average|mean|median)\b/i;
/** After "N times the", the whole's own rate, level or pace that the place or group belongs to:
 *  " global rate", " national level", " statewide pace", " EU figure" (WHOLE_AREA). Not the whole's
 *  level at an earlier time (" national level of a decade earlier", " rate of 2015"). */
const WHOLE_LEVEL_AFTER_RE = new RegExp(
  String.raw`^\s+${WHOLE_AREA}\s+(?:rates?|levels?|figures?|shares?|pace)\b(?!\s+of\b|[^.;:]*?\b(?:ago|earlier|before|previously)\b)`,
  'i',
);
/** After "N times the", a measure and another group of members or places it is taken in: " share
 *  in other emerging markets", " rate in peer economies", " level among comparable firms". */
const OTHER_GROUP_AFTER_RE =
  /^\s+(?:[\w'’-]+\s+){1,2}?(?:in|of|for|among|across|at)\s+(?:the\s+)?(?:(?:most|many|all)\s+)?(?:other|peer|comparator|comparable|neighbou?ring|similar)\b/i;
/** After "N times the", a measure and a named country or region it is taken in: " level in the
 *  United States", " price in Pakistan", " rate in the EU". Case-sensitive: the capital names the
 *  place; a month, a quarter ("Q1", "H2") or a fiscal year ("FY2030") is a time, not a place. */
const NAMED_PLACE_AFTER_RE =
  /^\s+(?:[a-z][\w'’-]*\s+){1,2}?(?:in|of|for|across)\s+(?:the\s+)?(?!(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12])\b|FY))[A-Z][\w'’.-]*/;
/** After "N times the", a place named by its adjective or its name, then its level: " Vietnamese
 *  level", " Portuguese figure", " French rate", " Wellington level". Case-sensitive: the capital
 *  names the place; a month, a quarter or a fiscal year is a time, and the level "of" a year or one
 *  "ago" or "earlier" is the same place's at an earlier time ("the Chilean level of 2020"). */
const NAMED_PLACE_LEVEL_AFTER_RE =
  /^\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|H[12])\b|FY)[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?:rates?|levels?|figures?|shares?|pace)\b(?!\s+of\b|[^.;:]*?\b(?:ago|earlier|before|previously)\b)/;
/** A measure set beside one group's: " rate", " share", " pace", " volume". */
const GROUP_MEASURE = String.raw`(?:rates?|shares?|levels?|pace|figures?|ratios?|volumes?|totals?|proportions?|numbers?|output|growth)`;
/** After "N times the" or "N points above the", the same measure in the whole a group belongs to
 *  or in another sector: " rate for all children", " share among all households", " rate for the
 *  population as a whole", " public sector's volume", " manufacturing sector's total". Not with an
 *  earlier time in its clause (" rate for all children in 2020", " sector's 2020 level"): that is
 *  the same subject's past level, a change. */
const WHOLE_GROUP_AFTER_RE = new RegExp(
  String.raw`^\s+(?:(?:[\w-]+\s+)?${GROUP_MEASURE}\s+(?:for|among|across|of|in)\s+(?:the\s+)?(?:all\s+[\w-]+|(?:whole|entire|total)\s+[\w-]+|[\w-]+\s+as\s+a\s+whole)|(?:[\w-]+\s+){0,2}?(?:sector|industry|population|segment|group)['’]s\s+(?:[a-z-]+\s+)?${GROUP_MEASURE})\b(?![^.;:]*?\b(?:(?:19|20)\d\d|ago|earlier|before|previously|last\s+(?:year|month|quarter))\b)`,
  'i',
);
/** From a number in percent or points, a comparative and "the": "11 percentage points above the",
 *  "40 per cent higher than the". */
const GAP_TO_THE_RE =
  /^[-–−+]?\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage[\s-]+points?|pp|p\.p\.|points?)\s+(?:below|above|under|over|lower\s+than|higher\s+than|short\s+of)\s+the(?=\s)/i;

/** After "times their", another measure of the subject: " gross income", " borrower's yearly
 *  earnings", " annual salary". */
const OTHER_MEASURE_AFTER_RE =
  /^\s+(?:[\w'’-]+\s+){0,2}?(?:incomes?|earnings|salar(?:y|ies)|wages?|pay)\b/i;

/** After "N times the", a measure named by its acronym and no earlier time in its clause: " SMIC",
 *  " NLW", " GDP" (not " GDP of 2010", " CPI level a year earlier"). Case-sensitive. */
const ACRONYM_MEASURE_AFTER_RE =
  /^\s+[A-Z]{2,6}\b(?![^.;:]*?\b(?:(?:19|20)\d\d|ago|earlier|before|previously)\b)/;

/** After "N times the", another measure an owner's possessive names, with no earlier time in its
 *  clause: " country's short-term external debt", " city's annual debt service", " member's share
 *  capital", " bank's wholesale funding" (v122). The owner's level, figure, total or size (" company's
 *  2020 level", " firm's total") and the owner's measure at an earlier time (" region's exports a
 *  decade ago") are the same measure then, a change. */
const POSSESSED_MEASURE_AFTER_RE =
  /^\s+(?:[\w-]+\s+){0,2}?[\w-]+['’]s\s+(?!(?:[\w-]+\s+){0,3}?(?:levels?|figures?|totals?|sizes?|amounts?|averages?|means?|medians?)\b)[a-z][\w-]*\b(?![^.;:,]*?\b(?:(?:19|20)\d\d|ago|earlier|before|previously|last\s+(?:year|month|quarter)|pre-[\w-]+)\b)/;

/** After "N times the" or "N times its", what is on offer at the same time: " funding available",
 *  " places on offer", " money set aside for it", " capacity". */
const ON_OFFER_AFTER_RE =
  /^\s+(?:[\w'’-]+\s+){0,3}?(?:available|on\s+offer|offered|set\s+aside|capacity)\b/i;

/** After "N times the", a bound or benchmark the level is held against at the same time, named by
 *  its head noun with up to three words before it: " reserve", " regulatory minimum", " statutory
 *  threshold", " cap set in the rules", " IMF's adequacy benchmark". Not the same measure at an
 *  earlier time (" 2019 total", " level of 2020"), which a change keeps. */
const BOUND_AFTER_RE =
  /^\s+(?:[\w'’-]+\s+){0,3}?(?:reserves?|reserve\s+prices?|minimums?|minima|maximums?|limits?|caps?|ceilings?|floors?|thresholds?|benchmarks?|requirements?|allowances?|quotas?)\b(?![^.;:]*?\b(?:ago|earlier|before|previously|(?:19|20)\d\d)\b)/i;

/** A multiple in words after a bound, an approximation or a verb of being: "more than double",
 *  "nearly twice", "was triple", ", double". */
const MULTIPLE_COMPARED_RE =
  /(?:\b(?:more\s+than|over|nearly|almost|about|around|roughly|some|just\s+(?:over|under)|well\s+over|was|were|is|are|came\s+to|reached)\s+|,\s*)(?:double|twice|triple|treble|quadruple)$/i;

function* multipliers(s: string): Generator<Match> {
  for (const m of s.matchAll(MULTIPLIER_RE)) {
    let start = m.index;
    let end = m.index + m[0].length;
    const words = m[0];
    // "a doubling of the credit lines", "a rapid doubling of …": the noun alone is the stated word.
    const article =
      /^(?:an?|the)\s+(?:[a-z]+\s+)?(?=(?:doubling|tripling|trebling|quadrupling|halving)\b)/i.exec(
        words,
      );
    if (article) start += article[0].length;
    if (FOLD_RE.test(words)) {
      // "twofold" needs a change beside it: "grew twofold", "a twofold increase", not "a twofold aim".
      if (!FOLD_CHANGE_RE.test(words)) continue;
      if (/^an?\s/i.test(words)) start += words.indexOf(' ') + 1; // drop the article
    }
    // "solar will draw nearly double the sum flowing into wind": a multiple of what goes, at the
    // same time, to another thing compares two quantities, no change over time; "nearly double the
    // sum spent a year ago" keeps the change.
    if (
      /\b(?:double|triple|treble|quadruple)$/i.test(words) &&
      CONCURRENT_OTHER_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "the takings were still 3.5 times that of Monaco": a multiple of the same measure of another
    // place compares two subjects at one time; nothing changed ("1.8 times that of 2029" did).
    if (
      /\b(?:that|those)$/i.test(words) &&
      (OTHER_SUBJECT_OF_AFTER_RE.test(s.slice(m.index + words.length)) ||
        OTHER_GROUP_OF_AFTER_RE.test(s.slice(m.index + words.length)))
    )
      continue;
    // "the rail network, for comparison, cost about six times as much": a multiple in a sentence
    // that says it compares sets two subjects side by side, no change over time ("in contrast,
    // fell by a quarter" still changed).
    if (/\b(?:times|twice)\b/i.test(words) && COMPARISON_BEFORE_RE.test(s.slice(0, m.index)))
      continue;
    // "must sit no lower than 1.4 times what it costs to grow": a floor or ceiling a rule sets
    // as a multiple of another measure says how one is fixed from the other, no change.
    if (RULE_BOUND_BEFORE_RE.test(s.slice(0, m.index)) && /\b(?:times|twice)\b/i.test(words))
      continue;
    // "the greater of $50 million; three times the value of the benefit obtained", "a fine … may
    // amount to up to double the economic benefit obtained": a multiple in the formula that caps
    // or picks a sanction sets it from another measure, no change; "fines rose to three times the
    // 2031 level" keeps the change.
    if (
      SANCTION_FORMULA_MULTIPLE_RE.test(s.slice(0, m.index + words.length)) &&
      !SANCTION_EARLIER_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "borrowed 4.1 times their yearly income": a multiple of another measure of the same subject
    // (its income, earnings or rent) is a ratio of two measures, no change; "rents are 1.5 times
    // their 2020 level" keeps the change.
    if (
      /\btimes\s+(?:the|their|its|his|her)$/i.test(words) &&
      OTHER_MEASURE_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "phases out at 1.6 times the SMIC", "ends at 1.5 times the NLW", "debt is 1.6 times the GDP":
    // a multiple of a measure named by its acronym, with no earlier time, is that other measure's
    // level taken as a unit, no change; "1.5 times the GDP of 2010" keeps the change.
    if (
      /\btimes\s+the$/i.test(words) &&
      ACRONYM_MEASURE_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "charged at 1.5 times the applicable tariff", "pay 2.45 times the Band D charge", "21.6 times
    // annual benefit expenditure": a multiple of another measure at the same time sets or compares
    // two measures, no change; "three times the 2020 charge" and "1.5 times the previous tariff"
    // keep the change (v158).
    // "2.3 times its annual building division budget", "assessed at 1.2 times their permitted
    // volume": so after "its" or "their" (v231).
    if (
      /\btimes(?:\s+(?:the|its|their))?$/i.test(words) &&
      otherMeasureMultiple(
        (/\s(?:the|its|their)$/i.exec(words)?.[0] ?? '') + s.slice(m.index + words.length),
      )
    )
      continue;
    // "House prices rose 9.6 per cent, nearly twice the growth of disposable income": a multiple of
    // another measure's change over the same time compares two changes, none the subject's (v285);
    // "twice the growth of 2030" keeps the change.
    if (
      /\b(?:times|twice|double|triple|treble)\s+the$/i.test(words) &&
      OTHER_GROWTH_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "about 1.3 times the national average": a multiple of a group's average compares two levels,
    // nothing changed; "1.3 times the level of 2029" keeps the change.
    if (
      /\btimes\s+the$/i.test(words) &&
      GROUP_AVERAGE_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "three times the global rate", "1.5 times the national level": a multiple of the whole's own
    // rate or level sets the part beside the whole, as a multiple of its average does.
    if (
      /\b(?:times|twice|double|triple|treble)\s+the$/i.test(words) &&
      WHOLE_LEVEL_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "twice the share in other emerging markets", "three times the rate in peer economies": a
    // multiple of the same measure in another group of members or places compares two levels at
    // one time, as a group's average does; "twice the level of 2020" keeps the change.
    if (
      /\b(?:times|twice|double|triple|treble)\s+the$/i.test(words) &&
      OTHER_GROUP_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "nearly three times the rate for all children", "1.4 times the public sector's volume": the
    // same measure in the whole a group belongs to, or in another sector, compares two levels at
    // one time, as another group's does; "three times the rate for all children in 2020" and
    // "twice the sector's 2020 level" keep the change.
    if (
      /\b(?:times|twice|double|triple|treble)\s+the$/i.test(words) &&
      WHOLE_GROUP_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "twice the level in the United States", "2.4 times the price in Pakistan": the same measure in
    // a named country or region compares two places at one time, as another group's level does;
    // "twice the level in 2019" and "in January" are earlier times and keep the change.
    if (
      /\b(?:times|twice|double|triple|treble)\s+the$/i.test(words) &&
      (NAMED_PLACE_AFTER_RE.test(s.slice(m.index + words.length)) ||
        NAMED_PLACE_LEVEL_AFTER_RE.test(s.slice(m.index + words.length)))
    )
      continue;
    // "about 3.9 times the country's short-term external debt", "3.1 times the city's annual debt
    // service": a multiple of another measure an owner's possessive names is a ratio of two
    // measures at one time, no change; "3.9 times the country's 2020 level" keeps the change (v122).
    if (
      /\b(?:times|twice|double|triple|treble)\s+the$/i.test(words) &&
      POSSESSED_MEASURE_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "bids worth 2.3 times the funding available", "demand ran at three times the seats on
    // offer", "more than double the sum offered": a multiple of what is on offer at the same time
    // says how far demand outran supply, two levels compared; "fares are now 1.5 times the level of
    // 2020" and "sales more than doubled" keep the change.
    // A multiple as a verb ("agreed to triple the resources available") changes what follows it.
    const compared =
      /\b(?:times|twice)\s+(?:the|its|their)$/i.test(words) ||
      MULTIPLE_COMPARED_RE.test(s.slice(0, m.index + words.length));
    const offerAfter = /\b(?:double|twice|triple|treble|quadruple)$/i.test(words)
      ? s.slice(m.index + words.length).replace(/^\s+(?:the|its|their)(?=\s)/i, '')
      : s.slice(m.index + words.length);
    if (compared && ON_OFFER_AFTER_RE.test(offerAfter)) continue;
    // "£612.5 million, roughly three times the reserve", "2.4 times the regulatory minimum": a
    // multiple of the bound or benchmark the level is held against compares two levels at one
    // time, as a multiple of a group's average does; "three times the 2019 total" keeps the change.
    if (
      /\b(?:times|twice|double|triple|treble)\s+the$/i.test(words) &&
      BOUND_AFTER_RE.test(s.slice(m.index + words.length))
    )
      continue;
    // "nearly double the provincial rate", "2.9 times the price paid to farmers", "more than twice
    // the 'B' median": a multiple of a standard another group, place or party owns at the same time
    // (comparedStandard) compares two levels, whatever names the owner; "double the level of
    // 2019" and "twice the pre-crisis level" keep the change (v72). A multiple that is a verb
    // ("will double the global average rate of efficiency gains") changes its object: it needs
    // "times", "twice", or a hedge, a copula or a comma before it (MULTIPLE_COMPARED_RE).
    if (
      /\b(?:times|twice|double|triple|treble|quadruple)(?:\s+the)?$/i.test(words) &&
      (/\b(?:times|twice)\b/i.test(words) ||
        MULTIPLE_COMPARED_RE.test(s.slice(0, m.index + words.length).replace(/\s+the$/i, ''))) &&
      comparedStandard((/\sthe$/i.test(words) ? ' the' : '') + s.slice(m.index + words.length))
    )
      continue;
    // Keep "had/has/have" ("had doubled", as annotators quote it); drop other auxiliaries.
    const aux = /^(?:was|were|is|are|will|would|could|to|been|be|may|might|should)\s+/i.exec(
      s.slice(start, end),
    );
    if (aux) start += aux[0].length;
    end = start + s.slice(start, end).trimEnd().length;
    const notes = /more than|over|nearly|almost|roughly|about|approximately|up to/i.test(words)
      ? ['The words qualify the number ("more than", "nearly", …): the value is not exact.']
      : [];
    const prefer = DECREASE.test(words) ? 'down' : 'up';
    // "Doubling GDP, deepening integration pledged at summit": a gerund that opens a headline or
    // sentence names an aim when the sentence pledges, plans or targets it.
    const aim =
      m.index === 0 &&
      /^(?:doubling|tripling|trebling|quadrupling|halving)\b/i.test(words) &&
      /\b(?:pledg(?:e|es|ed)|vow(?:s|ed)?|promis(?:e|es|ed)|agreed|plann?(?:ed|s)?|targets?|targeted|aims?|goals?|ambitions?)\b/i.test(
        s,
      );
    yield {
      start,
      end,
      kind: 'change',
      prefer,
      notes,
      ...(aim ? { status: 'expected' as const } : {}),
    };
  }
}

/** Right before a bare scaled number, a sum with its currency word and an approximate bracket
 *  opened after it: "9.1 trillion won (about ", "EUR 40 million (roughly ". */
const CONVERSION_BEFORE_RE =
  /\d[^\S\n]*(?:(?:trillion|billion|million|thousand|bn|mn)[^\S\n]+)?(?:(?!per)[A-Za-z]{3,}[^\S\n]*)?\(\s*(?:about|around|approximately|approx\.|roughly|some|nearly|almost|~|≈)\s*$/i;

/** After a bare "from" number, the pair's second end and the plural noun it counts, in group 1: "
 *  to 22 million passengers", " to 2 million containers a year", " to 3.5 crore households". A
 *  currency word there (" to 22 million dollars") is read by sharedCurrencyAfter instead. */
const PAIR_COUNT_AFTER_RE =
  /^\s+to\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?\d[\d.,]*\s*(?:trillion|billion|million|thousand|crores?|lakhs?|bn|mn)\s+((?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*[^\Ws]s|people|staff))\b/i;

/** The length of the second end after a bare "from" amount that names the currency both share
 *  ("from 15 billion| to 75 billion rand"), or 0. */
function sharedCurrencyAfter(lead: string, after: string): number {
  if (!FROM_BEFORE_RE.test(lead)) return 0;
  return SHARED_CURRENCY_AFTER_RE.exec(after)?.[0].length ?? 0;
}

/** A scale word at the end of the words before an amount: a cheap test before STACK_BEFORE_RE. */
const STACK_END_BEFORE_RE = /(?:trillion|billion|million)[^\S\n]*$/i;
/** Groups of a number and a scale word right before an amount ("2 billion " of "2 billion 69
 *  million dollars"), checked by stackedGroups. */
const STACK_BEFORE_RE = /(?<![\w.,$/-])(?:\d{1,3}[^\S\n]*(?:trillion|billion|million)[^\S\n]*)+$/i;

/** "SDRs" right after an amount counts it in special drawing rights, which the contract does not
 *  chart, whatever currency a garbled page wrote before it ("USD 2 billion SDRs"); "of SDRs" and
 *  "SDR allocation" leave the amount in its own currency. */
const SDR_AFTER_RE = /^[^\S\n]+(?:SDRs|XDRs)\b|^[^\S\n]+(?:SDR|XDR)(?=[^\S\n]*(?:[,;.)(]|$))/;

/** A sum's words that end in a hundredth of a currency: "62 cents", "40 pence", "9¢", "15 paise". */
const HUNDREDTH_END_RE = new RegExp(
  String.raw`(?:¢|\bcents?|\bpence|\bpais[ae]|(?<=[\d\s])(?:${HUNDREDTH_NAMES}))$`,
  'i',
);
/** A sum's words that end in any hundredth of a currency, "54.6p" and "12c" too. */
const HUNDREDTH_WORD_END_RE = new RegExp(String.raw`(?:${HUNDREDTH_WORD})$`, 'i');
/** "of every rand", "for each tax dollar", "in every pound", "for every $1", "Each €100 of
 *  income yields": one unit of a currency, or a hundred of them, that the cents of a sentence are
 *  counted out of, so they are a ratio, no sum. */
export const EACH_UNIT_RE = new RegExp(
  String.raw`(?:\b(?:of|in|for|from)\s+|(?:^|[.;:]\s*)\s*)(?:every|each)\s+(?:(?:[a-z-]+\s+)?(?:${CURRENCY_WORD})(?!\w)|[$£€]\s?(?:1|100)(?![\d.,]))`,
  'i',
);

function* amounts(s: string, eachUnitLeadIn = false): Generator<Match> {
  for (const re of [
    AMOUNT_SIGN_RE,
    AMOUNT_CODE_SCALE_RE,
    AMOUNT_WORD_RE,
    AMOUNT_BARE_RE,
    AMOUNT_FRACTION_RE,
  ]) {
    for (const m of s.matchAll(re)) {
      const after = s.slice(m.index + m[0].length);
      // "$1-2 billion", "$5 billion – 6 billion": a range. A spaced dash after a scale or currency
      // word and before a percent opens an aside instead ("US$126 billion – 45% up").
      const aside = !/\d$/.test(m[0]) && /^\s+[-–]\s+\d[\d.,]*\s?(?:%|per\s?cent)/i.test(after);
      if (/^\s*[-–]\s*\d/.test(after) && !aside) continue;
      if (/^\s*(?:st|nd|rd|th)\b/.test(after)) continue;
      if (SDR_AFTER_RE.test(after)) continue;
      // "USD 40% (39%)", "EUR 36%": a currency's sign or code labels the share of its holdings
      // that the percent right after the number states; the number is no sum (v106).
      if (/\d$/.test(m[0]) && /^\s?%/.test(after)) continue;
      // "toUSD 0.07": a code glued to the word before counts only in capitals (see AMOUNT_SIGN_RE).
      if (
        re === AMOUNT_SIGN_RE &&
        /[a-z]$/i.test(s.slice(0, m.index)) &&
        /^[a-z]{3}/i.test(m[0]) &&
        !/^[A-Z]{3}/.test(m[0])
      )
        continue;
      if (re === AMOUNT_WORD_RE && isYear(m[0].replace(/\D+$/, ''))) continue;
      // "of every dollar of revenue, 12 cents goes to interest": coins of each unit, a ratio.
      if (re === AMOUNT_WORD_RE && HUNDREDTH_END_RE.test(m[0]) && EACH_UNIT_RE.test(s)) continue;
      // "Of every £1 spent:" ⏎ "- Prizes: 54.6p": the list's lead-in counts out the unit (v170).
      // An unmarked line after the item ("\nThe stamp price rose to 85p") is no item of the list.
      if (eachUnitLeadIn && HUNDREDTH_WORD_END_RE.test(m[0]) && !/\n\S/.test(s.slice(0, m.index)))
        continue;
      let lead = s.slice(0, m.index);
      const notes: string[] = [];
      // "… 2.296 billion US dollars …, and 1.7599 billion was earned": the sentence named one
      // currency before the bare number, and the number is counted in it.
      if (re === AMOUNT_BARE_RE) {
        const currency = namedCurrency(lead);
        // "from the current 18 billion to 41 billion rand": the currency written once, after the
        // second end, is the first's too; its stated words run on to it, as a pair (never a range).
        const sharedWord = currency ? null : sharedCurrencyAfter(lead, after);
        if (sharedWord) {
          const end = m.index + m[0].length;
          yield {
            start: lead.search(FROM_BEFORE_RE),
            end: end + sharedWord,
            own: m.index,
            ownEnd: end,
            kind: 'amount',
            notes,
          };
          continue;
        }
        if (!currency) continue;
        // "raising capacity from 14 million to 22 million passengers": the plural noun after the
        // pair's second end counts both ends, so the first borrows no currency from the sentence.
        const pair = PAIR_COUNT_AFTER_RE.exec(after);
        if (FROM_BEFORE_RE.test(lead) && pair && !namedCurrency(pair[0])) continue;
        // "reached 9.1 trillion won (about 6.8 billion) in 2031": an approximate bracket alone
        // after a sum in its currency restates it in another currency the page lost, no figure.
        const converted = CONVERSION_BEFORE_RE.exec(lead);
        if (
          converted &&
          /^\s*\)/.test(after) &&
          namedCurrency(lead.slice(Math.max(0, converted.index - 8))) === currency
        )
          continue;
        // "a GDP of US$ 3.4 trillion and a combined population of 318 million": a count of people.
        const phrase = OWN_PHRASE_START_RE.exec(lead);
        if (COUNTED_NOUN_RE.test(lead.slice(phrase ? phrase.index : 0))) continue;
        // "82% of savings accounts (some 41 million)": a bare number alone in a bracket right after
        // a counted noun says how many there are, no sum.
        const bracketed = COUNT_IN_BRACKET_BEFORE_RE.exec(lead);
        if (
          bracketed &&
          (COUNTED_NOUN_RE.test(bracketed[1]!) || HELD_ITEMS_RE.test(bracketed[1]!)) &&
          /^\s*\)/.test(after)
        )
          continue;
        notes.push(`Currency ${currency} taken from earlier in the sentence.`);
      }
      // "2 billion 69 million dollars": the groups in larger scales before the one the currency
      // word follows are part of the amount, so its stated words start at the first.
      let own = m.index;
      if (re === AMOUNT_WORD_RE && STACK_END_BEFORE_RE.test(lead)) {
        const from = lead.search(STACK_BEFORE_RE);
        const stack = from < 0 ? undefined : stackedGroups(s.slice(from, m.index + m[0].length));
        if (stack && stack.last === m.index - from) {
          own = from;
          lead = s.slice(0, from);
        }
      }
      const status = BASE_BEFORE_RE.test(lead)
        ? 'actual'
        : hedged(lead) && !rateCap(lead, after) && !settledCap(lead, after)
          ? 'expected'
          : undefined;
      // "a decrease of US$131 million": the stated words run from the fall, so the direction is
      // in them; the value stays the size, since the contract has no negative amounts.
      const fall = AMOUNT_DOWN_BEFORE_RE.exec(lead);
      // "is negative by ISK 4.1bn": the stated words run from the word, which is the amount's minus.
      const minusWord = fall ? null : AMOUNT_MINUS_WORD_BEFORE_RE.exec(lead);
      const start = fall ? fall.index : minusWord ? minusWord.index : own;
      if (fall) {
        lead = s.slice(0, start);
        notes.push(
          'The size of a fall: amounts are never negative, so the stated words carry the direction. To chart the fall itself, state it as a change.',
        );
      }
      // "from US$ 27 to 276 billion": the scale written once after the second end is the first
      // end's too, so its stated words run on to it (only its own part must not overlap).
      // "ranged from €12,500 to €2.4 million": after a verb of ranging the pair is one range
      // (amountRanges), whose first end keeps its own size.
      const shared =
        re === AMOUNT_SIGN_RE &&
        /\bfrom\s+$/i.test(lead) &&
        !RANGING_FROM_BEFORE_RE.test(lead) &&
        !/\d\s*[a-z]+$/i.test(m[0])
          ? signedExec(SHARED_SCALE_AFTER_RE, sharedScaleAfterAsWritten, after, { space: true })
          : null;
      const end = m.index + m[0].length;
      if (shared) {
        // From "from", so the words read as two levels of a pair, never as a range.
        const from = lead.search(/\bfrom\s+$/i);
        const pair = { start: from, end: end + shared[0].length, own: start, ownEnd: end };
        yield { ...pair, kind: 'amount', status, notes };
        continue;
      }
      yield { start, end, kind: 'amount', status, notes };
    }
  }
}

/** Before a sum, a verb of paying in the present or a participle, then "up to": "pays up to ",
 *  "paying up to ", "worth up to ", "receive up to ". With a rate per period after the sum
 *  (PER_PERIOD_AFTER_RE) it is the most a benefit or scheme pays, a rate set, no possibility. */
const RATE_CAP_BEFORE_RE =
  /\b(?:pay(?:s|ing)?|worth|receiv(?:e|es|ing)|get(?:s|ting)?)\s+up\s+to\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** After a sum, the period it is paid per: " a week", " per month", " each year". */
const PER_PERIOD_AFTER_RE =
  /^\s+(?:a|an|per|each)\s+(?:day|week|fortnight|month|quarter|year|annum)\b/i;

/** The most a benefit or scheme pays each one ("pays up to $300 a week", "grants of up to £20,000
 *  per farm", "each eligible for support of up to $8,000"): a rate set, no possibility. */
/** A sum a deal caps: "a yen loan of up to ", "a state export credit of up to ", "capital grants
 *  for slurry infrastructure of up to ". */
const CAPPED_SUM_BEFORE_RE =
  /\b(?:loans?|credits?|grants?|facility|facilities|financing|funding|guarantees?|lines?\s+of\s+credit|aid)\b[^.;:]{0,40}?\bof\s+up\s+to\s+$/i;
/** After it, in its clause, the past verb of the deal made: " for the port project was signed
 *  today", " had been signed on the previous day", " approved in June", " a farm were awarded". */
const SETTLED_AFTER_RE =
  /^(?:[^.;:]|\.(?=\d)){0,160}?\b(?:(?:was|were|has|have|had)\s+(?:(?:now|also|formally|duly|already)\s+)?(?:been\s+)?(?:signed|approved|awarded|granted|concluded|extended)|(?:signed|approved|awarded|granted|concluded)\s+(?:in|on|last|earlier|today|yesterday)\b)/i;
/** Words before that verb that leave the deal to come: "will", "once", "if", "pending". */
const UNSETTLED_BEFORE_VERB_RE =
  /\b(?:will|would|shall|could|may|to\s+be|once|when|if|until|unless|pending|expected|planned)\b/i;

/**
 * Whether "up to" before a sum is the cap of a loan, credit or grant its clause says was signed,
 * approved or awarded: the sum of a deal made, no possibility ("a yen loan of up to 48.7 billion
 * yen for the port project was signed today").
 * @example settledCap('a loan of up to ', ' for the port was signed today.') // true
 * @example settledCap('a loan of up to ', ' will be signed next month.') // false
 */
export function settledCap(lead: string, after: string): boolean {
  if (!CAPPED_SUM_BEFORE_RE.test(lead)) return false;
  const settled = SETTLED_AFTER_RE.exec(after);
  return settled !== null && !UNSETTLED_BEFORE_VERB_RE.test(settled[0]);
}

export function rateCap(lead: string, after: string): boolean {
  return (
    (RATE_CAP_BEFORE_RE.test(lead) || GRANT_UP_TO_BEFORE_RE.test(lead)) &&
    (PER_PERIOD_AFTER_RE.test(after) ||
      EACH_UNIT_AFTER_RE.test(after) ||
      /\beach\b[^,.;:]{0,40}$/i.test(lead))
  );
}

/** "posting increases of 10.9, 10.2 and 7.7 percent respectively": each bare number of the list
 *  is a figure in the percent written once after the last, of the kind the words before the list
 *  give. Its stated words run on to that unit, and from a falling verb ("fell by 3.1, 2.4 and"),
 *  so the reader finds both; only its own number must not overlap another figure. */
function* sharedPercentLists(s: string): Generator<Match> {
  for (const m of s.matchAll(SHARED_PERCENT_LIST_RE)) {
    const before = s.slice(0, m.index);
    // Only the first bare number of a list starts one; the others are found from it.
    if (/\d\s*,\s*$/.test(before) || REFERENCE_BEFORE_RE.test(before)) continue;
    // A list in basis points is read in hundredths, which a bare member does not say.
    if (/\bbasi[cs]\b|\bbase\s+points\b|\bbps?\b/i.test(m[2]!)) continue;
    const listEnd = m.index + m[0].length + m[2]!.length;
    const members = [m[1]!, ...[...m[2]!.matchAll(LIST_NUMBER_RE)].map((n) => n[0])];
    const values = members.map((n) => readNumber(n)!);
    if (members.some((n) => isYear(n))) continue;
    const cue = settled(classify(s, m.index, m.index + m[1]!.length));
    // "adding 2.3, 1.1 and 0.6 percentage points", "accounted for 0.8 and 0.5 percentage points
    // of inflation": points are only ever a change (a level is never in points), so each member
    // is one whatever verb or noun of contributing the words before the list give.
    const kind = POINTS_END_RE.test(m[2]!) ? 'change' : cue.kind;
    // A fall: the stated words run from its verb, so the reader gives each number its minus.
    const down = cue.kind === 'change' && cue.prefer === 'down';
    let at = m.index;
    for (const [i, member] of members.slice(0, -1).entries()) {
      const start = s.indexOf(member, at);
      at = start + member.length;
      yield {
        start: down ? cue.start : start,
        end: listEnd,
        own: start,
        ownEnd: at,
        kind,
        value: down ? -values[i]! : values[i],
        object: cue.object,
        status: cue.status,
        notes: ['One of a list of numbers that share the percent written after the last.'],
      };
    }
  }
}

/** A percent for a year, then bare numbers each for a later year: "from 2.9 percent in 2031, to
 *  3.2 in 2032 and 3.7 in 2033". */
const PERCENT_THEN_BARE_YEARS_RE =
  /(?<![\d.,])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)\s+(?:(?:in|for)\s+|by\s+end-)(?:19|20)\d\d\b((?:\s*,?\s*(?:and\s+|to\s+|and\s+to\s+|before\s+[a-z]+ing\s+to\s+)?(?<![\d.,])\d{1,2}(?:\.\d+)?\s+(?:(?:in|for)\s+|by\s+end-)(?:19|20)\d\d\b)+)/gi;
/** The note on a bare number read for a later year; its status follows that year (candidates.ts). */
export const BARE_YEAR_NOTE =
  'A bare number for a later year after a percent for a year: read in percent.';
/** One bare number of such a run, with its year. */
const BARE_YEAR_MEMBER_RE =
  /(?<![\d.,])(\d{1,2}(?:\.\d+)?)(?=\s+(?:(?:in|for)\s+|by\s+end-)(?:19|20)\d\d\b)/g;

/**
 * "Growth strengthens from 2.9 percent in 2031, to 3.2 in 2032 and 3.7 in 2033": bare numbers for
 * later years after a percent for a year are readings of the same measure in percent, of the
 * first one's kind; so are "6.4 percent by end-2031 and 3.7 by end-2032" and "to 1.8 per cent in
 * 2031 before increasing to 2.5 in 2032". Their stated words run from the first percent, so the unit is in them.
 */
function* bareYearReadings(s: string): Generator<Match> {
  for (const m of s.matchAll(PERCENT_THEN_BARE_YEARS_RE)) {
    const firstEnd = m.index + m[0].length - m[2]!.length;
    const cue = settled(classify(s, m.index, m.index + m[1]!.length));
    if (cue.kind === 'change' && cue.prefer === 'down') continue;
    const runStart = firstEnd;
    for (const n of m[2]!.matchAll(BARE_YEAR_MEMBER_RE)) {
      const start = runStart + n.index;
      yield {
        start: m.index,
        end: start + n[1]!.length,
        own: start,
        ownEnd: start + n[1]!.length,
        kind: cue.kind,
        value: readNumber(n[1]!)!,
        status: cue.status,
        notes: [BARE_YEAR_NOTE],
      };
    }
  }
}

/** "the percentage change was +3.4": the stated words run from the unit's name, so the reader
 *  finds the unit and the sign in them. */
function* namedPercentChanges(s: string): Generator<Match> {
  for (const m of s.matchAll(NAMED_PERCENT_CHANGE_RE)) {
    yield { start: m.index, end: m.index + m[0].length, kind: 'change', notes: [] };
  }
}

/** Right after "one in every six", money counted in a currency ("euros", "dollars"): a ratio of
 *  money, no figure. */
const CURRENCY_AFTER_RE = new RegExp(String.raw`^\s+(?:${CURRENCY_WORD})(?!\w)`, 'i');

const IN_BEFORE_RE = new RegExp(String.raw`\bin\s+(?:(?:${APPROX})\s+)?$`, 'i');
const OUTCOMES_AFTER_RE = /^\s+(?:cases|instances|scenarios|simulations|runs|draws)\b/i;

/** "widened by a percentage point and a half", "cut rates by a percentage point and a half": a
 *  change of 1.5 points, read with the verb before it for its sign. */
const POINT_AND_A_HALF_RE = new RegExp(
  String.raw`(?:\b(?:${UP_VERB}|${DOWN_VERB}|raised|hiked)\s+(?:[\w'’-]+\s+){0,3}?by\s+|\b(?:${UP_VERB}|${DOWN_VERB})\s+)?${POINT_AND_A_HALF}`,
  'gi',
);
/** A bare "point" (no "percentage") is a percentage point only in a clause about a rate, as a
 *  bare "points" after digits is: "Rates were cut by a point and a half", not "the index fell by
 *  a point and a half" (index points). */
const BARE_POINT_RE = /\b(?:a|one)\s+(?:full\s+)?point\s+and\b/i;
const RATE_CLAUSE_RE =
  /\b(?:rates?|growth|inflation|unemployment|joblessness)\b(?!.*\bind(?:ex|ices)\b)[^.;:!?]*\b(?:by\s+)?(?:a|one)\s+(?:full\s+)?point\s+and\b/i;

/** "rose by a per cent and a half", "fell one percent and a half", "growth of a percent and a
 *  half": a change of 1.5 percent, read with the verb or noun of change before it (a bare "a per
 *  cent and a half" names no kind). */
const PERCENT_AND_A_HALF_RE = new RegExp(
  String.raw`(?:\b(?:${UP_VERB}|${DOWN_VERB}|raised|hiked)\s+(?:[\w'’-]+\s+){0,3}?by\s+|\b(?:${UP_VERB}|${DOWN_VERB})\s+|\b(?:${UP_NOUN}|${DOWN_NOUN})\s+(?:of|by)\s+)${PERCENT_AND_A_HALF}`,
  'gi',
);

/** A change of one and a half that its matched words state, falling if they name a fall. */
const andAHalfChange = (m: RegExpExecArray): Match => ({
  start: m.index,
  end: m.index + m[0].length,
  kind: 'change',
  prefer: DECREASE.test(m[0]) ? 'down' : 'up',
  notes: [],
});

function* percentsAndAHalf(s: string): Generator<Match> {
  for (const m of s.matchAll(PERCENT_AND_A_HALF_RE)) yield andAHalfChange(m);
}

function* pointsAndAHalf(s: string): Generator<Match> {
  for (const m of s.matchAll(POINT_AND_A_HALF_RE)) {
    if (
      BARE_POINT_RE.test(m[0]) &&
      (!/\bby\s+(?:a|one)\b/i.test(m[0]) || !RATE_CLAUSE_RE.test(s.slice(0, m.index + m[0].length)))
    )
      continue;
    yield andAHalfChange(m);
  }
}

/** Before a ratio, what makes it a probability or a rating: "the odds of a rate cut are ", "the
 *  probability of a recession is put at ", "a chance of ", "rated the service ", "a score of "
 *  (not "the unemployment rate is ", a level). */
const ODDS_OR_RATING_BEFORE_RE =
  /\b(?:(?:chances?|odds|probability|likelihood|risk)\b[^.;:,]{0,40}?\b(?:is|are|was|were|of|at|put\s+at|about|around|roughly|only|just|some)|(?:rated|scored|marked|graded|gave|give|gives)(?:\s+[\w'’-]+){0,3}?|(?:ratings?|scores?|marks?|grades?)\s+(?:of|at|was|were|is|are|averaged))\s+$/i;

/** After a count out of a whole, its members (up to four words) and the share the text states of
 *  it, in brackets or after ", or": " excise units (26.9 per cent)", " claims, or 22.5%". */
const TALLY_SHARE_STATED_AFTER_RE =
  /^(?:\s+[A-Za-z][\w'’-]*){0,4}?(?:\s*\(\s*|,\s+or\s+)(?:about\s+|around\s+|some\s+)?\d[\d.,]*\s*(?:%|per\s?cent|percent)(?!\s+of\b)/i;

/** "one in every six jobs", "1 in 5 workers": a ratio of one to a whole is a share of it, 100/N;
 *  "one in every six euros lent" is a ratio of money, no figure. */
function* oneInShares(s: string): Generator<Match> {
  for (const m of s.matchAll(ONE_IN_RE)) {
    if (readOneIn(m[0]) === undefined) continue;
    const after = s.slice(m.index + m[0].length);
    if (CURRENCY_AFTER_RE.test(after)) continue;
    // "in about two out of three cases, growth stays within": how often an outcome comes about, a
    // probability, no share.
    if (IN_BEFORE_RE.test(s.slice(0, m.index)) && OUTCOMES_AFTER_RE.test(after)) continue;
    // "the odds of a cut are one in four", "rated the service 8 out of 10": a probability or a
    // rating, no share of anything.
    if (ODDS_OR_RATING_BEFORE_RE.test(s.slice(0, m.index))) continue;
    // "14 out of 52 excise units (26.9 per cent)", "9 of every 40 claims, or 22.5%": a tally that
    // states its own share after its members is two counts, the share only the percent it states
    // (README, a tally of a counted set; v240).
    if (TALLY_SHARE_STATED_AFTER_RE.test(after)) continue;
    // "a 1-in-100 loss", "a one-in-50 storm": the hyphened ratio an article takes as an adjective
    // is how rare an event is, a return period or odds, no share of members ("a one-in-three
    // share of senior posts" and "a two-in-three majority of firms" name their share).
    if (
      /[-‑]in[-‑]/.test(m[0]) &&
      /\b(?:an?|the)\s+$/i.test(s.slice(0, m.index)) &&
      !/^\s+(?:shares?|proportions?|parts?|fractions?|portions?|majorit(?:y|ies)|minorit(?:y|ies))\b/i.test(
        after,
      )
    )
      continue;
    yield { start: m.index, end: m.index + m[0].length, kind: 'share', notes: [] };
  }
}

/** After a fraction, a rate as its whole: " of the rate", " of the 6.1% pace", " of last year's
 *  rate". */
const RATE_WHOLE_AFTER_RE =
  /^\s+of\s+(?:the|this|that|its|their|[\w-]+\s+year['’]s)\s+(?:[\w%.,'’-]+\s+){0,3}?(?:rates?|pace|speed)\b(?!\s+of\s+(?:return|interest)\b)/i;

/** "inflows, of which about one-half was direct investment": a fraction of the whole named right
 *  before "of which", then a verb. Group 1 is the fraction. */
const OF_WHICH_FRACTION_RE = new RegExp(
  String.raw`\bof\s+which\s+(?:(?:${APPROX})\s+)?(${FRACTION})\s+(?=(?:is|was|are|were|went|came|took|goes|comes|takes|can|could|may|might|will|would|shall|should|must|has|had|have)\b)`,
  'gi',
);

/** A fraction as the subject right after a fronted group of plural members: "Among countries for
 *  which data are available, half have", "Of the 40 firms asked, a third were". Group 1 is the
 *  fraction; "Of the year, half was" names no members and is none. */
const FRONTED_GROUP_FRACTION_RE = new RegExp(
  String.raw`^\s*(?:among|of)\s+(?:the\s+|these\s+|those\s+)?(?:\d+\s+)?[a-z-]*[a-z]s\b[^.;:,]{0,80},\s+(?:(?:${APPROX})\s+)?(${FRACTION})(?=\s+(?:have|had|are|were|reported|saw|said|expect|plan)\b)`,
  'gi',
);

/** A holding cut or raised to a fraction, or set at one: "lowering the state's ownership to
 *  one-third", "a stake of a quarter in the airline". Not a fraction of something after it ("a
 *  stake of a third of the shares" is FRACTION_OF_RE's) nor a comparative. Group 1 is the
 *  fraction. */
const HOLDING_FRACTION_RE = new RegExp(
  String.raw`\b(?:ownership|stake|holding|shareholding)(?:\s+(?:in|of)\s+[^.;:,()\d]{1,40}?)?\s+(?:to|at|of)\s+(?:(?:${APPROX})\s+)?(${FRACTION})\b(?![-\s]+(?:of|more|less|higher|lower|party|parties)\b)`,
  'gi',
);

/** Before a fraction that leaves out its whole, a share "of" a whole the sentence named: "57% of
 *  commitments", "half of global flows". */
const WHOLE_OF_BEFORE_RE = /(?:%|per\s?cent|\b(?:half|thirds?|quarters?|fifths?|tenths?))\s+of\b/i;

/** A fraction in words as the earlier level a share is set against, its whole left out because
 *  the sentence named it before: "about a fifth of output, down from a quarter a decade ago", "up
 *  from less than a third in 2020", "compared with just over a third three years ago", "against
 *  about half in 2028". After the word that sets it against the later level ("up/down from",
 *  "compared with/to", "against", "from") the fraction ends its clause or takes its time: a span
 *  ago, a year. Group 1 is the fraction, group 2 the time after it. */
const EARLIER_FRACTION_RE = new RegExp(
  String.raw`\b(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+(?:with|to)|against|versus|from)\s+(?:(?:${APPROX})\s+)?(${FRACTION})${NOT_OF_A_PERCENT}(?=\s*(?:[.;)?]|,\s|$)|(\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|decades?|months?)\s+(?:ago|earlier|before)\b|\s+(?:in|at\s+end-|at\s+the\s+end\s+of)\s*(?:19|20)\d\d\b))`,
  'gi',
);

/** After an ordinal's word, "of" and a count of plural items: " of six planned steps", " of 12
 *  instalments". */
const ORDINAL_OF_COUNT_AFTER_RE =
  /^\s+of\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?:[\w-]+\s+){0,2}?[a-z]+s\b/i;

function* fractionShares(s: string, wholeBefore?: boolean, sumBefore?: boolean): Generator<Match> {
  // "Among the members that reported for 2030, half have raised their budgets" (a share of that
  // group) and "cutting the state's holding in the bank to one-third" (the holding's level): the
  // fraction that ends the match is a share.
  for (const re of [FRONTED_GROUP_FRACTION_RE, HOLDING_FRACTION_RE]) {
    for (const m of s.matchAll(re)) {
      const start = m.index + m[0].length - m[1]!.length;
      yield { start, end: start + m[1]!.length, kind: 'share', notes: [] };
    }
  }
  // "of which about one-half took the form of direct investment": a share of the whole before.
  for (const m of s.matchAll(OF_WHICH_FRACTION_RE)) {
    const start = m.index + m[0].trimEnd().length - m[1]!.length;
    yield { start, end: start + m[1]!.length, kind: 'share', notes: [] };
  }
  // "… half of global flows, while others rose to over one fifth.": a share of the whole named
  // earlier in the sentence (a share "of" it must come first); after a verb of a part, an "of
  // which" names it too ("of which grants made up about a third").
  for (const m of s.matchAll(ELIDED_WHOLE_FRACTION_RE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const before = s.slice(0, m.index);
    // A verb of a part or of what a part gets ("with own funds making up more than half", "Sub-Saharan
    // Africa received around a third") takes as its whole a sum or percent named before it in the
    // sentence, or the share of a whole the sentence before named ("about 57% of commitments.").
    // A verb of paying a part ("of which the EU contributes about two thirds") is one too.
    const part =
      /^(?:made|mak|account|represent|compris|constitut|receiv|absorb|attract|contribut|provid|cover|fund|financ|bear|bore|suppl)/i.test(
        m[0],
      );
    const whole =
      WHOLE_OF_BEFORE_RE.test(before) ||
      (part && /\bof\s+which\b/i.test(before)) ||
      (part && WHOLE_SUM_BEFORE_RE.test(before)) ||
      (part && wholeBefore === true);
    if (!whole) continue;
    if (FRACTION_TIME_BEFORE_RE.test(s.slice(0, start))) continue;
    yield { start, end: m.index + m[0].length, kind: 'share', notes: [] };
  }
  // "Thirty percent of firms plan to invest. A third intend to hire", "CHF 512 million …; almost two
  // fifths went to new parcel centres": a fraction that is its clause's subject takes as its whole
  // the share, sum or percent named before it in the sentence or in the sentence before.
  for (const m of s.matchAll(SUBJECT_FRACTION_RE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const before = s.slice(0, start);
    const whole =
      WHOLE_OF_BEFORE_RE.test(before) ||
      WHOLE_SUM_BEFORE_RE.test(before) ||
      wholeBefore === true ||
      sumBefore === true;
    if (!whole || FRACTION_TIME_BEFORE_RE.test(before)) continue;
    yield { start, end: start + m[1]!.length, kind: 'share', notes: [] };
  }
  // "Tourism accounts for about a fifth of output, down from a quarter a decade ago": the earlier
  // level of the share named before it (a percent or a fraction "of" a whole); "half a year
  // earlier" is a span of time, and "up 3% from a quarter earlier" names no share.
  for (const m of s.matchAll(EARLIER_FRACTION_RE)) {
    const start = m.index + m[0].length - m[1]!.length;
    const before = s.slice(0, m.index);
    if (!WHOLE_OF_BEFORE_RE.test(before) || FRACTION_TIME_BEFORE_RE.test(s.slice(0, start)))
      continue;
    if (/^half$/i.test(m[1]!) && /^\s+an?\s/i.test(s.slice(start + m[1]!.length))) continue;
    yield { start, end: start + m[1]!.length, kind: 'share', notes: [] };
  }
  // "capital spending of US$5.8 billion, with about two-thirds directed to upstream": the part of
  // the sum named before that the "with" clause sends somewhere.
  for (const m of s.matchAll(WITH_PART_FRACTION_RE)) {
    const before = s.slice(0, m.index);
    if (!WHOLE_OF_BEFORE_RE.test(before) && !WHOLE_SUM_BEFORE_RE.test(before)) continue;
    const start = m.index + m[0].length - m[1]!.length;
    yield { start, end: start + m[1]!.length, kind: 'share', notes: [] };
  }
  // "Rund ein Drittel der Unternehmen", "auf die Länder gut ein Drittel" after "davon rund 40 %": a
  // German share of a whole, named after it or before it; "um ein Drittel" is a change, no share.
  for (const m of s.matchAll(GERMAN_FRACTION_SHARE_RE)) {
    const before = s.slice(0, m.index);
    if (/(?<![\wäöüß])um\s+$/i.test(before)) continue;
    const elided = !/^\s+(?:der|des|aller)\s/i.test(s.slice(m.index + m[0].length));
    if (elided && !/%|Prozent|\bdavon\b|\bentf(?:a|ie)ll?en\b|\bentfiel\b/i.test(before)) continue;
    yield { start: m.index, end: m.index + m[1]!.length, kind: 'share', notes: [] };
  }
  for (const m of s.matchAll(FRACTION_OF_RE)) {
    const before = s.slice(0, m.index);
    const after = s.slice(m.index + m[0].length);
    if (/\bby\s+$/i.test(before)) continue; // "rose by a third of …" is a change (multipliers)
    // "half of what we inherited": a fraction of an earlier value is a change (multipliers).
    FRACTION_OF_EARLIER_AT_RE.lastIndex = m.index;
    if (FRACTION_OF_EARLIER_AT_RE.test(s)) continue;
    if (FRACTION_TIME_BEFORE_RE.test(before) || FRACTION_TIME_AFTER_RE.test(after)) continue;
    if (periodCount(m[0], before, after)) continue;
    // "This is the fifth of six planned steps": "the" before the word and a count of plural items
    // after "of" make it an ordinal, a place in a series, no share (v276).
    if (/\bthe\s+$/i.test(before) && ORDINAL_OF_COUNT_AFTER_RE.test(after)) continue;
    // "Half of the 30 provinces with racetracks": a fraction of members counted is a count of them
    // (15 provinces), no share of a measure.
    if (COUNTED_MEMBERS_AFTER_RE.test(after)) continue;
    const object =
      objectOf(after) ?? POSSESSIVE_WHOLE_RE.exec(after)?.[0] ?? PRONOUN_WHOLE_RE.exec(after)?.[0];
    if (!object) continue;
    // "earned about two-thirds of what their colleagues did": a fraction of another group's level
    // compares two levels, as "1.3 times the national average" does; no share of a whole.
    if (OTHER_SUBJECT_LEVEL_AFTER_RE.test(after) || PLANNED_LEVEL_AFTER_RE.test(after)) continue;
    // "received less than a fifth of theirs", "carry a third of ours": a possessive pronoun stands
    // for a level named before, another's or a plan's, and the fraction compares the two.
    if (/^\s+of\s+(?:theirs|ours|yours|hers|mine)\b/i.test(after)) continue;
    // "a third of the rate seen this year", "half of the 4.2% pace of 2033": a fraction of a rate
    // relates two rates; it is no share of a whole.
    if (RATE_WHOLE_AFTER_RE.test(after)) continue;
    // "The tenth of the population with the highest incomes received 23.6 percent": a fraction
    // ranked by a measure is a decile or quintile, the group the figures after it are of, no
    // share measured ("A tenth of the population lives in overcrowded housing" stays a share).
    if (rankedGroup(before, after.slice(object.length))) continue;
    // "almost half of it (46%)": the exact number in brackets is the figure, not the fraction.
    if (BRACKETED_PERCENT_RE.test(after.slice(object.length))) continue;
    // "48.2 per cent or almost half of the total": the fraction after "or" restates the exact
    // number before it in round words; the exact number is the figure.
    if (PERCENT_OR_BEFORE_RE.test(before)) continue;
    yield {
      start: m.index,
      end: m.index + m[0].length + object.length,
      kind: 'share',
      object: objectWords(object),
      notes: [],
    };
  }
}

/** Right before a fraction, "the" and a rank that may name it: "The ", "the richest ", "the
 *  bottom ". */
const RANKED_GROUP_BEFORE_RE =
  /\bthe\s+(?:(richest|poorest|wealthiest|top|bottom|highest|lowest|upper|lower|best-paid|lowest-paid|highest-paid)\s+)?$/i;
/** After a fraction's whole, the measure its members are ranked by: " with the highest incomes",
 *  " on the lowest earnings", " with the largest holdings". */
const RANKED_BY_AFTER_RE =
  /^\s*,?\s+(?:with|on|having|earning|that\s+(?:have|has|earn|earns))\s+the\s+(?:highest|lowest|largest|smallest|biggest|top|bottom|greatest|least)\b/i;

/** True when a fraction is a group ranked by a measure, a decile or quintile ("the tenth of the
 *  population with the highest incomes", "the poorest fifth of households"), no share of a whole.
 *  @example rankedGroup('The ', ' with the highest incomes received') // true */
function rankedGroup(before: string, afterWhole: string): boolean {
  const rank = RANKED_GROUP_BEFORE_RE.exec(before);
  return rank !== null && (rank[1] !== undefined || RANKED_BY_AFTER_RE.test(afterWhole));
}

/** After a fraction, what another subject did, got or earned: " of what men did", " of what
 *  older staff earn" ("half of what it was", the same subject earlier, is a change). */
const OTHER_SUBJECT_LEVEL_AFTER_RE =
  /^\s+of\s+what\s+(?!(?:it|we|they|this|that|these|those|he|she|I|you)\b)(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?[a-z]+\s+(?:did|do|does|earned|earns?|got|gets?|paid|pays?|received|receives?|made|makes?)\b/i;
/** After a fraction, what was pledged, promised, budgeted or forecast, by anyone or in the passive:
 *  " of what donors pledged", " of what the budget allowed", " of what had been promised", " of
 *  what they committed". An outturn set against a plan compares two levels of one sum, as "1.3
 *  times the national average" compares two places; no share of a whole ("half of the funds
 *  pledged were disbursed" counts a part of the funds and stays a share). */
const PLANNED_LEVEL_AFTER_RE =
  /^\s+of\s+what\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+|(?:[\w'’-]+\s+){1,3}?(?:(?:had|has|have|was|were)\s+)?)(?:(?:first|originally|initially|once|earlier)\s+)?(?:pledged|promised|committed|allowed|allotted|allocated|appropriated|budgeted|planned|forecast|projected|expected|targeted|envisaged|announced|needed|required|sought|requested|asked\s+for)\b/i;
/** After a fraction, a whole of members counted in a whole number: " of the 30 provinces", " of
 *  our 12 member states", and after an owner's possessive, " of the plan's ten instalments", " of
 *  Kenya's 47 counties" (v81: "the fifth of the plan's ten instalments" is a rank in a counted
 *  series, as "of its ten" is; not " of the 30 billion euros", " of the 2030 budget"). */
const COUNTED_MEMBERS_AFTER_RE =
  /^\s+of\s+(?:the|its|our|their|these|those|(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[\w-]+['’]s)\s+(?:[1-9]\d{0,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?!(?:hundred|thousand|million|billion|trillion|per|percent)\b)(?:[a-z][\w-]*\s+){0,2}?[a-z]{3,}s\b/i;
/** Right before a fraction, an exact percent and "or", an approximator allowed: "48.2 per cent or
 *  almost ", "26%, or about ", "62 percent or more than ". */
const PERCENT_OR_BEFORE_RE =
  /\d\s?(?:%|per\s?cent\b|percent\b)\s*,?\s+or\s+(?:(?:almost|nearly|about|around|roughly|some|approximately|just|over|under|(?:more|less)\s+than|close\s+to)\s+){0,2}$/i;

/** Right before "quarters", a word that counts periods: "three consecutive ", "five straight ",
 *  "several ", "12 ". */
const PERIOD_COUNT_BEFORE_RE =
  /\b(?:consecutive|successive|straight|running|several|many|few|recent|\d+)\s+$/i;
/** Right before "quarter", its place in a run of periods: "the 12th consecutive ", "the third
 *  straight ", "a second successive " (not "a ", "one ", "three "). */
const ORDINAL_PERIOD_BEFORE_RE =
  /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:consecutive|successive|straight|running)\s+$/i;
/** "quarters" counted with a number no share is written with: "two quarters", "five quarters",
 *  or none at all. */
const COUNTED_QUARTERS_RE = /^(?:(?:two|four|five|six|seven|eight|nine)[-‑ ])?quarters$/i;
/** After "three quarters", what a run of periods is of: " of decline", " of negative growth",
 *  " of falling output" (a share would name a whole: "three quarters of the decline"). */
const PERIODS_OF_AFTER_RE =
  /^\s+of\s+(?:(?:(?:negative|sequential|economic)\s+)?(?:declines?|contractions?|recessions?|stagnation|deflation|negative\s+growth|falls|losses)\b|(?:falling|declining|shrinking)\s)/i;

/**
 * A count of periods is no share: "three consecutive quarters of decline", "two quarters of
 * contraction", "after 5 straight quarters". A fraction word is a share only as "a quarter of",
 * "one-quarter", "three quarters of" a whole.
 * @example periodCount('quarters', 'emerged from four straight ', ' of decline') // true
 */
function periodCount(words: string, before: string, after: string): boolean {
  // "the 12th consecutive quarter of expansion", "the third straight quarter of growth": one
  // quarter of a run, named by its place in it, is a period, not a fourth of a whole.
  if (/^quarter\b/i.test(words) && ORDINAL_PERIOD_BEFORE_RE.test(before)) return true;
  if (!/quarters$/i.test(words)) return false;
  if (COUNTED_QUARTERS_RE.test(words)) return true;
  if (/^quarters$/i.test(words) || PERIOD_COUNT_BEFORE_RE.test(before)) return true;
  return PERIODS_OF_AFTER_RE.test(after);
}

/** The whole of "nearly half of which", "almost half of it", "two thirds of this went to three
 *  countries": a pronoun, or a bare "this" or "that" its verb follows, for a whole named before. A
 *  demonstrative with a noun ("less than half of that sum", "half of this year's budget") sets one
 *  level beside another or names a period, and is left to the other readings. */
const PRONOUN_WHOLE_RE =
  /^\s+of\s+(?:which|it|them|these|those|(?:this|that)(?=\s+(?:went|goes|go|was|were|is|are|came|comes|will|would|has|had|have|remains?|remained|covered|covers|funded|funds|paid|pays)\b))\b/i;
/**
 * The change verb nearest before a bracket that governs it: a list that turns from one verb to
 * another ("rose for A (3%) and fell for B (") gives each bracket the verb before it, not the first.
 * A later verb of pace does not take over ("grew faster in 2031 (1.4%), after slowing in 2030 ("):
 * its bracket is the rate the pace names, not the size of a fall.
 * @example lastGoverning('sales rose for A (3%) and fell for B (')?.[1] // 'fell'
 */
function lastGoverning(lead: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  GOVERNING_EVERY_RE.lastIndex = 0;
  for (
    let next;
    (next = GOVERNING_EVERY_RE.exec(lead));
    GOVERNING_EVERY_RE.lastIndex = next.index + 1
  )
    if (!found || !PACE_VERB_RE.test(next[1]!)) found = next;
  return found;
}
/** A verb of the pace of a change: "slowed", "slowing", "accelerated". */
const PACE_VERB_RE = /^(?:slow|decelerat|accelerat)/i;
/** VERB_LIST_BRACKET_BEFORE_RE, tried from each later start in turn (its look-behind still sees
 *  the whole lead). */
const GOVERNING_EVERY_RE = new RegExp(VERB_LIST_BRACKET_BEFORE_RE.source, 'gi');

/** An exact percent in brackets after a share in words: " (46%)". */
const BRACKETED_PERCENT_RE =
  /^\s*\(\s*(?:about\s+|around\s+|some\s+)?\d+(?:[.,]\d+)?\s?(?:%|per\s?cent\b)\s*\)/i;
/** Before a bracketed percent: the share in words it makes exact ("almost half of it (46%)"). */
const FRACTION_BEFORE_BRACKET_RE =
  /\b(?:half|(?:one|a|two)\s+(?:third|quarter|fifth)s?|three\s+quarters)\s+of\s+[\w'’ -]{1,40}?\(\s*(?:about\s+|around\s+|some\s+)?$/i;

/** Between a range's high end and the next number: a short qualifier, a conjunction and "by", its
 *  hedge kept: " under Option C and by about ", " in 2033 and by " (v235). */
const RANGE_THEN_BY_RE =
  /^\s*(?:%|per\s?cent|percent)?[^.;:%\d()]{0,60}?\b(?:and|or)\s+by\s+(?:(?:about|around|some|nearly|almost|roughly|approximately)\s+)?$/i;
/** Between the level a change reached and the next number in points: a conjunction, and the next
 *  subject with its "by" ("…, and the lending rate by "; "down 20 bp to 3.5%, and 10 bp"). */
const LEVEL_THEN_BY_RE =
  /^\s*,?\s*(?:and|while|with)\s+(?:(?:the\s+|its\s+)?[A-Za-z'’ -]{1,50}?\s+by\s+|by\s+)?$/i;
/** Between a change and the next number, the level the change reached, then the next subject
 *  alone, its verb left out with no "by": " to NT$717.2 billion and the budget for primary care
 *  clinics ", " to $410 million and those on copper " (no verb of being, having or making up in the
 *  subject, which would give the number a verb of its own). */
const REACHED_THEN_SUBJECT_RE =
  /^\s+to\s+(?:about\s+|around\s+)?(?:[A-Z]{0,3}[$€£¥₹]\s?|[A-Z]{2,3}\s)?\d[\d.,]*(?:\s*(?:million|billion|trillion|thousand|crore|lakh|bn|m)\b)?\s*,?\s*and\s+(?:the|its|their|those|that)\s+(?:(?!(?:is|are|was|were|be|been|has|have|had|will|would|may|can|could|should|took|takes|take|make|makes|made|account|accounts|accounted|goes|go|went)\b)[A-Za-z'’-]+\s+){1,7}$/i;
/** Right after a percent, the level its change reached: " to NT$194.6 billion", " to £64 million". */
const REACHED_AFTER_RE = /^\s+to\s+(?:about\s+|around\s+)?(?:[A-Z]{0,3}[$€£¥₹]|[A-Z]{2,3}\s)?\d/;

/** Right before a bare percent, an earlier period set against a change, named by its span, then
 *  ", which was": "little changed from the 12-month period ended March 2030, which was ", "down from
 *  the year to June, which was ". Not "from the level of the period …", a level's noun. */
const PERIOD_WHICH_WAS_BEFORE_RE =
  /\b(?:from|with)\s+the\s+(?:(?:same|previous|prior|preceding|\d{1,2}-month|twelve-month|three-month)\s+){0,2}(?:period|year|quarter)\s+(?:ending|ended|to|through)\s+[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?\s*,\s+which\s+was\s+(?:(?:about|around|nearly|almost|roughly|just)\s+)?$/;

function* percentages(s: string, context: SentenceContext): Generator<Match> {
  let previous: Match | undefined;
  /** The items of a ranking ("followed by B at …"), whose next item continues it. */
  const ranked = new Set<Match>();
  // The parts a change was broken into after ", with" or ", of which" (breakdown.ts, v284).
  const parts = new Set<Match>();
  let partNow = false;
  /** The items of a list of shares that leave out the first item's whole ("24 percent from B"). */
  const wholeLeftOutItems = new Set<Match>();
  /** The levels of a survey's balance, whose "from" level is one too. */
  const balances = new Set<Match>();
  /** The figure before `previous`: the change whose level `previous` may be. */
  let beforePrevious: Match | undefined;
  /** Where the number of the figure before starts. */
  let previousNumber = 0;
  /** The last figure outside brackets, which a number after a bracketed aside continues. */
  let outer: Match | undefined;
  let outerNumber = 0;
  // How many brackets are open at a position, counted once from left to right (numbers come in order).
  let scanned = 0;
  let depth = 0;
  const depthAt = (at: number): number => {
    for (; scanned < at; scanned++) {
      const c = s[scanned];
      if (c === '(') depth++;
      else if (c === ')' && depth > 0) depth--;
    }
    return depth;
  };
  for (const m of s.matchAll(PERCENT_RE)) {
    const start = m.index;
    const end = m.index + m[0].length;
    const after = s.slice(end);
    // A range or points; not a cell with its plus before the next signed cell ("+5.2%-1.6%").
    const signedCells = /^\+.*%$/.test(m[0]) && SIGNED_CELL_AFTER_RE.test(after);
    if ((/^\s*[-–]\s*\d/.test(after) && !signedCells) || /^\s*points?\b/i.test(after)) continue;
    if (readNumber(m[1]!) === undefined) continue;
    // "6.3 per for calendar year 2034 per cent" (a page's typo): a year is never a percent.
    if (YEAR_NAMED_BEFORE_RE.test(s.slice(0, start)) && isYear(m[1]!)) continue;
    const points = POINTS_END_RE.test(m[0]);
    let cue = classify(s, start, end, context.openingSubject);
    if (FRACTION_BEFORE_BRACKET_RE.test(s.slice(0, start)) && /^\s*\)/.test(after)) {
      cue = { ...cue, kind: 'share', guessed: false };
    }
    // "rise by 2.6% in 2031 and 3.3% in 2032", "by 14 % and 9.5 %, respectively": the second
    // number shares the first one's verb.
    let listed: number | undefined;
    // Set when the number borrows the verb of the figure before, whose status it then shares.
    let borrowed = false;
    /** The change before a bracketed aside whose verb a "by" after the aside borrows. */
    let byLender: Match | undefined;
    let rankedNow = false;
    let wholeNow = false;
    if (cue.guessed && previous?.kind === 'change' && sharesVerb(s.slice(previous.end, start))) {
      cue = { ...cue, kind: 'change', prefer: previous.prefer, guessed: false };
      borrowed = true;
      // "decreased by 41.9% and 12.6%": "12.6%" alone would read as a rise, so the stated words
      // run from the verb, which gives the second number its minus too.
      if (previous.prefer === 'down' && !WRITTEN_MINUS_RE.test(m[0])) {
        cue = { ...cue, start: previous.start };
        listed = -ownSize(m);
      }
    }
    // "visits would fall by 35% to 50% under Option C and by about 15% under Option B": a "by"
    // after a conjunction continues the change a range began, whose high end reads as no change of
    // its own; the stated words run from the verb for a fall's minus (v235).
    const rangeHead =
      previous !== undefined &&
      previous.kind !== 'change' &&
      beforePrevious?.kind === 'change' &&
      /^\s*(?:to|-|–)\s*$/i.test(s.slice(beforePrevious.end, previous.start)) &&
      RANGE_THEN_BY_RE.test(s.slice(previous.end, start))
        ? beforePrevious
        : undefined;
    if (cue.guessed && rangeHead) {
      cue = { ...cue, kind: 'change', prefer: rangeHead.prefer, guessed: false };
      borrowed = true;
      if (rangeHead.prefer === 'down' && !WRITTEN_MINUS_RE.test(m[0])) {
        cue = { ...cue, start: rangeHead.start };
        listed = -ownSize(m);
      }
    }
    // "increased by 5.1%, government consumption by 2.8%": the verb is left out but "by" stays;
    // "rose by $117 billion (7.6 percent)": the bracket gives the same change in percent.
    const lead = s.slice(0, start);
    // "lowered the deposit rate by 20 bp to 3.5%, and the lending rate by 10 bp": the level a
    // change reached does not end its list; "by" after the next noun continues the change.
    const reached =
      previous !== undefined &&
      previous.kind !== 'change' &&
      beforePrevious?.kind === 'change' &&
      /^\s+to\s+(?:about\s+|around\s+)?$/i.test(s.slice(beforePrevious.end, previous.start)) &&
      LEVEL_THEN_BY_RE.test(s.slice(previous.end, start))
        ? beforePrevious
        : undefined;
    // "will fall by 1.3% (after 4.2% in 2031) and by 2.4%": past a bracketed aside, a "by" continues
    // the change before the bracket, not the number inside it.
    const aside =
      previous !== undefined &&
      outer !== undefined &&
      outer !== previous &&
      outer.kind === 'change' &&
      depthAt(start) === 0;
    // "was raised 4.7 percent to NT$717.2 billion and the budget for primary care clinics 4.4 percent
    // to NT$194.6 billion": the next subject, its verb left out with no "by", takes the change the
    // same way when it too reaches a level.
    const reachedBare =
      previous?.kind === 'change' &&
      REACHED_THEN_SUBJECT_RE.test(s.slice(previous.end, start)) &&
      REACHED_AFTER_RE.test(after)
        ? previous
        : undefined;
    // A fall's stated words would have to run from its verb over the level between, so only a rise
    // is read this way.
    if (cue.guessed && reachedBare && reachedBare.prefer !== 'down') {
      cue = { ...cue, kind: 'change', prefer: reachedBare.prefer, guessed: false };
      borrowed = true;
    }
    const byFrom = aside ? outer : previous?.kind === 'change' ? previous : reached;
    const elided =
      byFrom !== undefined && (ELIDED_BY_RE.test(lead) || (byFrom === reached && points));
    if (elided && aside) byLender = outer;
    // "slipped to 61.2% (61.9% a month before": a bracket right after a level a verb of
    // change reached gives that level's earlier readings, not the change.
    const levelBracket =
      previous?.kind === 'share' && /^\s*\(\s*$/.test(s.slice(previous.end, start));
    // "is, however, up slightly (nearly 4.3%)": a linking aside before the change word and a hedge
    // inside the bracket leave the bracket the change's.
    const bracketLead = lead
      .slice(-100)
      .replace(LINKING_ASIDE_RE, ' ')
      .replace(BRACKET_HEDGE_END_RE, '(');
    const bracketed =
      (CHANGE_BRACKET_BEFORE_RE.test(bracketLead) && !levelBracket) ||
      (previous?.kind === 'change' && LISTED_BRACKET_BEFORE_RE.test(lead.slice(-80))) ||
      (previous?.kind === 'change' && SEMICOLON_ITEM_BRACKET_RE.test(s.slice(previous.end, start)));
    if (cue.guessed && (elided || bracketed)) {
      const from = elided ? byFrom : previous;
      cue = { ...cue, kind: 'change', prefer: from?.prefer, guessed: false };
      borrowed ||= elided;
      // "fell by 2.1% … and imports by 0.3%": the left-out verb's minus, read from its words. A
      // number joined to a word between ("on the 7-year tranche and by 37.5 basis points") stops
      // the words being read back, so the change keeps its own words there (v156).
      if (
        elided &&
        from?.prefer === 'down' &&
        !WRITTEN_MINUS_RE.test(m[0]) &&
        !/\b\d+(?:\.\d+)?-[a-z]/i.test(s.slice(from.end, start))
      ) {
        cue = { ...cue, start: from.start };
        listed = -ownSize(m);
      }
    }
    // "will rise by about $24 (2.2 per cent) in the metropolitan area and by about $71 (6.3 per
    // cent) in regional areas": a "by" after a conjunction gives the change before it another part,
    // its verb left out, and the bracket after that part's amount is the same change in percent. A
    // fall's stated words would have to run from its verb over the amounts between, so only a rise
    // is read this way (v160).
    if (
      cue.guessed &&
      previous?.kind === 'change' &&
      previous.prefer !== 'down' &&
      /^\s*\)/.test(after) &&
      ELIDED_BY_AMOUNT_BRACKET_BEFORE_RE.test(lead.slice(-100))
    ) {
      cue = { ...cue, kind: 'change', prefer: previous.prefer, guessed: false };
      borrowed = true;
    }
    // "down 6 points (2.3 percent)": the bracket restates a change in index points, whatever level
    // verb came before ("averaged 250, down 6 points (2.3 percent)"); the stated words run from the
    // change word, so the validator reads its sign back.
    // "rose 2.4 percent over the year, little changed from the 12-month period ending March 2030,
    // which was 2.3 percent": the earlier period a change is set against, named by its span, is
    // that period's change, as "the March 2030 increase, which was" is.
    if (cue.guessed && previous?.kind === 'change' && PERIOD_WHICH_WAS_BEFORE_RE.test(lead)) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false };
    }
    // "up $61 million (29 percent)": the same for a changed amount after a bare up or down.
    const inIndexPoints =
      POINTS_BRACKET_BEFORE_RE.exec(lead.slice(-80)) ??
      AMOUNT_BRACKET_BEFORE_RE.exec(lead.slice(-80));
    if (inIndexPoints && !points) {
      const prefer = DECREASE.test(inIndexPoints[1]!) ? 'down' : 'up';
      cue = { ...cue, kind: 'change', prefer, guessed: false, weak: undefined };
      // A rise needs no words for its sign, so the amount before it ("rose by $8.2 billion (5.6
      // percent)") stays a figure of its own; a fall's words run from its verb for the minus, and
      // only its own number must not overlap the amount.
      if (prefer === 'down' || !AMOUNT_BRACKET_BEFORE_RE.test(lead.slice(-80)))
        cue = { ...cue, start: start - inIndexPoints[0].length };
      if (prefer === 'down' && !WRITTEN_MINUS_RE.test(m[0])) listed = -ownSize(m);
    }
    // "the largest increase … amounted to $640.5 million (13.5 percent)", "the largest decline was
    // recorded in …, which were valued at $520 million (47.5 percent)": a bare percent in brackets
    // after the sum of a change its sentence names as its subject is that change, signed by the noun.
    const namedChange =
      !inIndexPoints && !points && /^\s*\)/.test(after)
        ? CHANGE_NOUN_AMOUNT_BRACKET_RE.exec(lead.slice(-300))
        : null;
    if (namedChange) {
      const prefer = DECREASE.test(namedChange[1]!) ? 'down' : 'up';
      cue = { ...cue, kind: 'change', start, prefer, guessed: false, weak: undefined };
      // A fall's words run from its noun, so the validator reads the minus back.
      if (prefer === 'down' && !WRITTEN_MINUS_RE.test(m[0])) {
        cue = { ...cue, start: lead.length - lead.slice(-300).length + namedChange.index };
        listed = -ownSize(m);
      }
    }
    // "trailed by a drop of EUR 2.4 trillion in the region (nearly 4.1%)": a bare percent in
    // brackets after the sum of a change its noun names is that change in percent, signed by the
    // noun; the stated words run from the noun, so the validator reads a fall's minus back.
    const sumChange =
      !inIndexPoints && !namedChange && !points && /^\s*\)/.test(after)
        ? CHANGE_SUM_BRACKET_BEFORE_RE.exec(lead.slice(-160))
        : null;
    if (sumChange && !WRITTEN_MINUS_RE.test(m[0])) {
      const prefer = DECREASE.test(sumChange[1]!) ? 'down' : 'up';
      cue = { ...cue, kind: 'change', start, prefer, guessed: false, weak: undefined };
      if (prefer === 'down') {
        cue = { ...cue, start: lead.length - lead.slice(-160).length + sumChange.index };
        listed = -ownSize(m);
      }
    }
    // "contracted by 0.3% (annual rate 1.2%)", "real output slid 2.6% in the half (at an annual rate
    // of 0.7%)": the same fall told at an annual rate takes its sign; the stated words run from
    // the fall's word, so the validator reads the minus back. A rise keeps the old reading.
    const annualised =
      /^\s*\)/.test(after) && !WRITTEN_MINUS_RE.test(m[0])
        ? ANNUAL_RATE_BRACKET_BEFORE_RE.exec(lead.slice(-200))
        : null;
    if (annualised && DECREASE.test(annualised[1]!)) {
      const from = lead.length - lead.slice(-200).length + annualised.index;
      cue = {
        ...cue,
        kind: 'change',
        start: from,
        prefer: 'down',
        guessed: false,
        weak: undefined,
      };
      listed = -ownSize(m);
    }
    // "grew in Africa (9.4 percent), Oceania (4.0 percent)": one verb, a bracket per name.
    // A period between the verb and its list does not end it: "increases since May 2031 were A (".
    const governing = lastGoverning(withoutPeriods(lead.slice(-200)));
    if (cue.guessed && governing) {
      const prefer = DECREASE.test(governing[1]!) ? 'down' : 'up';
      cue = { ...cue, kind: 'change', prefer, guessed: false };
    }
    // "the economies forecast to grow fastest are A (6.1%), B (5.4%)", "the top performers were A
    // (": a lead-in that names growth or performance with a noun or participle heads growth rates.
    if (
      !governing &&
      (cue.guessed || (cue.kind === 'share' && !cue.object)) &&
      /\(\s*$/.test(lead) &&
      GROWTH_LIST_BRACKET_BEFORE_RE.test(withoutPeriods(lead.slice(-400)))
    ) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
    }
    // A fall ("decreased in A (3%), B (2%)", "is down with A (34.7%)"): the stated words run from
    // its verb, so the reader gives each bracketed number its minus.
    if (
      governing &&
      cue.kind === 'change' &&
      /^\s*\)/.test(after) &&
      listed === undefined &&
      DECREASE.test(governing[1]!) &&
      !WRITTEN_MINUS_RE.test(m[0])
    ) {
      cue = { ...cue, start: Math.max(0, lead.length - 200) + governing.index, prefer: 'down' };
      listed = -ownSize(m);
    }
    // "decided to reduce the reserve ratio to 3.5%, in two equal steps of 25 basis points each":
    // each step of a change goes the verb's way; a cut's stated words run from its verb, so the
    // reader gives the step its minus.
    const steps = points && listed === undefined ? STEPS_OF_BEFORE_RE.exec(lead) : null;
    if (steps && DECREASE.test(steps[2]!) && !WRITTEN_MINUS_RE.test(m[0])) {
      const from = lead.length - steps[1]!.length;
      cue = { ...cue, kind: 'change', start: from, prefer: 'down', guessed: false };
      listed = -ownSize(m);
    }
    // "more firms plan to cut their spending (33%) than raise it (22%)": the asked group counted by
    // its answer; each bracket is a share of those asked, counted now, whatever the verb.
    if (
      cue.kind === 'change' &&
      /\(\s*$/.test(lead) &&
      COUNTED_ANSWER_BRACKET_BEFORE_RE.test(lead.slice(-200))
    ) {
      cue = { ...cue, kind: 'share', start, prefer: undefined, status: 'actual', guessed: false };
      cue.weak = undefined;
      listed = undefined;
    }
    // "a decrease of 131 million dollars or 6.9%": the percent restates the change. Its stated
    // words stay the percent alone (the amount is its own figure), so a person sets the sign.
    // "rose to 17.1 million, but only 7.4 million members, or 43 percent": a clause that opens
    // after the change ("but", "while") names its own count, which the percent restates as a part.
    const recent = lead.slice(-80);
    const restated = CHANGE_OR_BEFORE_RE.exec(recent);
    if (cue.guessed && restated && !NEW_CLAUSE_BETWEEN_RE.test(restated[0])) {
      const prefer = DECREASE.test(restated[1]!) ? 'down' : 'up';
      cue = { ...cue, kind: 'change', prefer, guessed: false };
      // A fall restated: the stated words run from the change word, as in a list, so the
      // validator reads the minus back; only the percent itself must not overlap the amount.
      if (prefer === 'down' && !WRITTEN_MINUS_RE.test(m[0])) {
        cue = { ...cue, start: lead.length - recent.length + restated.index };
        listed = -ownSize(m);
      }
    }
    // "exceeding its target of P93.860 billion by P3.552 billion, or 3.8 percent": the percent
    // restates the outturn's distance from its plan, a change; one that fell short is a fall, its
    // stated words run from the verb so the validator reads the minus back.
    const passed =
      cue.kind === 'share' && !points ? PLAN_DISTANCE_OR_BEFORE_RE.exec(lead.slice(-200)) : null;
    if (passed && !WRITTEN_MINUS_RE.test(m[0])) {
      const prefer = /short|miss|under/i.test(passed[1]!) ? 'down' : 'up';
      cue = { ...cue, kind: 'change', prefer, guessed: false, weak: undefined };
      if (prefer === 'down') {
        cue = { ...cue, start: lead.length - lead.slice(-200).length + passed.index };
        listed = -ownSize(m);
      }
    }
    // "despite steep falls in sales, i.e. 12.4 % and 21.5 %": the numbers after "i.e." or "namely"
    // are the sizes of the change the noun before it names, with its sign; the stated words run
    // from the noun, so the validator reads the minus back.
    const spelled = points ? null : CHANGE_NOUN_IE_BEFORE_RE.exec(lead.slice(-160));
    if (spelled && listed === undefined && !WRITTEN_MINUS_RE.test(m[0])) {
      const prefer = DECREASE.test(spelled[1]!) ? 'down' : 'up';
      cue = { ...cue, kind: 'change', prefer, guessed: false, weak: undefined };
      if (prefer === 'down') {
        cue = { ...cue, start: lead.length - lead.slice(-160).length + spelled.index };
        listed = -ownSize(m);
      }
    }
    // "increases of 10.9, 10.2 and 7.7 percent": the last number of a list of bare numbers has the
    // kind the words before the list give (see sharedPercentLists).
    const bareList = cue.guessed ? SHARED_PERCENT_LIST_BEFORE_RE.exec(lead) : null;
    if (bareList && !REFERENCE_BEFORE_RE.test(lead.slice(0, bareList.index))) {
      const head = settled(classify(s, bareList.index, bareList.index + 1));
      if (head.kind === 'change' && !head.guessed) {
        cue = { ...cue, kind: 'change', prefer: head.prefer, guessed: false, weak: undefined };
        if (head.prefer === 'down' && !WRITTEN_MINUS_RE.test(m[0])) {
          cue = { ...cue, start: head.start };
          listed = -ownSize(m);
        }
      }
    }
    // "at 1.1 per cent on the quarter before (was 0.9%)": an earlier reading of the same
    // measure, so the same kind (its sign is its own).
    if (
      cue.guessed &&
      previous?.kind === 'change' &&
      EARLIER_VALUE_BRACKET_BEFORE_RE.test(lead) &&
      gapped(s.slice(previous.end, lead.lastIndexOf('(')))
    ) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
    }
    // "grow by 2.9% …, well below long-run averages of around 3.75%", "a 1.0% increase, down from
    // the previous estimate of 3.4%": like is compared with like. "grow 3.5% in 2022 before slowing
    // to 1.0%": a participle's subject is its clause's, so the level it reaches is the same rate.
    const between = previous ? s.slice(previous.end, start) : '';
    // "wage growth is 5%, while unemployment stayed at a record low of 6.4%": a level noun nearer
    // than the change before names what the number measures.
    const levelSubject =
      cue.weak?.kind === 'share' && previous !== undefined && cue.weak.at >= previous.end;
    // "going down by more than 12% in 2029 and more than 25% since 2027": a bound after "and" is
    // the list's next member, hedged as the first was, no comparison (the list below signs it).
    const listedBound =
      LISTED_BOUND_END_RE.test(between) &&
      !COMPARED_BETWEEN_RE.test(between.replace(LISTED_BOUND_END_RE, ' '));
    // "Revenue climbed 6.1%, while the load factor eased from 84%": a clause of its own after the
    // change, whose subject names no change, sets its level against nothing before.
    const joined = [...('0' + between).matchAll(JOINED_CLAUSE_RE)].at(-1);
    const ownClause =
      joined !== undefined &&
      JOINED_LEVEL_PATH_RE.test(between.slice(joined.index + joined[0].length - 1)) &&
      measureKind(joined[1]!.replace(/\s+\S+$/, '')) !== 'change';
    const comparedChange =
      previous?.kind === 'change' &&
      cue.guessed &&
      !levelSubject &&
      !ownClause &&
      COMPARED_BETWEEN_RE.test(between);
    if (
      previous?.kind === 'change' &&
      ((cue.guessed &&
        !levelSubject &&
        !ownClause &&
        ((COMPARED_BETWEEN_RE.test(between) && !listedBound) || cameFrom(s, previous, between))) ||
        (cue.kind === 'share' && !cue.object && PARTICIPLE_TO_BETWEEN_RE.test(between)))
    ) {
      cue = { ...cue, kind: 'change', guessed: false };
    }
    // "accounting for 20% of world gains this year, compared to 65% in 2030": a bare percent set
    // against a share of a named whole is that share in another period, whatever growth the
    // subject names; "compared with 8 percent growth" names its own measure.
    if (
      cue.guessed &&
      previous?.kind === 'share' &&
      previous.object !== undefined &&
      /^\s*(?:\(|,\s*)?(?:compared\s+(?:with|to)|against|versus)\s+(?:(?:about|around|nearly|almost|some|just|only|roughly)\s+)?$/i.test(
        s.slice(previous.end, start).replace(/^[^,(]*/, ''),
      ) &&
      !/^\s*(?:%|per\s?cent|percent)?\s*(?:growth|increase|rise|fall|decline|gains?|change)\b/i.test(
        s.slice(end),
      )
    ) {
      cue = { ...cue, kind: 'share', guessed: false, weak: undefined };
    }
    // "Imports surged 12.3%, exports 4.1%", "rose 0.3% in the month and 3.8% over the year", "rose
    // 2.9% in October, after 3.1% in September": a number with no word of its own, and none of
    // another kind since the change before it (no verb, no subject, no other number), continues
    // that change: its verb is left out, so it takes the verb's direction too.
    // "fell by 2.1% m-o-m and 4.4% y-o-y": the second number's own base is no subject of another
    // measure, when the first's base alone stands between them.
    const basePair = BASE_TAG_AND_BETWEEN_RE.test(between);
    const nearerSubject =
      cue.weak !== undefined &&
      cue.weak.at >= (previous?.end ?? 0) &&
      !(basePair && cue.weak.kind === 'change' && cue.weak.at === start);
    // A change in points is no list of percents: "fell 0.9 percentage points to 75.1%".
    // …unless the number is in points too: "lowered by 50 basis points in 2035, and 25 basis points
    // in 2036".
    const inPoints =
      !(points && (POINTS_LIST_BETWEEN_RE.test(withoutPeriods(between)) || basePair)) &&
      previous !== undefined &&
      POINTS_END_RE.test(s.slice(previous.start, previous.end));
    // "rose EUR 48 million (17 percent) in value, and 9 percent in quantity": the bracket that
    // holds the change before closes first, and what follows it may still leave out the verb.
    const open = previous ? s.lastIndexOf('(', previous.end) : -1;
    const closesOwnBracket =
      previous !== undefined &&
      open >= previous.start - 1 &&
      !s.slice(open, previous.end).includes(')') &&
      /^\s*\)/.test(between);
    if (
      cue.guessed &&
      previous?.kind === 'change' &&
      !inPoints &&
      !nearerSubject &&
      (gapped(between) ||
        (closesOwnBracket && gapped(between.replace(/^\s*\)/, ' '))) ||
        // "grew by 3.9% (to $15.8 billion) and 2.9% (to $4.8 billion), respectively": a bracket
        // with no percent of its own (the amount the change reached) is an aside the list skips.
        (depthAt(start) === 0 &&
          /^[^()]*\([^()]*\)[^()]*$/.test(between) &&
          gapped(between.replace(/\([^()]*\)/, ' '))))
    ) {
      // "0.6% lower than the 2015-2024 average of 2.9%": the base a comparison is made with is the
      // same measure, but the comparative's direction is not its own.
      // So is the base right after a comparative that ends the change ("3.4 percentage points
      // below the 8.2 per cent"): no second member of the change's list.
      const comparedBase =
        /\bthan\b/i.test(between.replace(LISTED_BOUND_END_RE, ' ')) ||
        (COMPARATIVE_END_RE.test(s.slice(previous.start, previous.end)) &&
          /^\s+(?:the\s+|its\s+|their\s+)?$/i.test(between));
      cue = {
        ...cue,
        kind: 'change',
        prefer: comparedBase ? undefined : previous.prefer,
        guessed: false,
        weak: undefined,
      };
      borrowed = true;
      if (previous.prefer === 'down' && !comparedBase && !WRITTEN_MINUS_RE.test(m[0])) {
        cue = { ...cue, start: previous.start };
        listed = -ownSize(m);
      }
    }
    // A listed bound the list did not take (another word between) stays a change, as any
    // comparison with the change before is.
    if (comparedChange && listedBound && cue.guessed) {
      cue = { ...cue, kind: 'change', guessed: false };
    }
    // "glass led the gains with 121%, and timber held the third spot with 52%": a place in
    // the ranking, whatever its verb, names no measure of its own; the item continues the change.
    if (
      cue.guessed &&
      previous?.kind === 'change' &&
      !inPoints &&
      RANKED_PLACE_BETWEEN_RE.test(between)
    ) {
      cue = { ...cue, kind: 'change', prefer: previous.prefer, guessed: false, weak: undefined };
      borrowed = true;
      if (previous.prefer === 'down' && !WRITTEN_MINUS_RE.test(m[0])) {
        cue = { ...cue, start: previous.start };
        listed = -ownSize(m);
      }
    }
    // "Arland with 3.8%, Brenmoor with 3.9% and Cestia with 4.1% were the divisions with the slowest
    // yearly rises": items listed with their numbers first, then the rise that governs them.
    if (cue.guessed && /\bwith\s+$/i.test(lead) && WITH_LIST_THEN_RISE_AFTER_RE.test(after)) {
      cue = { ...cue, kind: 'change', prefer: 'up', guessed: false, weak: undefined };
    }
    // "falls of 4.1% in textiles (2.3% up when jewellery is left out), 6.2% in leather": an aside in
    // brackets with its own verb does not end the list; the number after it continues the change
    // before the bracket.
    let lender: Match | undefined;
    if (
      cue.guessed &&
      previous !== undefined &&
      outer !== undefined &&
      outer !== previous &&
      outer.kind === 'change' &&
      depthAt(start) === 0 &&
      gapped(s.slice(outer.end, start).replace(/\([^()]*\)/g, ' '))
    ) {
      cue = { ...cue, kind: 'change', prefer: outer.prefer, guessed: false, weak: undefined };
      lender = outer;
      borrowed = true;
      if (outer.prefer === 'down' && !WRITTEN_MINUS_RE.test(m[0])) {
        cue = { ...cue, start: outer.start };
        listed = -ownSize(m);
      }
    }
    // "lifted its growth forecast from 3.1% to 3.4%", "a slowdown in real GDP from 4.9% in 2031 to
    // 3.6%": the two ends of a from/to pair are levels of one measure, so the second is of the
    // first's kind (a growth rate's levels are changes).
    if (
      previous?.kind === 'change' &&
      cue.kind === 'share' &&
      !cue.object &&
      /^\s+(?:(?:in|during|for)\s+(?:[\w-]+\s+){1,3}?)?to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i.test(
        between,
      ) &&
      /\bfrom\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?$/i.test(s.slice(0, previousNumber))
    ) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
    }
    // "the decrease in household spending widened from 6.1% to 8.7%": both ends are the fall's size,
    // so the second takes the minus too, its stated words running from the noun.
    if (
      previous?.kind === 'change' &&
      FALL_SIZE_GREW_BEFORE_RE.test(s.slice(previous.start, previousNumber)) &&
      listed === undefined &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      /^\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i.test(between) &&
      /\bfrom\s+$/i.test(s.slice(0, previousNumber))
    ) {
      cue = {
        ...cue,
        kind: 'change',
        start: previous.start,
        prefer: 'down',
        guessed: false,
        weak: undefined,
      };
      listed = -ownSize(m);
    }
    // "projected at 7.0 per cent, with Q1 at 7.3 per cent; Q2 at 6.6 per cent; and Q3 at 7.1 per
    // cent": an item of a semicolon list built like the one before it ("<label> at N") is the same
    // measure, so it takes that item's kind and status.
    // "raised it for 2035 to 2.6% (up from 2.2%) and for 2036 to 2.4%": the item before a bracket
    // of its own is the one this number's item is built like.
    const inAside = previous !== undefined && outer !== undefined && outer !== previous;
    const head = inAside ? outer : previous;
    const headNumber = inAside ? outerNumber : previousNumber;
    const headGap = inAside ? s.slice(outer!.end, start).replace(/\([^()]*\)/g, ' ') : between;
    const parallel = PARALLEL_ITEM_BETWEEN_RE.exec(headGap);
    if (
      head !== undefined &&
      parallel &&
      (cue.guessed || (cue.kind === 'share' && !cue.object)) &&
      new RegExp(
        String.raw`\b${parallel[1]}\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$`,
        'i',
      ).test(s.slice(0, headNumber))
    ) {
      cue = { ...cue, kind: head.kind, prefer: undefined, guessed: false, weak: undefined };
      borrowed = true;
      lender = head;
    }
    // "to 2.6% in 2031 and to 2.0% in 2032": an item that repeats the preposition of the one before
    // after its period is the same measure.
    const repeated = /^\s+(?:in|for)\s+(?:19|20)\d\d\s*,?\s+and\s+(to|at)\s+$/i.exec(between);
    if (
      previous !== undefined &&
      repeated &&
      (cue.guessed || (cue.kind === 'share' && !cue.object)) &&
      new RegExp(String.raw`\b${repeated[1]}\s+$`, 'i').test(s.slice(0, previousNumber))
    ) {
      cue = { ...cue, kind: previous.kind, prefer: undefined, guessed: false, weak: undefined };
    }
    // "the economies that will grow the fastest are A, at 6.4 percent, B, at 6 percent, and C, at
    // 5.8 percent": items after "at" under a lead-in that names growth are growth rates, and each
    // after the first has the first's status (", and C" is no clause of its own).
    if (
      (cue.guessed || (cue.kind === 'share' && !cue.object)) &&
      /\b(?:at|with)\s+(?:about\s+|around\s+)?$/i.test(lead) &&
      GROWTH_LIST_AT_BEFORE_RE.test(withoutPeriods(lead.slice(-400)))
    ) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
      if (previous?.kind === 'change' && LIST_ITEM_AT_BETWEEN_RE.test(between)) {
        borrowed = true;
        lender = previous;
      }
    }
    // "… A (6.1%), B (5.4%), and C at 5.0%": the last item of a bracketed list written with "at"
    // is an item of the same list, with its kind and status.
    if (
      previous !== undefined &&
      (cue.guessed || (cue.kind === 'share' && !cue.object)) &&
      LIST_TAIL_AT_BETWEEN_RE.test(between)
    ) {
      cue = { ...cue, kind: previous.kind, prefer: undefined, guessed: false, weak: undefined };
      borrowed = true;
      lender = previous;
    }
    // "the largest rise in output was in A at 8.4 percent, followed by B at 7.9 percent, C at 7.1
    // percent and D also at 6 percent": the items that a ranking puts after its lead take the
    // lead's measure and status, whatever the place names between them.
    if (
      previous !== undefined &&
      (cue.guessed || (cue.kind === 'share' && !cue.object)) &&
      (RANKED_FIRST_BETWEEN_RE.test(between) ||
        (ranked.has(previous) && RANKED_NEXT_BETWEEN_RE.test(between)))
    ) {
      cue = { ...cue, kind: previous.kind, prefer: undefined, guessed: false, weak: undefined };
      borrowed = true;
      lender = previous;
      rankedNow = true;
    }
    // "the fastest growing region, exceeding the global average of 3%": the average a growth rate
    // is compared with is a growth rate too; "unemployment below the average of 6%" stays a level.
    // So is a target named after growth ("for the economy to grow by 6.8 percent … the target of
    // 6 percent"); "the deficit target of 3 percent" stays a level. So is the rate that makes a
    // member the fastest- or slowest-growing one ("the fastest-growing region, at 5.6 per cent").
    // An item a ranking put after its lead took the lead's measure above, whatever grows before it.
    if (
      (cue.guessed || (cue.kind === 'share' && !cue.object && !rankedNow)) &&
      (measuredGrowth(lead) || FASTEST_GROWING_AT_BEFORE_RE.test(lead))
    ) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
    }
    // What the noun bound to the number says it is of (see kind.ts) outranks a guess, a subject
    // and any cue further away: "a fare adjustment of 9.8%" is a change; "the reduced 9 per cent
    // rate" and "a coupon of 4.1%" are levels (read below). Points are changes whatever the noun.
    // So does a change noun heading its subject ("increases in council tax averaged 6.8%"); a
    // fall's stated words run from its noun ("cuts averaging 17 per cent" is -17).
    // "| Segment | Maximum increase |" over "| Free sector | 4.4% |": a column that names a rise
    // holds changes, as a bound noun would say (v211).
    // "| Prevailing retail price (₱) | MRP (₱) | Reduction |" over "| 58.00 | 29.50 | 49% |": a
    // column that names a fall of the prices the table sets holds falls (v271).
    const fallColumn = !points && fallColumnCell(lead);
    const read: KindReading | undefined = points
      ? undefined
      : riseColumnCell(lead) || fallColumn
        ? { kind: 'change', bound: true }
        : percentOf(lead, after, context.changeAcronyms);
    // "For 2035 the caps were 4.7%", "when the rate was 3.8%", "the median is 4.80%", "the 3.9 per
    // cent limit": a bare cap, rate, average or median after a rise named in its sentence or the
    // one before is the rise's, a change, also as the base a gap or an outturn is set against
    // ("0.71 percentage points lower than the 5.33% average", "above the 2.0% cap"; v217).
    const riseOf =
      !points &&
      read === undefined &&
      (riseReferent(lead, after, context.riseBefore, context.riseBoundsBefore) ||
        // "The joint unions sought 8.0%", "the employer's opening offer was 4.0%": the rise a
        // party to a negotiation asks or offers (v260).
        negotiatedRise(lead, after, context.riseBefore === true));
    const of: KindReading | undefined = riseOf ? { kind: 'change', bound: false } : read;
    if (of?.kind === 'change' && (cue.guessed || (cue.kind === 'share' && !cue.object))) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
      if (of.fallAt !== undefined && listed === undefined && !WRITTEN_MINUS_RE.test(m[0])) {
        cue = { ...cue, start: of.fallAt, prefer: 'down' };
        listed = -ownSize(m);
      } else if (fallColumn && listed === undefined && !WRITTEN_MINUS_RE.test(m[0])) {
        cue = { ...cue, prefer: 'down' };
        listed = -ownSize(m);
      }
    }
    // "um 1,7 % zurückgingen": the German fall's word comes after the number, so the stated words
    // run on to it (see ownEnd), which signs them, also where a rise before shares the clause
    // ("legten um 5,1 % zu, während die Bundessteuern um 1,7 % zurückgingen").
    if (
      of?.fallEnd !== undefined &&
      cue.kind === 'change' &&
      cue.prefer !== 'down' &&
      !WRITTEN_MINUS_RE.test(m[0])
    ) {
      cue = { ...cue, start, end: end + of.fallEnd, ownEnd: end, prefer: 'down' };
      listed = -ownSize(m);
    }
    // "a negative contribution to growth of 0.2 percentage points": a contribution that names its
    // direction down is a fall, its stated words run from the direction, which signs them.
    const negative = NEGATIVE_CONTRIBUTION_BEFORE_RE.exec(lead);
    if (
      negative &&
      (cue.kind === 'change' || points) &&
      listed === undefined &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      negative.index < cue.start
    ) {
      cue = { ...cue, start: negative.index, prefer: 'down' };
      listed = -ownSize(m);
    }
    // v74: "shaving 0.3 percentage point off growth", "knocked half a point off GDP", "wiped 2% off
    // output": a verb of taking away, the size, then "off" what it was taken from, is a fall; the
    // stated words run from the verb, which signs them.
    const takenOff = TAKEN_OFF_BEFORE_RE.exec(lead);
    if (
      takenOff &&
      (cue.kind === 'change' || points) &&
      listed === undefined &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      takenOff.index < cue.start &&
      OFF_AFTER_RE.test(after)
    ) {
      const off = OFF_AFTER_RE.exec(after)![0].length;
      cue = { ...cue, start: takenOff.index, end: Math.max(cue.end, end + off), prefer: 'down' };
      listed = -ownSize(m);
    }
    cue = settled(cue);
    // v92: the level a share came from or stands against is a share, whatever change its
    // sentence's subject or a base after it ("a year earlier") would read (comparedLevel).
    if (
      cue.kind === 'change' &&
      !points &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      /^[-–−+]?\d/.test(s.slice(cue.start, cue.end)) &&
      !riseOf &&
      comparedLevel(s, previous, between, after)
    ) {
      cue = { ...cue, kind: 'share', prefer: undefined, guessed: false, weak: undefined };
    }
    // "25 basis points lower than the 9.70% allowed in its last rate case", "1.21 percentage points
    // above the approved level of 8.63 per cent": the base a gap in points is measured from is a
    // level, as points are the distance between two levels (v128).
    if (
      cue.kind === 'change' &&
      !points &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      /^[-–−+]?\d/.test(s.slice(cue.start, cue.end)) &&
      !riseOf &&
      POINTS_GAP_BASE_BEFORE_RE.test(lead.slice(-160)) &&
      !OWN_CHANGE_NOUN_AFTER_RE.test(after)
    ) {
      cue = { ...cue, kind: 'share', prefer: undefined, guessed: false, weak: undefined };
    }
    // "at the repurchase rate plus 12 percentage points, or 19.25% a year", "the deposit facility
    // rate less 50 basis points, or 5.25% per annum", "30 percentage points above their standard
    // rate, to a maximum of 95 per cent": the percent after a margin a formula adds to a rate or
    // takes off it is the rate the formula gives, a level, not the margin restated (v260).
    if (
      cue.kind === 'change' &&
      !points &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      /^[-–−+]?\d/.test(s.slice(cue.start, cue.end)) &&
      MARGIN_LEVEL_BEFORE_RE.test(lead.slice(-200))
    ) {
      cue = { ...cue, kind: 'share', prefer: undefined, guessed: false, weak: undefined };
    }
    // The first number of a sentence whose own clause says nothing takes the kind the text before
    // gave it: a list's lead-in, or the change the sentence before ended on ("It is 3.2% for …",
    // "… lift GDP by 2 per cent. Our commitments will deliver 2.3 per cent").
    if (cue.guessed && !previous) {
      if (context.listChange) {
        const { prefer, status } = context.listChange;
        cue = { ...cue, kind: 'change', prefer, status: cue.status ?? status, guessed: false };
      } else if (
        context.previousChange &&
        (REFERS_BACK_LEAD_RE.test(lead) ||
          EFFECT_BEFORE_RE.test(lead) ||
          (MORE_OF_IT_LEAD_RE.test(lead) && !/^\s+of\b/i.test(after)))
      ) {
        cue = { ...cue, kind: 'change', guessed: false };
      } else if (
        context.earlierChange &&
        cue.weak?.kind !== 'share' &&
        OUTTURN_SUBJECT_BEFORE_RE.test(lead)
      ) {
        // "… inflation is projected to stay within 4 to 6 per cent. Readings have the out-turn
        // falling from 7.1 per cent": the latest reading of the measure named before is that measure.
        cue = { ...cue, kind: 'change', guessed: false };
      } else if (context.headingChange) {
        cue = { ...cue, kind: 'change', guessed: false };
      }
    }
    // No cue on the number decided its kind, and its clause names no measure of its own: the
    // measure it points back to does (see measure.ts). A pronoun subject ("…, but this should edge
    // up to") takes the measure named before it in the sentence; a fronted phrase ("After a peak
    // of 6.1% in 2031, inflation eased") the subject after its comma; a generic subject ("The new
    // forecast stands at") or a verbless item ("Falling to 1.9% in 2034") the measure the sentence
    // or heading before named. A share with no "of" is no cue here: "a slow pace of" is no whole.
    if (cue.guessed || (cue.kind === 'share' && !cue.object)) {
      const clause = clauseLead(lead);
      const pronoun = POINTING_PRONOUN_CLAUSE_RE.exec(clause);
      const ownMeasure = pronoun
        ? (measureKind(lead.slice(0, lead.length - clause.length + pronoun.index)) ??
          context.previousMeasure)
        : FRONTED_BEFORE_RE.test(lead) || FRONTED_AT_BEFORE_RE.test(lead)
          ? measureKind(after.split(/[;:]/)[0]!.split(',').slice(1, 2).join(''), 'first')
          : FRONTED_BARE_BEFORE_RE.test(lead)
            ? (measureKind(after.split(/[;:]/)[0]!.split(',').slice(1, 2).join(''), 'first') ??
              context.previousMeasure ??
              (context.earlierChange ? 'change' : undefined))
            : EARLIER_FORECAST_BEFORE_RE.test(lead)
              ? (measureKind(lead) ?? context.previousMeasure)
              : REVISED_FORECAST_TO_BEFORE_RE.test(lead)
                ? (measureKind(lead) ??
                  (previous?.kind === 'change' && !/[.;:]/.test(between) ? 'change' : undefined))
                : GENERIC_SUBJECT_BEFORE_RE.test(lead) && measureKind(lead) === undefined
                  ? context.previousMeasure
                  : SHARE_NOUN_AFTER_RE.test(after)
                    ? undefined
                    : subjectMeasure(clause);
      // v85: "Headline inflation eased in March. It's now at 2.2 per cent": a subject that only
      // points back, with a predicate of being, is of the measure the sentence before named.
      const measure = comparedLevel(s, previous, between, after)
        ? 'share'
        : (carriedMeasure(clause, after, context.measureBefore) ?? ownMeasure);
      if (measure === 'change') cue = { ...cue, kind: 'change', guessed: false };
      else if (measure === 'share') cue = { ...cue, guessed: false };
    }
    // "After a 3.9% this year, Arland will hit 3.4% in 2032": the main clause after a bare fronted
    // number names no measure of its own, so its number is of the fronted one's measure.
    if (
      (cue.guessed || (cue.kind === 'share' && !cue.object)) &&
      previous?.kind === 'change' &&
      FRONTED_BARE_BEFORE_RE.test(s.slice(0, previous.start)) &&
      between.includes(',') &&
      measureKind(between) === undefined
    ) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
    }
    // "Pay hikes at big firms average 3.4%", "pay rises … have averaged ₩81,200, or 2.61%": a
    // clause whose subject is a change noun gives its average the change's kind.
    if (
      (cue.guessed || (cue.kind === 'share' && !cue.object)) &&
      !points &&
      CHANGE_SUBJECT_AVERAGE_BEFORE_RE.test(clauseLead(lead))
    ) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
    }
    // "After having reached 2.3% in 2030, inflation eased": a fronted participle with no subject
    // of its own is said of the main clause's subject, so the level it reached is of that measure.
    const fronted = FRONTED_LEVEL_PARTICIPLE_AFTER_RE.exec(after);
    if (
      cue.kind === 'share' &&
      !cue.object &&
      !points &&
      fronted &&
      FRONTED_LEVEL_PARTICIPLE_BEFORE_RE.test(lead) &&
      measureKind(fronted[1]!, 'first') === 'change'
    ) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
    }
    // "imports 38 percent of its oil from A, 27 percent from B, 9 percent from C": an item
    // that repeats the first item's place word with no verb or whole of its own leaves its whole
    // out, so it is a share of the first item's whole, with that item's status.
    const wholeLeftOut = ELIDED_WHOLE_ITEM_BETWEEN_RE.exec(between);
    if (
      previous?.kind === 'share' &&
      (previous.object !== undefined || wholeLeftOutItems.has(previous)) &&
      !cue.object &&
      cue.start === start &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      wholeLeftOut &&
      new RegExp(String.raw`^\s+${wholeLeftOut[1]}\s`, 'i').test(after)
    ) {
      cue = { ...cue, kind: 'share', prefer: undefined, guessed: false, weak: undefined };
      borrowed = true;
      lender = previous;
      wholeNow = true;
    }
    // "Trade with rich economies has dropped below 40 percent": a number a measure fell below or
    // rose above is the level it passed, not the size of its change, so the verb alone makes no
    // change of it; the clause's head measure decides ("Inflation fell below 2.4%" is a rate of
    // change). A noun after "with" or "of" is no head ("economies" in "Trade with rich economies").
    if (
      cue.kind === 'change' &&
      !cue.object &&
      !points &&
      LEVEL_PASSED_BEFORE_RE.test(lead) &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      measureKind(headNoun(clauseLead(lead)), 'first') !== 'change'
    ) {
      cue = { ...cue, kind: 'share', prefer: undefined, guessed: false };
    }
    // A bracketed item after a name (GDP "ahead of neighbours like Arland (4.2%) and
    // Brenmoor (2.6%)") is a reading of the measure its sentence named before it; one after an amount
    // ("1.4 trillion (6.9 percent)") is that amount's part of a whole and stays a share.
    // An item a ranking's lead gave its measure ("a 24.31 per cent share …, followed by Rajasthan
    // (17.06 per cent)") keeps it.
    if (
      (cue.guessed || (cue.kind === 'share' && !cue.object && !rankedNow)) &&
      NAMED_BRACKET_BEFORE_RE.test(lead) &&
      /^\s*\)/.test(after) &&
      measureKind(lead) === 'change'
    ) {
      cue = { ...cue, kind: 'change', guessed: false };
    }
    // "by their share of national output, the biggest sectors were: Services (38.12%); Industry (20.64%)":
    // a lead-in that names a share heads the bracketed items of its list, whatever ranks them.
    if (
      cue.kind === 'change' &&
      !points &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      /\(\s*$/.test(lead) &&
      /^\s*\)/.test(after) &&
      SHARE_LIST_LEAD_BEFORE_RE.test(withoutPeriods(lead.slice(-300)))
    ) {
      cue = { ...cue, kind: 'share', start, prefer: undefined, guessed: false, weak: undefined };
    }
    // "Cestia (+2.3%) and Brenmoor (+0.4%) ran a budget surplus", "debt-to-GDP ratios were smallest in
    // Brenmoor (": a name's bracketed percent in a sentence that names a balance or debt and no
    // change is that level, a share, its sign written.
    const listedBalance =
      cue.kind !== 'amount' &&
      !points &&
      !cue.object &&
      NAMED_BRACKET_BEFORE_RE.test(lead) &&
      /^\s*\)/.test(after) &&
      BALANCE_LEVEL_RE.test(s) &&
      !CHANGE_IN_SENTENCE_RE.test(s);
    // "rises were in Cestia (7.2% to 9.8%)": the level a name's bracket starts from (see ranges) is
    // of the measure the level it went to is, and has happened.
    const toLevel = NAME_BRACKET_BEFORE_RE.test(lead)
      ? BRACKET_TO_LEVEL_AFTER_RE.exec(after)
      : null;
    if (toLevel && !points && cue.kind !== 'amount' && RISE_OR_FALL_RE.test(lead)) {
      const at = end + toLevel[0].indexOf(toLevel[1]!);
      const reached = settled(classify(s, at, at + toLevel[1]!.length));
      const kind = !reached.guessed && reached.kind === 'change' ? 'change' : 'share';
      cue = { ...cue, kind, start, prefer: undefined, status: 'actual', guessed: false };
      cue.weak = undefined;
    }
    if (listedBalance) {
      cue = { ...cue, kind: 'share', start, prefer: undefined, guessed: false, weak: undefined };
    }
    // The sign nouns: "showed a plus of 10 percent", "(plus 11 percent)", "a minus of 4 percent",
    // and a number before "variation" are changes, a minus a fall.
    const signNoun = SIGN_NOUN_BEFORE_RE.exec(lead);
    if (
      (signNoun && !cue.object) ||
      ((cue.guessed || (cue.kind === 'share' && !cue.object)) && /^\s+variation\b/i.test(after))
    ) {
      const minus = signNoun && /minus/i.test(signNoun[0]);
      const prefer = signNoun ? (minus ? 'down' : 'up') : cue.prefer;
      // A minus's stated words start at "minus", so its reading carries the sign.
      const from = minus
        ? start - lead.length + signNoun.index + signNoun[0].search(/minus/i)
        : cue.start;
      cue = { ...cue, kind: 'change', prefer, start: from, guessed: false };
    }
    if (points && cue.kind !== 'change') cue = { ...cue, kind: 'change', guessed: false };
    // "lower at 4.2% in 2031 (down from 4.3%)": the value the figure was revised from is an earlier
    // reading of it, with its status (an earlier forecast of a forecast), not the base's "actual".
    if (
      previous &&
      REVISED_FROM_BRACKET_BEFORE_RE.test(lead) &&
      /^\s*\)/.test(after) &&
      gapped(s.slice(previous.end, lead.lastIndexOf('(')))
    ) {
      cue = { ...cue, status: undefined };
      borrowed = true;
    }
    // "the balance of firms expecting higher output rose to +12%", "a weighted balance of -8%": a
    // survey's balance (those who answered up less those who answered down) is a level, a share
    // with its sign, whatever verb took it there; "the net balance rose by 4%" stays a change.
    // "rose to +14% in June, from +6% in March": the level it came from is the same balance's.
    const balance =
      !points &&
      cue.start === start &&
      // "A balance of +15% of firms expect …": the part's whole read with it is the balance's.
      (cue.end === end || /^\s+of\s/.test(s.slice(end, cue.end))) &&
      (surveyBalance(clauseLead(lead)) ||
        (previous !== undefined && balances.has(previous) && CAME_FROM_BETWEEN_RE.test(between)));
    // "The Hiring Index registered 51.6 percent, 0.9 percentage point above the March reading of
    // 50.7 percent", "Export Orders Index at 52.6%": a diffusion index named by its title is
    // read in percent as the share of answers that say "higher" (and half of those that say "the
    // same"), a level whatever verb or comparison stands near it; its moves are in points.
    const reading =
      !points &&
      !balance &&
      cue.start === start &&
      cue.end === end &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      readNumber(m[1]!)! <= 100 &&
      diffusionReading(lead);
    if (reading) {
      cue = { ...cue, kind: 'share', prefer: undefined, guessed: false, weak: undefined };
      listed = undefined;
    }
    if (balance) {
      // What the firms expect is the question they answered; the balance itself is counted now
      // unless its own clause forecasts it ("is expected to reach +20% next quarter").
      const asked = s.replace(ANSWERED_EXPECTING_RE, ' ');
      // "a net balance of +23% plans to expand headcount", "A balance of +15% of firms expect
      // their workforce to grow": the balance that plans or expects is the answer counted now.
      const counted =
        BALANCE_ANSWERS_AFTER_RE.test(after) ||
        (!EXPECTED_RE.test(asked) &&
          !FUTURE_WORD_RE.test(asked) &&
          !/\b(?:could|might|may|should)\b/.test(asked));
      cue = {
        ...cue,
        kind: 'share',
        prefer: undefined,
        guessed: false,
        weak: undefined,
        status: counted || /from\s+$/i.test(lead) ? 'actual' : cue.status,
      };
    }
    // "falls were recorded in the following: tin by 4.2 percent; zinc by 1.1 percent", "the rise in
    // the following branches lifted output: Retail, 2.4 percent; Hotels 3.9 percent": a list after
    // a colon whose lead-in names a change of "the following" gives each item with no verb of its
    // own that change and its direction; a fall's stated words run from its noun, for the minus.
    const colon = lead.lastIndexOf(':');
    const listLead =
      colon >= 0 && !points && cue.start === start && (cue.guessed || !cue.object)
        ? CHANGE_OF_FOLLOWING_LEAD_RE.exec(lead.slice(0, colon))
        : null;
    if (listLead && FOLLOWING_ITEMS_RE.test(lead.slice(colon + 1))) {
      const noun = listLead.groups!.noun ?? listLead.groups!.after!;
      const down = DECREASE.test(noun);
      cue = {
        ...cue,
        kind: 'change',
        prefer: down ? 'down' : 'up',
        guessed: false,
        weak: undefined,
      };
      if (down && !WRITTEN_MINUS_RE.test(m[0])) {
        cue = { ...cue, start: listLead.index + listLead[0].indexOf(noun) };
        listed = -ownSize(m);
      } else if (WRITTEN_MINUS_RE.test(m[0])) cue = { ...cue, prefer: undefined };
    }
    // "Steel output (weight: 17.9 per cent) fell by 3.1 per cent", "with a weight of 6.2%": an
    // item's weight is its part of the index, whatever the subject or the verb after it.
    if (!points && !WRITTEN_MINUS_RE.test(m[0]) && WEIGHT_BEFORE_RE.test(lead.slice(-80))) {
      cue = { ...cue, kind: 'share', start, prefer: undefined, guessed: false, weak: undefined };
      listed = undefined;
    }
    // "21.5 million payments (64.2% of which were online)", "(64.2% online)": the part of the count
    // or sum just named that the bracket's words pick out, a share, whatever the sentence's subject.
    if (
      !points &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      COUNT_BRACKET_BEFORE_RE.test(lead.slice(-80)) &&
      PART_IN_BRACKET_AFTER_RE.test(after)
    ) {
      cue = { ...cue, kind: 'share', start, prefer: undefined, guessed: false, weak: undefined };
      listed = undefined;
    }
    // "achieving a 6.3 percent of positive growth rate": a growth rate after "of" with no article
    // is the measure the percent is, a change (not a part of growth: "40 percent of GDP growth").
    if (cue.kind === 'share' && !points && GROWTH_RATE_OF_AFTER_RE.test(after)) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
    }
    // "a first-year uplift of £96m (2.7%)", "a rise of $40 million (2.1%)": a percent alone
    // in a bracket right after the size of an increase is that increase in percent, a change.
    if (
      !points &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      INCREASE_SUM_BRACKET_BEFORE_RE.test(lead.slice(-120)) &&
      /^\s*\)/.test(after)
    ) {
      cue = { ...cue, kind: 'change', start, prefer: undefined, guessed: false, weak: undefined };
      listed = undefined;
    }
    // "(4.4% in accumulated terms)", "3.2% in cumulative terms": a percent summed over the periods
    // so far is a change, though no verb or noun of change stands beside it.
    if (cue.kind === 'share' && !points && CUMULATIVE_TERMS_AFTER_RE.test(after)) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
    }
    // "fuel imports climbed from 2% to over 6% of GDP": the "from" end of a pair whose "to" end is a
    // ratio to output is that ratio's earlier level, a share, whatever the verb or the subject.
    if (
      cue.kind === 'change' &&
      !points &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      FROM_END_BEFORE_RE.test(lead) &&
      TO_OUTPUT_RATIO_AFTER_RE.test(after)
    ) {
      cue = { ...cue, kind: 'share', start, prefer: undefined, guessed: false, weak: undefined };
      listed = undefined;
    }
    // A level noun bound to the number is read last, so that no subject or context further away
    // turns it into a change. A written sign is left to the sign rules below.
    if (of?.bound && of.kind === 'share' && cue.kind !== 'amount' && !WRITTEN_MINUS_RE.test(m[0])) {
      cue = { ...cue, kind: 'share', start, prefer: undefined, guessed: false, weak: undefined };
      listed = undefined;
    }
    const value = readNumber(m[1]!)!;
    // No share exceeds the whole, falls below nothing or carries a sign: "-6.4%", "(+2.5%)" are
    // changes.
    // A rate's level below zero ("the deposit rate at -0.5%", "minus 0.1 percent") stays a level.
    const rateBelowZero = WRITTEN_MINUS_RE.test(m[0]) && !cue.object && rateLevel(clauseLead(lead));
    // A balance below zero as a share of output ("a deficit target of -5.3% of GDP", "the balance
    // stood at -1.2 % of GDP") is a level too; "-2.5% lower" stays a change.
    const shareBelowZero = WRITTEN_MINUS_RE.test(m[0]) && OF_OUTPUT_AFTER_RE.test(after);
    // "255 percent of GDP", "130% of their 2019 level", "an amount of 300 percent of its quota": a
    // share above the whole that names what it is a ratio to is a ratio, a level the contract
    // charts (src/model/ratioDenominator.ts, as the validator reads it); with no denominator named
    // it is neither a share nor a change.
    const ratio =
      cue.kind === 'share' &&
      value > 100 &&
      ((cue.object !== undefined &&
        ratioDenominator({ stated: s.slice(cue.start, cue.end), after: s.slice(cue.end) }) !==
          undefined) ||
        RATIO_NAMED_BEFORE_RE.test(clauseLead(lead)));
    if (cue.kind === 'share' && value > 100 && cue.object !== undefined && !ratio) continue;
    // "the APR on one-month bills climbed to 118% (209% EAR)", "the policy rate to 133 percent per
    // annum": a rate of interest or return its sentence names is a level above the whole too, no
    // part of one and no ratio (src/model/rateOfInterest.ts, as the validator reads it), not the
    // change a bare share above 100 is read as below. An index or cover above 100 stays no figure.
    const rate =
      cue.kind === 'share' &&
      value > 100 &&
      !ratio &&
      rateOfInterest({ stated: s.slice(start, end), before: lead, after }) !== undefined;
    // "a volume index of 104.9 percent", "the liquidity ratio stood at 142.4 percent": an index or
    // ratio above the whole, with no verb of change, is no figure (nor is the growth it implies).
    // A "ratio" so named in its clause ("the liquidity ratio stood at 142.4 percent") is one, as
    // the validator reads it: a share; an index or a coverage alone names no denominator.
    if (cue.kind === 'share' && value > 100 && INDEX_OR_RATIO_BEFORE_RE.test(lead) && !ratio)
      continue;
    // "the cover ratio went up from 118.4 per cent in May to 118.9 per cent in June": either end of
    // a path that a ratio or index above the whole takes is such a level too, whatever the verb.
    if (value > 100 && RATIO_PATH_BEFORE_RE.test(clauseLead(lead)) && !ratio) continue;
    // "lines per 100 residents stood at 131%", "port-density rose from 104.2 per cent to 106.9 per
    // cent", "card penetration reached 117%": a count per head named before a bare percent above
    // the whole is a ratio whose denominator no "of" after the number names, as the validator
    // reads it, so no figure, as an index is ("117% of the population" names it and stays a share).
    if (
      cue.kind === 'share' &&
      value > 100 &&
      !ratio &&
      !rate &&
      PER_HEAD_BEFORE_RE.test(clauseLead(lead))
    )
      continue;
    // "an attainment rate of 112.4% against a target of Sh8 billion": a bare share above the whole
    // set against a target is how far the target was met, a ratio whose denominator no "of" names,
    // so no figure, as an index is ("112.4% of the target" names it and stays a share).
    if (
      cue.kind === 'share' &&
      value > 100 &&
      !ratio &&
      !rate &&
      AGAINST_TARGET_AFTER_RE.test(after)
    )
      continue;
    // "assets would be 265 percent of yearly cost in 2030 and 132 percent in 2039": a ratio above
    // the whole whose whole the sentence leaves out, after one that names it, is no figure; the
    // validator reads a share above 100 only with its "of …" or a "ratio" in its clause.
    const elidedWhole = ELIDED_WHOLE_BEFORE_RE.exec(lead);
    if (
      cue.kind === 'share' &&
      value > 100 &&
      !ratio &&
      !rate &&
      !cue.object &&
      elidedWhole &&
      readNumber(elidedWhole[1]!)! > 100
    )
      continue;
    if (
      cue.kind === 'share' &&
      ((value > 100 && !ratio && !rate) ||
        (/^(?:\(\s?)?(?:[-–−‑+]|(?:minus|negative)\s)/i.test(m[0]) &&
          !rateBelowZero &&
          !shareBelowZero &&
          !balance &&
          !listedBalance))
    ) {
      cue = { ...cue, kind: 'change' };
    }
    // "the branch posted 3.4%, up from negative 0.8 per cent growth": a number compared with a
    // base named as growth is growth too; "was 5.1%, down from 5.3%" stays a level.
    if (cue.kind === 'share' && !cue.object && GROWTH_BASE_AFTER_RE.test(after)) {
      cue = { ...cue, kind: 'change', guessed: false };
    }
    // "Services contributed 1.3 points, industry 0.2 points … to the 2.2%": the total the parts
    // add up to is the growth they contribute to.
    if (
      (cue.guessed || (cue.kind === 'share' && !cue.object)) &&
      CONTRIBUTED_TO_BEFORE_RE.test(lead)
    ) {
      cue = { ...cue, kind: 'change', prefer: undefined, guessed: false, weak: undefined };
    }
    // "could add as much as 3 per cent to regional output": what a measure adds to output is a
    // change of output, not a share of it; so is what it adds to a price, fare or bill ("will add
    // about 1.6 per cent to the average fare", v230).
    if (
      cue.kind === 'share' &&
      !cue.object &&
      ADD_BEFORE_RE.test(lead) &&
      (TO_OUTPUT_AFTER_RE.test(after) || TO_PRICE_AFTER_RE.test(after))
    ) {
      cue = { ...cue, kind: 'change', prefer: 'up', guessed: false };
    }
    // "resting on a projected 2.3 percent in the fishing sector": a projected number with no
    // noun of its own, in a sector, is that sector's growth; "with 51.8 percent" stays a share.
    if (
      cue.kind === 'share' &&
      !cue.object &&
      PROJECTED_ARTICLE_BEFORE_RE.test(lead) &&
      IN_SECTOR_AFTER_RE.test(after)
    ) {
      cue = { ...cue, kind: 'change', guessed: false };
    }
    // "with declines ranging from 7.9 percent for A to 40.6 percent for B": both ends are changes
    // of the noun's direction; the stated words run from the noun, only the number is its own.
    const ranging = cue.object === undefined ? RANGING_BEFORE_RE.exec(lead) : null;
    if (ranging && listed === undefined) {
      const size = ownSize(m);
      cue = { ...cue, kind: 'change', start: ranging.index, guessed: false, weak: undefined };
      listed = ranging.groups!.down && !WRITTEN_MINUS_RE.test(m[0]) ? -size : size;
    }
    // "Household inflation expectations for one and two years ahead held steady at 3.2% and 3.5%":
    // what people expect a measure to be is an expectation, whatever verb reports the survey.
    if (!points && expectationsSubject(clauseLead(lead))) cue = { ...cue, status: 'expected' };
    // "is expected to climb to 5.5% next year from 5.1% in 2034": the level a measure went to is
    // written first and the one it came from after; the one it came from has happened.
    else if (
      previous !== undefined &&
      previous.kind !== 'amount' &&
      REVERSED_FROM_BETWEEN_RE.test(between) &&
      !REVISED_NOUN_RE.test(clauseLead(s.slice(0, previousNumber)).split(CLAUSE_JOIN_RE).at(-1)!) &&
      /\bto\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i.test(
        s.slice(0, previousNumber),
      )
    )
      cue = { ...cue, status: 'actual' };
    // "wages rose 3.6 percent in September, with the private sector at 3.8 percent and the
    // municipalities at 3.1 percent": the parts of the change before (breakdown.ts, v284).
    partNow =
      previous !== undefined &&
      !points &&
      (cue.guessed || (cue.kind === 'share' && !cue.object)) &&
      ((previous.kind === 'change' && !parts.has(previous) && changePart(between, 'first')) ||
        (parts.has(previous) && changePart(between, 'next')));
    if (partNow) cue = reread(cue, 'change', start, end);
    // v284: "companies with turnover up to ₹ 400 crore pay 25 per cent", the rate a taxpayer pays
    // ("pay 25% more" and "pay 25% of" keep theirs); "lowered its in-quota tariff on frozen pork
    // from 15% to 10%", "LFPR for women rose from 22.6% to 25.1% over the same period", two levels
    // of a level's noun (levelPair.ts): levels, whatever change the subject or a period names.
    if (
      cue.kind === 'change' &&
      !points &&
      !WRITTEN_MINUS_RE.test(m[0]) &&
      ((PAID_RATE_BEFORE_RE.test(lead) && PRESENT_LEVEL_AFTER_RE.test(after)) ||
        (!OWN_CHANGE_NOUN_AFTER_RE.test(after) &&
          (levelFrom(lead, after) ||
            (previous?.kind === 'share' && levelTo(s.slice(0, previousNumber), between)))))
    ) {
      cue = reread(cue, 'share', start, end);
      listed = undefined;
    }
    // "| Effective rate | Change from previous year |" over "| FY2030 | 0.018% | -0.003 percentage
    // points |", "| Monthly rate, banks | 0.0366% |": a pipe column or row that names a level holds
    // levels, and one headed by a change holds changes, whatever else its table names (v284).
    const cellKind = points || cue.kind === 'amount' ? undefined : pipeCellKind(lead);
    if (
      (cellKind === 'share' && cue.kind === 'change') ||
      (cellKind === 'change' && cue.kind === 'share')
    ) {
      cue = { ...reread(cue, cellKind, start, end), object: undefined };
      if (cellKind === 'share' && !WRITTEN_MINUS_RE.test(m[0])) listed = undefined;
    }
    const notes = cue.guessed
      ? ['Kind guessed: the words do not say whether this is a share or a change.']
      : [];
    const match: Match = {
      start: cue.kind === 'change' ? cue.start : start,
      end: cue.end,
      value: listed,
      // "fell by €512 million (-6%)": a change in brackets after an amount, with its own minus,
      // leaves the amount before the bracket to its own reading.
      own:
        listed === undefined && !BRACKET_MINUS_AFTER_AMOUNT_RE.test(s.slice(0, start + 1))
          ? undefined
          : start,
      ownEnd: cue.ownEnd,
      kind: cue.kind,
      prefer: cue.prefer,
      object: cue.object,
      status: cue.status,
      // "will rise 4% in 2034; 5% was recorded in 2032": a number with a verb of its own after it
      // borrows the kind of the change before, not its tense. Nor does "reached 4.3%, close to the
      // target of 4%": the target named right before the number is what it is.
      statusFrom:
        borrowed &&
        (lender ?? byLender ?? previous) &&
        !OWN_VERB_AFTER_RE.test(after) &&
        !AFTER_RECORDING_BEFORE_RE.test(s.slice(0, start)) &&
        !TARGET_OBJECT_BEFORE_RE.test(s.slice(0, start))
          ? ownStart((lender ?? byLender ?? previous)!)
          : undefined,
      notes,
    };
    if (rankedNow) ranked.add(match);
    if (partNow) parts.add(match);
    if (wholeNow) wholeLeftOutItems.add(match);
    if (balance) balances.add(match);
    beforePrevious = previous;
    previous = match;
    previousNumber = start;
    if (depthAt(start) === 0) {
      outer = match;
      outerNumber = start;
    }
    yield match;
  }
}

/** Before a list's colon, a lead-in that names a change of "the following" items: "declines were
 *  recorded in the following", "the rise in the following branches lifted output", "the following
 *  sectors posted gains". Group `noun` (or `after`, in the last form) is the change noun, which
 *  gives the items' direction. */
const CHANGE_OF_FOLLOWING_LEAD_RE = new RegExp(
  String.raw`\b(?<noun>${CHANGE_NOUN})\s+(?:(?:were|was|are|is|have\s+been|has\s+been)\s+(?:also\s+)?(?:noted|recorded|registered|observed|seen|posted|reported)\s+(?:in|among|for|by)\s+|(?:in|among|for|of)\s+)the\s+following\b[^:;.]{0,120}$|\bthe\s+following\s+(?:[\w-]+\s+){0,2}?(?:posted|recorded|registered|showed|saw|had|reported|experienced)\s+(?:[\w-]+\s+){0,2}?(?<after>${CHANGE_NOUN})\b[^:;.\d%]{0,60}$`,
  'i',
);
/** After that colon, items up to a number: a name with "by", a comma or nothing before its number
 *  ("tin by 4.2 percent; zinc by ", "Retail, 2.4 percent; Hotels "), each earlier item with its
 *  number and a few words after it, then ";" or ",". No verb of its own is checked here: the caller
 *  takes only numbers whose own words gave no change. */
const LIST_ITEM_NUMBER = String.raw`\(?\s*(?:(?:negative|minus)\s+|[-–−+]\s?)?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s*\)?`;
const LIST_ITEM_HEAD = String.raw`\s*(?:and\s+)?[^;:,.\d%()]{1,60}?(?:\s+by\s*|\s*,\s*|\s+|\s*\(\s*)`;
const FOLLOWING_ITEMS_RE = new RegExp(
  String.raw`^(?:${LIST_ITEM_HEAD}${LIST_ITEM_NUMBER}[^;:,.\d%()]{0,40}?\s*[;,])*${LIST_ITEM_HEAD}$`,
  'i',
);

/** Between the level a measure went to and the one it came from, written after it: " from ",
 *  " next year from ", " in 2035 from ", " in the third quarter, from ". */
const REVERSED_FROM_BETWEEN_RE =
  /^(?:\s+(?:in|for|during|by|next|this|over)\s+[^,;:\d%()]{0,30}?|\s+(?:in|for|by)\s+(?:19|20)\d\d)?\s*,?\s+from\s+$/i;

/** A forecast noun whose revision a from/to pair may state: "the growth forecast … was trimmed to
 *  1.4 percent from 1.6 percent" (the earlier forecast stays a forecast). */
const REVISED_NOUN_RE =
  /\b(?:forecasts?|projections?|outlook|estimates?|expectations?|guidance|targets?|assumptions?)\b/i;

/** Up to a number's first character: an amount's scale or currency, then a bracket and a minus
 *  ("€512 million (-"). */
const BRACKET_MINUS_AFTER_AMOUNT_RE = /[\p{L}\d]\s?\([-–−]$/u;

/** The end of a change measured against a base: "… points below", "… lower than", "… above". */
const COMPARATIVE_END_RE = /\b(?:below|above|under|over|lower|higher|less|more)(?:\s+than)?\s*$/i;

/** A comma and a conjunction that start a clause of their own: ", and ", ", while ". */
const CLAUSE_JOIN_RE = /,\s+(?:and|while|but|whereas)\s/i;

/** The expectations of a measure named as a subject: "inflation expectations", "households' price
 *  expectations" (not "beat expectations", "market expectations"). */
const EXPECTATIONS_SUBJECT_RE =
  /\b(?:inflation|price|wage|pay|growth|earnings)\s+expectations\b(?!\s+(?:survey|index)\b)/gi;

/**
 * True when a clause's subject is what people expect a measure to be, with no other clause
 * between it and the number.
 * @example expectationsSubject('Household inflation expectations held steady at ') // true
 * @example expectationsSubject('Inflation came in at ') // false
 */
function expectationsSubject(clause: string): boolean {
  if (!/expectations/i.test(clause)) return false;
  const named = [...clause.matchAll(EXPECTATIONS_SUBJECT_RE)].at(-1);
  if (!named) return false;
  const rest = clause.slice(named.index + named[0].length);
  return rest.length <= 120 && !/[,;]\s*(?:and|while|but|whereas)\b/i.test(rest);
}

/** A survey's balance named as the subject: "net balance", "weighted balance", "the balance of
 *  firms expecting …", "Among services firms, the balance". */
const SURVEY_BALANCE_RE = new RegExp(
  String.raw`\b(?:(?:net|weighted)\s+(?:percentage\s+)?balances?|balances?\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${ASKED_GROUP}|${ASKED_GROUP}\s*,?\s+(?:the|their)\s+balances?|(?<=\b(?:An?|an?)\s)balance\s+of(?=\s*$))\b`,
  'gi',
);
/** Right after a balance's percent, its group and the answer it gives: " plans to expand", " of
 *  firms expect their workforce to". What they plan or expect is the question; the balance is
 *  counted now. */
const BALANCE_ANSWERS_AFTER_RE = new RegExp(
  String.raw`^(?:\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?${ASKED_GROUP})?\s+(?:also\s+|still\s+)?(?:plans?|expects?|intends?|anticipates?|foresees?|predicts?|reports?|says?|sees?)\b`,
  'i',
);
/** The question a balance's group answered, with its horizon: "firms expecting", "households
 *  anticipating higher prices over the next three months". */
const ANSWERED_EXPECTING_RE = new RegExp(
  String.raw`\b${ASKED_GROUP}\s+(?:expecting|anticipating|planning|intending|predicting|foreseeing|forecasting)\b(?:(?:\s+(?!(?:is|are|was|were|will|would|rose|fell|over|in|during|within)\b)[\w-]+){0,4}\s+(?:over|in|during|within)\s+the\s+(?:next|coming)\s+(?:[\w-]+\s+)?(?:weeks?|months?|quarters?|years?)\b)?`,
  'gi',
);
/** Between a level and the one it came from: " in the June round, from ", ", up from ". */
const CAME_FROM_BETWEEN_RE =
  /^(?:\s+(?:in|for|during|over)\s+[^,;:\d%]{1,30}?)?\s*,?\s+(?:(?:up|down)\s+)?from\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** Right before a number, a level position: "rose to ", "of ", "stood at ", "was ", "reached ". */
const BALANCE_LEVEL_BEFORE_RE =
  /\b(?:to|at|of|from|was|were|is|are|reach(?:es|ed)?|averaged|showed|registered|recorded|posted)\s+(?:(?:about|around|some|nearly|almost|roughly|just|a\s+record)\s+)?$/i;

/**
 * True when a clause's subject is a survey balance and its number sits where a level does, with no
 * other clause between them.
 * @example surveyBalance('The balance of firms expecting higher output rose to ') // true
 * @example surveyBalance('The net balance rose by ') // false
 */
function surveyBalance(clause: string): boolean {
  if (!/balance/i.test(clause)) return false;
  const named = [...clause.matchAll(SURVEY_BALANCE_RE)].at(-1);
  if (!named) return false;
  const rest = clause.slice(named.index + named[0].length);
  // "the net balance for retailers was +6 percent, against -3 percent for builders": a balance set
  // against the one just stated is the same kind of reading, a level.
  if (rest.length <= 120 && BALANCE_AGAINST_RE.test(rest)) return true;
  if (!BALANCE_LEVEL_BEFORE_RE.test(clause)) return false;
  return rest.length <= 100 && !/[,;]\s*(?:and|while|but|whereas)\b|\d/i.test(rest);
}

/** After a balance's name, its reading and "against" or "compared with" before a second one: " for
 *  retailers was +6 percent, against ". */
const BALANCE_AGAINST_RE =
  /^[^,;\d]*\b(?:was|is|stood\s+at|of)\s+[-+−–]?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s*,?\s+(?:against|compared\s+(?:with|to)|versus)\s+$/i;

/** A diffusion index named by its title in capitals ("the New Orders Index", "Supplier Deliveries
 *  Index", "the Services PMI®", "NMI"), not "the Index of …" nor a title that opens with an article. */
const DIFFUSION_INDEX_RE =
  /\b(?:(?:(?!(?:The|A|An|This|That|Its|Their|Our)\b)[A-Z][\w&'’-]*\s+){1,4}Index\b(?!\s+(?:of|for)\b)|(?:[A-Z][\w&'’-]*\s+)?(?:PMI|NMI)\b)/g;
/** A title of an index whose percent is a rate of change, not a diffusion reading: a price, cost,
 *  wage or volume index ("the Consumer Prices Index", "Employment Cost Index", "Industrial
 *  Production Index", "Monthly Economic Activity Index"). */
const RATE_INDEX_TITLE_RE =
  /\b(?:Price|Cost|Wage|Earnings|Production|Sales|Turnover|Volume|Value|Output|Economic\s+Activity|(?:Consumer|Producer|Import|Export|Retail|Wholesale|House|Home|Property)\s+Prices|Stock|Share|Equity|Exchange|Market)\b/;
/** Right before a reading, the place a level takes: "at ", "registered ", "the June reading of ",
 *  "to ", "from ", "lower than the ", "Index (". */
const READING_PLACE_BEFORE_RE =
  /(?:\b(?:at|of|to|from|register(?:s|ed|ing)?|was|is|were|are|stood\s+at|stands\s+at|reached)|\bthan(?:\s+the)?|\()\s*$/i;

/**
 * True when a percent is the reading of a diffusion index its sentence names by title before it,
 * in a level's place, with no other measure named between the title and the number.
 * @example diffusionReading('The Export Orders Index registered ') // true
 * @example diffusionReading('The Consumer Price Index was ') // false
 * @example diffusionReading('The PMI registered 52 percent, and GDP grew at ') // false
 */
function diffusionReading(lead: string): boolean {
  if (!READING_PLACE_BEFORE_RE.test(lead)) return false;
  const title = [...lead.matchAll(DIFFUSION_INDEX_RE)].at(-1);
  if (!title || RATE_INDEX_TITLE_RE.test(title[0])) return false;
  return measureKind(lead.slice(title.index + title[0].length)) === undefined;
}

/** "decelerated to 3.1 percent from 4.5 percent": the number a level reached came from, which is
 *  the same rate's earlier level (not "by 50 basis points, from 3.50 percent": a change's start). */
function cameFrom(s: string, previous: Match, between: string): boolean {
  // The level's own words are its number, right after "to" ("raise the rate by 0.25%" is no level).
  const reached =
    /^[-–−‑+]?\d/.test(s.slice(previous.start, previous.end)) &&
    /\bto\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i.test(
      s.slice(0, previous.start),
    );
  return reached && FROM_BETWEEN_RE.test(between);
}

/** Between two numbers, the next item of a breakdown by period built like the figure before: "…
 *  at 7.0 per cent for 2035-36, with Q1 at ", "; Q2 at ", "; and the fourth quarter at ", "for 2035
 *  to 2.6% and for 2036 to ". Only
 *  periods: "; unemployment at 5%" is another measure. Group 1 is the preposition. */
const PARALLEL_ITEM_BETWEEN_RE = new RegExp(
  String.raw`^(?:[^;:.%()]|\.(?=\d)){0,40}(?:;\s*(?:and\s+)?|,\s*with\s+|,?\s+and\s+)(?:in\s+|for\s+)?(?:Q[1-4]|H[12]|the\s+(?:first|second|third|fourth|final|last)\s+(?:quarter|half)|(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:19|20)\d\d(?:[-–/]\d\d)?|FY\s?\d{2,4})\s*,?\s+(at|of|to|by)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$`,
  'i',
);

/** Before a number, words that make it a year: "calendar year 2034", "fiscal year 2035", "FY 2034". */
const YEAR_NAMED_BEFORE_RE = /\b(?:year|yr|FY)\s*$/i;

/** Between two numbers in points, only the period of the first and a conjunction: " in 2035 and
 *  2036, and " (the years blanked). */
const POINTS_LIST_BETWEEN_RE =
  /^\s*(?:(?:in|for|by|over|during)\s+(?:the\s+)?[\w-]*(?:\s+and\s+[\w-]*)?)?\s*,?\s*(?:and|or)?\s*$/i;

/** Between two numbers, only the first one's written base and "and": " q-o-q and ", " y/y, and ". */
const BASE_TAG_AND_BETWEEN_RE =
  /^\s+(?:[ymq]-o-[ymq]|[ymq]\/[ymq]|yoy|mom|qoq|(?:year|month|quarter)[- ](?:on|over)[- ](?:year|month|quarter))\s*,?\s+and\s+$/i;

/** The size a percent or points match states, in its unit: "25 basis points" is 0.25 points. */
function ownSize(m: RegExpMatchArray): number {
  const n = readNumber(m[1]!)!;
  return BASIS_POINTS_RE.test(m[2]!.trim()) ? Math.round(n * 1e4) / 1e6 : n;
}

/** Before a number, an outturn verb of its own after "after": ", after posting 2.1% in the
 *  first half" is what was recorded, not the forecast's tense it borrows the kind from. */
const AFTER_RECORDING_BEFORE_RE =
  /,\s+after\s+(?:recording|posting|registering|logging|reporting|clocking)\s+(?:(?:about|around|some|nearly|almost|roughly|an\s+estimated)\s+)?$/i;

/** After a number, a finite verb of its own before the clause ends: "5% was recorded". */
const OWN_VERB_AFTER_RE =
  /^[^;:,.()]*?\b(?:is|are|was|were|has|have|had|will|would|remained|stood|came)\b/i;

/** Just before a band's part, a verb of growth: "grow at the lower-2% level", "expand in the
 *  mid-3% range". */
const GROWTH_BAND_PART_BEFORE_RE =
  /\b(?:grow|grows|grew|grown|growing|expand(?:s|ed|ing)?|increas(?:e|es|ed|ing)|ris(?:e|es|en|ing)|rose)\s+(?:at|in)\s+the\s+(?:lower|low|mid|middle|upper|high)-$/i;

/** Right before a number, a verb that gives a fall's size: "(the drop …) already reaches ",
 *  "amounts to ", "totalled ", "stood at ". */
const FALL_SIZE_VERB_BEFORE_RE =
  /\b(?:drops?|declines?|decreases?|falls?|contraction|reductions?|losses|loss)\b[^.;:,\d%]{0,50}?\b(?:(?:already|now|so\s+far)\s+)?(?:reach(?:es|ed)?|amount(?:s|ed)?\s+to|total(?:s|led|ed)?|st(?:ands|ood)\s+at)\s+(?:(?:about|around|some|nearly|almost)\s+)?$/i;

/** After a number, a base named as growth: ", up from negative 0.8 per cent growth", ", down from
 *  a 3.2% rise". */
/** Before a number, a level reached and "from": "to 61.2% from " (the pair written to-first). */
const FROM_AFTER_TO_LEVEL_BEFORE_RE =
  /\bto\s+[-–−‑]?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+from\s+$/i;
const GROWTH_BASE_AFTER_RE =
  /^\s*,?\s*(?:up|down)\s+from\s+(?:(?:an?|the)\s+)?(?:(?:negative|minus)\s+|[-–−‑])?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+(?:growth|increase|rise|expansion|decline|contraction)\b/i;

/** Right before a number, an article and a forecast participle: "a projected ", "the expected ". */
const PROJECTED_ARTICLE_BEFORE_RE =
  /\b(?:an?|the)\s+(?:projected|forecast|expected|anticipated)\s+$/i;
/** After a number, the sector it is measured in: " in the petroleum sector", " in the non-oil economy". */
const IN_SECTOR_AFTER_RE =
  /^\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:sectors?|sub-sectors?|industry|industries|economy)\b/i;

/** A whole of output after a number: "of GDP", "of the gross domestic product". */
const OF_OUTPUT_AFTER_RE =
  /^\s*of\s+(?:the\s+)?(?:(?:nominal|annual|national)\s+)?(?:GDP|gross\s+domestic\s+product)\b/i;

/** A minus written before a number: "-0.5%", "(–8.7%", "minus 0.1 percent", "negative 0.4 per cent". */
const WRITTEN_MINUS_RE = /^(?:\(\s?)?(?:[-–−‑]|(?:minus|negative)\s)/i;

/** The words before a number name a policy rate or a yield, and no nearer subject names a change. */
function rateLevel(lead: string): boolean {
  const subject = subjectKind(lead);
  return subject ? subject.kind === 'level' : RATE_LEVEL_LEAD_RE.test(lead);
}

/** The kind a clause's subject gives a number, weaker than a verb its list shares. */
interface Weak {
  kind: FigureKind;
  start: number;
  end?: number;
  /** Where the subject's noun starts in the sentence. */
  at: number;
  prefer?: 'up' | 'down';
}

interface Cue {
  weak?: Weak;
  kind: FigureKind;
  start: number;
  end: number;
  ownEnd?: number;
  prefer?: 'up' | 'down';
  object?: string;
  status?: FigureStatus;
  guessed: boolean;
}

/**
 * A change whose kind and sign come from words after the number ("0.6% and imports 2.3% lower",
 * "(12.1%) … also recorded strong growth", "1.8% or €118 million below profile"): the stated words
 * run on over `after` so the validator reads the sign back, and `ownEnd` keeps the number's own end.
 * @example runOn(10, 14, ' lower', true, undefined).end // 20
 */
function runOn(
  start: number,
  end: number,
  after: string,
  down: boolean,
  status: Cue['status'],
): Cue {
  return {
    kind: 'change',
    start,
    end: end + after.length,
    ownEnd: end,
    prefer: down ? 'down' : 'up',
    status,
    guessed: false,
  };
}

/**
 * True when a number is an average or a target compared with or set for growth: the words right
 * before it name the average or target ("exceeding the global average of ", "the government's
 * target of "), and the last measure the sentence named before it is growth or inflation.
 * @example measuredGrowth('the economy needs to grow by 7% to reach the target of ') // true
 * @example measuredGrowth('the deficit target of ') // false
 */
function measuredGrowth(lead: string): boolean {
  if (!COMPARED_AVERAGE_BEFORE_RE.test(lead) && !TARGET_OF_BEFORE_RE.test(lead)) return false;
  const measure = [...lead.matchAll(MEASURE_BEFORE_RE)].at(-1);
  return measure?.groups?.growth !== undefined;
}

/** Right before a number, the member a growth rate ranks first or last and its "at": "remains the
 *  fastest-growing region, at ", "was the slowest-growing sector in 2031, at about ". Its rate is
 *  the growth that ranks it; "the fastest-growing region, with a share of " is none. */
const FASTEST_GROWING_AT_BEFORE_RE =
  /\b(?:fastest|slowest|quickest)[- ](?:growing|expanding)\b[^.;:%]{0,60}?,\s+at\s+(?:(?:about|around|some|nearly|almost|roughly|an\s+estimated|just\s+(?:over|under))\s+)?$/i;

/** Right before a number, the target or goal it is: "the government's target of ", "a goal of about ". */
const TARGET_OF_BEFORE_RE =
  /\b(?:targets?|goals?|objectives?)\s+(?:of|at)\s+(?:(?:about|around|some|nearly|almost|roughly|between)\s+)?$/i;

/** Before a number, the contributions it is the total of: "contributed 1.3 percentage points …
 *  to the ", "the sectors' contributions to the overall ". */
const CONTRIBUTED_TO_BEFORE_RE =
  /\bcontribut\w*\b(?:[^.;]|\.(?=\d)){0,160}?\bto\s+(?:the|this|that)\s+(?:(?:overall|total|headline|annual|quarterly)\s+)?$/i;

/** A subject that names the latest reading of a measure named before, with no measure of its own:
 *  "the out-turn falling from ", "the latest reading was ", "the print came in at ". */
const OUTTURN_SUBJECT_BEFORE_RE =
  /\b(?:out-?turns?|(?:latest|last|new|monthly|annual)\s+readings?|prints?)\b[^.;:%\d]{0,50}$/i;

/** Right before a number, a verb that adds it: "could add ", "would add as much as ", "adding about ",
 *  also after the sum it restates ("would add about R38 a month, or "; v271). */
const ADD_BEFORE_RE =
  /\b(?:add|adds|added|adding)\s+(?:(?:an?\s+)?(?:extra|additional|further)\s+)?(?:(?:as\s+much\s+as|up\s+to|about|around|some|nearly|almost|roughly|over|more\s+than|at\s+least|close\s+to)\s+)?(?:[^\s,;.]*\d[^\s,;]*(?:\s+(?:thousand|million|billion|bn|m))?(?:\s+(?:a|an|per|each|every)\s+[a-z]+)?,\s+or\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?)?$/i;
/** Right after a number, the output it is added to: " to GDP", " to regional output", " to the
 *  economy", " to annual growth". */
const TO_OUTPUT_AFTER_RE =
  /^,?\s+to\s+(?:(?:the|its|their|our|regional|global|world|annual|national|economic|real|the\s+country['’]s)\s+)*(?:GDP|output|growth|gross\s+domestic\s+product|economy|economic\s+output)\b/i;
/** Right after a number, the price, fare, bill or cost it is added to: " to the average fare", " to
 *  household water bills", " to the price of a ticket", " to fares" (v230). */
const TO_PRICE_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?,?\s+to\s+(?:(?:the|an?|its|their|our|each|every|average|typical|annual|monthly|weekly|yearly|total|final|overall|household|domestic|consumer|retail|ticket|customer|passenger|water|energy|electricity|gas|fuel|food|rail|bus|air|airport|economy)\s+)*(?:prices?|fares?|bills?|costs?|tariffs?|charges?|fees?|rents?|premiums?|tickets?)\b/i;
/** From a fall's noun to its first size, a verb that changes the size: "decrease in private
 *  consumption rose from ", "the decline was revised up from ". */
const FALL_SIZE_GREW_BEFORE_RE = new RegExp(
  String.raw`^(?:${DOWN_NOUN})\b[^\d%]{0,80}?\b(?:rose|increased|grew|widened|deepened|climbed|went\s+up|was\s+revised\s+(?:up|upward))\s+from\s+(?:about\s+)?$`,
  'i',
);
/** From a fall's noun to a number, a path with no verb of its own: "decline in real GDP from ",
 *  "drop in inflation from about ". */
const NOUN_PATH_FROM_RE =
  /^(?:the\s+|a\s+|an\s+)?[\w-]+\s+(?:(?:in|of)\s+(?:(?!(?:rose|fell|grew|increased|decreased|widened|narrowed|deepened|was|were|is|are|has|have|had|went|climbed|jumped|reached)\b)[\w'’()-]+\s+){0,5}?)?from\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;

/** From a change's noun to a number, the measure it changed and "to", with no verb nor number of
 *  its own: "reduction in the poverty rate to ", "drop in the share of informal jobs to about ",
 *  "increase in tariffs to ". The number is the level the measure reached, not the change. v284:
 *  so too with "&" or "/" in the measure's words ("cut in the R&D intensity condition to "). */
const NOUN_PATH_TO_RE = new RegExp(
  String.raw`^(?:${CHANGE_NOUN})\s+(?:in|of)\s+(?:(?!(?:rose|fell|grew|increased|decreased|widened|narrowed|deepened|slowed|eased|was|were|is|are|has|have|had|went|climbed|jumped|reached|by|from)\b)[A-Za-z'’()&/-]+\s+){1,6}?to\s+(?:(?:about|around|some|nearly|almost|roughly|just|only)\s+)?$`,
  'i',
);

/** From a change's noun to a number, "from" right after the noun and, for the "to" end, the "from"
 *  level and "to": "cut from ", "rise from 7.5% to ", "reduction from 12 per cent to about " (v235).
 *  The noun names the path between two levels, not a change of its own size. */
const NOUN_FROM_TO_RE = new RegExp(
  String.raw`^(?:${CHANGE_NOUN})\s+from\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?)?$`,
  'i',
);
/** After either end of such a pair, the measure it names with "in" or "of" (group 1): " to 2.2% in
 *  inflation", " in inflation". */
const PAIR_MEASURE_AFTER_RE =
  /^(?:\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent))?\s+(?:in|of)\s+((?:[\w'’-]+\s+){0,3}?[\w'’-]+)/i;
/** Right after the "from" end of such a pair, its "to" end: " to 1.9%", " to about 8 per cent". */
const TO_END_AFTER_RE =
  /^\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)/i;

/** A verb of being and "flat" or "little changed", then a bracket opened: "was flat (", "remained
 *  broadly flat (" (not "a flat rate (", whose number is the rate). */
const FLAT_BRACKET_BEFORE_RE =
  /\b(?:is|are|was|were|been|remain(?:s|ed)?|stay(?:s|ed)?|held)\s+(?:(?:broadly|essentially|virtually|largely|nearly|almost|roughly|basically)\s+)?(?:flat|little\s+changed)\s*\(\s*$/i;

/** "unchanged from a year earlier (i.e., 0.0%)", "unchanged on the month (that is, 0.0 per
 *  cent)": the bracket after "unchanged" and its base restates the change in percent when it says
 *  so (group 1) or states nothing but a zero; "unchanged from May (4.5%)" may be a rate's level. */
const UNCHANGED_FROM_BRACKET_BEFORE_RE =
  /\bunchanged\s+(?:from|on|over|against|since|compared\s+(?:with|to))\s+[^()\d%;:.]{1,40}?\s*,?\s*\(\s*(?:(i\.\s?e\.|ie|that\s+is|or)\s*,?\s*)?$/i;
/** Right before a number, a change set off after a comma with "from" alone: ", a decrease from ",
 *  ", showing a drop from about ", ", a slight improvement from ", ", a marked increase from ". */
const FALL_FROM_LEVEL_RE =
  /,\s+(?:[a-z]+ing\s+)?an?\s+(?:[a-z]+\s+){0,2}?[\w-]+\s+from\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;
/** From a noun of change to a number, only the noun's words and a participle of the level reached
 *  after a comma: "increase, reaching ", "rise, reaching about ". */
const NOUN_REACHING_BEFORE_RE =
  /^[\w-]+,\s+reaching\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** A noun of change, rise or fall, alone: "decrease", "improvement". */
const CHANGE_NOUN_ALONE_RE = new RegExp(String.raw`^(?:${CHANGE_NOUN})$`, 'i');

/** Before a number, changes that range over it: "declines ranging from ", "increases ranging from
 *  1.2 percent for A to " (group down: a fall). */
const RANGING_BEFORE_RE =
  /\b(?:(?<down>declines|decreases|drops|falls|losses|cuts|contractions)|increases|rises|gains)\s+(?:ranging|ranged|that\s+ranged|which\s+ranged)\s+from\s+(?:(?:[^.;,]|\.(?=\d)){0,80}?\s+to\s+)?$/i;

/** Right after a percent sign with no space, the noun of a rise or fall: "%decrease", "%increase". */
const GLUED_CHANGE_NOUN_AFTER_RE = /^(?:increases?|decreases?|declines?|rises?|falls?|drops?)\b/i;
/** Where a page lost a space, a verb of change glued to the noun before it ("the surplusdecreased
 *  by"): only these long verbs, which end no other word, get their space back. */
const GLUED_CHANGE_VERB_RE = /(?<=[a-z])(?=(?:increased|decreased|declined)\s+by\s)/i;
/** Right before a number, a verb of change glued to it where a page lost the space ("exports
 *  rose14.8 per cent"): only these past forms, as PERCENT_RE reads them glued. */
const GLUED_VERB_BEFORE_NUMBER_RE = /\b(?:rose|fell|grew|increased|decreased|declined)$/i;
/** Right after a number, a noun of change with "compared" glued on where a page lost the space
 *  ("4.1% increasecompared with"): only "compared", so no other run-together word is read. */
const GLUED_COMPARED_NOUN_AFTER_RE = new RegExp(
  String.raw`^\s+(?:${CHANGE_NOUN})(?=compared\s+(?:with|to)\b)`,
  'i',
);

/** Right after a number, the share it names: " market share", " stake", " share of the market". */
const SHARE_NOUN_AFTER_RE =
  /^\s+(?:(?:market|global|world|import|export|sales|voting|equity|ownership)\s+)?(?:share|stake)\b(?!-|\s+(?:price|prices|index|buyback|buybacks|issue|capital)\b)/i;

/** A noun of increase, its period or year at most, "of" and a sum of money, then the bracket a percent
 *  opens: "a first-year uplift of £96m (", "a rise of $40 million (", "and, in the next
 *  year, of £84m (" after an uplift named before. */
const INCREASE_SUM_BRACKET_BEFORE_RE =
  /\b(?:uplifts?|increases?|rises?|boosts?)\b(?:[^.;]|\.(?=\d)){0,80}?\bof\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?(?:[$£€¥]|[A-Z]{2,3}\$?\s?)\d[\d.,]*\s*(?:m|bn|k|million|billion|thousand)?\s*\(\s*$/;
/** A linking adverb set off by commas: ", however,", ", though,", ", in turn,". */
const LINKING_ASIDE_RE =
  /,\s*(?:however|though|therefore|meanwhile|nonetheless|nevertheless|moreover|in\s+turn|by\s+contrast|in\s+contrast)\s*,/gi;
/** A bracket opened with a hedge before its number: "(nearly ", "(about ", "(just over ". */
const BRACKET_HEDGE_END_RE =
  /\(\s*(?:nearly|almost|about|around|roughly|some|approximately|close\s+to|just\s+(?:over|under)|over|under|(?:more|less)\s+than)\s+$/i;
/** A noun of change, "of" and its sum, at most a place or period after it, then the bracket a
 *  percent opens, with a hedge or none: "a drop of EUR 2.4 trillion in the region (nearly ",
 *  "a drop of €40 million in exports (". The noun is captured, so the percent takes its sign. */
const CHANGE_SUM_BRACKET_BEFORE_RE =
  /\b(increases?|rises?|gains?|declines?|decreases?|falls?|drops?|losses|contractions?|reductions?)\s+of\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?(?:[$£€¥]|[A-Z]{2,3}\$?\s?)\d[\d.,]*\s*(?:m|bn|k|million|billion|trillion|thousand)?(?:\s+(?:in|at|for|on)\s+[^.;:()\d%]{1,40}?)?\s*\(\s*(?:(?:nearly|almost|about|around|roughly|some|approximately|close\s+to|just\s+(?:over|under)|over|under|(?:more|less)\s+than)\s+)?$/i;
/** A change in percent, at most a basis and a few words after it, then a bracket that gives the
 *  same change at an annual rate: "contracted by 0.3% (annual rate ", "a fall of 3.8% in
 *  cash terms (at an annual rate of ". The verb or noun of change is captured. */
const ANNUAL_RATE_BRACKET_BEFORE_RE =
  /\b(contract(?:ed|s|ing)?|fell|falls?|falling|declin(?:e|ed|es|ing)|decreas(?:e|ed|es|ing)|dropp(?:ed|ing)|shr[ai]nk(?:s|ing)?|(?:an?\s+)?(?:decline|drop|fall|decrease|contraction)\s+of)\s+(?:by\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)[^.;:()\d%]{0,80}?\(\s*(?:at\s+)?(?:an?\s+)?annual(?:i[sz]ed)?\s+rate(?:\s+of)?\s*$/i;
/** A count or sum, then the bracket a percent opens: "21.5 million payments (", "BD 40 million (". */
const COUNT_BRACKET_BEFORE_RE =
  /\d[\d.,]*(?:\s*(?:thousand|million|billion|trillion|bn|mn))?\s+(?:[a-z][\w-]*\s+){0,2}\(\s*$/i;
/** In that bracket, after the percent, the part it counts and the bracket's end: " of which were
 *  online)", " online)"; never a word of change or base ("(4.1% growth)", "(2% yoy)", "(3% more)"). */
const PART_IN_BRACKET_AFTER_RE =
  /^\s+(?:of\s+which\s+(?:were|was|are|is)\s+)?(?!(?:growth|increases?|rises?|declines?|decreases?|falls?|drops?|gains?|losses|higher|lower|up|down|more|less|fewer|yoy|qoq|mom|annual|annually|annuali[sz]ed|nominal|real|change|y-o-y|year-on-year)\))[a-z][\w-]*\s*\)/i;

/** Right after a level, "up" or "down from" (or "compared with") an earlier level in percent: " down
 *  from 10.1%", " up from a revised 3.2 per cent", " down compared with 3.4%". The word says which
 *  way the measure went between the two levels, so the number is the level reached, not the size
 *  of a change ("4% down from a year ago" is). */
const LEVEL_DOWN_FROM_LEVEL_AFTER_RE =
  /^\s+(?:up|down)\s+(?:from|compared\s+(?:with|to))\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/i;

/** A noun of change, then "i.e." or "namely" and the sizes it spells out, before a number: "steep
 *  falls in sales, i.e. ", "rises in both, namely 3.1% and ". Group 1 is the noun. */
const CHANGE_NOUN_IE_BEFORE_RE = new RegExp(
  String.raw`\b(${CHANGE_NOUN})\b[^.;:%\d()]{0,60}?,?\s+(?:i\.\s?e\.|namely)\s*,?\s*(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)\s*,?\s*(?:and\s+)?)*$`,
  'i',
);

/** Right before a number, "from" and a hedge: "from ", "from about ", "from just under ". */
const FROM_END_BEFORE_RE =
  /\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|under|(?:more|less)\s+than)\s+){0,2}$/i;
/** Right after the "from" end of a pair, its "to" end as a ratio to output or a part of a whole
 *  named with its article: " to over 15% of GDP", " in 1990 to 31 per cent of GDP", " to 17% of the
 *  orders placed" (the pair are two levels of that share). */
const TO_OUTPUT_RATIO_AFTER_RE =
  /^\s+(?:in\s+(?:19|20)\d\d\s+)?to\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|under|(?:more|less)\s+than|close\s+to)\s+){0,2}\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+of\s+(?:(?:the\s+)?(?:(?:nominal|annual|national)\s+)?(?:GDP|gross\s+domestic\s+product)\b|(?:the|all|its|their)\s+[a-z])/i;
/** Right after a percent, the words that make it a sum of changes over periods: " in accumulated
 *  terms", " in cumulative terms". */
const CUMULATIVE_TERMS_AFTER_RE = /^\s+in\s+(?:accumulated|cumulative|cumulated)\s+terms\b/i;
/** Right after a percent, "of" and a growth rate with no article: " of positive growth rate", " of
 *  real growth rate". */
const GROWTH_RATE_OF_AFTER_RE =
  /^\s+of\s+(?:(?:positive|negative|real|nominal|annual|economic|GDP)\s+){0,2}growth\s+rates?\b/i;

/** What the words around a number [start, end) say it is: change, level (share) or a rate. */
/** Right before a percent, a sum and ", or " opening an aside that restates it: "¥50 billion, or
 *  about ". */
const OR_ASIDE_BEFORE_RE = new RegExp(
  String.raw`\d(?:[\d.,]*\d)?(?:\s*[A-Za-z$€£¥]+){0,2}` + OR_ASIDE,
);

/** Right before a percent, a scheme's verb of paying and "up to": "Grants cover up to ", "is worth
 *  up to ", "covering up to ", "reimburses up to ", "a grant of up to ", and the next member of its
 *  list ("up to 50 per cent of eligible costs for investments and up to "). */
const COST_SHARE_UP_TO_BEFORE_RE =
  /\b(?:cover(?:s|ing)?|pay(?:s|ing)?|fund(?:s|ing)?|financ(?:es?|ing)|reimburs(?:es?|ing)|subsidi[sz](?:es?|ing)|(?:is|are)\s+worth|(?:grants?|subsid(?:y|ies)|aid|support|credits?|rebates?|contributions?)\s+of)\s+up\s+to\s+(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+of\s+(?:[\w-]+\s+){0,4}?(?:costs?|expenditures?|outlays?)\b[^.;:\d]*?\b(?:and|or)\s+up\s+to\s+)?$/i;
/** Right after a percent, the cost it is a share of: "% of eligible costs", " per cent of the
 *  capital cost of each project", "% of the relevant costs"; or, in a list after one, the use it is
 *  paid for (" per cent for research and feasibility studies"). */
const COST_OF_AFTER_RE =
  /^\s*(?:(?:%|per\s?cent|percent)\s*)?(?:of\s+(?:the\s+|their\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:costs?|expenditures?|outlays?)\b|for\s)/i;
/** A proposal or possibility in the clause before a cost share: "would cover", "could pay", "is
 *  proposed", "plans to". */
const COST_SHARE_UNSET_BEFORE_RE =
  /\b(?:would|could|might|propos(?:ed|es|al)|plans?\s+to|(?:is|are)\s+to)\b[^.;:]*$/i;

/**
 * True when a percent is the share of costs a grant, credit or scheme pays up to, its grant rate
 * ("Grants cover up to 60% of the relevant costs of each project", "the credit is worth up to 30%
 * of eligible capital costs", "covering up to 30 per cent of the capital cost of each project"): a
 * rate the scheme sets, in force, not a hedge; "would cover up to 50%" (a proposal) and "costs
 * could rise by up to 60%" keep theirs.
 * @example costShareCap('Grants cover up to ', '% of eligible costs.') // true
 */
function costShareCap(before: string, after: string): boolean {
  const verb = COST_SHARE_UP_TO_BEFORE_RE.exec(before);
  if (!verb || !COST_OF_AFTER_RE.test(after)) return false;
  // "and up to 70 per cent for research": the use it is paid for stands only in a list after a
  // share of costs.
  if (
    /^\s*(?:(?:%|per\s?cent|percent)\s*)?for\s/i.test(after) &&
    !/\band\s+up\s+to\s+$/i.test(before)
  )
    return false;
  return !COST_SHARE_UNSET_BEFORE_RE.test(clauseLead(before.slice(0, verb.index)));
}

/** Right before a percent, a charge named as a noun and "of up to": "A variable profit tax of up
 *  to ", "Export duty of up to ", "Royalties of up to ", "An exit fee of up to ". */
const CHARGE_UP_TO_BEFORE_RE =
  /\b(?:tax(?:es)?|levy|levies|dut(?:y|ies)|surcharges?|royalt(?:y|ies)|fees?|charges?|tariffs?|cess|tolls?)\s+of\s+up\s+to\s+$/i;
/** After the percent, the present verb that applies the charge, in its clause: "% applies where",
 *  " is charged on", "% are payable on", " is levied on". A modal ("could apply", "would apply")
 *  is none. */
const CHARGE_APPLIES_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?[^.;:]{0,40}?\b(?:applies|(?:is|are)\s+(?:now\s+)?(?:charged|levied|payable|imposed|due|applied|collected))\b/i;

/**
 * True when a percent is the rate of a tax, levy, duty or fee "of up to" it that its sentence says
 * applies ("A variable profit tax of up to 15% applies where …", "Royalties of up to 7% are
 * payable on …"): "up to" bounds a rate in force, as it bounds a scheme's grant rate, no hedge. A
 * charge that could or would apply, or one proposed, keeps its reading.
 * @example chargeCap('A surcharge of up to ', '% applies to late filers.') // true
 */
function chargeCap(before: string, after: string): boolean {
  return (
    CHARGE_UP_TO_BEFORE_RE.test(before) &&
    CHARGE_APPLIES_AFTER_RE.test(after) &&
    !COST_SHARE_UNSET_BEFORE_RE.test(clauseLead(before))
  );
}

/** Right before a number, the level in force that a change replaces or is set against: "in place
 *  of the present ", "instead of the current ", "replacing the existing " (v284). */
const PRESENT_LEVEL_BEFORE_RE =
  /\b(?:in\s+place\s+of|instead\s+of|replac(?:e|es|ed|ing)|compared\s+with|against|from)\s+(?:the|its|their)\s+(?:present|current|existing|prevailing)\s+$/i;
/** Right before a bare percent, a present verb of paying with no object between: "pay ", "pays
 *  only " (v284). */
const PAID_RATE_BEFORE_RE = /\b(?:pay|pays)\s+(?:(?:only|just|tax\s+at|at)\s+)?$/i;
/** After that level, the end of its clause or a word that names what it is of or for, no noun of
 *  change ("the current 3% rise" is a change). */
const PRESENT_LEVEL_AFTER_RE = /^\s*(?:[.,;:)]|$|(?:for|in|on|of|under|and|to)\b)/i;

/** The cue read again as `kind`, its stated words the number's own (v284). */
function reread(cue: Cue, kind: 'share' | 'change', start: number, end: number): Cue {
  return { ...cue, kind, start, end, prefer: undefined, guessed: false, weak: undefined };
}

function classify(s: string, start: number, end: number, carried?: 'change' | 'level'): Cue {
  const before = s.slice(0, start);
  const after = s.slice(end);
  const near = before.slice(-80);
  const status =
    BASE_BEFORE_RE.test(before) || fromStart(before, after)
      ? 'actual'
      : hedged(before) &&
          !costShareCap(before, after) &&
          !chargeCap(before, after) &&
          !reliefOfBefore(before)
        ? 'expected'
        : undefined;
  // "to buy back up to ¥50 billion, or 2.1 percent, of its own shares": a percent set off by ", or"
  // and a comma restates the sum as a part of the whole the "of" after the comma names.
  if (OR_ASIDE_BEFORE_RE.test(near) && /^\s*,\s+of\s/i.test(after)) {
    const rest = after.slice(after.indexOf(',') + 1);
    const object = objectOf(rest);
    if (object)
      return {
        kind: 'share',
        start,
        end: end + (after.length - rest.length) + object.length,
        object: objectWords(object),
        status,
        guessed: false,
      };
  }
  // "with a weight of 25.5 percent": an item's weight in an index is a share of the basket.
  if (WEIGHT_BEFORE_RE.test(near)) return share(s, start, end, status);
  // "in place of the present 1% to 10%", "against the current 0.25%": the level in force now,
  // whatever change its sentence names before it (v284); "the current 3% rise" keeps its noun.
  if (PRESENT_LEVEL_BEFORE_RE.test(near) && PRESENT_LEVEL_AFTER_RE.test(after))
    return { ...share(s, start, end, 'actual'), guessed: false };

  // "a 12% market share", "its 30 percent stake": a share named right after its number.
  if (SHARE_NOUN_AFTER_RE.test(after)) return { ...share(s, start, end, status), guessed: false };
  // "ships under 10 years continue to receive a 20% reduction in annual tonnage tax": a reduction
  // or cut a group receives, qualifies for or is granted is the rate of a relief, a part of the
  // charge it is taken from, as "a 15% discount" is, no fall (README, a discount or rebate).
  const relief = RELIEF_AFTER_RE.exec(after);
  if (
    relief &&
    (RELIEF_RECEIVED_BEFORE_RE.test(near) ||
      RELIEF_GIVEN_BEFORE_RE.test(near.replace(/\ban?\s+$/i, '')) ||
      // "…receive a 30% reduction in the basic tax and ships of 6 to 10 years a 15% reduction" (v238).
      RELIEF_GAPPED_BEFORE_RE.test(before.slice(-260).replace(/\ban?\s+$/i, '')) ||
      // "enjoy a preferential rate of 10%, a tax holiday of 4 years and a 50% reduction" (v284).
      RELIEF_LISTED_BEFORE_RE.test(before.slice(-260)))
  )
    // The relief's noun stands as its object, so the noun after the number reads no change.
    return { kind: 'share', start, end, object: relief[0].trim(), status, guessed: false };
  // "is entitled to a reduction of 15% in the port dues", "and those scoring 50 points or more a
  // reduction of 20%": the same relief with its rate after the noun (v201).
  const reliefOf = reliefOfBefore(before);
  if (reliefOf) return { kind: 'share', start, end, object: reliefOf, status, guessed: false };
  // "fees recovered 68.4% of the $5.61 million cost", "a target of 70% to 80% fee recovery",
  // "raise the ATC reduction for detention-free ships from 50% to 65%": levels (v238), the one a
  // move starts from in force now, the part a modal's "recover" names foreseen.
  const levelRead = levelRate(before, after);
  if (levelRead) {
    const at = levelRead.from ? 'actual' : levelRead.expected ? 'expected' : status;
    // "recovered 85% of its pre-pandemic arrivals": the whole named after "of" is the object.
    const whole = levelRead.recovered ? objectOf(after) : undefined;
    return {
      kind: 'share',
      start,
      end: end + (whole?.length ?? 0),
      object: whole === undefined ? levelRead.object : objectWords(whole),
      status: at,
      guessed: false,
    };
  }
  // "annual indexation added a further 3.1 per cent", "the endowment … earned 3.6%", "by £46
  // (5.2%)": rises (v238).
  if (changeRate(before, after))
    return { kind: 'change', start, end, prefer: 'up', status, guessed: false };
  // "growth … at the lower-2% level": the part of a band a growth rate is in is that rate, a change.
  if (GROWTH_BAND_PART_BEFORE_RE.test(near))
    return { kind: 'change', start, end, status, guessed: false };
  // A verb may govern a long object before its "by": "lower the Bank's main refinancing rate and
  // the rates on its other standing facilities by 50 basis points".
  const spaced =
    ASIDE_VERB_BY_BEFORE_RE.exec(before.slice(-200)) ??
    CHANGE_BEFORE_RE.exec(before.slice(-140)) ??
    // French prose: "une baisse de 3,2%", "s'est replié, en glissement annuel, de 1,4%".
    (/\sde\s+(?:\S+\s+){0,2}$/.test(near) ? FRENCH_CHANGE_BEFORE_RE.exec(near) : null) ??
    // Spanish prose: "una caída del 14,2%", "descendiendo 7,4%", "creció un 3,1%".
    (SPANISH_NEAR_RE.test(near) ? SPANISH_CHANGE_BEFORE_RE.exec(near) : null) ??
    // Portuguese prose: "com crescimento real de 3,6%", "teve alta de 6,7%", "cresceu 1,9%".
    (PORTUGUESE_NEAR_RE.test(near) ? PORTUGUESE_CHANGE_BEFORE_RE.exec(near) : null) ??
    // "the surplusdecreased by 3.1%": the glued verb read with its space back; the stated words
    // count from the end, so the added space moves none of them.
    (GLUED_CHANGE_VERB_RE.test(near)
      ? CHANGE_BEFORE_RE.exec(before.slice(-140).replace(GLUED_CHANGE_VERB_RE, ' '))
      : null);
  // "exports rose14.8 per cent": a verb of change glued to its number, read with its space back;
  // the space is no stated word, so it is taken off again below.
  const gluedVerb =
    spaced === null && GLUED_VERB_BEFORE_NUMBER_RE.test(before)
      ? CHANGE_BEFORE_RE.exec(`${before.slice(-140)} `)
      : null;
  const verb = spaced ?? gluedVerb;
  // A bare "up" after "make"/"take" is not a change: "services make up 22 percent". The verb's
  // index counts in the slice it was found in, so the words before it are read from the end.
  if (
    verb &&
    /^(?:up|down)\b/i.test(verb[0]) &&
    /\b(?:make|makes|made|making|take|takes|took|taking)\s+$/i.test(
      before.slice(0, before.length - verb.input.length + verb.index),
    )
  )
    return share(s, start, end, status);
  // "Asia recovered 85% of its pre-pandemic arrivals": what was regained is a share of the whole.
  if (verb && /^recover/i.test(verb[0]) && objectOf(after)) return share(s, start, end, status);
  if (verb) {
    return {
      kind: 'change',
      start: start - verb[0].length + (gluedVerb ? 1 : 0) + nounBeforeVerb(verb[0]),
      end,
      prefer: DECREASE.test(verb[0].slice(nounBeforeVerb(verb[0]))) ? 'down' : 'up',
      status,
      guessed: false,
    };
  }
  // "a net return of 6.1% for the year", "the fund returned 4.5% a year", "a 6.1% real return": a
  // fund's or portfolio's return over a period is the change in what it is worth. A return "on"
  // equity, assets or capital is a ratio, and "returned 5% of its profit" a part of a whole.
  // A return set against another in points by a falling comparative after it ("The authorized return is
  // 25 basis points lower than the 9.70% allowed") is read with the comparative below, for its
  // sign (v156).
  if (
    !/^\s+of\b/i.test(after) &&
    (FUND_RETURN_BEFORE_RE.test(before.slice(-160)) ||
      FUND_RETURN_AFTER_RE.test(after) ||
      (EARNED_AVERAGE_BEFORE_RE.test(before) && PER_YEAR_AFTER_RE.test(after))) &&
    !(
      /points?|bps?\b|\bpp\b|p\.p\./i.test(s.slice(start, end)) &&
      DECREASE.test(CHANGE_AFTER_RE.exec(after)?.[0] ?? '')
    )
  )
    return { kind: 'change', start, end, status, guessed: false };
  // "increased by A$4.2 billion, or about 35%": the percent is the same rise, stated alone so that
  // the amount keeps its own words.
  if (
    !/^\s+of\b/i.test(after) &&
    (AMOUNT_OR_RISE_BEFORE_RE.test(before.slice(-140)) ||
      AMOUNT_OR_RISE_LIST_BEFORE_RE.test(before.slice(-280)))
  )
    return { kind: 'change', start, end, prefer: 'up', status, guessed: false };
  // "a 16.2%decrease": a page that lost the space after the percent sign still names the change
  // with its noun; the stated words run on to the noun for the sign.
  const glued = /%$/.test(s.slice(start, end)) ? GLUED_CHANGE_NOUN_AFTER_RE.exec(after) : null;
  if (glued) {
    const prefer = DECREASE.test(glued[0]) ? 'down' : 'up';
    return { kind: 'change', start, end: end + glued[0].length, prefer, status, guessed: false };
  }
  // "a 4.1% increasecompared with": the noun before a glued "compared" names the change.
  const gluedNoun = GLUED_COMPARED_NOUN_AFTER_RE.exec(after);
  if (gluedNoun) {
    const prefer = DECREASE.test(gluedNoun[0]) ? 'down' : 'up';
    return {
      kind: 'change',
      start,
      end: end + gluedNoun[0].length,
      prefer,
      status,
      guessed: false,
    };
  }
  // "0.6 percent (±1.2 percent)* below the August rate": a sampling margin between the number and
  // its comparative is passed over; the stated words run on to the comparative for the sign.
  const margin = MARGIN_BRACKET_AFTER_RE.exec(after)?.[0] ?? '';
  const comparative = LEVEL_DOWN_FROM_LEVEL_AFTER_RE.test(after)
    ? null
    : CHANGE_AFTER_RE.exec(after.slice(margin.length));
  if (comparative) {
    return {
      kind: 'change',
      start,
      end: end + margin.length + comparative[0].length,
      // The number's own end, so the margin inside the stated words stays no figure of its own.
      ...(margin ? { ownEnd: end } : {}),
      prefer: DECREASE.test(comparative[0]) ? 'down' : 'up',
      status,
      guessed: false,
    };
  }
  // "With 9.5 percent, the growth of exports was well above that", "with 2.0 percent the
  // drop was much milder": the main clause after a fronted number gives its kind; a
  // fall there (not of a rate: "the growth rate … slowed down") runs the stated words on to it.
  // "with a little under 45 percent also saying they …", "57 percent said they will": a number with
  // no verb of its own that answers is a share of the people asked, counted now.
  if (
    ANSWER_AFTER_RE.test(after) &&
    !/\b(?:the|its|their|this|that)\s+(?:[\w-]+\s+)?$/i.test(before)
  )
    return { ...share(s, start, end, 'actual'), guessed: false };
  if (FRONTED_WITH_BEFORE_RE.test(before) && !objectOf(after)) {
    const main = FRONTED_CHANGE_AFTER_RE.exec(after.replace(/^\s*,/, ' '));
    if (main) {
      const clause = after.slice(0, main[0].length + 1);
      const fall = DECREASE.exec(main[0]);
      const down = fall !== null && !/\b(?:rates?|pace)\b/i.test(clause);
      const to = down ? end + after.indexOf(fall[0]) + fall[0].length : end;
      return {
        kind: 'change',
        start,
        end: to,
        ownEnd: down ? end : undefined,
        prefer: down ? 'down' : undefined,
        status,
        guessed: false,
      };
    }
  }
  // "exports were 0.6% and imports 2.3% lower": the list's comparative makes both changes, and the
  // stated words run on to it, so the validator reads the minus back (see Match.ownEnd).
  const listed = LIST_THEN_COMPARATIVE_AFTER_RE.exec(after);
  if (listed) return runOn(start, end, listed[0], DECREASE.test(listed[0].slice(-12)), status);
  // "Rice (12.1%), cotton (8.4%) and spices (6.2%) also recorded strong growth": the predicate after
  // the list gives each bracketed number its kind; the stated words run on to it for the sign.
  const predicate = BRACKET_LIST_PREDICATE_AFTER_RE.exec(after);
  if (predicate && !/\b(?:of|at|to)\s+\(?\s*$/i.test(before)) {
    const last = predicate[0].slice(predicate[0].lastIndexOf(' '));
    return runOn(start, end, predicate[0], DECREASE.test(last), status);
  }
  // "food and beverages (6.1% and contributing 1.9 percentage points)": a division's own change,
  // then its part in the total's; "an unchanged reading (0.0 per cent)": a change named, and so is
  // what a measure "was flat" or "little changed" by, in brackets ("sales were flat (0.2%)").
  if (
    (/\(\s*$/.test(before) && /^\s+and\s+contribut(?:ing|ed)\b/i.test(after)) ||
    /\bunchanged\s+(?:[\w-]+\s+)?\(\s*$/i.test(before) ||
    FLAT_BRACKET_BEFORE_RE.test(before) ||
    (UNCHANGED_FROM_BRACKET_BEFORE_RE.exec(before)?.[1] !== undefined && /^\s*\)/.test(after)) ||
    (UNCHANGED_FROM_BRACKET_BEFORE_RE.test(before) &&
      /^[-–−+]?0(?:[.,]0+)?\s?(?:%|per\s?cent|percent)$/i.test(s.slice(start, end)))
  )
    return { kind: 'change', start, end, status, guessed: false };
  // "was 1.8% or €118 million below profile": the amount after "or" restates the percent, and the
  // comparative after both gives its kind and sign; the stated words run on to it (see ownEnd).
  const restated = signedExec(
    OR_AMOUNT_THEN_COMPARATIVE_AFTER_RE,
    () => compiledAhead(orAmountThenComparativeAsWritten(), subjectKindOf(after)),
    after,
  );
  if (restated) return runOn(start, end, restated[0], DECREASE.test(restated[0]), status);
  // "about NOK 0.7 billion (or 5.3%) higher than in 2023", "$3.6 billion (6.1 per cent) lower than
  // in 2029": the percent restates the amount's difference, and the comparative after the bracket
  // gives both their kind and sign.
  const compared =
    AMOUNT_OR_BEFORE_RE.test(near) || AMOUNT_ONLY_BRACKET_BEFORE_RE.test(near)
      ? RESTATED_COMPARATIVE_AFTER_RE.exec(after)
      : null;
  if (compared) return runOn(start, end, compared[0], DECREASE.test(compared[0]), status);
  const level = LEVEL_BEFORE_RE.test(near);
  const shared = share(s, start, end, status);
  // "3.8% y/y", "1.1% on the previous month": a base makes a change, whose direction a list's
  // verb or a restated fall may still give ("a decrease of $131 million or 6.9% on the year").
  // "climbed to 61.2% from 44% in that span": the "from" end of a pair after its "to"
  // end is a level, whatever period follows it.
  const base = FROM_AFTER_TO_LEVEL_BEFORE_RE.test(before) ? null : BASE_AFTER_RE.exec(after);
  if (base) {
    // A base in brackets ("6.4% (y-o-y)") stays out of the stated words, which end at the number.
    const baseEnd = base[0].includes('(') ? end : end + base[0].length;
    const weak: Weak = { kind: 'change', start, end: baseEnd, at: start };
    return { ...shared, guessed: true, weak };
  }
  if (shared.object) return shared;
  // The subject of the clause names what the number measures: a growth or inflation rate's level
  // is itself a change ("inflation eased to 3.9 percent", "the month-on-month rate was 0.3%",
  // "the year-on-year increase was 4.2%"); an unemployment or policy rate's is a level.
  if (RATE_AFTER_RE.test(after)) return { kind: 'change', start, end, status, guessed: false };
  // "Bread inflation was 2.7% in May. The rate has remained in the 2.6%–2.8% range": a bare "The
  // rate" opening the sentence after one that opened with a growth or inflation rate is that rate.
  const named =
    subjectKind(before) ??
    (carried === 'change' && BARE_RATE_OPENING_RE.test(before)
      ? { kind: 'change' as const, noun: '', at: 0 }
      : undefined);
  // "was 9.6%, a decrease from 10.2%": a fall's noun right before "from" names no measure; the
  // number is the level the fall started from, read as a level with its own sign. So is a rise's
  // ("has reached 0.31%, a slight improvement from 0.25%"): the clause before gives the measure.
  const startLevel =
    named?.kind === 'change' &&
    (DECREASE.test(named.noun) || CHANGE_NOUN_ALONE_RE.test(named.noun)) &&
    before.length - named.at <= 40 &&
    FALL_FROM_LEVEL_RE.test(before.slice(-60));
  // "…, and for 61% – in lower margins": a percent after a conjunction and "for" opens a clause of
  // its own, the part of those asked it counts; a change noun before the comma is not its subject.
  // "Arland kept up its steady rise, reaching 3.4% in 2031": the participle after a rise's noun
  // names the level the rising measure reached, not the rise, unless the clause names a measure
  // of change ("inflation continued its rise, reaching 6%").
  const reachedLevel =
    named?.kind === 'change' &&
    CHANGE_NOUN_ALONE_RE.test(named.noun) &&
    NOUN_REACHING_BEFORE_RE.test(before.slice(named.at)) &&
    measureKind(clauseLead(before)) !== 'change';
  const subject =
    startLevel || reachedLevel || COUNTED_FOR_BEFORE_RE.test(before)
      ? undefined
      : (named ??
        (carried && CARRYING_PRONOUN_RE.test(before)
          ? { kind: carried, noun: '', at: 0 }
          : undefined));
  // "the reduction in the poverty rate to 13.2 percent", "a drop in the share of informal jobs to
  // 41%": a change's noun, the measure it changed and "to" name the level the measure reached, a
  // share, as "the cut in the policy rate to" reads; a measure of change ("a slowdown in growth to
  // 1%") keeps the change reading below.
  if (
    subject?.kind === 'change' &&
    NOUN_PATH_TO_RE.test(before.slice(subject.at)) &&
    measureKind(before.slice(subject.at)) !== 'change'
  )
    return { ...shared, guessed: true, weak: { kind: 'share', start, at: subject.at } };
  // "The fee cut from 2.1% to 1.9%", "the contribution rise from 7.5% to 8%": a change's noun right
  // before "from … to …" names the path between two levels of the measure before it, two shares as
  // "from 3.5% to 4%" is (v235); a measure of change ("the inflation rise from 2.1% to 3.4%")
  // keeps the change reading below.
  if (
    subject?.kind === 'change' &&
    NOUN_FROM_TO_RE.test(before.slice(subject.at)) &&
    // One change, not a plural of them ("The price rises from 2% to 3% seen in 2030").
    !/^[\w-]*s\s/i.test(before.slice(subject.at)) &&
    (!/\bfrom\s+(?:[a-z]+\s+)?$/i.test(before) || TO_END_AFTER_RE.test(after)) &&
    // Nor a measure of change, before the noun or after the pair ("in inflation").
    measureKind(clauseLead(before)) !== 'change' &&
    measureKind(PAIR_MEASURE_AFTER_RE.exec(after)?.[1] ?? '') !== 'change'
  )
    return { ...shared, guessed: false };
  if (subject) {
    // A subject is further from the number than a list's shared verb, so it stays a weak signal
    // that the list rules of percentages() may overrule ("will increase by 2.8% in 2022 and by 2.3%
    // in 2023", with "exchange rates" as subject). "The decline in exports was 4.2%": the stated
    // words run from the noun, which gives the sign.
    // Not before a level reached: "a slowdown in growth to 1%" is growth of 1%.
    // "The cumulative fall this year now reaches 12.6%": a verb of size after the fall's
    // noun states the fall itself, not a level it reached.
    // "a slowdown in real GDP from 4.9% in 2031 to 3.6%": the fall's noun names the path between
    // two levels, each with its own sign; "the decrease in spending widened from 6.1%" is its size.
    const fall =
      subject.kind === 'change' &&
      (!level || FALL_SIZE_VERB_BEFORE_RE.test(near)) &&
      DECREASE.test(subject.noun) &&
      start - subject.at <= 80 &&
      !NOUN_PATH_FROM_RE.test(before.slice(subject.at)) &&
      !CONCESSIVE_BEFORE_RE.test(before.slice(0, subject.at));
    const weak: Weak =
      subject.kind === 'change'
        ? {
            kind: 'change',
            start: fall ? subject.at : start,
            at: subject.at,
            prefer: fall ? 'down' : undefined,
          }
        : { kind: 'share', start, at: subject.at };
    return { ...shared, guessed: true, weak };
  }
  if (
    FLOW_PACE_BEFORE_RE.test(clauseLead(before)) ||
    (FLOW_TO_BEFORE_RE.test(clauseLead(before)) &&
      !COUNTED_SHARE_SUBJECT_RE.test(clauseLead(before)) &&
      !SHARE_OF_FLOW_TO_BEFORE_RE.test(clauseLead(before))) ||
    SECTOR_TO_BEFORE_RE.test(clauseLead(before)) ||
    BASE_PERIOD_LEVEL_BEFORE_RE.test(clauseLead(before)) ||
    (PACE_TO_BEFORE_RE.test(near) && !SHARE_SUBJECT_RE.test(clauseLead(before))) ||
    (GREW_REACHING_BEFORE_RE.test(near) && measureKind(clauseLead(before), 'first') !== 'share') ||
    (PER_YEAR_AFTER_RE.test(after) && FLOW_NOUN_RE.test(clauseLead(before)))
  ) {
    return { kind: 'change', start, end, status, guessed: false };
  }
  return { ...shared, guessed: !level && !SHARE_CUE_RE.test(before) };
}

/** Before a number, a fund's or portfolio's return and the words that give its size: "a net return
 *  of ", "Returns over the decade were ", "the fund's return for the year was ", "the rolling
 *  10-year return has been hovering around ", "the real return for a 70% stocks and 30% bonds
 *  portfolio was below ", "the fund returned ", "the annualised return stands at ", "the Reserve
 *  Fund earned ", "the Fund's average annual return after costs has been ", "the fund has earned an
 *  annualised ", "the trust has earned an average of " (v151: what a holding earns in a year, on
 *  average, is its return). Not "the return on equity was ", a tax return, an
 *  internal rate of return, or "return to" a level. */
const FUND_RETURN_BEFORE_RE =
  /(?:(?<!\btax\s|\binternal\s+rate\s+of\s)\breturns?(?:\s+(?:for|over|in|during|since)\s+(?:the\s+|its\s+|this\s+|that\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?|\s+(?:for|of)\s+(?:an?|the|its|our|their)\s+[^.;:]{1,60}?\s+(?:portfolios?|funds?)|\s+(?:after|before|net\s+of)\s+(?:all\s+)?(?:costs?|fees?|expenses|charges|tax(?:es)?|inflation))?\s+(?:of|(?:has|have|had)\s+been(?:\s+[a-z]+ing)?(?:\s+(?:around|about|at|near))?|was|were|is|are|stood\s+at|stands?\s+at|came\s+(?:in\s+)?at|amounted\s+to|averaged)|\b(?:has\s+|have\s+)?return(?:ed|s)(?:\s+an?\s+average\s+of)?|\b(?:funds?|portfolios?|endowments?|schemes?|trusts?|reserves)\s+(?:has\s+|have\s+)?earn(?:ed|s)(?:\s+an?\s+(?:(?:average|annual|annuali[sz]ed|compound)\s+){1,3}(?:of\s+)?)?|\bearn(?:ed|s)\s+an?\s+(?:annuali[sz]ed|(?:average\s+)?annual|compound\s+annual)(?:\s+average)?(?:\s+of)?)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|just|below|above|under|over|more\s+than|less\s+than)\s+)?$/i;
/** Before a number, whoever is the subject, a verb of earning and an average: "Over 30 years,
 *  CasPERS has earned an average of " (with "a year" after it: a holding's yearly return; "an
 *  average of 2.1 per cent interest" and "78 percent of what men earn" name no year). */
const EARNED_AVERAGE_BEFORE_RE =
  /\b(?:has\s+|have\s+)?earn(?:ed|s)\s+an\s+average\s+of\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** After a number, the return it is the size of: " net return", " annualised real return". */
const FUND_RETURN_AFTER_RE =
  /^\s+(?:(?:net|real|nominal|gross|total|annual|annuali[sz]ed|average|investment|portfolio|shareholder)\s+){0,3}returns?\b(?!\s+(?:on|to)\b)/i;

/** After a plural change noun, the rest of a clause that makes it a verb reaching a level: " to ",
 *  " only slightly to about ". */
const PRESENT_VERB_TO_AFTER_RE =
  /^\s+(?:(?:only|just|further|again|[a-z]+ly)\s+){0,2}to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** After a plural change noun, the rest of a clause that makes it a verb taking a level from one
 *  value to another: " to ", " from ", " from 2.9 per cent to ", " gradually from 5.2% in 2034 to ". */
const PRESENT_VERB_PATH_AFTER_RE =
  /^\s+(?:(?:only|just|further|again|[a-z]+ly)\s+){0,2}(?:from\s+(?:(?:[^.;:]|\.\d){1,40}?\s+to\s+)?|to\s+)(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;

/** Right before a fall's noun, words that make it an aside, not the subject whose size the number
 *  is: "Manufacturing, despite its quarterly decline, contributed 0.3 pp" (+0.3). */
const CONCESSIVE_BEFORE_RE =
  /\b(?:despite|in\s+spite\s+of|notwithstanding|regardless\s+of)\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:[\w'’-]+\s+){0,3}$/i;

/** A comparison with a base period opening the sentence, then a verb of level: "Against the first
 *  three quarters of 2033, real GDP, adjusted for season, stood at ", "Compared with a year
 *  earlier, exports were ". A number set against a base period is a change. */
const BASE_PERIOD_LEVEL_BEFORE_RE =
  /^\s*(?:against|compared\s+(?:with|to)|relative\s+to|versus)\s+(?:the\s+)?(?:same\s+)?(?:[\w-]+\s+){0,5}?(?:(?:19|20)\d\d|period|quarters?|year|months?|earlier)\b[^.;:%\d]{0,100}?\b(?:stood\s+at|was|were|amounted\s+to|came\s+(?:in\s+)?at|reached|totall?ed)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;

/** A verb of growth, then the rate it reached in a participle after a comma: "continued to grow in
 *  2031, reaching ", "kept growing, reaching a high of ". What grows reaches a pace of growth, a
 *  change, unless the clause first names a level ("the deficit", "the share of loans"). */
const GREW_REACHING_BEFORE_RE =
  /\b(?:grew|grow(?:s|ing|n)?)\b(?:[^.;:%\d]|\b(?:19|20)\d\d\b){0,60}?,\s+reaching\s+(?:an?\s+(?:new\s+)?(?:peak|high|record(?:\s+high)?)\s+of\s+)?(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;

/** A flow whose pace a verb takes to a number: "domestic demand … improved to ", "investment
 *  slowed to about ", "private consumption moderated …, decreasing to ". A flow has no level in
 *  percent, so the number is its growth; "the share of food in spending rose to" is a level. */
const FLOW_TO_BEFORE_RE =
  /(?<!\b(?:shares?|ratios?|proportions?|percentage)\s+of\s+(?:[\w'’-]+\s+){0,3})\b(?:demand|consumption|investment|exports?|imports?|output|production|sales|spending|shipments|orders|turnover)\b[^.;:%\d]{0,120}?\b(?:improv(?:ed|es|ing)|r(?:ose|ises|ising)|increas(?:ed|es|ing)|decreas(?:ed|es|ing)|eas(?:ed|es|ing)|f(?:ell|alls|alling)|dropp(?:ed|ing)|declin(?:ed|es|ing)|slow(?:ed|s|ing)|recover(?:ed|s|ing)|strengthen(?:ed|s|ing)|weaken(?:ed|s|ing)|moderat(?:ed|es|ing)|firm(?:ed|ing)|soften(?:ed|ing)|climb(?:ed|s|ing)|accelerat(?:ed|es|ing)|decelerat(?:ed|es|ing)|pick(?:ed|s|ing)\s+up)\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;

/** A share whose phrase names the flow it is a part of, then its verb and "to", with no comma or
 *  number between: "the share of Arland coal in the total volume of Cestia's imports of fuel rose
 *  to ". The flow is the whole, so the number is the share's level, not the flow's pace. */
const SHARE_OF_FLOW_TO_BEFORE_RE = new RegExp(
  String.raw`\b(?:shares?|proportions?|percentage)\s+of\s+(?:(?!\b(?:${VERB}|while|whereas|but|when|as|which|that|is|are|was|were)\b)[^.;:%\d,()]){1,160}?\s(?:${VERB})\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$`,
  'i',
);

/** A share, ratio or proportion as the head of a clause's subject: "The share of jobs ", "Exports'
 *  share of output ", "The sector's proportion of loans ". Its verb of pace ("climbed to",
 *  "surged to") takes it to a level, a share, not a rate of change. */
const SHARE_SUBJECT_RE =
  /^\s*(?:[\w'’-]+\s+){0,3}?(?:shares?|ratios?|proportions?|percentage)\s+of\b/i;

/** A share of a counted group as the subject, then what the group reported: "The share of firms
 *  reporting ", "The percentage of Arland exporters citing ". A flow named in the report ("weaker
 *  export sales") is the answer, so the subject's verb of pace takes the share to a level. */
const COUNTED_SHARE_SUBJECT_RE = new RegExp(
  String.raw`^\s*(?:[\w'’-]+\s+){0,3}?(?:shares?|proportions?|percentage)\s+of\s+(?:(?:the|all|[A-Z][\w'’-]*)\s+){0,2}${ASKED_GROUP}\s+(?:(?:who|that)\s+(?:are|were)\s+)?(?:reporting|citing|expecting|indicating|seeing|saying|with)\b`,
  'i',
);

/** A sector or industry as the subject, then its verb of change, then "to": "The services sector
 *  rose to ", "Finance and insurance expanded to ", "Mining contracted to ". A sector has no level in
 *  percent without a whole, so the number is its growth; "Manufacturing's share rose to" (a share
 *  noun) and "rose to 24 percent of GDP" (a whole after it) stay shares. */
const SECTOR_TO_BEFORE_RE =
  /^\s*(?:the\s+)?(?:[\w&-]+\s+){0,4}?(?:sectors?|manufacturing|services|construction|agriculture|mining|utilities|finance|insurance|industry|industries)\b(?:\s+(?:sectors?|industry|activit(?:y|ies)))?\s+(?:r(?:ose|ises)|increas(?:ed|es)|expand(?:ed|s)|gr(?:ew|ows)|slow(?:ed|s)|eas(?:ed|es)|improv(?:ed|es)|accelerat(?:ed|es)|decelerat(?:ed|es)|moderat(?:ed|es)|recover(?:ed|s)|rebound(?:ed|s)|pick(?:ed|s)\s+up|climb(?:ed|s)|jump(?:ed|s)|surg(?:ed|es))\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;

/** After a number, "a year": "to 30% annually", "at 4% a year", "5 percent per annum". */
const PER_YEAR_AFTER_RE =
  /^\s+(?:annually|a\s+year|per\s+(?:year|annum)|each\s+year|every\s+year)\b/i;
/** A quantity that flows (money lent, goods sold), whose percent "a year" is its pace: "doubles its
 *  annual financing to 30% annually". Not a rate's level: "loans at 5% a year" names no flow, nor
 *  does a flow's word naming a rate ("the lending (marginal) facility rate at 4.25% per annum") or a
 *  fee ("Investment fees and costs were 0.58% a year": the price of a service, a level; v151). */
const FLOW_NOUN_RE =
  /\b(?:financing|lending|disbursements?|exports?|imports?|trade|sales|output|production|investment|spending|revenues?|earnings|turnover|volumes?|traffic|demand|consumption)\b(?!\s+(?:\([^()]{1,30}\)\s+)?(?:facility\s+)?rates?\b|\s+(?:fees?|charges?|costs?|expenses)\b)/i;

/** A cue whose only signal is its clause's subject takes the subject's kind. */
function settled(cue: Cue): Cue {
  return cue.guessed && cue.weak ? { ...cue, ...cue.weak, guessed: false } : cue;
}

/** Inside a verb's words, a finite verb of change right before its "by", after a first word that
 *  is a noun ("contract rose by ", "the supply contract rose by"): group 1 is the words before it.
 *  Only past forms no noun shares, so "cut price rises by" keeps its verb "cut". */
const FINITE_BY_RE =
  /^(\S+\s+(?:[\w'’-]+\s+){0,2}?)(?:rose|risen|grew|grown|climbed|jumped|fell|fallen|declined|dropped)\s+by\b/i;

/** How many characters of a verb's words stand before a finite verb of change that governs its
 *  "by": "contract rose by " → 9, so "contract", a noun that is also a verb of falling, gives
 *  neither the stated words nor the sign (v238); 0 when the words open with their verb. */
function nounBeforeVerb(words: string): number {
  return FINITE_BY_RE.exec(words)?.[1]!.length ?? 0;
}

/** Before "a 20% reduction", a verb of receiving a relief: "receive", "get", "enjoy", "qualify for",
 *  "are granted", "is entitled to", "benefit from", "keep", "retain", a price paid "with" it ("pay
 *  the rate of their band with a 50% reduction", v211) (not "reported", "achieved", "recorded"). */
const RELIEF_RECEIVED_BEFORE_RE =
  /\b(?:receiv(?:e|es|ed|ing)|get(?:s|ting)?|got|enjoy(?:s|ed|ing)?|qualif(?:y|ies|ied|ying)\s+for|(?<=\b(?:may|can|could|might|to)\s)apply\s+for|(?:is|are|be|been|was|were)\s+(?:granted|given|offered|allowed|entitled\s+to|eligible\s+for)|benefit(?:s|ed|ing)?\s+from|(?:is|are)\s+entitled\s+to|keep(?:s|ing)?|kept|retain(?:s|ed|ing)?|(?:pay|pays|paid|paying)\s+(?:[^.;,]{0,80}?\s)?with)\s+(?:an?\s+)?(?:(?:further|additional|flat|uniform|standard)\s+)?$/i;
/** A relief received as the last of a list of incentives after the verb of receiving, each an
 *  item of its own: "Projects … enjoy a preferential rate of 10% for 15 years, a tax holiday of 4
 *  years and a ", "qualify for an exemption from import duty and a " (v284). */
const RELIEF_LISTED_BEFORE_RE =
  /\b(?:receiv(?:e|es|ed|ing)|get|gets|enjoy(?:s|ed|ing)?|qualif(?:y|ies|ied|ying)\s+for|(?:is|are)\s+(?:granted|given|offered|entitled\s+to|eligible\s+for)|benefit(?:s|ed|ing)?\s+from)\s+(?:an?|the)\s+(?:[^.;:]|\.(?=\d)){0,200}?\b(?:rates?|holidays?|exemptions?|allowances?|credits?|deductions?|rebates?|discounts?|abatements?|remissions?|waivers?)\b(?:[^.;:]|\.(?=\d)){0,120}?(?:,\s+(?:and\s+)?|\s+and\s+)an?\s+$/i;
/** Right after the number, the noun of a relief that reads as a change elsewhere: " reduction", " cut". */
const RELIEF_AFTER_RE = /^[\s-]+(?:reduction|cut)\b/i;
/** Before the number, a relief's noun with its rate after it, bounded or not: "a reduction of ",
 *  "a further reduction of up to ", "a rebate of ", with the charge it is taken from before it,
 *  "a rent reduction of ", "a standing charge reduction of " (v211), and the rates after the
 *  first of several it offers, "a rent reduction of 25 per cent or " (v266). Group `noun` is the
 *  noun. */
const RELIEF_OF_BEFORE_RE =
  /\ban?\s+(?:(?:further|additional|flat|uniform|standard)\s+)?(?:(?:[\w-]+\s+)?(?:rent|fee|tax|duty|levy|rates?|charge|tariff|fare|toll|premium|licen[cs]e)\s+)?(?<noun>reductions?|rebates?|discounts?|abatements?|remissions?)\s+of\s+(?:(?:up\s+to|at\s+most|as\s+much\s+as)\s+)?(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)(?:\s*,\s*|\s*,?\s+(?:or|and)\s+))*$/i;
/** Before "a reduction", a verb that hands a relief to a group named after it: "gives eligible
 *  properties ", "grants pensioners ", "offers members of the scheme " (at most four words). */
const RELIEF_GIVEN_BEFORE_RE =
  /\b(?:giv(?:e|es|ing)|gave|grant(?:s|ed|ing)?|offer(?:s|ed|ing)?|allow(?:s|ed|ing)?)\s+(?:(?!(?:an?|the)\b)[\w'’-]+\s+){1,4}$/i;
/** A clause that left its verb out after one that stated it: ", and those scoring 50 points or
 *  more " after "receive a 12% reduction in port dues": the receiving verb and a relief's noun
 *  earlier in the sentence, then ", and" or "; " and the group's words, no verb of their own; v238:
 *  also a bare rate received ("will receive the full 35%, and those rated B ") and " and" with no
 *  comma ("receive a 30% reduction in the basic tax and ships of 6 to 10 years "). */
const RELIEF_GAPPED_BEFORE_RE = new RegExp(
  String.raw`${/\b(?:receiv(?:e|es|ed)|get|gets|enjoy|enjoys|qualif(?:y|ies)\s+for|(?:is|are)\s+(?:granted|given|offered|entitled\s+to|eligible\s+for))\s/.source}(?:[^.;]|\.(?=\d)){0,40}?(?:\b(?:reductions?|rebates?|discounts?|abatements?|remissions?)\b|\d\s?(?:%|per\s?cent\b|percent\b))(?:[^.;]|\.(?=\d)){0,120}?(?:,?\s+and|;)\s+(?:(?!(?:is|are|was|were|has|have|had|will|receive[sd]?|got|gets?|reported|recorded|saw|shows?|showed)\b)[\w'’()-]+\s+){1,9}$`,
  'i',
);

/**
 * The noun of a relief a group receives whose rate comes after it ("Farmers receive a further
 * reduction of 10%", "is entitled to a reduction of up to 20% in the fee", "gives carers a rebate
 * of ", "…, and those scoring 50 points or more a reduction of "), read from the words before the
 * number: the rate of the relief, a share, as "a 20% reduction" a group receives is (v143). A
 * reduction no group receives ("a reduction of 35% from the 2034 rate", "reported a reduction of
 * 6%") is the price's own change: undefined.
 * @example reliefOfBefore('Farmers receive a further reduction of ') // 'reduction'
 * @example reliefOfBefore('Transhipment: €9.75 per move, a reduction of ') // undefined
 */
function reliefOfBefore(before: string): string | undefined {
  const near = before.slice(-260);
  const m = RELIEF_OF_BEFORE_RE.exec(near);
  if (!m) return undefined;
  const lead = near.slice(0, m.index);
  return RELIEF_RECEIVED_BEFORE_RE.test(`${lead}a `) ||
    RELIEF_GIVEN_BEFORE_RE.test(lead) ||
    RELIEF_GAPPED_BEFORE_RE.test(lead)
    ? m.groups!.noun!
    : undefined;
}

function share(s: string, start: number, end: number, status?: FigureStatus): Cue {
  const object = objectOf(s.slice(end));
  return {
    kind: 'share',
    start,
    end: end + (object?.length ?? 0),
    object: object === undefined ? undefined : objectWords(object),
    status,
    guessed: !object,
  };
}

/** Before a bracket, a change named as a noun with a superlative ("the largest decline"), then the
 *  sum it came to: "the largest increase … amounted to $640.5 million (". Group 1 is the noun. */
const CHANGE_NOUN_AMOUNT_BRACKET_RE = new RegExp(
  String.raw`\b(?:largest|biggest|greatest|highest|steepest|sharpest|strongest|deepest|main)\s+(increases?|rises?|gains?|growth|declines?|decreases?|falls?|drops?|contractions?)\b(?:[^.;:()%]|\.(?=\d)){0,200}?\b(?:amounted\s+to|(?:were|was)\s+valued\s+at|valued\s+at|totall?ed|came\s+to|reached)\s+(?:${CURRENCY_SIGN})(?:${NUMBER})(?:\s*(?:${SCALE})\b)?\s*\(\s*$`,
  'i',
);

/** A sum written with a currency sign before a grouped or scaled number: "Rp. 3,061.2 trillion". */
const MONEY_IN_WHOLE_RE = new RegExp(
  String.raw`(?<![\w$])(?:${CURRENCY_SIGN})${CODE_NUMBER_AHEAD}`,
);

/** A whole that is only a period: "the first quarter", "the second half", "the previous year". */
const PERIOD_WHOLE_RE =
  /^(?:the\s+)?(?:(?:first|second|third|fourth|1st|2nd|3rd|4th|last|previous|same)\s+(?:quarter|half)|(?:last|previous|same)\s+(?:year|month))$/i;
/** "of late" (lately) after a number: when, not a whole ("inflation has been about 1 percent of late"). */
const OF_LATE_RE = /^\s+of\s+late\b/i;

/** After "plus" in a whole, a sum's first word: a number, bare or after a sign or a currency's
 *  letters ("16 cents", "R16.86", "P6.12", "$4", "KES 40"). */
const PLUS_SUM_WORD_RE = /^(?:[A-Z]{1,3}\$?|[$€£¥₹₱])?\d/;

/** " of world trade" → that phrase up to the first stop word or punctuation, as the text has it. */
function objectOf(after: string): string | undefined {
  // A number inside the whole is one word: "a third of the 1,200 firms"; a number in percent is
  // the next figure, never part of the whole ("10% of households hold 45% of wealth").
  const cut = after.search(/\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)/i);
  // A sum with its currency sign is the next figure too ("41 percent of the ceiling of Rp. 3,061.2
  // trillion"), never a word of the whole.
  const money = after.search(MONEY_IN_WHOLE_RE);
  const ends = [cut, money].filter((i) => i >= 0);
  const scope = ends.length === 0 ? after : after.slice(0, Math.min(...ends));
  if (OF_LATE_RE.test(scope)) return undefined;
  // "3.0% as a share of the total economy": the share named before "of" leaves its whole after it.
  const of =
    /^(?:\s+as\s+a\s+(?:share|proportion)(?=\s+of\b))?\s+of\s+((?:(?:\d[\d,]*\d(?:\.\d+)?|[\w'’&.-]+)\s*){1,5})/.exec(
      scope,
    );
  if (!of) return undefined;
  const words = of[1]!.split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (const [i, w] of words.entries()) {
    const clean = w.replace(/[.,;:]+$/, '');
    // "46% of the price plus R16.86": a sum added after "plus" is a figure of its own (v224).
    if (/^(?:plus|minus)$/i.test(clean) && PLUS_SUM_WORD_RE.test(words[i + 1] ?? '')) break;
    if (
      /^(?:and|or|but|while|in|by|from|for|over|since|compared|with|at|as|on|to|than|which|that|who|was|were|is|are|still|if|this|last|next|expected|projected|likely|forecast|due)$/i.test(
        clean,
      ) ||
      // A finite verb ends the whole: "Incomes of the poorest 20% of families rose 2.2%".
      /^(?:rose|rise|rises|fell|fall|falls|grew|grow|grows|increased|decreased|declined|dropped|climbed|jumped|slipped|gained|edged|expanded|contracted|saw|see|sees|hold|holds|held|has|have|had|will|would|can|could|may|might|should|must|do|does|did|said|say|says|saying|told|reported|reporting|intend|intends|intending|planning|expecting)$/i.test(
        clean,
      )
    )
      break;
    kept.push(clean);
    if (clean !== w) break; // punctuation ends the phrase
  }
  // "of the ceiling of Rp. 3,061.2 trillion": the sum cut off leaves its "of" behind.
  if (money >= 0 && scope.length === money) {
    while (kept.length > 0 && /^(?:of|the|an?|plus|minus)$/i.test(kept.at(-1)!)) kept.pop();
  }
  if (kept.length === 0) return undefined;
  // "the 3.2% of the first quarter": a period after "of" is when the number was read, no whole.
  if (PERIOD_WHOLE_RE.test(kept.join(' '))) return undefined;
  // Walk the kept words in order, so a short last word inside an earlier one ("hold" in
  // "households") is found where it stands.
  let end = of[0].length - of[1]!.length;
  for (const w of kept) end = after.indexOf(w, end) + w.length;
  return after.slice(0, end);
}

/** The object's own words, without "of": " of Sakhalin 1" → "Sakhalin 1". */
function objectWords(phrase: string): string {
  return phrase.replace(/^\s+of\s+/, '').replace(/[.,;:]+$/, '');
}

/** Between a change and an amount that ", or" restates, a clause of its own: ", but only ",
 *  ", while ", ", although ". */
const NEW_CLAUSE_BETWEEN_RE = /,\s+(?:but|while|whereas|although|though|yet)\s/i;

/** "and", ", ", "in 2032 and" or "this year and" between two numbers: the second continues the
 *  first's verb. */
function sharesVerb(between: string): boolean {
  return /^(?:\s+(?:(?:in|for|during|by)\s+[\w-]+|(?:this|next|last)\s+(?:year|quarter|month)))?\s*,?\s*(?:and|or)?\s*$/i.test(
    between,
  );
}

/** Between a change and a number with no word of its own, nothing that could give the number
 *  another kind: no verb of being, holding or making up, no relative clause, no other number (a
 *  year apart), no colon or bracket ("rose 4.0% in value; in volume terms, 2.2%" goes on). */
function gapped(between: string): boolean {
  return (
    between.length <= 100 &&
    !/[:()]/.test(between) &&
    // A date is no other number: "by 20 percent from 1 January 2033, and the prices … by".
    !/\d/.test(withoutPeriods(between)) &&
    !GAP_BARRIER_RE.test(between) &&
    // "by 25 basis points to 4.50%", "at 2%": a level the change reached or started from.
    !/\b(?:to|at|from)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|just)\s+)*$/i.test(
      between,
    )
  );
}

/** At the end of the words between two members of a list of changes, a bound after "and" or "or":
 *  " in 2018 and more than ", " and slightly less than " (", more than " compares, no list). */
const LISTED_BOUND_END_RE =
  /\b(?:and|or)\s+(?:(?:well|slightly|just|a\s+little)\s+)?(?:more|less)\s+than\s+$/i;

/** The start of "from 3.1% in 2030 to 2.7%" is what already happened. */
function fromStart(before: string, after: string): boolean {
  return /\bfrom\s+$/i.test(before) && /^\s+in\s+(?:19|20)\d\d\s+to\b/i.test(after);
}

/** "exports increased by 30.2% up to 401.6 bln": "up to" right after a change's size is the level
 *  the change reached, no ceiling. */
/** "As much as 41% of the firms polled …" at the head of a sentence stresses the size of the
 *  subject, no ceiling: the clause's own words say whether it is a forecast. */
const OPENING_AS_MUCH_AS_RE = /^\s*["“]?as much as\s+$/i;
/** "now it is up to 12%", "the share is now up to": a present level "now" has gone up to, no
 *  ceiling. */
const NOW_UP_TO_RE =
  /\b(?:(?:now|currently|today)\s+(?:[\w'’-]+\s+){0,3}?(?:is|are)|(?:is|are)\s+(?:now|currently))\s+up to\s+$/i;
/** "the firms polled handle up to 70% of all freight", "ports that account for as much as": a verb
 *  of the part a subject makes up now, in the present with no modal, bounds its extent, no
 *  possibility (a modal or a forecast word elsewhere still makes it one). */
const PRESENT_PART_UP_TO_RE =
  /\b(?<!\b(?:will|would|could|may|might|can|should|shall|to)\s+)(?:generate|handle|account\s+for|make\s+up|represent|constitute|comprise|carry|deliver|produce)\s+(?:as much as|up to)\s+$/i;
const CHANGE_THEN_UP_TO_RE = /\d\s?(?:%|per\s?cent|percent|percentage\s+points?)\s*,?\s+up to\s+$/i;

function hedged(before: string): boolean {
  if (!HEDGE_BEFORE_RE.test(before) || MOTION_UP_TO_RE.test(before)) return false;
  if (CHANGE_THEN_UP_TO_RE.test(before)) return false;
  if (OPENING_AS_MUCH_AS_RE.test(before) || NOW_UP_TO_RE.test(before)) return false;
  if (PRESENT_PART_UP_TO_RE.test(before)) return false;
  // "may deduct a rebate of up to": the bound of a permission is set, no possibility.
  if (PERMITTED_BOUND_BEFORE_RE.test(before)) return false;
  const past = PAST_HEDGE_BEFORE_RE.exec(before);
  // "will be tripled, and the credit line increased by up to": a participle under a modal passive
  // ("will be", "to be") is no past.
  return !past || FORECAST_WORD_RE.test(past[0]) || MODAL_PASSIVE_BEFORE_RE.test(before);
}

/** A modal or infinitive passive whose participles follow in the same clause or list: "will be
 *  increased by up to", "is to be raised by up to". */
const MODAL_PASSIVE_BEFORE_RE =
  /\b(?:will|shall|would|to)\s+(?:(?:also|then|further|now)\s+)?be\s+[a-z]+ed\b[^.;:]*$|\b(?:will|shall)\b[^.;:]*\band\s+be\s+[a-z]+ed\b[^.;:]*$/i;

/** The kind the clause's subject names, nearest noun to the number first (SUBJECT_KIND_RE), with
 *  where that noun starts in `before`. */
function subjectKind(
  before: string,
): { kind: 'change' | 'level'; noun: string; at: number } | undefined {
  const lead = clauseLead(before);
  // "in the north, the inflation rate fell from …; in the south, it fell from 2.6%": a pronoun
  // subject names what the clause before the semicolon named.
  if (lead.length < before.length && PRONOUN_SUBJECT_RE.test(lead)) {
    const own = subjectKind(lead);
    return own ?? subjectKind(before.slice(0, before.length - lead.length - 1));
  }
  // "After a rise in 2030, the share of clearing is steady at 63%": a change named in a fronted
  // phrase before the main clause's own subject is what came before, not that subject.
  const frontedEvent = FRONTED_EVENT_RE.exec(lead);
  if (frontedEvent && /\b(?:the|its|their)\s/i.test(lead.slice(frontedEvent[0].length))) {
    const blanked = ' '.repeat(frontedEvent[0].length) + lead.slice(frontedEvent[0].length);
    return subjectKind(before.slice(0, before.length - lead.length) + blanked);
  }
  let last: RegExpExecArray | undefined;
  let levelTo = false;
  for (const m of lead.matchAll(SUBJECT_KIND_RE)) {
    // "a decrease of US$14.2 billion or 3.1%": an event whose own number comes first is that
    // number's subject, not this one's. A period is no such number: "the sectors showing
    // increases since August 2018 were A (33.3%)" still lead in to A's change.
    const rest = withoutPeriods(lead.slice(m.index + m[0].length));
    // "a 25bp cut, taking the rate to 4.5%", "a 0.5 percent rise, to 3.1 percent": an event whose
    // own number is written inside it, before its noun, is that number's subject, not this one's.
    if (
      m.groups!.event &&
      /\d\s?-?(?:%|bps?\b|basis|percentage|points?\b|pp\b|p\.p\.|per\s?cent)/i.test(m[0])
    )
      continue;
    // "The jobless rate rises to 5.4%", "the policy rate increases slightly to": a plural change
    // noun right before "to" and the number is the subject's verb in the present, not an event
    // ("the rate rises", as hikes) whose measure is a change; so is one right before "from" a
    // level "to" another ("an interest rate on debt that rises from 2.9 per cent to 3.4 per
    // cent"). "The price rises to 4% seen in 2030" keeps the noun of price, pay and wage rises.
    if (
      m.groups!.event &&
      /s$/i.test(m[0]) &&
      !/\b(?:price|pay|wage|salary|rent|fare|tariff|tax)\s+\S+$/i.test(m[0]) &&
      PRESENT_VERB_PATH_AFTER_RE.test(rest)
    )
      continue;
    // "a cut of ½ a percentage point, to 3.75%", "of half a percentage point": a fraction too.
    // A rate named as growth or inflation stays the subject though a change of it comes first:
    // "revised their estimate of growth down 20 basis points to 2.2 percent".
    if (
      m.groups!.event &&
      /[\d½⅓⅔¼¾⅛⅜⅝⅞]|\b(?:half|quarters?|thirds?)\b/i.test(rest) &&
      !/\b(?:growth|inflation)$/i.test(m[0])
    )
      continue;
    // "the unemployment rate had seen a decline, dropping from 7.1% to …", "the savings ratio
    // registered an increase, climbing to 9%": a change that the subject's verb only reports,
    // with a level it went to or from, leaves the measure named first the subject (a rate's levels
    // are shares, inflation's changes with their own sign); "saw a decline of 0.7%" is its size.
    if (
      m.groups!.event &&
      last !== undefined &&
      REPORTED_CHANGE_BETWEEN_RE.test(lead.slice(last.index + last[0].length, m.index)) &&
      LEVEL_PATH_AFTER_EVENT_RE.test(lead.slice(m.index + m[0].length))
    )
      continue;
    // "the repo rate cut to 2%", "a rate hike to 5 percent from 4.5 percent": a change noun right
    // after a rate's noun, then "to" and the number, names the level the rate was taken to, so the
    // rate is the subject; "the inflation rate cut to 2%" names a change, as before.
    levelTo =
      m.groups!.event !== undefined &&
      RATE_CHANGE_NOUN_RE.test(m[0]) &&
      PRESENT_VERB_TO_AFTER_RE.test(rest);
    last = m;
  }
  // "… third-quarter GDP growth: A at 5.3 percent, B at 4.9 percent": a list after a colon whose
  // items name no subject of their own takes the lead-in's.
  if (!last && lead.length < before.length && before[before.length - lead.length - 1] === ':')
    return subjectKind(before.slice(0, before.length - lead.length - 1));
  if (!last) return undefined;
  // An event's stated words start at its noun, not its article: "the decline" → "decline".
  const noun = last.groups!.event ? last[0].slice(last[0].lastIndexOf(' ') + 1) : last[0];
  const at = before.length - lead.length + last.index + last[0].length - noun.length;
  return { kind: last.groups!.level || levelTo ? 'level' : 'change', noun, at };
}

/** A fronted phrase naming a change that came before, up to its comma: "Following an increase in
 *  2017, ", "After a sharp rise last year, ", "Despite the fall, ". */
const FRONTED_EVENT_RE = new RegExp(
  String.raw`^\s*(?:following|after|despite|amid)\s+(?:an?|the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?:${CHANGE_NOUN})\b[^,;:\d%]{0,40}?(?:\b(?:19|20)\d\d\b[^,;:\d%]{0,20}?)?,\s+`,
  'i',
);

/** An event that is a rate's change, its noun right after the rate's: "the repo rate cut", "a
 *  policy rate hike", "the rate increase" (not a growth or inflation rate's). */
const RATE_CHANGE_NOUN_RE = new RegExp(
  String.raw`(?<!\b(?:${CHANGE_QUALIFIER})\s+)\brates?\s+(?:${CHANGE_NOUN})$`,
  'i',
);

/** Between a level noun and a change noun, a verb that only reports the change: " had seen ",
 *  " in Arland registered ", " has also recorded ", " continued ", " has been on ". */
const REPORTED_CHANGE_BETWEEN_RE =
  /^\s+(?:(?:in|of|for|among)\s+[^,;:.\d%]{1,40}?\s+)?(?:(?:has|have|had|also|then|again)\s+)*(?:see|sees|saw|seen|register(?:s|ed)?|record(?:s|ed)?|post(?:s|ed)?|experienc(?:e|es|ed)|show(?:s|ed|n)?|witness(?:es|ed)?|log(?:s|ged)?|underwent|undergo(?:es|ne)?|continu(?:e|es|ed)|extend(?:s|ed)?|resum(?:e|es|ed)|(?:been|is|was|are|were|remained|stayed)\s+on)\s+$/i;
/** After a reported change noun, the level it went to or from, with no size of its own: ", dropping
 *  from ", " over the year, dropping from ", " to ", ", climbing to about " (not " of ", " by "). */
const LEVEL_PATH_AFTER_EVENT_RE =
  /^(?:\s+(?:in|over|during|since)\s+[^,;:\d%]{1,30}?)?\s*,?\s*(?:(?:and\s+)?[a-z]+ing\s+(?:back\s+)?)?(?:(?:in|over|during)\s+[^,;:\d%]{1,30}?\s*,?\s+)?(?:to|from)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;

/** A sentence whose subject is a pronoun, before a number in its first clause: "It is expected to
 *  average 2.6%", also after a fronted phrase set off by a comma ("Across the region, it should ease
 *  to 2.9%", "By the end of 2035, it should be", "As a result, it was", "Per the ministry, over the
 *  coming two years it would be 3.4% and 2.8% respectively") or a fronted time or link word with
 *  none ("Meanwhile it was", "Last year it was", "Later in the year it was", "Then it was"). */
const CARRYING_PRONOUN_RE =
  /^\s*(?:[^,;:.%]{1,50},\s*)?(?:(?:in|over|during|for)\s[^,;:.]{1,40}?\s|(?:meanwhile|then|thereafter|subsequently|afterwards|later|since\s+then|now|overall|still|however|also|(?:this|last|next)\s+(?:year|quarter|month)|(?:later|earlier)\s+in\s+the\s+(?:year|quarter|month))\s+)?(?:it|they|its(?=\s+(?:approach|return|path|move|convergence|descent|ascent)\b))\s[^;:]*$/i;

/**
 * The kind of the subject a sentence opens with (in its first 60 units), which a pronoun subject of
 * the next sentence carries on: a growth or inflation rate, or a level such as a policy rate.
 * @example openingSubject('Headline inflation continued to decline.') // 'change'
 * @example openingSubject('The unemployment rate stayed high.') // 'level'
 * @example openingSubject('Exports stayed weak.') // undefined
 */
export function openingSubject(sentence: string): 'change' | 'level' | undefined {
  // "After touching a low of 1.4% in May, inflation is expected to …": a fronted clause that
  // names no subject leaves the main clause's right after its comma.
  const fronted = FRONTED_CLAUSE_RE.exec(sentence)?.[0].length ?? 0;
  const re = new RegExp(SUBJECT_KIND_RE.source, 'i');
  const m =
    re.exec(sentence.slice(0, 60)) ??
    (fronted ? re.exec(sentence.slice(fronted, fronted + 60)) : null);
  if (!m) return undefined;
  return m.groups!.level ? 'level' : 'change';
}

/** A sentence that opens with more of what the sentence before ended on, with no whole after the
 *  number: "An additional 0.5 per cent applies to late filers" after "fees rise by 2.5 per cent" is
 *  more rise. */
const MORE_OF_IT_LEAD_RE = /^\s*(?:an\s+additional|a\s+further|an\s+extra)\s+$/i;

/** Between two bounds, the "or" that offers the second as the same criterion's other arm, after
 *  the prices or terms the first is measured in: " or ", " in 2011 prices or ", ", or ". */
/** Between a bound and a later number, the words up to a bracket that gives the bound's earlier
 *  level: " for single persons (previously CHF ", " (formerly £", " (was ". */
const EARLIER_BOUND_BETWEEN_RE =
  /^[^\d.;:()]{0,40}\(\s*(?:previously|formerly|was|before)\s+(?:[^\s\d]{1,4}\s?)?$/i;
const BOUND_ALTERNATIVE_BETWEEN_RE =
  /^(?:\s+in\s+(?:(?:19|20)\d\d\s+)?(?:constant\s+|current\s+|real\s+)?(?:prices|terms))?\s*,?\s+or\s+(?:(?:more|less)\s+than\s+)?$/;

/** A fronted adverbial clause and its comma: "After touching a low of 1.4% in May, ". */
const FRONTED_CLAUSE_RE =
  /^\s*(?:after|following|while|although|though|despite|having|once|with)\s(?:[^,;:.]|\.\d){1,80},\s*/i;

/** A sentence that opens with a bare "The rate" (no word of what rate) as its subject, with no
 *  other clause before the number: "The rate has remained in the ". */
const BARE_RATE_OPENING_RE = /^\s*The\s+rate\s+(?!of\b)[^,;:]*$/;

/** A clause whose subject is a pronoun: "in the south, it fell from", "they rose by". */
const PRONOUN_SUBJECT_RE = /^(?:[^,]*,\s*)?\s*(?:it|they)\s+(?:[a-z]+\s+){0,2}?[a-z]+(?:ed|s)?\b/i;

/** Shortly before a level, the index or ratio it is a reading of: "a volume index of ", "the
 *  statutory liquidity ratio stood at ", "Construction volume index reached ". */
/** A ratio, cover or index as the subject, then a verb that takes it from or to a level: "the
 *  backing ratio increased from ", "the coverage index fell from 131.2 per cent in March to ". */
const RATIO_PATH_BEFORE_RE =
  /\b(?:ratios?|coverage|cover|index|indices)\s+(?:[a-z]+\s+){0,4}?(?:increased|decreased|rose|fell|went\s+(?:up|down)|climbed|dropped|declined|edged\s+(?:up|down)|improved|eased|moved|changed|slipped)\s+(?:slightly\s+|marginally\s+)?(?:from\s+(?:[^.;:]|\.\d)*?\s+)?(?:from|to)\s+(?:(?:about|around|some|nearly|almost)\s+)?$/i;
/** A ratio named in the clause before a number: "the liquidity ratio stood at", "a
 *  loan-to-deposit ratio of" (the word the validator reads, src/model/ratioDenominator.ts). */
const RATIO_NAMED_BEFORE_RE = /\bratios?\b/i;
/** Before a level, the count per head it is a reading of: "per 100 inhabitants", "tele-density",
 *  "teledensity", "broadband penetration" (a ratio named by its denominator before the number). */
const PER_HEAD_BEFORE_RE =
  /\bper\s+(?:100|1[,.]?000|hundred|thousand)\s+(?:inhabitants|people|persons|population|residents|households|citizens|adults)\b|\b[\w]*-?densit(?:y|ies)\b|\bpenetration\b/i;
const INDEX_OR_RATIO_BEFORE_RE =
  /\b(?:index|indices|indexes|ratio|coverage)\s+(?:(?:of|was|is|stood|reached|amounted|came|stands|at|to|in|[a-z]+ed)\s+){0,3}(?:(?:about|around|some|nearly|almost)\s+)?$/i;

/** A clause whose subject only points back, right before its number: ", but this should edge up
 *  to ", "; it is seen at ", "which will rise to ". */
const POINTING_PRONOUN_CLAUSE_RE =
  /(?:^|[,;]\s*(?:(?:but|and|while|although)\s+)?)(?:this|it|which)\s+(?:(?:is|was|should|could|would|will|may|might|then|also|likely|expected|projected|forecast|seen|set|to|be)\s+){0,4}(?:edge|edging|rise|rising|fall|falling|climb|ease|easing|increase|decrease|pick|come|go|stand|reach|average|remain|stay|return|slow|accelerate|decelerate|moderate|drop|decline|recover)[a-z]*\s+(?:up\s+|down\s+|back\s+|at\s+|to\s+|by\s+|from\s+)*(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** A government balance or debt named as a level: "a budget surplus", "deficits", "the debt ratio",
 *  "the ratio of public debt to GDP". */
const BALANCE_LEVEL_RE =
  /\b(?:government|budget|fiscal|general\s+government)\s+(?:surplus(?:es)?|deficits?|balances?|debt)\b|\b(?:surplus(?:es)?|deficits?|debt)\b[^.;]{0,40}?\b(?:of|to)\s+GDP\b|\bdebt(?:[- ]to[- ]GDP)?\s+ratios?\b|\bratios?\s+of\s+(?:[\w-]+\s+){0,2}?debt\s+to\s+GDP\b/i;
/** Any verb or noun of change in a sentence: "fell", "an increase", "narrowed". */
const CHANGE_IN_SENTENCE_RE = new RegExp(
  String.raw`\b(?:${VERB}|${CHANGE_NOUN}|narrow(?:s|ed|ing)?|widen(?:s|ed|ing)?|improve(?:s|d|ment)?|deteriorat(?:e|es|ed|ion))\b`,
  'i',
);
/** A name and its opening bracket, also glued to a word before it as a page may lose a space
 *  ("registered inCestia ("). */
const NAME_BRACKET_BEFORE_RE = /[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s?\(\s?$/;
/** Two percents joined by "to", each with its own percent sign: "7.2% to 9.8%". */
const TWO_LEVELS_RE = /^\d[\d.,]*\s?%\s+to\s+\d[\d.,]*\s?%$/;
/** After the first of two percents in a name's bracket, the one it went to (group 1), then the
 *  bracket's end or the span: " to 9.8%)", " to 9.8% between May and June". */
const BRACKET_TO_LEVEL_AFTER_RE = /^\s+to\s+(\d[\d.,]*\s?%)\s*(?:\)|between\b|in\b)/i;
/** A rise or a fall told by a verb or a plural noun ("the rate rose", "the biggest increases"),
 *  not growth, which names a measure as often as a move. */
const RISE_OR_FALL_RE =
  /\b(?:increase[sd]?|decrease[sd]?|rises|rose|risen|falls|fell|fallen|declines|declined|drops|dropped)\b/i;
/** Right before a bracketed number, a name it belongs to (no amount, no number): "Mexico (". */
const NAMED_BRACKET_BEFORE_RE = /(?<![\d%]\s?)\b[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s?\(\s?$/;
/** A sign noun right before its number: "a plus of ", "(plus ", "a minus of ", "– minus "; not a
 *  "plus" that adds the number to a sum before it ("$1.50 a week plus 0.15% a year": a fee of two
 *  parts, v151). */
const SIGN_NOUN_BEFORE_RE =
  /(?<!\d(?:\s*(?:million|billion|bn|m))?(?:\s+(?:a|an|per|each)\s+[a-z]+)?\s+)\b(?:(?:a|showed\s+a)\s+)?(?:plus|minus)\s+(?:of\s+)?$/i;
/** A verb or relative that makes a number a part of a whole: "made up", "represents", "which". */
const PART_VERB_RE =
  /\b(?:ma(?:de|ke|kes|king)\s+up|represent(?:s|ed|ing)?|account(?:s|ed|ing)?\s+for|dominat(?:e|es|ed|ing)\s+by|which|of\s+(?:the\s+)?total)\b/i;
/** Right before a number, a verb of a measure passing a level: "has dropped below ", "slipped
 *  under ", "rose above ", "climbed past ". ("rose over 5%" often means "by more than 5%": not here.) */
const LEVEL_PASSED_BEFORE_RE =
  /\b(?:fell|fallen|falls?|falling|dropped|drops?|dropping|slipped|slips?|slipping|sank|sunk|sinks?|dipped|dips?|dipping|rose|risen|rises?|rising|climbed|climbs?|climbing|moved|edged|jumped|surged|soared)\s+(?:back\s+)?(?:below|under|above|past)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;

/** The head of a clause's subject: its words up to the first preposition, auxiliary or verb of
 *  change ("Trade" of "Trade with rich economies has dropped below ", "The jobless rate" of "The
 *  jobless rate fell below ").
 *  @example headNoun('Trade with rich economies has dropped below ') // 'Trade ' */
function headNoun(clause: string): string {
  const text = clause.trimStart();
  const cut = text.search(
    /\b(?:with|of|in|to|from|for|at|on|by|among|between|across|has|have|had|is|are|was|were|will|would|could|may|might|fell|fallen|falls?|dropped|drops?|slipped|slips?|sank|sunk|dipped|rose|risen|rises?|climbed|climbs?|moved|edged|jumped|surged|soared)\b/i,
  );
  return cut < 0 ? text : text.slice(0, cut);
}

/** Before a percent, a gap in points and the comparative that sets it against this percent: "25
 *  basis points lower than the ", "0.3 percentage points below the ", "1.21 percentage points above
 *  the approved level of ", "9 bps tighter than its ". The percent is the level the gap is from. */
const POINTS_GAP_BASE_BEFORE_RE =
  /\d[\d.,]*\s*(?:percentage[\s-]+points?|basis[\s-]+points?|bps?|pp|p\.p\.)\s+(?:lower|higher|below|above|under|over|narrower|wider|tighter|less|more)\s+(?:than\s+)?(?:the|its|their|our|a|an)\s+(?:(?:[\w'’-]+\s+){0,4}?(?:level|rate|figure|mark|average|ratio|return|yield|spread|margin)\s+of\s+)?(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** Before a percent, a margin in points that a formula adds to a rate or takes off it, then the
 *  rate it gives set off by its comma: "the repurchase rate plus 12 percentage points, or ",
 *  "the overnight deposit facility rate less 50 basis points, or ", "30 percentage points above
 *  their standard rate, to a maximum of " (v260). */
const MARGIN_LEVEL_BEFORE_RE =
  /(?:\b(?:rates?|[A-Z]{2,}[\w-]*)\s+(?:plus|minus|less)\s+\d[\d.,]*\s*(?:percentage[\s-]+points?|basis[\s-]+points?|bps?|pp|p\.p\.)(?:\s+(?:a|per)\s+(?:year|annum))?\s*,\s*(?:or|i\.e\.|that\s+is|which\s+is(?:\s+(?:now|currently))?)|\d[\d.,]*\s*(?:percentage[\s-]+points?|basis[\s-]+points?)\s+(?:above|below|over|under)\s+(?:the|their|its|a|an)\s+(?:[\w'’-]+\s+){0,3}?rates?\s*,\s*(?:up\s+)?to\s+a\s+(?:maximum|minimum|ceiling|floor|cap)\s+of)\s+(?:(?:about|around|some|roughly)\s+)?$/;
/** Right after a percent, a change's noun of its own: " rise the Agency put to consultation", "
 *  increase the utility proposed". The base a gap in points is set against is then that change
 *  (v235: "1.1 percentage points lower than the 4.5% rise"), not a level. */
const OWN_CHANGE_NOUN_AFTER_RE = new RegExp(String.raw`^\s+(?:${CHANGE_NOUN})\b`, 'i');
/** The measure a clause opens with as its subject, when nothing later in the clause names another
 *  kind: "GDP is expected to rise in 2034 to ", "Business investment has been revised to ". A
 *  clause that names a share anywhere ("Exports accounted for ") gives none.
 *  @example subjectMeasure('GDP is expected to rise in 2034 to ') // 'change' */
/**
 * v92: a number the level before it is compared with — the level it came from ("at 3.6% for
 * 2024, down from 5.6% a year earlier", "reduced its rate to 24.6 percent from 27.3 percent") or
 * a benchmark it stands against ("still above the 2% materiality threshold", "below the 4.5% most
 * economists had expected") — is a level of the same measure, whatever verb or subject the
 * sentence has elsewhere: like is compared with like. The words between name no measure of
 * their own, and the number's own clause names no change ("above the 3% growth of wages").
 * @example comparedLevel('The error rate was 3.6%, down from 5.6% a year earlier.', { start: 18, end: 22, kind: 'share', notes: [] }, ', down from ', ' a year earlier.') // true
 */
export function comparedLevel(
  s: string,
  previous: Match | undefined,
  between: string,
  after: string,
): boolean {
  if (previous?.kind !== 'share' || previous.range || between.length > 160) return false;
  // A gap, not a level, on either side: "17% wider than a year earlier but 6.4% below the ₱333.7
  // billion programmed".
  const gap =
    /^\s*(?:(?:%|per\s?cent|percent)\s*)?(?:below|above|higher|lower|more|less|wider|narrower|bigger|smaller|larger|over|under|up|down|short)\b/i;
  if (gap.test(between) || gap.test(after)) return false;
  if (
    /[.;:]|\b(?:while|whereas|but|and)\s+(?:[\w'’-]+\s+){0,4}?(?:is|are|was|were|has|had|stood|rose|fell)\b/i.test(
      between,
    )
  )
    return false;
  // A bracketed aside ("(CPIH-real, appointee level)") qualifies the level before; it names no
  // other measure.
  if (measureKind(between.replace(/\([^()]*\)/g, ' ')) !== undefined) return false;
  if (measureKind(after.split(/[,;:]|\.(?!\d)/)[0]!) === 'change') return false;
  return cameFrom(s, previous, between) || COMPARED_BETWEEN_RE.test(between);
}

function subjectMeasure(whole: string): 'change' | 'share' | undefined {
  // "Its unit prices fell 7.5% and its EBIT margin fell from ", "Prices fell 3%, while capacity
  // utilisation dropped to ": a clause joined after a number, with a subject and verb of its own,
  // opens on that subject; the first clause's measure is not this one's.
  // Only a level it went to or from: "and mining output fell by an average of" keeps the size.
  const joined = [...whole.matchAll(JOINED_CLAUSE_RE)].at(-1);
  const clause =
    joined && JOINED_LEVEL_PATH_RE.test(whole.slice(joined.index + joined[0].length))
      ? whole.slice(joined.index + joined[0].length - joined[1]!.length)
      : whole;
  const opening = measureKind(
    clause.replace(HEADING_LINE_RE, '').trimStart().slice(0, 30),
    'first',
  );
  return opening === 'change' && measureKind(clause) === 'change' && !PART_VERB_RE.test(clause)
    ? 'change'
    : undefined;
}
/** After a number, a conjunction, then a clause of its own: a subject (group 1, up to five words,
 *  no verb or sequence word first) and a verb of change: " and its EBIT margin fell", ", while
 *  capacity utilisation dropped", " but the load factor has eased" (not " and then fell"). */
/** After a joined clause's verb, the level path it takes to the number, no size ("by"): " from ",
 *  " to ", " back to about ", " from 9.2% to ", " from 6.8% of turnover in 2028 to ". */
const JOINED_LEVEL_PATH_RE =
  /^(?:\s+(?:sharply|further|back|slightly|markedly|steeply))?(?:\s+(?:in|over|during)\s+[^\d;,]{1,30}?)?\s+(?:to|from)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?(?:[-–−+]?\d[^;]*?\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?)?$/i;
const JOINED_CLAUSE_RE = new RegExp(
  String.raw`\d[^;\d]*?(?:,\s*|\s)(?:and|while|whereas|but|although|though)\s+(?!(?:then|also|further|later|again|so|thus|that|which|it|they|this)\b)(?!(?:${VERB})\b)((?:[\p{L}'’-]+\s+){1,5}?(?:(?:has|have|had)\s+)?(?:${VERB})\b)`,
  'giu',
);
/** A heading on its own line that the sentence under it runs on from ("Prices" ⏎ "The share of
 *  firms expecting to raise prices fell to"): a short line, no stop, over a line that opens a
 *  sentence. It is not the subject, so the subject's opening is read after it. */
const HEADING_LINE_RE = /^\s*[^\n.;:!?]{1,40}\n(?=[^\S\n]*\p{Lu})/u;
/** A phrase fronted before its sentence's subject, holding the number: "After a peak of ",
 *  "Following a record high of ", "From a low of ", "After easing to ". */
const FRONTED_BEFORE_RE =
  /^\s*(?:After|Following|From|Despite|Having\s+(?:reached|peaked\s+at))\s+(?:(?:a|an|the|its)\s+)?(?:[a-z-]+\s+){0,3}(?:of|at|(?<=ing\s+)to)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/;
/** A sentence that opens on a bare number after an article, its noun left out: "After a 3.9% this
 *  year, ". The number is of the measure the clause after its comma names, else of the sentence
 *  before, else of the figure before it. */
const FRONTED_BARE_BEFORE_RE = /^\s*(?:After|Following)\s+an?\s+$/;
/** A sentence that opens on "At" and its number, the subject after the comma: "At 48.2%, Chile's
 *  growth in pension spending was the highest" (the number is of the measure the subject names). */
const FRONTED_AT_BEFORE_RE = /^\s*At\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/;
/** Right before a number, an earlier forecast the new one is revised from, with no measure of its
 *  own: "is up from the bank's April forecast of ", "raising the forecast from the previous ". It
 *  is a forecast of the measure its sentence, or the sentence before, named. */
const EARLIER_FORECAST_BEFORE_RE =
  /\b(?:(?:up|down)\s+from\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+['’]s?\s+)?(?:[\w-]+\s+)?(?:forecasts?|projections?|estimates?)\s+of|(?:forecasts?|projections?|estimates?)\s+from\s+(?:the|its|their)\s+(?:previous|earlier|prior|initial|original))\s+(?:(?:about|around|some)\s+)?$/i;
/** Right before a number, a verb that revises a forecast with no measure of its own, and "to":
 *  "but later cut the projection to ", "has since raised its forecast to ". It is the forecast the
 *  clause before made ("expected output to grow 6 percent …, but later cut the projection to"). */
const REVISED_FORECAST_TO_BEFORE_RE =
  /\b(?:lower(?:ed|s)?|rais(?:ed|es)|revis(?:ed|es)\s+(?:up|down)(?:wards?)?|cut|cuts|trimm(?:ed)|trims|upgrad(?:ed|es)|downgrad(?:ed|es))\s+(?:the|its|their)\s+(?:forecasts?|projections?|estimates?)\s+to\s+(?:(?:about|around|some)\s+)?$/i;
/** A sentence whose subject names no measure, only a forecast or a reading of one, or a verbless
 *  item: "The new forecast stands at ", "The projection is ", "Falling to ". */
const GENERIC_SUBJECT_BEFORE_RE =
  /^\s*(?:(?:(?:the|its|our|this|that|a)\s+)?(?:(?:new|revised|latest|updated|current|central|baseline|new\s+conditional)\s+)*(?:forecasts?|projections?|estimates?|outlook)\s+(?:(?:now|currently|still|then)\s+)?(?:stands?|is|are|was|were|amounts?|comes?)\s+(?:at\s+|to\s+)?|(?:Falling|Rising|Easing|Climbing|Slowing|Edging\s+(?:up|down))\s+(?:back\s+)?to\s+)(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;

/** Right before a percent, a comma, a conjunction and "for": ", and for ", ", while for ". */
const COUNTED_FOR_BEFORE_RE =
  /,\s+(?:and|while|whereas|but)\s+for\s+(?:(?:about|around|some|nearly|almost|over|just)\s+)?$/i;

/** A colon that may break a clause, not glued to a digit after it; group 1 is set when it closes a
 *  period label right after an opening bracket ("(FY2030:", "(2029:", "(H1 2030:"), no break. */
const PERIOD_LABEL_COLON_RE =
  /(\(\s*(?:FY\s?|(?:H[12]|Q[1-4])\s)?(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?\s*)?:(?!\d)/g;

/** The words of the clause before a number (after the last ";" or sentence-internal break). */
function clauseLead(before: string): string {
  // A colon glued to a digit after it ("Q1:2024-25", "13:13") labels a period or a time: no break,
  // nor is one after a bracket's period label, which gives the same measures' earlier readings
  // ("ratios of 412% and 207% (FY2030: 388% and 181%)").
  const cut = (text: string) =>
    Math.max(
      text.lastIndexOf(';'),
      [...text.matchAll(PERIOD_LABEL_COLON_RE)].filter((c) => c[1] === undefined).at(-1)?.index ??
        -1,
    );
  let at = cut(before);
  // "Headline inflation: 2.3 %": a heading's colon right before the number names its subject.
  if (at >= 0 && /^\s*[-+–−‑]?\s*$/.test(before.slice(at + 1))) at = cut(before.slice(0, at));
  return before.slice(at + 1);
}

function isYear(t: string): boolean {
  return /^(?:1[89]|20)\d\d$/.test(t.trim());
}
