// Readings of time: what the period a figure is of says of its status, read against the
// document's date. Pure; it sees one sentence, one number's place and the dateline.

/** A hedge word between an estimate's words and its number: "about", "some", "roughly". */
const HEDGE = String.raw`(?:(?:about|around|some|roughly|nearly|almost|approximately|over|under|just\s+(?:over|under))\s+)?`;

/** What an estimate is estimated "to" be or do: "be", "total", "come in at"; after "have", a past
 *  participle of change with its "by" or "to" when it has one ("have grown by", "have eased to",
 *  "have reached"). */
const ESTIMATED_VERB = String.raw`(?:\s+(?:be|been|total|reach|stand\s+at|amount\s+to|come\s+(?:in\s+)?(?:to|at)))?`;
/** Right before a number, the words that name it as an estimate: "is estimated at ", "is
 *  estimated by the IMF at " (who made it named between, up to four words), "are estimated to have ", "estimated to have eased to ", "an estimated ", "the latest estimate of ",
 *  the active voice with the estimate's object, where its period is named ("the agency estimates
 *  wheat export earnings in 2031 at ", "the current-year estimate puts tax receipts at "; not
 *  "estimates that"),
 *  and a release's own passive of a level, "is expected to be ", "are expected at ", "is expected
 *  to come in at " (not "is expected to rise by", a forecast of a change; not "was" nor "had been
 *  expected", what people expected, nor "economists expect"). */
const ESTIMATED_BEFORE_RE = new RegExp(
  String.raw`\b(?:estimated\s+(?:by\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*|[a-z]+)(?:\s+(?:of\s+)?[\w'’&.-]+){0,3}?\s+)?at|estimated\s+(?:to(?:\s+have(?:\s+[a-z]+(?:ed|en|wn|n)(?:\s+(?:by|to))?)?)?${ESTIMATED_VERB})|(?<=\b(?:is|are)\s+)expected\s+(?:at|to\s+(?:have\s+been|be|stand\s+at|come\s+in\s+at|total|amount\s+to))|an\s+estimated|estimates?\s+of|estimat(?:es|ed)\s+(?!that\b)(?:[\w'’-]+\s+){1,6}?at|estimates?\s+(?:puts?|places?)\s+(?:[\w'’-]+\s+){1,6}?at|(?<=\b(?:full|whole)[-\s]year\s+)estimate\s+(?:[\w'’-]+\s+){0,8}?(?:is|stands\s+at|totals|amounts\s+to|comes\s+to))\s+${HEDGE}$`,
  'i',
);

/** A period a clause names: a month with its year ("September 2029"), a calendar or fiscal year
 *  ("2030", "FY2031", "2028–29", "2024/25", "FY32"), a month with no year ("in June", "the June
 *  estimate", which cannot be told), or "this", "last" or "next" year. Groups: dated, datedYear, prefix, first, second,
 *  short (the two digits of "FY32"), month, relative. */
const PERIOD_RE =
  /\b(?<dated>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<datedYear>(?:19|20)\d\d)\b|(?<prefix>\bFY\s?|\b(?:fiscal|financial)\s+(?:year\s+)?)?(?<!\d)(?<first>(?:19|20)\d\d)(?:\s?[-–/]\s?(?<second>(?:19|20)?\d\d)(?!\d))?\b|\bFY\s?(?<short>\d\d)(?![\d/–-])\b|\b(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(?:[0-3]?\d\b|(?:19|20)\d\d))|\b(?<relative>this|last|next|the\s+current|the\s+previous)\s+(?:calendar\s+|fiscal\s+|financial\s+)?year\b/gi;

/** Words before a period that make it the base a figure is compared with, no period of its own:
 *  "than in ", "compared with ", "from ", "since ", "against ", "on ". */
const BASE_BEFORE_RE =
  /\b(?:than(?:\s+(?:in|for|that\s+(?:in|of)))?|compared\s+(?:with|to)|from|since|against|on|over|relative\s+to)\s+(?:(?:the|its)\s+)?$/i;

/** A quarter or half with its year: "the third quarter of 2030", "Q3 2030", "2030 Q3", "the first
 *  half of 2030", "H1 2030". Groups: ord or q (a quarter), hord or h (a half), and year. */
const PART_WITH_YEAR_RE =
  /\b(?:(?:the\s+)?(?:(?<ord>first|second|third|fourth)\s+quarter|(?<hord>first|second)\s+half)\s+(?:of\s+)?(?<year>(?:19|20)\d\d)|(?:Q(?<q>[1-4])|H(?<h>[12]))\s?(?<year2>(?:19|20)\d\d)|(?<year3>(?:19|20)\d\d)\s?(?:Q(?<q3>[1-4])|H(?<h3>[12])))\b/gi;
const ORDINALS = ['first', 'second', 'third', 'fourth'];

/**
 * Whether a quarter or half named with its year is over by the dateline: true once its last month
 * is before the dateline's, false while it runs, undefined in its last month (a release may report
 * on it then).
 * @example partDone({ ord: 'third', year: '2030' }, { year: 2030, month: 11, fiscalEnd: 3 }) // true
 */
function partDone(
  g: Record<string, string | undefined>,
  d: Dateline & { year: number; month: number },
): boolean | undefined {
  const quarter = g.ord ? ORDINALS.indexOf(g.ord.toLowerCase()) + 1 : Number(g.q ?? g.q3 ?? 0);
  const half = g.hord ? ORDINALS.indexOf(g.hord.toLowerCase()) + 1 : Number(g.h ?? g.h3 ?? 0);
  const lastMonth = quarter > 0 ? quarter * 3 : half * 6;
  const last = Number(g.year ?? g.year2 ?? g.year3) * 12 + lastMonth;
  const now = d.year * 12 + d.month;
  return last === now ? undefined : last < now;
}

/** Parts of a year and spans to date, which this reading leaves to the others: "first quarter",
 *  "Q3", "so far", "year to date", "the first seven months" (a quarter or half named with its year
 *  is read first, PART_WITH_YEAR_RE). */
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
  const first = g.short ? 2000 + Number(g.short) : Number(g.first);
  const second = g.second;
  if (second === undefined) {
    // "FY32", "FY2032" where fiscal years are known to end in June (or another month than March):
    // named by the year they end in, as Pakistan, Bangladesh, Kenya and Australia name them; over
    // once that month is past, no telling in it.
    if ((g.prefix || g.short) && d.fiscalEnd !== 3) {
      if (first === d.year && d.month === d.fiscalEnd) return undefined;
      return first < d.year || (first === d.year && d.month > d.fiscalEnd);
    }
    // "FY2031" ends in 2031 in one country and in 2032 in another: over only when two years back.
    if (g.prefix || g.short) return first < d.year - 1 ? true : first > d.year ? false : undefined;
    return first < d.year;
  }
  const last =
    second.length === 2 ? Math.floor(first / 100) * 100 + Number(second) : Number(second);
  if (last !== first + 1) return undefined;
  return last < d.year || (last === d.year && d.month > d.fiscalEnd);
}

/** A whole year an estimate names with no number, the dateline's own: "full-year", "whole-year". */
const FULL_YEAR_RE = /\b(?:full|whole)[-\s]year\b/i;
/** The year an estimate names as running, the dateline's own in any month: "current-year",
 *  "this year's", "the current year". */
const CURRENT_YEAR_RE = /\b(?:current|this)[-\s]year\b/i;

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
  const dated = { ...d, year: d.year, month: d.month };
  const done: (boolean | undefined)[] = [];
  // "in the third quarter of 2030": a part of a year named with its year is a period of its own;
  // blanked, so neither its year nor its name is read again.
  const own = [fronted.length <= start - lead.length ? fronted : '', lead, tail].map((t) =>
    t.replace(PART_WITH_YEAR_RE, (...args: unknown[]) => {
      const groups = args.at(-1) as Record<string, string | undefined>;
      const offset = args.at(-3) as number;
      if (!BASE_BEFORE_RE.test(t.slice(0, offset))) done.push(partDone(groups, dated));
      return ' ';
    }),
  );
  if (own.some((t) => PART_OR_SPAN_RE.test(t))) return undefined;
  for (const t of own) {
    for (const p of t.matchAll(PERIOD_RE)) {
      if (BASE_BEFORE_RE.test(t.slice(0, p.index))) continue;
      done.push(periodDone(p.groups!, dated));
    }
  }
  // "The full-year estimate in the budget is": the year the dateline is in when no other is named,
  // which runs on after its first two months (a January release may still estimate the year before).
  if (done.length === 0 && own.some((t) => FULL_YEAR_RE.test(t)))
    done.push(d.month <= 2 ? undefined : false);
  if (done.length === 0 && own.some((t) => CURRENT_YEAR_RE.test(t))) done.push(false);
  if (done.length === 0 || done.includes(undefined)) return undefined;
  if (done.every(Boolean)) return 'actual';
  if (done.every((x) => !x)) return 'expected';
  return undefined;
}

/** Right after a number (and its own "of …" words), what a plan or accord lays down for it: "is to
 *  go to", "are to come from", "is also to be met by", and, after a sum, a participle of money to
 *  be used ("to be deployed over 2034–2037", "to be disbursed in 2035"). Not "is to say", "is to
 *  blame", "is to be compared with", nor a past "was to". */
const LAID_DOWN_AFTER_RE =
  /^(?:\s+(?:of|in|for)\s+[^,;:.()]{1,40}?)?\s+(?:(?:is|are)\s+(?:(?:also|now|still|then|in\s+turn)\s+)?to\s+(?!(?:say|blame|date|be\s+(?:compared|contrasted|found|seen|noted|welcomed|read|set\s+against))\b)(?:be\s+)?[a-z]+|to\s+be\s+(?:deployed|spent|disbursed|invested|mobili[sz]ed|provided|paid|delivered|channell?ed|lent|raised|made\s+available|rolled\s+out|allocated)\b)/i;

/**
 * Whether the words right after a number say what a plan or accord lays down for it, a figure of
 * what is to happen, expected (README: a plan's "is to" or "are to"): "About 60 percent of the
 * output is to go to Japanese buyers", "EUR 300 million is to come from the EU budget", "a package
 * of EUR 1.2 billion to be deployed over 2034–2037". A decision that set the number is read before
 * this (candidates.ts), so "the 3% rise the board approved is to take effect in April" stays actual.
 * @example laidDownAfter(' is to come from the EU budget.') // true
 * @example laidDownAfter(' of GDP, which is to say above the limit.') // false
 */
export function laidDownAfter(after: string): boolean {
  return LAID_DOWN_AFTER_RE.test(after);
}
