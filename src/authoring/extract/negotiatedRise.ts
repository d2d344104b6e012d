// What a party to a pay or rent negotiation claims, seeks, offers or demands, stated as a bare
// percent: "The joint unions sought 8.0%", "The Employer offered 2.0% in each year", "Our claim
// … was for 12% in each of two years", "the employer's opening offer was 4.0%", "had tabled a
// demand for 10% across all levels", "submitted pay claims ranging from 4.5% to 6.0%" (v260). The
// percent is the size of the rise asked or offered, a change; a percent of something (" of the
// shares"), one that qualifies a noun after it (" 8% stake", " 5% interest") and one "on" what
// earns it (" 5% on deposits") keep their reading.
// Pure text work on the words before and after one number.

import { namesRise } from './riseReferent.ts';

/** A hedge right before the number. */
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|at\s+least|up\s+to|no\s+less\s+than|a\s+further|an\s+additional)\s+)?`;

/** A negotiating verb whose bare object is the number: "sought ", "had offered ", "claimed ",
 *  "demanded ", "asked for ", "pressed for " (no object between). */
const ASK_VERB_BEFORE_RE = new RegExp(
  String.raw`\b(?:sought|seeks?|seeking|offer(?:s|ed|ing)?|claim(?:s|ed|ing)?|demand(?:s|ed|ing)?|asked\s+for|asks\s+for|press(?:es|ed)?\s+for|bid)\s+${HEDGE}$`,
  'i',
);

/** A claim, an offer or a demand as the head of its phrase, then the copula, "of", "for" or
 *  "ranging from" before the number, or another sum and "and" after the copula, with an aside set
 *  off by commas at most between (not "the claims ratio was"): "Our claim, endorsed at
 *  this year's delegates' conference, was for ", "the employer's opening offer was ", "a demand
 *  for ", "pay claims ranging from ", "The Service's first offer, tabled in May, was $2,500 and ". */
const ASK_NOUN_BEFORE_RE = new RegExp(
  String.raw`\b(?:claims?|offers?|counter-?offers?|demands?)(?:\s*,[^.;:%()]{1,80}?,)?\s+(?:(?:was|were|is|are)(?:\s+for|\s+[^\s.;:%]+\s+and)?|of|for|ranging\s+from|ranged\s+from)\s+${HEDGE}$`,
  'i',
);

/** Right after the number, what makes it no rise: a share of something, a noun it qualifies, what
 *  earns it. */
const NOT_RISE_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?\s*(?:of\s+(?!(?:19|20)\d\d|each\b)\S|on\s+(?!\d|(?:1|the\s+first)\s)\S|(?:stake|interest|discount|rebate|reduction|share|holding|equity|commission|deposit|down|tax|rate|return|yield|coupon|margin)\b)/i;

/** A word of pay, rent or fees: what a negotiation in the sentence is about. */
const PAY_WORD_RE =
  /\b(?:pay|salar(?:y|ies)|wages?|rents?|awards?|settlements?|fees?|tariffs?|fares?|stipends?|allowances?)\b/i;

/**
 * Whether a percent is the rise a party to a negotiation claims, seeks, offers or demands (v260):
 * the bare object of a negotiating verb, with a rise or pay named in its sentence or a rise in the
 * sentence before, or the size of a claim, an offer or a demand.
 * @example negotiatedRise('The joint unions sought ', ', arguing that pay lags.', false) // true
 * @example negotiatedRise('The employer\'s opening offer was ', '.', false) // true
 * @example negotiatedRise('The fund offered ', ' of its shares.', true) // false
 */
export function negotiatedRise(before: string, after: string, riseBefore: boolean): boolean {
  if (NOT_RISE_AFTER_RE.test(after)) return false;
  if (ASK_NOUN_BEFORE_RE.test(before)) return true;
  if (!ASK_VERB_BEFORE_RE.test(before)) return false;
  const sentence = `${before} ${after.split(/(?<=[.;])\s/)[0]}`;
  return riseBefore || namesRise(sentence) || PAY_WORD_RE.test(sentence);
}
