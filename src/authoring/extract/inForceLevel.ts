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

import { earlierLevelOfChange } from './documentStage.ts';
import { pipeHeaderAt } from '../../model/pipeColumn.ts';

/** A header cell naming the level in force: "Current fee", "Current excise duty rate", "Current
 *  minimum", "Existing charge", "Present tariff", "Rate in force", "Current". Not a measure's basis
 *  ("Current prices", "Current account", "Current year") nor a header over both ("Current and
 *  proposed"). */
const IN_FORCE_HEADER_RE =
  /^\s*(?:(?:[\w'’()-]+\s+){1,3}(?:current|existing)|(?:current|existing|present|prevailing)(?!\s+(?:and|&|vs\.?|versus|or|to|prices?|terms|dollars|account|year|period|quarter|month|budget|estimates?|forecasts?|projections?|targets?)\b)(?:\s+[\w'’()%$€£¥₹/,.-]+){0,5}|(?:[\w'’()%$€£¥₹/-]+\s+){1,5}?(?:in\s+force|currently\s+(?:charged|payable|levied|applied|paid)))\s*$/i;

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
 * Whether a level, not a change, is named by its sentence as the one in force: "is currently "
 * before it, or the year since which it has held right after it ("R1.50 per page since 2014"), a
 * year before the document's own.
 * @example inForceLevel('Tobacco excise is currently ', ' per stick.', 2034) // true
 * @example inForceLevel('The tariff for a copy, ', ' per page since 2014, should be reviewed.', 2034) // true
 * @example inForceLevel('The fee should rise to ', ' per page from 2035.', 2034) // false
 */
export function inForceLevel(before: string, after: string, documentYear?: number): boolean {
  if (NOW_BEFORE_RE.test(before)) return true;
  if (RUN_ON_BRACKET_BEFORE_RE.test(before) && BRACKET_CLOSE_AFTER_RE.test(after)) return true;
  if (
    REPLACED_BEFORE_RE.test(before) &&
    THIS_YEAR_AFTER_RE.test(after) &&
    !FORECAST_WORD_RE.test(before)
  )
    return true;
  const since = SINCE_AFTER_RE.exec(after);
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
