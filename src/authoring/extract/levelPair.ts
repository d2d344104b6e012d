// Two levels a "from … to …" pair states of a measure that is a level (v284): a rate, a tariff, a
// tax, a duty, a share or a participation rate moved "from" one percent "to" another is read as two
// `share`s, whatever change the sentence's subject or the clause before names ("Pork exports
// increased after the Philippines lowered its in-quota tariff on frozen pork from 15% to 10%":
// 15 and 10 are the tariff before and after; "The LFPR for women rose from 22.6% to 25.1% over the
// same period": 25.1 is the level reached, the period after it names no change). A growth or
// inflation rate keeps its changes ("growth slowed from 3.1% to 2.2%").
// Pure text work on the words around one number; it knows nothing of figures.

/** A noun of a level, with what it is of or on after it, then "from" (and a word of about):
 *  "its in-quota tariff on frozen pork from ", "the levy rate from about ", "LFPR for women rose
 *  from ", "Kestria's share in India's imports rose to ". Group `noun`. */
const LEVEL_FROM_BEFORE_RE =
  /\b(?<noun>rates?|tariffs?|tax(?:es)?|dut(?:y|ies)|lev(?:y|ies)|premiums?|ratios?|shares?|LFPR|participation|proportions?|percentages?)\b(?<rest>[^,;:.%\d()]{0,60}?)\bfrom\s+(?:(?:about|around|roughly|some|nearly|almost)\s+)?$/i;
/** Words between the level's noun and "from" that make it a rate of change ("the rate of growth
 *  from"). */
const CHANGE_MEASURE_RE = /\b(?:growth|inflation|deflation|increases?|changes?)\b/i;
/** A noun before the level's noun that makes it a rate of change: "the growth rate", "the
 *  inflation rate", "the rate of increase". */
const CHANGE_RATE_BEFORE_RE =
  /\b(?:growth|inflation|deflation|increase|change)\s+$|\brates?\s+of\s+(?:growth|inflation|increase|change)/i;

/**
 * Whether a percent right after "from" is the first of two levels a level noun before it moved
 * between ("lowered its in-quota tariff on frozen pork from 15% to 10%"), with "to" and a number
 * after it.
 * @example levelFrom('after it lowered its tariff on pork from ', ' to 10%.') // true
 * @example levelFrom('growth rate slowed from ', ' to 2.2%.') // false
 */
export function levelFrom(lead: string, after: string): boolean {
  const m = LEVEL_FROM_BEFORE_RE.exec(lead);
  if (
    !m ||
    !/^\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just|no\s+more\s+than)\s+)?[-–−‑]?\d/i.test(
      after,
    )
  )
    return false;
  if (CHANGE_MEASURE_RE.test(m.groups!.rest!)) return false;
  return !CHANGE_RATE_BEFORE_RE.test(lead.slice(0, m.index));
}

/**
 * Whether a percent is the second of such a pair: the words before the first end are a level
 * noun's "from" and the words between are " to ".
 * @example levelTo('LFPR for women rose from ', ' to ') // true
 */
export function levelTo(leadOfFirst: string, between: string): boolean {
  return (
    /^\s+to\s+(?:(?:about|around|some|nearly|almost|roughly|just)\s+)?$/i.test(between) &&
    levelFrom(leadOfFirst, `${between}1`)
  );
}
