// The level a proposal or a forecast starts from (v228): beside new levels, a consultation, an
// order or a forecast states the facts it starts from, and those keep the status of a fact,
// actual, whatever the proposal or forecast around them: an outturn a relative clause tells with a
// past verb for a period over ("Receipts, which came to €49.8 million in 2032, are expected to
// reach", "19% of the £114 million by which fee income fell short of costs in 2032-33"), a change
// or a level a past verb states right before it for a period over ("traffic grew 11.8% in FY
// 2033-34"), the "from" end of a change dated to a period over ("up from $15.86 in 2032-33"), a
// level named as today's by "now" right after it ("against 74 fee units ($1,215) now"), a level
// held "unchanged" ("£3.12 per 1,000 cubic metres, unchanged from 2033/34"), a unit's present
// worth in a year under way ("A fee unit is worth $16.42 in 2033-34", dated September 2033), and
// the "from" end of a change an item of a list sets under a title that names the charges proposed
// ("Proposed catch levies (per tonne landed)" over "(a) Hake: from R205 to R290"). Pure text work
// over the number's sentence; the caller gives what a period over is.

/** A modal, a proposal or a forecast word in the words read: no fact. */
const AHEAD_RE =
  /\b(?:will|would|shall|could|might|may|should|propos(?:e|es|ed|al)|draft|planned|expect(?:s|ed)?|forecasts?|project(?:s|ed|ions?)|predict(?:s|ed|ions?)|estimated?|estimates|budgeted|targets?)\b/i;

/** A past verb of a level or an outturn, ending right before the number. */
const PAST_LEVEL_VERB = String.raw`(?:came\s+to|was|were|totall?ed|amounted\s+to|reached|stood\s+at|fell(?:\s+(?:by|to))?|rose(?:\s+(?:by|to))?|grew(?:\s+(?:by|to))?|increased(?:\s+(?:by|to))?|decreased(?:\s+(?:by|to))?|declined(?:\s+(?:by|to))?)`;
/** Right before the number, a relative clause whose past verb tells the level: "Receipts, which
 *  came to ", "revenue that totalled ". */
const PAST_RELATIVE_BEFORE_RE = new RegExp(
  String.raw`\b(?:which|that)\s+(?:[\w'’-]+\s+){0,3}?${PAST_LEVEL_VERB}\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right before the number (its stated words' verb included), a past verb of the level or change
 *  that begins its clause's predicate: "traffic grew ", "its revenue was ". */
const PAST_VERB_BEFORE_RE = new RegExp(
  String.raw`\b${PAST_LEVEL_VERB}\s+(?:(?:about|around|some|nearly|almost|roughly)\s+)?(?:[^\s\d]{1,4}\s?)?$`,
  'i',
);
/** Right after the number, the period it is of, up to the clause's end: " in 2032", " in FY
 *  2033-34", " for 2032-33". Group period: the period's words. */
const OWN_PERIOD_AFTER_RE =
  /^(?:\s*(?:%|per\s?cent|percent|million|billion|crores?|lakhs?|bn))?\s+(?:in|for|during)\s+(?<period>(?:the\s+)?(?:(?:fiscal|financial|calendar|tariff)\s+(?:year\s+)?|FY\s?)?(?:19|20)\d\d(?:[-–/]\d{2,4})?)(?=\s*(?:[,;.)]|$|\s+to\b|\s+and\b))/i;
/** Right after the number, a relative clause of its own whose past verb tells what it was: " by
 *  which fee income fell short of processing costs in 2032-33", " that the council spent in 2031".
 *  Group clause: the clause's words to its end. */
const PAST_RELATIVE_AFTER_RE =
  /^\s+(?<clause>(?:by|of|on|from)?\s*(?:which|that)\s+(?:[\w&'’.-]+\s+){0,5}?(?:fell|was|were|came|rose|grew|totall?ed|amounted|reached|spent|paid|raised|collected|received|incurred|cost|exceeded)\b[^,;.]*)/i;
/** Right before the number, the "from" of a change: "up from ", "down from ". */
const UP_FROM_BEFORE_RE =
  /\b(?:up|down)\s+from\s+(?:(?:about|around|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** Right after the number or the bracket that holds it, "now", "currently", "at present" or
 *  "today" (not the conjunction "now that"). */
const NOW_AFTER_RE =
  /^(?:\s*\))?\s+(?:now|currently|at\s+present|today)\b(?!\s+that\b)(?=\s*(?:[,;.)]|$|\s+(?:and|but|while)\b))/i;
/** Right after the number, within its clause, "unchanged" of the level: ", unchanged from
 *  2033/34", " (unchanged)". */
const UNCHANGED_AFTER_RE = /^[^;.()]{0,60}?(?:,|\(|\s)\s*unchanged\b/i;
/** Between the number and "unchanged", a clause of its own or a verb of keeping: "while four
 *  members voted to keep it unchanged" tells of no level held. */
const OTHER_CLAUSE_RE =
  /\b(?:while|whereas|but|and|keep|keeps|kept|hold|holds|held|leave|leaves|left|remain(?:s|ed)?|voted?)\b/i;
/** Right before the number, a unit's or a level's present worth: "A fee unit is worth ", "the
 *  penalty unit is ". */
const PRESENT_WORTH_BEFORE_RE =
  /\b(?:is|are)\s+(?:(?:now|currently)\s+)?worth\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** A sum's scale word: a total, no charge on a unit. */
const SCALE_RE = /^\s*(?:million|billion|trillion|crores?|lakhs?|bn)\b/i;

/**
 * Whether a split year ("2033-34", "FY 2033/34") or a calendar year is the one under way on the
 * dateline: a calendar year that is the dateline's own, a split year that began in it by the
 * dateline's month (from April) or that ends in it by March.
 * @example yearUnderWay('2033-34', 2033, 9) // true
 * @example yearUnderWay('2034-35', 2033, 9) // false
 */
export function yearUnderWay(
  period: string,
  documentYear?: number,
  documentMonth?: number,
): boolean {
  if (documentYear === undefined) return false;
  const y = /((?:19|20)\d\d)(?:[-–/](\d{2,4}))?/.exec(period);
  if (!y) return false;
  const first = Number(y[1]);
  if (y[2] === undefined) return first === documentYear;
  if (documentMonth === undefined) return false;
  return (
    (first === documentYear && documentMonth >= 4) ||
    (first + 1 === documentYear && documentMonth <= 3)
  );
}

/**
 * Whether a figure the sentence around it reads as a proposal or a forecast is a fact the proposal
 * or forecast starts from (README: the level in force and an outturn of a period over are actual;
 * v228). `over` tells whether words name only periods that are over.
 * @example startingLevel('Receipts, which came to ', '€49.8 million', ' in 2032, are expected to reach about €56 million.', (c) => /2032/.test(c)) // true
 * @example startingLevel('would cost 120 fee units ($1,970), against 74 fee units (', '$1,215', ') now.', () => false) // true
 * @example startingLevel('Receipts, which are expected to reach ', '€56 million', ' in 2034.', () => false) // false
 */
export function startingLevel(
  before: string,
  stated: string,
  after: string,
  over: (clause: string) => boolean,
  documentYear?: number,
  documentMonth?: number,
): boolean {
  // The stated words up to the number belong to the words before it ("grew 11.8%").
  const digit = stated.search(/\d/);
  const lead = before + (digit > 0 ? stated.slice(0, digit) : '');
  const scaled =
    /\b(?:million|billion|trillion|crores?|lakhs?|bn)\b/i.test(stated) || SCALE_RE.test(after);
  const period = OWN_PERIOD_AFTER_RE.exec(after);
  const periodOver = period !== null && over(`in ${period.groups!.period!}`);
  // "Receipts, which came to €49.8 million in 2032, are expected to reach …".
  const relative = PAST_RELATIVE_BEFORE_RE.exec(lead);
  if (relative && periodOver && !AHEAD_RE.test(relative[0])) return true;
  // "DIAL's passenger traffic grew 11.8% in FY 2033-34": the clause's own past verb, its own
  // period over; a clause that forecasts keeps its reading.
  const clauseStart = Math.max(
    ...[...lead.matchAll(/[;:]|,\s+(?:and|but|while|whereas)\s|,\s+(?=[a-z])/g)].map(
      (b) => b.index + b[0].length,
    ),
    0,
  );
  const clause = lead.slice(clauseStart);
  // "…grew 11.8% in FY 2033-34 …, and that its non-aeronautical revenue was ₹ 1,206.45 crore": with
  // no period of its own, the periods its sentence names before it, all over. A sentence that
  // budgets, pledges or forecasts anywhere keeps its reading.
  if (
    PAST_VERB_BEFORE_RE.test(lead) &&
    (periodOver || (period === null && over(lead))) &&
    !AHEAD_RE.test(lead + after) &&
    !/\bpledg(?:e|es|ed|ing)\b/i.test(lead + after)
  )
    return true;
  // "the £114 million by which fee income fell short of processing costs in 2032-33".
  const told = PAST_RELATIVE_AFTER_RE.exec(after);
  if (told && !AHEAD_RE.test(told.groups!.clause!) && over(told.groups!.clause!)) return true;
  // "up from $15.86 in 2032-33".
  if (UP_FROM_BEFORE_RE.test(lead) && periodOver) return true;
  if (scaled) return false;
  // "against 74 fee units ($1,215) now".
  if (NOW_AFTER_RE.test(after)) return true;
  // "£3.12 per 1,000 cubic metres in every charge area, unchanged from 2033/34".
  // A forecast held "unchanged from its earlier projection" keeps its reading.
  // "…, while four members voted to keep it unchanged": "unchanged" of another clause's object.
  const unchanged = UNCHANGED_AFTER_RE.exec(after);
  if (
    unchanged &&
    !OTHER_CLAUSE_RE.test(unchanged[0]) &&
    !AHEAD_RE.test(clause) &&
    !AHEAD_RE.test(after.slice(unchanged[0].length).split(/[,;.]/)[0]!)
  )
    return true;
  // "A fee unit is worth $16.42 in 2033-34", dated September 2033.
  return (
    PRESENT_WORTH_BEFORE_RE.test(lead) &&
    period !== null &&
    (periodOver || yearUnderWay(period.groups!.period!, documentYear, documentMonth))
  );
}

/** A list item's opening: "(a) ", "(iv) ", "a) ", "- ", "• ", "1. ". */
const ITEM_RE = /^\s*(?:\(?[a-z]{1,4}\)|\(?\d{1,2}[.)]|[-–•*])\s/i;
/** A title line that names the charges a list sets out as proposed: "Proposed catch levies (per
 *  tonne landed)", "Draft fees for 2035", "New rates proposed". */
const PROPOSED_CHARGES_TITLE_RE =
  /\b(?:proposed|draft|new|revised)\b[^.;]*\b(?:fees?|charges?|lev(?:y|ies)|rates?|tariffs?|dues|tolls?|fares?|prices?|rents?)\b|\b(?:fees?|charges?|lev(?:y|ies)|rates?|tariffs?|dues|tolls?|fares?|prices?|rents?)\b[^.;]*\bproposed\b/i;

/**
 * Whether offset `at` of `text` is on an item of a list whose title line, right above its items,
 * names the charges the list sets out as proposed ("Proposed catch levies (per tonne landed)" over
 * "(a) Hake, deep-sea trawl: from R205 to R290"): such an item's change between two levels starts
 * from the level in force (v228).
 * @example itemUnderProposedCharges('Proposed catch levies\n(a) Hake: from R205 to R290', 30) // true
 * @example itemUnderProposedCharges('Outcomes\n(a) Hake: from R205 to R290', 20) // false
 */
export function itemUnderProposedCharges(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  if (!ITEM_RE.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd))) return false;
  for (let n = 0; n < 30 && lineStart > 0; n++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1);
    if (line.trim() === '') return false;
    if (!ITEM_RE.test(line))
      return line.length <= 120 && !/[.;]\s*$/.test(line) && PROPOSED_CHARGES_TITLE_RE.test(line);
    lineStart = prevStart;
  }
  return false;
}
