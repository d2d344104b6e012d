// One reader of a rule's formula term: a percent or a multiple of a measure that a verb of setting
// or adjusting takes ("the threshold yield, set at 70 per cent of the average of the best five of
// the last seven years", "indexed annually by 70% of the change in the consumer price index", "the
// payment is reduced by 1.5 times the difference"). The measure after it is one a formula works
// out (an average, a mean, a median, a change, a rise, a difference, an excess or a shortfall), so
// the number says how a sum is set from it, no figure (README, Traps: v137). A share of a measure
// told as a fact ("Imports were cut by 15 per cent of the total", "grew to 2.5 times the 2020
// level") keeps its reading. Pure; it reads only the sentence it is given.

/** Before the number: a verb of setting or adjusting, a few words of manner or time, and the
 *  preposition that takes the term ("uprated each April by", "set at", "calculated as", "fixing the
 *  MSP at a level of at least"). */
const RULE_VERB_BEFORE_RE =
  /\b(?:set|setting|fix(?:e[ds]|ing)?|index(?:e[ds]|ing)?|uprat(?:e[ds]?|ing)|adjust(?:s|ed|ing)?|calculat(?:e[ds]?|ing)|comput(?:e[ds]?|ing)|determin(?:e[ds]?|ing)|reduc(?:e[ds]?|ing)|cut(?:s|ting)?|increas(?:e[ds]?|ing)|rais(?:e[ds]?|ing)|multipl(?:y|ies|ied|ying)|pegg?(?:ed|ing|s)?|link(?:s|ed|ing)?)\b(?:\s+(?:[A-Za-z'’-]+)){0,4}?\s+(?:by|at|as|to|with)(?:\s+a\s+level\s+of)?(?:\s+(?:at\s+least|at\s+most|not\s+less\s+than|up\s+to|about|some))?\s*$/i;
/** Between the verb and the number, a finite verb or a clause's end says the verb is not the rule's
 *  ("cut its costs and rose by 12%"). */
const CLAUSE_BREAK_RE =
  /[.;:,]|\b(?:is|are|was|were|has|have|had|rose|fell|grew|stood|reached|and|but|which|that)\b/i;
/** After the number: a percent "of" or a multiple of a measure a formula works out. */
const TERM_AFTER_RE =
  /^[^\d\s]{0,4}\d[\d.,]*\s*(?:(?:%|per\s?cent|percent)\s+of|times)\s+the\s+(?:[A-Za-z'’-]+\s+){0,3}?(?:average|mean|median|change|rise|increase|growth|difference|excess|shortfall)\b/i;

/**
 * Whether the number at start in the sentence is a percent or a multiple of a measure a formula
 * works out, taken by a rule's verb of setting or adjusting.
 *
 * @example ruleTerm('The credit is uprated by 80 per cent of the rise in earnings.', 32) // true
 */
export function ruleTerm(sentence: string, start: number): boolean {
  if (!TERM_AFTER_RE.test(sentence.slice(start))) return false;
  const before = sentence.slice(Math.max(0, start - 120), start);
  const verb = RULE_VERB_BEFORE_RE.exec(before);
  if (!verb) return false;
  // The words between the verb and its preposition hold no clause of their own.
  const between = verb[0].replace(/^\S+/, '').replace(/\s+(?:by|at|as|to|with)\b.*$/i, '');
  return !CLAUSE_BREAK_RE.test(between);
}
