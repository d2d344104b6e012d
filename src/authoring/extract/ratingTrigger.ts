// A level inside the condition of a rating trigger: what a rating agency says could move a
// rating ("Factors that could lead to negative rating action/downgrade:" ⏎ "-- Carrying costs
// rising above 20% of governmental spending", "We could lower the rating if reserves fall below
// 10% of expenditures", "Upward pressure on the rating could arise should net debt fall below 60%
// of operating revenue"). The bound names a case the agency would act on, no level measured nor
// foreseen, so no figure (v130). A level told outside such a condition ("Reserves rose above 25%
// of spending in 2033"), one without a bound before it, and a list under a heading that tells
// what did move the rating ("Factors that led to the upgrade:") keep their reading.
// Pure text work on the text before the sentence and the sentence itself; it knows nothing of
// figures.

/** A verb of leading to, after a modal, with any aside between ("could, individually or
 *  collectively, lead to", "may result in"). */
const LEAD_TO = String.raw`(?:could|would|may|might|will|can)(?:\s*,[^,:;]{1,50},)?\s+(?:(?:lead|result|contribute)\s+(?:to|in)|trigger|prompt|cause)`;
/** A modal and any adverb of likelihood before its verb ("would likely", "could also"). */
const MODAL = String.raw`(?:could|would|may|might|will)(?:\s+(?:likely|probably|also|then|consider))?`;
/** A rating's move named as a noun: "negative rating action", "an upgrade", "a rating downgrade",
 *  "downward rating pressure". */
const RATING_MOVE = String.raw`(?:an?\s+)?(?:(?:positive|negative|upward|downward)\s+)?(?:rating\s+(?:actions?|upgrades?|downgrades?|changes?|pressure)|upgrades?|downgrades?|(?:revision|change|return|move)\s+(?:of|in|to)\s+(?:the\s+)?outlook)`;
/** What tells a rating trigger: a verb of leading to a rating's move, a body that would move the
 *  rating under a condition ("We could raise the rating if", "the ratings would be lowered
 *  should"), or pressure on the rating that could arise. */
const TRIGGER_RE = new RegExp(
  String.raw`\b(?:${LEAD_TO}\s+${RATING_MOVE}\b|${MODAL}\s+(?:raise|lower|upgrade|downgrade|cut|lift)\s+(?:(?:the\s+)?[\w'’.-]+['’]s|the|its|our|their)\s+(?:[\w-]+\s+){0,3}?ratings?\b|ratings?\s+(?:could|would|may|might)\s+(?:be\s+(?:raised|lowered|upgraded|downgraded|cut)|come\s+under\s+(?:upward|downward|positive|negative)\s+pressure)\b|outlooks?\s+(?:could|would|may|might)\s+(?:return|revert|be\s+(?:revised|changed)|change)\b|(?:upward|downward|positive|negative)\s+(?:rating\s+)?pressure\s+(?:on\s+(?:the|its|our|their)\s+(?:[\w-]+\s+)?ratings?\s+)?(?:could|would|may|might)\s+(?:arise|develop|build|emerge|result)\b)`,
  'i',
);
/** The word that opens a trigger's condition after its verb: "if", "should", "were", "in the
 *  event that", "provided", "were … to". */
const CONDITION_AFTER_TRIGGER_RE = new RegExp(
  String.raw`${TRIGGER_RE.source}[^.;:]*?\b(?:if|should|were|unless|provided|in\s+the\s+event(?:\s+that)?)\b`,
  'i',
);
/** A bound right before the number: "above", "below", "to below", "exceeding", "less than", "at
 *  least", "under", "over". */
const BOUND_BEFORE_RE =
  /\b(?:above|below|over|under|beyond|in\s+excess\s+of|exceed(?:s|ed|ing)?|(?:less|more|greater|fewer|lower|higher|larger|smaller|bigger|wider|deeper)\s+than|at\s+(?:least|most)|(?:no|not)\s+(?:more|less)\s+than)\s+(?:(?:about|around|roughly|some)\s+)?(?:[^\s\d]{1,4}\s?)?$/i;
/** A bound opening the number's own stated words ("above 25%", "below 7%"). */
const BOUND_OPENING_RE =
  /^(?:above|below|over|under|beyond|in\s+excess\s+of|(?:less|more|greater|lower|higher|larger|smaller|bigger|wider|deeper)\s+than|at\s+(?:least|most))\s/i;
/** A verb that tells a level reached or held, in the past, before the number in its own
 *  sentence: the number is what was measured, whatever follows. */
const TOLD_BEFORE_RE =
  /\b(?:rose|fell|was|were|stood|reached|climbed|ended|grew|declined|dropped|remained|stayed|has\s+been|have\s+been|had\s+been)\b/i;
/** A line that is an item of a list: "--", "-", "•", "*", "–", "(a)", "a)", "1.". */
const LIST_ITEM_RE = /^\s*(?:--?|[•*–—▪◦]|\(?[a-z0-9]{1,2}[.)])\s+/i;
/** A label of a sensitivity's direction, alone on its line ("Upward factors", "Negative:",
 *  "Down") or opening an item of its own ("Negative: a fall in oil prices below USD 60"). */
const POLARITY_RE =
  /^\s*(?:positive|negative|upward|downward|upside|downside|up|down)(?:\s+(?:factors?|drivers?|triggers?|sensitivit(?:y|ies)|scenario|rating\s+action))?\s*(?::|$)/i;
/** A heading that names an agency's rating triggers as such: its rating sensitivities, rating
 *  triggers, drivers of a rating change, or what could change the rating. */
const SENSITIVITY_HEADING_RE =
  /\b(?:rating[\s-]+(?:sensitivit(?:y|ies)|triggers?|change\s+drivers?|-?change\s+drivers?)|drivers?\s+of\s+(?:a\s+)?rating\s+changes?|(?:could|would|might|may)\s+change\s+(?:the|its|our)\s+(?:[\w-]+\s+)?ratings?)\b/i;
/** A heading: a short line with no sentence's end ("What could trigger an upgrade", "FACTORS THAT
 *  COULD LEAD TO A DOWNGRADE"). */
function heading(line: string): boolean {
  const t = line.trim();
  return !/[.!?;,]$/.test(t) && t.split(/\s+/).length <= 16;
}

/**
 * Whether the number at `start` of `sentence`, its stated words `stated`, bound by the words before
 * it, sits in the condition of a rating trigger: in the sentence itself ("We could lower the
 * rating if reserves fall below 10%", "A decline in reserves below 12% could lead to a
 * downgrade") or in an item of a list whose lead ends with a colon and names the trigger
 * (`before`: the text of the document up to the sentence).
 * @example ratingTrigger('Factors that could lead to a downgrade:\n-- ', 'Carrying costs rising above 20% of spending.', 28, '20% of spending') // true
 * @example ratingTrigger('', 'Reserves rose above 25% of spending in 2033.', 20, '25% of spending') // false
 */
export function ratingTrigger(
  before: string,
  sentence: string,
  start: number,
  stated: string,
): boolean {
  const lead = sentence.slice(0, start);
  // The stated words may open before their bound ("contraction in excess of 3%").
  const digit = stated.search(/\d/);
  const bound = lead + (digit > 0 ? stated.slice(0, digit) : '');
  if (!BOUND_BEFORE_RE.test(bound) && !BOUND_OPENING_RE.test(stated)) return false;
  // In the sentence: the number after the trigger's condition word, or in a subject with no told
  // level before a trigger that follows it.
  if (CONDITION_AFTER_TRIGGER_RE.test(lead)) return true;
  if (TRIGGER_RE.test(sentence.slice(start)) && !TOLD_BEFORE_RE.test(lead)) return true;
  // In a list: the sentence's line is an item, and the first line above that is no item (blank
  // lines skipped) is the list's lead, ending with a colon and naming the trigger.
  // The sentence may open on the lead itself, a colon closing no sentence.
  // The lead may also be a heading with no colon that names the trigger ("What could trigger an
  // upgrade"), or, above labels of direction ("Upward factors", "Negative:"), a heading of the
  // agency's rating sensitivities (v187).
  const lines = (before + lead).split('\n');
  const own = lines.pop() ?? '';
  const labelled = POLARITY_RE.test(own);
  if ((!LIST_ITEM_RE.test(own) && !labelled) || TOLD_BEFORE_RE.test(own)) return false;
  let polarity = labelled;
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 16; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || LIST_ITEM_RE.test(line)) continue;
    if (POLARITY_RE.test(line)) {
      polarity = true;
      continue;
    }
    const named = /:\s*$/.test(line) || heading(line);
    if (!named) return false;
    if (TRIGGER_RE.test(line)) return true;
    return polarity && SENSITIVITY_HEADING_RE.test(line);
  }
  return false;
}
