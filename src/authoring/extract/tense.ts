// Readings of time: what the period a figure is of says of its status, read against the
// document's date. Pure; it sees one sentence, one number's place and the dateline.

/** A hedge word between an estimate's words and its number: "about", "some", "roughly". */
const HEDGE = String.raw`(?:(?:about|around|some|roughly|nearly|almost|approximately|over|under|just\s+(?:over|under))\s+)?`;

/** Right before a number, the words that name it as an estimate: "is estimated at ", "are
 *  estimated to have ", "an estimated ", "the latest estimate of ". */
const ESTIMATED_BEFORE_RE = new RegExp(
  String.raw`\b(?:estimated\s+(?:at|to(?:\s+have)?(?:\s+(?:be|total|reach|stand\s+at|amount\s+to|come\s+to))?)|an\s+estimated|estimates?\s+of)\s+${HEDGE}$`,
  'i',
);

/** A period a clause names: a month with its year ("September 2029"), a calendar or fiscal year
 *  ("2030", "FY2031", "2028–29", "2024/25"), a month with no year ("in June", "the June
 *  estimate", which cannot be told), or "this", "last" or "next" year. Groups: dated, datedYear, prefix, first, second,
 *  month, relative. */
const PERIOD_RE =
  /\b(?<dated>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<datedYear>(?:19|20)\d\d)\b|(?<prefix>\bFY\s?|\b(?:fiscal|financial)\s+(?:year\s+)?)?(?<!\d)(?<first>(?:19|20)\d\d)(?:\s?[-–/]\s?(?<second>(?:19|20)?\d\d)(?!\d))?\b|\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:[0-3]?\d\b|(?:19|20)\d\d))|\b(?<relative>this|last|next|the\s+current|the\s+previous)\s+(?:calendar\s+|fiscal\s+|financial\s+)?year\b/gi;

/** Words before a period that make it the base a figure is compared with, no period of its own:
 *  "than in ", "compared with ", "from ", "since ", "against ", "on ". */
const BASE_BEFORE_RE =
  /\b(?:than(?:\s+(?:in|for|that\s+(?:in|of)))?|compared\s+(?:with|to)|from|since|against|on|over|relative\s+to)\s+(?:(?:the|its)\s+)?$/i;

/** Parts of a year and spans to date, which this reading leaves to the others: "first quarter",
 *  "Q3", "so far", "year to date", "the first seven months". */
const PART_OR_SPAN_RE =
  /\b(?:quarter|Q[1-4]|half|H[12]|so\s+far|to\s+date|year[- ]to[- ]date|first\s+[\w-]+\s+months|as\s+(?:at|of))\b/i;

/** The months, in order, for a month named with its year. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The dateline a reading of time compares periods with, and the month two-year fiscal years end in. */
export interface Dateline {
  year?: number;
  month?: number;
  /** The month (1–12) a fiscal year written over two years ends in. */
  fiscalEnd: number;
}

/**
 * Whether one period a clause names is over by the dateline: true, false, or undefined when the
 * dateline cannot tell (a month with no year, a fiscal year of one year that may still run).
 * @example periodDone({ first: '2030' }, { year: 2031, month: 5, fiscalEnd: 3 }) // true
 */
function periodDone(
  g: Record<string, string | undefined>,
  d: Dateline & { year: number; month: number },
): boolean | undefined {
  if (g.relative) return /^(?:last|the\s+previous)$/i.test(g.relative);
  if (g.dated) {
    // The dateline's own month may be the month a release reports on: no telling.
    const month = Number(g.datedYear) * 12 + MONTHS.indexOf(g.dated.toLowerCase()) + 1;
    const now = d.year * 12 + d.month;
    return month === now ? undefined : month < now;
  }
  // "the ministry's March estimate": a month with no year may date the estimate, not its period.
  if (g.month) return undefined;
  const first = Number(g.first);
  const second = g.second;
  if (second === undefined) {
    // "FY2031" ends in 2031 in one country and in 2032 in another: over only when two years back.
    if (g.prefix) return first < d.year - 1 ? true : first > d.year ? false : undefined;
    return first < d.year;
  }
  const last =
    second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
  if (last !== first + 1) return undefined;
  return last < d.year || (last === d.year && d.month > d.fiscalEnd);
}

/** A period fronted before the sentence's first comma: "For 2026, ", "In 2030 as a whole, ". */
const FRONTED_PERIOD_RE = /^\s*(?:For|In|During|Over|Across)\s[^,;.]{1,40},/;
/** Where a number's own words start, going back: after the last comma, semicolon, colon, bracket or dash. */
const LEAD_STOP_RE = /^[\s\S]*(?:[,;:(]|\s--\s|\s[—–]\s)/;
/** Where they end, going on: before the next comma, semicolon, colon, bracket or dash. */
const TAIL_STOP_RE = /[,;:()]|\s--\s|\s[—–]\s|[.!?](?:\s|$)/;

/**
 * The status an estimate takes from its own period: a number named as an estimate ("is estimated
 * at", "an estimated", "the estimate of") of a period that is over by the document's date is
 * actual ("for 2026 the surplus is estimated at €1.3bn", dated 2027), and of a period that is
 * not over is expected ("wages in 2030 are estimated to have grown by 4%", dated
 * December 2030). Its own period is named in its own words (up to a comma or a dash either side)
 * or fronted before the sentence's first comma. An estimate naming no period, a part of a year or
 * a span to date, or periods of both kinds, is left to the other readings: undefined. A period the
 * figure is compared with ("than in 2029", "from 2029") is not its own.
 * @example estimatedPeriodStatus('For 2026, the surplus is estimated at €1.3bn.', 37, 43, { year: 2027, month: 10, fiscalEnd: 3 }) // 'actual'
 */
export function estimatedPeriodStatus(
  sentence: string,
  start: number,
  end: number,
  d: Dateline,
): 'actual' | 'expected' | undefined {
  if (d.year === undefined || d.month === undefined) return undefined;
  const before = sentence.slice(0, start);
  if (!ESTIMATED_BEFORE_RE.test(before)) return undefined;
  const lead = before.slice(LEAD_STOP_RE.exec(before)?.[0].length ?? 0);
  const after = sentence.slice(end);
  const tail = after.slice(
    0,
    after.search(TAIL_STOP_RE) >= 0 ? after.search(TAIL_STOP_RE) : undefined,
  );
  const fronted = FRONTED_PERIOD_RE.exec(sentence)?.[0] ?? '';
  const own = [fronted.length <= start - lead.length ? fronted : '', lead, tail];
  if (own.some((t) => PART_OR_SPAN_RE.test(t))) return undefined;
  const dated = { ...d, year: d.year, month: d.month };
  const done: (boolean | undefined)[] = [];
  for (const t of own) {
    for (const p of t.matchAll(PERIOD_RE)) {
      if (BASE_BEFORE_RE.test(t.slice(0, p.index))) continue;
      done.push(periodDone(p.groups!, dated));
    }
  }
  if (done.length === 0 || done.includes(undefined)) return undefined;
  if (done.every(Boolean)) return 'actual';
  if (done.every((x) => !x)) return 'expected';
  return undefined;
}
