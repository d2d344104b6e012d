// From a match in a sentence to a draft figure: value or range read back through the shared
// reader of stated words (so every draft validates as written), status, topic, label, period,
// speaker, both W3C selectors, and ids namespaced by source. Pure; no I/O.

import { askedFor } from './askedFor.ts';
import { litigantClaim } from './litigantClaim.ts';
import { costMarginCell, exchangeRateCell, toleranceCell } from '../../model/pipeColumn.ts';
import { benchmarkGap, gapTakenUp, previousSentence } from './benchmarkGap.ts';
import { ratingTrigger } from './ratingTrigger.ts';
import { costMargin } from './costMargin.ts';
import { conditionGap } from './ruleCondition.ts';
import { formulaMargin } from './formulaMargin.ts';
import type { FigureStatus, Unit } from '../../model/figure.ts';
import { isCurrency } from '../../model/units.ts';
import { CONTEXT_LENGTH, firstCodePoints, lastCodePoints } from '../../model/codePoints.ts';
import { readStatedValue } from '../../model/statedValue.ts';
import {
  CURRENCY_SIGN,
  CURRENCY_WORD,
  NAMES_US_DOLLAR_RE,
  labelScale,
  NUMBER,
  PLUS_MINUS,
  SCALE,
  namedCurrency,
  namesakesIn,
  readNumber,
  yenSign,
  SPACED_COMMA_GROUP_AFTER_RE,
} from '../../model/numberVocabulary.ts';
import { readStatedRange } from '../../model/statedRange.ts';
import { signedExec, signedPattern } from '../../model/looseSign.ts';
import { BARE_YEAR_NOTE, rateCap, type Match } from './matching.ts';
import type { Paragraph } from './structure.ts';
import {
  committedTo,
  decidedChargesTitle,
  decidedSetting,
  type DecidedReading,
  lostBallot,
  lostMotion,
  setAt,
  namesDecision,
  proposalOf,
  proposedThat,
  proposesTo,
  unenactedVersion,
  billProvides,
  billChanges,
  underDecision,
} from './decided.ts';
import { announcedLevelChange } from './announcedLevel.ts';
import { estimatedPeriodStatus, laidDownAfter, MONTHS } from './tense.ts';
import { lawFixedLimit, lawFixedRate, ruleBound } from './ruleBound.ts';
import { awardWeighting } from './weighting.ts';
import { financedShare } from './financedShare.ts';
import { forecastRelativeAfter } from './relativeForecast.ts';
import { requirementSum } from './requirement.ts';
import {
  appraisalEstimate,
  businessCaseEstimate,
  proposalContent,
  proposalDocument,
  startingFact,
} from './proposalStage.ts';
import { projectedRate } from './projectedRate.ts';
import { putForward } from './putForward.ts';
import { pathBeyondDecision } from './decidedPath.ts';
import {
  costedInBody,
  costedListHeading,
  costingDocument,
  costStated,
  measureCost,
} from './costing.ts';
import { sectionHeading } from './documentContext.ts';
import { LETTER_MARK, LIST_ITEM } from './listItem.ts';
import { titleAndTop } from './documentDecides.ts';
import {
  budgetNamed,
  documentBudget,
  earlierLevelOfChange,
  rateTheBudgetSets,
  settingBudget,
} from './documentStage.ts';
import { replacedLevel } from './replacedLevel.ts';
import { pledgeDocument, pledgeReading } from './pledge.ts';
import { choiceFormulaTerm } from './choiceFormula.ts';
import { ruleMargin, ruleMultiple } from './ruleMargin.ts';
import { formulaFactor, ruleTerm, termStart } from './ruleTerm.ts';
import { bareRandIsName } from '../../model/signCountry.ts';
import { ruleOfThumbSentence } from './ruleOfThumb.ts';
import { countedBound } from './countedBound.ts';
import { pledgedPart } from './pledgedPart.ts';
import { askedLevel } from './askedLevel.ts';
import { offeredLevel } from './offeredLevel.ts';
import {
  APPROVAL_RE,
  APPROVED_INSTRUMENT_AFTER_RE,
  COMPARED_FORECAST_RE,
  DECIDED_RATE_RE,
  DECIDED_SETTING_BEFORE_RE,
  DECISION_RE,
  GOAL_OBJECT_RE,
  CURRENT_BEFORE_RE,
  EXPECTED_RE,
  STANDING_AFTER_RE,
  CAP_SET_BEFORE_RE,
  PERMITTED_BOUND_BEFORE_RE,
  PAYMENT_BEFORE_RE,
  EACH_UNIT_AFTER_RE,
  GRANT_UP_TO_BEFORE_RE,
  ALLOCATION_WILL_RE,
  EXPECTS_BEFORE_RE,
  PLANS_TO_RE,
  FORECAST_OBJECT_BEFORE_RE,
  FORECASTER_NAMED_RE,
  POLL_CONSENSUS_BEFORE_RE,
  PREDICTED_BY_AFTER_RE,
  EARLIER_FORECAST_AFTER_RE,
  FORECAST_MADE_IN_AFTER_RE,
  FORECAST_WORD_RE,
  HELD_INSTRUMENT_RE,
  HELD_SETTING_BEFORE_RE,
  REPORTED_HOLD_WOULD_RE,
  CONDITION_AFTER_RE,
  INSTRUMENT_AFTER_RE,
  INSTRUMENT_BEFORE_RE,
  LATER_AFTER_RE,
  NOT_YET_EFFECTIVE_NEXT_RE,
  MAY_RE,
  POLICY_TARGET_RE,
  PREVIOUS_RE,
  TOPICS,
  YEAR_RE,
  ESTIMATE_WORDS_RE,
  NOWCAST_RE,
  KEPT_FORECAST_RE,
  ESTIMATE_NOUN_RE,
  PREDICTED_AFTER_RE,
  FINISHED_PERIOD_RE,
  MINORITY_PREFERENCE_RE,
  EXPECTATIONS_SUBJECT_RE,
  EXPECTATIONS_FOR_YEAR_RE,
  COMMITTEE_RE,
  TARGET_AFTER_RE,
  TARGET_NOUN_RE,
  TARGET_VERB_BETWEEN_RE,
  FINITE_VERB_RE,
  withoutPeriods,
  APPROX,
  PURPOSE_RE,
  PLEDGED_TO_RECIPIENT_RE,
  SPANISH_FORECAST_BEFORE_RE,
  SPANISH_FORECAST_NEAR_RE,
  GERMAN_FORECAST_BEFORE_RE,
  GERMAN_PLAN_AFTER_RE,
  NUMBER_WORD,
} from './vocabulary.ts';
import type { Candidate } from '../extract.ts';

/** A bare amount with a sign ("$2.4") whose scale is written once after the next amount ("$2.4
 *  and $1.9 billion, respectively"), or billions with a part in millions after them ("PLN 64
 *  billion 302.5 million", one amount): the stated words run on to the scale, the own part stays
 *  the first amount's. */
const signNumberOnlySource = (sign: string): string => String.raw`^${sign}\s?(?:${NUMBER})$`;
/** That, with the sign read loosely (looseSign.ts; 90 characters, not 5,000), and as written. */
const [SIGN_NUMBER_ONLY_RE, signNumberOnlyAsWritten] = signedPattern(signNumberOnlySource, 'i');
const signNumberOnly = (stated: string): boolean =>
  signedExec(SIGN_NUMBER_ONLY_RE, signNumberOnlyAsWritten, stated, { space: true }) !== null;
/** A sum with its sign and scale, then the bracket a percent stands in: "US$17.5 billion (". */
const SUM_BRACKET_BEFORE_RE = new RegExp(
  String.raw`(?:${CURRENCY_SIGN})\s?(?:${NUMBER})\s*(?:${SCALE})\b\s*\(\s*$`,
  'i',
);
/** A percent that is the whole: "100%", "100 per cent". */
const WHOLE_BASIS_RE = /^100(?:\.0+)?\s?(?:%|per\s?cent|percent)$/i;
/** After a bare amount with a sign, the next amount and the scale both share before
 *  "respectively", its sign read loosely (looseSign.ts; 500 characters, not 5,400), and as written. */
const respectiveScaleAfterSource = (sign: string): string =>
  String.raw`^\s+and\s+${sign}?\s?(?:${NUMBER})\s*(?:${SCALE})\b(?=,?\s+respectively\b)`;
const [RESPECTIVE_SCALE_AFTER_RE, respectiveScaleAfterAsWritten] = signedPattern(
  respectiveScaleAfterSource,
  'i',
);
const respectiveScaleAfter = (after: string): RegExpExecArray | null =>
  signedExec(RESPECTIVE_SCALE_AFTER_RE, respectiveScaleAfterAsWritten, after, { space: true });
const BILLIONS_RE = /\d\s*(?:billion|bn)$/i;
const MILLIONS_AFTER_BILLIONS_RE = /^\s+\d{1,3}(?:\.\d+)?\s+(?:million|mn)\b/i;
const MILLIONS_OF_BILLIONS_BEFORE_RE = /\d\s*(?:billion|bn)\s+$/i;
const BARE_MILLIONS_RE = /^\d{1,3}(?:\.\d+)?\s+(?:million|mn)$/i;

function scaleWrittenAfter(sentence: string, m: Match): Match {
  if (m.kind !== 'amount' || m.range) return m;
  const stated = sentence.slice(m.start, m.end);
  const after = sentence.slice(m.end);
  // "Rs. 20, 830 crore": the rest of a thousands group a space parts from its comma.
  const group = signNumberOnly(stated) ? SPACED_COMMA_GROUP_AFTER_RE.exec(after) : null;
  if (group) return { ...m, end: m.end + group[0].length };
  const shared = signNumberOnly(stated) ? respectiveScaleAfter(after) : null;
  const part = !shared && BILLIONS_RE.test(stated) ? MILLIONS_AFTER_BILLIONS_RE.exec(after) : null;
  const more = shared ?? part;
  if (!more) return m;
  return { ...m, end: m.end + more[0].length };
}

/** Right before one number, the sign of a band around a level ("3 percent, plus/minus 1
 *  percentage point", "plus or minus one percentage point", "+/- 1 pp"), or its "plus" when the
 *  number's own words start at the "minus": the number is the band's half-width, never a figure
 *  alone (a band with no level before it is read as a range, both ends at once). */
const BAND_SIZE_BEFORE_RE = new RegExp(String.raw`(?:${PLUS_MINUS}|\bgive\s+or\s+take\s+)$`, 'i');
const BAND_PLUS_BEFORE_RE = /(?:\bplus\s+(?:and|or)\s+|\bplus\s?[/-]\s?|\+\s?\/\s?)$/i;
const OWN_MINUS_RE = /^(?:minus\b|[-–−])/i;

function bandSize(sentence: string, m: Match): boolean {
  if (m.range) return false;
  const before = sentence.slice(0, m.start);
  return (
    BAND_SIZE_BEFORE_RE.test(before) ||
    (BAND_PLUS_BEFORE_RE.test(before) && OWN_MINUS_RE.test(sentence.slice(m.start, m.end)))
  );
}

/** A reference rate a loan or a bond is priced over, by its name: "SOFR", "Term SOFR", "six-month
 *  Euribor", "SONIA", "€STR", "SOFR mid-swaps", "mid-swaps", "Treasuries", and any interbank
 *  offered rate by its "…IBOR" name ("KIBOR", "three-month STIBOR", "WIBOR", "NIBOR": v127). */
const REFERENCE_RATE = String.raw`(?:SOFR|SONIA|€STR|ESTR|TONA|TONAR|SARON|JIBAR|BBSW|CORRA|TIIE|\b[A-Z]{0,5}IBOR\b)(?:\s+mid-?swaps?)?|mid-?swaps?|(?:US\s+)?Treasuries`;

/** Right before a number of points, a rate it is added to or taken from ("the base rate plus 2
 *  percentage points", "the policy rate minus 50 basis points", "the average yield of 5-year
 *  government bonds plus one percentage point"): a spread that defines one rate from another, never
 *  a change of anything. */
const SPREAD_RATE_BEFORE_RE = new RegExp(
  String.raw`\b(?:rates?|yields?|${REFERENCE_RATE}|cost\s+of\s+(?:funds|funding|borrowing)|funding\s+costs?)(?:\s+(?:of|on|(?:applied|set|charged|paid|published|fixed|quoted|used|prescribed)\s+(?:by|to|on|for|under))\s+[^.;:,]{1,80}?)?\s+(?:(?:plus|less|minus)\s+)?$`,
  'i',
);
/** Right before a number, an X-factor or efficiency factor an indexation formula adds to an index
 *  or takes from it: "CPI less an X-factor of ", "inflation minus an efficiency factor of " (v127:
 *  the margin of the formula, as a spread over a reference rate is). */
const FACTOR_MARGIN_BEFORE_RE =
  /\b(?:plus|less|minus)\s+(?:an?\s+|the\s+|its\s+)?(?:X-?factor|(?:efficiency|productivity)\s+factor)\s+(?:of\s+)?$/i;
/** Right before a number, a margin taken off a rate with "less" or "minus": "the Bank rate less ". */
const LESS_BEFORE_RE = /\b(?:less|minus)\s+$/i;
/** A bare percent, the margin a formula writes after "plus" ("2%", "4 per cent"). */
const SPREAD_PERCENT_RE = /^(?:plus\s+)?\d[\d.,]*\s?(?:%|per\s?cent|percent)$/i;
/** After a margin, what ends the formula: a stop, a comma, or the words of its period, compounding
 *  or start ("per annum", "a year", "1% a month", "monthly", "compounded annually", "from the date
 *  of payment"): default interest is often written by the month; a noun after
 *  it ("plus 2% capital gains") makes the percent a part of something else. */
const FORMULA_END_AFTER_RE =
  /^(?:\s*(?:[,.;:)]|$)|\s+(?:(?:per|a|each)\s+(?:annum|year|quarter|month|week|day)|annually|quarterly|monthly|weekly|daily|p\.\s?a\.|compounded|from|until|till|on|for|and|or|with|since)\b)/i;
const SPREAD_POINTS_RE = new RegExp(
  String.raw`^(?:plus\s+|minus\s+)?(?:\d[\d.,]*|(?:${NUMBER_WORD})\b|half\s+a)\s?(?:percentage\s+points?|basis\s+points?|pp|p\.p\.|bps?)$`,
  'i',
);
/** A number at the start of the stated words, in digits or in words ("fifty", "twenty-five"). */
const LEADING_NUMBER_RE = new RegExp(String.raw`^(?:\d[\d.,]*|half\s+a|(?:${NUMBER_WORD})\b)`, 'i');

/** Right before a number of points, a bonus or top-up it is the size of: "a funding bonus of ". */
const BONUS_POINTS_BEFORE_RE = /\b(?:bonus|top-?up)\s+of\s+(?:up\s+to\s+)?$/i;

/** Right before a percent, a spread or margin a rate adds to another: "the three-month interbank
 *  rate plus a spread of ", "priced at the base rate plus a margin of ", a reference rate named
 *  and the spread's kind ("Term SOFR plus a contractual spread of ", "six-month Euribor plus a
 *  variable spread, currently "). */
const RATE_PLUS_MARGIN_BEFORE_RE = new RegExp(
  String.raw`\b(?:rates?|yields?|${REFERENCE_RATE}|cost\s+of\s+(?:funds|funding|borrowing)|(?:borrowing|funding)\s+costs?)\b[^.;:]{0,60}?\s(?:plus|\+|less|minus)\s+(?:an?\s+)?(?:(?:fixed|variable|contractual|floating|lending|funding|credit|market|average)\s+){0,2}(?:spread|margin|mark-?up|add-?on|deduction|discount|surcharge|supplement)(?:\s+of|,\s+(?:currently|now|at\s+present))\s+(?:about\s+)?$`,
  'i',
);

/** Right before a number, a reference rate named and "plus" or "+": "Euribor plus ", "six-month
 *  JIBAR + ", "SONIA plus ". What follows is the margin a loan or a bond is priced at. */
const REFERENCE_PLUS_BEFORE_RE = new RegExp(
  String.raw`\b(?:${REFERENCE_RATE})\s*(?:plus|\+)\s*$`,
  'i',
);

/** A bound a margin may be stated with: "at least ", "no more than ", "up to ". */
const MARGIN_BOUND = String.raw`(?:(?:at\s+least|at\s+most|no\s+(?:less|more)\s+than|not\s+(?:less|more)\s+than|up\s+to)\s+)?`;
/** Right before a number of points, what sets a rate by it, with no verb of being between: a rate
 *  ("at an interest rate at least ", "at a rate ", "carry a rate of ", "a penalty rate of up to "),
 *  a verb of pricing or charging with its "at" ("carry interest at ", "is charged at ", "priced
 *  at ", "lends at ", "tested at "), a verb of pricing with the points right after it, as debt
 *  offices, issuers and banks report a new bond ("was priced ", "priced ", "pricing "), or a margin, mark-up, spread, premium or surcharge ("a margin of ",
 *  "at a spread of ", "a premium of "): each names the rate
 *  being set, so the points over another rate after it are the rule that sets it. "stood at" and
 *  "is" name no pricing and keep a gap's reading. */
const RATE_SET_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?rates?\s+(?:of\s+)?|\b(?:interest|charged|priced|lent|lends?|lending|borrow(?:s|ed|ing)?|accru(?:e|es|ed|ing)|payable|tested|assessed|stressed|reset|fixed|capped|levied)\s+at\s+|\b(?:margin|mark-?up|spread|premium|surcharge)\s+of\s+|\b(?:re-?)?pric(?:ed|es|ing)\s+|\b(?:margin|mark-?up|spread)s?\s+(?:was|were|is|are|came\s+in\s+at|was\s+set\s+at|were\s+set\s+at)\s+(?:\d[\d.,]*\s*(?:,|and)\s+)*)${MARGIN_BOUND}$`,
  'i',
);
/** v285: right before a number of points, a standing facility's rate named as the subject of a
 *  verb of being, or a verb of remunerating with its "at" ("The SDF remains ", "the deposit
 *  facility rate is set ", "will be remunerated at "), or the bare "at" of a clause whose verb of
 *  remunerating, charging or paying the sentence named before it ("remunerated at the policy
 *  rate, and those above the threshold at "): a corridor's rate is set by its points from the
 *  policy rate, a rule, not a gap measured ("the policy rate is 2 percentage points above the
 *  neutral rate" keeps its reading). */
const FACILITY_SET_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:(?:deposit|lending|standing|liquidity|refinancing|repo|reverse\s+repo)\s+facility|SDF|MSF|SLF|DFR|MLF)(?:\s+\([A-Z]{2,5}\))?(?:\s+rate)?\s+(?:(?:is|remains|stays|will\s+(?:remain|stay|be)|continues\s+to\s+(?:be|stand))\s+)?(?:(?:set|fixed|kept|maintained|placed)\s+)?(?:at\s+)?|\bremunerat(?:ed|es|ing)?\s+at\s+)${MARGIN_BOUND}$`,
  'i',
);
/** v285: a verb of remunerating, charging or paying with its "at" earlier in the sentence, whose
 *  clause a later bare "at" elides: "remunerated at the RNB policy rate, and those above the
 *  threshold at 0.25 percentage points below the policy rate". */
const ELIDED_AT_BEFORE_RE = new RegExp(
  String.raw`\b(?:remunerat|charg|pa(?:id|ys?)\b|pric|lent|lend|accru)\w*\s+at\b[^.;:]*,\s+(?:and|while|but)\s+[^.;:]*\bat\s+${MARGIN_BOUND}$`,
  'i',
);
/** A benchmark a rate is priced from that is named by no "rate" or "yield": a bond line ("the
 *  benchmark Bund", "gilts", "Treasuries", "Polish government bonds", "comparable sovereign
 *  bonds"), swaps, a price index or inflation, or the lender's
 *  own cost of funds. */
const REFERENCE_MEASURE = String.raw`(?:benchmarks?|bunds?|gilts?|treasur(?:y|ies)|(?:government|sovereign|state|federal)\s+(?:bonds?|debt|securities|paper)|(?:mid-?)?swaps?|(?:consumer\s+)?price\s+index|CPI|RPI|HICP|inflation|cost\s+of\s+(?:funds|funding|borrowing)|funding\s+costs?)\b`;
/** Right after a number of points (or a percent a formula writes for points), the other rate it is
 *  set over or under: " above the loan product rate", " over the policy rate", " higher than the
 *  contract rate", " below the main refinancing rate", " above SOFR", " above the three-month
 *  Euribor", " to the benchmark Bund", " over its cost of funds", " above the consumer price index"
 *  ("to" too: a spread is quoted "to" its benchmark). */
const OVER_RATE_AFTER_RE = new RegExp(
  String.raw`^(?:\s*(?:percentage\s+points?|basis\s+points?|points?|pp|p\.p\.|bps?|%|per\s?cent|percent))?(?:\s+(?:a|per)\s+(?:year|annum))?\s+(?:above|over|below|under|(?:higher|lower|more|less)\s+than|to)\s+(?:(?:the|a|an|its|their)\s+)?(?:(?:[\w'’-]+\s+){0,5}?(?:rates?|yields?|returns?)\b|(?:[\w'’-]+\s+){0,2}?(?:${REFERENCE_RATE})|(?:[\w'’-]+\s+){0,3}?${REFERENCE_MEASURE})`,
  'i',
);

/** v191: right before a number, a bracket or a list's semicolon and an add-on, margin, spread or
 *  mark-up named as a label: "(add-on ", "; margin: ". */
const ADD_ON_LABEL_BEFORE_RE =
  /[(;]\s*(?:add-?on|(?:interest\s+)?(?:margin|spread|mark-?up))\s*:?\s*$/i;

/** Whether a labelled add-on's number is a margin: an add-on in any unit, a margin, spread or
 *  mark-up in points, the label's bracket or item closing right after it. */
function addOnLabel(sentence: string, m: Match): boolean {
  // "(mark-up 2.6 percentage points)": a change's words may open on the label's "up".
  const at = m.start + Math.max(0, sentence.slice(m.start, m.end).search(/\d/));
  if (!ADD_ON_LABEL_BEFORE_RE.test(sentence.slice(0, at))) return false;
  const stated = sentence.slice(at, m.end);
  const points = SPREAD_POINTS_RE.test(stated);
  const addOn = /add-?on\s*:?\s*$/i.test(sentence.slice(0, at));
  if (!points && !(addOn && SPREAD_PERCENT_RE.test(stated))) return false;
  return /^\s*(?:[;),]|$|(?:over|above)\b)/i.test(sentence.slice(m.end));
}

function rateSpread(sentence: string, m: Match): boolean {
  if (m.range || m.kind === 'amount') return false;
  // "…over the review period, plus 1.5 percentage points", "the base plus 2 percentage points",
  // "the margin is half a percentage point", "| Tariff 1 plus 50% |" (v258, formulaMargin.ts).
  if (formulaMargin(sentence, m.start, m.end)) return true;
  const before = sentence.slice(0, m.start);
  // "revenue moves with inflation less an X-factor of 0%": the margin of an indexation formula.
  if (FACTOR_MARGIN_BEFORE_RE.test(before)) return true;
  // "at an interest rate at least 3 percentage points above the loan product rate": a rate named
  // right before its points over another rate is set by that margin, as a spread is; "the policy
  // rate is 2 percentage points above the neutral rate" (a verb between) keeps its reading.
  if (
    (RATE_SET_BEFORE_RE.test(before) ||
      FACILITY_SET_BEFORE_RE.test(before) ||
      ELIDED_AT_BEFORE_RE.test(before)) &&
    OVER_RATE_AFTER_RE.test(sentence.slice(m.start).replace(LEADING_NUMBER_RE, ''))
  )
    return true;
  // "lent at the interbank rate plus a spread of 0.8%": the margin that defines the loan's rate
  // from another, as points are; "the spread widened to 0.8%" keeps its level.
  if (RATE_PLUS_MARGIN_BEFORE_RE.test(before)) return true;
  // "5.94 percent (add-on 2.05 percentage points; cap 8.25 percent)": an add-on, or a margin,
  // spread or mark-up in points, a rate's bracket gives as a label is the margin that sets the
  // rate, as "a margin of" is (v191); "Operating profit €20m (margin 8.5%)" keeps its share.
  if (addOnLabel(sentence, m)) return true;
  // "priced at Euribor plus 0.75%", "lends at six-month JIBAR + 1.2%": a percent added to a
  // reference rate by its name is the margin of a formula, as points are.
  if (REFERENCE_PLUS_BEFORE_RE.test(before)) return true;
  const stated = sentence.slice(m.start, m.end);
  // "at the Bank rate less 1.5 percentage points", "the policy rate less 2 per cent" (v127): a
  // margin taken off a rate is the formula's as one added is; "less than 4%" has its "than".
  const plus = /\bplus\s+$/i.test(before) || /^plus\b/i.test(stated) || LESS_BEFORE_RE.test(before);
  // "interest runs at the six-month U.S. Treasury bill rate plus 2%, compounded annually", "at the
  // rate applied by the European Central Bank to its main refinancing operations plus 3.5
  // percentage points", "the prescribed rate plus 4 per cent": a bare percent added to a rate named
  // right before "plus" is the formula's margin, as points are, whatever the rate's name.
  if (
    plus &&
    SPREAD_RATE_BEFORE_RE.test(before) &&
    SPREAD_PERCENT_RE.test(stated) &&
    FORMULA_END_AFTER_RE.test(sentence.slice(m.end))
  )
    return true;
  if (m.kind !== 'change') return false;
  const minus = /^minus\b/i.test(stated);
  return (
    ((plus || minus) && SPREAD_RATE_BEFORE_RE.test(before) && SPREAD_POINTS_RE.test(stated)) ||
    // "earns a bonus of 3 percentage points": points a rule adds to a rate for some
    // members set that rate from the other, a spread too.
    (BONUS_POINTS_BEFORE_RE.test(before) && SPREAD_POINTS_RE.test(stated))
  );
}

/** A lead-in line naming a premium, spread or margin and what it is set by, ending in a colon:
 *  "Maturity premium by average repayment maturity:", "Country risk spreads by income group:".
 *  Group 1 is the premium's name as the pricing sentence before it lists it. */
const MARGIN_LIST_LEAD_IN_RE =
  /^\s*((?:[A-Za-z-]+\s+){0,2}(?:premium|spread|margin|surcharge)s?)\s+(?:by|for|per|according\s+to)\s+[^\n.:;]{1,80}:\s*$/i;

/**
 * True when a percent sits in the block of lines under a lead-in naming a premium, spread or
 * margin that a pricing sentence before it adds to a rate ("Term SOFR plus a contractual spread
 * of 0.50%, a maturity premium and a market risk premium" … "Maturity premium by average
 * repayment maturity:" ⏎ "- up to 8 years: 0.10%" ⏎ "Countries … pay an additional 0.05%"): each
 * line gives a part of a formula, as a spread over a reference rate does, no figure. The block
 * ends at the first blank line; a lead-in whose premium no sentence before adds to a rate ("Net
 * interest margin by bank group:", a level measured) keeps its items.
 * @example premiumListItem('SOFR plus a term premium.\n\nTerm premium by maturity:\n- 5 years: ', '0.1%') // true
 */
function premiumListItem(before: string, stated: string): boolean {
  if (!/%|per\s?cent|percent/i.test(stated)) return false;
  const blank = [...before.matchAll(/\n[ \t]*\n/g)].at(-1);
  const blockStart = blank ? blank.index + blank[0].length : 0;
  const block = before.slice(blockStart);
  const leadLine = block.split('\n', 1)[0] ?? '';
  if (block.length === leadLine.length) return false;
  const lead = MARGIN_LIST_LEAD_IN_RE.exec(leadLine);
  if (!lead) return false;
  const name = lead[1]!.toLowerCase().replace(/s$/, '').replace(/\s+/g, '\\s+');
  const earlier = before.slice(0, blockStart).slice(-3000);
  return new RegExp(
    String.raw`\b(?:plus|\+|over|above|on\s+top\s+of)\s+(?:[^.;]|\.\d){0,160}?\b${name}s?\b`,
    'i',
  ).test(earlier);
}

/** The indices an indexation rule ties a price, a wage or a benefit to: a price index by its
 *  name or acronym, "inflation", "prices", or pay ("earnings", "median earnings", "average weekly
 *  earnings", "wage growth", "the wage index"). */
const INDEXATION_BASE = String.raw`(?:CPI|CPIH|RPI|RPIX|HICP|PCE|inflation|prices|(?:(?:average|median)\s+)?(?:weekly\s+)?(?:earnings|wages?)(?:\s+growth)?|(?:the\s+)?(?:consumer|retail)\s+price\s+index|(?:the\s+)?(?:wage|earnings)\s+index|(?:the\s+)?GDP\s+deflator)`;
/** The operator that joins an indexation rule's margin to its index, and the noun that may name
 *  the margin: "plus ", "minus ", "less ", "plus a margin of ", "less a norm of ", "less an
 *  efficiency factor of ". Pension, pay and price regulators write the margin they take off an
 *  index as they write the one they add. */
const INDEX_MARGIN_OPERATOR = String.raw`(?:plus|\+|minus|less)\s+(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:norm|margin|factor|deduction|discount|premium|supplement|mark-?up|adjustment|offset|spread)\s+of\s+)?(?:(?:up\s+to|at\s+most|no\s+more\s+than)\s+)?`;
/** Around a percent, the index an indexation rule adds it to or takes it from: "indexed to CPI plus
 *  ", "uprated by earnings plus ", "rise by RPI minus ", "by CPIH less an efficiency factor of "
 *  before, " plus inflation" after. */
const INDEX_PLUS_BEFORE_RE = new RegExp(
  String.raw`\b${INDEXATION_BASE}(?:\s*\([A-Z][A-Za-z-]{1,8}\))?\s+${INDEX_MARGIN_OPERATOR}$`,
  'i',
);
const PLUS_INDEX_AFTER_RE = /^\s+(?:plus|\+)\s+(?:CPI|CPIH|RPI|HICP|inflation)\b/i;
/** Any named index before a margin's operator: "the income index less the norm of ", "the price
 *  index plus " (v158; INDEXATION_BASE names the common ones). */
const NAMED_INDEX_PLUS_BEFORE_RE = new RegExp(
  String.raw`\b(?:the\s+)?[a-z][\w-]*\s+index\s+${INDEX_MARGIN_OPERATOR}$`,
  'i',
);
/** After a percent, the path's margin over or under an index, yearly: " a year above inflation",
 *  " per annum below CPI", " each year above RPI" (v158). */
const YEARLY_MARGIN_INDEX_AFTER_RE =
  /^\s+(?:a|per|each|every)\s+(?:year|annum)\s+(?:above|below|over|under|ahead\s+of|behind)\s+(?:CPI|CPIH|RPI|RPIX|HICP|inflation|(?:the\s+)?(?:consumer\s+)?price\s+index)\b/i;
/** In the clause before a path's margin, a modal or an infinitive that sets the path: "will rise
 *  by ", "may increase by up to ", "are allowed to rise by ". A past path ("rose by 1 per cent a
 *  year above inflation between 2020 and 2025") is an outturn and keeps its figure. */
const PATH_MODAL_BEFORE_RE =
  /\b(?:will|would|shall|should|may|might|can|could|must|to)\s+(?:[\w-]+\s+){0,3}?(?:rise|fall|increase|decrease|grow|go\s+(?:up|down)|move|change|be\s+(?:raised|cut|reduced|increased))\b[^.;:]{0,40}$/i;

/** True when a percent is the margin an indexation rule adds to or takes from an index ("rises
 *  each year by CPI plus 3 per cent", "grows 4% plus inflation", "adjusted each year by the change
 *  in the income index less a norm of 1.6 percentage points"): part of a formula, no figure. */
function indexSpread(sentence: string, m: Match): boolean {
  if (m.range || m.kind === 'amount') return false;
  const before = sentence.slice(0, m.start);
  // "minus 0.5 percentage points": the match may hold the operator; read up to its number.
  const digit = sentence.slice(m.start, m.end).search(/\d/);
  const beforeNumber = digit > 0 ? sentence.slice(0, m.start + digit) : before;
  return (
    INDEX_PLUS_BEFORE_RE.test(beforeNumber) ||
    NAMED_INDEX_PLUS_BEFORE_RE.test(beforeNumber) ||
    PLUS_INDEX_AFTER_RE.test(sentence.slice(m.end)) ||
    // "prices will rise by 0.3 per cent a year above inflation", "will fall by 1 per cent a year
    // below inflation": a price path's margin over or under an index, set for years to come (v158).
    (YEARLY_MARGIN_INDEX_AFTER_RE.test(sentence.slice(m.end)) &&
      PATH_MODAL_BEFORE_RE.test(beforeNumber)) ||
    // "Income pensions are adjusted each year by the change in the income index less a norm of ":
    // a rule that indexes a level by a named index, then the margin it adds or takes.
    INDEXATION_RULE_MARGIN_BEFORE_RE.test(beforeNumber) ||
    // "is raised by at least the increase in the consumer price index …, plus half of the gain in
    // purchasing power": a fraction of another index's gain a rule adds, part of the formula.
    (FRACTION_OF_GAIN_RE.test(sentence.slice(m.start)) &&
      INDEXATION_RULE_PLUS_BEFORE_RE.test(before))
  );
}

/** True when a percent is the weight of an award criterion (weighting.ts), read from its own
 *  number: the match may open with "weighted". */
function criterionWeight(sentence: string, m: Match, before = ''): boolean {
  if (m.range || m.kind === 'amount') return false;
  const digit = sentence.slice(m.start, m.end).search(/\d/);
  if (digit < 0) return false;
  const at = m.start + digit;
  return awardWeighting(sentence.slice(0, at), sentence.slice(at), before);
}

/** A fraction of a gain: "half of the gain in", "one-third of the increase in", "a quarter of the
 *  real growth in". */
const FRACTION_OF_GAIN_RE =
  /^(?:half|one[-\s](?:half|third|quarter)|two[-\s]thirds|a\s+(?:third|quarter))\s+of\s+(?:the\s+)?(?:real\s+)?(?:gain|increase|rise|growth)\s+in\b/i;
/** Before a number, a rule that indexes a level by an index, then "plus": "is raised by at least
 *  the increase in the consumer price index …, plus ", "are uprated each April by inflation plus ".
 *  A past change ("Prices rose 2 per cent, plus ") states no rule. */
const INDEXATION_RULE_PLUS_BEFORE_RE = new RegExp(
  String.raw`\b(?:raised|uprated|indexed|adjusted|increased|revalued|(?:rises?|grows?)(?=\s+by))\b[^.;]{0,40}?\bby\b[^.;]{0,40}?\b(?:${INDEXATION_BASE}|(?:consumer|retail)\s+price\s+index|price\s+index)\b(?:[^.;]|\b(?:i\.e|e\.g)\.){0,200}?\bplus\s+$`,
  'i',
);
/** What may follow a named index before the margin: what it covers ("for machinery", "of
 *  building materials") and a bracketed scope or acronym ("(civil construction)", "(HSCI)"). */
const NAMED_INDEX_QUALIFIER = String.raw`(?:\s+(?:for|of)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?(?:\s+\([^().;]{1,40}\))?`;
/** The same rule before a margin joined by its operator, the index any named index ("the income
 *  index", "the pension index"): "balances are indexed by the growth of the average wage index
 *  less a deduction of ", "is adjusted annually by the change in the consumer price index plus a
 *  margin of ", "prices are indexed to the national construction cost index less ", "are linked
 *  to the producer price index for machinery less ", "by the movement in the Capital Goods Price
 *  Index (civil construction) less an efficiency factor of ". "Pensions were adjusted by 3.1
 *  percent, less than the 4.6 percent rise in the
 *  income index" puts no margin after an index. */
const INDEXATION_RULE_MARGIN_BEFORE_RE = new RegExp(
  String.raw`\b(?:raised|uprated|indexed|adjusted|increased|revalued|linked|tied|pegged|(?:rises?|grows?)(?=\s+by))\b[^.;]{0,40}?\b(?:by|to)\b[^.;]{0,60}?\b(?:${INDEXATION_BASE}|[a-z][\w-]*\s+index${NAMED_INDEX_QUALIFIER})\s+${INDEX_MARGIN_OPERATOR}$`,
  'i',
);

/** A rand sum with its sign and no scale nor grouping: "R236", "R308 per tonne" (not "R1 463
 *  billion", "R318-billion"). */
const BARE_RAND_RE = new RegExp(
  String.raw`^R\d{1,3}(?:\.\d+)?(?![\d.,]|[\s\u00a0\u202f]\d|[\s-]?(?:${SCALE}|m|bn|mn)\b)`,
);

/** The peso's or the naira's letter glued to a number with no scale nor grouping, or the lira's
 *  letters before one: "P6.12", "N898 a litre", "TL 500 per tonne" (not "P12 billion", "N1,250",
 *  "TL 26+ billion"). */
const BARE_LETTER_RE = new RegExp(
  String.raw`^(?:[PN]|TL\s?)\d+(?:\.\d+)?(?![\d.,+]|[\s\u00a0\u202f]\d|[\s-]?(?:${SCALE}|m|bn|mn)\b)`,
);

/** Right before an amount, the "one in (every)" of a ratio: "1 in 4 dollars of aid". */
const ONE_IN_BEFORE_RE = /(?<![\w‑-])(?:one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?$/i;

/** A non-breaking hyphen (U+2011) between a year and the next year's digits: "2008‑09". */
const NON_BREAKING_YEAR_SPAN_RE = /(?<=\b(?:19|20)\d\d)\u2011(?=(?:19|20)?\d\d\b)/g;

/** The note every draft carries until a person has checked it. */
export const DRAFT_NOTE = 'Draft proposed by extract; check before use.';
export const UNKNOWN_SPEAKER = 'Unknown speaker (set from the source)';

export interface BuildContext {
  toCp: (utf16: number) => number;
  previousLabel?: string;
  defaultSpeaker?: string;
  /** The year the document is dated (its dateline), when it states one: an estimate for an earlier
   *  year is of a period that is over. */
  documentYear?: number;
  /** The month (1–12) of that date, when the dateline or the record gives one: a half or quarter of
   *  the document's year may be over already. */
  documentMonth?: number;
  /** The year and month of the document's date when that date names its day (a whole dateline,
   *  or the record's "2033-04-30"), not only a month that may be the one a title reports on. */
  wholeDate?: { year: number; month: number };
  /** The document's currencies (numberVocabulary's documentCurrencies): which of the currencies a
   *  bare "$", "¥", "rupees" or "pesos" may name it means, and its dollar (null: one the contract
   *  does not chart, so its bare "$" is no figure). */
  currencies?: {
    prefer: readonly Unit[];
    dollar: Unit | null;
    namesakes?: readonly RegExp[];
    /** The currency a bare "cents" counts in when it is no dollar ("44c/l" in Ireland: EUR). */
    cents?: Unit;
    /** The currencies whose one-letter sign the document writes before a bare number ("P6.12" in
     *  a Philippine document: PHP; "N898" in a Nigerian one: NGN). */
    letters?: readonly Unit[];
    /** The document writes rand sums with the bare sign, scaled or grouped ("R21.6 billion",
     *  "R4 850"): its bare "R16.86" is the rand too (signCountry's writesRandSums; v224). */
    rand?: boolean;
  };
  /** The sentence is an item of a list whose lead-in commits or forecasts ("We have agreed to
   *  support:"): its figures are plans unless their own words say they are in force. */
  listExpected?: boolean;
  /** The source record's title and the text's opening lines: a document titled for a budget whose
   *  fiscal year is not over states that budget's allocations in the present. */
  budgetTitle?: { title: string; top: string };
  /** The last month (and its year) of the period the heading above reports on ("Main points for May
   *  to July 2031"): an estimate below it that names no period of its own is of that period. */
  headingPeriod?: { year: number; month: number };
}

/** "you may recall", "as members may remember", "we may note", "I would remind you": the speaker
 *  reminds the reader of a fact; the modal hedges the reader's memory or the speaker's manners, not
 *  the figure. */
const REMINDER_MAY_RE =
  /\b(?:(?:you|we|members|readers|delegates|colleagues)\s+may\s+(?:well\s+)?(?:recall|remember|note|know|be\s+aware)|(?:I|we)\s+(?:would|should|must|might)\s+(?:(?:just|also|again)\s+)?(?:like\s+to\s+)?(?:remind|point\s+out\s+to)\s+(?:you|members|readers|the\s+\w+))\b/gi;
/** A modal of the speaker's manners or a question on a verb of knowing, recalling, conceding or
 *  telling, with the fact after "that" or "whether": "she will also know that", "Will the Minister
 *  confirm that", "Would the Secretary accept that", "Members will be aware that", "Can the Minister
 *  tell the House whether", "Shareholders will remember that". The modal asks or presumes the
 *  hearer's knowledge, not the fact: the that-clause keeps its own tense and hedge ("will confirm
 *  that spending will rise by 4%" stays a forecast). Verbs of deciding, proposing or seeing to it
 *  ("will decide whether", "will propose that", "will ensure that") are no such verbs. */
const ACKNOWLEDGED_THAT_RE =
  /\b(?:will|would|can|could|may|might|must)\s+(?:(?!(?:that|which|whether|and|or|to|not|be|have|also\s+be)\b)[\w'’.-]+\s+){0,4}?(?:know|recall|remember|recogni[sz]e|realise|realize|note|notice|agree|accept|acknowledge|confirm|concede|admit|appreciate|understand|be\s+(?:well\s+|fully\s+|only\s+too\s+)?aware|tell\s+(?:[\w'’-]+\s+){1,3}?)\s*(?:that|whether)\b/gi;
/** "may have led to", "could have been avoided", "could not show": a "may" or "might" perfect, a
 *  passive "could have been" or a "could not" tells what was possible or not in the past; it
 *  hedges no figure ("prices may rise" and "exports could have risen 4%" still do). */
const PAST_MODAL_RE =
  /\b(?:(?:may|might)(?:\s+not)?\s+have\s+(?:been\s+)?[a-z]+|could(?:\s+not)?\s+have\s+been\s+[a-z]+|could\s+not\s+(?!be\b|have\b)[a-z]+)\b/g;
/** "It should be pointed out that", "it must also be noted that", "it should be stressed that": the
 *  writer points the reader at a fact; the "should" is the writer's advice to the reader, no hedge
 *  of the figure (a "will" after the "that" still hedges). */
const REMINDER_SHOULD_RE =
  /\bit\s+(?:should|must|may|might|can|could|would)\s+(?:also\s+|further\s+|again\s+)?be\s+(?:pointed\s+out|noted|stressed|emphasi[sz]ed|underlined|underscored|highlighted|mentioned|recalled|remembered|observed|borne\s+in\s+mind)\s+that\b/gi;

/** Right after a dollar sum, "US" that closes its bracket or clause: " US)", " US,", " U.S.". */
const US_AFTER_RE = /^\s+(?:US|U\.S\.)(?=\s*(?:[),;:]|\.?\s*$|\.\s))/;

/**
 * Of the currencies the stated words may name (a bare "$": any dollar, the US dollar first), the
 * one the document is in: the first it prefers that the words allow.
 * @example documentUnit(['USD', 'NZD', 'AUD'], { toCp, currencies: { prefer: ['NZD'], dollar: 'NZD' } }) // 'NZD'
 */
function documentUnit(units: readonly Unit[], ctx: BuildContext): Unit | undefined {
  if (units.length < 2) return units[0];
  // "42.3 cents per kWh" in Kenya: the shilling's cents, whatever dollar the words also allow.
  const cents = ctx.currencies?.cents;
  if (cents && units.includes(cents)) return cents;
  return ctx.currencies?.prefer.find((u) => units.includes(u)) ?? units[0];
}

/** The decided readings that rest on the sentence's own words of deciding, approving or ordering
 *  (a resolution, a court's order, an adopted budget, "has decided that", money allocated or a
 *  settlement made), which a proposal document's present does not undo (proposalStage.ts); the
 *  other readings infer a decision from the document's kind or a charge's verb, and yield to it. */
const DECISION_READ_FROM_SENTENCE: ReadonlySet<DecidedReading> = new Set<DecidedReading>([
  'allocated',
  'money',
  'settlement',
  'budget adopted',
  'budget approved',
  'decided that',
  'set by body',
  'ordered payment',
  'resolved',
]);

/**
 * The draft figure for one match, or undefined when the shared reader cannot read its words back.
 * @example buildCandidate(text, 'doc', 'Exports rose 5%.', 0, 16, match, paragraph, { toCp: (i) => i })?.value // 5
 */
export function buildCandidate(
  text: string,
  sourceId: string,
  written: string,
  sStart: number,
  sEnd: number,
  found: Match,
  para: Paragraph,
  ctx: BuildContext,
): Candidate | undefined {
  // "in 2008‑09" with a non-breaking hyphen is the fiscal year "2008-09" to every reading of
  // periods below; the stated words keep what is written.
  const sentence = yenSign(written.replace(NON_BREAKING_YEAR_SPAN_RE, '-'));
  // The "302.5 million" of "PLN 64 billion 302.5 million" is part of the billions before it.
  if (
    found.kind === 'amount' &&
    MILLIONS_OF_BILLIONS_BEFORE_RE.test(sentence.slice(0, found.start)) &&
    BARE_MILLIONS_RE.test(sentence.slice(found.start, found.end))
  )
    return undefined;
  // "plus/minus 1 percentage point": a band's half-width is no figure of its own.
  if (bandSize(sentence, found)) return undefined;
  // "the base rate plus 2 percentage points": a spread that defines a rate, no figure.
  if (rateSpread(sentence, found)) return undefined;
  // "indexed yearly to CPI plus 3 per cent": the margin of an indexation formula, no figure.
  if (indexSpread(sentence, found)) return undefined;
  // "the rent may not exceed the local reference rent by more than 10 per cent", "an increase of up
  // to 3 per cent above the guideline" a landlord may apply for: the margin a rule allows one level
  // over another, a rule's term (v265).
  if (found.kind !== 'amount' && !found.range) {
    const digit = sentence.slice(found.start, found.end).search(/\d/);
    if (digit >= 0 && ruleMargin(sentence, found.start + digit)) return undefined;
    // "The failure-to-pay penalty … is halved to 0.25% a month while an approved installment
    // agreement is in force": a rate set for a class from another at one time, no change (v265).
    if (found.kind === 'change' && ruleMultiple(sentence, found.start)) return undefined;
  }
  // "with quality weighted 70% and price 30%": the weights of award criteria, a rule of scoring.
  if (criterionWeight(sentence, found, previousSentence(text, sStart))) return undefined;
  // "the lesser of maximum annual debt service, 125% of average annual debt service and 10% of
  // proceeds": a percent term of a formula that picks one of several sets a sum from another
  // measure, no figure; "the greater of €5 million or …" keeps its money (v135).
  if (found.kind !== 'amount' && choiceFormulaTerm(sentence, found.start)) return undefined;
  // "set at 70 per cent of the average of the best five years", "indexed by 70% of the change in
  // the CPI", "reduced by 1.5 times the difference": a rule's term, how a sum is set from a measure
  // a formula works out, no figure (v137). The term is read from the number itself, since a
  // change's stated words open on its verb ("uprated each April by 80 per cent").
  // v177: a fraction in words ("increased by half the difference"), a margin before "plus" a term,
  // an excess a rule's modal takes and the value of an efficiency, productivity or X factor too.
  if (found.kind !== 'amount') {
    const at = found.start + termStart(sentence.slice(found.start, found.end));
    if (ruleTerm(sentence, at) || formulaFactor(sentence, at)) return undefined;
  }
  // "As a rule of thumb, every 100,000 extra visitors bring about €45 million in spending": after an
  // opening that says the sentence states a rule of thumb, every number is a step or its effect
  // (v137, v147).
  if (ruleOfThumbSentence(sentence, found.start)) return undefined;
  // "Maturity premium by average repayment maturity:" ⏎ "- up to 8 years: 0.10%", after "SOFR
  // plus … a maturity premium": a premium's schedule a pricing sentence adds to a rate, no figure.
  if (
    found.kind !== 'amount' &&
    !found.range &&
    premiumListItem(
      text.slice(Math.max(0, sStart - 4000), sStart + found.start),
      sentence.slice(found.start, found.end),
    )
  )
    return undefined;
  // "1 in 4 dollars of aid": the whole of a ratio of money, no amount.
  if (found.kind === 'amount' && ONE_IN_BEFORE_RE.test(sentence.slice(0, found.start)))
    return undefined;
  // "| EUR/US$ exchange rate | US$1.1285 |": a pipe table's row of exchange rates prices one
  // currency in another, no sum (v106).
  if (found.kind === 'amount' && exchangeRateCell(sentence.slice(0, found.start))) return undefined;
  // "| Policy asset mix | Permissible deviation |" over "| 25% | ±7% |": the tolerance a policy
  // allows around each target weight, a rule's parameter (v149).
  if (toleranceCell(sentence.slice(0, found.start), sentence.slice(found.start, found.end)))
    return undefined;
  // "| Crop | MSP | Margin over A2+FL (%) |" over "| Bajra | 2,890 | 63 |": a price's margin over
  // the cost of the same crop, no figure (v202).
  if (found.kind !== 'amount' && costMarginCell(sentence.slice(0, found.start))) return undefined;
  // "outperformed its benchmark by 0.03 percentage point", "21 basis points higher than that of the
  // neutral benchmark": two returns of the same period set side by side, no change (v106); and so
  // "Value added over the Reference Portfolio of 0.9%, or $1.2 billion", whatever the kind (v141).
  if (
    (found.kind === 'change' || found.kind === 'share' || found.kind === 'amount') &&
    !found.range
  ) {
    const digit = sentence.slice(found.start, found.end).search(/\d/);
    if (digit >= 0 && benchmarkGap(sentence, found.start + digit, found.end)) return undefined;
    // "The expected margin over cost of production is 50 per cent for paddy", "a margin of about
    // 14.6 percent over cost": a price set against the cost of the same crop, no figure (v202).
    if (digit >= 0 && found.kind !== 'amount' && costMargin(sentence, found.start + digit))
      return undefined;
    // "Where revenues … exceed the estimated revenues for that year by more than 5 per cent, …
    // shall be deposited": the gap a rule's present condition sets, a criterion (v183).
    if (digit >= 0 && conditionGap(sentence, found.start + digit)) return undefined;
    // "14 registry fees recover more than 130 per cent of their cost", "61% of the 96 trusts we
    // surveyed charged less than $1,000": a bound that sorts the members a count counts (v240).
    if (digit >= 0 && countedBound(sentence, found.start + digit)) return undefined;
    // "… against its strategic benchmark return of 6.2%. The shortfall of 0.6% came mainly from
    // …": the noun takes up the gap the sentence before set out (v149).
    if (digit >= 0 && gapTakenUp(previousSentence(text, sStart), sentence, found.start + digit))
      return undefined;
  }
  // "Factors that could lead to a downgrade:" ⏎ "-- Carrying costs rising above 20% of spending",
  // "We could lower the rating if reserves fall below 10%": a case a rating agency would act on,
  // no level (v130).
  if (
    !found.range &&
    ratingTrigger(
      text.slice(Math.max(0, sStart - 1500), sStart),
      sentence,
      found.start,
      sentence.slice(found.start, found.end),
    )
  )
    return undefined;
  // "is US$17.5 billion (100%)": the whole a project's total is stated on, no share of it.
  if (
    found.kind !== 'amount' &&
    WHOLE_BASIS_RE.test(sentence.slice(found.start, found.end)) &&
    SUM_BRACKET_BEFORE_RE.test(sentence.slice(0, found.start)) &&
    /^\s*\)/.test(sentence.slice(found.end))
  )
    return undefined;
  const m = scaleWrittenAfter(sentence, found);
  const statedText = written.slice(m.start, m.end);
  let value: number | undefined;
  let range: Candidate['range'];
  let unit: Unit;
  if (m.range) {
    // Propose only what the checker can read back, so every draft passes validation as written.
    // A table's bare band ("20–30") reads in its column's unit, from the quote's words before it.
    const reading = readStatedRange(statedText, m.kind, sentence.slice(0, m.start));
    if (!reading || reading.low !== m.range.low || reading.high !== m.range.high) return undefined;
    range = { low: reading.low, high: reading.high };
    unit = documentUnit(reading.units, ctx) ?? reading.unit;
  } else {
    const readings = readStatedValue(statedText, m.kind, {
      currency: namedCurrency(sentence.slice(0, m.start)),
      lead: sentence.slice(0, m.start),
      after: sentence.slice(m.end),
    });
    let reading = readings[0];
    // A plus written on the own number ("(+0.1%)") outranks a fall the words run on to or from.
    const ownPlus = /^\+\s?\d/.test(sentence.slice(m.own ?? m.start));
    if (m.value !== undefined) {
      reading =
        readings.find((r) => r.value === m.value) ??
        (ownPlus && m.value < 0 ? readings.find((r) => r.value === -m.value!) : undefined);
    } else if (m.prefer === 'up') reading = readings.find((r) => r.value > 0) ?? reading;
    // "Forestry (+0.7%) and B (+0.4%) gained, but C (-0.6%) fell": the plus wins there too.
    else if (m.prefer === 'down' && !ownPlus)
      reading = readings.find((r) => r.value < 0) ?? reading;
    if (!reading) return undefined;
    const found = reading;
    const units = readings.filter((r) => r.value === found.value).map((r) => r.unit);
    value = reading.value;
    unit = documentUnit(units, ctx) ?? reading.unit;
    // "sold at $21.40 CA ($16.70 US)": "US" closing a dollar sum's bracket or clause names its
    // dollar, whichever one the document otherwise writes in ("$2 billion US aid" keeps it).
    if (units.includes('USD') && US_AFTER_RE.test(sentence.slice(m.end))) unit = 'USD';
  }
  // "$4.1 billion" in a release from Fiji is Fiji dollars, which the data contract does not have:
  // no figure. Words that name the US dollar ("US$", "USD") still make one.
  if (
    unit === 'USD' &&
    ctx.currencies?.dollar === null &&
    !NAMES_US_DOLLAR_RE.test(statedText) &&
    !labelScale(sentence.slice(0, m.start))?.usDollar
  ) {
    return undefined;
  }
  // "R85 a tonne": the rand's bare sign before a number with no scale nor grouping is a sum only
  // in a document about South Africa (whose bare cents are the rand's); elsewhere it names a road, a row or a model ("the R40").
  // So too in a document that writes its other rand sums with the bare sign, and nowhere a name
  // or code ("the R40 road", "the R5 model", "code R2"; v224).
  if (
    unit === 'ZAR' &&
    BARE_RAND_RE.test(statedText.trim()) &&
    ((ctx.currencies?.cents !== 'ZAR' && !ctx.currencies?.rand) ||
      bareRandIsName(sentence.slice(0, m.start), sentence.slice(m.end)))
  )
    return undefined;
  // "P6.12 per cubic meter", "N898 a litre": so too the peso's and the naira's letter, and the
  // lira's "TL 500 per tonne" (v207), a sum only in a document of its country; a letter or digit
  // glued after the number ("N2O") makes a name.
  if (
    (unit === 'PHP' || unit === 'NGN' || unit === 'TRY') &&
    BARE_LETTER_RE.test(statedText.trim()) &&
    (!ctx.currencies?.letters?.includes(unit) || /^\w/.test(sentence.slice(m.end)))
  )
    return undefined;
  // "4.2 billion dinars" in a Jordanian release, "3 billion shillings" in a Ugandan one: the
  // country's own currency of that name, not the contract's: no figure. So too when the sum is
  // that country's, by a possessive before it in its sentence ("Tunisia's budget of 60 billion
  // dinars" in a world survey); "exports to Nepal added Rs 7,480 crore" keeps the old reading.
  const owners = [...sentence.slice(0, m.start).matchAll(/\b[A-Z][\w-]*['’]s\b/g)].join(' ');
  if (
    [...(ctx.currencies?.namesakes ?? []), ...namesakesIn(owners)].some((re) =>
      re.test(statedText.trim()),
    )
  )
    return undefined;

  const clause = clauseAround(sentence, m.start);
  // A share of a goal ("a third of the final goal of mobilising") is measured: the goal in its own
  // words does not make it a forecast.
  const ownWhole = m.kind === 'share' && m.object && GOAL_OBJECT_RE.test(m.object);
  const read = ownWhole ? blank(sentence, m.start, m.end) : sentence;
  const clauseText = sentence.slice(clause[0], clause[1]);
  const lead = sentence.slice(clause[0], m.start);
  // A policy rate's "target" is a setting, not a goal; an instrument's size ("a $2 million grant
  // will support …") is not hedged by what the instrument will do.
  const instrument =
    m.kind === 'amount' &&
    (INSTRUMENT_AFTER_RE.test(sentence.slice(m.end)) ||
      INSTRUMENT_BEFORE_RE.test(sentence.slice(0, m.start)));
  // A forecast the number is only compared with ("less than forecast") does not hedge it, unless
  // the number is that forecast ("the forecast of 14,2%").
  // …unless it is an estimate of a period that is over ("the flash estimate of 0.3% for the fourth
  // quarter of 2032", in 2033).
  const object = FORECAST_OBJECT_BEFORE_RE.exec(sentence.slice(0, m.start));
  // "₹2,400 crore is budgeted for 2028-29, against revised estimates of ₹1,610 crore for
  // 2027-28", dated April 2028: an estimate whose own period follows its number is of that period,
  // actual once it is over, whatever other period its sentence names.
  const ownPeriod = PERIOD_AHEAD_AFTER_RE.exec(sentence.slice(m.end));
  // "little changed from the 12.1% estimated for 2030", dated 2031: a number named as estimated
  // for a period that is over is that estimate, actual, as "the estimate of 12.1% for 2030" is.
  const estimatedFor = /^\s+estimated(?=\s+(?:for|in)\s)/i.exec(sentence.slice(m.end));
  const estimatedPeriod = estimatedFor
    ? PERIOD_AHEAD_AFTER_RE.exec(sentence.slice(m.end + estimatedFor[0].length))
    : null;
  const estimateOfPast =
    (object !== null &&
      /^estimates?\b/i.test(object[0]) &&
      ownPeriod !== null &&
      periodOver(ownPeriod[0], ctx.documentYear, ctx.documentMonth)) ||
    (estimatedPeriod !== null &&
      periodOver(estimatedPeriod[0], ctx.documentYear, ctx.documentMonth));
  // …nor a level compared with a target ("inflation far above target at 5.8 percent").
  const forecastItself =
    object !== null &&
    !(
      (/^estimate/i.test(object[0]) ||
        REVISED_YEAR_BEFORE_RE.test(sentence.slice(0, object.index))) &&
      periodOver(sentence.slice(clause[0], clause[1]), ctx.documentYear, ctx.documentMonth)
    ) &&
    // "towns have reported combined flood damage estimates of about $1.4 trillion":
    // estimates a past or perfect verb says were reported are of what happened, data.
    !(
      /^estimate/i.test(object[0]) &&
      REPORTED_BEFORE_RE.test(sentence.slice(clause[0], object.index))
    ) &&
    !(
      /^(?:targets?|goals?|objectives?)\s+at\b/i.test(object[0]) &&
      COMPARED_TARGET_BEFORE_RE.test(sentence.slice(0, object.index))
    );
  // "EUR 3.4 billion were invested in projects aimed at cleaner transport": what the thing the
  // amount went to is for is no hedge of the amount.
  // "with 85 percent of the schemes expected to meet their goals": what the counted items
  // are expected to do is no hedge of the share, which is today's count.
  const tail = read.slice(m.end, clause[1]);
  // "41% of the firms polled plan to hire next year", "9% (against 6% a year ago) forecast a
  // loss": a share that is the subject of its members' plan or expectation counts them today;
  // what they plan or expect, to the clause's end, is no hedge of the count.
  const counted =
    m.kind === 'share' && RESPONDENTS_VERB_AFTER_RE.test(sentence.slice(m.own ?? m.start))
      ? ' '.repeat(tail.length)
      : m.kind === 'share' && m.object !== undefined
        ? tail.replace(COUNTED_EXPECTED_RE, (w) => ' '.repeat(w.length))
        : tail;
  const hedged = (
    instrument
      ? read.slice(clause[0], m.end)
      : read.slice(clause[0], m.end) +
        blankAll(
          counted,
          PURPOSE_RE,
          FORECAST_BOUND_RE,
          APPOSITIVE_RELATIVE_RE,
          COMPARED_PROPOSAL_RE,
          PART_OF_PROPOSAL_RE,
          FORECAST_CAUSE_RE,
          UNREAL_PAST_ASIDE_RE,
          UNREAL_PAST_MODAL_RE,
          READING_ADVICE_RE,
          OTHER_NOUN_FORECAST_RE,
        )
  )
    .replace(POLICY_TARGET_RE, ' ')
    // "Shareholders approved the proposed dividend of €1.40", "Cabinet adopted the recommended
    // rise of 5%": a proposal a finite verb of approval takes as its object is decided, the verb
    // governs and the adjective only says where the number came from (README: a proposal is
    // expected "until the sentence says it was taken up").
    .replace(PROPOSAL_TAKEN_UP_RE, (w, verb: string) => verb + ' '.repeat(w.length - verb.length))
    .replace(PLEDGED_TO_RECIPIENT_RE, ' ')
    .replace(FORECAST_WHOLE_RE, ' ')
    .replace(DATA_AND_FORECASTS_RE, ' ')
    .replace(CONTRASTED_ASIDE_RE, ' ')
    // "the most allowed before the 5% cap would be breached": the "would" of a bound not crossed
    // is no hedge of the numbers held under it.
    .replace(BOUND_BEFORE_WOULD_RE, ' ')
    // "a loss of $4.1 billion for the year to June 2031, above the $2.9 billion loss it had
    // budgeted for", dated 2031-09: a plan named by a past perfect was made before an outturn
    // now known; over a period that is over it hedges nothing, the planned sum included.
    .replace(
      datesOver(sentence, ctx.documentYear, ctx.documentMonth) ? PLAN_MADE_BEFORE_RE : /$^/,
      ' ',
    );
  // "As you may recall, the balance stood at …": a reminder to the reader, no hedge of the figure.
  // "The sum spent (88% of the $3.2 billion budgeted) was the most in a decade": in a sentence
  // that tells money spent in the past, with no year not yet over, the sum named as budgeted (and
  // "the budgeted amount") is the budget the spending was held against, approved, not a plan.
  // "Spending came to 105 per cent of the amount budgeted": an outturn of a budget line told with
  // a past verb is set against the budget it was held to, as money spent is.
  // "Interest on the borrowing came to €5.6 billion in 2025, more than double the €2.6 billion
  // initially budgeted for the year", "toll revenue came to $248.3 million in the fiscal year ended
  // June 30, 2033, or 102.6% of the amount budgeted": the past verb that states an outturn's level
  // reads so whatever its subject names (interest, tolls, claims, expenses, dividends), and the
  // period it names is over when its years are past or its dated end is before the dateline's month.
  const spentAgainstBudget =
    ((SPENT_RE.test(sentence) && PAST_FINITE_RE.test(sentence)) ||
      PAST_OUTTURN_VERB_RE.test(sentence)) &&
    !CURRENT_OR_NEXT_YEAR_RE.test(sentence) &&
    (ctx.documentYear === undefined ||
      [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].every((y) => Number(y[0]) < ctx.documentYear!) ||
      datesOver(
        sentence.replace(MONTH_DAY_YEAR_RE, '$2 $1 $3'),
        ctx.documentYear,
        ctx.documentMonth,
      ));
  // "Farm output (rather than the 3% planned) fell by 2.4% in 2029": a plan named by "planned"
  // straight after its own number keeps that word in its own reading; the comparison is stripped
  // only from the other numbers of the clause (v145).
  const ownPlanned = /^\s*planned\b/i.test(sentence.slice(m.end));
  const hedgeText = blankAll(
    (forecastItself || ownPlanned ? hedged : hedged.replace(COMPARED_FORECAST_RE, ' '))
      .replace(REMINDER_MAY_RE, ' ')
      .replace(REMINDER_SHOULD_RE, ' ')
      .replace(ACKNOWLEDGED_THAT_RE, ' ')
      .replace(PAST_MODAL_RE, ' '),
    ...(spentAgainstBudget ? [BUDGETED_SUM_RE] : []),
  );
  // A setting held or applied now ("will remain unchanged at 2.5%") is in force, not a forecast;
  // an approved change the next sentence says is not yet in force is expected.
  const held =
    HELD_SETTING_BEFORE_RE.test(lead) &&
    HELD_INSTRUMENT_RE.test(lead) &&
    !FORECAST_WORD_RE.test(
      // "said it would keep its rate unchanged at 10%" reports a decision; "… if prices eased" is
      // still a condition.
      CONDITION_AFTER_RE.test(sentence.slice(m.end))
        ? hedgeText
        : hedgeText.replace(REPORTED_HOLD_WOULD_RE, ' '),
    );
  // A rate set by the decision the document announced ("has decided to lower …. The deposit rate
  // will be 4.0%") is in force, and so is an amount of financing already approved.
  const pending =
    APPROVAL_RE.test(sentence) &&
    NOT_YET_EFFECTIVE_NEXT_RE.test(text.slice(sEnd, sEnd + 300)) &&
    !CURRENT_BEFORE_RE.test(sentence.slice(0, m.start));
  const decided =
    !pending &&
    m.kind !== 'change' &&
    DECIDED_SETTING_BEFORE_RE.test(lead) &&
    !LATER_AFTER_RE.test(sentence.slice(m.end, clause[1])) &&
    DECIDED_RATE_RE.test(lead) &&
    DECISION_RE.test(text.slice(Math.max(0, sStart - DECISION_REACH), sStart + m.start)) &&
    !FORECAST_WORD_RE.test(hedgeText);
  const approved =
    m.kind === 'amount' &&
    APPROVED_INSTRUMENT_AFTER_RE.test(sentence.slice(m.end)) &&
    !FORECAST_WORD_RE.test(hedgeText) &&
    !EXPECTS_BEFORE_RE.test(lead) &&
    !/\b(?:next|coming|future)\b/i.test(clauseText);
  // "The Board has approved US$ 789 million. … Uganda will benefit from US$ 120 million": an item
  // of the approval, whose "will" says where the money goes.
  // What a decision releases may follow it in a paragraph of its own ("The Board approved … .\n\n
  // Brenmoor will be provided with a loan of $ 180 million").
  const decidedBefore = text.slice(Math.max(0, sStart - DECISION_REACH), sStart);
  const allocated =
    !pending &&
    m.kind === 'amount' &&
    ((ALLOCATION_WILL_RE.test(sentence) &&
      APPROVAL_RE.test(text.slice(Math.max(para.start, sStart - DECISION_REACH), sStart))) ||
      (DISBURSEMENT_WILL_RE.test(sentence) &&
        (APPROVAL_RE.test(decidedBefore) || REVIEW_COMPLETED_RE.test(decidedBefore))) ||
      (takesLoan(sentence.slice(0, m.start), sentence.slice(m.end)) &&
        APPROVAL_RE.test(decidedBefore))) &&
    !FORECAST_WORD_RE.test(hedgeText) &&
    !/\b(?:next|coming|future)\b|\bby\s+(?:19|20)\d\d\b/i.test(clauseText);
  // "signed an agreement with the power utility, which is to receive from it a loan of 240 million
  // dollars": the size of an instrument signed that day exists; "will" is the disbursement,
  // and "up to" ("has decided to extend a loan of up to 31.2 billion yen") its ceiling.
  const signed =
    instrument &&
    SIGNED_DEAL_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    !FORECAST_WORD_RE.test(hedgeText);
  // "Each holding will be capped at £60,000 a year", "grants of up to £20,000 per farm will
  // open in May", "a support payment of £900 a year will continue": a cap or a rate the scheme sets
  // for each one it pays is in force from the decision, whatever date it applies from.
  const capSet =
    (CAP_SET_BEFORE_RE.test(sentence.slice(0, m.start)) ||
      (m.kind === 'amount' &&
        GRANT_UP_TO_BEFORE_RE.test(sentence.slice(0, m.start)) &&
        rateCap(sentence.slice(0, m.start), sentence.slice(m.end))) ||
      (m.kind === 'amount' &&
        PAYMENT_BEFORE_RE.test(sentence.slice(0, m.start)) &&
        EACH_UNIT_AFTER_RE.test(sentence.slice(m.end)))) &&
    !FORECAST_WORD_RE.test(hedgeText);
  // "The council may borrow no more than 15% of its revenue", "households may claim a rebate of
  // up to $300 a year": the bound a rule lets a holder or payer reach is set, in force; its "may"
  // is the permission, no hedge. "Prices may rise by up to 5%" keeps the old reading.
  const permitted =
    PERMITTED_BOUND_BEFORE_RE.test(lead + (/^\D+/.exec(statedText)?.[0] ?? '')) &&
    !FORECAST_WORD_RE.test(hedgeText.replace(/\bmay\b/g, ' '));
  const standing =
    m.kind === 'amount' &&
    STANDING_AFTER_RE.test(sentence.slice(m.end)) &&
    !FORECAST_WORD_RE.test(hedgeText);
  // A target noun reaches only the number it names ("its target of 2%", "a 50 percent goal"), not a
  // number a later verb states ("… is still some way off and wages rose 4.1%").
  // The stated words count too: "wages rose 4.1%" carries its verb.
  const scope = sentence.slice(clause[0], m.end);
  const scopeLead =
    forecastItself || ownPlanned
      ? blankAll(scope, POLICY_TARGET_RE)
      : blankAll(scope, POLICY_TARGET_RE, COMPARED_FORECAST_RE);
  // "2.8 percentage points above target": a distance from the target is no target.
  const comparedWithTarget =
    /\b(?:above|below|over|under|higher|lower|more|less|short\s+of)$/i.test(statedText);
  // "a revenue target of R1 280 billion has been set for 2033/34, or 30.2 per cent of GDP": the number
  // after ", or" restates the target before it, so it is the target too.
  const restated = OR_RESTATES_BEFORE_RE.exec(sentence.slice(0, m.start));
  // "Revenue for the first half amounted to GH¢118.6 billion, against a target of GH¢124.3
  // billion", "the deficit was 2.0 per cent of GDP, within the programme target of 2.3 per cent":
  // a target an outturn told with a past verb was held against is the target of the period that
  // outturn is over, as a budgeted sum is; a full-year target, a year not over and a forecast
  // set against a target keep their reading.
  // "…, against a target of KSh 25.0 billion, or 86.4 per cent of the target": a share that
  // restates the outturn against the target is read with the words before the target.
  const heldLead = sentence.slice(
    0,
    restated !== null && TARGET_HELD_BEFORE_RE.test(restated[1]!.replace(/\S+\s*$/, ''))
      ? restated[1]!.replace(/\S+\s*$/, '').length
      : m.start,
  );
  // "above the Bank's target of 50% set for 2035", "against a national target of 15% by 2030": a
  // target that names its own horizon after it is no target of the outturn's period.
  const targetHorizon = TARGET_HORIZON_AFTER_RE.exec(sentence.slice(m.end));
  // "For the financial year 2033/34 as a whole, collections reached KSh 118.42 billion, exceeding
  // the annual target of KSh 116.90 billion", dated August 2034: a year's own target, named as
  // annual, is the target of the whole year named and over (v210); against a part of the year it
  // is no target of that part and keeps its reading.
  const yearTargetHeld =
    YEAR_TARGET_HELD_BEFORE_RE.test(heldLead) &&
    !PART_OF_YEAR_SPAN_RE.test(sentence) &&
    !MONTH_SPAN_RE.test(sentence) &&
    periodOver(sentence, ctx.documentYear, ctx.documentMonth);
  // "Collections in 2034 reached ₱171.4 billion, … 101.8 percent of the ₱168.4 billion target for
  // the year", dated 2035: a sum named before "target", that the outturn of a whole year named and
  // over was held against, is that year's target, as "the $3.2 billion budgeted" is (v210).
  const sumTargetHeld =
    SUM_TARGET_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    SUM_TARGET_AFTER_RE.test(sentence.slice(m.end)) &&
    !PART_OF_YEAR_SPAN_RE.test(sentence) &&
    !MONTH_SPAN_RE.test(sentence) &&
    periodOver(sentence, ctx.documentYear, ctx.documentMonth);
  const heldAgainstTarget =
    (TARGET_HELD_BEFORE_RE.test(heldLead) || yearTargetHeld || sumTargetHeld) &&
    PAST_OUTTURN_BEFORE_RE.test(heldLead) &&
    (targetHorizon === null ||
      (targetHorizon[1]!.toLowerCase() !== 'by' &&
        ctx.documentYear !== undefined &&
        Number(targetHorizon[2]) < ctx.documentYear)) &&
    !FORECAST_WORD_RE.test(sentence) &&
    !CURRENT_OR_NEXT_YEAR_RE.test(sentence) &&
    ((PART_OF_YEAR_SPAN_RE.test(sentence) &&
      ctx.documentYear !== undefined &&
      [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].every(
        (y) => Number(y[0]) < ctx.documentYear!,
      )) ||
      // "Dividends received in FY 2031/32 amounted to KSh 21.6 billion, against a target of KSh
      // 25.0 billion", "In 2030 occupancy stood at 61 percent, against a target of 65 percent",
      // dated after the year: a whole year named and over is the target's period too.
      periodOver(sentence, ctx.documentYear, ctx.documentMonth) ||
      // "for January to June 2033", "in the six months to June 2033", dated July 2033: a span named
      // by its months, over by the dateline's month, as "the first half" of a year over is. A whole
      // date outranks a month line near the top, which may be the month a sentence reports on.
      (ctx.wholeDate
        ? monthSpanOver(sentence, ctx.wholeDate.year, ctx.wholeDate.month)
        : monthSpanOver(sentence, ctx.documentYear, ctx.documentMonth)));
  // "The ministry met its target of 40% renewable electricity in 2030", "achieved its inflation
  // target of 2%", "the 2030 target of 75% employment was attained": a target a finite verb of
  // attainment says was reached is the level reached, actual. A verb of passing it ("exceeded
  // its cost-savings goal of €300 million in 2030") says so only of a period named and over:
  // "inflation has exceeded the target of 2% since 2029" measures against a target still held.
  // A target still to be met ("on track to meet", "failed to meet", "has yet to reach", "was not
  // met") keeps its reading.
  const metLead = sentence.slice(0, m.start) + (/^\D*/.exec(statedText)?.[0] ?? '');
  const metAfter = sentence.slice(m.end, clause[1]);
  const sentenceYears = [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  const periodOverNamed =
    ctx.documentYear !== undefined &&
    !CURRENT_OR_NEXT_YEAR_RE.test(sentence) &&
    // "since 2029" runs to now: no period over.
    !/\bsince\b/i.test(sentence) &&
    ((sentenceYears.length > 0 && sentenceYears.every((y) => y < ctx.documentYear!)) ||
      /\blast\s+(?:(?:fiscal|financial|calendar)\s+)?year\b/i.test(sentence));
  const targetMet =
    TARGET_ATTAINED_BEFORE_RE.test(metLead) ||
    (TARGET_OF_BEFORE_RE.test(metLead) && TARGET_ATTAINED_AFTER_RE.test(metAfter)) ||
    (periodOverNamed &&
      (TARGET_PASSED_BEFORE_RE.test(metLead) ||
        (TARGET_OF_BEFORE_RE.test(metLead) && TARGET_PASSED_AFTER_RE.test(metAfter))));
  const targeted =
    (!heldAgainstTarget && namesTarget(ownWhole ? '' : scopeLead)) ||
    (!ownWhole && !comparedWithTarget && TARGET_AFTER_RE.test(sentence.slice(m.end, clause[1]))) ||
    (restated !== null && namesTarget(restated[1]!));
  // "Two members preferred to raise Bank Rate to 4.5%": what a minority wanted did not happen.
  // The last before the number: "Four directors voted for the decision, one director opted for a
  // 75 basis point reduction" is the one director's.
  const preference = [...lead.matchAll(MINORITY_PREFERENCES_RE)].at(-1) ?? null;
  // Its clause only: "…, with seven members voting to hold it at 4.25%" is the majority's.
  const afterPreference = preference ? lead.slice(preference.index + preference[0].length) : '';
  const minority =
    preference !== null &&
    COMMITTEE_RE.test(sentence) &&
    !TARGET_VERB_BETWEEN_RE.test(afterPreference) &&
    !/\b(?:with|while|whereas|but|against)\b/i.test(afterPreference) &&
    !outvotedOther(preference[0], sentence.slice(m.end));
  // "la inversión crecería 3,8%", "se proyecta que … converja a 2,0 por ciento": a Spanish
  // conditional or verb of projection before the number, with no other number between.
  const spanishLead = lead + (/^\D+/.exec(statedText)?.[0] ?? '');
  const spanishForecast =
    (SPANISH_FORECAST_NEAR_RE.test(spanishLead) && SPANISH_FORECAST_BEFORE_RE.test(spanishLead)) ||
    germanForecast(spanishLead, sentence.slice(m.end));
  // "price expectations of households eased from 6.1% to 5.3%": what people expect, as the subject.
  // "The median expectation for inflation in 2033 is 2.8%", "Market expectations point to a rate of
  // 3.5%": one expectation or more, with up to five words naming it; a year named that is over
  // ("expectation for inflation in 2030 was") keeps the old reading.
  const expectations =
    !COMPARED_EXPECTATIONS_RE.test(lead) &&
    EXPECTATIONS_SUBJECT_RE.test(lead) &&
    (ctx.documentYear === undefined ||
      namedYears(lead, ctx.documentYear, ctx.documentMonth).every((y) => y >= ctx.documentYear!));
  // "is expected to be … for the first eight months of 2031", "the estimates expect the balance as
  // of end-May 2031 to be", dated after that month: an estimate of a span that is over, data.
  const measuredSpan =
    ((FLASH_HEDGE_RE.test(hedgeText) || DATA_EXPECT_RE.test(hedgeText)) &&
      // A whole date outranks a month line near the top, which may be the month a sentence reports on.
      (ctx.wholeDate
        ? spanMeasured(sentence, ctx.wholeDate.year, ctx.wholeDate.month)
        : spanMeasured(sentence, ctx.documentYear, ctx.documentMonth))) ||
    // "annual growth in pay is estimated to be 2.1%" under "Main points for May to July 2031",
    // dated September 2031: an estimate naming no period is of its heading's, which is over.
    (FLASH_HEDGE_RE.test(hedgeText) && headingMeasured(sentence, ctx));
  // "Freight Volumes to Climb 3.8%; Fleet Spending to Rise 2.2%": a headline in title case that
  // leaves out "are" before "to" and a verb states what is to come.
  const headline = HEADLINE_INFINITIVE_RE.test(sentence.slice(clause[0], m.end));
  // "If you take out gifts for the floods, giving would be just $201.7 billion … for 2028", "If
  // included, unpaid care would have added $52.3 billion in 2027": a sum worked out again with a
  // part taken out or put in is an estimate of the period its clause names, no forecast.
  const estimateText = RECOMPUTING_IF_RE.test(sentence)
    ? blankAll(hedgeText, RECOMPUTED_WOULD_RE)
    : hedgeText;
  // "The Budget Estimates were ₹ 5,120 crore in 2031-32, ₹ 5,960 crore in 2032-33 and ₹ 6,250
  // crore in 2033-34", "estimated at €14.2 billion in 2032 and €15.1 billion in 2033": in a series
  // of levels each followed by its own period, each is the estimate of its own period alone.
  const estimatePeriods =
    ownPeriod !== null && seriesOfPeriods(sentence) ? ownPeriod[0] : clauseText;
  const forecast =
    ctx.listExpected === true ||
    headline ||
    PROPOSAL_SUBJECT_CHANGE_RE.test(lead + (/^\D*/.exec(statedText)?.[0] ?? '')) ||
    spanishForecast ||
    bracketListForecast(sentence.slice(0, m.start)) ||
    (EXPECTED_RE.test(hedgeText) &&
      !finishedEstimate(estimateText, estimatePeriods, ctx.documentYear, ctx.documentMonth) &&
      !presentPartEstimate(hedgeText, clauseText) &&
      !(FLASH_HEDGE_RE.test(hedgeText) && monthsMeasured(sentence, ctx.wholeDate)) &&
      !measuredSpan) ||
    estimateAhead(hedgeText, estimatePeriods, ctx.documentYear, ctx.documentMonth) ||
    // "has been revised down by A$3.6 billion in 2034-35": the stated words may start at the verb.
    revisedAhead(
      lead +
        (/^(?:upward|downward)\s+revisions?\s+of\s/i.exec(statedText)?.[0] ??
          // "a 0.2 percentage point upward revision for 2035": the revision named after its size.
          (/\b(?:upward|downward)\s+revisions?$/i.test(statedText) ? 'revised ' : undefined) ??
          /^(?:revised|upgraded|downgraded)\b[^\d]*?(?=[-–−‑]?\s?[$€£¥₹]|\b[A-Z]{2,3}\$?\s?\d|\d)/.exec(
            statedText,
          )?.[0] ??
          ''),
      clauseText,
      ctx.documentYear,
      ctx.documentMonth,
    ) ||
    expectations ||
    (!instrument && laterDeadline(sentence.slice(m.end, clause[1]), ctx.documentYear)) ||
    spanEndsAhead(sentence.slice(m.end, clause[1]), ctx.documentYear);
  // "an increase from the 3.9% and 4.1% it predicted": the number is an earlier forecast.
  // "Tax revenue was $117.3 billion, 2.2 percent above forecast", "came in 3.1 per cent below
  // projected": after a distance whose stated words end in its comparative preposition, the bare
  // "forecast" or "projected" is the base the number is measured from, not a participle naming the
  // number as that forecast ("the 3.9% forecast"); the verb of the clause gives the status.
  const predicted =
    (!DISTANCE_STATED_RE.test(statedText) && PREDICTED_AFTER_RE.test(sentence.slice(m.end))) ||
    PREDICTED_BY_AFTER_RE.test(sentence.slice(m.end)) ||
    (COMPARED_BEFORE_RE.test(sentence.slice(0, m.start)) &&
      UNDER_PROJECTION_AFTER_RE.test(sentence.slice(m.end))) ||
    // "projected at 3.1 per cent, down from 3.7 per cent in the June resolution": the number a
    // new one is set against, named by the month's publication it was made in, is that forecast.
    (MOVED_FROM_BEFORE_RE.test(sentence.slice(0, m.start)) &&
      PROJECTED_BEFORE_RE.test(sentence.slice(0, m.start)) &&
      MONTH_PUBLICATION_AFTER_RE.test(sentence.slice(m.end))) ||
    (m.kind !== 'amount' && EARLIER_FORECAST_AFTER_RE.test(sentence.slice(m.end))) ||
    // "down from the $53 billion forecast in the March 2031 Energy Quarterly": a number named as a
    // forecast made in a publication is that forecast, a sum too.
    FORECAST_MADE_IN_AFTER_RE.test(sentence.slice(m.end)) ||
    // "very close to the projected -35%": a number named as the projection right after its article
    // is that projection, even where it borrows the verb of an outturn before it.
    (object !== null &&
      /^(?:an?|the|its|their)\s+(?:anticipated|expected|projected|predicted|forecast)\s*$/i.test(
        object[0],
      ));
  // "projects growth slowing from 3.2% in 2033 to …": the start of a projected path is what
  // happened only when its year is over by the dateline; in the document's own year it is projected.
  // So is "from 3.1% this year to 2.4% in 2035" in a projection, whatever the dateline.
  const fromOpenYear =
    m.status === 'actual' &&
    (forecast || expectsBefore(lead, statedText)) &&
    /\bfrom\s+$/i.test(sentence.slice(0, m.start)) &&
    (/^\s+(?:this|the\s+current)\s+year\b/i.test(sentence.slice(m.end)) ||
      (ctx.documentYear !== undefined &&
        Number(/^\s+in\s+((?:19|20)\d\d)\b/.exec(sentence.slice(m.end))?.[1] ?? 0) >=
          ctx.documentYear));
  // "predicts a fall in regional inflation from 9.4% to 6.2%", "to ease from 5.3% in the first half
  // of 2034 to 3.9% in the second", dated August: the start of a forecast path whose period is over (or
  // not named, the latest reading) is what happened. Not a forecast revised ("lifted its forecast
  // from 6.4% to 6.6%"), nor a path to next year or a later one, whose start is this year's, nor
  // what people expect ("wage expectations slipped from 6.1% to 5.3%"): both ends are expected.
  // "the 2031/32 shortfall should widen from 3.1% to 3.6% of GDP, on estimates", dated January 2032:
  // a path of a subject whose own period is not over starts from an earlier estimate of it.
  const subjectPeriod = SUBJECT_PERIOD_RE.exec(lead);
  const openSubject =
    subjectPeriod !== null &&
    ctx.documentYear !== undefined &&
    namedYears(subjectPeriod[1]!, ctx.documentYear, ctx.documentMonth).every(
      (y) => y >= ctx.documentYear!,
    );
  const pathStartOver =
    m.kind !== 'amount' &&
    !openSubject &&
    !expectations &&
    /\bfrom\s+(?:(?:under|over|below|above|just\s+(?:under|over|below|above))\s+)?$/i.test(
      sentence.slice(0, m.start),
    ) &&
    !REVISED_FORECAST_FROM_RE.test(sentence.slice(0, m.start)) &&
    pathStartPassed(
      sentence.slice(m.end),
      ctx.documentYear,
      ctx.documentMonth,
      sentence.slice(0, m.start),
    );
  // "is projected to narrow to 3.2% in 2036 from an estimated 4.1% in 2035", dated 2036: the base
  // of a forecast, in a year that is over, is what happened, though it borrows the forecast's verb
  // ("from an estimate of 3.7% in 2035").
  const pastBase =
    ctx.documentYear !== undefined &&
    // "up from $1,500 in 2031 and $1,100 in 2027": a base listed after another base and its year.
    PAST_BASE_BEFORE_RE.test(sentence.slice(0, m.start).replace(LISTED_BASES_BEFORE_RE, '')) &&
    Number(/^\s+(?:in|for)\s+((?:19|20)\d\d)\b/.exec(sentence.slice(m.end))?.[1] ?? 9999) <
      ctx.documentYear;
  // "to expand by 1.2%, after a growth of 2.6% in 2032", "higher than the 5.3% growth in 2032",
  // "seen averaging 1.6% in 2034, below 2.9% and 3.6% in 2032 and 2031, respectively": an
  // outturn a forecast is compared with, in a year before the dateline's (or, with no dateline,
  // before a later year the sentence names before it), is what happened.
  const pastCompared = comparedPastYear(sentence, m, ctx.documentYear, ctx.documentMonth);
  // "The mine beats the group's hurdle rates, delivering an internal rate of return above 15%": a
  // project's internal rate of return, stated in the present, is worked out from the cash it is
  // to earn over its life, a projection; "achieved an IRR of 15%" (past) keeps the old reading.
  const projectReturn =
    m.kind !== 'amount' &&
    INTERNAL_RETURN_BEFORE_RE.test(sentence.slice(clause[0], m.start)) &&
    !PAST_FINITE_RE.test(sentence.slice(clause[0], m.start));
  // "After a record $88 billion in 2030–31, earnings are forecast to reach …", dated 2031-09: a
  // fronted "After" or "Following" phrase, with no hedge of its own, about periods that are over,
  // states what happened, whatever the main clause forecasts.
  const fronted = FRONTED_AFTER_RE.exec(sentence);
  const frontedPast =
    fronted !== null &&
    m.end <= fronted[0].length &&
    !EXPECTED_RE.test(fronted[0]) &&
    !FORECAST_WORD_RE.test(fronted[0]) &&
    periodOver(fronted[0], ctx.documentYear, ctx.documentMonth);
  // "Falling prices have shaved $2 billion off the March forecast in 2030–31", dated 2031-09: a sum
  // a perfect or past verb took off (or added to) a forecast of periods that are over is a
  // revision made; the forecast it names hedges it no more.
  const revisionMade =
    m.kind === 'amount' &&
    TAKEN_OFF_FORECAST_RE.test(sentence.slice(m.end)) &&
    PAST_FINITE_RE.test(sentence.slice(clause[0], m.start)) &&
    !EXPECTED_RE.test(sentence.slice(clause[0], m.start)) &&
    periodOver(clauseText, ctx.documentYear, ctx.documentMonth);
  // "Growth, which slowed to 3.2% in 2030, is projected to pick up": a relative clause in the past,
  // closed by its comma, states what happened, whatever the main clause forecasts.
  const pastRelative = inPastRelativeClause(sentence, m);
  // "will supply seed to 180,000 households after maize production dropped 17% in the last
  // harvest", "an extremely weak April last year, when orders had slumped by 17 percent": a change
  // told by a past verb in a clause of time or cause ("after", "when", "because") is what happened,
  // whatever the main clause plans or forecasts. A present verb ("after the levy increases by 5%"),
  // a word of forecast in the clause, or a year not over ("after they fell 10.6% this year", an
  // estimate) keeps the old reading.
  const pastSubordinate = inPastSubordinateClause(sentence, m, ctx.documentYear, ctx.documentMonth);
  // "Inflation, at 3.4% in May, is projected to ease", "Having reached 3.4% in May, inflation is
  // expected to ease", "…, having stood at 3.4% in May": a level set off as an aside with no verb,
  // or a perfect participle's, dated by a month or year that is over, is what happened, whatever the
  // main clause forecasts. A period not over ("having slowed to 1% in 2033") keeps the old reading.
  const asideStart =
    (m.own ?? m.start) + Math.max(0, sentence.slice(m.own ?? m.start, m.end).search(/\d/));
  const asideYear = /^\s*(?:%|per\s?cent|percent)?\s+in\s+((?:19|20)\d\d)\s*(?:[,.]|$)/i.exec(
    sentence.slice(m.end),
  );
  const pastAside =
    PAST_ASIDE_BEFORE_RE.test(sentence.slice(0, asideStart).replace(CURRENCY_TAIL_RE, '')) &&
    ((monthOver(sentence.slice(m.end), ctx.documentYear, ctx.documentMonth) &&
      /^[^,;.]*\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?\s*(?:[,.]|$)/.test(
        sentence.slice(m.end),
      )) ||
      (asideYear !== null &&
        ctx.documentYear !== undefined &&
        Number(asideYear[1]) < ctx.documentYear));
  // "a 150 basis points rise at the Board’s extra meeting on 19 May 2031", dated July
  // 2031: a change a meeting made in a month before the dateline's is a decision taken, whatever
  // plan the words before it name.
  const meeting = m.kind === 'change' ? MEETING_DATED_AFTER_RE.exec(sentence.slice(m.end)) : null;
  const pastMeeting =
    meeting !== null &&
    ctx.documentYear !== undefined &&
    ctx.documentMonth !== undefined &&
    Number(meeting[2]) * 12 + MONTHS.indexOf(meeting[1]!.toLowerCase()) + 1 <
      ctx.documentYear * 12 + ctx.documentMonth;
  // "to slow to 4.2% by the end of 2031, from 7.1% in February 2031", dated May 2031: the level a
  // path starts from, in a month already over, is a reading made.
  const fromPastMonth =
    !expectations &&
    /\bfrom\s+$/i.test(sentence.slice(0, m.own ?? m.start)) &&
    monthOver(sentence.slice(m.end), ctx.documentYear, ctx.documentMonth);
  // "under the 20-year average of 4.9%", "the pre-crisis trend of 5.7%": a long-run average or
  // trend a forecast is compared with is what happened. "revised down for 85% of advanced
  // economies": how many items had their forecast revised is today's count.
  // "far from the 5.2% reached in 2039", "lejos del 5,2% alcanzado en 2039", dated 2040: a value
  // named as reached in a year that is over is what happened, whatever forecast came before it.
  const reachedYear = REACHED_IN_YEAR_AFTER_RE.exec(sentence.slice(m.end));
  // "higher than the 3.9% recorded in February", "(February: 3.9%)", "(3.9% in February)", dated
  // April: a reading named
  // for a month the dateline has reached is what happened, whatever forecast came before it.
  const afterOwn = sentence.slice(m.end);
  const monthLabel = MONTH_LABEL_BEFORE_RE.exec(sentence.slice(0, m.own ?? m.start));
  const readInPastMonth =
    (REACHED_VERB_AFTER_RE.test(afterOwn) &&
      monthOver(
        afterOwn.replace(REACHED_VERB_AFTER_RE, ''),
        ctx.documentYear,
        ctx.documentMonth,
      )) ||
    (/\(\s*$/.test(sentence.slice(0, m.own ?? m.start)) &&
      BRACKETED_MONTH_AFTER_RE.test(afterOwn) &&
      monthOver(afterOwn, ctx.documentYear, ctx.documentMonth)) ||
    (monthLabel !== null &&
      monthOver(
        ` in ${monthLabel[1]}${monthLabel[2] ? ` ${monthLabel[2]}` : ''}`,
        ctx.documentYear,
        ctx.documentMonth,
      ));
  // "more modest than the 6.1 percent observed over 2001-2019", "faster than has been recorded
  // 2020-28 (3.4 percent)", dated 2030: what the words say was measured over a period that is
  // over is what happened, whatever the forecast it is set against.
  const observed = OBSERVED_OVER_AFTER_RE.exec(afterOwn);
  const observedBefore = OBSERVED_BRACKET_BEFORE_RE.exec(sentence.slice(0, m.own ?? m.start));
  const observedOver =
    (observed !== null && periodOver(observed[0], ctx.documentYear, ctx.documentMonth)) ||
    (observedBefore !== null &&
      periodOver(observedBefore[1]!, ctx.documentYear, ctx.documentMonth));
  const pastMeasure =
    observedOver ||
    readInPastMonth ||
    LIMIT_IN_FORCE_BEFORE_RE.test(sentence.slice(0, m.start)) ||
    (reachedYear !== null &&
      ctx.documentYear !== undefined &&
      Number(reachedYear[1]) < ctx.documentYear) ||
    OWN_PAST_PERIOD_AFTER_RE.test(sentence.slice(m.end)) ||
    OWN_PAST_PERIOD_BEFORE_RE.test(sentence.slice(0, m.own ?? m.start)) ||
    HISTORICAL_BASE_BEFORE_RE.test(sentence.slice(0, m.start)) ||
    CURRENT_LEVEL_BEFORE_RE.test(sentence.slice(0, m.start)) ||
    // "cut to 1% from the present 4%", "must reach 90% by 2035 (today: 71%)": a number named as
    // today's own is the level now, whatever the sentence plans; "the current 2% target" stays one.
    (PRESENT_NUMBER_BEFORE_RE.test(sentence.slice(0, m.start)) &&
      !GOAL_NOUN_AFTER_RE.test(sentence.slice(m.ownEnd ?? m.end))) ||
    // "could fall from 6.4% at present to 5.8%": the level a path starts from, named as today's.
    (PATH_FROM_BEFORE_RE.test(sentence.slice(0, m.start)) &&
      NOW_AFTER_RE.test(sentence.slice(m.end))) ||
    (m.kind === 'share' && REVISED_FOR_BEFORE_RE.test(sentence.slice(0, m.start)));
  // An earlier forecast stays one though "from" names it as a base ("from the 3.6% it forecast").
  // "close to the 2% target", "compared with the 2% inflation target": the number is the target
  // itself, whatever status the comparison or a list before it gives.
  const ownTarget =
    (OWN_TARGET_AFTER_RE.test(sentence.slice(m.end)) &&
      m.kind !== 'amount' &&
      !comparedWithTarget) ||
    // "close to the bank's target for the quarter (1.5% a month)", "below the tolerance range (3%
    // ± 1 percentage point)": the number in brackets right after a target names that target, though
    // the target is only compared with.
    TARGET_BRACKET_BEFORE_RE.test(sentence.slice(0, m.start));
  // "the bank maintained its retail inflation figure at 4.9 per cent for 2034-35", dated July 2034: a figure
  // kept for a period not over is a projection kept, though no forecast word names it.
  const keptForOpenPeriod =
    KEPT_AT_BEFORE_RE.test(lead) && openPeriodAfter(sentence.slice(m.end), ctx.documentYear);
  // "the forecast for export growth in 2032 is up from 3.1% to 3.6%", dated 2031: the value a
  // forecast was revised from is the earlier forecast, though "up from" names a base, when every
  // year the sentence names is not over ("the estimate of 2030 growth was revised down from" is data).
  const years = [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  // With no year, "for this year" or "next year" names the open period ("upgraded its forecast for
  // this year from 3.1% to 4.4% and from 2.6% to 2.9% for next year": both starts are forecasts).
  const revisedFromOpen =
    /\bfrom\s+$/i.test(sentence.slice(0, m.start)) &&
    (REVISED_FORECAST_FROM_RE.test(sentence.slice(0, m.start)) ||
      REVISED_FORECAST_TO_FROM_RE.test(sentence.slice(0, m.start))) &&
    (years.length > 0
      ? ctx.documentYear !== undefined && years.every((y) => y >= ctx.documentYear!)
      : OPEN_YEAR_WORDS_RE.test(sentence));
  // "Expectations for 2034 remain unchanged at 4.5% and eased from 4.7% to 4.6% for 2035", dated
  // 2033: what people expect of a year not over is a forecast, the level they moved from too. A
  // clause cut at "and fell" has no subject of its own: the expectations are still its subject.
  const expectationsFor = EXPECTATIONS_FOR_YEAR_RE.exec(
    /^\s*and\s/i.test(lead) ? sentence.slice(0, m.start) : lead,
  );
  const ownYear = /^\s*(?:%|per\s?cent|percent)?\s+(?:for|in)\s+((?:19|20)\d\d)\b/i.exec(
    sentence.slice(m.end),
  );
  // "In the May poll, panellists estimated quarterly growth of 0.6% for Q1", "the median of the
  // replies to the survey suggested a rate of 3.4% for March": what a survey's participants
  // estimate is what people expect, a forecast, even of a period already over.
  const surveyEstimate = SURVEY_ESTIMATE_BEFORE_RE.test(lead) && SURVEY_NAMED_RE.test(sentence);
  // "versus the median estimate for a 0.8% decline", "against a market consensus of 2.4%",
  // "compared with a forecast shortfall of ¥227.5 billion": the number is a poll's middle answer
  // (or a noun "forecast" marks), what forecasters expected, even of a month that is over; an
  // average or mean "estimate" is a poll's only where its sentence names forecasters or a market.
  const pollConsensusLead = POLL_CONSENSUS_BEFORE_RE.exec(lead);
  const pollConsensus =
    pollConsensusLead !== null &&
    (/\b(?:forecasts?|consensus|median|market)\b/i.test(pollConsensusLead[0]) ||
      FORECASTER_NAMED_RE.test(sentence));
  const expectationsAhead =
    expectationsFor !== null &&
    !COMPARED_EXPECTATIONS_RE.test(lead) &&
    ctx.documentYear !== undefined &&
    Number(expectationsFor[1]) >= ctx.documentYear &&
    (ownYear === null || Number(ownYear[1]) >= ctx.documentYear);
  // "is now expected to average 5.2% in 2031, down from 5.9% previously": a value a forecast
  // clause says was its earlier reading ("previously", "in the previous forecast") is that forecast.
  // So is "growth is now seen at 2.2%, compared with 2.6% at the previous meeting": the value the
  // forecast is set against, named as the earlier round's.
  // "The 40-year actuarial deficit of the pension fund is estimated at 1.92 percent of taxable
  // payroll, up from 1.85 percent estimated last year": an actuarial balance sums what is to come
  // over its valuation period, a projection however it is told.
  const actuarialBalance = ACTUARIAL_BALANCE_BEFORE_RE.test(sentence.slice(0, m.start));
  // "has narrowed its 2026 forecast for trade growth to 4.0 to 5.0 per cent, from 3.0 to 5.0 per
  // cent.": after a forecast's revision to its new value, the "from" that ends the clause names the
  // value it was revised from, the earlier forecast, with no "previously" needed.
  const earlierForecast =
    forecast &&
    ((/\b(?:(?:up|down|higher|lower|revised)\s+from|compared\s+(?:to|with)|against|versus)\s+$/i.test(
      sentence.slice(0, m.start),
    ) &&
      /^\s*(?:previously|earlier|initially|originally|(?:in|at)\s+the\s+(?:previous|earlier|last|prior)\s+(?:forecast|projection|outlook|report|round|meeting|statement))\b/i.test(
        sentence.slice(m.end),
      )) ||
      (REVISED_TO_FROM_BEFORE_RE.test(sentence.slice(0, m.start)) &&
        /^\s*(?:[.;]|$)/.test(sentence.slice(m.end))));
  // "from 2.9 percent in 2031, to 3.2 in 2032": a bare reading for a year after the dateline's is a
  // forecast, whatever the first reading of the run was.
  const laterYearReading =
    m.notes.includes(BARE_YEAR_NOTE) &&
    ctx.documentYear !== undefined &&
    Number(/^\s+(?:in|for)\s+((?:19|20)\d\d)\b/.exec(sentence.slice(m.end))?.[1] ?? 0) >
      ctx.documentYear;
  // "The jobless rate increases to 7.5 percent in 2033", "exports grow 3.2% in 2033", "debt peaks at
  // 97 per cent of GDP in 2033-34", "the deficit is 2.1 per cent of GDP in FY2034", dated 2032: a
  // present tense of change or of being about a year (or a fiscal year that starts) after the
  // dateline's can only be a forecast ("rose to 6 percent in 2033" is left to its verb; "in
  // 2032-33", dated 2032, may be a year that is over and stays with its verb).
  // So is the same present with its year put first ("In 2033, exports grow 2.8%", "By 2034, the
  // deficit is down to 2.1% of GDP", "Over 2033-2036, growth averages 1.9% a year"), when no other
  // year stands between that year and the number.
  // The first digit of the figure's own number: a percent or points whose stated words hold a
  // sum in their object ("cut employer contributions on the first £25,000 of salary by 1
  // percentage point") leads up to its own number, not the sum's.
  const digit = statedText.search(m.kind === 'amount' ? /\d/ : OWN_DIGIT_RE);
  const frontedYear = FRONTED_PERIOD_RE.exec(sentence.slice(0, m.start));
  const presentAhead =
    ctx.documentYear !== undefined &&
    PRESENT_CHANGE_BEFORE_RE.test(
      (lead + (digit > 0 ? statedText.slice(0, digit) : '')).replace(CURRENCY_TAIL_RE, ''),
    ) &&
    Number(
      (PERIOD_AHEAD_AFTER_RE.exec(sentence.slice(m.end)) ??
        SPAN_AHEAD_AFTER_RE.exec(sentence.slice(m.end)) ??
        (frontedYear && !/\b(?:19|20)\d\d\b/.test(sentence.slice(frontedYear[0].length, m.start))
          ? frontedYear
          : undefined))?.[1] ?? 0,
    ) > ctx.documentYear;
  // "with output expanding by 5.5 percent this year", "rising 12 percent this year on new routes":
  // a change in the gerund for the year the document is written in, which is not over, states
  // no outturn (that would need a past or perfect verb) and is what the year is expected to see.
  // A year over ("last year"), a span to date ("this year so far") and a perfect ("have grown")
  // keep the old reading.
  const gerundThisYear =
    GERUND_CHANGE_BEFORE_RE.test(
      sentence.slice(0, m.start) + (digit > 0 ? statedText.slice(0, digit) : ''),
    ) && THIS_YEAR_AFTER_RE.test(sentence.slice(m.end));
  // "If voluntary cuts stay in place, supply from the group falls 0.8% this year", "Assuming oil
  // at $80, revenue grows 4% this year", "On current policies, inflation eases to 3.1% this year": a
  // change in the present for the year the document is written in, which is not over, after a
  // condition or a baseline it rests on, is what the year is expected to see. A past verb, "is
  // up" (a change to date), a span to date ("this year so far") and no condition keep the old
  // reading.
  const conditionalThisYear =
    PRESENT_CHANGE_BEFORE_RE.test(
      sentence.slice(0, m.start) + (digit > 0 ? statedText.slice(0, digit) : ''),
    ) &&
    !PRESENT_STATE_BEFORE_RE.test(
      sentence.slice(0, m.start) + (digit > 0 ? statedText.slice(0, digit) : ''),
    ) &&
    THIS_YEAR_AFTER_RE.test(sentence.slice(m.end)) &&
    CONDITION_LEAD_RE.test(sentence.slice(0, m.start));
  // "rising to 95 per cent once the agreement is fully implemented", "drops to 70 per cent when
  // the new terminal is operational": a level reached once an event to come takes place (its
  // present passive or state) is not yet reached, a forecast. An event in the past ("once the
  // agreement was implemented") and "since" keep the old reading.
  const onceDone = ONCE_DONE_AFTER_RE.test(sentence.slice(m.end));
  // "the program will provide up to $50,000 per project", "will match up to €2,000 for each
  // apprentice": a scheme that gives up to a sum per applicant or item sets a cap on what it pays,
  // a decision, actual though "will" states it; what a change could save or cost per head keeps
  // the old reading.
  const capPerUnit =
    m.kind === 'amount' &&
    CAP_GIVEN_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    PER_UNIT_NOUN_AFTER_RE.test(sentence.slice(m.end)) &&
    !MAY_RE.test(hedgeText);
  // "turned out weaker than had been expected (2.9%)": the value in brackets after the expectation
  // is what was expected; "higher than predicted at 3.1%" (no bracket) is the outturn.
  const expectationInBrackets = EXPECTATION_BRACKET_BEFORE_RE.test(
    sentence.slice(0, m.start) + (sentence[m.start] === '(' ? '(' : ''),
  );
  // "edging up only a little to 5.8% in 2031, and easing to 5.5% by 2033", dated June 2031: a
  // reading for the whole of a year that is not over, in a sentence that goes on to a later year,
  // with nothing else to say what it is, is a forecast of that year. Without the later year
  // ("profit rose to R1.4 billion in 2031", in a report dated June 2031) it may be a fiscal year
  // that is over.
  // "the ratio declines from 240 percent at the start of 2031 to 118 percent at the start of 2039",
  // dated 2031: the end of a path from one level to another, dated to a year after the
  // dateline's, is not yet read, a forecast whatever the verb's tense.
  const pathEnd = PATH_END_DATED_AFTER_RE.exec(sentence.slice(m.end));
  const pathEndAhead =
    pathEnd !== null &&
    ctx.documentYear !== undefined &&
    Number(pathEnd[1]) > ctx.documentYear &&
    PATH_TO_BEFORE_RE.test(sentence.slice(0, m.own ?? m.start));
  // "$16.1 billion over six years, starting in 2026-27", dated November 2026: money spread over
  // years that start in one not over is a cost to come, when no decision puts it there.
  const spreadStart = SPREAD_FROM_YEAR_AFTER_RE.exec(sentence.slice(m.end));
  const spreadAhead =
    m.kind === 'amount' &&
    spreadStart !== null &&
    ctx.documentYear !== undefined &&
    Number(spreadStart[1]) >= ctx.documentYear;
  const yearNotOver =
    ctx.documentYear !== undefined &&
    ctx.documentMonth !== undefined &&
    ctx.documentMonth <= 9 &&
    Number(WHOLE_YEAR_AFTER_RE.exec(sentence.slice(m.end))?.[1] ?? 0) === ctx.documentYear &&
    years.some((y) => y > ctx.documentYear!);
  // "unveiled the Rs14.2 trillion budget for the fiscal year 2032-33", dated June 2032; "The 2032
  // budget allocates $2.4 billion to schools", dated 2031: money a budget sets for a period not
  // over is planned, whatever verb allocates it, and so are its shares and changes ("oil revenue in
  // the 2032 budget makes up 41 percent of the total").
  // "the budget proposes total spending of $41.2 billion", "The Governor's budget includes $3.1
  // billion for roads": a budget or a governor that proposes (present tense) before the number
  // sets a plan; "the enacted budget provided $3.1 billion" (past) stays with its verb, and so
  // does a budget named with a period that is over ("the 2029 budget includes", dated 2031).
  const budgetProposes =
    (BUDGET_PROPOSES_RE.test(sentence.slice(0, m.start)) ||
      // "the 2029 economic plan of the fund provides", dated 2031: a plan whose years are over.
      (PLAN_PROPOSES_RE.test(sentence.slice(0, m.start)) &&
        !periodOver(sentence, ctx.documentYear, ctx.documentMonth))) &&
    !closedBudget(sentence, ctx.documentYear, ctx.documentMonth, fiscalYearEnd(unit, ctx, text)) &&
    !SPENT_RE.test(sentence) &&
    !THAN_PLAN_RE.test(sentence);
  // "a rise in the national budget from $3.1 billion in 2027 to $5.3 billion in 2031", dated
  // October 2031: a budget's own sum with a year not over after it is planned; 2027's is data.
  const budgetYear = /^\s+in\s+((?:19|20)\d\d)\b(?!\s?[-–/]\s?\d)/.exec(sentence.slice(m.end));
  const budgetSumAhead =
    m.kind === 'amount' &&
    budgetYear !== null &&
    ctx.documentYear !== undefined &&
    Number(budgetYear[1]) >= ctx.documentYear &&
    BUDGET_SUM_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    !SPENT_RE.test(sentence) &&
    !THAN_PLAN_RE.test(sentence);
  // "The investment programme for 2033 amounts to 412 billion tenge", "The pipeline of committed
  // projects is worth $263 billion", "plans capital spending of $5.8 billion in 2033": the sum a
  // plan, an investment or works programme or a pipeline or portfolio of projects comes to, stated
  // in the present, or what a company "plans" to spend, is planned money (README: a level a budget
  // states, "plans"). A past verb ("amounted to", "spent"), a named period that is over, or a
  // portfolio of assets ("the equity portfolio is worth") keeps the old reading.
  const plannedSum =
    m.kind === 'amount' &&
    (PLANNED_SUM_BEFORE_RE.test(sentence.slice(0, m.start)) ||
      PLANS_SPENDING_BEFORE_RE.test(sentence.slice(0, m.start))) &&
    // "14 per cent more than the 2030 outturn": the base's outturn leaves the plan its sum.
    !SPENT_RE.test(sentence.replace(OUTTURN_BASE_RE, ' ')) &&
    // Its own words only: "up $7.4 billion on last year's survey" after it is a base, not its period.
    !periodOver(
      sentence.slice(0, m.end) + /^[^,;]*/.exec(sentence.slice(m.end))![0],
      ctx.documentYear,
      ctx.documentMonth,
    );
  const budgetAhead =
    budgetProposes ||
    budgetSumAhead ||
    (openBudget(sentence, ctx.documentYear, ctx.documentMonth, fiscalYearEnd(unit, ctx, text)) &&
      !budgetInLaterClause(sentence, m.end) &&
      !pastItemAfterLeadIn(sentence.slice(0, m.start)) &&
      // "compared with an outturn of £8.8bn": the base's outturn leaves the budget its plan.
      !SPENT_RE.test(sentence.replace(OUTTURN_BASE_RE, ' ')) &&
      !THAN_PLAN_RE.test(sentence) &&
      !(SINCE_BUDGET_RE.test(sentence) && PAST_FINITE_RE.test(sentence)));
  // "For 2031-32, the grants amount to £1.1bn", "contingencies of $3.9 billion in 2031-32", "a deficit
  // of $6.6 billion in 2031–32", dated 2031: in a sentence whose every period is still open and one of
  // them a fiscal year ("2031-32", "FY2032", "fiscal years 2032 through 2036"), the amounts are
  // planned, whatever present verb states them. A past verb ("was", "have been carried out"), money
  // spent or a span measured to date ("so far", "as at March 5") keeps the old reading.
  const openFiscal =
    fiscalYearsOpen(
      sentence,
      ctx.documentYear,
      ctx.documentMonth,
      fiscalYearEnd(unit, ctx, text),
    ) &&
    !MEASURED_TO_DATE_RE.test(sentence) &&
    !SPENT_RE.test(sentence) &&
    !PAST_FINITE_RE.test(clauseText.replace(PLAN_MADE_TO_RE, ' '));
  // "spending has used 41 percent of the state ceiling of $3.1 trillion": the sum a share of
  // spending is measured against, named as its ceiling or allocation, is the plan, unless the
  // sentence names a year that is over.
  const ceilingWhole =
    m.kind === 'amount' &&
    CEILING_WHOLE_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    (ctx.documentYear === undefined || years.every((y) => y >= ctx.documentYear!));
  // "CBO projects a deficit of $2.1 trillion in 2033", dated 2034: a projection made now of a period
  // that is over is an estimate of it, data.
  const projectionOfPast =
    PRESENT_PROJECTION_TEST_RE.test(hedgeText) &&
    finishedEstimate(hedgeText, clauseText, ctx.documentYear, ctx.documentMonth);
  // "This lifts the housing fund to $2.4 billion", "$310 million for rural clinics", "spending from
  // the trust funds rises by 3.2 percent over the current year", in a document titled for a budget
  // whose fiscal year is not over: an allocation stated in the present or with no verb, or a
  // comparison with the current (budget) year, with no year of its own, is planned. A past verb, a
  // year in the sentence, money spent or a span to date keeps the old reading.
  // Both budget-document readings below: a titled budget whose year is not over, and a sentence
  // that measures no money spent or a span to date.
  // "Ports Authority allocated $950 million in Budget 2033-34": a title that says the budget's money
  // was allocated reports decisions made, so its lines are actual, as the verb would make them;
  // "Budget 2033: what it holds" and "Budget 2033 adopted" (the act on the document, whose lines
  // still state its levels) keep the old reading.
  const openBudgetDocument = (): boolean =>
    ctx.budgetTitle !== undefined &&
    !DECIDED_BUDGET_TITLE_RE.test(ctx.budgetTitle.title) &&
    !MEASURED_TO_DATE_RE.test(sentence) &&
    !SPENT_RE.test(sentence) &&
    budgetDocumentOpen(
      ctx.budgetTitle,
      ctx.documentYear,
      ctx.documentMonth,
      fiscalYearEnd(unit, ctx, text),
    );
  // An item of a list under a lead-in or heading that names decisions ("Main allocations") is
  // one of them, whatever present verb states it.
  const decidedList =
    ctx.budgetTitle !== undefined &&
    DECIDED_LIST_BEFORE_RE.test(text.slice(Math.max(0, sStart - 1500), sStart + m.start));
  const budgetDocumentPlan =
    ctx.budgetTitle !== undefined &&
    !decidedList &&
    (ALLOCATION_RE.test(sentence) ||
      CURRENT_YEAR_RE.test(sentence) ||
      BUDGET_CHANGE_RE.test(sentence)) &&
    ![...sentence.replace(PUBLICATION_YEAR_RE, ' ').matchAll(SENTENCE_PERIOD_RE)].length &&
    !PAST_FINITE_RE.test(sentence.replace(PLAN_MADE_TO_RE, ' ')) &&
    openBudgetDocument();
  // "The bond dependency ratio falls 1.6 percentage points to 23.5%", "The operating deficit
  // narrows 0.4 percentage points to 2.9% of GSP", in a document titled for a budget whose period
  // is not over: a change in percent or points stated in the present with no period named is what
  // the budget plans, and so is the ratio it goes to (sums are read by the readings above). A past
  // verb, a named period, a list of decisions and money spent keep the old reading.
  const budgetDocumentChange =
    m.kind !== 'amount' &&
    ctx.budgetTitle !== undefined &&
    !decidedList &&
    PRESENT_CHANGE_VERB_RE.test(sentence.slice(0, m.start + (digit > 0 ? digit : 0))) &&
    ![...sentence.replace(PUBLICATION_YEAR_RE, ' ').matchAll(SENTENCE_PERIOD_RE)].length &&
    !PAST_FINITE_RE.test(sentence) &&
    !NOW_WORD_RE.test(sentence) &&
    openBudgetDocument();
  // "Roads get $410 million", "Total spending: $9.3 billion, up 4 percent", in a document titled
  // for a budget whose period is not over: a sum the budget states in the present or with no verb,
  // and a change or share stated beside one, is the budget's level, planned. A past verb, a period
  // that is over, a present measure ("now", "today") or a decision's verb ("approved", "raised
  // to", "set at") in its clause keeps the old reading.
  const budgetDocumentLevel =
    ctx.budgetTitle !== undefined &&
    BUDGET_SUM_RE.test(m.kind === 'amount' ? statedText : sentence) &&
    !PAST_FINITE_RE.test(sentence.replace(PLAN_MADE_TO_RE, ' ').replace(HELD_AT_RE, ' ')) &&
    !OTHER_PAST_RE.test(sentence) &&
    !RESTATES_BEFORE_RE.test(sentence) &&
    !BUDGET_DECISION_RE.test(sentence) &&
    !decidedList &&
    !SET_LEVEL_RE.test(
      sentence.slice(0, m.start) + (OWN_NOUN_AFTER_RE.exec(sentence.slice(m.end))?.[0] ?? ''),
    ) &&
    !NOW_WORD_RE.test(clauseText) &&
    !periodOver(sentence, ctx.documentYear, ctx.documentMonth) &&
    !periodOver(clauseText, ctx.documentYear, ctx.documentMonth) &&
    openBudgetDocument();
  // "Rural clinics (¥31.0bn)", "Grants : +¥4.2bn (Central share : +¥2.1bn)", in a document titled
  // for a budget whose year is not over ("Highlights of the Draft FY2032 Budget"): an amount with no
  // verb, after an item's name and a colon or in brackets after it, is that item's line of the
  // budget, planned. A past verb, a year that is not after the dateline's, money spent or a span to
  // date keeps the old reading.
  const budgetDocumentLine =
    m.kind === 'amount' &&
    ctx.budgetTitle !== undefined &&
    BUDGET_LINE_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    ctx.documentYear !== undefined &&
    [...sentence.matchAll(SENTENCE_PERIOD_RE)].every(
      ({ groups }) => Number(groups!.first) > ctx.documentYear!,
    ) &&
    !PAST_FINITE_RE.test(sentence) &&
    !decidedList &&
    openBudgetDocument();
  // The words before a figure's number, its own verb included ("rose" in "rose 5%"); the charge
  // and request readings read it too.
  const chargeLead = sentence.slice(0, m.start) + (digit > 0 ? statedText.slice(0, digit) : '');
  // After a figure, the words of its own period, up to a comma or the base it is compared with
  // (" last year", not " what was spent in 2025").
  const itemTail = COMPARED_BASE_END_RE.test(statedText)
    ? ''
    : (ITEM_TAIL_AFTER_RE.exec(sentence.slice(m.end))?.[0] ?? '');
  // "Highlights of the request:\n- Ships: $38 billion", "Of the FY2032 budget:\n• Pay is $9
  // billion": an item in a list whose lead-in names a request or proposal, or a budget for a year
  // not over, states what is asked for or planned; an item with its own past verb ("Pay rose 5%
  // last year") and a lead-in of decisions ("The council approved:") keep the old reading.
  const listBefore = text.slice(Math.max(0, sStart - 600), sStart + m.start);
  const plannedLead = PLANNED_LIST_BEFORE_RE.exec(listBefore)?.[1];
  const plannedList =
    plannedLead !== undefined &&
    // "Requests granted", "Budget 2035 as approved": a participle of a decision names what is done.
    !/\b(?:granted|approved|adopted|allocated|awarded|enacted|passed|appropriated|received|paid|disbursed|spent)\b/i.test(
      plannedLead,
    ) &&
    !DECIDED_LIST_BEFORE_RE.test(listBefore) &&
    !PAST_FINITE_RE.test(plannedLead) &&
    (REQUEST_LEAD_RE.test(plannedLead) ||
      (/(?<!\d)(?:19|20)\d\d\b/.test(plannedLead) &&
        !periodOver(plannedLead, ctx.documentYear, ctx.documentMonth))) &&
    !PAST_FINITE_RE.test(chargeLead) &&
    !OTHER_PAST_RE.test(chargeLead) &&
    !periodOver(chargeLead + statedText + itemTail, ctx.documentYear, ctx.documentMonth);
  // "FUNDING REQUIREMENTS\nFederation-wide: CHF 18 million", "Pledges announced\n- Norway: NOK 300
  // million", "Financing needs by programme\n- School meals: US$45 million": a sum listed under a
  // heading that names what a plan or body requires, asks for or is promised states that
  // request, not yet granted (README: a request, a sum sought, a pledge), whatever the publisher. A
  // heading of money received, paid or granted, a regulatory requirement, collateral pledged, a
  // period over, and an item with its own decision or past verb keep the old reading.
  const requiredHead =
    m.kind === 'amount' ? REQUIRED_LIST_BEFORE_RE.exec(listBefore)?.[1] : undefined;
  const requiredList =
    requiredHead !== undefined &&
    !REQUIRED_HEAD_GRANTED_RE.test(requiredHead) &&
    !periodOver(requiredHead, ctx.documentYear, ctx.documentMonth) &&
    !ITEM_DECIDED_RE.test(chargeLead) &&
    // A capitalised word in "-ed" in a label is a name ("United Arab Emirates: "), no verb.
    !PAST_FINITE_RE.test(chargeLead.replace(/\b[A-Z][a-z]+ed\b/g, ' ')) &&
    !OTHER_PAST_RE.test(chargeLead) &&
    !periodOver(chargeLead + statedText + itemTail, ctx.documentYear, ctx.documentMonth);
  // "Major proposals (ten-year cost through FY 2043)" ⏎ "Senator Alvarez" ⏎ "- Extend the tax
  // cuts: $2.60 trillion", "What our pledges cost (£ billion a year)" ⏎ "- Abolish tuition fees: £9.5
  // billion": an item listed under a heading that names what proposals, pledges, a platform or a
  // bill would cost is that costing, an estimate of a cost still to come (README: a pledge and its
  // costing are expected), whoever publishes it. A heading of measures done or years over, an
  // item with its own past verb or decision, the "from" level a proposal starts at and a period
  // over after the number keep the old reading.
  const costedHead = costedListHeading(text.slice(Math.max(0, sStart - 1500), sStart + m.start));
  const costedList =
    costedHead !== undefined &&
    !periodOver(costedHead, ctx.documentYear, ctx.documentMonth) &&
    !ITEM_DECIDED_RE.test(chargeLead) &&
    !PAST_FINITE_RE.test(chargeLead.replace(/\b[A-Z][a-z]+ed\b/g, ' ')) &&
    !OTHER_PAST_RE.test(chargeLead) &&
    !/\bfrom\s+\S*$/i.test(chargeLead) &&
    !periodOver(itemTail, ctx.documentYear, ctx.documentMonth);
  // "Food security accounts for 41 per cent of the requirements, followed by shelter (19 per
  // cent)", "Around a fifth of the requirement, US$318 million, is for host communities", "The plan
  // requests US$4.2 billion, of which food security accounts for US$1.9 billion": a part of what is
  // required, requested, sought or appealed for, told with a present verb of make-up, is part of
  // the request, expected as the request is (README: a request, a sum sought). Money received,
  // covered or paid against it, a past verb, a period over and a part of spending keep their
  // reading.
  const beforeNumber = sentence.slice(0, m.start);
  const requestPart =
    (REQUEST_WHOLE_AFTER_RE.test(statedText + sentence.slice(m.end)) ||
      REQUEST_WHOLE_APPOSED_RE.test(beforeNumber) ||
      REQUEST_OF_WHICH_BEFORE_RE.test(beforeNumber) ||
      (m.kind === 'amount' && REQUEST_PART_GAPPED_RE.test(beforeNumber)) ||
      (m.kind !== 'amount' &&
        /\(\s*(?:about\s+)?$/.test(beforeNumber) &&
        REQUEST_SHARE_EARLIER_RE.test(beforeNumber))) &&
    !RECEIVED_AGAINST_RE.test(sentence) &&
    // The whole's own participle ("the funding sought") is no past verb of the clause.
    !PAST_FINITE_RE.test(sentence.replace(REQUEST_WHOLE_ANY_RE, ' ')) &&
    !OTHER_PAST_RE.test(sentence.replace(REQUEST_WHOLE_ANY_RE, ' ')) &&
    !PAST_MAKE_UP_RE.test(sentence) &&
    !periodOver(sentence, ctx.documentYear, ctx.documentMonth);
  // "Requirements: US$2.31 billion", "The unmet requirement stands at US$117.2 million", "leaving a
  // financing gap of about US$520 million", "of the US$2.31 billion required under the plan", "The
  // requirement is 11 per cent lower than in 2025": a sum or change named as what a plan, an appeal
  // or a body still requires, needs or lacks, by a label, a present verb, its noun's complement or
  // a participle of requiring, is sought, not yet granted (README: a request, a sum sought);
  // a past verb, a rule's requirement, money received and a period over keep their reading
  // (requirement.ts).
  const requirementStated =
    // "The variable requirement remains at 5% of a corporation's adjusted liabilities": a
    // requirement stated as a share of something is a rule's ratio, no sum to be raised.
    m.kind !== 'share' &&
    requirementSum({ before: beforeNumber, stated: statedText, after: sentence.slice(m.end) }) &&
    // The period of the number's own clause, up to the next comma: "11 per cent lower than in 2025"
    // names the year compared with, and an aside after a comma ("the same amount households
    // received after the 2015 earthquake") another time, no period of the requirement.
    !periodOver(
      (beforeNumber + statedText + (/^[^,;]*/.exec(sentence.slice(m.end))?.[0] ?? '')).replace(
        THAN_YEAR_RE,
        ' ',
      ),
      ctx.documentYear,
      ctx.documentMonth,
    );
  // "we now put the likely tax out-turn at $61.5 billion, of which $48.2 billion is from income
  // taxes": the outturn a year still running is likely to have is an estimate of a
  // period not over, planned, and so are its parts; an outturn of a named year that is over stays data.
  const likelyOutturn =
    LIKELY_OUTTURN_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    !periodOver(sentence, ctx.documentYear, ctx.documentMonth);
  // "ADB's indicative lending for 2026–2028 is $1.2 billion, of which $240 million is
  // concessional", "The government's gross borrowing programme for 2033 is ₱2.55 trillion": the sum
  // a lending, borrowing, financing or issuance plan comes to for a named period that is not over,
  // stated in the present, is planned money (README: the sum a plan comes to in the present), and so
  // are its parts after "of which". A past verb, a period that is over and a decision keep the old
  // reading.
  const planPeriod = PERIOD_PLAN_BEFORE_RE.exec(sentence.slice(0, m.start));
  const periodPlan =
    planPeriod !== null &&
    ctx.documentYear !== undefined &&
    planLastYear(planPeriod[1]!, planPeriod[2]) >= ctx.documentYear;
  // "Growth in 2033: 2.1%", "- 2033 inflation: 2.8 percent", "GDP growth (2033): 2.1%", dated 2032:
  // a label with no verb, naming only years after the dateline's, before a colon and its number,
  // is that year's figure, a forecast; "Growth in 2031: 2.1%" and a label with a verb keep the old
  // reading.
  const labelBefore = LABEL_COLON_BEFORE_RE.exec(
    sentence.slice(0, m.start).replace(CURRENCY_TAIL_RE, ''),
  )?.[1];
  const labelYears = [...(labelBefore ?? '').matchAll(/\b(?:19|20)\d\d\b/g)].map((y) =>
    Number(y[0]),
  );
  // "Income by source (net, budget): grants 52%; fees 30%", "Staff costs (projected):
  // $41 million": a label whose bracket names the budget or a projection heads planned figures,
  // up to the sentence's end; a bracket that also names an outturn ("actual", "audited") keeps
  // the old reading.
  const plannedLabel = PLANNED_LABEL_RE.exec(sentence);
  const labelPlanned =
    plannedLabel !== null &&
    plannedLabel[0].length <= m.start &&
    !/\b(?:actual|audited|outturn)\b/i.test(plannedLabel[1]!) &&
    !/\b(?:was|were|had|rose|fell|grew|reached)\b/i.test(sentence.slice(plannedLabel[0].length));
  const labelAhead =
    labelBefore !== undefined &&
    ctx.documentYear !== undefined &&
    labelYears.length > 0 &&
    labelYears.every((y) => y > ctx.documentYear!) &&
    // "– 1 June 2033: 2%": a label that is one day is the date a step set in advance takes
    // effect, no period a forecast is of.
    !DAY_DATE_LABEL_RE.test(labelBefore) &&
    !OWN_VERB_RE.test(labelBefore) &&
    !PAST_FINITE_RE.test(labelBefore) &&
    // "Approved ARR for the control period (Rs crore)" ⏎ "2035-36: 1,934.48": under a title that
    // says a decision set the levels, a later year's label dates the level decided, no forecast
    // (decided.ts, decidedChargesTitle; v154).
    !decidedChargesTitle(sentence.slice(0, Math.max(0, sentence.indexOf('\n'))));
  // "the latest estimate of the cost of the new line is between $6 billion and $8 billion", "now
  // estimate the tunnel to cost $4 billion, $1 billion more than its funding": what a thing is
  // estimated to cost is a forecast of its cost, and so is what the sentence says of it after; a
  // past verb, or a period that is over, keeps the old reading.
  const costLead = COST_ESTIMATE_BEFORE_RE.exec(sentence.slice(0, m.start));
  const costEstimate =
    costLead !== null &&
    !PAST_FINITE_RE.test(sentence.slice(costLead.index, m.start)) &&
    // "(2030 prices)" names the prices the sums are in, no period.
    !periodOver(
      sentence.replace(/\b(?:19|20)\d\d(?:[-–/]\d{2,4})?\s+prices\b/g, ' '),
      ctx.documentYear,
      ctx.documentMonth,
    );
  // "Its estimated cost is now R$ 4.9 billion", "The latest estimate, which the board approved in
  // May, is €780 million", "The current estimate for the dam stands at KES 64 billion": a sum the
  // clause's subject names as an estimated cost, by a participle of estimating before "cost" or by
  // the noun of an estimate, with a present verb right before it, is what the thing is now
  // expected to cost, a forecast (README, Status), whatever the estimate's approval aside says. A
  // past verb before the sum ("was", "was completed in March at an estimated cost of") and a thing
  // done or a period over ("of last year's floods", "the works completed in 2029") keep the old
  // reading.
  const estimatedCostNow =
    m.kind === 'amount' &&
    ESTIMATED_COST_SUBJECT_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    !PAST_FINITE_RE.test(
      sentence
        .slice(0, m.start)
        .replace(RELATIVE_ASIDE_RE, ' ')
        .replace(PRESENT_PERFECT_OF_CHANGE_RE, ' '),
    ) &&
    // The aside dates the approval of the estimate, not the cost.
    !periodOver(
      sentence.slice(0, m.start).replace(RELATIVE_ASIDE_RE, ' '),
      ctx.documentYear,
      ctx.documentMonth,
    );
  // "The Department's estimate of the programme's total cost has risen from £7.0 billion to £9.4
  // billion", "Management's guidance for full-year revenue has been cut to €8.2 billion from €8.6
  // billion", "The Bank's projection of inflation for next year has been raised to 3.4 percent": an
  // estimate, projection, forecast or guidance as the subject of a perfect of change moves a
  // forecast, and both ends are forecasts, expected (README: an estimate of a period not yet over);
  // an estimate the subject dates to a period that is over ("of GDP growth for 2031", "of last
  // year's deficit") and a subject that is no estimate ("The cost of the bridge") keep the old
  // reading. The year after a "from" end dates the earlier estimate, not its period.
  const estimateSubject = ESTIMATE_SUBJECT_MOVED_BEFORE_RE.exec(sentence.slice(0, m.start));
  const estimateMoved =
    estimateSubject !== null &&
    !periodOver(estimateSubject.groups!.subject ?? '', ctx.documentYear, ctx.documentMonth);
  // "Over the five-year horizon, our deficits exceed the government's by $31 billion", "Across
  // the medium-term horizon, capital spending totals A$4.1 billion", "Over the programme period,
  // disbursements come to": a horizon, or the period a forecast, plan or programme covers, named
  // in the sentence of a present verb, is the span still ahead that the figure is projected over
  // (README, Status). A past verb in the figure's clause ("declined to") and a span that is over
  // ("the 2014–2020 programme period", "over the past five years") keep the old reading.
  const overHorizon =
    HORIZON_RE.test(sentence) &&
    // "exceed the", "succeed the" end as a past participle does and are present.
    !PAST_FINITE_RE.test(clauseText.replace(/\b(?:ex|suc|pro)ceed\b/gi, ' ')) &&
    !periodOver(sentence, ctx.documentYear, ctx.documentMonth);
  // "This bill delivers $7.2 billion over five years for school food", "Budget Paper No. 2 shows
  // $3.8 billion over five years", "the framework channels US$4.5 billion over the next five years
  // to adaptation": a sum a present verb spreads over a count of years, with no past verb in its
  // clause, is money a bill, budget, plan or programme is to spend across a span still ahead
  // (README, Status: a figure over the period a plan covers), whoever its subject and whatever its
  // verb. A past or perfect verb ("has committed", "cost", "totalled"), a span that is over ("over
  // the past five years", "to 2031" dated 2033), "for over"/"of over" (more than), a cap a scheme
  // sets ("grants of up to £40,000"), a decision named (decided.ts) and a sum that opens its line
  // with no verb (a heading) keep the old reading.
  const overYearsAhead =
    m.kind === 'amount' &&
    // "$4 billion for rural roads over three years" opening its line is a heading, no verb.
    /\b[a-z]{2,}\b/i.test(sentence.slice(0, m.start)) &&
    (YEARS_AHEAD_AFTER_RE.test(sentence.slice(m.end, clause[1])) ||
      YEARS_AHEAD_FRONTED_RE.test(lead)) &&
    !PAST_FINITE_RE.test(clauseText) &&
    !IRREGULAR_PAST_SUM_RE.test(clauseText) &&
    !/\bup\s+to\s+(?:[^\s\d]{1,4}\s?)?$/i.test(
      sentence.slice(0, m.start) + (/^\D*/.exec(statedText)?.[0] ?? ''),
    ) &&
    !periodOver(clauseText, ctx.documentYear, ctx.documentMonth);
  // "It raises the GST/HST credit by 10% for the next two benefit years", "The measure lifts the
  // state pension by 4% for the next three years", "The facility provides $2 billion a year for the
  // next five years": a figure a present verb of change or of giving puts "for" a count of years
  // (months, quarters) still to come is what that span is to see, as "over the next two years"
  // reads (README, Status: a figure over the period a plan covers), whoever the subject. A past
  // or perfect verb in its clause ("raised", "froze"), a verb of holding a level ("keeps", "holds":
  // a rate set), a span behind ("for the past two years") and a named year keep the old reading.
  const forSpanAhead =
    FOR_SPAN_AHEAD_AFTER_RE.test(sentence.slice(m.end, clause[1])) &&
    PRESENT_VERB_OF_CHANGE_OR_GIVING_RE.test(
      lead + (digit > 0 ? statedText.slice(0, digit) : ''),
    ) &&
    !PAST_FINITE_RE.test(clauseText) &&
    !IRREGULAR_PAST_SUM_RE.test(clauseText);
  // "Canadians are paying $54 billion this year in interest on the debt", "The ministry spends
  // R4.2 billion this year on school nutrition", "The company is investing $350 million this
  // year": a sum a present verb of paying, spending, giving or receiving puts on the year the
  // document is written in, which is not over, is that year's total still to be paid, expected
  // (README, Status: an estimate of a period not yet over). So is a level a present or perfect
  // verb of change reaches "for this (financial) year" ("Interest payments have risen to Kshs 1.12
  // trillion for this financial year"): "for" names the whole year's sum. A past verb ("spent …
  // this year"), a perfect before a bare "this year" ("has disbursed $2 billion this year": to
  // date), "so far" and a decision ("allocated … for this financial year") keep the old reading.
  const openYearSum =
    m.kind === 'amount' &&
    ((OPEN_YEAR_SUM_AFTER_RE.test(sentence.slice(m.end, clause[1])) &&
      PRESENT_VERB_OF_PAYING_BEFORE_RE.test(lead + (digit > 0 ? statedText.slice(0, digit) : '')) &&
      !PAST_FINITE_RE.test(clauseText) &&
      !IRREGULAR_PAST_SUM_RE.test(clauseText)) ||
      (FOR_OPEN_YEAR_AFTER_RE.test(sentence.slice(m.end, clause[1])) &&
        REACHES_LEVEL_BEFORE_RE.test(lead + (digit > 0 ? statedText.slice(0, digit) : ''))));
  // "the relief body now requires over $80 million to reach …", "it sought a further $40 million
  // beyond its appeal for 2031 of $1.2 billion": money an organisation needs or appeals for is
  // not yet raised, a plan, unless its period is over.
  const fundingNeed =
    m.kind === 'amount' &&
    FUNDING_NEED_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    // "Households need $300 a month": a cost per unit of time or person, no sum to be raised.
    !/^\s+(?:a|per|each)\s+(?:day|week|month|year|person|head|household|family)\b/i.test(
      sentence.slice(m.end),
    ) &&
    !periodOver(clauseText, ctx.documentYear, ctx.documentMonth);
  // "Valuing our private holdings at market prices would add $12 billion of value, which is about
  // 9% of those holdings": what a valuation made another way would show of today's portfolio is a
  // sum worked out now, not a forecast.
  const markedValuation =
    MARKED_VALUATION_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    !/\b(?:next|coming|future|will)\b/i.test(sentence);
  // "The Bank puts growth in 2033 at 2.4%", "We now see growth this year at 2.6%": a forecaster that
  // puts or sees a measure at a level, for a year not over, forecasts it; of a year that is over
  // ("puts growth in 2030 at 2.1%") it estimates what happened, and with no period named ("puts
  // the share of firms hiring at 41%") or a month or quarter named it keeps the old reading.
  // "Capital outlay has been pegged at ₹2,400 crore, an increase of 9% over the revised estimate",
  // "the revised estimates, which were pegged lower at ₹910 crore, …, the rise works out to 12%": a
  // sum a budget pegs is its level, planned as "budgeted at" is, and so are the changes and sums
  // stated after it in its sentence; a period named that is over keeps the old reading.
  const pegged = PEGGED_SUM_RE.exec(sentence);
  const peggedLevel =
    pegged !== null &&
    pegged.index < m.end &&
    !periodOver(sentence.slice(0, m.end), ctx.documentYear, ctx.documentMonth);
  const putsAt =
    PUTS_AT_BEFORE_RE.test(lead) &&
    ctx.documentYear !== undefined &&
    // "estimates put first-quarter growth in 2036 at 1.1%": a part of a year is left to the
    // readings of estimates.
    clauseText.search(PART_OF_YEAR_RE) < 0 &&
    !periodOver(clauseText, ctx.documentYear, ctx.documentMonth) &&
    (OPEN_YEAR_WORDS_RE.test(clauseText) ||
      (years.length > 0 && years.every((y) => y >= ctx.documentYear!)));
  // "gross bond sales should come to $71 billion (sales so far are $33.6 billion)", "now put at
  // $88 billion ($41.2 billion has already been sold)": an aside in brackets that says with its own
  // verb what is done so far is an outturn, whatever the forecast around it.
  const doneAside =
    DONE_ASIDE_BEFORE_RE.test(sentence.slice(0, m.start)) ||
    (/\(\s*(?:(?:about|around|some|nearly|almost)\s+)?$/i.test(sentence.slice(0, m.start)) &&
      DONE_ASIDE_AFTER_RE.test(sentence.slice(m.end)));
  // "short of the goal to raise $50 billion a year", "progress towards the target for rich donors
  // to provide and mobilise $40 billion": a sum a goal or target is to reach, by the verb of an
  // infinitive right after it, is that goal, planned, whatever verb the clause has.
  const goalTo = GOAL_TO_BEFORE_RE.test(sentence.slice(0, m.start));
  // "the yearly funding gap is now estimated at $40 billion a year", "the cost of coastal defences is
  // estimated at $9 billion per year": a yearly sum a need, a gap or an estimated cost is said to
  // run at, with no past verb nor a period that is over, is what will be needed, planned; "flows
  // were $9 billion a year" and "the gap was $40 billion a year in 2029" keep the old reading.
  const yearlyNeed =
    m.kind === 'amount' &&
    PER_YEAR_AFTER_RE.test(sentence.slice(m.end)) &&
    (YEARLY_NEED_BEFORE_RE.test(lead) || ESTIMATED_COST_BEFORE_RE.test(lead)) &&
    !PAST_FINITE_RE.test(lead) &&
    !periodOver(clauseText, ctx.documentYear, ctx.documentMonth);
  // "The $40 million in fees collected by the March sale will let towns insulate homes", "the $2
  // billion raised from the levy will fund": a sum the subject names as already raised, collected or
  // generated is an outturn, though "will" says what it is to do; "to be raised" and "raised by
  // 2035" keep the old reading.
  // "…, and $41.5 million has been committed so far": a sum with its own perfect verb of money
  // put to use is done too.
  // "the DMO has raised £142.3 billion … in 2033-34, 53.6% of the £265.5 billion of planned gross
  // gilt sales", "…, and development partners have committed US$410 million": so is a sum a
  // present perfect of money raised, committed, paid or spent takes as its object, whatever year
  // not over or plan another part of the sentence names (README: money committed, paid or
  // disbursed is actual). "will have raised", "has committed to provide" and "by 2035" keep the
  // old reading.
  const raisedSum =
    m.kind === 'amount' &&
    (RAISED_AFTER_RE.test(sentence.slice(m.end)) ||
      SUM_DONE_AFTER_RE.test(sentence.slice(m.end)) ||
      SUM_DONE_BEFORE_RE.test(lead + (/^\D*/.exec(statedText)?.[0] ?? ''))) &&
    !/^[^.;]{0,60}?\bby\s+(?:(?:the\s+)?end\b|(?:19|20)\d\d\b)/i.test(sentence.slice(m.end));
  // "Capex guidance for 2031 cut to about $9 billion", "guiding to around $9 billion": a
  // company's guidance is its forecast of a period still running; of a period over it keeps the
  // old reading.
  const guidance =
    GUIDANCE_BEFORE_RE.test(sentence.slice(0, m.start)) &&
    !periodOver(clauseText, ctx.documentYear, ctx.documentMonth);
  // "against the utility's request for an average tariff increase of 12.4%": a change a body asks
  // for is not yet granted, planned, though the clause states what was decided; the decided
  // change before it keeps the old reading.
  // "The ministry is seeking a further $2.1 billion", "unions called for pay to be lifted by 6%": a
  // sum or change a body asks for, or calls to be granted, is not yet granted either; a request
  // for a period that is over ("The 2029 Budget requests") keeps the old reading.
  // "Donors pledged $2.4 billion for 2032-2035", "the $60 million pledged for 2031-33", dated 2031:
  // a sum promised for a span not over is not yet paid, planned, as one asked for is; so, in a
  // report titled for a pledging round ("Donors pledge $4 billion at replenishment summit"), is
  // every sum its pledges name with no period ("Norway's pledge of $90 million", "Chile pledged
  // $40 million and Peru $25 million"). A pledge naming no period elsewhere ("banks pledged $5
  // billion for the fund"), no dateline and "donors paid $2.4 billion" keep the old reading.
  const pledgeEnds = [...clauseText.matchAll(SENTENCE_PERIOD_RE)].map(({ groups }) =>
    groups!.second === undefined
      ? Number(groups!.first)
      : groups!.second.length === 2
        ? Math.floor(Number(groups!.first) / 100) * 100 + Number(groups!.second)
        : Number(groups!.second),
  );
  const requested =
    REQUESTED_CHANGE_BEFORE_RE.test(chargeLead) ||
    (m.kind === 'amount' &&
      (PLEDGED_SUM_BEFORE_RE.test(chargeLead) ||
        PLEDGED_AFTER_RE.test(sentence.slice(m.end)) ||
        GAPPED_PLEDGE_BEFORE_RE.test(sentence.slice(0, m.start))) &&
      ctx.documentYear !== undefined &&
      (pledgeEnds.length === 0
        ? PLEDGING_TITLE_RE.test(ctx.budgetTitle?.title ?? '')
        : pledgeEnds.some((y) => y >= ctx.documentYear!))) ||
    // "urged ministers to raise the credit to 15 per cent", "call on the government to cut the
    // levy by 2 points": a change a body calls on another to make is asked for, not yet made.
    // "The Treasury had asked state-owned companies for R$ 58.3 billion in dividends in 2032", "has
    // asked the Ports Authority to pay a special dividend of KSh 5.0 billion": what one body asks
    // another for, or to pay, is asked, not granted, also for a period that is over (v123); what
    // was granted is told with its own verb ("and it granted $25 million").
    ASKED_FOR_BEFORE_RE.test(chargeLead) ||
    ASKED_TO_ACT_BEFORE_RE.test(chargeLead) ||
    ((REQUESTED_SUM_BEFORE_RE.test(chargeLead) ||
      REQUEST_NAMED_BEFORE_RE.test(chargeLead) ||
      CALL_TO_CHANGE_BEFORE_RE.test(chargeLead) ||
      // "A proposal from the Ministry of Agriculture to raise the subsidy to 40% is under
      // consideration", "our recommendation to lift the cap to £50,000", "the universities' bid to
      // raise fees to $9,000": a change a noun of proposing or asking lays out in its infinitive is
      // not yet made, whatever the clause's verb; one the sentence says was taken up ("approved
      // the proposal", "was adopted") keeps the old reading.
      (PROPOSAL_TO_CHANGE_BEFORE_RE.test(chargeLead) &&
        !CHANGE_PROPOSAL_TAKEN_RE.test(sentence))) &&
      !periodOver(clauseText, ctx.documentYear, ctx.documentMonth));
  // Money or a price a decision has set is actual, even for a date to come (decided.ts).
  const decidedReading = decidedSetting({
    text,
    textBefore: text.slice(Math.max(0, sStart - 2000), sStart + m.start),
    sentence,
    match: m,
    statedText,
    lead,
    clauseText,
    clauseEnd: clause[1],
    hedgeText,
    documentYear: ctx.documentYear,
    budgetTitle: ctx.budgetTitle,
    requested,
    forecastItself,
    budgetOwn: budgetAhead || budgetDocumentPlan || budgetDocumentLine,
  });
  // "Under the determination, the cap will fall to £1,690 in 2037", "the levy will rise to 0.9% in
  // 2037, the Minister announced": a charge set by a decision named in its sentence, or in the
  // lead-in or heading it is listed under, is actual, though the year it takes effect is after the
  // dateline's; a charge with no decision named ("the levy will rise to 1% in 2037") keeps its
  // later year's reading.
  // A sum "by 2030" is a path to an aim, no date of effect ("taxes will rise by $40 billion by 2030").
  // "The regulator has capped water bill increases at 3.1% for 2034", "the company has fixed wage
  // increases at 4.5% for 2034": the perfect of a verb that sets a level "at" a number (decided.ts,
  // setAt) is itself the decision, whatever other reading of a decision came first, named in the number's clause, so a later year or a noun of
  // change ("increases", read alone as a present verb) is its date of effect, no forecast.
  // A payer's bill in a document whose title records the decision (decided.ts) has it named there.
  const decisionNamed =
    decidedReading !== undefined &&
    (decidedReading === 'payer bill' ||
      // "in steps of 5 cents in 2035 and 7 cents in 2036" under a headline that announces the
      // change on those dates: the years are its dates of effect (decided.ts, announcedChange).
      decidedReading === 'announced price' ||
      // "Interest on student debt rises to 2.71% in 2035": the headline's years are dates of
      // effect too (announcedLevel.ts, v185).
      decidedReading === 'announced level' ||
      // …and so are they for a level another reading finds set under such a headline ("The
      // threshold for a single borrower is €27,420 a year in 2035").
      (ctx.budgetTitle !== undefined && announcedLevelChange(ctx.budgetTitle) !== undefined) ||
      // "Under the agreement, the share will rise to 22.5 per cent in 2033": the instrument the
      // sentence opens with is the decision (decided.ts, ruleLevel).
      decidedReading === 'rule level' ||
      // "… shall be credited" in a made act: the act is the decision (madeInstrument.ts).
      decidedReading === 'made provision' ||
      // "The CPS rates from 1 April 2035 are unchanged:" ⏎ "- Natural gas: £0.00331 per kilowatt
      // hour": the lead-in that keeps the rates dates them (decided.ts, keptLeadIn; v171).
      decidedReading === 'kept list' ||
      // "Spruce logs will be released to sawmills at €48 a cubic metre from 1 March 2035": the
      // body's own verb of trade sets the price from its date (tradePrice.ts, v198).
      decidedReading === 'trade price' ||
      setAt(lead) ||
      namesDecision(sentence) ||
      underDecision(text.slice(Math.max(0, sStart - 2000), sStart + m.start))) &&
    !/\bby\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d\b/i.test(sentence.slice(m.end));
  // "against the 8.1% sought", "under half the $220 million the utility had asked for", "the
  // €91/MWh assumed in 2030", "its claim of 14%", "the 4% the panel recommended": a number named
  // as what was sought, claimed, assumed, recommended or proposed is that request or assumption,
  // not granted, whatever verb the clause has; "as requested" and "30% of firms sought" keep the
  // old reading.
  const sought =
    SOUGHT_AFTER_RE.test(sentence.slice(m.end)) ||
    CLAIM_OF_BEFORE_RE.test(sentence.slice(0, m.start)) ||
    SOUGHT_BEFORE_RE.test(lead) ||
    // "8.9% below the €10.01 that the airport operator, Kilbarra Airport Company (KAC), sought in its
    // revenue submission", "The Company had consulted on a rise of 4.1%", "Rs. 7,800 proposed in that
    // costing", "a schedule raising dues by 35 per cent had been submitted to the Ministry for
    // approval": what a party put forward, asked for or consulted on (putForward.ts, v227).
    putForward(lead + (digit > 0 ? statedText.slice(0, digit) : ''), sentence.slice(m.end)) ||
    // "The Plaintiff claimed $61,760 in berth dues, $23,400 in pilotage …, together $88,260", "In
    // all it claims $164,560", in a judgment: the party's case, not what the court found
    // (litigantClaim.ts, v241).
    litigantClaim(sentence.slice(0, m.start), titleAndTop(ctx.budgetTitle)) ||
    // "Intervenors had argued for an ROE of 8.5 per cent", "had requested an increase of $142.7
    // million, or 8.8%", "denied Northfield's request to recover $23.5 million": the object of a
    // verb of asking is asked, not granted (askedFor.ts, v138); "proposed a dividend of 30 cents,
    // which shareholders approved" was granted after it.
    (askedFor(chargeLead) &&
      !/^[^.;]*?,\s*which\s+(?:[\w'’-]+\s+){0,3}?(?:approved|adopted|accepted|granted|endorsed)\b/i.test(
        sentence.slice(m.end),
      )) ||
    // "Organised Labour had demanded an increase of 35 per cent", "the Council's recommendation of
    // 8 per cent", "a proposal to round the new rate up by 9 pesewas to GH¢26.30", "should …
    // consider raising it to ₦4.50": what another party asked for beside a decision (askedLevel.ts,
    // v253).
    askedLevel(chargeLead, sentence.slice(m.end)) ||
    // "The Employer offered 2.0% in each year", "sought general increases of 6.0%", "applied to
    // raise the flagfall charge … by $5", "Our claim, endorsed at conference, was for 12%": what
    // a party offered, claimed or applied for, not yet granted (offeredLevel.ts, v263).
    offeredLevel(chargeLead, statedText, sentence.slice(m.end));
  // "still inside the 20 per cent limit the state sets", "below the 4% minimum in the reserve
  // policy", "the 5% referendum threshold": a number named right before the limit, floor or
  // threshold it is holds now, actual, whatever the clause forecasts of what is measured against
  // it. A limit proposed or planned keeps the old reading.
  const limitNamed =
    OWN_LIMIT_AFTER_RE.test(sentence.slice(m.end)) &&
    !PLANS_TO_RE.test(lead) &&
    !/\b(?:propos\w*|consult\w*|recommend\w*|would\s+(?:set|impose|introduce))\b/i.test(lead);
  // "I set out below the rates that apply from April, subject to the approval of Parliament. …
  // The basic pension rises by £8.15 to £184.90 a week": after a document says the rates it sets
  // out await approval, a new level or change it states with a present or future verb of change
  // (or after an arrow) is not yet granted, planned. The level changed from, a past verb and one
  // held ("stays at £10") keep the old reading.
  const awaitingApproval =
    AWAITING_APPROVAL_RE.test(text.slice(0, sStart + m.start)) &&
    NEW_LEVEL_BEFORE_RE.test(
      sentence.slice(clause[0], m.start) + (digit > 0 ? statedText.slice(0, digit) : ''),
    ) &&
    !/\bfrom\s+$/i.test(sentence.slice(0, m.start));
  // "The mayor presented a budget of $2.4 billion for 2033 to the council", "I transmit my
  // recommended budget …. Aid to schools grows by $90 million": in a document that puts a budget for
  // a period not over to a vote still to come, its sums, and the changes and shares stated beside
  // one, are asked for, planned, whatever verb states them. A past or perfect verb, a level now or held
  // ("stays at"), the level a change starts from, a period that is over, and a decision named before
  // the number ("the enacted level of") keep the old reading.
  const presentedClause = clauseText.replace(PRESENTING_VERB_RE, ' ');
  const presentedBudget =
    ctx.budgetTitle !== undefined &&
    (m.kind === 'amount' || BUDGET_SUM_RE.test(sentence)) &&
    !PAST_FINITE_RE.test(presentedClause) &&
    !OTHER_PAST_RE.test(presentedClause) &&
    !/\b(?:has|have|had)\s+(?:\w+\s+)?been\b/i.test(clauseText) &&
    !NOW_WORD_RE.test(clauseText) &&
    !LEVEL_HELD_RE.test(clauseText) &&
    // "As of end-July, disbursements reached P3.48 trillion", "Collections to date stand at": a sum
    // measured up to a date of the running year is its outturn so far, not the budget presented.
    !RUNNING_TO_DATE_RE.test(sentence.slice(0, m.end)) &&
    !/\bfrom\s+$/i.test(sentence.slice(0, m.start)) &&
    !BUDGET_DECISION_RE.test(sentence.slice(clause[0], m.start)) &&
    !DECIDED_PAST_LIST_BEFORE_RE.test(text.slice(Math.max(0, sStart - 1500), sStart + m.start)) &&
    !periodOver(clauseText, ctx.documentYear, ctx.documentMonth) &&
    presentsBudget(ctx.budgetTitle) &&
    budgetDocumentOpen(
      ctx.budgetTitle,
      ctx.documentYear,
      ctx.documentMonth,
      fiscalYearEnd(unit, ctx, text),
    );
  // "Parks: $12 million, up from $9 million", in a budget for 2033 dated 2032: the base a line of a
  // budget for next year is compared with, naming no period of its own, is this year's level, and
  // this year is not over, so it is planned too. A base with its period ("up from $9 million in
  // 2031", "a year earlier") and a budget for the dateline's own year keep the old reading.
  const titledYear = Number(
    BUDGET_YEAR_RE.exec(`${ctx.budgetTitle?.title}\n${ctx.budgetTitle?.top}`)
      ?.slice(1)
      .find(Boolean) ?? 0,
  );
  const currentYearBase =
    m.kind === 'amount' &&
    ctx.documentYear !== undefined &&
    titledYear > ctx.documentYear &&
    /\b(?:up|down)\s+from\s+(?:(?:about|around|some)\s+)?$/i.test(sentence.slice(0, m.start)) &&
    /^\s*(?:[.;)]|$)/.test(sentence.slice(m.end));
  // "ARI's budget for 2031-32 is £9.4bn, compared with an outturn of £9.0bn": the outturn a budget
  // is set against is what was spent, data, though the budget's sentence is its plan.
  const outturnBase = OUTTURN_BASE_BEFORE_RE.test(sentence.slice(0, m.start));
  // "The President's Budget requests $11.24 billion for 2034, 4.8 percent over the FY 2033 enacted
  // level of $10.725 billion", "its proposed 2027 budget of ₱812.4 billion, 5.6 percent more than
  // its 2026 appropriation of ₱769.3 billion", "up from the board-approved $1.6 billion": the base
  // a request, a proposal or a budget not yet over is compared with, named by the stage of a
  // budget already adopted (enacted, approved, appropriated, sanctioned, voted), is that decision,
  // actual for whatever year (README: "approved", "adopted", what an appropriation act
  // allocates); the request's sum and its change keep the plan's reading, and a base that is an
  // earlier request or projection ("over the FY 2033 request of") keeps the old reading.
  const adoptedBase =
    m.kind === 'amount' &&
    (ADOPTED_BASE_BEFORE_RE.test(sentence.slice(0, m.start)) ||
      (BASE_COMPARED_BEFORE_RE.test(sentence.slice(0, m.start)) &&
        ADOPTED_STAGE_AFTER_RE.test(sentence.slice(m.end))));
  // "well short of the 40% benchmark", "a floor of 60 per cent of the capital budget", "above the
  // 50% ceiling it set for pay": a benchmark, guideline, ceiling or floor for a share of an
  // aggregate is a goal the share is held to, planned, as a target is; a ceiling or floor needs an
  // aggregate in its sentence (GDP, spending, a budget), so a cap on a rate or a price keeps the
  // old reading; so does a line a law lays down or that has applied for years ("the ceiling of 3%
  // of output laid down in the Act"), a rule in force.
  const aggregateLine =
    m.kind === 'share' &&
    (BENCHMARK_AFTER_RE.test(sentence.slice(m.end)) ||
      BENCHMARK_BEFORE_RE.test(sentence.slice(0, m.start)) ||
      ((LIMIT_AFTER_RE.test(sentence.slice(m.end)) ||
        LIMIT_BEFORE_RE.test(sentence.slice(0, m.start))) &&
        AGGREGATE_WORD_RE.test(sentence))) &&
    !LINE_IN_FORCE_RE.test(sentence);
  // "Spending is projected at $5 billion, of which health takes $2 billion": a part named after
  // "of which" is of the whole before it, a forecast when that whole is one; "Spending was $5
  // billion in 2030, of which …" keeps the old reading.
  const wholeBefore = OF_WHICH_BEFORE_RE.exec(sentence.slice(0, m.start));
  const partOfForecast =
    wholeBefore !== null &&
    EXPECTED_RE.test(wholeBefore[1]!) &&
    !PAST_FINITE_RE.test(wholeBefore[1]!) &&
    !periodOver(wholeBefore[1]!, ctx.documentYear, ctx.documentMonth);
  // "We propose that tax brackets be adjusted by 3.5 per cent", "The Council recommends that the
  // Government limit spending growth to 5.3%": what a body proposes or recommends another do is
  // not yet decided, whatever verb of a set rate or a later year states it (decided.ts).
  // "had put forward a final proposal of KRW 11,460 (8.7% higher)": a proposal's own number too.
  // "PDA proposes to raise its aeronautical charges by 38.5%": the act a party proposes or asks to
  // do itself, in its infinitive, is not yet decided (decided.ts proposesTo, v233).
  const proposal =
    proposedThat(sentence, m.start) ||
    proposalOf(sentence, m.start) ||
    proposesTo(sentence, m.start);
  // "the appropriations in the House version have ballooned to P281 billion from P158 billion in
  // the NEP", "What we submitted in the NEP was P158 billion": a sum placed in a bill, a chamber's
  // version, a draft or a request still to be enacted is not yet decided, whatever verb of change
  // compares two versions (decided.ts); "in the enacted budget" keeps the old reading.
  const inUnenactedVersion =
    unenactedVersion(sentence, m.start, m.end) ||
    // "Schedule 1 to the Bill amends the Income Tax Rates Act 1986 to reduce the first marginal
    // rate from 16 per cent to 15 per cent": the change a bill makes (decided.ts, v281).
    billChanges(sentence.slice(0, m.start)) ||
    // "The House passed H.R. 6231. … The bill provides $44.1 billion, $5.5 billion more than
    // requested. It includes $25.2 billion for the DRF": what a bill still to be enacted provides
    // is not yet law, expected (decided.ts, v155).
    (m.kind === 'amount' &&
      billProvides(sentence, m.start, text.slice(Math.max(0, sStart - 2000), sStart)));
  // "Compared with the forecast in February, the balance for 2033 has been revised up by SEK 16
  // billion", dated June 2033: a figure of a whole year still running (or one to come) that "has
  // been revised" up or down by a number is a forecast revised, whatever the forecast it is
  // compared with; a year that is over, or a quarter of one, keeps the old reading.
  const revisedYears = [...sentence.slice(clause[0], m.start).matchAll(/\b(?:19|20)\d\d\b/g)].map(
    (y) => Number(y[0]),
  );

  const revisedRunning =
    ctx.documentYear !== undefined &&
    REVISED_BY_BEFORE_RE.test(lead + (digit > 0 ? statedText.slice(0, digit) : '')) &&
    revisedYears.length > 0 &&
    revisedYears.every((y) => y >= ctx.documentYear!) &&
    !/\b(?:quarter|Q[1-4]|half|H[12]|months?)\b/i.test(sentence.slice(clause[0], m.start));
  // "Foreign investors pledged $3.2 billion, up 14%", "FDI pledged to Korea came to US$24.8
  // billion", "71.4% of pledges", in a sentence or a document about investment: investment
  // pledged is promised, not yet made (README: a pledge is expected), whatever the pledge's
  // period. A pledge with money realised after it ("of which $2 billion was disbursed"), one for
  // a fund that names no investment and shares pledged as collateral keep the old reading.
  const investmentPledge =
    pledgedInvestment(sentence, clause[0], m, ctx.budgetTitle) ||
    // "Investors pledged ₹1.24 trillion. Gujarat led with ₹320 billion, followed by Tamil Nadu
    // (₹185 billion)": a part of the pledges its paragraph names is pledged too (v167).
    pledgedPart({
      paragraph: text.slice(para.start, para.end),
      heading: titleLineAbove(text, para.start),
      title: ctx.budgetTitle?.title,
      sentence,
      lead: sentence.slice(0, m.start),
    });
  // "The levy will rise to €0.80 per kilogram in 2032, subject to Parliament's approval",
  // "Subject to the approval of the Monetary Board, the ratio will be cut to 7%", "a price cap of
  // £1,720, subject to consultation": what the sentence makes wait on a body's approval, vote
  // or consultation is not yet decided, whatever verb states it (README: a decision still
  // awaiting approval is expected). "subject to a withholding tax of 15%" (a charge that applies),
  // "subject to conditions", a condition that was ("was subject to approval") and a number
  // another number stands between it and the condition keep their reading.
  const awaitsApproval =
    (APPROVAL_CONDITION_AFTER_RE.test(sentence.slice(m.end)) ||
      APPROVAL_CONDITION_FRONTED_RE.test(sentence.slice(0, m.start))) &&
    !PAST_CONDITION_RE.test(sentence) &&
    // "Fares may be adjusted every two years by up to 10%, subject to approval by the Regulator":
    // the approval is of each step taken under a bound, the bound itself is set.
    !/\b(?:up\s+to|no\s+more\s+than|not\s+more\s+than|at\s+most|a\s+maximum\s+of)\s+$/i.test(
      sentence.slice(0, m.start) + (/^\D*/.exec(statedText)?.[0] ?? ''),
    );
  // "The draft budget allocates €2.1 billion to defence in 2032", "The 2032 budget bill earmarks
  // US$1.3 billion": what a budget still to be voted puts somewhere, by its own present verb, is
  // planned (README: a draft or presented budget and a bill still to pass stay expected); the
  // budget law adopted ("The 2032 Budget Law allocates") is the decision (decided.ts).
  const draftBudgetPuts = DRAFT_BUDGET_PUTS_BEFORE_RE.test(lead);
  // "The Act allows the Authority to impose a penalty of up to KSh 10 million", "Providers may
  // charge no more than £6,185", "partners must contribute at least 30 per cent", and under a
  // heading "Fines", "The basic amount may reach up to 30% of the value of sales": a bound or rate a
  // rule lays on those it binds is set, in force; its "may" is the permission (ruleBound.ts).
  const boundByRule = ruleBound({
    lead: sentence.slice(clause[0], m.start),
    stated: statedText,
    after: sentence.slice(m.end, clause[1]),
    heading: sectionHeading(text, sStart),
    sentenceLead: sentence.slice(0, m.start),
    titleAbove: titleLineAbove(text, sStart),
  });
  // "The aid will cover up to 50% of the funding gap of each project", "The EIB loan will finance
  // up to 50% of the investment plan", "of which the EU contribution covers 75%": the share of a
  // cost a financing instrument pays is its rate, set; its "will" says what it does once it pays
  // (financedShare.ts).
  const financedRate =
    m.kind === 'share' &&
    financedShare(sentence.slice(0, m.start), statedText, sentence.slice(m.end));
  // "The standard rate of VAT rises from 20% to 21%", "raise the tax-free threshold to R95,000 from
  // R87,300", "the stipend would rise to $41,000 from $37,000", in a document whose stage is a
  // budget (its title or an opening sentence puts one forward, documentStage.ts): the "from" end of
  // a change the budget makes is the level it finds in force, actual, whatever verb or modal the
  // change itself has (README: "from 3.5% to 4%", the "from" one is actual). A "from" level with a
  // period or plan of its own ("from 2.8% this year", "from 61% of GDP in 2034-35"), the start of a
  // forecast path, a range, an earlier forecast and the sum of a version not yet enacted ("from
  // P118 billion in the NEP", decided.ts unenactedVersion) keep their reading.
  const budgetFromLevel =
    !range &&
    !inUnenactedVersion &&
    !predicted &&
    !earlierForecast &&
    !ownTarget &&
    ctx.budgetTitle !== undefined &&
    earlierLevelOfChange(sentence.slice(0, m.own ?? m.start), sentence.slice(m.ownEnd ?? m.end)) &&
    documentBudget(ctx.budgetTitle) !== undefined;
  // "We propose a price of $412 for a first specialist assessment, up from $398", "the first
  // attendance will cost $180 instead of $135": the level a new charge replaces is the charge in
  // force, actual, whatever the new level's reading (replacedLevel.ts, v182). A base named as a
  // plan, with a period of its own or starting a forecast's path keeps its reading.
  const replaced =
    m.kind === 'amount' &&
    !range &&
    !inUnenactedVersion &&
    !predicted &&
    !earlierForecast &&
    // "instead of the CHF 1.40 Alpenpost had requested": what a party asked for is no level in
    // force (v253).
    !SOUGHT_AFTER_RE.test(sentence.slice(m.end)) &&
    replacedLevel(
      sentence.slice(0, m.own ?? m.start),
      statedText,
      sentence.slice(m.ownEnd ?? m.end),
    );
  // "The rate of stamp duty rises from 7.5% to 8%", "The Government will pay interest subvention
  // of 2 per cent on crop loans", "the cap on total allowances to 60 per cent", in a document whose
  // stage is a budget that sets its levels (not a request): the level of a charge, relief or bound
  // the budget sets, stated by a present verb or the "will" of what it does, is a decision,
  // actual (README: rates set). A proposal, request, forecast, modal or aim, a condition of
  // approval, a sum or total and an outcome rate ("the unemployment rate falls to 4.1%") keep
  // their reading (documentStage.ts).
  const budgetRate =
    ctx.budgetTitle !== undefined &&
    !range &&
    !predicted &&
    !earlierForecast &&
    !ownTarget &&
    !awaitsApproval &&
    !proposal &&
    !requested &&
    !sought &&
    // "The Committee recommends that the Government:" ⏎ "3. Increase the annual earnings exemption
    // to $20,000": an item of a list a request or recommendation leads is asked for; the level its
    // change starts from stays in force (v281).
    !(
      plannedList &&
      !earlierLevelOfChange(sentence.slice(0, m.own ?? m.start), sentence.slice(m.ownEnd ?? m.end))
    ) &&
    rateTheBudgetSets(sentence.slice(0, m.own ?? m.start), statedText, sentence.slice(m.end)) &&
    settingBudget(ctx.budgetTitle);
  // "We will cut the small-business rate to 15%", "- Introduce an annual wealth tax of 1%", in a
  // party's manifesto or platform: what the party commits to is its proposal, expected, whatever
  // verb of a rate set states it; "at the standard rate of 20%" names the rate in force, actual
  // (pledge.ts).
  const pledged =
    ctx.budgetTitle !== undefined && pledgeDocument(ctx.budgetTitle)
      ? pledgeReading({
          lead: sentence.slice(0, m.start),
          line: text.slice(text.lastIndexOf('\n', sStart + m.start - 1) + 1, sStart + m.start),
        })
      : undefined;
  // "That Council accepts the tender … at $1,284,000 per annum." ⏎ "LOST 4/5": a motion the vote
  // lost stays a proposal (decided.ts).
  const motionLost =
    lostMotion(sentence, m.start, text.slice(sEnd, sEnd + 400)) ||
    // "$640 million, 53.7% yes, 55% needed (failed)": a sum a failed vote asked for (decided.ts).
    lostBallot(sentence, statedText);
  // "Report and Recommendation of the President: Proposed Loans" ⏎ "The economic internal rate of
  // return is 15.8%", "- APIB regular loan: $1,250.0 million (62.5% of the total)": in a document
  // that puts a loan, a project or an allowance forward for a decision still to come, what it lays
  // out in the present is the proposal, expected; an outturn told in the past, a period over, a
  // decision named and the "from" level a change starts at keep their reading (proposalStage.ts).
  const proposedInDocument =
    ctx.budgetTitle !== undefined &&
    (decidedReading === undefined || !DECISION_READ_FROM_SENTENCE.has(decidedReading)) &&
    !namesDecision(sentence) &&
    proposalDocument(ctx.budgetTitle) &&
    proposalContent(sentence.slice(clause[0], m.start), sentence.slice(m.end, clause[1]), (c) =>
      periodOver(c, ctx.documentYear, ctx.documentMonth),
    ) &&
    !earlierLevelOfChange(sentence.slice(0, m.own ?? m.start), sentence.slice(m.ownEnd ?? m.end));
  // "The 2027 business case put the cost of the project at $412 million": what a business case or
  // a law's enactment estimated ahead, expected whatever period it names (proposalStage.ts).
  const businessCase = businessCaseEstimate(
    sentence.slice(clause[0], m.own ?? m.start),
    sentence.slice(m.ownEnd ?? m.end),
  );
  // "Proposal for a Decision … on the mobilisation of the European Union Solidarity Fund" ⏎ "The
  // Commission accepted EUR 7 947.9 million as plausible", "Advances may amount to up to 25% of the
  // expected contribution": in a proposal, a past act on a sum, the damage a past event did, a bound
  // a rule in force sets and a rule stated of a whole class are what the proposal starts from,
  // actual (proposalStage.ts, v157).
  const proposalFact =
    ctx.budgetTitle !== undefined &&
    proposalDocument(ctx.budgetTitle) &&
    startingFact(
      sentence.slice(clause[0], m.start),
      // The words of the stated figure after its number ("25% of the damage above it") are its own.
      statedText.replace(
        /^\D*\d[\d.,\s]*(?:%|\s*(?:per\s*cent|percent|million|billion|trillion|crores?|lakhs?|bn)\b)?/i,
        '',
      ) + sentence.slice(m.end, clause[1]),
    );
  const worded: FigureStatus =
    motionLost ||
    // "The Budget allocates R312.4 billion to social grants in 2033/34, rising to R341.7 billion in
    // 2035/36": the path a decision's sentence runs on to a later period (decidedPath.ts, v281).
    (m.kind === 'amount' &&
      pathBeyondDecision(sentence.slice(0, m.start), sentence.slice(m.end), (p) =>
        periodOver(p, ctx.documentYear, ctx.documentMonth),
      )) ||
    (proposedInDocument && !proposalFact) ||
    // "compared with 24.3 percent at appraisal": what an appraisal estimated ahead (proposalStage.ts).
    appraisalEstimate(sentence.slice(m.ownEnd ?? m.end)) ||
    // "The minimum contribution rate required to sustain the plan is 9.74%": a rate a projection
    // finds, named by its noun (projectedRate.ts, v155).
    (m.kind === 'share' && projectedRate(sentence.slice(0, m.start))) ||
    pledged === 'pledge' ||
    estimatedCostNow ||
    estimateMoved ||
    overHorizon ||
    (overYearsAhead && decidedReading === undefined) ||
    (forSpanAhead && decidedReading === undefined) ||
    (openYearSum && decidedReading === undefined) ||
    awaitsApproval ||
    draftBudgetPuts ||
    proposal ||
    inUnenactedVersion ||
    awaitingApproval ||
    // The base a presented budget is set against, named by an adopted stage, is that decision.
    // A resolution's item adopts what the budget presented (decided.ts, resolvedItem).
    (presentedBudget && !adoptedBase && decidedReading !== 'resolved') ||
    currentYearBase ||
    putsAt ||
    peggedLevel ||
    plannedList ||
    requiredList ||
    costedList ||
    // "The party's platform puts the cost at $5.6 billion a year": a proposal's cost stated in a
    // sentence is an estimate, as a costed list's line is (costing.ts).
    costStated(sentence.slice(0, m.start), sentence) ||
    // "The cut of half a percentage point is worth about £190 a year to an employee", "the
    // employee cut costs £9.7bn": what a measure costs or is worth, a costing (costing.ts, v281).
    (m.kind === 'amount' &&
      measureCost(sentence.slice(clause[0], m.start), clauseText) &&
      !periodOver(clauseText, ctx.documentYear, ctx.documentMonth)) ||
    // "Costing of the Green Party's 2034 platform" ⏎ "The childcare programme costs $6.2 billion a
    // year": in a document that costs a proposal its title names, or a manifesto, what a measure costs, raises or
    // pays in the present is that proposal's costing (costing.ts); a period over keeps its reading.
    (ctx.budgetTitle !== undefined &&
      (costingDocument(ctx.budgetTitle) || pledgeDocument(ctx.budgetTitle)) &&
      costedInBody(sentence.slice(0, m.start), sentence) &&
      !periodOver(clauseText, ctx.documentYear, ctx.documentMonth)) ||
    // "the CMA is to pay 30% of Harlow's costs of the appeal": in a ruling's order the appeal is
    // the proceeding, no appeal for funds (decided.ts, orderedPayment).
    (requestPart && decidedReading !== 'ordered payment') ||
    (requirementStated && decidedReading !== 'resolved') ||
    labelAhead ||
    labelPlanned ||
    likelyOutturn ||
    periodPlan ||
    // A change a law the sentence opens with sets is that law's, not the budget's plan (v142).
    (budgetDocumentChange && decidedReading !== 'rule level') ||
    ceilingWhole ||
    (laterYearReading && !decisionNamed) ||
    (presentAhead && !decisionNamed) ||
    gerundThisYear ||
    conditionalThisYear ||
    onceDone ||
    expectationInBrackets ||
    // "… will be 2.71% in 2035, up from 2.56% this year" under a headline that announces the rate:
    // the level in force this year, which the announced one replaces, is no forecast's start.
    (fromOpenYear && decidedReading !== 'announced level') ||
    predicted ||
    sought ||
    ownTarget ||
    keptForOpenPeriod ||
    revisedFromOpen ||
    earlierForecast ||
    actuarialBalance ||
    // The end of a path a rule named in the sentence sets ("Under the amended Act, the contribution
    // rate rises … from 9 per cent in 2025 to 13 per cent in 2033") is its later phase, set (v99).
    (pathEndAhead && !decisionNamed) ||
    expectationsAhead ||
    surveyEstimate ||
    revisedRunning ||
    investmentPledge ||
    // "58% more than the £4.33 billion we expect to spend in the current period", "above the 2.9%
    // the Bank forecasts for 2035": a number's own relative clause says whose forecast it is
    // (relativeForecast.ts, v161).
    forecastRelativeAfter(sentence.slice(m.end), statedText)
      ? 'expected'
      : pledged === 'in force' ||
          proposalFact ||
          pastBase ||
          outturnBase ||
          adoptedBase ||
          pastMeasure ||
          pastCompared ||
          pathStartOver ||
          fromPastMonth ||
          pastRelative ||
          pastSubordinate ||
          pastAside ||
          pastMeeting ||
          frontedPast ||
          revisionMade ||
          signed ||
          boundByRule ||
          financedRate ||
          decidedReading !== undefined ||
          capPerUnit ||
          raisedSum ||
          markedValuation ||
          estimateOfPast ||
          heldAgainstTarget ||
          targetMet ||
          // A benchmark, ceiling or floor held to a share of an aggregate is its goal (aggregateLine).
          (limitNamed && !aggregateLine)
        ? 'actual'
        : (m.status ??
          (forecastItself ||
          aggregateLine ||
          // "has undertaken a commitment to facilitate investment of US$100 billion": a pledge of
          // what is to come (decided.ts).
          committedTo(sentence, m.start) ||
          guidance ||
          requested ||
          costEstimate ||
          minority ||
          predicted ||
          budgetAhead ||
          plannedSum ||
          goalTo ||
          yearlyNeed ||
          partOfForecast ||
          openFiscal ||
          budgetDocumentPlan ||
          budgetDocumentLine ||
          budgetDocumentLevel
            ? 'expected'
            : held || decided || approved || standing || allocated || capSet || permitted
              ? 'actual'
              : pending ||
                  forecast ||
                  projectReturn ||
                  targeted ||
                  fundingNeed ||
                  MAY_RE.test(hedgeText) ||
                  (expectsBefore(lead, statedText) && !measuredSpan && !projectionOfPast) ||
                  yearNotOver ||
                  spreadAhead ||
                  TOWARD_LEVEL_BEFORE_RE.test(sentence.slice(0, m.start)) ||
                  REST_OF_YEAR_AFTER_RE.test(sentence.slice(m.end)) ||
                  ALLOWS_TO_BEFORE_RE.test(lead + (digit > 0 ? statedText.slice(0, digit) : '')) ||
                  IS_TO_BEFORE_RE.test(lead + (digit > 0 ? statedText.slice(0, digit) : '')) ||
                  // "60 percent of the output is to go to buyers", "of which EUR 300 million is
                  // to come from the EU budget": what a plan lays down, after the number (tense.ts).
                  laidDownAfter(sentence.slice(m.end)) ||
                  (STAYS_AFTER_WILL_LEAD_RE.test(sentence.slice(0, m.start)) &&
                    WILL_BEFORE_BUT_RE.test(sentence.slice(0, clause[0])))
                ? 'expected'
                : 'actual'));
  // An estimate takes its status from its own period, over or not (tense.ts).
  const status: FigureStatus = doneAside
    ? 'actual'
    : pollConsensus || businessCase
      ? 'expected'
      : (estimatedPeriodStatus(sentence, m.start, m.end, {
          year: ctx.documentYear,
          month: ctx.documentMonth,
          fiscalEnd: fiscalYearEnd(unit, ctx, text, sentence),
        }) ??
        // "The legislated contribution rate of 9.9% is projected to be sufficient": the rate the law
        // fixes is in force, whatever the sentence projects of it (ruleBound.ts).
        (budgetFromLevel ||
        budgetRate ||
        replaced ||
        (m.kind === 'share' && lawFixedRate(lead)) ||
        // "The legal upper limit of 22 per cent until 2040 would thus be respected", "below the
        // floor of 48 per cent the Act sets": a bound the law sets is in force (ruleBound.ts, v278).
        (m.kind !== 'change' && lawFixedLimit(lead, sentence.slice(m.end)))
          ? 'actual'
          : worded));
  const topic =
    TOPICS.find(([, re]) => re.test(lead))?.[0] ??
    TOPICS.find(([, re]) => re.test(clauseText))?.[0] ??
    TOPICS.find(([, re]) => re.test(sentence))?.[0] ??
    'general';
  const label = guessLabel(lead, m, status, ctx.previousLabel, statedText);
  const notes = [DRAFT_NOTE, ...m.notes];

  const figure: Candidate = {
    id: `${sourceId}-${kebab(label, 40)}`,
    label,
    topic,
    kind: m.kind,
    ...(range ? { range } : { value }),
    unit,
    status,
    speaker: para.speaker ?? ctx.defaultSpeaker ?? UNKNOWN_SPEAKER,
    stated: { text: statedText, start: ctx.toCp(sStart + m.start), end: ctx.toCp(sStart + m.end) },
    quote: {
      sourceId,
      exact: sentence,
      prefix: lastCodePoints(text.slice(Math.max(0, sStart - 2 * CONTEXT_LENGTH), sStart)),
      suffix: firstCodePoints(text.slice(sEnd, sEnd + 2 * CONTEXT_LENGTH)),
      start: ctx.toCp(sStart),
      end: ctx.toCp(sEnd),
    },
    notes,
    // Namespaced by source, so drafts of several documents share one data folder without clashes.
    chart: `${sourceId}-${kebab(`${topic}-${m.kind}${unit === 'percent' ? '' : `-${unit}`}`)}`,
  };
  const year = YEAR_RE.exec(clauseText) ?? YEAR_RE.exec(sentence);
  if (year && (m.kind === 'change' || status === 'actual')) {
    figure.period = year[1]!;
    if (m.kind === 'change' && PREVIOUS_RE.test(clauseText)) {
      figure.basePeriod = String(Number(year[1]) - 1);
    }
    if (!YEAR_RE.test(clauseText))
      notes.push(`Period ${year[1]} guessed from elsewhere in the sentence.`);
  }
  if (!para.speaker && !ctx.defaultSpeaker) {
    notes.push('No speaker found in the document structure: set "speaker".');
  }
  // Reorder keys as the figure files write them (period/basePeriod before speaker).
  return orderKeys(figure);
}

/** Where a figure's clause ends: a semicolon; a comma before a conjunction (not "and to", an
 *  infinitive that shares the head before it: "the target is to cut …, and to raise …"), a relative clause or a
 *  purpose (", intended to"); a reported clause (", stating that the government aims …", ", reiterating
 *  that the deficit will fall"); "but",
 *  "whereas", "and that"; "and" before a new subject with a modal
 *  or forecast ("grew 1.2% in 2032 and growth will pick up"); and "and" before a predicate with no
 *  subject of its own ("rose 5% in 2031 and will grow 3%", "welcomed … US$ 50 billion and agreed to
 *  raise"), whose tense or hedge is its own, not the number's; and a comma before what a group
 *  of economies is now (", comprising over 70 percent of the world's population"), a present fact
 *  inside a projection; and a comma before an absolute clause with its own subject and forecast
 *  (", with inflation expected to ease", ", with projections to remain around 2%"), which does not hedge
 *  the setting before it; and a relative clause set off by a pair of dashes ("aims to widen farm
 *  links – which have grown to $3 billion – and …"), as by commas: its tense is its own; and a
 *  comment after a dash that opens with a participle and holds no number ("rose by 14.2% - eroding
 *  how far money will go"), whose "will" is no hedge of the number before; and a clause of what
 *  already happened, opened by "after", "since" or "because" and told with a past verb of change
 *  ("will supply seed after maize production dropped 17%"), whose tense is its own. */
const CLAUSE_CUT_RE = new RegExp(
  String.raw`;\s*|\s[–—]\s+(?=(?:which|who)\s)|\s+[-–—]\s+(?=[a-z]{3,}ing\s[^\d.;]*(?:[.;]|$))|(?<=\s[–—]\s+(?:which|who)\s[^–—.;:]{1,150}?)\s[–—]\s+|,\s+(?=(?:comprising|home\s+to|accounting\s+for|representing)\s+(?:[\w-]+\s+){0,3}?\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?(?:world(?:'s|’s)?|global)\s+(?:population|people|output|GDP)\b)|,\s+(?=with\s+(?:[\w'’-]+\s+){1,4}?(?:(?:is|are|now|also|still|widely|broadly)\s+)?(?:expected|projected|forecast|seen|likely|set|poised|due)\s+to\b)|,\s+(?=with\s+(?:(?:the|its|their|our|current|latest|new)\s+){0,2}(?:projections?|forecasts?|expectations?|outlook)\s+(?:to|for|of|that|at|pointing|suggesting|showing)\b)|,\s+(?=(?:and(?!\s+to\s)|but|while|whereas|although|though|after|following|which|of\s+which|unless|provided)\b|(?:intended|designed|meant|aimed)\s+(?:to|at)\b|(?:stating|saying|noting|adding|explaining|indicating|announcing|stressing|reiterating|emphasi[sz]ing|underlining|underscoring|highlighting|recalling|affirming|pointing\s+out|insisting|warning)\s+that\b)|\s+(?=(?:but|whereas)\s|and\s+that\s|(?:which|that|who)\s+(?:will|would|are\s+expected\s+to|is\s+expected\s+to)\s+(?:benefit|help|support|serve|reach|create|provide|finance|fund|improve|enable|allow)\b)|(?<=(?:\d|%|per cent|percent)[^,;]{0,60}?)\s+(?=and\s+(?:(?:the|its|their|our)\s+)?(?:[a-z][\w'’-]*\s+){1,2}?(?:will|would|could|might|shall|(?:is|are)\s+(?:expected|projected|forecast))\b)|\s+(?=and\s+(?:(?:also|then|now|further|still|thus)\s+)?(?:beat|beats|exceeded|exceeds|surpassed|topped|outpaced|matched|rose|fell|grew|reached|hit|will|would|could|may|might|shall|should|can|is|are|was|were|has|have|had|plans?|planned|intends?|intended|aims?|aimed|expects?|expected|agreed|agrees|decided|decides|pledged|pledges|committed|commits|seeks?|sought|hopes?|hoped|forecasts?|projects?|called|calls|urged|urges|welcomed|welcomes|noted|notes)\b)|\s+(?=(?:stating|saying|noting|adding|explaining|stressing)\s*,?\s*[“"])|\s+(?=(?:after|since|because)\s+(?:[\w'’-]+\s+){1,4}?(?:dropped|fell|rose|grew|declined|increased|decreased|contracted|expanded|shrank|slumped|plunged|jumped|surged|destroyed|damaged|halved|doubled)\s)`,
  'g',
);

/** Right after a share's whole, a participle that hedges the counted items, not the count: " expected
 *  to reach" in "85 percent of the schemes expected to meet …" (not " are expected to": then the
 *  share itself is forecast). */
/** A clause that is a headline's forecast, in title case with "are" left out: its subject's words
 *  each capitalised (no article), "to", a capitalised verb and its number ("Fleet Spending to Rise
 *  2.2%", "Exports to Grow by 3%"). "Sales Rose 4%" and "Revenue to 4%" are none. */
const HEADLINE_INFINITIVE_RE =
  /^\s*(?:(?!(?:The|A|An|This|That|Its|Their|Our)\b)[A-Z][\w&'’-]*\s+){1,4}to\s+[A-Z][a-z]+\s+(?:by\s+)?[-–−]?\d[\d.,]*\s?(?:%|per\s?cent|percent)$/;

/** Stated words that end in the comparative preposition of a distance: "2.2 percent above",
 *  "12 per cent below", "0.4 percentage points over". What follows is the base compared with. */
const DISTANCE_STATED_RE = /\d[^.;:]*?\s(?:above|below|over|under)$/i;
const COUNTED_EXPECTED_RE = /^\s+(?:expected|projected|likely|forecast)\s+to\b/i;
/** From a share's number, its whole (a few words, no comma) or a bracket, and a present verb of
 *  its members' plan or expectation: "41% of the firms polled plan to", "9% (against 6% a year ago)
 *  forecast a", "12% intend to", "8% reported plans". Not "are expected to" (the share itself
 *  forecast), nor a participle ("3% of GDP forecast for 2032"). */
const SHARE_SUBJECT = String.raw`^[-–−]?\d[\d.,]*\s?(?:%|per\s?cent|percent)(?:\s+of\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?(?:\s*\([^()]{1,60}\))?\s+`;
const RESPONDENTS_VERB_AFTER_RE = new RegExp(
  String.raw`${SHARE_SUBJECT}(?:(?:plan|intend|aim|hope|want)s?\s+to|(?:expect|anticipate|foresee|predict|forecast)\s+(?:an?|the|that|no|their|its)|(?:reported|cited|announced)\s+(?:plans?|intentions?))\b`,
  'i',
);
/** A share that is the subject of a verb of its own, a plan or expectation or a report: "and 6%
 *  (against 4% in 2030) reported plans to hire" is its own clause, not one that borrows the verb
 *  before it. */
const SUBJECT_SHARE_VERB_RE = new RegExp(
  String.raw`${RESPONDENTS_VERB_AFTER_RE.source}|${SHARE_SUBJECT}(?:reported|said|stated|noted|cited|indicated|named)\b`,
  'i',
);

/** Right before a number, the level a measure is now moving toward, not yet reached: "inflation is
 *  moving steadily toward ", "are heading back towards ", "converges toward ". */
const TOWARD_LEVEL_BEFORE_RE =
  /\b(?:(?:is|are)\s+(?:still\s+|now\s+)?(?:moving|heading|returning|converging|edging|trending)|(?:moves|heads|returns|converges|edges|trends))\s+(?:[a-z]+ly\s+)?(?:back\s+)?towards?\s+(?:(?:about|around|its|the|their)\s+)?$/i;

/** A whole named as a forecast: "of the projected GDP" in "a surplus of 2.4% of the projected GDP"
 *  is what the share is measured against, no hedge of the share (or of anything in its clause);
 *  so is any whole right after a percent and "of" ("20 percent of expected premium income": the
 *  share a law sets of what is expected, v150). */
const FORECAST_WHOLE_RE =
  /\bof\s+(?:the\s+)?(?:forecast|projected|expected|estimated|planned)\s+(?:nominal\s+)?(?:GDP|gross\s+domestic\s+product)\b|(?<=\d\s?(?:%|per\s?cent|percent)\s+of\s+(?:the\s+|its\s+|their\s+)?)(?:forecast|projected|expected|estimated|planned|anticipated)(?=\s+[a-z])/gi;

/** Right after a number, the target or goal it is: " target", " inflation target", " medium-term
 *  goal" (not " above target", which compares another number with it). */
/** Right before a number, a target and an open bracket, with the period it is for: "the target
 *  (", "its target for that period (", "the tolerance range (", "a target band for 2032 (". */
const TARGET_BRACKET_BEFORE_RE =
  /\b(?:targets?|objectives?|goals?|(?:target|tolerance)\s+(?:range|band|corridor))(?:\s+for\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s*\(\s*(?:(?:about|around|some|nearly|almost|roughly|approximately)\s+)?$/i;
/** Right before an amount, what an organisation needs or appeals for: "now needs more than ",
 *  "required a further ", "its appeal for 2031 of ", "a funding gap of ". */
/** Right before a number, a goal or target, for whom up to four words, then an infinitive (two verbs
 *  joined by "and" or "or" too): "the goal to raise ", "the target for rich donors to provide and
 *  mobilise ", "an aim to lend at least ". */
const GOAL_TO_BEFORE_RE =
  /\b(?:goals?|targets?|objectives?|aims?|ambitions?|pledges?)\s+(?:for\s+(?:[\w'’-]+\s+){1,4}?)?to\s+(?:[a-z]{3,}\s+(?:and|or)\s+)?[a-z]{3,}\s+(?:(?:at\s+least|about|around|some|up\s+to|over|more\s+than|nearly)\s+)?(?:US\$|[A-Z]{1,3}\$|[$€£¥₹]|\b[A-Z]{3}\b)?\s?$/;
/** Right after a sum, the year it runs at: " per year", " a year", " annually". */
const PER_YEAR_AFTER_RE = /^\s*(?:(?:per|a|each)\s+(?:year|annum)\b|annually\b)/i;
/** Before a sum in its clause, a need or a gap between need and means: "finance needs", "the
 *  money needed to", "required", "the investment gap". */
const YEARLY_NEED_BEFORE_RE =
  /\b(?:needs|needed|required|requirements?|(?:finance|financing|funding|investment|spending)\s+gaps?)\b/i;
/** Up to a sum, a cost said to be estimated at it: "the costs of coastal defences are estimated at ". */
const ESTIMATED_COST_BEFORE_RE =
  /\bcosts?\b[^.;]*?\b(?:is|are)\s+(?:now\s+)?estimated\s+at\s+(?:(?:about|around|some|nearly|over)\s+)?(?:US\$|[A-Z]{1,3}\$|[$€£¥₹]|\b[A-Z]{3}\b)?\s?$/i;
/** Right after a sum, what it is of (up to two words) and a past participle of money taken in,
 *  then its source: " in fees collected by ", " raised from ", " generated through ". */
const RAISED_AFTER_RE =
  /^\s+(?:(?:in|of)\s+(?:[\w-]+\s+){0,1}[\w-]+\s+)?(?:raised|collected|generated|earned|received|mobili[sz]ed)\s+(?:by|from|through|at|in)\s/i;
/** Right after a sum, its own present perfect of money put to use: " has been committed", " have
 *  already been paid". The sum is done, whatever "will" another clause has. */
const SUM_DONE_AFTER_RE =
  /^\s+(?:has|have)\s+(?:already\s+|so\s+far\s+)?been\s+(?:committed|paid|disbursed|spent|invested|awarded)\b(?![^.;]{0,60}?\bby\s+(?:the\s+end|(?:19|20)\d\d)\b)/i;
/** Up to a sum, a present perfect of money raised, committed, paid or spent with the sum as its
 *  object: "has raised ", "have already committed ", "has paid out a further ". Not after a modal
 *  ("will have raised", "would have paid"). */
const SUM_DONE_BEFORE_RE =
  /(?<!\b(?:will|would|could|should|might|may|must|shall|to)\s+)\b(?:has|have)\s+(?:(?:already|so\s+far|now|also|thus\s+far|to\s+date)\s+){0,2}(?:raised|committed|paid(?:\s+out)?|disbursed|spent|invested|collected|released|transferred)\s+(?:(?:a\s+)?(?:further|total\s+of|combined|about|around|some|nearly|almost|over|more\s+than|approximately|roughly)\s+){0,3}(?:[^\s\d]{1,4}\s?)?$/i;
const FUNDING_NEED_BEFORE_RE =
  /\b(?:(?:needs?|needed|requires?|required)\s+(?:(?:an?\s+)?(?:additional|extra|further)\s+|more\s+than\s+|at\s+least\s+|about\s+|nearly\s+|some\s+|almost\s+)*|(?:appeal|funding\s+(?:gap|shortfall|requirement|need)s?)\s+(?:for\s+[^.;,]{1,40}?\s+)?of\s+(?:(?:about|nearly|some|almost|more\s+than)\s+)?)$/i;
/** From a sentence's start to a number, a gerund that values holdings at market, then "would":
 *  "Marking our unlisted assets to market would provide ", "Valuing the fund at fair value, …, would
 *  add ". */
const MARKED_VALUATION_BEFORE_RE =
  /^\s*(?:marking|valuing|revaluing|measuring)\s+[^.;]{1,120}?\b(?:to|at)\s+(?:market(?:\s+(?:prices?|values?))?|fair\s+values?)\b[^.;]{0,250}?\bwould\s+(?:provide|add|bring|give|lift|raise|increase|result\s+in|show|mean|imply)\b/i;
const OWN_TARGET_AFTER_RE =
  /^\s+(?:(?:inflation|policy|official|medium-term|long-term|annual|headline|core|symmetric|numerical|point)\s+){0,2}(?:targets?|goals?|objectives?)\b/i;

/** Right before a number, a level named as today's: "from current levels of ", "the present rate of
 *  about ", "today's level of ". What a plan or forecast starts from is what is, not what will be;
 *  "the current account deficit of" is no such level. */
/** Right before a number, the "from" of a path: "fall from ", "from about ". */
const PATH_FROM_BEFORE_RE = /\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** Right after a number, what names it today's level: " at present", " currently", " now". */
const NOW_AFTER_RE = /^\s+(?:at\s+present|currently|now|today)\b/i;
const CURRENT_LEVEL_BEFORE_RE =
  /\b(?:current|present|today['’]s|existing|prevailing)\s+(?!account\b)(?:[\w-]+\s+)?(?:levels?|rates?|values?|size|figures?|volumes?)\s+(?:of\s+)?(?:(?:about|around|some|nearly|almost|roughly|just|over|under)\s+)?$/i;
/** Before a part, the whole it is of and ", of which" (group 1: the words up to the comma). */
const OF_WHICH_BEFORE_RE = /^([^;]*?),\s+of\s+which\b[^;]*$/i;
/** Right before a number, words that name it as today's own: "from the present ", "the current
 *  ", a bracketed "(today: ", "(now " or "(at present, ", a
 *  present rule's relative ("the present scheme, under which "). */
const PRESENT_NUMBER_BEFORE_RE =
  /\b(?:the|its|their)\s+(?:current|present|existing|prevailing)\s+(?:(?:about|around|some|nearly|roughly)\s+)?$|\(\s*(?:today|now|currently|at\s+present)\s*[:,–-]?\s*$|\b(?:current|present|existing)\s+[\w-]+\s*,?\s+(?:under|by|in)\s+which\s+$/i;
/** After a number, a goal it names, which stays one: "% target", " goal". */
const GOAL_NOUN_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?\s*(?:[\w-]+\s+)?(?:targets?|goals?|objectives?|aims?|ambitions?)\b/i;
/** Right after a number, the whole of a year it is for: " in 2031", "% of GDP in 2031" (not "in
 *  2031-32", "in 2031 Q1" or "in 2031 so far"). Group 1 is the year. */
/** Right before a sum, a scheme's verb of giving and "up to": "will provide up to ", "offers up to
 *  ", "match up to ", "reimburses up to ". */
const CAP_GIVEN_BEFORE_RE =
  /\b(?:provides?|offers?|grants?|awards?|funds?|covers?|reimburses?|pays?|lends?|match(?:es)?|contributes?|gives?)\s+up\s+to\s+$/i;
/** Right after a sum, the applicant or item it is paid for: " per project", " for each apprentice"
 *  (not a period, " per month": a benefit's rate, left to the readings of benefits). */
const PER_UNIT_NOUN_AFTER_RE =
  /^\s+(?:per|for\s+(?:each|every))\s+(?!(?:day|week|fortnight|month|quarter|year|annum)\b)[a-z]/i;
/** Right after a number, in its clause, an event to come it waits on: " once the agreement is fully
 *  implemented", " when the new interconnector is completed", " once the new terminal is
 *  operational", " after the reform is phased in". */
const ONCE_DONE_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s+of\s+[^,.;()]{1,40}?)?\s+(?:once|when|after)\s+(?:[^,.;()]{1,60}?\s)?(?:is|are)\s+(?:fully\s+|completely\s+|finally\s+)?(?:implemented|phased\s+in|completed|in\s+(?:full\s+)?force|in\s+place|operational|in\s+service|up\s+and\s+running|finished|built)\b/i;
/** Right before a number, a verb of change in the gerund, with "by", "at" or "to" and a hedge:
 *  "expanding by ", "rising ", "growing at about ", "falling to ". */
const GERUND_CHANGE_BEFORE_RE =
  /\b(?:expanding|growing|increasing|rising|falling|declining|contracting|shrinking|climbing|slowing|easing|accelerating)\s+(?:(?:by|at|to)\s+)?(?:(?:about|around|some|nearly|almost|roughly|an\s+estimated)\s+)?$/i;
/** Right after a number, "this year" as the whole period it is for (not "this year so far", "to
 *  date"). */
const THIS_YEAR_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?\s+this\s+year\b(?!\s+(?:so\s+far|to\s+date)|[-\s]to[-\s]date)/i;
/** A verb of change in the present, third person: "falls", "rises", "increases". */
const PRESENT_CHANGE_VERB_RE =
  /\b(?:rises|falls|grows|increases|decreases|declines|drops|climbs|eases|narrows|widens|shrinks|expands|edges\s+(?:up|down))\b/i;
/** Right before a number, a present "is"/"are" rather than a verb of change: "are up ", "is
 *  at about ". A change "up" this year is one to date, not a forecast. */
const PRESENT_STATE_BEFORE_RE =
  /\b(?:is|are)(?:\s+(?:up|down|back))?\s+(?:(?:by|to|at)\s+)?(?:(?:about|around|some|nearly|almost|roughly|only|just)\s+)?$/i;
/** At the start of a sentence, the condition or baseline a forecast rests on, up to its comma: "If
 *  voluntary cuts stay in place,", "Assuming oil at $80,", "On current policies,", "Under our
 *  baseline,". */
const CONDITION_LEAD_RE =
  /^\s*(?:(?:if|assuming|provided(?:\s+that)?|unless)\b[^,;]*|(?:on|under)\s+(?:current|present|unchanged|our|the)\s+(?:policies|policy|trends|assumptions|baseline(?:\s+(?:scenario|case))?|central\s+(?:scenario|case)))\s*,/i;
/** Right before a number, a verb of change in the present, with what it changes and "by" or "to":
 *  "increases to", "moderates its growth to", "grow" (a plural subject's), "edges up by about",
 *  "remains unchanged at", "grows at an average annual rate of". */
const PRESENT_CHANGE_BEFORE_RE =
  /\b(?:(?:increase|rise|fall|grow|decline|decrease|expand|contract|climb|drop|ease|improve|recover|rebound|widen|narrow|shrink|reach(?:e)?|average|moderate|slow|accelerate|decelerate|peak|stand|stay|remain|settle|total|return|dip|slip|jump|hover|stabili[sz]e|soften|strengthen|weaken)s?|(?:remain|stay)s?\s+(?:unchanged|steady|stable)|(?:edge|inch|tick|pick|level|bottom|come)s?\s+(?:up|down|off|out|back|in|higher|lower)|(?:is|are)(?:\s+(?:up|down|back))?)(?:\s+(?:its|their)\s+[\w-]+)?\s+(?:(?:by|to|at)\s+|at\s+an?\s+(?:(?:average|annual|yearly)\s+){0,2}rate\s+of\s+)?(?:(?:about|around|some|nearly|almost|roughly|only|just)\s+)?$/i;
/** At the end of the words before an amount's digits, its currency: "£", "US$", "EUR ". */
const CURRENCY_TAIL_RE = /(?:[$£€¥₩₹]|\b(?:US|C|A|NZ|HK|S)\$|\b[A-Z]{3}\s?)\s*$/;
/** A number followed by the year or fiscal year it is for, as one item of a series: "₹ 5,120
 *  crore in 2031-32", "2.7% in 2033", "$345 million for 2033". Global. */
const LEVEL_WITH_PERIOD_RE =
  /\d(?:\s?(?:%|per\s?cent|percent))?(?:\s+of\s+GDP)?(?:\s*(?:[mb]n|million|billion|trillion|crore|lakh)\b)?\s+(?:in|for)\s+(?:(?:the\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?))?(?:19|20)\d\d\b/gi;

/**
 * True when the sentence states two levels or more, each followed by its own period: a series
 * whose every number is read by the period right after it, not by the others'.
 * @example seriesOfPeriods('estimated at €14.2 billion in 2032 and €15.1 billion in 2033') // true
 */
function seriesOfPeriods(sentence: string): boolean {
  return (sentence.match(LEVEL_WITH_PERIOD_RE) ?? []).length >= 2;
}

/** Right after a number, the year or fiscal year it is for, to be compared with the dateline's: " in
 *  2033", " for 2033-34", " in FY2034", " in fiscal year 2033/34" (not "in 2033 so far"). Group 1 is
 *  the year, or the year the fiscal year starts in. */
const PERIOD_AHEAD_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s+of\s+(?:GDP|gross\s+domestic\s+product))?(?:\s+(?:a|per)\s+year|\s+annually|\s+on\s+average)?\s+(?:in|for|during|over|by|from)\s+(?:(?:the\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?))?((?:19|20)\d\d)(?:\s?[-–/]\s?(?:(?:19|20)?\d\d))?\b(?!\s*(?:so\s+far|to\s+date|year[-\s]to[-\s]date|[-–/]))/i;
/** Right after a number, a span of years it is for: " from 2034 to 2040", "% a year between 2034
 *  and 2040". Group 1 is the first year: a present tense about a span that starts after the
 *  dateline's year is a projection ("output grows at an average annual rate of 1.9 percent
 *  from 2034 to 2040", dated 2033). */
/** Before a number, a forecaster putting or seeing a measure at it: "puts growth in 2033 at ", "now
 *  sees inflation next year at about ", "pegs the deficit at ", "is put at ". */
const PUTS_AT_BEFORE_RE =
  /\b(?:(?:puts?|sees?|pegs?|places?)\s+(?:[\w'’-]+\s+){1,7}?|(?:is|are)\s+(?:now\s+|also\s+)?(?:put|pegged|placed)\s+)at\s+(?:(?:about|around|some|roughly|just|only)\s+)?$/i;
/** A sum a budget pegs: "has been pegged at ₹2,400 crore", "were pegged lower at Rs 910 crore" (a
 *  currency pegged to another, or a crop pegged at tons, names no sum). */
/** Right before a number, a perfect passive revision with its direction and "by": "has been revised
 *  up by ", "have been revised downwards by about ", "has been revised up by SEK ". */
const REVISED_BY_BEFORE_RE =
  /\b(?:has|have)\s+been\s+revised\s+(?:up|down|upwards?|downwards?|higher|lower)\s+by\s+(?:(?:about|around|some|nearly|roughly)\s+)?(?:US\$|[A-Z]{1,3}\$|[$€£¥₹]|\b[A-Z]{3}\s?)?$/i;
const PEGGED_SUM_RE =
  /\bpegged\s+(?:(?:lower|higher)\s+)?at\s+(?:(?:about|around|some|roughly|nearly|just)\s+)?(?:[$£€₹]|\bRs\.?|\bR(?=\d)|\b[A-Z]{3}\b)\s?\d/i;
/** Before a number, all of a line or sentence up to it: a label and its colon ("Growth in 2033: ",
 *  "- 2033 inflation: ", "GDP growth (2033): about "). Group 1 is the label. */
/** A sentence that opens with a label and a bracket naming the budget or a projection, then a
 *  colon: "Income by source (net, budget): ", "Staff costs (projected): ". Group 1 is the
 *  bracket. */
const PLANNED_LABEL_RE =
  /^\s*(?:[-–•·*]\s+)?[^:;.!?()]{2,60}?(\((?:[^()]*,\s*)?(?:budget(?:ed)?|projected|projection|forecast|planned|plan)\s*(?:,[^()]*)?\))\s*:/i;
const LABEL_COLON_BEFORE_RE =
  /^\s*(?:[-–•·*]\s+)?([^:;.!?]{2,60}?)\s*:\s*(?:[-–−+]\s?)?(?:(?:about|around|some|roughly|nearly)\s+)?$/i;
/** A label that is one whole day: "1 June 2033", "June 1, 2033", "30th June 2033". */
const DAY_DATE_LABEL_RE =
  /^\s*(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-3]?\d(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\s*$/i;
/** At the head of a sentence, the year or span of years it is about: "In 2033, ", "By 2034 ",
 *  "Over 2033-2036, ", "For FY2034, ". Group 1 is the (first) year. */
const FRONTED_PERIOD_RE =
  /^\s*(?:in|by|for|from|over|during|between)\s+(?:the\s+(?:period|years?)\s+(?:from\s+)?)?(?:the\s+)?(?:FY\s?|fiscal\s+(?:year\s+)?)?((?:19|20)\d\d)(?:\s?[-–/]\s?(?:19|20)?\d\d|\s+(?:and|to|through)\s+(?:19|20)\d\d)?\s*,?\s+/i;
const SPAN_AHEAD_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s+(?:a|per)\s+year)?\s+(?:from|between)\s+((?:19|20)\d\d)\s+(?:to|through|and|until)\s+(?:19|20)\d\d\b/i;
/** After the end of a path, the year it is dated to: " at the beginning of 2039", " of annual
 *  cost by 2040", " in 2039". Group 1 is the year. */
const PATH_END_DATED_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s+(?:in|by|at\s+(?:the\s+)?(?:beginning|start|end|close)\s+of|as\s+of)\s+((?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)/i;
/** Before the end of a path, its "from" level and the "to" that ends it: "declines from 240 percent
 *  at the start of 2031 to ", "from $2.8 trillion in 2030 to about ". */
const PATH_TO_BEFORE_RE =
  /\bfrom\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|an\s+estimated)\s+)?(?:[A-Z]{0,3}[$€£¥]\s?)?\d(?:[^.;:]|\.(?=\d)){0,80}?\bto\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|just|over|under)\s+)?(?:[A-Z]{0,3}[$€£¥]\s?)?$/i;
const WHOLE_YEAR_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s+of\s+(?:GDP|gross\s+domestic\s+product))?\s+(?:in|for)\s+((?:19|20)\d\d)\b(?!\s*(?:[-–/]|Q\d|so\s+far|to\s+date|year[-\s]to[-\s]date))/i;
/** An expectation whose value follows in brackets: "than expected (", "had been forecast (", and
 *  one named for a year not over, estimated too, whose value follows in brackets or after "of":
 *  "the growth expected for the present year (", "the deficit estimated for this year of between";
 *  and a forecast noun whose value follows in brackets, an earlier forecast staying one: "below the
 *  earlier projection for the end of 2030 (". */
const EXPECTATION_BRACKET_BEFORE_RE =
  /\b(?:than|been|was|were|is|are)\s+(?:(?:initially|originally|previously|widely)\s+)?(?:expected|forecast|projected|anticipated|predicted)\s*\(\s*$|\b(?:expected|forecast|projected|anticipated|predicted|estimated)\s+for\s+(?:the\s+(?:present|current|coming)\s+year|this\s+year|next\s+year)\s*(?:\(|\bof)\s*(?:between\s+)?$|\b(?:forecasts?|projections?|predictions?)(?:\s+(?:for|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,4}?(?:(?:19|20)\d\d|year|quarter|month|period))?\s*\(\s*$/i;
/** A year named by words that is not over: "this year", "next year", "the coming year". */
const OPEN_YEAR_WORDS_RE =
  /\b(?:this|next|the\s+coming|the\s+current)\s+(?:fiscal\s+|calendar\s+)?year\b/i;
/** Before "from", a forecast or estimate that is revised, whose old value the number is (a verb of
 *  revising names it, so "the outlook predicts a fall in inflation from" is no revision): "lifted
 *  its growth forecast for 2034 from ", "raising the estimate from ", "raises the projection of
 *  Arland's gross domestic product (GDP) from ", "the outlook for 2034 was revised down from ",
 *  "the projection of farm output is now up from ". */
const REVISED_FORECAST_FROM_RE =
  /(?:\b(?:rais|lift|lower|cut|revis|upgrad|downgrad|trim|reduc|chang|adjust|boost|nudg|shift|mark)\w*\s+(?:[^.;:]{0,60}?\s)?(?:forecasts?|projections?|estimates?|outlook|expectations?|targets?|guidance|assumptions?)\b|\b(?:forecasts?|projections?|estimates?|outlook|expectations?|targets?|guidance|assumptions?)\s+(?:(?:for|of)\s+[^.;:]{1,40}?\s+)?(?:(?:(?:was|were|is|are|has\s+been|have\s+been)\s+)?(?:rais|lift|lower|cut|revis|upgrad|downgrad|trim|reduc|chang|adjust|boost|nudg|shift|mark)\w*|(?:is|are|was|were)\s+(?:now\s+)?(?:up|down|higher|lower)))(?:[^.;:]|\.(?=\d)){0,60}?\sfrom\s+$/i;
/** Before "from", a forecast revised to its new value, however long the forecast's name, then the
 *  value it was revised from: "have raised their forecast for world merchandise trade volume growth
 *  in 2026 to 2.4%, up from ", "lowered its estimate of this year's deficit to 3.1 per cent of GDP,
 *  from ", "The growth forecast for the euro area in 2027 has been cut to 1.1%, down from ". The
 *  revising verb and the forecast noun name the revision; "to" names the new value, so the number
 *  after "from" is the old forecast (revisedFromOpen still asks that every year named be open). A
 *  clause joined by ", and" has its own subject: "was trimmed to 1.5 percent from 1.8 percent, and
 *  the budget deficit is set to narrow to 2.7% of GDP from " is no revision of that deficit. */
const REVISED_FORECAST_TO_FROM_RE =
  /(?:\b(?:rais|lift|lower|cut|revis|upgrad|downgrad|trim|reduc|adjust|boost|nudg|narrow|widen)\w*\s+(?:[^.;:]{0,60}?\s)?(?:forecasts?|projections?|estimates?|outlook|expectations?|targets?|guidance|assumptions?)\b|\b(?:forecasts?|projections?|estimates?|outlook|expectations?|targets?|guidance|assumptions?)\s+(?:[^.;:]{1,80}?\s+)?(?:was|were|is|are|has\s+been|have\s+been)\s+(?:rais|lift|lower|cut|revis|upgrad|downgrad|trim|reduc|adjust|boost|nudg|narrow|widen)\w*)(?:(?!,\s+(?:and|but|while|whereas|as|after)\b)[^.;:]|\.(?=\d)){0,140}?\bto\s+(?:(?!,\s+(?:and|but|while|whereas|as|after)\b)[^.;:]|\.(?=\d)){1,40}?,?\s+(?:(?:up|down)\s+)?from\s+$/i;
/** After the start of a path, its period (optional) and its end: " to 6.2%", " in the first half of
 *  2034 to 3.9 percent in the second half". Group period names a half or quarter, group year
 *  its year; group next is what the end names after it. */
const PATH_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s+of\s+GDP)?\s+(?:(?:in|during)\s+the\s+(?<period>(?:first|second|third|1st|2nd|3rd)\s+(?:half|quarter))(?:\s+of\s+(?:(?:the|this)\s+year|(?<year>(?:19|20)\d\d)))?\s+)?to\s+(?:(?:about|around|some|nearly|almost|roughly|just|over|under)\s+)?[-–−‑]?\d[\d.,]*\s?(?:%|per\s?cent|percent)(?:\s+of\s+GDP)?(?<next>\s+(?:next\s+year|in\s+(?:19|20)\d\d|by\s+(?:19|20)\d\d|over\s+the\s+(?:next|coming)(?:\s+(?:\d+|[a-z]+)\s+(?:years|decades))?))?/i;
/** A path's end named over a count of years from now: " over the next 50 years", " over the
 *  coming two decades" (not " over the next year", whose start is this year's). */
const YEARS_AHEAD_RE = /^\s+over\s+the\s+(?:next|coming)\s+(?:\d+|[a-z]+)\s+(?:years|decades)\b/i;
/** Before a path's start, a word that chains it to a path before it, whose end it starts from
 *  ("could then fall from ", "thereafter to ease from ", "after that rise from "), or a modal of
 *  what may happen, whose scenario states no level now ("could fall from ", as the grammar tests
 *  call it: "The jobless rate could fall from 6.4% to 5.8% by 2033" keeps both expected). */
const CHAINED_PATH_BEFORE_RE =
  /\b(?:then|thereafter|subsequently|after\s+that|later|could|might|may)\b[^.;:]{0,40}?\bfrom\s+(?:\S+\s+)?$/i;
/** A path's end named by a deadline year: " by 2031". */
const BY_YEAR_RE = /^\s+by\s+(?:19|20)\d\d\b/i;
/** The last month of each part of a year a path may start in. */
const PART_END_MONTH: Record<string, number> = {
  'first half': 6,
  'first quarter': 3,
  'second quarter': 6,
  'third quarter': 9,
  '1st half': 6,
  '1st quarter': 3,
  '2nd quarter': 6,
  '3rd quarter': 9,
};

/**
 * True when the start of a forecast path is a reading already made: no period named and no later
 * year or "next year" at its end (the latest reading), or a half or quarter that is over by the
 * document's date.
 * @example pathStartPassed(' to 6.2%', 2034, 8) // true
 * @example pathStartPassed(' in the first half of 2031 to 3.9% in the second half', 2031, 7) // true
 * @example pathStartPassed(' to 2.8% next year', 2031, 7) // false
 */
function pathStartPassed(
  after: string,
  documentYear?: number,
  documentMonth?: number,
  before = '',
): boolean {
  const path = PATH_AFTER_RE.exec(after);
  if (!path) return false;
  const { period, year, next } = path.groups!;
  // "from under 90 per cent of GDP to over 140 per cent in the coming 40 years": a path over years
  // to come, counted from now, starts from the level there is.
  // "to fall from 9.2% to 7.5% by 2031": a path to a deadline runs from now, as one over the next
  // years does, and starts from the level there is ("to 3% next year", "in 2033" may start from
  // this year's forecast).
  if (period === undefined)
    return (
      next === undefined ||
      YEARS_AHEAD_RE.test(next) ||
      (BY_YEAR_RE.test(next) && !CHAINED_PATH_BEFORE_RE.test(before))
    );
  const endMonth = PART_END_MONTH[period.toLowerCase().replace(/\s+/g, ' ')];
  if (endMonth === undefined || documentYear === undefined) return false;
  if (year !== undefined && Number(year) < documentYear) return true;
  if (year !== undefined && Number(year) > documentYear) return false;
  return documentMonth !== undefined && documentMonth > endMonth;
}

/** After a level, the month and year it was read in: " year-on-year in February 2031", " in
 *  February" (the year left out: the latest February). */
const MONTH_READ_AFTER_RE =
  /^\s*(?:(?:year-on-year|y\/y|y-o-y|yoy)\s+)?in\s+(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+((?:19|20)\d\d)\b|(?![\w-]|\s+(?:19|20)\d\d))/i;

/** True when the words after a level name a month whose reading is out by the document's date:
 *  before it, or its own month (in a text with no date, or dated by a year only, a month of it
 *  named is the latest reading). A month named without its year, as the base a level is compared
 *  with or a path starts from, is the latest such month, a reading made. */
function monthOver(after: string, documentYear?: number, documentMonth?: number): boolean {
  const read = MONTH_READ_AFTER_RE.exec(after);
  if (!read) return false;
  if (documentYear === undefined || read[2] === undefined) return true;
  const year = Number(read[2]);
  const month = MONTHS.indexOf(read[1]!.toLowerCase()) + 1;
  // Dated by year only, the month of that year a path starts from is its latest reading.
  return (
    year < documentYear ||
    (year === documentYear && (documentMonth === undefined || month <= documentMonth))
  );
}

/** A month named as the period of a reading: "in June", "for May 2031" (capitalised, so the verb
 *  "may" is no month). Groups: the month, its year. */
const MONTH_NAMED_RE =
  /\b(?:in|for|of)\s+(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+((?:19|20)\d\d))?\b/g;
/** How a flash estimate states its reading: "is expected to be", "are estimated to have". Not "will
 *  be", a forecast. */
const FLASH_HEDGE_RE = /\b(?:is|are)\s+(?:expected|estimated)\s+to\s+(?:be|have|stand)\b/i;
/** Data or estimates as the subject of "expect": "the first estimates expect the balance for the
 *  first half of 2031 to be", a reading of what the data show, not anyone's forecast. */
const DATA_EXPECT_RE =
  /\b(?:data|estimates|figures)\s+(?:so\s+far\s+)?expects?\b[^.;]{0,160}?\bto\s+(?:be|have|stand)\b/i;
/** A span measured from the start of a year to the end of a month: "the first eight months of
 *  2031", "the nine months of 2031", "as of end-May 2031". Groups: count (a word or digits) or
 *  month, and year. */
const SPAN_TO_MONTH_RE =
  /\b(?:(?:the\s+)?(?:first\s+)?(?<count>two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of|end-(?<month>January|February|March|April|May|June|July|August|September|October|November|December))\s+(?<year>(?:19|20)\d\d)\b/gi;

/**
 * True when the sentence names a span from a year's start to the end of a month ("the first eight
 * months of 2031", "as of end-August 2031") that is over before the document's month, and no
 * later year or open period: "is expected to be" of it is an estimate of a period that is over,
 * data. Dated only by a year (documentMonth undefined), the same year's span may still run.
 * @example spanMeasured('for the first eight months of 2031 is expected to be', 2031, 9) // true
 * @example spanMeasured('for the first nine months of 2031 is expected to be', 2031, 9) // false
 */
function spanMeasured(sentence: string, documentYear?: number, documentMonth?: number): boolean {
  if (documentYear === undefined || OPEN_PERIOD_WORDS_RE.test(sentence)) return false;
  const spans = [...sentence.matchAll(SPAN_TO_MONTH_RE)];
  if (spans.length === 0) return false;
  const years = [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  if (years.some((y) => y > documentYear)) return false;
  return spans.every(({ groups }) => {
    const year = Number(groups!.year);
    const endMonth =
      groups!.count === undefined
        ? MONTHS.indexOf(groups!.month!.toLowerCase()) + 1
        : readNumber(groups!.count)!;
    return (
      year < documentYear ||
      (year === documentYear && documentMonth !== undefined && endMonth < documentMonth)
    );
  });
}

/** Any period a sentence may name of its own: a year, a month, a quarter, a half, a week. */
const ANY_PERIOD_RE =
  /\b(?:(?:19|20)\d\d|Q[1-4]|H[12]|January|February|March|April|May|June|July|August|September|October|November|December|quarters?|half|years?|months?|weeks?|next|coming|ahead|later)\b/i;

/**
 * True when the sentence names no period of its own and the heading above it reports on months
 * that ended before the document's month: its estimates are of that period, measured.
 * @example headingMeasured('Pay growth is estimated to be 2.1%.', { toCp, headingPeriod: { year: 2031, month: 7 }, wholeDate: { year: 2031, month: 9 } }) // true
 */
function headingMeasured(sentence: string, ctx: BuildContext): boolean {
  const heading = ctx.headingPeriod;
  const year = ctx.wholeDate?.year ?? ctx.documentYear;
  const month = ctx.wholeDate?.month ?? ctx.documentMonth;
  if (heading === undefined || year === undefined || month === undefined) return false;
  if (ANY_PERIOD_RE.test(sentence)) return false;
  return heading.year < year || (heading.year === year && heading.month < month);
}

/** A period still open or to come beside a month: "next", "this year", "the second half". */
const OPEN_PERIOD_WORDS_RE =
  /\b(?:next|coming|ahead|later|quarters?|half|(?:this|the\s+current|the\s+whole|the\s+full)\s+year|end\s+of)\b/i;

/**
 * True when every period the sentence names is a month the document's whole date has reached:
 * the month it is dated in or an earlier one, with no later year and no open period beside it.
 * "Is expected to be 3.4% in June", dated late June, is a flash estimate of a month measured,
 * data. With no whole date (undefined) it is false: the month may be the one a title reports on.
 * @example monthsMeasured('is expected to be 3.4% in June 2034, up from 3.1% in May 2034', { year: 2034, month: 6 }) // true
 * @example monthsMeasured('is expected to be 3.4% in December', { year: 2034, month: 6 }) // false
 * @example monthsMeasured('is expected to be 3.4% in June 2034') // false
 */
function monthsMeasured(sentence: string, dated?: { year: number; month: number }): boolean {
  if (dated === undefined) return false;
  const { year: documentYear, month: documentMonth } = dated;
  if (OPEN_PERIOD_WORDS_RE.test(sentence)) return false;
  const named = [...sentence.matchAll(MONTH_NAMED_RE)];
  if (named.length === 0) return false;
  const years = [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  if (years.some((y) => y > documentYear)) return false;
  return named.every((n) => {
    const year = n[2] === undefined ? documentYear : Number(n[2]);
    const month = MONTHS.indexOf(n[1]!.toLowerCase()) + 1;
    return year < documentYear || (year === documentYear && month <= documentMonth);
  });
}

/** Right after a number, the part of the year still to come: " for the rest of this year",
 *  " over the remainder of the current year" (not " in this year's first half"). */
const REST_OF_YEAR_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?\s+(?:for|over|through|during|in)\s+the\s+(?:rest|remainder)\s+of\s+(?:this|the\s+current)\s+year\b/i;
/** Before a number, a present "allows" or "permits" with the change it lets happen: "allow a
 *  state to lift outlays by more than ", "the rule permits outlays to rise by up to ". What a
 *  rule allows is what could happen, not an outturn. */
const ALLOWS_TO_BEFORE_RE =
  /\b(?:allows?|permits?)\s+(?:[\w'’-]+\s+){0,4}?to\s+[a-z]+\s+(?:[\w'’-]+\s+){0,2}?(?:by\s+)?(?:(?:more\s+than|up\s+to|about|around|some|nearly|almost|at\s+least|over)\s+)?$/i;
/** In a number's clause before it, a present "is to" or "are to" with the verb it plans, what a
 *  plan or an accord lays down: "member states are to lower methane emissions by ", "the grid
 *  operator is to spend ", "emissions are to be cut by ", "is also to invest ". Not "is to say",
 *  "is to blame", nor "is to" before a noun ("is to the north"). A plan, not an outturn. */
const IS_TO_BEFORE_RE =
  /\b(?:is|are)\s+(?:(?:also|now|still|further|then|in\s+turn)\s+)?to\s+(?!(?:say|blame|the|a|an|its|their|this|that|these|those|date)\b)(?:be\s+)?[a-z]+\b[^,;:()]*$/i;
/** Just before a number, what sets it against another: "compared with ", "against about ". */
const COMPARED_BEFORE_RE =
  /\b(?:compared\s+(?:with|to)|against|versus|vs\.?|relative\s+to)\s+(?:(?:about|around|some|only|just)\s+)?$/i;
/** Right before a number, the earlier one a new number is set against: "down from ", "up from ",
 *  "revised up from ", "compared with ". */
const MOVED_FROM_BEFORE_RE =
  /\b(?:(?:down|up|lower|higher|revised(?:\s+(?:up|down)(?:wards?)?)?)\s+from|compared\s+(?:with|to))\s+(?:(?:about|around|some)\s+)?$/i;
/** Right after a number, the publication of a month it was set in: " in the June resolution", "
 *  in the May Report", " in the March 2031 projections", " in the April Monetary Policy Report"
 *  (not " in the June quarter" nor " in June"). */
const MONTH_PUBLICATION_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?\s+in\s+(?:the|its|their|our)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?\s+(?:[A-Z][\w-]*\s+){0,3}?(?:[Rr]esolutions?|[Rr]eports?|[Oo]utlooks?|[Uu]pdates?|[Pp]rojections?|[Ff]orecasts?|[Ss]tatements?|MPR|[Rr]ounds?)\b/;
/** Before the number, a projection the sentence states: "is now projected at", "forecast",
 *  "the outlook for". An outturn set against last month's release is no such revision. */
const PROJECTED_BEFORE_RE = /\b(?:project(?:ed|ions?)|forecasts?|predicted|outlook)\b/i;
/** Right after a number, the projection it stands in: " under CBO's baseline projections", " in the
 *  agency's baseline", " under the current-law forecast" (not " under the forecast rules"). */
const UNDER_PROJECTION_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s+of\s+GDP)?\s+(?:under|in)\s+(?:(?:the|its|our|their)\s+|[A-Z][A-Za-z]*(?:['’]s|s['’]?)?\s+)?(?:[\w'’-]+\s+){0,2}?(?:baseline|projections?|forecasts?)\b(?![\w-]|\s+(?:rules?|framework|errors?|process|methods?)\b)/;
/** Before an amount, the ceiling or allocation a share of spending is measured against: "41 percent
 *  of the spending ceiling of ", "58% of its allocation of ". */
const CEILING_WHOLE_BEFORE_RE =
  /\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:ceiling|allocation|appropriation)\s+of\s+$/i;
/** Before an amount, a whole budget as the subject of its sums, with no other money noun between:
 *  "a rise in the national budget from $3.1 billion in 2027 to ", "the state budget of ". Not
 *  "the national budget deficit of", nor "the national budget's revenue reached". */
const BUDGET_SUM_BEFORE_RE =
  /\b(?:national|state|annual|general|government|federal|total)\s+budget\b(?!\s+(?:deficits?|surplus(?:es)?|balances?|gaps?|shortfalls?))(?!(?:[^.;]|\.(?=\d))*\b(?:revenues?|spending|expenditures?|deficits?|surplus(?:es)?|debt|receipts|outlays|income|collections?|arrears)\b)(?:[^.;]|\.(?=\d))*$/i;
/** Right before a number, the bases listed before it, each with its year: "$1,500 in 2031 and ",
 *  "3.1% in 2029, ". */
const LISTED_BASES_BEFORE_RE =
  /(?<=\bfrom\s+)(?:(?:(?:[A-Z]{1,3}\$?|[$€£¥₹]|R[ps]\.?)\s?)?\d[\d.,]*(?:\s?(?:%|per\s?cent|percent)|\s+(?:thousand|million|billion|trillion|bn|mn))?\s+in\s+(?:19|20)\d\d\s*(?:,\s*(?:and\s+)?|and\s+))+$/i;
/** Just before a number, "from" with what an outturn is called: "from an estimated", "from the
 *  revised", "from", and the balance a path starts from, named before it ("from a deficit of",
 *  "from a surplus of"). */
const PAST_BASE_BEFORE_RE =
  /\bfrom\s+(?:(?:an?|the|its)\s+)?(?:(?:estimated|revised|preliminary|provisional)\s+)?(?:(?:estimate|deficit|surplus|shortfall)\s+of\s+)?$/i;

/** Just before a number (and any numbers listed before it), what a forecast is compared with:
 *  "after a growth of", "following estimated real GDP growth of", "following", "higher than the", "below", "compared with", "unchanged from", "ahead of the global average of",
 *  also with an approximator ("compared to almost"). */
const COMPARED_BASE_BEFORE_RE =
  /\b(?:(?:after|following|compared\s+(?:with|to)|versus|against)\s+(?:(?:an?|the)\s+)?(?:(?:(?:estimated|real|GDP|employment|economic|output|job|wage)\s+){0,3}(?:growth|increase|rise|expansion|contraction|decline|fall|drop)\s+of\s+)?|(?:higher|lower|more|less|faster|slower|greater|smaller)\s+than\s+(?:the\s+)?|(?:above|below|unchanged\s+from)\s+(?:the\s+)?|(?:exceed\w*|above|below|ahead\s+of|outpac\w*|surpass\w*|than)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?averages?\s+of\s+)(?:(?:about|around|almost|nearly|some|roughly|just|only)\s+)?(?:[-–−‑]?\d[\d.,]*\s?%\s*(?:,\s*(?:and\s+)?|and\s+))*$/i;
/** After a number, the year or years it was measured in: " in 2017", " growth in 2017", " and 4.0%
 *  in 2023 and 2022, respectively". */
const COMPARED_YEARS_AFTER_RE =
  /^(?:\s*(?:,\s*(?:and\s+)?|and\s+)[-–−‑]?\d[\d.,]*\s?%)*\s+(?:(?:growth|increase|rise|expansion)\s+)?(?:in|for)\s+((?:19|20)\d\d)((?:\s*(?:,\s*(?:and\s+)?|and\s+)(?:19|20)\d\d)*)\b/i;

/** After a number, a year that is over by its name: " last year", " growth in the previous year". */
/** After a number (and its noun of change), a period that is over, whatever the date: "a 3.4 percent
 *  pickup last year", "a 9.85 percent gain in the previous year", "0.8% growth a year earlier"
 *  (an outturn a forecast sentence names beside its forecast), "the 5-7 percent growth rates of
 *  the previous decade". */
/** Right after a number, the year it was reached in: " reached in 2039", " alcanzado en 2039",
 *  " registrado en el 2039". */
/** Right after a number, the verb that says it was read, before its period: " recorded", " posted". */
const REACHED_VERB_AFTER_RE =
  /^\s+(?:reached|recorded|registered|posted|attained|observed)(?=\s+in\s)/i;
/** After a number opened by a bracket, its month and the bracket's end: " in February)", " in
 *  March 2031)". */
const BRACKETED_MONTH_AFTER_RE =
  /^\s*in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?:19|20)\d\d)?\s*\)/;
/** Right before a number, a month as the label of a reading in brackets: "(February: ", "(March
 *  2031: ". Groups: the month, its year. */
const MONTH_LABEL_BEFORE_RE =
  /\(\s*(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+((?:19|20)\d\d))?\s*:\s*$/;
/** After a number, a participle that says it was measured over a period the words name: "
 *  observed over the long run before the slump (2001-2019)", " recorded during 2027-29" (not
 *  "seen", which also gives a forecast: "a range of 1.5 - 2.5% seen in March"). */
const OBSERVED_OVER_AFTER_RE =
  /^\s+(?:observed|recorded|registered|experienced)\s+(?:over|in|during|between|from|for|across)\b[^.;:]{0,80}/i;
/** Before a bracketed number, a perfect passive of measuring and the period it names: "than has
 *  been experienced 2020-28 (", "than was recorded in 2029 (". Group 1 is the period. */
const OBSERVED_BRACKET_BEFORE_RE =
  /\b(?:(?:has|have|had)\s+been|was|were)\s+(?:observed|recorded|registered|experienced)\s+([^.;:()]{0,40}?)\s*\(\s*$/i;
/** Before a number in its sentence, an actuarial balance, the subject of "is estimated at", with
 *  no full stop between: "The 75-year actuarial deficit … is ", "the long-range actuarial balance
 *  was ". */
const ACTUARIAL_BALANCE_BEFORE_RE =
  /\bactuarial\s+(?:deficit|balance|imbalance|shortfall|surplus|gap)s?\b(?:[^.;:]|\.(?=\d))*$/i;
const REACHED_IN_YEAR_AFTER_RE =
  /^\s+(?:reached|recorded|registered|posted|attained|alcanzad[oa]s?|registrad[oa]s?|observad[oa]s?)\s+(?:in|en)\s+(?:el\s+)?((?:19|20)\d\d)\b/i;
/** After a change, the meeting that made it, with its whole date: " at the Council’s special
 *  meeting on 22 May 2031", " at its meeting of 3 March 2030" (not "the next meeting"). Groups: the
 *  month, its year. */
const MEETING_DATED_AFTER_RE =
  /^\s+(?:decided\s+|agreed\s+|made\s+)?at\s+(?:the|its|their)\s+(?!(?:next|coming|upcoming|forthcoming|following|future)\b)(?:[\w'’-]+\s+){0,3}?meeting\s+(?:on|of|held\s+on)\s+\d{1,2}\s+(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b/i;
const OWN_PAST_PERIOD_AFTER_RE =
  /^\s*(?:(?:increase|rise|gain|pickup|pick-up|growth|expansion|contraction|decline|drop|fall|advance|jump)s?\s+)?(?:rates?\s+)?(?:(?:in|during|of)\s+)?(?:last\s+(?:year|quarter|month|decade)|the\s+(?:previous|prior|preceding|past|last)\s+(?:year|quarter|month|decade)(?!\s+of\b)|a\s+year\s+(?:earlier|before|ago))\b/i;
/** Before a number, a period that is over owning it: "last year's rise of ", "slowing from last
 *  year's ", "the previous quarter's 1.2% ". */
const OWN_PAST_PERIOD_BEFORE_RE =
  /\b(?:last|the\s+(?:previous|prior|preceding|past))\s+(?:year|quarter|month)['’]s\s+(?:(?:[\w-]+\s+){0,2}?of\s+)?(?:(?:about|around|some|nearly|almost)\s+)?$/i;
/** After a number, the quarter it was read in, named without its year: " of the first quarter",
 *  " in the 2nd quarter". Group 1 is the quarter. */
const COMPARED_QUARTER_AFTER_RE =
  /^\s+(?:of|in|for)\s+the\s+((?:first|second|third|1st|2nd|3rd)\s+quarter)\b(?!\s+of\s+(?:19|20)\d\d|\s+(?:19|20)\d\d)/i;
/** Before a number, the bases listed before it, each with its quarter: "the 3.2% of the first
 *  quarter, the ", "… quarter, and the ". */
const LISTED_QUARTER_BASES_RE =
  /(?:\d[\d.,]*\s?(?:%|per\s?cent|percent)\s+(?:of|in|for)\s+the\s+(?:first|second|third|1st|2nd|3rd)\s+quarter\s*,\s*(?:and\s+)?(?:the\s+)?)+$/i;
const COMPARED_LAST_YEAR_AFTER_RE =
  /^\s+(?:(?:growth|increase|rise|expansion)\s+)?(?:(?:in|during)\s+)?(?:last\s+year|the\s+(?:previous|prior|preceding)\s+year|a\s+year\s+(?:earlier|before))\b/i;

/**
 * An outturn a forecast is compared with, in a year that is over: before the dateline's year, or
 * with no dateline before a later year the sentence names before the number.
 * @example comparedPastYear('seen averaging 1.6% in 2034, below 2.9% in 2032', m, undefined) // true
 */
function comparedPastYear(
  sentence: string,
  m: Match,
  documentYear: number | undefined,
  documentMonth?: number,
): boolean {
  // "Following estimated real GDP growth of 2.6 per cent in 2029": the stated words may start at
  // the noun of change, which the words before the number then end with.
  const nounLead =
    /^(?:growth|increase|rise|expansion|contraction|decline|fall|drop)\s+of\s+(?=[-–−‑]?\d)/i.exec(
      sentence.slice(m.start, m.end),
    );
  const before = sentence.slice(0, m.own ?? m.start + (nounLead?.[0].length ?? 0));
  // "higher than the 3.2% of the first quarter, the 4.4% of the second quarter": a base listed
  // after another base and its quarter, dated after both.
  const quarter = COMPARED_QUARTER_AFTER_RE.exec(sentence.slice(m.end));
  const listedBase = quarter !== null ? before.replace(LISTED_QUARTER_BASES_RE, '') : before;
  if (!COMPARED_BASE_BEFORE_RE.test(listedBase)) return false;
  // "following 3.1% growth last year": a year that is over, whatever the date.
  if (COMPARED_LAST_YEAR_AFTER_RE.test(sentence.slice(m.end))) return true;
  // "higher than the 3.2% of the first quarter", dated December: a quarter named without its year
  // is the latest, over when the dateline's month is past its end.
  if (quarter !== null && documentMonth !== undefined) {
    const end = PART_END_MONTH[quarter[1]!.toLowerCase().replace(/\s+/g, ' ')];
    if (end !== undefined && documentMonth > end) return true;
  }
  // "after 3.9% in February": a month that is over (its year left out, the latest one).
  if (monthOver(sentence.slice(m.end), documentYear, documentMonth)) return true;
  const years = COMPARED_YEARS_AFTER_RE.exec(sentence.slice(m.end));
  if (!years) return false;
  const latest = Math.max(...[years[1]!, ...(years[2]!.match(/(?:19|20)\d\d/g) ?? [])].map(Number));
  const named = [...before.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  const now = documentYear ?? (named.length > 0 ? Math.max(...named) : undefined);
  return now !== undefined && latest < now;
}

/** A budget named with its period: "budget for the fiscal year 2032-33", "FY2033 budget", "the
 *  2032/33 budget", "the 2032 budget", "budget for 2032", "Budget 2032" (the year after the word,
 *  as a title), "Budget Request for 2032" and "Budget Proposal for FY 2032" (the stage between
 *  the noun and its period), "the Budget in 2032-33" (only a span: "the budget in 2032" may be a balance). The
 *  estimates a parliament votes are a budget too: "the 2032/33 Printed Estimates", "Supplementary
 *  Estimates for the Financial Year 2032/33".
 *  Groups: the period's first year, and its last (two or four digits) when it spans two. */
const BUDGET_PERIOD_RE =
  /\b(?:(?:FY\s?)?((?:19|20)\d\d)(?:\s?[-–/]\s?(\d{2}|(?:19|20)\d\d))?\s+(?:(?:federal|national|state|annual|general|government|draft|proposed)\s+)?(?:budget|(?:printed|supplementary|revised)\s+estimates)|(?:budget(?:\s+(?:law|request|proposal|submission|recommendations?))?|(?:printed|supplementary|revised)\s+estimates)\s+(?:estimates\s+)?(?:(?:for|of)\s+(?:the\s+)?)?(?:(?:fiscal|financial)\s+year\s+|FY\s?)?((?:19|20)\d\d)(?:\s?[-–/]\s?(\d{2}|(?:19|20)\d\d))?|budget\s+in\s+((?:19|20)\d\d)\s?[-–/]\s?(\d{2}|(?:19|20)\d\d))\b/i;
/** An outturn measured against what a budget projected: "$37 billion below what was projected in
 *  the spring", "$37 billion smaller than estimated in the 2032 budget", "down from the estimated
 *  deficit of $21.4 billion in Budget 2032" names the budget as where the plan was made, not as the
 *  period of the money. */
const THAN_PLAN_RE =
  /\bthan\s+(?:was\s+|were\s+|had\s+been\s+)?(?:projected|estimated|forecast|budgeted|expected|planned|anticipated)\b|\b(?:the|an?)\s+(?:estimated|projected|forecast|expected|planned|anticipated)\s+(?:[\w-]+\s+){1,2}?of\s+(?:[^.;,]|\.\d){1,30}?\s+in\s+(?:the\s+)?(?:Budget\s+(?:19|20)\d\d\b|(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?\s+budget\b)/i;
/** After the number, a cause named by a noun phrase that ends the clause on a forecast word: "due
 *  to lower price assumptions", "because of weaker demand forecasts". The forecast is the cause's,
 *  not the figure's: "impairments of $2 billion due to lower price assumptions" were booked. Not
 *  "due to extending the projection period" (the forecast word heads nothing). Global. */
const FORECAST_CAUSE_RE =
  /\b(?:due\s+to|owing\s+to|because\s+of|as\s+a\s+result\s+of|on\s+the\s+back\s+of)\s+(?:(?!(?:will|would|could|may|might|should|shall|is|are|be)\b)[\w'’-]+\s+){0,5}?(?:assumptions?|forecasts?|projections?|expectations?|outlooks?|estimates?)(?=\s*(?:[.,;:)]|$))/gi;
/** After a number, "and" or "with" and a new noun a forecast word qualifies: "and a projected
 *  surplus", "with an expected rise in rates". The hedge is that noun's, not the number's ("and the
 *  forecast close" may end the number's own span, and keeps the hedge). */
const OTHER_NOUN_FORECAST_RE =
  /\b(?:and|with)\s+an?\s+(?:projected|expected|forecast|planned|anticipated)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s*(?:[.,;:)]|$))/gi;
/** Right before a number, a company's guidance naming it: "guidance of ", "capex guiding for 2031
 *  to around ", "guidance is now ". */
const GUIDANCE_BEFORE_RE =
  /\b(?:guidance|guiding)(?:\s+for\s+(?:the\s+)?(?:(?:full|fiscal|financial)\s+)?(?:year\s+)?(?:(?:19|20)\d\d|year))?\s+(?:(?:of|at|to|is|was|now|remains|stands\s+at)\s+)+(?:(?:about|around|approximately|roughly|some|close\s+to|up\s+to)\s+)?$/i;
/** After a number, a bracket that tells what another measure would have given: "indexed by 2.9%
 *  on 1 June (CPI would have given 3.4%)". Its unreal past is no hedge of the number before it. */
const UNREAL_PAST_ASIDE_RE = /\([^()]*\bwould\s+have\b[^()]*\)/g;
/** After a number, a modal with a perfect infinitive: "of the tax that would have been paid", "of
 *  the amount employers should have paid", "of what households would have spent". It tells what
 *  was due or could have been, in the past, a whole the number is set against, and hedges no
 *  number before it ("the reform would raise revenue by" stays a forecast). */
const UNREAL_PAST_MODAL_RE = /\b(?:would|should|could|might|must)\s+(?:not\s+|never\s+)?have\b/gi;
/** After a number, advice on how to read it: "The 8.5 percent rise should therefore be read together
 *  with April's figures", "That 6% drop must be seen against a strong January", "the figure needs to
 *  be treated with care". The modal asks something of the reader and hedges no number before it
 *  ("Visitor numbers should rise 4 percent" stays a forecast). */
const READING_ADVICE_RE =
  /\b(?:should|must|ought\s+to|needs?\s+to)\s+(?:(?:therefore|thus|also|still|again|perhaps|probably|only|not)\s+){0,2}be\s+(?:(?:carefully|cautiously|properly)\s+)?(?:read|seen|viewed|treated|interpreted|taken|considered|understood|judged|assessed|weighed|compared|set|put)\b(?=\s+(?:with|against|in|together|alongside|as|cautiously|carefully|beside|next|relative)\b)/gi;
/** Right before a number, a change asked for: "request for an average price increase of ", "its
 *  application for a 9% rise" ("for a " then the number), "requested a tariff hike of ", "had asked
 *  for a 7% rise", "sought an increase of ". */
const REQUESTED_CHANGE_BEFORE_RE =
  /\b(?:(?:requests?|applications?)\s+for|request(?:ed|s|ing)|appl(?:y|ies|ied|ying)\s+for|ask(?:s|ed|ing)?\s+for|sought|seek(?:s|ing)?)\s+(?:an?|the)\s+(?:(?:[\w-]+\s+){0,3}?(?:increases?|rises?|hikes?|cuts?|reductions?)\s+of\s+)?(?:(?:about|around|some|nearly|almost)\s+)?$/i;
/** Right before a number, a sum asked for or a call for a change to be granted: "is seeking an
 *  additional ", "requests a further ", "requesting a total of ", "asked for ", "called for the grant to be raised by about ". */
const REQUESTED_SUM_BEFORE_RE =
  /(?:\b(?:seek(?:s|ing)?|sought|request(?:s|ed|ing)?|ask(?:s|ed|ing)?\s+for)\s+(?:(?:an?|the)\s+)?(?:(?:additional|extra|further|supplementary)\s+|total\s+of\s+)?|\b(?:call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing))\b[^.;:]*?\bto\s+be\s+(?:raised|increased|lifted|cut|reduced)\s+(?:by|to)\s+)(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a number, a verb of asking, whom it asks, "for", and what is asked "of" the
 *  number, the one asked named in up to eight words ("to the Department of Culture and Heritage"):
 *  "applied to the ministry for a grant of ", "has asked the treasury for a capital
 *  injection of ", "is appealing to the federal government for ", "pressed the employers for a
 *  pay rise of ", "appealed for ". Not "paid for " (no asking), "Applications for export credit
 *  rose by " (a noun counted), "applied for and received " (granted), nor what a scheme lets
 *  anyone ask for ("Farmers can apply for grants of up to £40,000": its cap, set); "calls for" is
 *  a plan's need more than a request, and left to the other readings. */
const ASKED_FOR_BEFORE_RE =
  /(?<!\b(?:can|may|could|might|to|shall|should|must)\s+)\b(?:ask(?:s|ed|ing)?|request(?:s|ed|ing)?|appl(?:y|ies|ied|ying)|appeal(?:s|ed|ing)?|petition(?:s|ed|ing)?|press(?:es|ed|ing)?|lobb(?:y|ies|ied|ying))\s+(?:(?!(?:for|but|was|were|is|are|has|have|had|will|would)\b)[\w'’-]+\s+){0,8}?for\s+(?:(?:an?|the|its|their)\s+)?(?:(?:additional|extra|further|supplementary|emergency|new|total\s+of)\s+)?(?:(?:(?!(?:and|or|but|was|were|is|are|has|have|had|will|would|of)\b)[\w'’-]+\s+){1,3}?(?:of|worth|totall?ing)\s+)?(?:(?:about|around|some|nearly|almost|roughly|at\s+least|up\s+to)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a number, a call on someone to change a figure, in the same clause: "urged
 *  ministers to raise the credit to ", "call on the government to cut the levy by ", "request the
 *  agency to restore the rebate of ", "ask for the limit to be raised to ". */
/** The first digit of a percent's or points' own number in its stated words: none that a currency
 *  sign opens ("on the first £25,000 of salary by 1 percentage point" leads to the "1"). */
const OWN_DIGIT_RE = /(?<![$€£¥₹\d.,]\s?)(?<!\b[A-Z]{3}\s)\d/;
/** Before a number, in its sentence, a call on someone to do something with it, the one asked
 *  named as the object of the verb of asking or as the subject of its passive, and the number in
 *  the object of the infinitive (v123: "has also asked the Ports Authority to pay a special
 *  dividend of ", "asked the central bank to transfer ", "called on the employer to pay each worker
 *  a one-off bonus of ", "was asked to pay "): what is asked is not yet done, whatever the verb
 *  asked for. Not a verb of asking under a modal or "to", a clause of its own after the
 *  infinitive ("asked it to confirm that it had paid "), nor a participle set off by a comma
 *  ("Asked to explain the payment, the company said it had paid "). */
const ASKED_TO_ACT_BEFORE_RE =
  /(?<!\b(?:can|may|could|might|shall|should|must|to)\s+)\b(?:(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|request(?:s|ed|ing)?|press(?:es|ed|ing)?)\s+(?:(?!(?:to|for|that|whether|if|was|were|is|are|has|have|had|will|would)\b)[\w'’.-]+\s+){1,8}?|\b(?:was|were|is|are|been|being)\s+(?:(?:also|again|formally|now)\s+)?(?:asked|urged|called\s+(?:on|upon)|requested|pressed)\s+)to\s+(?!(?:be|have)\b)[a-z]+\s+(?:(?!(?:that|which|who|whether|because|after|before|when|but|and|or)\b)[^\s.;:,]+\s+){0,10}?(?:[^\s\d.;:,]{1,4}\s?)?$/i;
const CALL_TO_CHANGE_BEFORE_RE =
  /\b(?:call(?:s|ed|ing)?\s+(?:on|upon)|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?(?:\s+for)?|request(?:s|ed|ing)?|press(?:es|ed|ing)?)\s+[^.;:,]*?\bto\s+(?:be\s+)?(?:raise|increase|lift|cut|reduce|lower|restore|extend|expand|double|halve|boost|set|fix)(?:d|s)?\b(?:[^.;:,]|,(?=\d))*?\s(?:by|to|at|of)\s+(?:(?:about|around|some|nearly|almost|roughly|at\s+least)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a number, a noun of proposing or asking and the change its infinitive lays out,
 *  in the same clause: "a proposal from the Ministry to raise the subsidy to ", "our
 *  recommendation to lift the cap to ", "the motion to cut allowances by ", "a bid to raise fees
 *  to " (not "a decision to", made, nor "claims to have"). */
const PROPOSAL_TO_CHANGE_BEFORE_RE =
  /\b(?:proposals?|recommendations?|suggestions?|bids?|motions?|pleas?|demands?|petitions?)\s+(?:(?:from|by|of)\s+[^.;:,]*?\s)?to\s+(?:be\s+)?(?:raise|increase|lift|cut|reduce|lower|restore|extend|expand|double|halve|boost|set|fix|freeze|hike|trim)(?:d|s)?\b(?:[^.;:,]|,(?=\d))*?\s(?:by|to|at|of)\s+(?:(?:about|around|some|nearly|almost|roughly|at\s+least)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** A proposal the sentence says was taken up: "approved the proposal", "was adopted", "took effect". */
const CHANGE_PROPOSAL_TAKEN_RE =
  /\b(?:accepted|adopted|approved|endorsed|enacted|implemented|agreed\s+to|took\s+effect|came\s+into\s+(?:force|effect))\b/i;
/** Right before a number, the request or proposal it is named as, with its verb or a colon ("the
 *  request totals ", "FY32 request: ", "the proposal is about "), or a change set beside such a sum
 *  ("the request totals $9 billion, a "). */
const REQUEST_NAMED_BEFORE_RE =
  /\b(?:requests?|proposals?)\s*(?::|\s(?:totals?|totall?ing|is|comes\s+to|amounts\s+to))\s+(?:(?:about|around|some|roughly|nearly|almost)\s+)?(?:[^\s\d]{0,4}\s?\d[\d.,]*\s?(?:trillion|billion|million|bn|m)?,\s+(?:an?\s+)?|[^\s\d]{1,4}\s?)?$/i;
/**
 * Whether the number at `m` measures investment pledged: a pledge word ("pledged", "pledges",
 * "pledge") before it in its clause with no money realised in between, or its whole named as
 * pledged right after it ("of pledges", "of the amount pledged", "the $5 billion they pledged"),
 * in a sentence or a document title that names investment ("investment", "investors", "FDI",
 * "capital"); opening lines are not enough, they may name inflows beside a donors' fund.
 * Shares or assets pledged as collateral are no promise to invest.
 * @example pledgedInvestment('Investors pledged $3 billion.', 0, { start: 17, end: 27 }) // true
 */
export function pledgedInvestment(
  sentence: string,
  clauseStart: number,
  m: { start: number; end: number },
  title?: { title: string; top: string },
): boolean {
  if (COLLATERAL_RE.test(sentence)) return false;
  // "Of the RM 31.2 billion pledged, RM 18.1 billion has been realised": the part its own verb
  // says was realised is done, not promised (v167).
  if (REALISED_AFTER_RE.test(sentence.slice(m.end))) return false;
  const lead = sentence.slice(clauseStart, m.start);
  const pledge = [...lead.matchAll(PLEDGE_WORD_RE)].at(-1);
  const before =
    pledge !== undefined && !REALISED_RE.test(lead.slice(pledge.index + pledge[0].length));
  // The whole may be inside the stated words ("71% of pledged investment"): read from the number.
  const afterNumber = sentence.slice(m.start).replace(NUMBER_AHEAD_RE, '');
  if (
    !before &&
    !PLEDGED_WHOLE_AFTER_RE.test(sentence.slice(m.end)) &&
    !PLEDGED_WHOLE_AFTER_RE.test(afterNumber)
  )
    return false;
  return INVESTMENT_NAMED_RE.test(sentence) || INVESTMENT_NAMED_RE.test(title?.title ?? '');
}
/** A number and its unit at the start of a text: "71%", "$3.2 billion", "12 per cent". */
const NUMBER_AHEAD_RE =
  /^[^\d\s]*\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b|(?:billion|million|trillion|bn|m)\b)?/i;
/** A word of pledging, verb or noun; or investment named as announced or planned, a promise of
 *  what is to come as a pledge is ("Domestic producers have announced investments of R$ 28.4
 *  billion in electrified models to 2036", v281). */
const PLEDGE_WORD_RE =
  /\bpledg(?:e|es|ed|ing)\b|\b(?:announced|planned|promised)\s+(?:new\s+)?investments?\s+(?:of|worth|totall?ing)\b/gi;
/** Between a pledge and a number, money realised: the number is what was done, not promised
 *  ("pledged $5 billion, of which $2 billion was disbursed"). */
const REALISED_RE =
  /\b(?:disburs\w*|realis\w*|realiz\w*|arrived|paid|spent|drawn\s+down|actually|implemented)\b/i;
/** After a number, in its clause, its own verb saying it was realised, disbursed or spent: " has
 *  been realised so far", " was disbursed", " had arrived". */
const REALISED_AFTER_RE =
  /^[^.;,:]{0,40}?\b(?:has|have|had|was|were)\s+(?:(?:already|so\s+far|now)\s+)?(?:been\s+)?(?:disbursed|realised|realized|spent|paid|drawn\s+down|implemented|invested|arrived)\b/i;
/** Investment named: "investment", "investors", "invested", "FDI", "capital". */
const INVESTMENT_NAMED_RE = /\b(?:invest(?:ment|ments|ors?|ed|ing)?|FDI|capital)\b/i;
/** Right after a number, its whole named as pledged: " of pledges", " of the amount pledged", " of
 *  pledged investment", " they pledged", " that investors had pledged", " pledged". */
const PLEDGED_WHOLE_AFTER_RE =
  /^\s+(?:of\s+(?:the\s+)?(?:(?:amount|total|sum|value)\s+(?:of\s+)?)?(?:pledges|pledged)\b|(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:had|has|have|was|were)\s+(?:been\s+)?)?pledged\b)/i;
/** Assets pledged as collateral or security: a loan's guarantee, no promise to invest. */
const COLLATERAL_RE = /\b(?:collateral|as\s+security|security\s+for)\b/i;
/** Before a number, a forecast's revision to its new value, then the "from" of the value it was
 *  revised from: "has narrowed its 2026 forecast for trade growth to 4.0 to 5.0 per cent, from ",
 *  "The growth forecast has been raised to 3.0 to 4.0 per cent, from ", "cut its outlook to 2.1
 *  per cent, from ". */
const REVISED_TO_FROM_BEFORE_RE =
  /\b(?:raised|lowered|narrowed|widened|cut|trimmed|revised|upgraded|downgraded|lifted|reduced|nudged|pared)\b(?:[^.;:]|\.\d){0,120}?\bto\s+(?:[^.;:]|\.\d){1,40}?,\s+from\s+$/i;
/** Right before a sum, the verb that promises it: "pledged ", "have pledged a further ", "promised
 *  the equivalent of " (not "pledged to", a promise to act, nor a sum named as paid); the pledge
 *  named as a noun: "its pledge of ", "raised its pledge to ", "the pledge for 2032 is "; or a
 *  second promiser whose verb is left out: "pledged $40 million and Peru ". */
const PLEDGED_SUM_BEFORE_RE =
  /(?:\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing))\s+(?:(?:a\s+(?:further|total\s+of|combined)|an\s+(?:additional|extra)|the\s+equivalent\s+of|about|around|some|nearly|almost|roughly|more\s+than|over|up\s+to)\s+)*|\b(?:pledges?|promises?)\s+(?:(?:for|to)\s+(?:the\s+)?[^\s\d.;:,]+(?:\s+[^\s\d.;:,]+){0,6}?\s+)?(?:of|to|is|was|are|were|totals?|totall?ing)\s+(?:(?:about|around|some|nearly|almost|roughly|up\s+to)\s+)?|\bpledged\s+[^\s\d]{0,4}\s?\d[\d.,]*\s?(?:billion|million|bn|m)?\s+and\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})(?:[^\s\d]{1,4}\s?)?$/i;
/** Before a sum, a list whose verb "pledged" was written once, then left out of each item after a
 *  semicolon or comma: "Japan pledged ¥86 billion; Germany €420 million; and the Republic of Korea
 *  " (the items' names start with a capital; an item with a verb of its own, "disbursements
 *  reached ", is no such item). */
const GAPPED_PLEDGE_BEFORE_RE =
  /\bpledged\s+[^\s\d]{0,4}\s?\d[\d.,]*\s?(?:billion|million|bn|m)?(?:(?:[;,]\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+)?){1,5}[^\s\d]{0,4}\s?\d[\d.,]*\s?(?:billion|million|bn|m)?)*(?:[;,]\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+)?){1,5}(?:[^\s\d]{1,4}\s?)?$/;
/** A title that reports a pledging round: "Donors pledge $4 billion", "Replenishment summit". */
const PLEDGING_TITLE_RE = /\b(?:pledg\w*|replenishments?)\b/i;
/** Right after a sum, the participle that names it a pledge: " pledged for 2031-33", " was
 *  pledged". */
const PLEDGED_AFTER_RE = /^\s+(?:(?:has|have|had)\s+been\s+|(?:was|were)\s+)?pledged\b/i;
/** A plan named by a past perfect, made before an outturn it is set against: "it had budgeted",
 *  "had been forecast", "they had expected". Global, for blanking. */
const PLAN_MADE_BEFORE_RE =
  /\bhad\s+(?:been\s+)?(?:budgeted|forecast(?:ed)?|projected|planned|anticipated|expected)\b/gi;
/** A participle that names a sum as planned, the plan an outturn was held to: "budgeted",
 *  "planned", "envisaged", "foreseen", "programmed", "provided for" (v86: a ministry's "envisaged by
 *  the budget law", an agency's "provided for in the programme", a company's "foreseen in the
 *  business plan" say what "budgeted" says). */
const PLANNED_PARTICIPLE = String.raw`budgeted|planned|envisaged|foreseen|programmed|provided\s+for`;
/** After the participle, the plan that set the sum: " by the budget law", " in the country
 *  programme", " under the plan". */
const PLAN_AGENT = String.raw`(?:\s+(?:by|in|under)\s+(?:the|its|their|our|this)\s+(?:[\w'’-]+\s+){0,3}?(?:budgets?|laws?|acts?|programmes?|programs?|plans?|estimates|appropriations?))?`;
/** The planned participle right after a sum, its currency word included, or before or after the
 *  noun of one: "the $7.5 billion budgeted", "the €2.6 billion initially budgeted", "the Rs 1.7 lakh
 *  crore originally budgeted", "2.1 trillion roubles envisaged by the budget law", "the budgeted
 *  amount", "the amount planned", "the sum provided for in the programme", with the plan named
 *  after it. Global, for blankAll. */
const BUDGETED_SUM_RE = new RegExp(
  String.raw`(?<=\d[\d.,]*(?:\s?(?:thousand|million|billion|trillion|bn|m|crore|lakh(?:\s+crore)?))?(?:\s+(?:${CURRENCY_WORD}))?\s+(?:(?:initially|originally|first|previously)\s+)?)(?:${PLANNED_PARTICIPLE})\b${PLAN_AGENT}|\b(?:budgeted|planned)(?=\s+(?:amount|sum|total)\b)|(?<=\b(?:amounts?|sums?|totals?)\s+)(?:${PLANNED_PARTICIPLE})\b${PLAN_AGENT}`,
  'gi',
);
/** A date written month first, "June 30, 2033": groups the month, the day, the year (global), so
 *  that it can be read as "30 June 2033". */
const MONTH_DAY_YEAR_RE =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+([0-3]?\d),\s+((?:19|20)\d\d)\b/g;
/** A past verb that states an outturn's level: "came to", "amounted to", "reached", "totalled",
 *  "ran at", "was", before its number or its sum ("came to $112.7 million", "amounted to €1.86
 *  billion", "reached ₹1,240 crore": the sum spent, then its percent of the budget), or of what was
 *  raised or collected ("The charge raised $48.7 million in 2032-33, 11% less than the $54.7
 *  million budgeted for the year"; v210). */
const PAST_OUTTURN_VERB_RE = new RegExp(
  String.raw`\b(?:(?:came|amounted|ran|stood|totall?ed|reached|was|were|ended|finished|closed)\s+(?:(?:the\s+year\s+)?(?:to|at|up\s+at|on)\s+)?|(?:raised|collected|earned|yielded|generated|brought\s+in)\s+)(?:(?:about|around|some|nearly|almost|just|only)\s+(?:over\s+|under\s+)?)?(?:(?:${CURRENCY_SIGN})\s?)?\d`,
  'i',
);
/** Right before a number, a target an outturn is set against, of no full year: "against a target
 *  of ", "within the programme target of ", "compared with the revised target of GH¢". */
/** After a target's number, the horizon the target names of its own: " set for 2035", " by 2030",
 *  " for end-2034". Groups: the preposition, the year. */
const TARGET_HORIZON_AFTER_RE =
  /^\s*(?:[^\s.;,]+\s+){0,2}?(?:set\s+|to\s+be\s+(?:met|reached)\s+)?(by|for|until|in)\s+(?:end-?|the\s+end\s+of\s+)?(?:FY\s?)?((?:19|20)\d\d)\b/i;
const TARGET_HELD_BEFORE_RE =
  /\b(?:against|within|versus|compared\s+(?:with|to)|exceeding|surpassing|beating|missing|(?:falling\s+)?short\s+of|above|below)\s+(?:the|a|an|its|their|our)\s+(?:(?!(?:full|annual|end|whole|year|yearly|medium)\b)[\w'’-]+\s+){0,2}?(?:target|goal)\s+(?:for\s+the\s+(?:period|month|quarter|half)\s+)?(?:of\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a sum, the words that set an outturn against the target it names: "101.8 percent
 *  of the ", "against its ", "short of the " (v210). */
const SUM_TARGET_BEFORE_RE =
  /\b(?:of|against|versus|exceeding|surpassing|missing|short\s+of|above|below)\s+(?:the|its|their|our)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Right after a sum, the noun that names it a target, with no horizon of its own: " target for
 *  the year", " revenue target" (not " target for 2036", " goal by 2030"). */
const SUM_TARGET_AFTER_RE =
  /^\s+(?:(?:annual|yearly|revenue|collection|sales|spending)\s+)?(?:target|goal)\b(?!\s+(?:set\s+)?(?:by|for|in)\s+(?:end-?)?(?:FY\s?)?(?:19|20)\d\d)/i;
/** Right before a number, the annual target of a whole year an outturn is set against:
 *  "exceeding the annual target of ", "against its full-year target of KSh " (v210). */
const YEAR_TARGET_HELD_BEFORE_RE =
  /\b(?:against|within|versus|compared\s+(?:with|to)|exceeding|surpassing|beating|missing|(?:falling\s+)?short\s+of|above|below)\s+(?:the|an?|its|their|our)\s+(?:annual|yearly|full[- ]year|whole[- ]year)\s+(?:[\w'’-]+\s+){0,2}?(?:target|goal)\s+(?:of\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Before a sum, a budget still to be voted as the subject of a present verb that puts money
 *  somewhere: "The draft budget allocates ", "the proposed 2032 estimates set aside ", "The budget
 *  bill earmarks ", "the Finance Bill 2032 reserves ", "The draft estimates tabled in Parliament
 *  set aside " (not "passed the draft budget, which allocates": a budget voted). */
const DRAFT_BUDGET_PUTS_BEFORE_RE =
  /(?:\b(?:draft|proposed|presented|tabled|submitted)\s+(?:(?:19|20)\d\d(?:[-–/]\d{2,4})?\s+)?(?:[\w'’-]+\s+){0,2}?(?:budgets?|estimates|budget\s+laws?)|\b(?:budget|appropriations?|finance|supply)\s+bills?)(?:\s+(?:19|20)\d\d(?:[-–/]\d{2,4})?)?(?:,?\s+(?:tabled|presented|submitted|published|sent)\s+(?:in|to|on|before|by)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?,?)?\s+(?:(?:also|now)\s+)?(?:allocates?|allots?|sets?\s+aside|reserves?|earmarks?|appropriates?|ring-?fences?|provides?)\s+(?:[^.;:]|\.\d)*$/i;

/** A condition of approval: "subject to Parliament's approval", "subject to approval by the
 *  Minister", "subject to the consent of shareholders", "subject to consultation", "subject to a
 *  vote of the assembly" (not "subject to a tax of", "subject to conditions"). */
const APPROVAL_CONDITION = String.raw`\bsubject\s+to\s+(?:(?:the|a|an|its|their|final|formal|further|prior)\s+)*(?:[\w'’-]+\s+){0,4}?(?:approvals?|consent|ratification|endorsement|confirmation|votes?|sign-off|assent|consultation|agreement\s+(?:by|of|from))\b`;
/** After a number, with no other number but a year between, a condition of approval. */
const APPROVAL_CONDITION_AFTER_RE = new RegExp(
  String.raw`^(?:[^.;:\d]|\b(?:19|20)\d\d\b)*?${APPROVAL_CONDITION}`,
  'i',
);
/** A sentence opening on a condition of approval, before its number: "Subject to the approval of
 *  the Monetary Board, the ratio will be cut to ". */
const APPROVAL_CONDITION_FRONTED_RE = new RegExp(
  String.raw`^\s*["“]?${APPROVAL_CONDITION}[^.;:\d]*,[^.;:\d]*$`,
  'i',
);
/** A condition told in the past: "was subject to approval", "had been subject to". */
const PAST_CONDITION_RE = /\b(?:was|were|had\s+been|became)\s+(?:\w+ly\s+)?subject\s+to\b/i;

/** A finite verb of attainment, with no modal, "to" or negation before it, then the target it
 *  took as its object, right before its number: "met its target of ", "has achieved the
 *  inflation target of ", "hit their leakage-reduction goal of ", "reached its goal of about ".
 *  Not "to meet its target of", "will reach", "has not met", "failed to hit", "yet to achieve". */
const ATTAIN = String.raw`(?:met|achieved|reached|hit|attained|fulfill?ed)`;
const PASS = String.raw`(?:exceeded|surpassed|beat|bettered|overshot|outstripped)`;
const NOT_YET = String.raw`(?<!\b(?:to|will|would|could|may|might|should|shall|must|not|never|yet|cannot)\s+)(?<!\b(?:has|have|had)\s+not\s+)`;
const TARGET_OBJECT = String.raw`\s+(?:(?:its|their|our|the|this|that|an?|[A-Z][\w-]*(?:'s|’s))\s+)?(?:[\w'’-]+\s+){0,4}?(?:targets?|goals?|objectives?|aims?)\s+(?:of|at)\s+(?:(?:about|around|some|roughly|just\s+over|over|more\s+than|at\s+least)\s+)?(?:[^\s\d]{1,4}\s?)?$`;
const TARGET_ATTAINED_BEFORE_RE = new RegExp(
  String.raw`${NOT_YET}\b${ATTAIN}${TARGET_OBJECT}`,
  'i',
);
const TARGET_PASSED_BEFORE_RE = new RegExp(String.raw`${NOT_YET}\b${PASS}${TARGET_OBJECT}`, 'i');
/** Right before a number, a target named as the subject: "the 2030 target of ", "Its goal of ". */
const TARGET_OF_BEFORE_RE =
  /\b(?:targets?|goals?|objectives?)\s+of\s+(?:(?:about|around|some|roughly|at\s+least)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** After a target's number, in its clause, a passive that says it was reached: "… was attained",
 *  "… has been met", "… were comfortably achieved" (not "was not met", "will be met"). */
const TARGET_ATTAINED_AFTER_RE = new RegExp(
  String.raw`^[^.;:]{0,60}?\b(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?${ATTAIN}\b`,
  'i',
);
const TARGET_PASSED_AFTER_RE = new RegExp(
  String.raw`^[^.;:]{0,60}?\b(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?(?:exceeded|surpassed|beaten|bettered|overshot|outstripped)\b`,
  'i',
);
/** A span of the year that an outturn to date covers: "the first half", "the six months to
 *  June", "the half-year", "the first nine months". */
const PART_OF_YEAR_SPAN_RE =
  /\b(?:(?:first|second)\s+half|(?:first|second|third)\s+(?:quarter|[a-z]+\s+months)|[a-z]+\s+months\s+(?:to|ended|ending)|half[- ]year)\b/i;
const MONTH_NAME = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
/** A span of months named by its last month and the year it ends in: "January to June 2033",
 *  "January–June 2033", "between April and June 2033", "from January through June 2033", "the six
 *  months to June 2033", "the quarter to June 2034" (v210). Groups: the last month, the year. */
const MONTH_SPAN_RE = new RegExp(
  String.raw`\b(?:${MONTH_NAME}\s?(?:to|through|until|and|-|–)\s?|(?:[a-z]+\s+months|quarter)\s+(?:to|ended|ending)\s+(?:end-?)?)(${MONTH_NAME})\s+((?:19|20)\d\d)\b`,
  'i',
);

/**
 * True when the sentence names a span of months that ended before the dateline's month, and no
 * year after the span's own.
 * @example monthSpanOver('revenue for January to June 2033 amounted to', 2033, 7) // true
 */
function monthSpanOver(sentence: string, documentYear?: number, documentMonth?: number): boolean {
  const span = MONTH_SPAN_RE.exec(sentence);
  if (span === null || documentYear === undefined || documentMonth === undefined) return false;
  const year = Number(span[2]);
  const end = year * 12 + MONTHS.indexOf(span[1]!.toLowerCase()) + 1;
  return (
    end < documentYear * 12 + documentMonth &&
    [...sentence.matchAll(/\b(?:19|20)\d\d\b/g)].every((y) => Number(y[0]) <= year)
  );
}
/** Before a number, a past verb that states an outturn's level, a currency sign or code allowed
 *  before the outturn's digits: "amounted to GH¢118.6", "came to Ksh 1.32", "was 2.0"; or a past
 *  verb of what was collected, raised, earned, lent or paid, with up to two words of its object
 *  ("collected KSh 221.4", "mobilised GH¢39.84", "collected net revenue of R2 184.6", "paid out
 *  R1.2", "brought in €96.3"; v125), but not a verb of planning or deciding ("budgeted",
 *  "approved"), a participle opening the subject ("Combined tourism revenue of 2.76") nor a
 *  change told by its verb ("increased by 17.5"). */
const PAST_OUTTURN_BEFORE_RE =
  /\b(?:(?:came|amounted|ran|stood|totall?ed|reached|was|were|ended|finished|closed)\s+(?:(?:to|at|up\s+at|on)\s+)?|(?<!^\s*|\b(?:the|a|an|its|their|our|his|her|this|that)\s+)(?!(?:expected|projected|forecasted|budgeted|planned|targeted|estimated|assumed|proposed|requested|needed|required|intended|aimed|hoped|scheduled|allowed|approved|allocated|earmarked|assigned|revised|lowered|cumulated)\b)[a-z]{3,}ed\s+(?!(?:[a-z]+\s+){0,2}?(?:by|to|from)\b)(?:(?:out|in|up)\s+)?(?:(?:net|gross|total)\s+)?(?:[a-z]+\s+){0,2}?(?:(?<=\b(?:revenue|receipts|collections?|income|sales|proceeds|disbursements|payments|a\s+total)\s+)of\s+)?|(?:paid|spent|lent|bought|sold|made|took|brought|won|drew)\s+(?:(?:out|in)\s+)?)(?:(?:about|around|some|nearly|almost|just|only)\s+)?(?:[^\s\d]{1,4}\s?)?\d/i;
/** A year not yet over named without its number: "this year", "the current year", "next year". */
const CURRENT_OR_NEXT_YEAR_RE =
  /\b(?:this|the\s+current|next|the\s+coming)\s+(?:(?:fiscal|financial|budget|calendar)\s+)?year\b/i;
/** Before a number, what a thing is estimated to cost: "estimate of the cost of the line is ",
 *  "estimates of the total cost of", "cost estimate", "estimate the tunnel to cost ", and what a
 *  project, a stage of one or its works is estimated at in the present ("The total project cost is
 *  estimated at ", "The total cost of the second stage is estimated at ", "the construction cost
 *  of the terminal is now estimated at "; not the cost of a thing done, "of last year's floods"). */
const COST_ESTIMATE_BEFORE_RE =
  /\b(?:estimates?\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?costs?\s+of\b|cost\s+estimates?\b|estimat(?:e|es|ing)\s+(?:[\w'’-]+\s+){1,4}?to\s+cost\b|(?:(?:total|project|capital|construction|investment)\s+(?:project\s+)?costs?(?:\s+of\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:project|stage|phase|line|plant|terminal|port|extension|expansion|works|scheme|programme|corridor|bridge|tunnel|road|railway)\b)?|\bcosts?\s+of\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:project|stage|phase|extension|expansion|works|scheme|programme)\b)\s+(?:is|are)\s+(?:now\s+|currently\s+)?estimated\s+at\b)[^.;]*$/i;
/** Before a sum, a cost its subject names as estimated and the present verb that states it: a
 *  participle of estimating before "cost" with any complement ("The estimated cost of the new
 *  hospital is now ", "Its estimated cost is ", "The anticipated cost of the upgrade has risen
 *  to "), or the noun of a current estimate, alone or of a cost or a works ("The latest estimate,
 *  which the board approved in May, is ", "The current estimate for the dam stands at "; not "the
 *  latest estimate of tax receipts"). */
/** Before a number in its clause, a noun of asking or proposing as the subject of a present verb
 *  of change, with no decision between: "the request raises the starting monthly pay of a private
 *  by ", "The budget proposal lifts the child benefit to ", "The draft budget cuts the fuel levy by
 *  ", "The bill raises the minimum wage to ", "the board's recommendation increases the dividend
 *  to ": what is asked for, not yet granted (README, Status). "The decision raises", "the ruling
 *  raises" and a request "approved" or "adopted" keep their reading. */
const PROPOSAL_SUBJECT_CHANGE_RE =
  /^(?:[^,;]*,\s*)?(?:the|this|its|their|our|a)\s+(?:[\w'’-]+\s+){0,3}?(?:requests?|proposals?|draft(?:\s+(?:budget|bill|law|estimates?))?|bills?|recommendations?|motion|submission|bid)\s+(?:would\s+)?(?:raises?|lifts?|cuts?|increases?|reduces?|lowers?|brings?|sets?|puts?|takes?|freezes?|doubles?|halves?|trims?|boosts?)\b(?![^.;]*\b(?:approved|adopted|passed|enacted|granted)\b)[^.;]*$/i;
const ESTIMATED_COST_SUBJECT_BEFORE_RE =
  /\b(?:(?:estimated|anticipated)\s+(?:[\w-]+\s+){0,2}?costs?\b(?:\s+(?:of|for)\s+[^,.;]*?)?|(?:total\s+(?:project\s+|programme\s+|program\s+)?|project\s+|programme\s+)costs?\b(?:\s+of\s+(?:the|this|that|its|their|each)\s+[^,.;]*?)?|(?:latest|current|revised|updated|most\s+recent)\s+(?:cost\s+)?estimate(?:\s+(?:of|for)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:costs?|project|programme|program|scheme|dam|line|plant|works|bridge|tunnel|road|railway|hospital|building|upgrade|contract|stage|phase|extension|terminal|port))?)(?:,\s*(?:which|that)\b[^,]*,)?\s+(?:(?:is|are)(?:\s+(?:now|currently))?|(?:now\s+|currently\s+)?stands?\s+(?:now\s+)?at|(?:has|have)\s+(?:now\s+)?(?:risen|grown|increased|climbed|gone\s+up|fallen)\s+to|totals?|amounts?\s+to|comes?\s+to)\s+(?:(?:about|around|some|roughly|nearly|almost|just\s+(?:over|under)|over)\s+)?$/i;
/** Before a number in its clause, an estimate, projection, forecast, outlook or guidance as the
 *  subject, with a determiner or possessor and what it is "of" or "for" (group subject), and a
 *  perfect of change: "The Department's estimate of the programme's total cost has risen from ",
 *  "The agency's cost estimate for the bridge has grown from $610 million to ", "Management's
 *  guidance for full-year revenue has been cut to ". A clause of contrast after the verb ("but",
 *  "while", "because"), a relative, another finite verb and a comma not before "from" or "to"
 *  end the clause the number must sit in. */
const ESTIMATE_SUBJECT_MOVED_BEFORE_RE =
  /\b(?:the|its|our|their|this|[\w.-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?(?:estimates?|projections?|forecasts?|outlook|guidance)(?<subject>\s+(?:of|for)\s+[^,.;:\d]*?(?:(?:19|20)\d\d(?:[-–/]\d{2,4})?[^,.;:\d]*?)?)?\s+(?:has|have)\s+(?:now\s+|also\s+|since\s+|again\s+)?(?:been\s+)?(?:(?:revised|marked|nudged|edged)\s+(?:up|down|upwards?|downwards?)|risen|grown|increased|climbed|jumped|gone\s+(?:up|down)|fallen|dropped|declined|slipped|widened|narrowed|raised|lifted|lowered|cut|reduced|trimmed|revised|upgraded|downgraded)\b(?:(?!\b(?:but|while|whereas|although|though|because|which|that|has|have|had|is|are|was|were|and\s+(?:the|its|our|their)\b)|,(?!\s*(?:from|to)\b))[^.;:]|\.\d)*$/i;
/** A span still ahead that a projection covers: a horizon ("the five-year horizon", "the
 *  medium-term horizon") or the period of a forecast, plan or programme ("the projection period",
 *  "the programme period"), after "over", "across", "during" or "throughout". */
const HORIZON_RE =
  /\b(?:over|across|during|throughout|within)\s+(?:the|our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:horizon|(?:forecast|projection|planning|plan|outlook|programme|program|budget)\s+period)\b/i;
/** A span of years named by a noun, not by its count: "the decade", "the next decade", "the
 *  coming two decades", "the period to 2040" (a span behind, "the past decade", "the decade to
 *  2031" dated later, and a past verb are left to the callers' checks). */
const SPAN_AHEAD_NOUN = String.raw`the\s+(?:(?:next|coming|following)\s+)?(?:(?:two|three)\s+)?decades?\b|the\s+period\s+(?:to|until|through)\s+(?:19|20)\d\d\b`;
/** After a sum, in its clause, the count of years it is spread over, not "for over" or "of over"
 *  (more than) nor a span behind ("over the past five years"): " over five years for", " in
 *  support over the next three years", " over 10 years". */
const YEARS_AHEAD_AFTER_RE = new RegExp(
  String.raw`^[^,;:()]{0,70}?(?<!\b(?:for|of|in|after|than)\s+)\bover\s+(?:(?:the\s+)?(?:(?:next|coming|following)\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[-\s](?:[\w-]+\s+)?years?\b|${SPAN_AHEAD_NOUN})`,
  'i',
);
/** After a figure, in its clause, "for" a count of years, months or quarters still to come,
 *  with at most two words of their kind between: " for the next two benefit years", " a year for
 *  the coming three fiscal years" (not " for the past two years", nor " for the next year", whose
 *  start is this year's). */
const FOR_SPAN_AHEAD_AFTER_RE =
  /^[^,;:()]{0,40}?\bfor\s+the\s+(?:next|coming|following)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:[\w-]+\s+){0,2}?(?:years|months|quarters)\b/i;
/** A present verb, third person, of change or of giving, that a figure's clause states it with:
 *  "raises", "lifts", "cuts", "increases … by", "provides", "delivers". Verbs of holding a level
 *  ("keeps", "holds", "freezes", "sets") state a decision and are left out. */
const PRESENT_VERB_OF_CHANGE_OR_GIVING_RE =
  /\b(?:raises|lifts|boosts|increases|cuts|reduces|lowers|trims|doubles|halves|extends|expands|adds|rises|falls|grows|climbs|declines|drops|provides|delivers|gives|pays|spends|invests|channels)\b/i;
/** Right after a sum, "this year", "the current year" or "this financial year" as the whole
 *  period it is for, optionally after "for" (not "so far this year", "this year so far", "to date",
 *  nor "this year's"). */
const OPEN_YEAR_SUM_AFTER_RE =
  /^\s+(?:for\s+)?(?:this|the\s+current)\s+(?:(?:financial|fiscal|budget|calendar)\s+)?year\b(?!['’]|\s+(?:so\s+far|to\s+date)|[-\s]to[-\s]date)/i;
/** Right after a sum, "for this year" or "for the current (financial) year": the year's whole sum. */
const FOR_OPEN_YEAR_AFTER_RE =
  /^\s+for\s+(?:this|the\s+current)\s+(?:(?:financial|fiscal|budget)\s+)?year\b(?!['’]|\s+(?:so\s+far|to\s+date))/i;
/** Right before a sum, a present verb of paying, spending, giving or receiving, simple or
 *  progressive: "are paying ", "spends ", "is investing ", "receives about ". */
const PRESENT_VERB_OF_PAYING_BEFORE_RE =
  /\b(?:(?:is|are)\s+(?:now\s+|still\s+)?(?:paying|spending|investing|transferring|receiving|contributing|borrowing|collecting|giving|providing|putting|channelling|channeling)|pays|spends|invests|transfers|receives|contributes|borrows|collects|gives|provides|gets|costs|(?<!\b(?:to|not|did|do|does)\s+)(?:pay|spend|invest|transfer|receive|contribute|borrow|collect|give|provide|get))\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|an\s+estimated|a\s+further|an\s+extra|another)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before a sum, a present or perfect verb of change that reaches it, or a present "is" or
 *  "stands at": "have risen to ", "has climbed to ", "rises to ", "are ", "stands at ". */
const REACHES_LEVEL_BEFORE_RE =
  /\b(?:(?:has|have)\s+(?:now\s+)?(?:risen|climbed|grown|increased|gone\s+up|fallen|dropped|declined|decreased)\s+to|(?:rises|climbs|grows|increases|falls|drops|declines)\s+to|(?:is|are)(?:\s+now)?|stands?\s+at)\s+(?:(?:about|around|some|nearly|almost|roughly|over|more\s+than|an\s+estimated)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Fronted, a span of years still ahead: "Over the next five years, ", "Across the coming three years ". */
const YEARS_AHEAD_FRONTED_RE = new RegExp(
  String.raw`\b(?:(?:over|across|during|in)\s+the\s+(?:next|coming)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[-\s]years?\b|(?:over|across)\s+${SPAN_AHEAD_NOUN})`,
  'i',
);
/** A past verb of money that looks like its present, with a singular subject or a sum after it:
 *  "The scheme cost $3 billion", "the ministry spent", "it put £2 billion into". "to cost" and
 *  "will cost" are ahead. */
const IRREGULAR_PAST_SUM_RE =
  /(?<!\b(?:to|will|would|could|may|might|can|should|the|a|its|their|total|estimated)\s+)\b(?:cost|spent|paid|lent)\s+(?:(?:the\s+\w+\s+)?(?:about|around|some|roughly|nearly|almost|over|more\s+than|less\s+than|just\s+(?:over|under))\s+)?(?:[$£€¥₹]|[A-Z]{1,3}\$|[A-Z]{2,3}\s?\d|R\$?\s?\d|\d)/;
/** An aside between commas that a relative opens: ", which the board approved in May,". */
const RELATIVE_ASIDE_RE = /,\s*(?:which|that|who)\b[^,]*,/gi;
/** A present perfect of change, which states a level now ("has risen to"), no past. */
const PRESENT_PERFECT_OF_CHANGE_RE =
  /\b(?:has|have)\s+(?:now\s+)?(?:risen|grown|increased|climbed|gone\s+up|fallen)\b/gi;
/** The outturn a budget is set against: "compared with an outturn of", "against last year's outturn",
 *  "27.3 per cent more than the outturn". */
const OUTTURN_BASE = String.raw`\b(?:compared\s+(?:with|to)|against|versus|from|over|on|than)\s+(?:(?:an?|the|its|last\s+year(?:'s|’s))\s+)?(?:[\w-]+\s+)?outturn\b`;
const OUTTURN_BASE_RE = new RegExp(OUTTURN_BASE, 'gi');
const OUTTURN_BASE_BEFORE_RE = new RegExp(
  String.raw`${OUTTURN_BASE}\s+(?:of|at)\s+(?:(?:about|around|some)\s+)?$`,
  'i',
);
/** A comparison's base named by the stage of a budget already adopted: "over the FY 2031 enacted
 *  level of ", "more than its 2031 appropriation of ", "up from the sanctioned allocation of ",
 *  "up from the board-approved ", "compared with the adopted fiscal 2031 level of ". The noun
 *  "appropriation" is such a stage by itself: a legislature has voted it. */
const ADOPTED_STAGE = String.raw`(?:[A-Za-z]+-)?(?:enacted|approved|adopted|appropriated|voted|sanctioned|authori[sz]ed|passed)`;
const BASE_DETERMINERS = String.raw`(?:(?:the|an?|its|their|our|his|her|this|last|current|previous|year(?:'s|’s)|[A-Z][\w.&-]*(?:'s|’s))\s+){0,3}`;
const BASE_PERIOD = String.raw`(?:(?:FY|fiscal(?:\s+year)?|financial\s+year)\s*)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?`;
const BASE_COMPARED = String.raw`\b(?:compared\s+(?:with|to)|against|versus|from|over|above|below|than|relative\s+to)\s+`;
const ADOPTED_BASE_BEFORE_RE = new RegExp(
  String.raw`${BASE_COMPARED}${BASE_DETERMINERS}(?:${BASE_PERIOD}\s+)?(?:${ADOPTED_STAGE}\s+(?:${BASE_PERIOD}\s+)?(?:[\w-]+\s+)?(?:levels?|budgets?|appropriations?|allocations?|funding|amounts?|totals?|estimates?|ceilings?|envelopes?|provisions?)\s+(?:of|at)\s+|appropriations?\s+of\s+|${ADOPTED_STAGE}\s+)(?:(?:about|around|some|nearly|almost)\s+)?$`,
  'i',
);
/** …and after the sum, the stage of the budget the sum is: "the €398 million adopted budget",
 *  "the $2.98 billion appropriated for". */
const ADOPTED_STAGE_AFTER_RE = new RegExp(
  String.raw`^\s+(?:${ADOPTED_STAGE}\s+(?:[\w-]+\s+)?(?:levels?|budgets?|appropriations?|allocations?|funding|amounts?|totals?|estimates?)\b|${ADOPTED_STAGE}\s+(?:for|in|under|by)\b)`,
  'i',
);
const BASE_COMPARED_BEFORE_RE = new RegExp(String.raw`${BASE_COMPARED}${BASE_DETERMINERS}$`, 'i');

/** Words of money a budget has already paid out: an outturn, not a plan. */
const SPENT_RE =
  /\b(?:spent|disbursed|executed|utili[sz]ed|paid\s+out|outturn|actual\s+(?:spending|expenditure)|was\s+spent)\b/i;

/** The currencies of the countries whose fiscal year runs from July to June (Australia, New
 *  Zealand, Pakistan, Bangladesh, Kenya, Egypt); a fiscal year written over two years elsewhere
 *  is taken to end with March, the earliest such end (India, Japan, South Africa, the United
 *  Kingdom). */
const JUNE_FISCAL_YEAR_UNITS: readonly Unit[] = ['AUD', 'NZD', 'PKR', 'BDT', 'KES', 'EGP'];
/** The countries of those currencies, by name. */
const JUNE_FISCAL_YEAR_COUNTRY_RE =
  /\b(?:Australia|New\s+Zealand|Pakistan|Bangladesh|Kenya|Egypt)\b/;

/** A document that says when its fiscal year ends: "the fiscal year ending September 30", "our
 *  financial year ends on 30 June" (group 1: the month). */
const FISCAL_END_STATED_RE =
  /\b(?:fiscal|financial)\s+years?\s+(?:ending|ended|that\s+ends|which\s+ends|ends)\s+(?:on\s+|in\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

/**
 * The month a fiscal year written over two years ends in: the one the document states ("the fiscal
 * year ending September 30"), else, for money in this unit (or, for a share, in the document's
 * first currency, or the country the sentence, else the title or opening, names), June in a
 * country whose fiscal year runs from July, else March.
 * @example fiscalYearEnd('KES', ctx) // 6
 * @example fiscalYearEnd('INR', ctx) // 3
 */
export function fiscalYearEnd(unit: Unit, ctx: BuildContext, text = '', sentence = ''): number {
  const stated = FISCAL_END_STATED_RE.exec(text);
  if (stated) return MONTHS.indexOf(stated[1]!.toLowerCase()) + 1;
  const own = isCurrency(unit) ? unit : ctx.currencies?.prefer[0];
  if (own !== undefined && JUNE_FISCAL_YEAR_UNITS.includes(own)) return 6;
  // "In Pakistan, growth … after an estimated 2.5 percent in FY32", "Kenya: Staff Concluding
  // Statement": an international publisher's text counts in US dollars, so the country its
  // sentence, else its title or opening, names tells whose fiscal year it is; money in another
  // currency of its own keeps that currency's.
  if (JUNE_FISCAL_YEAR_COUNTRY_RE.test(sentence)) return 6;
  if (isCurrency(unit) && unit !== 'USD') return 3;
  return JUNE_FISCAL_YEAR_COUNTRY_RE.test(titleAndTop(ctx.budgetTitle)) ? 6 : 3;
}

/**
 * True when the sentence names a budget for a period that is not over by the document's date:
 * one that ends after its year ("2032-33" in 2032), one written over two years that ends in it,
 * dated by the month such a fiscal year ends in (`fiscalEnd`: "the 2031/32 budget" in March 2032,
 * or in June 2032 where fiscal years end in June), or a calendar year from it on ("the 2032
 * budget" in 2031 or 2032). With no dateline, nothing is known to be open.
 * @example openBudget('unveiled the budget for the fiscal year 2032-33', 2032) // true
 * @example openBudget('the 2031/32 budget includes', 2032, 6, 6) // true
 * @example openBudget('the 2031/32 budget includes', 2032, 6) // false
 */
function openBudget(
  sentence: string,
  documentYear: number | undefined,
  documentMonth?: number,
  fiscalEnd = 3,
): boolean {
  // "Under this year's budget the shortfall is fixed at …": the year the document is written in is
  // not over, whatever its date.
  if (OPEN_YEAR_BUDGET_RE.test(sentence)) return true;
  const named = BUDGET_PERIOD_RE.exec(sentence);
  if (!named || documentYear === undefined) return false;
  const first = Number(named[1] ?? named[3] ?? named[5]);
  const second = named[2] ?? named[4] ?? named[6];
  if (second === undefined) return first >= documentYear;
  const last =
    second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
  return (
    last > documentYear ||
    (last === documentYear &&
      last === first + 1 &&
      documentMonth !== undefined &&
      documentMonth <= fiscalEnd)
  );
}

/** Between a number and a budget named after it, the break to a new clause with a subject of its
 *  own: "; ", ", and the ", ", while the ", ", but its ". */
const NEW_CLAUSE_BREAK_RE =
  /;|,\s+(?:and|but|while|whereas)\s+(?:the|a|an|its|their|this|our|Parliament|Congress)\b/i;

/**
 * True when the only budget the sentence names comes after the number, past a break to a clause
 * of its own: "Revenue rose by 18 percent to $12 billion, and the 2034 budget provides $1.1
 * billion", dated 2034: the budget plans its own clause's money, not the outturn before it.
 * @example budgetInLaterClause('Revenue rose 18% to $12 billion, and the 2034 budget provides $1 billion.', 33) // true
 */
function budgetInLaterClause(sentence: string, end: number): boolean {
  const named = BUDGET_PERIOD_RE.exec(sentence);
  if (!named || named.index < end || OPEN_YEAR_BUDGET_RE.test(sentence.slice(0, end))) return false;
  return NEW_CLAUSE_BREAK_RE.test(sentence.slice(end, named.index));
}

/** A budget named as the point a span runs from: "Since the 2031-32 Budget", "since Budget 2031".
 *  With a past or perfect verb, what was done since is an outturn, not the budget's plan. */
const SINCE_BUDGET_RE =
  /\bsince\s+(?:the\s+)?(?:(?:FY\s?)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?\s+(?:[A-Z][\w'’]*\s+){0,2}Budget|Budget\s+(?:19|20)\d\d)\b/i;
/** A year or fiscal year a sentence names: "2031-32", "2031–2032", "FY2032", "fiscal 2031/32",
 *  "fiscal years 2032 through 2036" (the first), "2036". Groups: prefix ("FY", "fiscal"), first
 *  year, second year's digits. A year that names an earlier publication ("the fall 2030 Update",
 *  "the 2030 Budget") is left out by PUBLICATION_YEAR_RE before. */
const SENTENCE_PERIOD_RE =
  /(?:\b(?<prefix>FY\s?|fiscal\s+(?:years?\s+)?)|\b)(?<first>(?:19|20)\d\d)(?:\s?[-–/]\s?(?<second>(?:19|20)?\d\d)(?!\d))?\b/gi;
/** A year that names a publication, not a period: "the fall 2030 Update", "the 2030 Budget",
 *  "Budget 2030". */
const PUBLICATION_YEAR_RE =
  /\b(?:(?:spring|summer|fall|autumn|winter)\s+(?:19|20)\d\d(?:\s+(?:[A-Z][\w'’]*\s+){0,3}(?:Update|Statement|Review|Outlook))?|(?:19|20)\d\d\s+(?:[A-Z][\w'’]*\s+){0,3}?(?:Update|Statement|Review|Outlook)\b|Budget\s+(?:19|20)\d\d)\b/g;
/** A span measured to date inside a period: "so far", "to date", "year-to-date", "the first half of",
 *  "as at 5 March", "April to October". */
/** A span measured up to a date: "so far", "to date", "year-to-date", "as of end-July", "as at 30 June". */
const RUNNING_TO_DATE_RE =
  /\b(?:so\s+far|to\s+date|year[-\s]to[-\s]date|as\s+(?:at|of)\s+(?:(?:the\s+)?end[-\s](?:of\s+)?)?(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;
const MEASURED_TO_DATE_RE =
  /\b(?:so\s+far|to\s+date|year[-\s]to[-\s]date|(?:first|second|third|1st|2nd|3rd)\s+(?:half|quarter|\w+\s+months)|as\s+(?:at|of)\s|since\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s*(?:to|[-–])\s*(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;
/** A finite verb in the past or perfect: "was", "were", "had", "has been", "have provided", "rose",
 *  "kept the rate", "increased by", "decided to" (a verb in "-ed" with its object, "by" or "to"; not
 *  "is adjusted", "compared to", "the proposed", nor the participle of a ranked list, "$4 million,
 *  followed by"). */
const PAST_FINITE_RE =
  /\b(?:was|were|had|(?:has|have)\s+(?:\w+ly\s+)?(?:been|[a-z]{2,}ed|grown|risen|fallen|seen|made|paid|kept|held|left|spent)|rose|fell|grew|stood|kept|held|left|spent|paid|took|gave)\b|(?<!\b(?:is|are|be|been|being|the|an?|its|their|our|of)\s+)\b(?!(?:compared|based|related|estimated|projected|expected|forecasted|planned|budgeted|proposed|allocated|dedicated|targeted|indicated|needed|followed\s+by)\b)[a-z]{3,}ed\s+(?:the|an?|its|their|our|by|to|[$£€]|\d)/i;
/** Right before a percent, a project's internal rate of return: "an internal rate of return
 *  (IRR) above ", "an IRR of ". */
const INTERNAL_RETURN_BEFORE_RE =
  /\b(?:internal\s+rates?\s+of\s+return|IRRs?)\b(?:\s*\(IRR\))?\s+(?:of\s+|at\s+)?(?:(?:above|over|below|under|around|about|nearly|almost|more\s+than|less\s+than|in\s+excess\s+of|exceeding|of\s+over|of\s+about)\s+)?$/;
/** A sentence's fronted phrase of what came before: "After a record $88 billion in 2030–31, ",
 *  "Following growth of 3.1% in 2030, ". */
const FRONTED_AFTER_RE = /^(?:After|Following)\s+[^,;:]{3,120}?,\s/;
/** After a sum, the forecast it was taken off or added to: " off the March forecast", " to
 *  the previous estimate". */
const TAKEN_OFF_FORECAST_RE =
  /^\s+(?:off|from|to|onto)\s+(?:the|its|their|our)\s+(?:[\w-]+\s+){0,3}?(?:forecasts?|projections?|estimates?)\b/i;
/** A lead-in that ends in a colon and a line break, then an item marked by a roman numeral or a
 *  letter: "data, which indicate that:\ni. ", "as follows:\n(b) ". Group 1 is the item so far. */
const ITEM_AFTER_LEAD_IN_RE = new RegExp(String.raw`:\s*\n\s*(?:${LETTER_MARK}\s+)([^:]*)$`);

/**
 * True when the number stands in an item below a lead-in that ends in a colon, and the item has a
 * past verb of its own before it: a budget the lead-in names ("while the 2031 budget was
 * presented …, the data indicate that:") does not make the item's outturn planned.
 * @example pastItemAfterLeadIn('the 2031 budget was presented, data indicate that:\ni. Growth was ') // true
 * @example pastItemAfterLeadIn('The 2031 budget provides:\ni. ') // false
 */
function pastItemAfterLeadIn(before: string): boolean {
  const item = ITEM_AFTER_LEAD_IN_RE.exec(before);
  return item !== null && PAST_FINITE_RE.test(item[1]!);
}

/** A plan made to do something: "has been drafted to improve", "was designed to cut". */
const PLAN_MADE_TO_RE =
  /\b(?:(?:has|have|had)\s+been|was|were)\s+(?:drafted|designed|prepared|developed|adopted|devised|framed)\s+to\s+[a-z]+\b/gi;

/**
 * True when every period a sentence names is still open at the document's date and one of them is
 * a fiscal year: one written over two years that ends after the dateline (by `fiscalEnd`, the
 * month such years end in), or a year prefixed "FY" or "fiscal", or any year, after the
 * dateline's. Years that name an earlier publication do not count.
 * @example fiscalYearsOpen('For 2031-32, the grants amount to £1.1bn.', 2031, 3) // true
 * @example fiscalYearsOpen('a deficit of $6.6 billion in 2031-32, after $5 billion in 2030', 2031, 10) // false
 */
function fiscalYearsOpen(
  sentence: string,
  documentYear: number | undefined,
  documentMonth: number | undefined,
  fiscalEnd = 3,
): boolean {
  if (documentYear === undefined) return false;
  const read = sentence.replace(PUBLICATION_YEAR_RE, ' ');
  const periods = [...read.matchAll(SENTENCE_PERIOD_RE)];
  let fiscal = false;
  for (const { groups, index } of periods) {
    const first = Number(groups!.first);
    const second = groups!.second;
    const last =
      second === undefined
        ? first
        : second.length === 2
          ? Math.floor(first / 100) * 100 + Number(second)
          : Number(second);
    const twoYear = second !== undefined && last === first + 1;
    const open =
      last > documentYear ||
      (twoYear &&
        last === documentYear &&
        documentMonth !== undefined &&
        documentMonth <= fiscalEnd);
    if (!open) return false;
    // "an increase of £6.34, or 2.99%, on 2034/35", "| Change on 2033-34 |": a year still open that
    // a change is measured against is its base, no period the figures are of; a base that is over
    // ("2.8 per cent less than in 2032-33") keeps the sentence from being all of open years (v208).
    if (CHANGE_BASE_BEFORE_RE.test(read.slice(Math.max(0, index - 80), index))) continue;
    if (twoYear || groups!.prefix !== undefined) fiscal = true;
  }
  return fiscal;
}

/** Before a year, the words that make it the base a change is measured against: a change's noun,
 *  verb or number, then "on", "over", "compared with", "against", "relative to" or "than" ("an
 *  increase of £6.34, or 2.99%, on 2034/35", "Change on 2033-34", "up 3.1% over the 2034-35"). */
const CHANGE_BASE_BEFORE_RE =
  /(?:\b(?:increases?|rises?|rose|up|down|falls?|fell|changes?|growth|grew|higher|lower|more|less|cuts?|decreases?|reductions?)|\d\s?%|\d\s?(?:per\s?cent|percent)|\d)(?:,?\s+(?:or\s+)?(?:[^\s,;.]|\.(?=\d))+){0,3}?,?\s+(?:on|over|compared\s+(?:with|to)|against|relative\s+to|than(?:\s+in)?)\s+(?:the\s+|its\s+)?$/i;

/** Data and forecasts named together, as a lead-in to a list of both ("weighed the following data
 *  and projections:"): no hedge of an item, which says for itself which it is. */
const DATA_AND_FORECASTS_RE =
  /\b(?:information|data|developments|indicators)\s+and\s+(?:projections|forecasts)\b|\b(?:projections|forecasts)\s+and\s+(?:information|data|developments|indicators)\b/gi;

/** A bracket that names what the figure is not, "(rather than amounts budgeted for it)", "(as
 *  opposed to the planned sum)": the plan it is set against hedges nothing. */
const CONTRASTED_ASIDE_RE =
  /\(\s*(?:rather\s+than|as\s+opposed\s+to|instead\s+of|not)\s[^()\d]{1,120}\)/gi;

/** A predicate with no subject of its own after "but" that says a level holds, up to the number:
 *  "…, but remains well under ", "but stays below ". After a "will" (WILL_BEFORE_BUT_RE) it goes on
 *  with that forecast: "The debt will climb for two years but stays under 50% of GDP". */
const STAYS_AFTER_WILL_LEAD_RE =
  /(?:,\s*|\s)but\s+(?:still\s+)?(?:remains|stays)\s+(?:(?:well|comfortably|just|far)\s+)?(?:below|under|above|over|at|around|near)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** The clause before "but", with "will" and no stop after it: "The debt will still climb for a few
 *  years, ". */
const WILL_BEFORE_BUT_RE = /\bwill\b[^.;:]*$/i;

/** A budget named by a year that is not over: "this year's budget", "next year's draft budget",
 *  "the current year's budget". */
const OPEN_YEAR_BUDGET_RE =
  /\b(?:this|next|the\s+(?:current|coming))\s+year(?:'s|’s)\s+(?:(?:federal|national|state|annual|general|government|draft|proposed)\s+)?budget\b/i;

/** An allocation in the present or with no verb: "provides (delivers, includes, sets out,
 *  commits, receives, is investing) … $2 billion", "$2 billion is allocated (set aside, made
 *  available) to", "$2 billion goes to", "takes (lifts, brings) … to $2 billion", "$2 billion for (in funding for, to deliver)",
 *  "a budget with a $2 billion … package". */
const ALLOCATION_RE =
  /\bbudget\s+with\s+(?:an?\s+)?[$£€]\s?\d|\b(?:provides?|delivers?|includes?|sets?\s+out|invests?|allocates?|commits?|earmarks?|dedicates?|devotes?|receives?|gets?|(?:is|are|am)\s+(?:also\s+|now\s+)?(?:investing|providing|allocating|committing|putting|delivering|earmarking))\b[^.;:]*?[$£€]\s?\d|[$£€]\s?\d(?:[^.;:]|\.\d)*?\b(?:(?:is|are)\s+(?:also\s+|now\s+)?(?:being\s+)?(?:allocated|provided|set\s+aside|earmarked|committed|invested|made\s+available|dedicated|devoted)|goes\s+to|go\s+to)\b|\b(?:takes?|take|lifts?|brings?)\b[^.;:]{0,60}?\bto\s+[$£€]\s?\d|[$£€]\s?\d[\d,.]*(?:\s*(?:million|billion|bn|m)\b)?\s+(?:in\s+(?:new\s+)?funding\s+for|for|to\s+(?:deliver|fund|support|build|provide|expand))\b/i;
/** A budget's scaled sum: "$410 million", "Rs 2,500 crore", "R4,6 billion", "€71.9m", and with any
 *  other sign of a currency, "¥28.1 trillion", "₩30.2 trillion", "₦262.3 billion", "₱1.5 trillion",
 *  "GH₵28.4 billion", "₸8.2 trillion" (Unicode's class of currency signs, not a list: a budget is
 *  told in its country's money) (not a price or a sum per head, "$498 per household"). */
const BUDGET_SUM_RE =
  /(?:\p{Sc}|\bRs\.?|\bR(?=\d)|\b[A-Z]{3})\s?\d[\d.,]*\s?(?:million|billion|trillion|crore|lakh|bn|m)\b/iu;
/** Before a sum, the verb or noun of a decision that puts money somewhere: "approved", "adopted",
 *  "allocations", "the enacted level", "has been raised to", "is being lifted by a third, to", "set
 *  at". */
const BUDGET_DECISION_RE =
  /\b(?:approv(?:ed?|als?)|adopt(?:ed?|ion)|allocat(?:ed|ions?)|appropriated|enacted|earmark(?:ed|s)?|set\s+(?:aside|at)|(?:raised|cut|lifted|increased|reduced)(?:\s+by\s+(?:[^.;\d]|\d[\d.]*){1,30}?,?)?\s+to\s+\D{0,4}\d)/i;
/** Before a sum, a level the body sets or holds rather than spends: a rate, charge, fee, fare,
 *  cap or threshold, a stock of debt or reserves, a value ("the levy is", "debt stands at"). A
 *  rank kept ("remains the largest recipient at") holds no level: the sum is the item's line. */
const SET_LEVEL_RE =
  /\b(?:rates?|charges?|fees?|fares?|levy|levies|tariffs?|prices?|caps?|thresholds?|limits?|ceilings?|exemptions?|interest|debts?|reserves?|balances?|values?|(?:remains?|stands?)(?!\s+(?:the|its|our|their)\s+(?:[\w-]+\s+){0,2}?(?:largest|biggest|main|top|leading|principal|second|third)\b))\b/i;
/** After a number, the words that name it, up to a comma or a joining word: " cut to public
 *  transport fares" (not " as the matching rate drops"). */
const OWN_NOUN_AFTER_RE = /^(?:(?![,;:.]|\s(?:as|while|and|but|which|after|with)\s).){0,40}/;
/** A list under a lead-in that names decisions, up to the number in one of its items: "Key
 *  highlights of the allocations:\n(i) Roads: $2 billion;\n(ii) Rail: ", and a list under a short
 *  heading that names them ("Main allocations\n\n• Roads receive $2 billion"); "The following
 *  charges were agreed for 2027/28:" names decisions too, while "agreed to" names a plan. */
/** A list under a lead-in, or a short heading, up to the number in one of its items. */
const listUnder = (leadIn: string, heading: string): RegExp =>
  new RegExp(
    String.raw`(?:${leadIn}[^\n]*:|(?:^|\n)[ \t]*(?:[A-Z][\w-]*\s+){0,3}${heading}[ \t]*\n)\s*\n(?:${LIST_ITEM}[^\n]*\n+)*${LIST_ITEM}[^\n]*$`,
    'i',
  );
const DECIDED_LIST_BEFORE_RE = listUnder(
  String.raw`\b(?:(?:allocat|approv|adopt|appropriat|earmark)\w*|agreed(?!\s+to\b))`,
  '(?:allocations|approvals|appropriations)',
);
/** The same list under a lead-in whose decision is told in the past or perfect: "The following
 *  sums have been allocated in the budget:", "The following charges were agreed:" (not "The
 *  budget allocates the following sums:", which a budget still before its vote proposes). */
const DECIDED_PAST_LIST_BEFORE_RE = listUnder(
  String.raw`\b(?:has|have|had|was|were)\s+(?:(?:now|already|also)\s+)?(?:been\s+)?(?:allocat|approv|adopt|appropriat|earmark|agre)ed\b`,
  '(?!)',
);
/** Right after a share, a benchmark or guideline it is: " benchmark", " spending guideline". */
const BENCHMARK_AFTER_RE = /^\s+(?:[\w-]+\s+)?(?:benchmarks?|guidelines?)\b/i;
/** Right before a share, a benchmark, guideline or anchor naming it: "a benchmark of ", "its
 *  guideline of at least ", "the debt anchor of ". */
const BENCHMARK_BEFORE_RE =
  /\b(?:benchmarks?|guidelines?|anchors?)\s+of\s+(?:(?:about|around|at\s+least|at\s+most)\s+)?$/i;
/** Right after a share, a ceiling or floor it is: " ceiling", " cap on GDP", " floor". */
const LIMIT_AFTER_RE = /^\s+(?:[\w-]+\s+)?(?:ceilings?|floors?|caps?)\b/i;
/** Right before a share, a ceiling or floor naming it: "a floor of ", "its ceiling of about ". */
const LIMIT_BEFORE_RE =
  /\b(?:ceilings?|floors?|caps?)\s+of\s+(?:(?:about|around|at\s+least|at\s+most)\s+)?$/i;
/** A line in force by law or for years: "laid down in", "enshrined", "statutory", "has applied
 *  since", an Act. */
const LINE_IN_FORCE_RE =
  /\b(?:laid\s+down|enshrined|in\s+force|statutory|(?:has|have|had)\s+(?:applied|been\s+in\s+force)|Act)\b/;
/** An aggregate a share of it is held to: GDP, spending, a budget, debt. */
const AGGREGATE_WORD_RE =
  /\b(?:GDP|GNI|GNP|national\s+income|output|spending|expenditures?|outlays?|budgets?|debt|deficit)\b/i;
/** A list under a lead-in that names a request, a proposal, a recommendation or a budget (group 1),
 *  up to the number in one of its items: "Highlights of the request:\n- Ships: ", "Of the FY2032
 *  budget:\n• Pay is ", "The panel recommends these fees:\n• Permits: up 4% to " ("advises", which may
 *  only inform, names no request), or under a heading line that names one, with no colon and no
 *  sentence's end ("Budget for 2035 at a glance\n- School MOOE: ", v150). */
const PLANNED_LEAD_WORD = String.raw`\b(?:requests?|requested|proposals?|proposed|draft|recommend\w*|budget)\b`;
const PLANNED_LIST_BEFORE_RE = new RegExp(
  String.raw`(?:^|\n)((?:[^\n]*${PLANNED_LEAD_WORD}[^\n]*(?=:))|(?:[^\n.;:!?]*${PLANNED_LEAD_WORD}[^\n.;:!?]*(?=\n)))[ \t]*:?\s*\n(?:${LIST_ITEM}[^\n]*\n+)*${LIST_ITEM}[^\n]*$`,
  'i',
);
/** Needs a plan or an assessment costs, as a whole a part is taken of: "total needs", "the needs
 *  identified", "recovery and reconstruction needs" (v155). A country's food, energy or water needs
 *  (what it consumes) and a bank's liquidity or capital needs name no sum sought. */
const NEEDS_WHOLE = String.raw`(?:(?:total|overall|estimated|assessed|identified|unmet|remaining|recovery|reconstruction|rehabilitation|humanitarian|funding|financing|investment|and)\s+)*needs(?:\s+(?:identified|assessed|estimated)(?:\s+(?:by|in)\s+(?:the\s+)?[\w'’-]+)?)?`;
/** The words naming a whole as a requirement, a request or an appeal, or what is sought,
 *  requested or required (a noun phrase, no "what" clause): "the requirements", "the plan's
 *  requirements", "the spending request", "the funding sought", "the financing requested". */
const REQUEST_WHOLE = String.raw`(?:(?:the|its|their|this|that|our)\s+)?(?!what\b)(?:(?:[\w'’-]+\s+){0,3}?(?:requirements?|request|appeal|(?<=\b(?:funding|financing|funds|money|sum|amount|support|assistance|resources)\s+)(?:sought|requested|required)|(?:requested|required|sought)\s+(?:total|amount|sum|funding|funds|money|budget|level))|${NEEDS_WHOLE})\b`;
/** From a share or sum on (its stated words and what follows), its whole named as a request:
 *  "41 per cent of the requirements", "40% of the funding sought from the federal programme". */
const REQUEST_WHOLE_AFTER_RE = new RegExp(String.raw`^[^,;()]{0,30}?\sof\s+${REQUEST_WHOLE}`, 'i');
/** Anywhere, a whole named as a request after "of". */
const REQUEST_WHOLE_ANY_RE = new RegExp(String.raw`\bof\s+${REQUEST_WHOLE}`, 'gi');
/** Right before a sum, a share of a request it restates: "a fifth of the requirement, ". */
const REQUEST_WHOLE_APPOSED_RE = new RegExp(
  String.raw`\bof\s+${REQUEST_WHOLE}\s*,\s*(?:about\s+|some\s+|around\s+)?[^\s\d]{0,4}$`,
  'i',
);
/** Right before a sum, a part of a request listed on with its verb left out: "accounts for 62% of
 *  the requested total, and the CDBG-DR program for a further ", "makes up 41 per cent of the
 *  requirements and shelter for another " (v155: the gapped verb is the one of make-up before). */
const REQUEST_PART_GAPPED_RE = new RegExp(
  String.raw`\bof\s+${REQUEST_WHOLE}[^.;\d]{0,40}?,?\s+and\s+(?:the\s+)?[^,;.\d]{1,80}?\s+for\s+(?:a\s+further|another|the\s+remaining|the\s+rest)?\s*(?:(?:about|around|some|nearly)\s+)?[^\s\d]{0,4}\s?$`,
  'i',
);
/** Before a number, "of which" after a verb of asking or requiring: "requests US$4.2 billion, of
 *  which food security accounts for ", "seeks $900 million, of which ". */
const REQUEST_OF_WHICH_BEFORE_RE =
  /\b(?:seeks?|seeking|requests?|requesting|requires?|requiring|asks?\s+for|appeals?\s+for|calls?\s+for)\b[^.;]*?,\s*of\s+which\b[^.;]*$/i;
/** Earlier in a sentence, a share of a request, listed on with "followed by" or "and": "accounts
 *  for 41 per cent of the requirements, followed by shelter (". */
const REQUEST_SHARE_EARLIER_RE = new RegExp(
  String.raw`\d\s?(?:%|per\s?cent|percent)\s+of\s+${REQUEST_WHOLE}[^.;]*$`,
  'i',
);
/** The base a comparison names, up to its year: " than in 2025", " compared with 2024". */
const THAN_YEAR_RE = /\b(?:than|compared\s+(?:with|to))\s+[^,;.]{0,40}?\b(?:19|20)\d\d\b/gi;
/** Money that came in against a request, by its verb or noun: "received", "covered", "funded",
 *  "contributions", "disbursements", "receipts". */
const RECEIVED_AGAINST_RE =
  /\b(?:receiv(?:ed|es|ing)|receipts?|cover(?:ed|s|ing)|funded|contribut\w*|paid|payments?|disburs\w*|raised|secured|met|spent)\b/i;
/** A verb of make-up in the past: "accounted for", "represented", "made up". */
const PAST_MAKE_UP_RE = /\b(?:accounted|represented|comprised|constituted|made\s+up)\b/i;
/** A line of a list: a bulleted item, or a "label: " line ("Federation-wide: ", "East Africa: "). */
const LISTED_LINE = String.raw`(?:${LIST_ITEM}|[ \t]*[A-Z][^\n:.]{0,60}:\s)`;
/** A heading's section number or letter before its words: "2. ", "4.2 ", "II. ", "A. ", "2) ",
 *  "(b) ", as budget requests, appeals and reports number their parts; its dot ends no sentence. */
const SECTION_NUMBER = String.raw`(?:(?:\(?(?:\d{1,2}(?:\.\d{1,2}){0,2}|[IVX]{1,5}|[A-H])[.)]|\d{1,2}(?:\.\d{1,2}){1,2})[ \t]+)?`;
/** A short heading or lead-in (no sentence) that names what is required, asked for, sought,
 *  needed or pledged (group 1), over a list, up to the number in one of its items: "Sector
 *  requirements\n- Health: ", "Funding sought from the federal programme\n\n- Rail: ", "Pledges
 *  announced (in the currency of announcement)\n- Norway: ". */
const REQUIRED_LIST_BEFORE_RE = new RegExp(
  String.raw`(?:^|\n)[ \t]*${SECTION_NUMBER}([^\n.;:]{0,80}\b(?:requirements?|required|requests?|requested|sought|needs|pledges?|pledged)\b[^\n.;:]{0,80}?):?[ \t]*\n\s*(?:${LISTED_LINE}[^\n]*\n+)*${LISTED_LINE}[^\n]*$`,
  'i',
);
/** In such a heading, money that came in or was granted, a rule's requirement or a pledge of
 *  collateral: "Funding received against requirements", "Pledges paid", "Requests granted",
 *  "Capital requirements", "Assets pledged as collateral"; not what is "not yet paid" or "not
 *  funded", still owed. */
const REQUIRED_HEAD_GRANTED_RE =
  /(?<!\bnot\s+(?:yet\s+)?)\b(?:received|paid|disbursed|funded|granted|approved|allocated|met|contributed|spent|collected|raised|to\s+date|against|coverage|collateral|security|(?:capital|reserve|liquidity|margin|minimum|regulatory|prudential|buffer|disclosure|eligibility|entry)\s+requirements?)\b/i;
/** In a listed item's own words, a decision or a receipt: "DREF allocated: ", "Paid: ". */
const ITEM_DECIDED_RE =
  /\b(?:allocated|approved|received|paid|disbursed|granted|committed|spent|released|transferred|contributed|funded|raised)\b/i;
/** After a figure, its words up to a comma or the base it is compared with: " last year" in "rose
 *  5% last year", nothing of " than in 2029". */
const ITEM_TAIL_AFTER_RE = /^[^,;]*?(?=\b(?:than|what|from|over|against|compared)\b|[,;]|$)/i;
/** Stated words that end on the word opening a base: "nearly double what", "5% more than". */
const COMPARED_BASE_END_RE = /\b(?:than|what|from|over|against)\s*$/i;
/** A lead-in that names what is asked for, not granted: "request", "proposal", "draft", what a
 *  body "recommends" ("we recommend:"); one that says it was accepted or agreed ("the
 *  recommendations the minister accepted:") is granted. */
const REQUEST_LEAD_RE =
  /^(?![^\n]*\b(?:accept|agree|adopt|approv|endors|ratif)\w*)[^\n]*\b(?:requests?|requested|proposals?|proposed|draft|recommend\w*)\b/i;
/** A past verb PAST_FINITE_RE leaves out: "went to", "got", "touched", "marked down". */
const OTHER_PAST_RE =
  /\b(?:went|got|came|brought|sought|touched|[a-z]{3,}ed\s+(?:up|down|back|off|out))\b/i;
/** A sentence that restates a figure before it, whose status it takes: "This represents",
 *  "That is". */
const RESTATES_BEFORE_RE = /^\s*(?:This|That|These|It)\s+(?:represents?|is|are|means?|amounts?)\b/;
/** A present passive of holding, no past: "is held at", "are kept at". */
const HELD_AT_RE = /\b(?:is|are)\s+(?:held|kept)\s+at\b/gi;
/** A document's word that what it sets out awaits a vote or consent: "subject to the approval of
 *  both Houses", "subject to Parliamentary approval", "subject to approval by the regulator". */
const AWAITING_APPROVAL_RE =
  /\bsubject\s+to\s+(?:the\s+)?(?:[A-Z]?[a-z]+\s+)?(?:approval|consent|confirmation|ratification)\b/i;
/** A budget named with its year, before or after the word: "2033 Operating and Capital Budget",
 *  "Annual Budget 2033", "the budget for 2033". Groups: the year, one of the two. */
const BUDGET_YEAR_RE =
  /\b(20\d\d)\s+(?:[\w-]+\s+){0,3}?budget\b|\bbudget\s+(?:for\s+)?(20\d\d)\b(?![-–/]\d)/i;
/** A title or opening that puts a budget to a vote: "Budget Estimates 2032-33 presented to the
 *  Committee", "Proposed FY2033 budget", "I transmit my recommended budget", "the draft budget". */
const PRESENTED_BUDGET_RE =
  /\b(?:draft|proposed|recommended|presented|presents|presenting|tabled|submitted|transmit(?:s|ted|ting)?)\b[^.\n]{0,60}?\bbudget\b|\bbudget\b[^.\n]{0,60}?\b(?:presented|proposed|tabled|submitted)\b/i;
/** The past verbs that put a budget forward, which say nothing of what the budget holds. */
const PRESENTING_VERB_RE = /\b(?:presented|tabled|submitted|transmitted|proposed|recommended)\b/gi;
/** A decision in the presenting phrase's sentence: "The budget presented on 1 March has
 *  allocated" reports a decision; a title that says it was adopted, approved or set too. */
const PRESENTED_DECIDED_RE =
  /\b(?:(?:has|have|was|were)\s+(?:\w+\s+)?(?:allocated|approved|adopted|passed|enacted)|adopt(?:s|ed)|approv(?:es|ed)|pass(?:es|ed)|agreed)\b/i;
/** A level held where it is: "stays at", "remains", "unchanged", "is held at", "continues". */
const LEVEL_HELD_RE = /\b(?:stays?|remains?|unchanged|(?:is|are)\s+(?:held|kept)|continues?)\b/i;

/**
 * True when a document's title or opening puts a budget to a vote still to come, and the sentence
 * that does so names no decision.
 * @example presentsBudget({ title: 'Budget 2033 presented to the council', top: '' }) // true
 * @example presentsBudget({ title: 'Budget 2033 adopted', top: 'The draft budget was amended.' }) // false
 */
function presentsBudget({ title, top }: { title: string; top: string }): boolean {
  if (PRESENTED_DECIDED_RE.test(title)) return false;
  const words = titleAndTop({ title, top });
  const found = PRESENTED_BUDGET_RE.exec(words);
  if (found === null) return false;
  const from = Math.max(words.lastIndexOf('.', found.index), words.lastIndexOf('\n', found.index));
  const to = words.slice(found.index).search(/[.\n]/);
  return !PRESENTED_DECIDED_RE.test(
    words.slice(from + 1, to < 0 ? words.length : found.index + to),
  );
}

/** Before a number, a present or future verb of change or becoming, or an arrow to the new level:
 *  "rises by ", "climbs to ", "will increase by ", "becomes ", "go up … by ", "that is " (the rise restated), "£241.30 → ", "(up ". */
const NEW_LEVEL_BEFORE_RE =
  /\b(?:rises|rise|climbs|climb|increases|goes\s+up|go\s+up|becomes|become|will\s+(?:rise|increase|climb|go\s+up|become)|(?:that|this)\s+(?:is|means))\b|→|\(\s*up\b/i;
/** A present measure, not the budget's plan: "now", "today", "at present", "currently". */
const NOW_WORD_RE = /\b(?:now|today|currently|at\s+present)\b/i;
/** Before an amount, the name of a budget's item and a colon, or a bracket right after the name,
 *  with the amount's sign: "Grants : +", "(Central share : +", "Rural clinics (". */
const BUDGET_LINE_BEFORE_RE = /(?:[A-Za-z)”"’]\s*:|[A-Za-z”"’]\s*\()\s*[-+]?\s*$/;
/** The budget's own change, in the present: "the increase in the budget is", "the real rise in
 *  the Budget is". */
const BUDGET_CHANGE_RE =
  /\b(?:increase|rise|growth|cut|reduction|decrease|decline)\s+in\s+the\s+budget\s+(?:is|are)\b/i;
/** The year a budget is measured against, before the budget year: "the current year",
 *  "current-year spending". */
const CURRENT_YEAR_RE = /\b(?:the\s+)?current[-\s]year\b/i;

/**
 * True when a document's title names a budget ("The 2031-32 Budget: Overview", "Budget 2032") whose
 * period is not over at its date, or names a budget with no year while its opening lines name one
 * that is not over ("Budget delivers third surplus", then "the 2031-32 Budget").
 * @example budgetDocumentOpen({ title: 'The 2031-32 Budget: Overview', top: '' }, 2031, 2) // true
 * @example budgetDocumentOpen({ title: 'Annual Report 2031', top: 'the 2031-32 Budget' }, 2031, 2) // false
 */
function budgetDocumentOpen(
  { title, top }: { title: string; top: string },
  documentYear: number | undefined,
  documentMonth: number | undefined,
  fiscalEnd: number,
): boolean {
  // "Second-Quarter Fiscal Update 2031-32", "Mid-Year Budget Review": an update of the budget's
  // year restates its levels, as the budget does.
  const updated = title.replace(FISCAL_UPDATE_RE, 'budget');
  // The title, or an opening sentence that puts the budget forward ("The 2033-34 State Budget was
  // handed down today"), names the document's budget (documentStage.ts).
  const own = documentBudget({ title: updated, top });
  if (own === undefined) return false;
  // "Budget Speech 2031-32", "Budget Statement for the Fiscal Year 2031/2032": the speech is the
  // budget's, so its year is the budget's.
  // "2026 Operating and Capital Budget", "Medium-Term Budget": a council's budget named by its parts;
  // "2026/27 Provincial Budget", "FY2034 County Budget": by whose it is.
  const named = budgetNamed(own.replace(BUDGET_SPEECH_RE, '$1').replace(BUDGET_PARTS_RE, 'budget'));
  return BUDGET_PERIOD_RE.test(named)
    ? openBudget(named, documentYear, documentMonth, fiscalEnd)
    : openBudget(
        budgetNamed(top.replace(BUDGET_PARTS_RE, 'budget')),
        documentYear,
        documentMonth,
        fiscalEnd,
      );
}

/** In brackets before a number, what is done so far, then its verb: "(issuance to date is ",
 *  "(the amount raised so far is ", "(spending year to date totals ". */
const DONE_ASIDE_BEFORE_RE =
  /\(\s*(?:[\w-]+\s+){0,4}?(?:to\s+date|so\s+far|year[\s-]to[\s-]date)\s+(?:is|are|was|were|stands?\s+at|totals?|of|amounts?\s+to)\s+(?:(?:about|around|some|nearly|almost)\s+)?$/i;
/** After a number opening a bracket, the perfect passive of what is done, in that bracket:
 *  " has been completed)", " have already been issued to date)". */
const DONE_ASIDE_AFTER_RE =
  /^\s+(?:has|have)\s+(?:already\s+)?been\s+(?:completed|issued|raised|sold|executed|achieved|borrowed|spent|disbursed|paid|met)\b[^()]*\)/i;

/** Before a number, the outturn a year is likely to have, then the number or the parts of it
 *  listed after "of which": "the likely tax out-turn at ", "the projected outturn of $4 billion,
 *  of which ". */
const LIKELY_OUTTURN_BEFORE_RE =
  /\b(?:likely|expected|projected|anticipated|probable)\s+(?:[a-z]+\s+){0,2}?out-?turns?\s+(?:(?:to|at|of|is)\s+)?(?:(?:about|around|some)\s+)?(?:[^\s\d.;:]{0,8}\s?\d[\d.,]*\s+(?:million|billion|trillion)\s*,\s+of\s+which\s+(?:[^.;:]|\.\d)*?)?$/i;

/** Right before a number, the present verb that states what a lending, borrowing, financing or
 *  issuance plan comes to for a named year or span, and any parts it is split into: "indicative
 *  lending for 2026–2028 is ", "the gross borrowing programme for 2033 is ₱2.55 trillion, of which
 *  ". Groups: the first year, the span's last year as written. */
const PERIOD_PLAN_BEFORE_RE =
  /\b(?:lending(?:\s+(?:programmes?|programs?|plans?|envelope|pipeline))?|borrowing\s+(?:programmes?|programs?|plans?|requirements?)|(?:financing|funding|issuance)\s+(?:programmes?|programs?|plans?|envelope))\s+for\s+(?:the\s+)?(?:(?:fiscal\s+)?years?\s+|FY\s?)?((?:19|20)\d\d)(?:\s?[-–/]\s?((?:19|20)?\d\d)(?!\d))?\s+(?:is|are|totals?|amounts?\s+to|comes?\s+to|stands?\s+at)\s+(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|over)\s+)?(?:[^\s\d.;:]{0,8}\s?\d[\d.,]*\s*(?:million|billion|trillion|bn|m)\s*,\s+of\s+which\s+(?:[^.;:]|\.\d)*?)?$/i;

/**
 * The last year of a year or span as written: a span's second year may give only its last two
 * digits.
 * @example planLastYear('2026', '28') // 2028
 */
function planLastYear(first: string, second?: string): number {
  if (second === undefined) return Number(first);
  return second.length === 2 ? Number(first.slice(0, 2) + second) : Number(second);
}

/** An update of a fiscal year's budget, by its quarter or half: "Second-Quarter Fiscal Update",
 *  "Mid-Year Budget Review", "Quarterly Financial Update". */
const FISCAL_UPDATE_RE =
  /\b(?:(?:first|second|third|1st|2nd|3rd)[-\s]quarter\s+|mid[-\s]?year\s+|quarterly\s+)(?:economic\s+and\s+)?(?:fiscal|budget|financial)\s+(?:update|review|report)\b/gi;
/** A budget named by its parts or its span: "Operating and Capital Budget", "Medium-Term Budget". */
const BUDGET_PARTS_RE = /\b(?:operating(?:\s+and\s+capital)?|capital|medium[-\s]term)\s+budget\b/gi;
/** A budget's speech, statement or digest named before its year: "Budget Speech 2031-32", "Budget
 *  Statement for", "Budget Overview 2031-32", "Budget at a Glance 2032". Group 1 is "budget". */
const BUDGET_SPEECH_RE =
  /\b(budget)\s+(?:speech|statement|address|summary|overview|highlights|in\s+brief|at\s+a\s+glance)\b/i;

/** Before the number, a budget or a governor proposing in the present tense: "the budget
 *  proposes", "the Governor's budget includes", "the budget proposal would provide", "The
 *  Governor proposes", "This Budget seeks" (or "requests"); also with the house it was sent to
 *  between, "the draft budget submitted to Parliament proposes", "the budget, tabled in the
 *  Assembly on Tuesday, includes": a bill sent is not yet passed; so is a budget bill. */
const BUDGET_PROPOSES_RE =
  /\b(?:[Bb]udget(?:\s+(?:proposal|plan|bill))?|[Gg]overnor(?:'s|’s)?(?:\s+budget)?)(?:,?\s+(?:submitted|tabled|presented|sent|laid|introduced)\s+(?:to|before|in|at)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+,?)?\s+(?:also\s+)?(?:proposes|includes|seeks|requests|would\s+provide)\b/;
/** Before the number, a budget bill or a plan named by what it plans, in the present tense,
 *  proposing, "providing" or "setting out" a sum or "having" an issuance or spending "of" it: "the
 *  budget bill provides", "the borrowing plan has issuance of", "the economic plan of the fund
 *  provides", "the spending plan sets out". Money meant to be raised or spent, not yet (README:
 *  what a budget "provides"); "has been" keeps its verb. */
const PLAN_PROPOSES_RE =
  /\b(?:[Bb]udget\s+bill|(?:[Bb]orrowing|[Ee]conomic|[Ss]pending|[Ff]inancing|[Ff]unding|[Ee]xpenditure|[Cc]apital|[Ii]ssuance)\s+plan(?:\s+of\s+(?:the\s+)?[\w'’-]+)?)\s+(?:also\s+)?(?:proposes|includes|provides|sets\s+out|has\s+(?!been\b)[a-z-]+\s+of)\b/;

/**
 * True when the sentence names a budget for a period that is over by the document's year ("the
 * 2029 budget", dated 2031), so its present tense reviews what it held.
 * @example closedBudget('the 2029 budget includes $3 billion', 2031) // true
 */
function closedBudget(
  sentence: string,
  documentYear: number | undefined,
  documentMonth?: number,
  fiscalEnd = 3,
): boolean {
  return (
    BUDGET_PERIOD_RE.test(sentence) && !openBudget(sentence, documentYear, documentMonth, fiscalEnd)
  );
}

/** Before a number, an aside with no verb or a perfect participle's: ", at ", ", at about ", "Having
 *  reached ", ", having stood at ", ", having been cut to ". */
const PAST_ASIDE_BEFORE_RE =
  /(?:^|,)\s*(?:having\s+(?:been\s+)?(?:[a-z]{3,}ed|risen|fallen|grown|shrunk|sunk|stood|been|hit|come\s+in|gone\s+(?:up|down))(?:\s+(?:at|to|by|of))?|at)\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i;
/** Before a number, the opening of a relative clause in the past: ", which slowed to ", ", which had
 *  risen by ", ", that stood at ", or of one that says what is held or taken now: ", which owns ",
 *  ", who hold ", ", which takes ", ", which accounts for ", ", which buys roughly ". */
const PAST_RELATIVE_BEFORE_RE =
  /,\s*(?:which|that|who)\s+(?:had\s+|has\s+|have\s+)?(?:[a-z]{3,}ed|rose|risen|fell|fallen|grew|grown|shrank|shrunk|sank|sunk|slid|stood|was|were|been|hit|came\s+in|come\s+in|went\s+(?:up|down)|gone\s+(?:up|down)|held|kept|saw|seen|holds?|owns?|controls?|has|have|takes?|took|buys?|bought|accounts?\s+for|makes?\s+up|made\s+up)\b([^,;:.()]*)$/i;
/** After the number, the rest of the relative clause, closed by a comma. Group 1 is its words. */
const RELATIVE_CLOSE_AFTER_RE = /^([^,;:.()]*),/;

/**
 * True when the number lies inside a relative clause in the past tense, closed by a comma, with no
 * forecast word of its own: ", which slowed to 3.2% in 2030," is an outturn though the sentence's
 * main clause forecasts ("Growth, which slowed to 3.2% in 2030, is projected to pick up").
 * @example inPastRelativeClause('Growth, which slowed to 3.2% in 2030, is projected to pick up.', m) // true
 */
function inPastRelativeClause(sentence: string, m: Match): boolean {
  // Up to the number itself: the stated words may start at the clause's verb ("risen by 3.2%").
  const start = m.own ?? m.start;
  const number = Math.max(0, sentence.slice(start, m.end).search(/\d/));
  const open = PAST_RELATIVE_BEFORE_RE.exec(sentence.slice(0, start + number));
  const close = open ? RELATIVE_CLOSE_AFTER_RE.exec(sentence.slice(m.end)) : null;
  if (!open || !close) return false;
  const clause = `${open[0]} ${sentence.slice(start + number, m.end)} ${close[1]}`;
  return !EXPECTED_RE.test(clause) && !FORECAST_WORD_RE.test(clause) && !MAY_RE.test(clause);
}

/** Up to a change's number, a clause of time or cause with a past verb of change: "after maize
 *  production dropped ", "when orders had slumped by ", "because sales fell by about " (up to five
 *  words of subject between, none a verb of being, a modal or "to"). Group 1 is the clause. */
const PAST_SUBORDINATE_BEFORE_RE =
  /\b((?:after|when|because|since)\s+(?:(?!(?:is|are|be|been|will|would|could|should|may|might|must|to|it|this|that)\b)[\w'’-]+\s+){1,5}?(?:had\s+)?(?:(?!(?:expected|projected|forecast|estimated|planned|budgeted|targeted|assumed|anticipated|scheduled|proposed)\b)[a-z]{3,}ed|fell|rose|grew|shrank|sank|slid)\s+(?:by\s+)?(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over)\s+)?)$/i;
/** A period named in a clause that may not be over: "this year", "the current year", "next year". */
const OPEN_PERIOD_WORD_RE = /\b(?:this|current|next|coming)\s+(?:calendar\s+|fiscal\s+)?year\b/i;

/**
 * True when a change lies in a clause of time or cause ("after", "when", "because", "since") whose
 * past verb states it, with no forecast word in the clause and no year that is not over.
 * @example inPastSubordinateClause('Aid will flow after output dropped 17% last season.', m, 2033, 5) // true
 */
function inPastSubordinateClause(
  sentence: string,
  m: Match,
  documentYear?: number,
  documentMonth?: number,
): boolean {
  if (m.kind !== 'change') return false;
  const number = m.start + Math.max(0, sentence.slice(m.start, m.end).search(/\d/));
  const open = PAST_SUBORDINATE_BEFORE_RE.exec(sentence.slice(0, number));
  if (!open) return false;
  const rest = sentence.slice(number);
  const clause =
    open[1]! + rest.slice(0, Math.max(0, rest.search(/[,;:()]|[.!?](?:\s|$)/)) || rest.length);
  if (EXPECTED_RE.test(clause) || FORECAST_WORD_RE.test(clause) || MAY_RE.test(clause))
    return false;
  if (OPEN_PERIOD_WORD_RE.test(clause)) return false;
  return (
    documentYear === undefined ||
    namedYears(clause, documentYear, documentMonth).every((y) => y < documentYear)
  );
}

/** A lead-in to a list that makes its items forecasts: "Main contributors … would be:", "growth
 *  forecasts for 2034 include". */
const LIST_FORECAST_LEAD_IN_RE =
  /\b(?:(?:would|will|should|could)\s+be\s*:|(?:forecasts?|projections?|outlooks?)\b[^.:;()]{0,60}?\b(?:include|includes|are|were)\b\s*:?)/gi;
/** From the lead-in to the number: bracketed items ("“Construction” (0.4 percentage point), ",
 *  "Costa Rica (4.0%), … and ") ending with the bracket the number opens. */
const BRACKET_ITEMS_BEFORE_RE =
  /^\s*(?:[^()\d]{1,120}?\(\s*[-–−‑+]?\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage\s+points?|pp)\s*\)\s*(?:[,;]\s*(?:and\s+)?|and\s+))*[^()\d]{1,120}?\(\s*$/i;

/**
 * A bracketed item of a list whose lead-in forecasts ("would be: “A” (0.7 percentage point), “B;
 * C” (0.5 percentage point) … and “D” (0.3 percentage point)") is a forecast, every item to the
 * last, though a semicolon inside a name or ", and" ends the clause before it.
 * @example bracketListForecast('Forecasts for 2034 include A (5.2%), and B (') // true
 */
function bracketListForecast(before: string): boolean {
  const lead = [...before.matchAll(LIST_FORECAST_LEAD_IN_RE)].at(-1);
  if (!lead) return false;
  return BRACKET_ITEMS_BEFORE_RE.test(before.slice(lead.index + lead[0].length));
}

/** Right after a number, the limit, floor or threshold it is, with up to one word naming it:
 *  " limit", " minimum in", " referendum threshold", " covenant" (not " above the limit"). */
const OWN_LIMIT_AFTER_RE =
  /^\s+(?:[a-z-]+\s+)?(?:minimum|maximum|limit|ceiling|floor|cap|threshold|covenant)\b(?!\s+(?:on|for)\s+(?:the\s+)?(?:number|size)\b)/;
/** A clause of what happens before a bound is crossed: "before the 5% cap would be breached",
 *  "before a referendum would be required". Global, for blanking. */
const BOUND_BEFORE_WOULD_RE =
  /\bbefore\s+[^.;,]{0,60}?\bwould\s+be\s+(?:triggered|breached|reached|exceeded|crossed|required|needed)\b/gi;

/** Right after a number (and a unit per slash), what was sought, claimed, assumed or proposed,
 *  with up to five words of its subject: " sought", " the company had asked for", " the National
 *  Ports Authority had requested", "/MWh assumed",
 *  " first presented by staff". Not " as requested" (granted), nor a share's whole ("of firms
 *  sought"). */
const SOUGHT_AFTER_RE =
  /^(?:\s?\/\s?[A-Za-z]+)?\s+(?:(?!(?:of|as|and|or|but|than|was|were|is|are|be|been)\b)[\w'’&-]+\s+){0,5}?(?:(?:had|has|have|originally|initially|first)\s+)*(?:sought|asked\s+for|requested|claimed|applied\s+for|assumed|recommended|proposed|presented|put\s+forward|urged|argued\s+for|pressed\s+for|called\s+for|bid\s+for)\b/i;
/** Right before a number, a verb of asking for it: "the firm had sought ", "it requested about ",
 *  "had asked for ", "applied for " ("as requested" is granted and comes after), also with the
 *  noun of what is asked and its "of": "had sought repayment of ", "sought back pay of ". */
const SOUGHT_BEFORE_RE =
  /\b(?:sought|requested|asked\s+for|applied\s+for)\s+(?:(?:an?|the|its|their)\s+)?(?:(?:(?!(?:of|total|sum|amount|maximum|minimum|average)\b)[a-z-]+\s+){1,2}of\s+)?(?:(?:about|around|some|nearly|almost|roughly|an?|the)\s+)?$/i;
/** Right before a number, a claim or bid for it: "its claim of ", "the bid for about ". The least
 *  or most a rule lets one bid ("a minimum bid of ₱") is the rule's, no bid made. */
const CLAIM_OF_BEFORE_RE =
  /\b(?<!\b(?:minimum|maximum)\s+)(?:claims?|bids?|asks?)\s+(?:of|for)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;
/** How far back (UTF-16 units) a decision reaches the rates a statement lists after it. */
const DECISION_REACH = 2000;
/** What a board's approval or completed review releases, said with "will": "will be eligible to
 *  draw", "will bring total disbursements to", "will be provided with a loan of". */
const DISBURSEMENT_WILL_RE =
  /\bwill\s+(?:be\s+eligible\s+to\s+(?:draw|receive|borrow)|bring\s+(?:the\s+)?total\s+(?:[\w-]+\s+){0,2}?(?:disbursements?|disbursed|drawn|drawings|lending|financing|commitments?)|be\s+provided\s+with)\b/i;
/** A borrower that "will" take an instrument whose size the amount is, right after the instrument's
 *  "of" (or in the bracket that converts it): "Arland will use a credit of SDR 30 million ($41
 *  million)", "will carry out a port project with a loan of $60 million". */
const WILL_TAKE_LOAN_OF_RE =
  /\bwill\s+(?:receive|use|obtain|get|carry\s+out|implement|undertake)\b(?:[^.;:]|\.(?=\d)){0,120}?\b(?:an?|the)\s+(?:[\w-]+\s+){0,4}?(?:loans?|credits?|grants?)\s+of\s+(?:(?:[^.;:()]|\.(?=\d)){1,30}\(\s*)?$/i;
/** A borrower that "will receive a" sum the instrument's name follows: "will receive a $40 million
 *  loan" (the instrument in LOAN_AFTER_RE). */
const WILL_RECEIVE_BEFORE_RE =
  /\bwill\s+(?:receive|use|obtain|get)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?$/i;
const LOAN_AFTER_RE = /^\s+(?:[\w-]+\s+){0,3}?(?:loans?|credits?|grants?)\b/i;

/**
 * True when an amount is the size of a loan, credit or grant its borrower "will" receive or use: in a
 * release announcing an approval, money approved exists now.
 * @example takesLoan('Arland will receive a ', ' loan to build roads.') // true
 * @example takesLoan('The roads will cost ', ' in all.') // false
 */
function takesLoan(before: string, after: string): boolean {
  return (
    WILL_TAKE_LOAN_OF_RE.test(before) ||
    (WILL_RECEIVE_BEFORE_RE.test(before) && LOAN_AFTER_RE.test(after))
  );
}

/** A board's decision on a programme: "has completed the second review". */
const REVIEW_COMPLETED_RE = /\bcompleted\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?reviews?\b/i;

/**
 * A speaker's forecast verb before the number: in the lead, or running into the stated words, which
 * start at the noun in "projects growth of between – 0.5 % and 0.5 %" (not one after the number:
 * "95% of the firms surveyed expect prices to rise").
 * @example expectsBefore('The Bank projects ', 'growth of 2%') // true
 */
function expectsBefore(lead: string, statedText: string): boolean {
  const verb = EXPECTS_BEFORE_RE.exec(lead + statedText);
  return verb !== null && verb.index < lead.length;
}

/** Right before a number, ", or" after another number of its clause, which it restates (group 1:
 *  the words before that number): "a target of R1 280 billion has been set for 2033/34, or ", and
 *  a bracket right after a sum: "against the goal of €43.5 billion (", or a comma and a word of
 *  approximation: "a goal of a $3 billion reserve, roughly ". */
const OR_RESTATES_BEFORE_RE =
  /^([^;]*?)(?:(?:R|\$|€|£|US\$|\b[A-Z]{3}\s?)?\d[\d\s,.]*(?:\s*(?:billion|million|trillion|bn|m)\b)?[^,;]*,\s+or\s+|(?:R|\$|€|£|US\$|\b[A-Z]{3}\s?|GH¢\s?)\d[\d,.]*\s*(?:billion|million|trillion|bn|m)\b\s*(?:\(\s*|,\s+(?=(?:about|around|some|nearly|almost|roughly)\s)))(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;

/** Right before a number, a long-run average or trend: "below the 20-year average of ", "the
 *  pre-crisis trend of ", "its long-term average of about ". */
const HISTORICAL_BASE_BEFORE_RE =
  /\b(?:\d+-year|(?:19|20)\d\d\s?[-–]\s?(?:19|20)?\d\d|(?:long|longer)[- ](?:term|run)|historical|historic|pre-crisis|pre-pandemic|pre-COVID|decade)\s+(?:[a-z-]+\s+)?(?:averages?|trends?|norms?|means?)\s+(?:of|at)\s+(?:(?:about|around|some|nearly|almost)\s+)?$/i;
/** Right before a share, the items whose forecasts were revised: "revised down for ", "have been
 *  revised downwards for nearly ", "revised down for 95% of A and nearly ". */
const REVISED_FOR_BEFORE_RE =
  /\brevised\s+(?:(?:up|down|upwards?|downwards?|lower|higher)\s+)?for\s+(?:[^.;]{0,60}?%\s+of\s+[^.;%]{0,60}?\s+and\s+)?(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$/i;

/** Before an estimate that is a number's object, a verb that says it was reported: "have
 *  reported", "reported" (not "will report" nor "to be reported"). */
const REPORTED_BEFORE_RE =
  /(?<!\b(?:to|be|will)\s+)\b(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?reported\b/i;

/** After a number, the bound of the span it was counted over, named by a date forecast or planned:
 *  "between the forecast launch and the year ending June 2031", "since the planned start". The
 *  forecast word dates the bound; it is no hedge of the number. Global, for blankAll. */
const FORECAST_BOUND_RE =
  /\b(?:between|from|since|after|until|before)\s+the\s+(?:forecast|projected|expected|planned|scheduled)\b/gi;

/** After a number, the proposal it is set against, with the proposal's own number and its verb:
 *  ", compared with the 7.6% Vaalkrag proposed", "lower than the 14.32 percent the company
 *  proposed", "down from the €2.10 per tonne the operator had proposed", "compared to the 4.5%
 *  proposed by the finance committee" (v131). The proposal hedges its own number, which reads its
 *  verb after it, not the level the sentence's body decided before it. Global, for blankAll. */
const COMPARED_PROPOSAL_RE =
  /\b(?:than|compared\s+(?:with|to)|against|versus|below|above|from|over|under)\s+(?:the|its|their|an?)\s+(?:[\w'’]+\s+){0,2}?[^\s\d]{0,4}\d[\d.,]*(?:\s?(?:%|per\s?cent|percent|[a-z]+))?\s+(?:(?!(?:and|but|while|which|that|so)\b)[\w'’.-]+\s+){0,6}?(?:(?:had|has|have)\s+(?:(?:initially|originally|earlier|first)\s+)?)?(?:proposed|requested|sought|asked\s+for|applied\s+for|bid)\b(?:\s+(?:by|in|as)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)?/gi;

/** Right after a sum, the whole it is part of named by what another party proposed: " of the
 *  operating costs VGG proposed", " of the capital spending the company had requested" (v131).
 *  The relative clause tells where the whole came from; the part keeps its own verb ("The
 *  Authority did not accept PLN 412 million of the operating costs VGG proposed"). */
const PART_OF_PROPOSAL_RE =
  /^\s+of\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s+(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?:(?:had|has|have)\s+)?(?:proposed|requested|sought|asked\s+for|applied\s+for)\b/gi;

/** After a number's clause, a noun that names it again and a relative clause: ", an amount that
 *  could be recovered", ", a sum which may yet rise". What the relative clause says may happen to
 *  the sum is no hedge of the sum stated. Global, for blankAll. */
const APPOSITIVE_RELATIVE_RE =
  /,\s+(?:an?|the)\s+(?:amount|sum|total|loss)\s+(?:that|which)\b[^.;]*/gi;

/** The text with every match of the patterns blanked, length for length. */
function blankAll(text: string, ...patterns: RegExp[]): string {
  return patterns.reduce((t, re) => t.replace(re, (w) => ' '.repeat(w.length)), text);
}

/** A finite verb of approval and its object, a proposal named by its adjective: "approved the
 *  proposed ", "has adopted the recommended ", "passed the Government's proposed ", "voted
 *  through the suggested " (group 1 is all but the adjective). Not "to approve", "will adopt",
 *  "has not yet approved", "vote on the proposed": approval still to come. */
const PROPOSAL_TAKEN_UP_RE =
  /((?<!\b(?:to|will|would|could|may|might|should|shall|must|not|never|yet|cannot)\s+)\b(?:approved|adopted|passed|endorsed|ratified|accepted|enacted|confirmed|agreed\s+to|voted\s+(?:for|through)|signed\s+off\s+on)\s+(?:the|its|their|this|that|these|those|an?)\s+(?:[\w'’-]+\s+){0,2}?)(?:proposed|recommended|suggested)\b/gi;

/** Before an amount, a deal signed or concluded in the past, a loan approved or granted, or a loan
 *  decided: "signed an agreement with …", "concluded a loan deal", "approved a loan of up to",
 *  "granted a credit line of", "has decided to extend a loan of", "decided to make available" (a
 *  sum decided is in force, as a loan decided is). */
const SIGNED_DEAL_BEFORE_RE =
  /\b(?:signed|concluded|sealed|inked)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:agreements?|deals?|contracts?|accords?|memorand(?:um|a)|loans?|credit\s+lines?|lines?\s+of\s+credit|facilit(?:y|ies)|protocols?)\b|\b(?:approved|granted|extended|awarded)\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:loans?|credits?|credit\s+lines?|grants?|facilit(?:y|ies)|guarantees?|financing|package)\b|\b(?:(?:has|have)\s+)?decided\s+to\s+(?:extend|provide|grant|lend|make\s+available)\b/i;

/** A title that says with a past participle that a budget's money was put somewhere: "X allocated $2
 *  billion in Budget 2033", "Y earmarked" (not "to be allocated", "is allocated"). */
const DECIDED_BUDGET_TITLE_RE =
  /(?<!\b(?:be|is|are|being|to|will|would|shall|should|must)\s+)\b(?:allocated|earmarked|set\s+aside)\b/i;

/** Before a number, a verb that keeps a figure where it was: "maintained retail inflation at ",
 *  "kept its estimate at about ", "left the projection at ". */
const KEPT_AT_BEFORE_RE =
  /\b(?:maintain(?:s|ed|ing)?|kept|keeps|keeping|retain(?:s|ed|ing)?|left|leaves|leaving)\b[^.;]{0,60}?\bat\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i;

/**
 * True when the words after a number name the period it is for and that period is not over: "for
 * 2033-34" or "in 2034" dated 2033 or later in that year's span, "for this year", "for next year".
 * @example openPeriodAfter(' pc for 2033-34', 2033) // true
 * @example openPeriodAfter(' per cent for 2031', 2033) // false
 */
function openPeriodAfter(after: string, documentYear?: number): boolean {
  const period =
    /^\s*(?:%|per\s?cent|percent|pc)?\s*(?:for|in)\s+(?:(?:the\s+)?(?:FY|fiscal\s+year)\s*)?(?:((?:19|20)\d\d)(?:[-–/]((?:19|20)?\d\d))?|(this|the\s+current|next)\s+(?:fiscal\s+)?year)\b/i.exec(
      after,
    );
  if (!period) return false;
  if (period[3]) return true;
  if (documentYear === undefined) return false;
  return Number(period[1]) >= documentYear;
}

/** Right before a target noun, a comparison with it: "above ", "well below the ", "short of its ". */
const COMPARED_TARGET_BEFORE_RE =
  /\b(?:above|below|over|under|beyond|within|short\s+of|in\s+line\s+with|close\s+to|near|exceed\w*|overshoot\w*|overshot|miss\w*|undershoot\w*|undershot)\s+(?:(?:the|its|their|our|this|that)\s+)?(?:[\w-]+\s+){0,2}?$/i;

/** Right before a target noun, its own number: "the 2 per cent ", "a 3% inflation ". */
const NUMBERED_TARGET_BEFORE_RE =
  /\d\s?(?:%|per\s?cent|percent)\s+(?:(?:inflation|growth|price|deficit|debt)\s+)?$/i;

/** A period named by its year-end: "year ended June 2027", "financial year ending 30 June 2033",
 *  "quarter ending September". */
const PERIOD_END_WORDS_RE =
  /\b(?:years?|quarters?|months?|periods?|half)\s+end(?:ed|ing)(?:\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?(?!\d))?(?:,?\s+(?:19|20)\d\d)?)?/gi;
/** A group's age bound: "65 and older", "aged 5 to 14", "aged 55 and over", "under 5s". */
const GROUP_AGE_BOUND_RE =
  /\b(?:aged\s+\d{1,3}(?:\s*(?:-|–|to)\s*\d{1,3})?(?:\s+(?:and|or)\s+(?:older|over|above|under|younger))?|\d{1,3}\s+(?:and|or)\s+(?:older|over|above|younger|under)|(?:over|under)[\s-]\d{1,2}s)\b/gi;

/** The last target noun before a number names it, unless a verb between states what happened, or
 *  another number between is the target's and a verb after it starts another statement. */
function namesTarget(lead: string): boolean {
  const last = [...lead.matchAll(TARGET_NOUN_RE)].pop();
  if (!last) return false;
  // "inflation far above target at 5.8 percent": a target only compared with names no number.
  if (COMPARED_TARGET_BEFORE_RE.test(lead.slice(0, last.index))) return false;
  // "now at the 3 per cent target, the central bank cut its rate by 1.25 per cent": a target
  // whose number comes before it has its number, and names none past the clause it ends (a new
  // subject after a comma or "and").
  if (
    NUMBERED_TARGET_BEFORE_RE.test(lead.slice(0, last.index)) &&
    /^\s*(?:[,;]|,?\s+and\b)\s+(?:(?:the|its|their|our|an?)\s|[A-Z])/.test(
      lead.slice(last.index + last[0].length),
    )
  )
    return false;
  // "The current targets, for the year ended June 2027, are 10 percent", "the target for adults
  // 65 and older is 75 per cent": a period's year-end and a group's age bound between the target
  // and its copula qualify the target; they state nothing that happened and are not its number.
  const between = lead
    .slice(last.index + last[0].length)
    .replace(PERIOD_END_WORDS_RE, (w) => ' '.repeat(w.length))
    .replace(GROUP_AGE_BOUND_RE, (w) => ' '.repeat(w.length));
  if (TARGET_VERB_BETWEEN_RE.test(between)) return false;
  // "only two members have reached this target (Arland with 4.1% and Brova with 3.6%)": what those
  // who met a target reached, set off after it, is what happened, not the target.
  if (REACHED_TARGET_BEFORE_RE.test(lead.slice(0, last.index)) && /^\s*[(,:—–]/.test(between))
    return false;
  const numbers = [...withoutPeriods(between).matchAll(/\d[\d.,]*/g)];
  // The last match is the number itself (its stated words end the lead).
  const other = numbers.length > 1 ? numbers[0]! : undefined;
  return !other || !FINITE_VERB_RE.test(between.slice(other.index + other[0].length));
}

/** Right before a target noun, a verb saying it has been met: "have reached this ", "had already
 *  met its ", "exceeded the ". */
const REACHED_TARGET_BEFORE_RE =
  /\b(?:(?:have|has|had)\s+(?:already\s+|now\s+|so\s+far\s+)?)?(?:reached|met|achieved|attained|hit|exceeded|surpassed)\s+(?:(?:this|the|that|its|their|our|these|those)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** A projection made now, in the present active: "the office projects", "we project". Of a period
 *  that is over by the document's date it is an estimate of that period ("CBO projects a deficit of
 *  $2.1 trillion in 2033", dated 2034), while "projected to" stays with its tense. */
const PRESENT_PROJECTION_RE = /\b(?:projects|(?:we|they)\s+project)\b/gi;
/** PRESENT_PROJECTION_RE for a test, with no `lastIndex` carried between calls. */
const PRESENT_PROJECTION_TEST_RE = new RegExp(PRESENT_PROJECTION_RE.source, 'i');

/**
 * True when the only forecast word is "estimated" and the period is over: a year before the
 * document's own, or "last year". "GDP growth for 2032 is estimated to be 1.2%" in 2033 happened.
 * @example finishedEstimate('is estimated to be 1.2% in 2032', 'is estimated to be 1.2% in 2032', 2033) // true
 */
function finishedEstimate(
  hedgeText: string,
  clauseText: string,
  documentYear?: number,
  documentMonth?: number,
): boolean {
  // "is estimated to reach $4,284, $160 higher than in the previous year": the period a level is
  // compared with is no period of the estimate's own; "this year" beside it is open.
  const ownPeriods = clauseText.replace(COMPARED_PERIOD_RE, ' ');
  return (
    !EXPECTED_RE.test(
      blankAll(
        hedgeText,
        ESTIMATE_WORDS_RE,
        NOWCAST_RE,
        KEPT_FORECAST_RE,
        PRESENT_PROJECTION_RE,
        REVISED_YEAR_PROJECTION_RE,
      ),
    ) &&
    !/(?<!\bso\s+far\s+)\b(?:this|the\s+current)\s+year\b/i.test(ownPeriods) &&
    periodOver(ownPeriods, documentYear, documentMonth)
  );
}

/** A sentence that opens on a condition taking a part out of a sum or putting one in: "If you take
 *  out gifts for the floods,", "If we exclude fees,", "If included,", "If volunteering were counted,". */
const RECOMPUTING_IF_RE =
  /^\s*If\s+(?:(?:you|we|one)\s+(?:take|leave|strip|exclude|include|add|remove|count)\b|(?:included|excluded|counted|added|removed|taken\s+out|left\s+out|stripped\s+out)\s*,|[^,.;]{1,60}?\b(?:is|are|was|were)\s+(?:included|excluded|counted|added|removed|taken\s+out|left\s+out|stripped\s+out)\s*,)/i;
/** The conditional of such a recomputation: "would", "would have". */
const RECOMPUTED_WOULD_RE = /\bwould(?:\s+have)?\b/gi;
/** A revision and the year it projects: "adjusted 2028 ", "the revised 2031 ". */
const REVISED_YEAR = String.raw`\b(?:adjusted|revised|updated|restated)\s+(?:19|20)\d\d\s+`;
/** Right before a projection noun, a revision and its year: "from adjusted 2028 ". */
const REVISED_YEAR_BEFORE_RE = new RegExp(`${REVISED_YEAR}$`, 'i');
/** A projection of a named year, revised since: "adjusted 2028 projections", "the revised 2031
 *  forecast". Once that year is over it is the latest estimate of what happened. */
const REVISED_YEAR_PROJECTION_RE = new RegExp(
  String.raw`${REVISED_YEAR}(?:projections?|forecasts?|estimates?)\b`,
  'gi',
);

/** An estimate of the part something makes up now: "is estimated to make up", "are estimated to
 *  account for", "is thought to represent" (a present verb of a part, no forecast of a change). */
const PRESENT_PART_ESTIMATE_RE =
  /\b(?:is|are)\s+(?:now\s+|currently\s+)?estimated\s+to\s+(?:make\s+up|account\s+for|represent|constitute|comprise)\b/i;
/** Words of a period still to come: "next year", "in the coming years", "by the end of". */
const PERIOD_AHEAD_RE = /\b(?:next|coming|future|by\s+the\s+end\s+of|by\s+(?:19|20)\d\d)\b/i;

/**
 * True when the only forecast word is "estimated", of the part a thing makes up now, and the
 * clause names no period: "catalogue orders are estimated to make up over 35% of sales" states
 * the present, as a survey's estimate does, not a forecast.
 * @example presentPartEstimate('is estimated to make up 30% of sales', 'is estimated to make up 30% of sales') // true
 */
function presentPartEstimate(hedgeText: string, clauseText: string): boolean {
  return (
    PRESENT_PART_ESTIMATE_RE.test(hedgeText) &&
    !EXPECTED_RE.test(blankAll(hedgeText, ESTIMATE_WORDS_RE)) &&
    namedYears(clauseText).length === 0 &&
    !PERIOD_AHEAD_RE.test(clauseText)
  );
}

/** After a comparative, the period compared with: "than in 2029", "than that in the previous
 *  year", "than the 2029 figure", "compared with last year". */
const COMPARED_PERIOD_RE =
  /\b(?:than|compared\s+(?:with|to))\s+(?:(?:that|those|the\s+(?:figure|level|one))\s+)?(?:(?:in|of|for)\s+)?(?:(?:the|its)\s+)?(?:(?:19|20)\d\d(?:\s+(?:figure|level|one))?|(?:last|previous|preceding)\s+(?:year|quarter|month))\b/gi;

/** Right before a number, the present verb that states what a plan, an investment, capital or
 *  works programme, or a pipeline or portfolio of projects comes to: "The investment programme for
 *  2033 amounts to ", "The pipeline of committed projects is worth ", "its portfolio of approved
 *  projects totals ". Within one clause. */
const PLANNED_SUM_BEFORE_RE =
  /\b(?:(?:investment|capital(?:\s+works)?|works|spending|expenditure|capex|development|drilling)\s+(?:programmes?|programs?|plans?)|(?:project|investment)\s+pipeline|(?:pipeline|portfolio)\s+of\s+(?:[\w-]+\s+){0,6}?(?:projects|initiatives|investments))\b(?:\s+(?:for|in)\s+[^,;.]{1,30}?)?\s+(?:is|are|totals?|amounts?\s+to|comes?\s+to|stands?\s+at|is\s+(?:worth|valued\s+at|put\s+at))\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over)\s+)?$/i;
/** Right before a number, what a company or government "plans", "guides", "budgets", "targets" or
 *  "projects" in the present for a sum of money, whatever words qualify the sum's noun: "plans
 *  capital spending of ", "plans gross capital expenditure of ", "guides capital spending of
 *  between ", "budgets annual maintenance outlays of about ", "projects total fuel costs of "; and
 *  what a budget, plan or its estimates "estimate", "forecast" or "provide for" ("The FY 2032/33
 *  budget estimates dividend income of "). An office's own estimate ("The statistics office
 *  estimates farm output of ") is a measure, read elsewhere. */
const PLANS_SPENDING_BEFORE_RE =
  /\b(?:(?:plans|guides|budgets|targets|envisages|projects|forecasts|(?:is|are)\s+(?:planning|guiding|budgeting|targeting|projecting|forecasting))(?:\s+for)?|(?:budgets?|estimates|plans?|programmes?|programs?)\s+(?:(?:now|also)\s+)?(?:estimates?|forecasts?|projects?|envisages?|provides?\s+for|assumes?))\s+(?:[\w'’-]+\s+){0,3}?(?:spending|expenditures?|investments?|capex|outlays?|costs|revenues?|income|dividends?|receipts|profits?|earnings|borrowing)\s+of\s+(?:(?:about|around|some|roughly|nearly|almost|more\s+than|over|up\s+to)\s+)?(?:between\s+)?$/i;

/**
 * The line right above the paragraph the text at `at` opens or sits in, when it reads as a title:
 * short, with a letter, no stop and no colon inside ("Coordinated party expenditure limits",
 * "Election expenses limits for the 2032 general election"); else undefined.
 * @example titleLineAbove('Spending limits\nA party may spend up to $3 million.', 16) // 'Spending limits'
 */
function titleLineAbove(text: string, at: number): string | undefined {
  const paragraphStart = text.lastIndexOf('\n', at - 1) + 1;
  if (paragraphStart === 0) return undefined;
  const before = text.slice(0, paragraphStart - 1).replace(/\s+$/, '');
  const line = before.slice(before.lastIndexOf('\n') + 1).trim();
  return line.length > 0 &&
    line.length <= 90 &&
    /\p{L}/u.test(line) &&
    !/[.!?;:,]$|[.!?;]\s/.test(line)
    ? line
    : undefined;
}

/**
 * True when the clause names only periods that are over: "last year", or years before the
 * document's own ("in FY2029/30" too).
 * @example periodOver('in the fourth quarter of 2032', 2033) // true
 */
export function periodOver(
  clauseText: string,
  documentYear?: number,
  documentMonth?: number,
): boolean {
  if (FINISHED_PERIOD_RE.test(clauseText)) return true;
  if (partsOver(clauseText, documentYear, documentMonth)) return true;
  const years = namedYears(clauseText, documentYear, documentMonth);
  return documentYear !== undefined && years.length > 0 && years.every((y) => y < documentYear);
}

/** A month named with its year, and its day if any: "31 March 2031", "in June 2030". Groups: the
 *  month, the year. Global. */
const MONTH_YEAR_RE =
  /\b(?:[0-3]?\d\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b/g;

/**
 * True when the text names only periods that are over (as periodOver reads them), or names months
 * with their years, all before the dateline's month, and no other year that is not over.
 * @example datesOver('for the year ending 31 March 2031, up on March 2030', 2031, 5) // true
 */
function datesOver(text: string, documentYear?: number, documentMonth?: number): boolean {
  if (periodOver(text, documentYear, documentMonth)) return true;
  if (documentYear === undefined || documentMonth === undefined) return false;
  const dated = [...text.matchAll(MONTH_YEAR_RE)];
  return (
    dated.length > 0 &&
    dated.every(
      (d) =>
        Number(d[2]) * 12 + MONTHS.indexOf(d[1]!.toLowerCase()) + 1 <
        documentYear * 12 + documentMonth,
    ) &&
    namedYears(text.replace(MONTH_YEAR_RE, ' '), documentYear, documentMonth).every(
      (y) => y < documentYear,
    )
  );
}

/**
 * True when every month, quarter or half a clause names with its year ends in the dateline's month
 * or later, and there is at least one.
 * @example partsAhead('growth in the third quarter of 2031', 2031, 6) // true
 * @example partsAhead('growth in the first quarter of 2031', 2031, 6) // false
 */
function partsAhead(clauseText: string, documentYear: number, documentMonth?: number): boolean {
  if (documentMonth === undefined) return false;
  const parts = [...clauseText.matchAll(PART_OF_YEAR_RE)].filter((p) => p.groups!.year);
  return (
    parts.length > 0 &&
    parts.every(({ groups }) => {
      const year = Number(groups!.year);
      const last = partLastMonth(groups!.month, groups!.part);
      return (
        last !== undefined &&
        (year > documentYear || (year === documentYear && last >= documentMonth))
      );
    })
  );
}

/** The last month (1–12) of a month or of a quarter or half named by PART_OF_YEAR_RE's groups. */
function partLastMonth(month?: string, part?: string): number | undefined {
  if (month) return MONTHS.indexOf(month.toLowerCase()) + 1 || undefined;
  if (!part) return undefined;
  return PART_LAST_MONTH[
    part
      .toLowerCase()
      .replace(/^1st/, 'first')
      .replace(/^2nd/, 'second')
      .replace(/^3rd/, 'third')
      .replace(/^4th/, 'fourth')
      .replace(/[-\s]/, '_')
  ];
}

/** A month or a quarter or half of a year a clause names as its period: "in April", "for May
 *  2031", "in the first quarter", "first-quarter", "in Q1 2031", "of the second half of 2030", and
 *  a quarter by its number with its months in brackets, as national accounts write it: "in Quarter
 *  2 (Apr to June) 2026", "Quarter 1 2026".
 *  Groups: month, part (quarter or half), year. */
const PART_OF_YEAR_RE =
  /\b(?:(?:in|during|for|over|of)\s+(?:the\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)|(?:(?:in|during|for|over|of)\s+(?:the\s+)?)?(?<part>(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|1st|2nd|3rd|4th)[-\s](?:quarter|half)|Q[1-4]|H[12]|[Qq]uarter\s[1-4]))(?:\s+\((?:[A-Z][a-z]{2,8}\.?\s+to\s+[A-Z][a-z]{2,8}\.?)\))?(?:\s+(?:of\s+)?(?<year>(?:19|20)\d\d))?\b/g;
/** A verb that dates a statement, right before the month PART_OF_YEAR_RE names: "announced in". */
const STATEMENT_DATED_BEFORE_RE =
  /\b(?:announced|published|released|issued|reported|stated|projected|forecast|estimated|expected|predicted)\s*$/i;
/** The last month of each quarter or half a clause may name. */
const PART_LAST_MONTH: Record<string, number> = {
  first_quarter: 3,
  second_quarter: 6,
  third_quarter: 9,
  fourth_quarter: 12,
  first_half: 6,
  second_half: 12,
  quarter_1: 3,
  quarter_2: 6,
  quarter_3: 9,
  quarter_4: 12,
  q1: 3,
  q2: 6,
  q3: 9,
  q4: 12,
  h1: 6,
  h2: 12,
};

/**
 * True when a clause names months, quarters or halves of a year as its period and every one is
 * over by the document's date (one with no year is the dateline year's, so it must end before the
 * dateline's month), and every other year it names is before the dateline's.
 * @example partsOver('is likely to have peaked at 5.2% in April', 2031, 6) // true
 * @example partsOver('growth in the third quarter of 2031', 2031, 6) // false
 */
function partsOver(clauseText: string, documentYear?: number, documentMonth?: number): boolean {
  if (documentYear === undefined || documentMonth === undefined) return false;
  // "lower than announced in March 2033", "the forecast published in May": a month that dates a
  // statement the figure is set against is no period of the figure.
  const parts = [...clauseText.matchAll(PART_OF_YEAR_RE)].filter(
    (p) => !STATEMENT_DATED_BEFORE_RE.test(clauseText.slice(0, p.index)),
  );
  if (parts.length === 0) return false;
  const rest = clauseText.replace(PART_OF_YEAR_RE, ' ');
  if (!namedYears(rest, documentYear, documentMonth).every((y) => y < documentYear)) return false;
  return parts.every(({ groups }) => {
    const year = groups!.year === undefined ? documentYear : Number(groups!.year);
    const last = partLastMonth(groups!.month, groups!.part);
    if (last === undefined) return false;
    return year < documentYear || (year === documentYear && last < documentMonth);
  });
}

/** A subject's own period, named after it with "for": "the deficit for 2023/24", "spending for
 *  the fiscal year 2034". Group 1 is the period. */
const SUBJECT_PERIOD_RE =
  /\b[a-z]+\s+for\s+(?:the\s+)?(?:(?:fiscal|financial)\s+year\s+|FY\s?)?((?:19|20)\d\d(?:\s?[-–/]\s?(?:19|20)?\d\d)?)\b/i;
/** A year a text names, "FY2029/30" glued to "FY" too, and a fiscal year written over two years.
 *  Groups: the first year, and the second's digits. */
const NAMED_YEAR_RE = /(?:\b|(?<=\bFY))((?:19|20)\d\d)(?:\s?[-–/]\s?((?:19|20)?\d\d)(?!\d))?\b/g;

/**
 * The years a text names, each by its first year, except a fiscal year written over two years
 * ("2023/24", "2023-24") that ends in the dateline's year while it may still be open: up to the
 * end of March, when the earliest fiscal years end, it counts as the dateline's year, not over.
 * @example namedYears('the deficit for 2023/24', 2024, 2) // [2024]
 * @example namedYears('the deficit for 2023/24', 2024, 7) // [2023]
 */
function namedYears(text: string, documentYear?: number, documentMonth?: number): number[] {
  return [...text.matchAll(NAMED_YEAR_RE)].map((y) => {
    const first = Number(y[1]);
    const second = y[2];
    if (second === undefined || documentYear === undefined || documentMonth === undefined)
      return first;
    const last =
      second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
    return last === first + 1 && last === documentYear && documentMonth <= 3 ? last : first;
  });
}

/**
 * True when the clause names an estimate ("estimates of an increase of flows to $82 billion in
 * 2034") of the document's year or a later one: a period not over when it was written.
 * @example estimateAhead('estimates of flows to $82 billion in 2034', '…', 2034) // true
 */
function estimateAhead(
  hedgeText: string,
  clauseText: string,
  documentYear?: number,
  documentMonth?: number,
): boolean {
  if (!ESTIMATE_NOUN_RE.test(hedgeText)) return false;
  // "lowered its estimate of growth for this year": a period not over, whatever the date. "So far
  // this year" is the part of it that is over.
  if (/(?<!\bso\s+far\s+)\b(?:this|the\s+current|next)\s+year\b/i.test(clauseText)) return true;
  if (documentYear === undefined) return false;
  const years = [...clauseText.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  // "our estimate of third quarter growth is -1.2%", dated September: a quarter named with no year
  // is the latest to have begun, not over while the dateline is in it.
  const quarter = QUARTER_NAMED_RE.exec(clauseText);
  if (years.length === 0 && quarter !== null && documentMonth !== undefined) {
    const last = QUARTER_END_MONTH[quarter[1]!.toLowerCase()]!;
    if (documentMonth > last - 3 && documentMonth <= last) return true;
  }
  // A quarter or month of the dateline's year may be over already ("Q1 2034" in May 2034), and
  // so is the span measured to date ("the first seven months of 2034", "the first half of",
  // "first-half 2034"; "second-half 2034" in November 2034 is not),
  // unless the clause names the whole year ("full-year 2034 growth" after "a weak first half").
  // A month with its day ("announced on December 29", "on 29 December") dates a statement, no part.
  const part =
    !/\b(?:full[- ]year|whole\s+(?:of\s+the\s+)?year|year\s+as\s+a\s+whole)\b/i.test(clauseText) &&
    /\b(?:Q[1-4]|[Qq]uarters?|January|February|March|April|May|June|July|August|September|October|November|December|first\s+(?:[\w-]+\s+)?months|(?:first|second)[\s-]half|year[- ]to[- ]date)\b/.test(
      clauseText.replace(DAY_DATE_RE, ' '),
    );
  if (years.some((y) => y > documentYear || (y === documentYear && !part))) return true;
  // "growth in the third quarter of 2031 is estimated at 0.4%", dated June 2031: a part of a year
  // named with its year that has not ended by the dateline is not over.
  if (part && partsAhead(clauseText, documentYear, documentMonth)) return true;
  // "is estimated at $8,380 per worker, up $274 than the 2029 figure", dated 2030: an estimate
  // that names no period of its own but the year before the dateline's as its base is of the
  // dateline's year, not over.
  const own = clauseText.replace(COMPARED_PERIOD_RE, ' ');
  return (
    !part &&
    !FINISHED_PERIOD_RE.test(own) &&
    !/\b(?:19|20)\d\d\b/.test(own) &&
    [...clauseText.matchAll(COMPARED_PERIOD_RE)].some(
      (c) => Number(/(?:19|20)\d\d/.exec(c[0])?.[0]) === documentYear - 1,
    )
  );
}

/** A day's date with no year: "December 29", "29 December", "December 29th". */
const DAY_DATE_RE =
  /\b(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+[0-3]?\d(?:st|nd|rd|th)?)\b(?!,?\s+(?:19|20)\d\d)/g;
/** A quarter named by its ordinal: "third quarter", "the 2nd quarter". Group 1 is the ordinal. */
const QUARTER_NAMED_RE = /\b(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\b/i;
/** The last month of each quarter, by its ordinal. */
const QUARTER_END_MONTH: Record<string, number> = {
  first: 3,
  second: 6,
  third: 9,
  fourth: 12,
  '1st': 3,
  '2nd': 6,
  '3rd': 9,
  '4th': 12,
};
/** A number compared with expectations, not what is expected: "below expectations at". */
const COMPARED_EXPECTATIONS_RE =
  /\b(?:than|below|above|exceed\w*|beat|miss\w*|in\s+line\s+with|against|compared\s+with)\s+(?:[\w-]+\s+){0,2}?expectations?\b/i;

/** Before a number in its clause, a survey's participants (or the middle of their answers) as the
 *  subject of a verb of estimating: "analysts estimated", "respondents placed", "the median of the
 *  estimates … suggested", or named as those surveyed ("those of economists polled by …"). Not
 *  "estimated that" or "estimated to" (a clause or a hedge of its own). */
const SURVEY_ESTIMATE_BEFORE_RE =
  /\b(?:analysts|economists|forecasters|participants|respondents|panel(?:l)?ists|those\s+(?:surveyed|polled|asked))\s+(?:[a-z]+ly\s+)?(?:estimated|estimates?|suggested|placed|put)\b(?!\s+(?:that|to)\b)|\b(?:analysts|economists|forecasters|participants|respondents|panel(?:l)?ists)\s+(?:surveyed|polled)\b|\b(?:median|mean|average|consensus)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:estimates|forecasts|expectations|projections|responses|replies|answers)\b[^.;]*?\b(?:suggested|suggests|pointed\s+to|points\s+to|indicated|indicates|stood\s+at|stands\s+at|was|is)\b/i;
/** A survey or poll named in a sentence: "In the April survey", "those polled". */
const SURVEY_NAMED_RE = /\b(?:surveys?|surveyed|polls?|polled)\b/i;

const MINORITY_PREFERENCES_RE = new RegExp(MINORITY_PREFERENCE_RE.source, 'gi');

/** After the number, the other side of a split vote with its count: ", while two members voted
 *  to keep it unchanged", "and three members preferred". */
const OTHER_SIDE_AFTER_RE =
  /\b(?:while|whereas|and|but|with)\s+(?:the\s+(?:other|remaining)\s+)?(one|two|three|four|five|six|seven|eight|nine)\s+(?:other\s+)?(?:members?|directors?|governors?|policymakers?)\s+(?:[\w'’-]+\s+){0,2}?(?:vot(?:ed|ing)|prefer(?:red|ring)|favou?r(?:ed|ing)|dissent(?:ed|ing))\b/i;

/** True when a counted group's vote outnumbers the other side the sentence counts after the
 *  number ("Four members voted to reduce the policy repo rate by 25 bps, while two members voted
 *  to keep it unchanged"): the larger side's vote is the decision, no minority's preference.
 *  @example outvotedOther('four members voted to', ', while two members voted to hold.') // true */
function outvotedOther(preference: string, after: string): boolean {
  const own = /^(one|two|three|four|five|six|seven|eight|nine)\b/i.exec(preference.trim());
  const other = OTHER_SIDE_AFTER_RE.exec(after);
  if (!own || !other) return false;
  return readNumber(own[1]!)! > readNumber(other[1]!)!;
}

/** A revision before the number: "is revised significantly higher to", "was revised up by". */
const REVISED_BEFORE_RE =
  /\b(?:(is|are)\s+(?:now\s+)?)?(?:revised|upgraded|downgraded|(?:upward|downward)\s+revisions?\s+of)\b(?:,?\s+[\w'’$€£.-]+){0,8}\s*$/i;

/**
 * True when a figure is revised for a whole year that is not over: the document's year or a later
 * one ("inflation for 2034 was revised up to 6.0%" in 2034), or, in a text with no date, a year
 * revised in the present ("headline inflation for 2034 is revised higher to 6.0%"): a forecast
 * revised, with no forecast word. A quarter or month of the year may be over, so it is data
 * revised ("second-quarter growth in 2034 was revised up to 0.4%"), as is a year before the
 * dateline.
 * @example revisedAhead('inflation for 2034 is revised higher to ', 'inflation for 2034 is revised higher to 6.0%') // true
 */
function revisedAhead(
  lead: string,
  clauseText: string,
  documentYear?: number,
  documentMonth?: number,
): boolean {
  const revised = REVISED_BEFORE_RE.exec(lead);
  if (!revised) return false;
  const years = namedYears(clauseText, documentYear, documentMonth);
  const part =
    /\b(?:Q[1-4]|quarters?|quarterly|half|month|January|February|March|April|May|June|July|August|September|October|November|December)\b/i.test(
      clauseText,
    );
  if (years.length === 0 || part || FINISHED_PERIOD_RE.test(clauseText)) return false;
  if (documentYear !== undefined) return years.every((y) => y >= documentYear);
  return revised[1] !== undefined;
}

/**
 * True when the words after the number set a deadline after the dateline's year and name no year
 * before it or a period that is over: "to cut the deficit to 2% of GDP by 2036" in a text of 2034
 * is a goal.
 * @example laterDeadline(' of GDP by 2036.', 2034) // true
 */
function laterDeadline(after: string, documentYear?: number): boolean {
  if (documentYear === undefined || FINISHED_PERIOD_RE.test(after)) return false;
  const deadline =
    /\bby\s+(?:the\s+(?:end|middle|start)\s+of\s+|(?:end|mid|early|late)-|(?:early|late)\s+)?((?:19|20)\d\d)\b/i.exec(
      after,
    );
  const all = [...after.matchAll(/\b(?:19|20)\d\d\b/g)].map((y) => Number(y[0]));
  return deadline !== null && all.every((y) => y > documentYear);
}

/**
 * True when the words after the number name the span it is measured over and that span ends after
 * the dateline's year: "doubling farm exports between 2019 and 2027", in a text of 2024, is a goal.
 * @example spanEndsAhead(' farm exports between 2019 and 2027.', 2024) // true
 */
function spanEndsAhead(after: string, documentYear?: number): boolean {
  if (documentYear === undefined) return false;
  const span =
    /^[^.;:]{0,60}?\b(?:between\s+(?:19|20)\d\d\s+and|from\s+(?:19|20)\d\d\s+(?:to|until|through))\s+((?:19|20)\d\d)\b/i.exec(
      after,
    );
  return span !== null && Number(span[1]) > documentYear;
}

/** Right before a number, a limit a rule or law sets, that a measure is compared with: "far under
 *  the prudent limit of 55% of GDP", "under the statutory ceiling of". It is in force now, whatever
 *  forecast the measure is in; "below the level of 45% expected for 2032" names no such limit. */
const LIMIT_IN_FORCE_BEFORE_RE =
  /\b(?:below|above|under|within|beneath|exceed(?:s|ed|ing)?|breach(?:es|ed|ing)?)\s+(?:the|its|their|a)\s+(?:prudent|legal|statutory|constitutional)\s+(?:debt\s+)?(?:level|ceiling|limit|cap)\s+of\s+(?:about\s+|around\s+)?$/i;

/** The text with [start, end) blanked, length for length. */
function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

function clauseAround(sentence: string, at: number): [number, number] {
  const cuts = [0];
  // "After touching a low of 1.1% in April, inflation is expected to …": a fronted participle
  // dated by its month happened; the main clause's forecast does not reach it.
  // "Although A, B …", "Aiming to A, the ministries B …", "To ease a possible strain, it has been
  // decided to …": the subordinate or purpose clause before the first comma is not the figure's clause, nor a fronted "with" phrase of conditions ("But with
  // inflation at 6.9 percent in October, the rate will likely stay …"); "noted that A and that B": each reported clause is its own.
  // ", intended to reduce …" after a number is what the thing is for, not the number's status.
  const subordinate =
    /^(?:(?:Although|Though|While|Whereas|As|Since|If|When|Despite|Aiming|In order to|With the aim|To(?!\s+date\b)(?=\s+[a-z]+\s))\b[^,]*|After\s+[a-z]+ing\s[^,]*\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b[^,]*|(?:But\s+with|With|Given)\s+(?![-–−‑+]?\d)[^,]{10,}?),\s+/i.exec(
      sentence,
    );
  if (subordinate) cuts.push(subordinate[0].length);
  for (const m of sentence.matchAll(CLAUSE_CUT_RE)) {
    cuts.push(m.index + m[0].length);
  }
  cuts.push(sentence.length);
  let i = 0;
  while (i + 1 < cuts.length - 1 && cuts[i + 1]! <= at) i++;
  // "will be as follows: $A from X; $B from Y; and $C from Z", "expects the rise to add $A to goods,
  // and $B to services", "will include A, and be increased by up to $B": a clause that opens with
  // its number (or a bare verb) has no verb of its own, so the verb before is its verb, and with it
  // that clause's tense or hedge.
  const firstCut = subordinate ? 2 : 1;
  const end = cuts[i + 1]!;
  // The clause's own lead ends at its first number: in "…, and 10 basis points to 2.1 percent",
  // "and" is all there is before the 10, so the clause borrows the verb before it. v74: searched to
  // the clause's end, not to the stated words' start, which may open on the noun before the
  // number ("…, and GDP growth of 2.1 percent" starts at "growth": its lead is "and GDP growth of").
  const first = withoutPeriods(sentence.slice(cuts[i]!, Math.min(end, cuts[i]! + 200))).search(
    /(?:\b[A-Z]{3}\s?|\b[A-Z]{1,2}\$\s?)?[\d$€£¥₽₩]/,
  );
  // Past the stated start only through the noun's link to its number ("growth of 2.1"), not into a
  // currency's prefix the search does not know ("a further R780 million" starts at "R").
  const firstAt = first >= 0 ? cuts[i]! + first : at;
  let own =
    firstAt > at &&
    !/\s(?:of|at|to|by|for)\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?$/i.test(
      sentence.slice(at, firstAt),
    )
      ? at
      : firstAt;
  while (
    i >= firstCut &&
    ELIDED_CLAUSE_LEAD_RE.test(sentence.slice(cuts[i], own)) &&
    !OWN_VERB_RE.test(sentence.slice(own, cuts[i + 1])) &&
    !SUBJECT_SHARE_VERB_RE.test(sentence.slice(own, cuts[i + 1]))
  ) {
    i--;
    // The clause before may itself be an item of the same list: its own number starts it.
    const clause = sentence.slice(cuts[i], cuts[i + 1]);
    own = cuts[i]! + Math.max(0, clause.search(/(?:\b[A-Z]{3}\s?|\b[A-Z]{1,2}\$\s?)?[\d$€£¥₽₩]/));
  }
  return [cuts[i]!, end];
}

/** The words of a clause before its number when its verb is left out: none ("; $18 billion each
 *  from …"), a subject and an infinitive whose "is expected" is left out (", and exports to climb ",
 *  ", and the trade deficit to widen to about "),
 *  a relative clause that restates the figure before ("which signals a single quarter-point
 *  reduction", "which represents an increase of almost"), a conjunction ("and $30 billion to
 *  services", "and a 0.1 point downward revision", "but nonetheless about"), "by" ("and by 2%"), a hedge, or a bare
 *  infinitive or gerund that needs the modal before it ("and be increased by up to", "and then
 *  doubling them again"). */
const ELIDED_CLAUSE_LEAD_RE = new RegExp(
  String.raw`^which\s+(?:would\s+|will\s+)?(?:signals?|implies|imply|means?|represents?|amounts?\s+to|corresponds?\s+to|translates?\s+into|equals?|is|are)\s+(?:[\w-]+\s+){0,5}?$|` +
    String.raw`^(?:and|or|but)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}?to\s+(?:[a-z]+\s+)?(?:(?:by|to)\s+)?(?:(?:${APPROX})\s+)*$|` +
    // ", and hotel takings of between": a second object of the verb before, a noun and "of".
    String.raw`^(?:and|or)\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][\w'’-]*\s+){1,3}?of\s+(?:between\s+)?(?:(?:${APPROX})\s+)*$|` +
    String.raw`^(?:(?:and|or|but)\s+(?:(?:then|nonetheless|nevertheless|still|also|even|yet)\s+)?(?:an?\s+)?(?:(?:up|down)\s+)?(?:(?:be|become|have|get)\s+[a-z]+\s+|[a-z]+ing\s+(?:[a-z]+\s+){0,2}?)?)?(?:by\s+)?(?:(?:${APPROX})\s+)*$` +
    // A gapped clause, a noun phrase and the place its bracketed number is for: "and the
    // steepest falls in Norway (" borrows the verb before ("are projected in Spain (+3%)").
    String.raw`|^(?:and|or|but)\s+(?:the\s+)?(?:(?!(?:is|are|was|were|has|have|had|will|would|could|may|might)\b)[\w'’-]+\s+){1,4}?(?:in|for|at|among)\s+[A-Z][^,;:()\d]{0,40}\(\s*[-–−+]?$`,
  'i',
);
/** A finite verb of a clause's own after its number: "; 3% was recorded in 2030" is its own statement. */
const OWN_VERB_RE =
  /\b(?:is|are|was|were|has|have|had|will|would|shall|could|may|might|rose|fell|grew|remained|stood|reached|came)\b/i;

const LEADING_WORDS =
  /^(?:and|but|while|whereas|although|though|so far|in addition|also|however|meanwhile|overall|moreover|furthermore|thus|therefore|as a result|in total|in all|by contrast|this year|last year|in (?:19|20)\d\d)\s*,?\s+/i;
const MAIN_VERB =
  /\b(?:is|are|was|were|has|have|had|will|would|shall|could|may|might|increased|rose|grew|fell|decreased|declined|dropped|doubled|tripled|halved|reached|reaches|totall?ed|totals|stood|stands|amounted|amounts|accounts?|accounted|made up|makes up|represents?|represented|holds?|held|owns?|owned|expanded|climbed|jumped|shrank|contracted|invested|spent|lent|pledged|provided|allocated|received|exported|imported|rise|rises|increase|increases|fall|falls)\b/i;
const ACTION_VERB =
  /^(?:(?:has|have|had|will|would|is|are|was|were)\s+(?:been\s+)?)?(?:invested|spent|lent|pledged|provided|allocated|received|exported|imported|invest|spend|lend|pledge|provide|allocate|receive)\b/i;
const PRONOUN =
  /^(?:the (?:number|figure|amount|total|sum|share|rate|level)|it|this|that|this (?:figure|amount|number)|which)$/i;

function guessLabel(
  lead: string,
  m: Match,
  status: FigureStatus,
  previous: string | undefined,
  stated: string,
): string {
  let text = lead
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // "The minister said that exports rose": the figure's subject follows the reporting verb.
  text = text.replace(
    /^.*\b(?:said|says|stated|noted|reported|announced|explained|added)(?:\s+that)?(?:\s+|$)/i,
    '',
  );
  for (let i = 0; i < 3; i++) text = text.replace(LEADING_WORDS, '');
  const verb = MAIN_VERB.exec(text);
  let subject = verb ? text.slice(0, verb.index) : text;
  subject = subject
    .replace(
      /\s+(?:in|during|for|by|over|since|as of|at the end of)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+(?:year\s+)?)?(?:19|20)\d\d(?:[-–/]\d{2,4})?$/i,
      '',
    )
    .replace(/[\s,;:]+$/, '')
    .trim();
  if (verb) {
    const action = ACTION_VERB.exec(text.slice(verb.index));
    if (action && subject) subject = `${subject} ${action[0]}`;
  }
  let label: string;
  if (PRONOUN.test(subject) && previous) {
    label =
      status === 'expected' ? `${previous.replace(/ \(expected\)$/, '')} (expected)` : previous;
  } else if (subject.length >= 3 && !PRONOUN.test(subject)) {
    label = subject;
  } else {
    label = stated;
  }
  if (m.object && m.kind === 'share' && label !== stated) {
    label = /^[A-Z]/.test(m.object) ? `${label} in ${m.object}` : `${label}, share of ${m.object}`;
  }
  if (label.length > 80) label = `${label.slice(0, 80).replace(/\s+\S*$/, '')}…`;
  return capitalise(label);
}

function orderKeys(f: Candidate): Candidate {
  const {
    id,
    label,
    topic,
    kind,
    value,
    range,
    unit,
    status,
    period,
    basePeriod,
    speaker,
    stated,
    quote,
    notes,
    chart,
  } = f;
  return {
    id,
    label,
    topic,
    kind,
    ...(range !== undefined ? { range } : { value }),
    unit,
    status,
    ...(period !== undefined ? { period } : {}),
    ...(basePeriod !== undefined ? { basePeriod } : {}),
    speaker,
    stated,
    quote,
    notes,
    chart,
  };
}

// ---------------------------------------------------------------------------------------------
// Small text helpers.

export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A stable kebab-case id from a label.
 * @example kebab("Japan's exports to Russia") // 'japans-exports-to-russia'
 */
export function kebab(label: string, max = 60): string {
  const id = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const short = id.length > max ? id.slice(0, max).replace(/-[^-]*$/, '') : id;
  return short || 'figure';
}

/**
 * The id, or the id with the next free suffix ("-2", "-3") when it is taken.
 * @example uniqueId('exports', new Map([['exports', 1]])) // 'exports-2'
 */
export function uniqueId(id: string, used: Map<string, number>): string {
  if (!used.has(id)) {
    used.set(id, 1);
    return id;
  }
  // Remember the last suffix per id so a thousand "sales" figures stay linear, not quadratic.
  let n = used.get(id)!;
  let candidate: string;
  do candidate = `${id}-${++n}`;
  while (used.has(candidate));
  used.set(id, n);
  used.set(candidate, 1);
  return candidate;
}

/** Right after a sum, the years it is spread over and the year they start in: " over six years,
 *  starting in 2026-27", " over four years starting in 2027", " over five years from 2020". Group 1
 *  is the first year. */
const SPREAD_FROM_YEAR_AFTER_RE =
  /^\s*over\s+(?:the\s+(?:next\s+)?)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:fiscal\s+|financial\s+)?years\s*,?\s+(?:starting|beginning|commencing|from)\s+(?:(?:in|with)\s+)?(?:(?:the\s+)?(?:fiscal\s+|financial\s+)?year\s+|FY\s?)?((?:19|20)\d\d)\b/i;

/**
 * Whether German words make a number a forecast or a plan: a verb or noun of expectation before it
 * with no other number between ("Die Bundesregierung erwartet für 2027 ein Wachstum von 1,2 %"), or
 * a verb of planning that closes its clause after it ("ist mit 81,8 Mrd. € veranschlagt", "sieht
 * … Ausgaben von 502,5 Mrd. € vor"). German puts the verb last, so the English readings miss both.
 * @example germanForecast('Die Nettokreditaufnahme ist mit ', ' veranschlagt.') // true
 */
function germanForecast(lead: string, after: string): boolean {
  if (GERMAN_FORECAST_BEFORE_RE.test(lead)) return true;
  const plan = GERMAN_PLAN_AFTER_RE.exec(after);
  if (!plan) return false;
  return plan[1] !== 'vor' || /(?<![\p{L}])(?:sieht|sehen)(?![\p{L}])/u.test(lead);
}
