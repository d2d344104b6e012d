// A portfolio's gap against its benchmark: "outperformed its benchmark by 0.03 percentage point",
// "21 basis points higher than that of the neutral benchmark", "0.4 percentage points below the
// reference index". Two returns over the same period set side by side, as two groups' levels
// are: no change of anything over time, so no figure (v106). A return compared with its own
// earlier level ("0.4 percentage points higher than in 2032") and a gap between other measures
// ("Exports outperformed imports by 3 percent") keep their reading.
// Pure text work on one sentence; it knows nothing of figures.

/** What a portfolio is measured against: a benchmark (its index, portfolio or return), a
 *  reference index or portfolio, up to three words before it ("its neutral benchmark", "the
 *  strategic benchmark index", "the currency benchmark"). */
const BENCHMARK = String.raw`(?:the|its|their|our|a)\s+(?:[\w'’-]+\s+){0,3}?(?:benchmarks?(?:\s+(?:index|indices|portfolios?))?|reference\s+(?:index|indices|portfolios?))\b`;
/** Before the number: a verb of beating or trailing with the benchmark as its object, then "by"
 *  and a hedge ("outperformed its benchmark by ", "underperformed the reference index by about
 *  ", "beat the benchmark by ", "lagged its benchmark by "). */
const BEATEN_BEFORE_RE = new RegExp(
  String.raw`\b(?:(?:out|under)perform(?:s|ed|ing)?|beat(?:s|ing)?|lagg?(?:s|ed|ing)?|trail(?:s|ed|ing)?)\s+${BENCHMARK}(?:['’]s\s+return)?\s+by\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only)\s+)?$`,
  'i',
);
/** After the number: a comparative and the benchmark it is compared with ("higher than that of
 *  the neutral benchmark", "lower than the benchmark index's", "above its benchmark", "below the
 *  reference portfolio"). */
const BENCHMARK_AFTER_RE = new RegExp(
  String.raw`^\s*(?:higher|lower|more|less|greater|smaller|above|below|over|under|ahead\s+of|behind)\s+(?:than\s+(?:(?:that|those)\s+of\s+)?)?${BENCHMARK}`,
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
 */
export function benchmarkGap(sentence: string, start: number, end: number): boolean {
  return (
    BEATEN_BEFORE_RE.test(sentence.slice(0, start)) ||
    BENCHMARK_AFTER_RE.test(sentence.slice(end)) ||
    BENCHMARK_AFTER_RE.test(sentence.slice(start).replace(NUMBER_AND_UNIT_RE, ''))
  );
}
