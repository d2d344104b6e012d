// The level a new charge replaces (v182): a notice or a proposal states a charge's new level
// against the one in force, "up from $398", "instead of $135", "in place of $88", "replacing the
// €14", "to £1.84 … from £1.71", "3.6 per cent more than the NEP for 2033–34 of $7,154". The old level is the charge as it stands, a fact of the day the
// document was written, actual (README: the level a change starts from is in force), whatever the
// new level's own reading, a proposal's included. Pure text work over the number's sentence.

import {
  earlierLevelOfChange,
  OWN_PERIOD_AFTER_RE,
  PATH_OR_RANGE_BEFORE_RE,
} from './documentStage.ts';

/** Right before the number, the words that set it against a new level as the one it replaces:
 *  "up from ", "down from ", "instead of ", "in place of ", "replacing the ", "replacing the
 *  current ". Group words: what stands between the marker and the number. */
const REPLACED_BEFORE_RE =
  /\b(?:(?:up|down)\s+from|instead\s+of|in\s+place\s+of|replacing)\s+(?<words>(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?)(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before the number, the "from" of a change whose new level, with its decimals and the
 *  unit it is charged on, comes first: "to £1.84 per cubic metre from ", "to $5.20 a visit from ". */
const TO_THEN_FROM_BEFORE_RE =
  /\bto\s+(?:[^\s\d.;:]{1,4}\s?)?\d[\d,]*(?:\.\d+)?(?:\s+(?:per|a|an|each)\s+[a-z]+(?:\s+[a-z]+)?)?\s+from\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before the number, the base a change of the charge is stated against, named as a level
 *  "of" the number: "3.6 per cent more than the NEP for 2033–34 of ", "an increase of 3.1% on the
 *  2034/35 price of ", "4% above last year's fee of ". Group words: the base's own words; group
 *  head: the words before the comparison, which end on the change's percent. */
const COMPARED_BASE_BEFORE_RE =
  /(?<head>\d\s*(?:%|per\s?cent|percent)(?:\s+(?:more|less|higher|lower|greater|increase|rise|cut|reduction))?)\s+(?:(?:more|less|higher|lower|greater)\s+than|above|below|over|on|compared\s+(?:with|to)|against)\s+(?<words>(?:the|its|their|our|this\s+year['’]s|last\s+year['’]s)\s+(?:[\w'’/–-]+\s+){0,5}?)of\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Between the marker and the number, a word that makes the base a plan, a forecast or a request,
 *  not the level in force: "instead of the planned ", "up from the proposed ". */
const NOT_IN_FORCE_RE =
  /\b(?:plann?ed|budgeted|forecasts?|projected|expected|estimated|proposed|requests?|requested|sought|targeted|assumed|draft)\b/i;
/** In the sentence before the number, a charge a body sets on those who pay it, or a unit of
 *  service's "cost" as a verb before a sum: "a standing charge of ", "the sewerage charge to ",
 *  "fares", "a standard room cost £186". A price of a market ("consumer prices", "oil prices") is no charge. */
const CHARGE_BEFORE_RE =
  /\b(?:fees?|charges?|fares?|tolls?|tariffs?|lev(?:y|ies)|rents?|(?<!\b(?:consumer|producer|house|home|asset|share|stock|food|oil|commodity|import|export|wholesale|market|world|spot|forward|energy)\s)prices?|premiums?|co-?payments?|subscriptions?|dues|tuition)\b|\bcosts?\s+(?:[^\s\d]{1,4}\s?)?\d/i;
/** In the sentence before the number, words that make the change a forecast or an open hedge: its
 *  start is then the start of a path, read by the forecast. */
const FORECAST_BEFORE_RE =
  /\b(?:expect(?:s|ed)?|forecasts?|projected|likely|could|might|may|estimated?|predicts?|anticipates?)\b/i;
/** A sum's scale word: a total, no charge on a unit. */
const SCALE_RE = /\b(?:million|billion|trillion|crores?|lakhs?|bn)\b/i;

/**
 * Whether an amount is the level a new charge replaces, the one in force: set against the new level
 * by "up from", "down from", "instead of", "in place of" or "replacing", named as the level "of"
 * the number a change in percent is stated against ("3.1% on the 2034/35 price of $6,636"), or the "from" end of a
 * change between two levels (documentStage.ts, earlierLevelOfChange), in a sentence that names a
 * charge before it (README: the old level a notice or a proposal sets a new charge against is
 * actual; v182). A base named as a plan or forecast ("instead of the planned $1.70"), a base with a
 * period of its own ("up from $12 in 2031"), a forecast's path and a scaled sum keep their reading.
 * @example replacedLevel('We propose a standing charge of £42 a year, up from £', '£39', ', for each household.') // true
 * @example replacedLevel('Fuel will cost $1.92 instead of the planned $', '$1.70', '.') // false
 */
export function replacedLevel(before: string, statedText: string, after: string): boolean {
  if (SCALE_RE.test(statedText) || SCALE_RE.test(after.slice(0, 12))) return false;
  if (OWN_PERIOD_AFTER_RE.test(after)) return false;
  const marked = REPLACED_BEFORE_RE.exec(before) ?? COMPARED_BASE_BEFORE_RE.exec(before);
  const base = marked ? before.slice(0, marked.index) : before;
  if (marked && NOT_IN_FORCE_RE.test(marked.groups!.words!)) return false;
  if (!marked && !TO_THEN_FROM_BEFORE_RE.test(before) && !earlierLevelOfChange(before, after))
    return false;
  if (PATH_OR_RANGE_BEFORE_RE.test(before) || FORECAST_BEFORE_RE.test(base)) return false;
  return CHARGE_BEFORE_RE.test(base);
}
