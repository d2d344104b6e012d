/**
 * A number's own relative clause of forecasting: right after the number, with no "that" or
 * "which" and no comma, a subject and a present verb of expecting, forecasting, projecting,
 * planning or intending ("the £4.33 billion we expect to spend", "the 2.9% the Bank
 * forecasts for 2035", "the R48 billion the Treasury plans to borrow"). The clause says whose
 * forecast the number is, so the number is expected whatever the rest of its sentence reads
 * (README: what people expect stays expected; v161). Pure.
 */

/** The subject of the relative clause: a pronoun, a noun phrase with its determiner, or a name
 *  (not "that", which opens a that-clause: "responded that they plan"). */
const SUBJECT = String.raw`(?:we|they|I|it|he|she|(?:the|its|our|their|this)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}?[A-Za-z][\w'’-]*|[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,3})`;
/** The verb of forecasting, present: "expect(s)", "forecast(s)", "project(s)" (not before a verb
 *  of its own, "its projects cost"), "anticipate(s)", "predict(s)", "plan(s) to", "intend(s) to",
 *  not "budget", so often the noun ("above the Authority's budget for the period"); or the
 *  pluperfect of an earlier forecast, "had expected", "had forecast" ("against the 50% the
 *  Department had expected", v245). */
const VERB = String.raw`(?:expects?|forecasts?|anticipates?|predicts?|projects?(?!\s+(?:cost|costs|were|was|are|is|had|have|has|will|would|need|needs|required?|received|took|came|spent|got)\b)|(?:plans?|intends?)\s+to|had\s+(?:(?:originally|initially|first)\s+)?(?:expected|forecast|projected|predicted|anticipated))`;

/** Right after a number, its own relative clause of forecasting (see above). */
const RELATIVE_FORECAST_AFTER_RE = new RegExp(
  String.raw`^(?:\s+(?:a|per)\s+(?:year|month|annum))?\s+${SUBJECT}\s+(?:(?:now|still|currently|also|originally)\s+)?${VERB}\b`,
);

/** Stated words that end on a preposition, whose object the words after them are: "2.3 percent
 *  above", "12% more than". */
const ENDS_ON_PREPOSITION_RE =
  /\b(?:above|below|over|under|than|of|from|to|on|against|with|in|at|by|for|beyond|versus)\s*$/i;

/**
 * Whether the words right after a number (its stated words `stated`) are its own relative clause
 * of forecasting; stated words that end on a preposition take what follows as its object.
 * @example forecastRelativeAfter(' we expect to spend in the current period.', '£4.33 billion') // true
 * @example forecastRelativeAfter(' the board invested in 2032.', '$640 million') // false
 */
export function forecastRelativeAfter(after: string, stated: string): boolean {
  return !ENDS_ON_PREPOSITION_RE.test(stated) && RELATIVE_FORECAST_AFTER_RE.test(after);
}
