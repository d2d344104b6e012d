// The level in force beside a proposal (v210): a table that sets a "Current fee", "Current rate",
// "Existing charge" or "Rate in force" column beside a proposed or new one ("| Item | Current fee |
// Proposed fee |" over "| Writ of summons | HK$1,045 | HK$1,220 |"), and a level the prose names as
// today's ("Tobacco excise is currently $1.42380 per stick", "The tariff for a copy, R1.50 per page
// since 2014, should be reviewed"): the level charged on the document's day, a fact, actual (README:
// the level a new charge replaces is the charge in force), whatever the proposal, costing or
// recommendation around it. Pure text work over the number's row or sentence. v221 reads more of
// its constructions: "(currently €105)", ", now £4,860,", "up from NOK 339 this year", a header
// "M13 current", a "Current" column beside dated ones under a proposed schedule, an "Outturn 2034"
// column beside a forecast, and the "from" end of a change in a list of recommendations.

import { CHARGE_NOUN_RE, earlierLevelOfChange } from './documentStage.ts';
import { yearUnderWay } from './startingLevel.ts';
import { pipeHeaderAt } from '../../model/pipeColumn.ts';

/** A header cell naming the level in force: "Current fee", "Current excise duty rate", "Current
 *  minimum", "Existing charge", "Present tariff", "Rate in force", "Current", "Current, 2035/36",
 *  "Today" (v278). Not a measure's basis
 *  ("Current prices", "Current account", "Current year") nor a header over both ("Current and
 *  proposed"). */
const IN_FORCE_HEADER_RE =
  /^\s*(?:(?:[\w'’()-]+\s+){1,3}(?:current|existing)|(?:current|existing|present|prevailing|today|now)(?!\s+(?:and|&|vs\.?|versus|or|to|prices?|terms|dollars|account|year|period|quarter|month|budget|estimates?|forecasts?|projections?|targets?)\b)(?:,?\s+[\w'’()%$€£¥₹/,.-]+){0,5}|(?:[\w'’()%$€£¥₹/-]+\s+){1,5}?(?:in\s+force|currently\s+(?:charged|payable|levied|applied|paid)))\s*$/i;

/** Another header cell of the same table naming a new level: "Proposed fee", "New rate", "Revised
 *  charge", "Recommended minimum", "Rate from 1 July 2035", and the stages of a decision beside it:
 *  "Consulted", "Final", "Decided" (v248). */
const NEW_HEADER_RE =
  /\b(?:proposed|proposal|new|revised|recommended|draft|planned|amended|future|increased|consulted|consultation|final|decided)\b|\bfrom\s+(?:\d|[A-Z][a-z]+\s+\d)/i;
/** A header cell that dates a level by its month and year alone ("Oct. 2035", "April 2036") or by
 *  the step of a phased change ("Year 1", "Phase 2"; v228): beside
 *  a "Current" column under a title that names the schedule proposed ("Proposed fee schedule (per
 *  ton)" over "| Material | Current | Oct. 2035 | Oct. 2036 |"; v221), the new levels. */
const DATED_HEADER_RE =
  /^\s*(?:[A-Z][a-z]{2,8}\.?\s+(?:19|20)\d\d|(?:Year|Phase|Stage|Step)\s+\d{1,2})\s*$/;
/** A table's title line naming the schedule it sets out as a proposal (v221). */
const PROPOSED_TITLE_RE = /\b(?:proposed|draft|new|revised)\b/i;
/** A header cell naming the outturn of a period: "Outturn 2034", "Actual 2033-34", "2034
 *  (outturn)", "Audited outturn 2034" (v221). */
const OUTTURN_HEADER_RE =
  /^\s*(?:(?:audited|provisional|final)\s+)?(?:outturn|actuals?)\s+(?:19|20)\d\d(?:[-–/]\d{2,4})?\s*$|^\s*(?:19|20)\d\d(?:[-–/]\d{2,4})?\s*\((?:outturn|actuals?)\)\s*$/i;
/** Another header cell of the same table naming a forecast or an estimate beside the outturn. */
const FORECAST_HEADER_RE =
  /\b(?:forecast|estimated?|budget(?:ed)?|projected|projection|plan(?:ned)?|proposed)\b/i;

/**
 * Whether offset `at` (UTF-16) of `text` is a cell of a pipe table's column whose header names the
 * level in force, in a table another of whose headers names a new level beside it.
 * @example inForceColumn('| Item | Current fee | Proposed fee |\n|---|---|---|\n| Copy | $4 | $5 |', 56) // true
 * @example inForceColumn('| Item | 2034 | 2035 |\n|---|---|---|\n| Copy | $4 | $5 |', 43) // false
 */
export function inForceColumn(text: string, at: number): boolean {
  const table = pipeHeaderAt(text, at);
  if (!table) return false;
  const { header, column, title } = table;
  const cell = header[column];
  if (cell === undefined) return false;
  // "| | Outturn 2034 | Forecast 2035 | Estimate 2036 |": the outturn beside a forecast (v221).
  if (OUTTURN_HEADER_RE.test(cell))
    return header.some((other, i) => i !== column && FORECAST_HEADER_RE.test(other));
  if (!IN_FORCE_HEADER_RE.test(cell)) return false;
  if (header.some((other, i) => i !== column && NEW_HEADER_RE.test(other))) return true;
  // "Proposed fee schedule (per ton)" over "| Material | Current | Oct. 2035 | Oct. 2036 |" (v221).
  return (
    PROPOSED_TITLE_RE.test(title) &&
    header.some((other, i) => i !== column && DATED_HEADER_RE.test(other))
  );
}

/** Right before the number, a present verb that names the level today's: "is currently ", "are
 *  currently set at ", "currently stands at ". */
const NOW_BEFORE_RE =
  /(?:\b(?:is|are)\s+currently(?:\s+(?:set|fixed|levied|charged|payable|pegged))?(?:\s+at)?|\bcurrently\s+(?:stands?|sits?)\s+at|[(,;–—]\s*(?:currently|now|at\s+present)(?:\s+at)?)\s+(?:(?:about|around|some|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before the number, the charge named by a word of the level in force: "normal tariff ",
 *  "the current rate of ", "existing duty of " (v281: "- TC 2031/027: electric bus chassis, normal
 *  tariff 5%, proposed concession rate Free", under a list of concessions proposed). A table row's
 *  label ("| A: hold at the current fee | $375 |") names an option, not the level (README, v220). */
const NAMED_IN_FORCE_BEFORE_RE =
  /\b(?:normal|current|existing|prevailing)\s+(?:[a-z-]+\s+)?(?:tariffs?|rates?|dut(?:y|ies)|lev(?:y|ies)|fees?|charges?|tolls?|caps?|thresholds?)\s+(?:(?:of|at|is)\s+)?(?:[^\s\d|]{1,4}\s?)?$/i;
/** Right before the number, a body's perfect of keeping a set level where it is: "The Ministry has
 *  kept the cap of ", "has retained the existing duty of " (v278): the level in force. */
const KEPT_PERFECT_BEFORE_RE =
  /\b(?:has|have)\s+(?:(?:also|again)\s+)?(?:kept|retained|maintained)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:caps?|ceilings?|limits?|floors?|rates?|dut(?:y|ies)|lev(?:y|ies)|fees?|charges?|thresholds?|tariffs?)\s+(?:of|at)\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Before a bracketed level, an earlier bracket of the same sentence that named its level as
 *  today's: "light goods vehicles (currently HK$30) and heavy goods vehicles (" (v221). */
const RUN_ON_BRACKET_BEFORE_RE =
  /\(\s*(?:currently|now|at\s+present)\s+[^()]*\)[^().;:]*\(\s*(?:[^\s\d]{1,4}\s?)?$/i;
/** After such a level, the bracket's close, the unit it is charged on alone between. */
const BRACKET_CLOSE_AFTER_RE =
  /^(?:\s+(?:per|a|an|each)\s+[\w-]+(?:\s+[\w-]+)?|\s*%[\w\s]{0,12})?\s*\)/i;
/** Right after the number and the unit it is charged on, the year since which it has held: " per
 *  page since 2014", " a day (unchanged since 2027)", ", unchanged since 2027". Group 1: the year. */
const SINCE_AFTER_RE =
  /^(?:\s+(?:per|a|an|each)\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s*,\s*|\s*\(\s*|\s+)(?:(?:unchanged|in\s+force|charged|levied|payable|fixed|frozen)\s+)?since\s+((?:19|20)\d\d)\b/i;

/** At the end of the number's sentence, an appositive that names the levels before it as held since
 *  a year: "Members contribute 2 per cent of wages, matched by 2 per cent from their employers, a
 *  rate unchanged since 2025." (v278). Group 1: the year. */
const SINCE_APPOSITIVE_AFTER_RE =
  /^[^.;:]*?,\s*(?:a|the)\s+(?:[\w-]+\s+)?(?:rates?|levels?|fees?|charges?|amounts?|ceilings?|limits?|thresholds?)\s+(?:unchanged|in\s+force|frozen|fixed)\s+since\s+((?:19|20)\d\d)\s*[.;]?\s*$/i;
/** Right before the number, the start of a change a new level is set against: "up from ", "down
 *  from "; right after it, "this year", the year in force (v221: "will be NOK 352 in 2035, up from
 *  NOK 339 this year"). A forecast word before it makes this year's level a path's start. */
const REPLACED_BEFORE_RE =
  /\b(?:up|down)\s+from\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
const THIS_YEAR_AFTER_RE =
  /^(?:\s+(?:per|a|an|each)\s+[\w-]+(?:\s+[\w-]+)?)?\s+this\s+year\b(?!\s+(?:so\s+far|to\s+date))/i;
const FORECAST_WORD_RE =
  /\b(?:expect(?:s|ed)?|forecasts?|project(?:s|ed|ions?)|predict(?:s|ed)?|likely|could|might|may|estimate[sd]?|anticipat(?:es|ed))\b/i;

/**
 * Whether a level, not a change, is named by its sentence as the one in force: "is currently " or
 * "has kept the cap of " (v278) or "normal tariff " (v281) before it, or the year since which it has held right after it ("R1.50 per page since 2014") or
 * in an appositive that ends its sentence (", a rate unchanged since 2025."), a year before the
 * document's own.
 * @example inForceLevel('Tobacco excise is currently ', ' per stick.', 2034) // true
 * @example inForceLevel('The tariff for a copy, ', ' per page since 2014, should be reviewed.', 2034) // true
 * @example inForceLevel('The fee should rise to ', ' per page from 2035.', 2034) // false
 */
export function inForceLevel(before: string, after: string, documentYear?: number): boolean {
  if (
    NOW_BEFORE_RE.test(before) ||
    KEPT_PERFECT_BEFORE_RE.test(before) ||
    NAMED_IN_FORCE_BEFORE_RE.test(before)
  )
    return true;
  if (RUN_ON_BRACKET_BEFORE_RE.test(before) && BRACKET_CLOSE_AFTER_RE.test(after)) return true;
  if (
    REPLACED_BEFORE_RE.test(before) &&
    THIS_YEAR_AFTER_RE.test(after) &&
    !FORECAST_WORD_RE.test(before)
  )
    return true;
  const since = SINCE_AFTER_RE.exec(after) ?? SINCE_APPOSITIVE_AFTER_RE.exec(after);
  return since !== null && documentYear !== undefined && Number(since[1]) < documentYear;
}

/** A sum's scale word: a total, no charge on a unit. */
const SCALE_AFTER_RE = /^\s*(?:million|billion|trillion|crores?|lakhs?|bn)\b/i;

/**
 * Whether an amount is the "from" end of a change between two levels that an item of a list of
 * recommendations or proposals states ("(e) the weekly cap be lowered to $50 from $60" under "The
 * review recommends that:"): the level in force the change starts from, actual, though the list's
 * lead-in makes its other figures proposals (v221). A scaled sum, a forecast's path or a base with a
 * period of its own keep the list's reading (documentStage.ts, earlierLevelOfChange).
 * @example replacedInList('(e) the weekly cap be lowered to $50 from ', '.') // true
 * @example replacedInList('- cut the deficit to $2 billion from ', ' billion in 2034.') // false
 */
export function replacedInList(before: string, after: string): boolean {
  if (SCALE_AFTER_RE.test(after)) return false;
  return earlierLevelOfChange(before, after);
}

/** Right before the number, the level a new one is set against as the one it replaces, in rate
 *  or bound words too: "instead of the full ", "in place of ". */
const INSTEAD_OF_BEFORE_RE =
  /\b(?:instead\s+of|in\s+place\s+of)\s+(?:the\s+(?:full|current|existing|present|standard|normal)\s+)?(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right after the number, a period of its own: " in 2033", " for 2033-34". Group 1: the period. */
const DATED_AFTER_RE =
  /^(?:\s*(?:%|per\s?cent|percent))?(?:\s+(?:per|a|an|each)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:in|for)\s+((?:FY\s?)?(?:19|20)\d\d(?:[-–/]\d{2,4})?)\b/i;
/** A bound or a contribution, levels a rule sets that CHARGE_NOUN_RE leaves out. */
const BOUND_NOUN_RE = /\b(?:ceilings?|limits?|contributions?)\b/i;

/**
 * Whether a level, not a change, is the one a change or a new level starts from, whatever stage
 * the document is at: the "from" end of a change between two levels ("The mobile termination rate
 * will fall from KSh 0.58 per minute to KSh 0.41", "raising it to RM5,500 from RM5,000"), one
 * dated to the year under way or over ("be raised to SEK 643 100 in 2034, from SEK 624 700 in
 * 2033", dated September 2033), and the level a new one is set "instead of" ("would be 20.81 per
 * cent of pay …, instead of the full 31.42 per cent"), of a rate, charge, bound or contribution
 * the clause names: the level in force, actual (README: the level a change starts from is in
 * force; v278 reads it in rate and bound words and with the year under way). A forecast's path, a
 * range, a sum with a scale and a base dated to a year to come keep their reading.
 * @example changeStartInForce('The termination rate will fall from ', ' per minute to KSh 0.41.', 2034, 2) // true
 * @example changeStartInForce('be raised to SEK 643 100 in 2034, from ', ' in 2033.', 2033, 9) // true
 * @example changeStartInForce('Growth is forecast to slow from ', ' to 2.1%.', 2033, 9) // false
 * @example changeStartInForce('The threshold rises to $5,000 in 2036, from ', ' in 2035.', 2033, 9) // false
 */
export function changeStartInForce(
  lead: string,
  after: string,
  documentYear?: number,
  documentMonth?: number,
): boolean {
  if (SCALE_AFTER_RE.test(after)) return false;
  const clause = lead.slice(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1);
  if (!CHARGE_NOUN_RE.test(clause) && !BOUND_NOUN_RE.test(clause)) return false;
  // "instead of the 7.25 per cent the union asked for": a level a clause after it names is no
  // level in force; only one that ends its clause is.
  if (INSTEAD_OF_BEFORE_RE.test(lead)) return /^\s*(?:[.;)]|$)/.test(after);
  const dated = DATED_AFTER_RE.exec(after);
  if (dated !== null) {
    const year = Number(/(?:19|20)\d\d/.exec(dated[1]!)![0]);
    const begun =
      documentYear !== undefined &&
      (year < documentYear || yearUnderWay(dated[1]!, documentYear, documentMonth));
    return begun && earlierLevelOfChange(lead, after.slice(dated[0].length));
  }
  return earlierLevelOfChange(lead, after);
}

/** Right before the number, a level's noun whose subject the number names by its level: "The
 *  contribution rates of ", "the ceiling of ". */
const NAMED_LEVEL_BEFORE_RE =
  /\b(?:rates?|levels?|fees?|charges?|contributions?|ceilings?|limits?|thresholds?|dut(?:y|ies)|lev(?:y|ies)|tariffs?)\s+of\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** Right after it, the predicate that says the level does not change: " each would not change", "
 *  each to the training fund would not change", " will remain unchanged", " are unchanged". */
const UNCHANGED_PREDICATE_AFTER_RE =
  /^(?:\s*(?:%|per\s?cent|percent))?(?:\s+(?:each|apiece|a\s+[a-z]+|per\s+[a-z]+))?(?:\s+(?:to|for|on)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:(?:would|will|shall|do|does)\s+not\s+change|(?:would|will|shall)\s+(?:remain|stay)\s+(?:unchanged|the\s+same)|(?:remains?|stays?|is|are)\s+unchanged)\b/i;

/**
 * Whether the number names a level by its value in the subject of a predicate that says it does
 * not change ("The contribution rates of 1% each would not change"): today's level, in force,
 * actual, in a proposal too (v278). A level a proposal would hold, its number after the verb
 * ("would stay at $0.80, unchanged"), keeps its reading.
 * @example unchangedNamedLevel('The contribution rates of ', '% each would not change.') // true
 * @example unchangedNamedLevel('The fee would stay at ', ', unchanged.') // false
 */
export function unchangedNamedLevel(before: string, after: string): boolean {
  return NAMED_LEVEL_BEFORE_RE.test(before) && UNCHANGED_PREDICATE_AFTER_RE.test(after);
}
