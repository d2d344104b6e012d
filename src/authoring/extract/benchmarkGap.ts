// A portfolio's gap against its benchmark: "outperformed its benchmark by 0.03 percentage point",
// "21 basis points higher than that of the neutral benchmark", "0.4 percentage points below the
// reference index". Two returns over the same period set side by side, as two groups' levels
// are: no change of anything over time, so no figure (v106). A return compared with its own
// earlier level ("0.4 percentage points higher than in 2032") and a gap between other measures
// ("Exports outperformed imports by 3 percent") keep their reading. v141: the same gap worded as
// pension funds word it: an opening that sets the clause against the benchmark ("Relative to its
// benchmark index, the listed portfolio returned 0.3 per cent"), "ahead of the strategic benchmark
// by 1.4 percentage points", a verb of beating with a pronoun or no object where the sentence has
// named the benchmark ("beat theirs by 0.09 percentage points", "Its benchmark strategy returned
// 6.9%, so the portfolio lagged by 0.5 percentage points"), a noun of value added over the
// benchmark ("Value added over the Reference Portfolio of 0.9%") and the gap restated in money
// after ", or" ("of 0.9%, or $1.2 billion"). v149: the gap named by a definite noun of shortfall or
// excess opening the sentence right after the one that set a return against its benchmark ("The
// Fund returned 5.6%, against its strategic benchmark return of 6.2%. The shortfall of 0.6% came
// mainly from …", "This outperformance of 0.7 percentage points"): the noun takes up that gap.
// v184: a verb of exceeding or falling short with the benchmark as its object ("exceeded the
// policy benchmark by 0.72 percentage points", "fell short of its benchmark by 0.4 percentage
// points"), a rival return named in place of a benchmark ("has beaten the Treasury Bill return by
// 6.54 percent a year"; not an earlier return of its own, "last year's return"), "the return on"
// the benchmark ("higher than the return on the benchmark index"), and a per-year phrase between
// the gap and its comparative or its restatement in money ("0.19 percentage point a year higher
// than …", "6.54 percent a year, or NZ$48.3 billion").
// Pure text work on one sentence (and the one before it); it knows nothing of figures.

/** What a portfolio is measured against: a benchmark (its index, portfolio or return), a
 *  reference index or portfolio, up to three words before it ("its neutral benchmark", "the
 *  strategic benchmark index", "the currency benchmark"). */
const BENCHMARK = String.raw`(?:the|its|their|our|a)\s+(?:[\w'’-]+\s+){0,3}?(?:benchmarks?(?:\s+(?:index|indices|portfolios?))?|reference\s+(?:index|indices|portfolios?))\b`;
/** The benchmark or its return ("the return on the benchmark index", "its benchmark's return"). */
const BENCHMARK_RETURN = String.raw`(?:(?:the|its|their)\s+returns?\s+(?:on|of)\s+)?${BENCHMARK}(?:['’]s\s+return)?`;
/** A word of time that makes a return the portfolio's own earlier one ("last year's return", "the
 *  2032 return", "the previous quarter's return"). */
const EARLIER = String.raw`(?:last|previous|prior|preceding|year|quarter|month|own)\b|\d`;
/** A rival return named in place of a benchmark: up to three words before "return" that are no
 *  word of time ("the Treasury Bill return", "the CPI-plus-5 return", "the cash return"). */
const RIVAL_RETURN = String.raw`(?:the|its|their|our|a)\s+(?:(?!${EARLIER})[\w'’-]+\s+){1,3}?returns?`;
/** A per-year phrase after a gap ("a year", "per annum", "annually"). */
const PER_YEAR = String.raw`(?:\s*,?\s*(?:a|per|each)\s+(?:year|annum)|\s+annually|\s+p\.a\.)?`;
/** A verb of exceeding or falling short, which makes a gap only with the benchmark or a rival
 *  return as its object ("exceeded the policy benchmark by", "fell short of its benchmark by"). */
const EXCEED = String.raw`(?:exceed(?:s|ed|ing)?|surpass(?:es|ed|ing)?|outpac(?:e|es|ed|ing)|outstrip(?:s|ped|ping)?|f(?:a|e)ll(?:s|en|ing)?\s+short\s+of)`;
/** A hedge between "by" and the number. */
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only)\s+)?`;
/** A verb of beating or trailing. */
const BEAT = String.raw`(?:(?:out|under)perform(?:s|ed|ing)?|beat(?:s|en|ing)?|lagg?(?:s|ed|ing)?|trail(?:s|ed|ing)?)`;
/** Before the number: a verb of beating or trailing with the benchmark as its object, then "by"
 *  and a hedge ("outperformed its benchmark by ", "underperformed the reference index by about
 *  ", "beat the benchmark by ", "lagged its benchmark by "). */
const BEATEN_BEFORE_RE = new RegExp(
  String.raw`\b(?:${BEAT}|${EXCEED}|(?:were|was|is|are|came\s+in|finished|ended)?\s*(?:ahead\s+of|behind))\s+(?:${BENCHMARK_RETURN}|${RIVAL_RETURN})\s+by\s+${HEDGE}$`,
  'i',
);
/** Before the number: a verb of beating with no object or a pronoun for the benchmark, then "by"
 *  ("so the fund outperformed by ", "beat theirs by "): a gap only where the sentence has named a
 *  benchmark before it. */
const BEATEN_UNNAMED_BEFORE_RE = new RegExp(
  String.raw`\b${BEAT}(?:\s+(?:it|them|theirs|ours|its\s+own|their\s+own))?\s+by\s+${HEDGE}$`,
  'i',
);
const NAMES_BENCHMARK_RE = new RegExp(String.raw`\b${BENCHMARK}`, 'i');
/** Before the number: an opening that sets the clause against the benchmark, then a verb of
 *  return with no number between ("Relative to its benchmark index, the listed portfolio returned
 *  ", "Measured against the reference portfolio, the fund added "). */
const RELATIVE_OPENING_BEFORE_RE = new RegExp(
  String.raw`^\s*(?:relative\s+to|measured\s+against|compared\s+(?:with|to))\s+${BENCHMARK}\s*,[^.;:\d]*?\b(?:returned|earned|gained|added|delivered|made)\s+${HEDGE}$`,
  'i',
);
/** Before the number: a noun of the gap over the benchmark and its verb or "of" ("Value added
 *  over the Reference Portfolio of ", "The excess return relative to the benchmark portfolio was
 *  "). */
const GAP_NOUN_BEFORE_RE = new RegExp(
  String.raw`\b(?:value\s+added|(?:excess|active|relative)\s+returns?|out-?performance|under-?performance)\s+(?:over|against|relative\s+to|versus|vs\.?|to)\s+${BENCHMARK}\s+(?:of|was|were|is|came\s+to|stood\s+at|amounted\s+to)\s+${HEDGE}$`,
  'i',
);
/** Before a number: a percent or points and ", or", the same quantity restated (in money): "of
 *  0.9%, or $" as far as the currency's sign. Group 1 is the earlier number and its unit. */
const RESTATED_BEFORE_RE = new RegExp(
  String.raw`(\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage\s+points?|basis\s+points?|bps?))${PER_YEAR}\s*,?\s+or\s+(?:(?:about|around|some|roughly)\s+)?(?:[A-Z]{0,3}\$|[€£¥₹]|[A-Z]{3}\s?)?$`,
  'i',
);

/** After the number: a comparative and the benchmark it is compared with ("higher than that of
 *  the neutral benchmark", "lower than the benchmark index's", "above its benchmark", "below the
 *  reference portfolio"). */
const BENCHMARK_AFTER_RE = new RegExp(
  String.raw`^${PER_YEAR}\s*(?:higher|lower|more|less|greater|smaller|above|below|over|under|ahead\s+of|behind)\s+(?:than\s+(?:(?:that|those)\s+of\s+)?)?${BENCHMARK_RETURN}`,
  'i',
);

/** The number and its unit at the start of the words, which the stated words may run on past to
 *  a comparative ("0.02 percentage point below"). */
const NUMBER_AND_UNIT_RE =
  /^\d[\d.,]*\s*(?:percentage\s+points?|%|per\s?cent|percent|basis\s+points?|bps?|pp|points?)?/i;

/**
 * Whether the number starting at `start` (its stated words ending at `end`) in `sentence` is a gap between a portfolio's return
 * and its benchmark's, by the words right before it (a verb that beat or trailed the benchmark
 * "by") or right after it (a comparative and the benchmark).
 * @example benchmarkGap('It outperformed its benchmark by 0.03 percentage point.', 32, 53) // true
 * @example benchmarkGap('Exports outperformed imports by 3 percent.', 32, 41) // false
 * @example benchmarkGap('Value added over the benchmark of 0.9%, or $1.2 billion', 44, 55) // true
 */
export function benchmarkGap(sentence: string, start: number, end: number): boolean {
  const before = sentence.slice(0, start);
  const restated = RESTATED_BEFORE_RE.exec(before);
  if (restated) {
    const earlier = restated.index;
    if (benchmarkGap(sentence, earlier, earlier + restated[1]!.length)) return true;
  }
  return (
    BEATEN_BEFORE_RE.test(before) ||
    (BEATEN_UNNAMED_BEFORE_RE.test(before) && NAMES_BENCHMARK_RE.test(before)) ||
    RELATIVE_OPENING_BEFORE_RE.test(before) ||
    GAP_NOUN_BEFORE_RE.test(before) ||
    BENCHMARK_AFTER_RE.test(sentence.slice(end)) ||
    BENCHMARK_AFTER_RE.test(sentence.slice(start).replace(NUMBER_AND_UNIT_RE, ''))
  );
}

/** Before the number, at the sentence's start: a definite noun of the gap and "of", a comma, or a
 *  verb of amounting ("The shortfall of ", "This outperformance of ", "The underperformance, ",
 *  "The excess return was "). */
const GAP_TAKEN_UP_BEFORE_RE = new RegExp(
  String.raw`^\s*(?:the|this|that|its|our|their)\s+(?:shortfall|(?:out|under)-?performance|(?:excess|active|relative)\s+return|value\s+added)\s*(?:of|,|was|is|came\s+to|amounted\s+to|stood\s+at)\s+${HEDGE}$`,
  'i',
);
/** A return or its verb, in the sentence before: what the benchmark was set against. */
const RETURN_RE = /\b(?:return(?:s|ed)?|earned|gained|yielded|performance)\b/i;
/** A percent or points. */
const PERCENT_RE = /\d\s*(?:%|per\s?cent|percent|percentage\s+points?|basis\s+points?)/gi;

/**
 * Whether the number starting at `start` in `sentence` is the gap a definite noun of shortfall or
 * excess takes up from `previous`, the sentence right before, which set a return against its
 * benchmark with two percents (v149).
 * @example gapTakenUp('The Fund returned 5.6%, against its benchmark return of 6.2%.', 'The shortfall of 0.6% came from equities.', 17) // true
 * @example gapTakenUp('Revenue came in at 96% of the budget.', 'The shortfall of 4% was met from reserves.', 17) // false
 */
export function gapTakenUp(previous: string, sentence: string, start: number): boolean {
  return (
    GAP_TAKEN_UP_BEFORE_RE.test(sentence.slice(0, start)) &&
    NAMES_BENCHMARK_RE.test(previous) &&
    RETURN_RE.test(previous) &&
    (previous.match(PERCENT_RE)?.length ?? 0) >= 2
  );
}

/**
 * The sentence that ends right before `at` in `text`, within its paragraph: the words after the
 * last full stop, question or exclamation mark that a space and a capital follow.
 * @example previousSentence('It rose 2.5%. The fund returned 5.6%. The gap', 38) // 'The fund returned 5.6%.'
 */
export function previousSentence(text: string, at: number): string {
  const before = text.slice(Math.max(0, at - 600), at).trimEnd();
  const paragraph = before.slice(before.lastIndexOf('\n') + 1);
  const parts = paragraph.split(/(?<=[.!?])\s+(?=[A-Z])/);
  return parts[parts.length - 1] ?? '';
}
