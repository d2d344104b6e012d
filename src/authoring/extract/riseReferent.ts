// A bare noun of a bound or a summary ("the caps", "the limit", "the rate", "the median", "the
// 5.33% average") whose percent is the size of a rise named earlier in its sentence or in the
// sentence before: "Universities had asked for increases of up to 6.0%. For 2035 the caps were
// 4.7% and 6.7%", "Indexation added $2.37 billion, compared with $3.05 billion in 2034, when the
// rate was 3.8%", "Increases range from 0% to 7.5%, and the median is 4.8%" (v217). The noun
// names no measure of its own, so it is the rise's cap, rate, average or median: a change.
// Pure text work on the words before and after one number.

/** A noun of a rise of a price or a payment, or of its indexation (not a rise of a rate, whose
 *  "the rate" is the rate's level: "interest rate increases", "rate rises"). */
const RISE_NOUN = String.raw`(?<!\brates?\s)(?<!\brates?\s+(?:[\w-]+\s+)?)\b(?:increases?|rises?|hikes?|uplifts?|upratings?|indexations?|escalations?|(?:fee|rent|price|tariff|fare|toll|charge|pay|wage|pension|benefit)s?\s+(?:movements?|adjustments?))\b`;
const RISE_NOUN_RE = new RegExp(RISE_NOUN, 'i');
/** A verb that raised a price by a size, which a cap after it in the same sentence bounds:
 *  "raised resident tuition in 62 programs by between 3.1% and 4.6%, above the 2.0% cap". */
const RAISED_PRICE_RE =
  /\b(?:rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|uprat(?:e|es|ed|ing)|index(?:es|ed|ing))\s+(?:(?:the|their|its|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,2}?(?:rents?|fees?|tuition|fares?|tariffs?|tolls?|charges?|dues|prices?|pay|wages?|salar(?:y|ies)|pensions?|premiums?|benefits?)\b/i;

/** The bare nouns of a bound on a rise: a cap, a limit, a ceiling, a guideline (v260). */
const BOUND_NOUN = String.raw`caps?|limits?|ceilings?|guidelines?`;
/** A rise named in the bound's own compound, before its noun: "rent increase ", "fee rise ",
 *  "increase " (v260). Group `rise`. */
const RISE_WORDS = String.raw`(?<rise>(?:[\w-]+\s+)?(?:increase|rise)\s+)`;
const RISE_COMPOUND = `${RISE_WORDS}?`;
/** A sentence adverb between the copula and the number: "was also ", "is therefore " (v260). */
const ADVERB = String.raw`(?:(?:also|therefore|thus|again|still|now)\s+)?`;

/** A word before the bare noun that names no measure: an article, a possessive, a period, a word
 *  of which one ("the new ", "this year's ", "the 2035-36 ", "the annual "). */
const GENERIC = String.raw`(?:(?:new|annual|yearly|same|previous|current|overall|resulting|final|approved|applicable|agreed|permitted|allowed|statutory|prescribed|respective|[\w'’-]+['’]s?|(?:19|20)\d\d(?:[-–/]\d{2,4})?)\s+){0,2}`;
/** A hedge right before the number. */
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|at\s+most|no\s+more\s+than|up\s+to)\s+)?`;
/** The bare noun as the subject of a copula right before the number, a period or a date after it
 *  at most: "the caps were ", "the median is ", "the limit for 2035-36 is ", "when the rate was ".
 *  Group `noun`. */
const SUBJECT_BEFORE_RE = new RegExp(
  String.raw`\b(?:the|this|that|these|those|its|their|each)\s+${GENERIC}${RISE_COMPOUND}(?<noun>${BOUND_NOUN}|rate|median|average|mean)(?:\s+(?:for|in|from|on|at|since|until)\s+[^;:%,.()]{1,40}?)?\s+(?:is|was|are|were|will\s+be|would\s+be|shall\s+be|has\s+been|had\s+been|stands?\s+at|stood\s+at|c(?:ame|omes?)\s+to|remain(?:s|ed)?(?:\s+at)?|bec(?:ame|omes?))\s+${ADVERB}${HEDGE}$`,
  'i',
);
/** A verb that sets the bare noun, then "at": "has set the rate at ", "fixed the cap at ".
 *  Group `noun`. */
const SET_AT_BEFORE_RE = new RegExp(
  String.raw`\b(?:set|sets|setting|fix(?:es|ed|ing)?|put(?:s|ting)?|kept|keeps?|held|holds?)\s+(?:the|this|that|its|their)\s+${GENERIC}${RISE_COMPOUND}(?<noun>${BOUND_NOUN}|rate)(?:\s+(?:for|in|from)\s+[^;:%,.()]{1,40}?)?\s+at\s+${HEDGE}$`,
  'i',
);
/** A headline's or a passive's bound on a rise named in its own compound, then the verb that set
 *  it and "at": "2035 Rent Increase Guideline Set at ", "the fee rise cap was fixed at " (v260).
 *  Group `noun`, and `rise` always. */
const SET_AT_PASSIVE_BEFORE_RE = new RegExp(
  String.raw`\b${RISE_WORDS}(?<noun>${BOUND_NOUN})(?:\s+(?:for|in)\s+[^;:%,.()]{1,40}?)?\s+(?:(?:is|was|has\s+been|have\s+been|to\s+be|will\s+be)\s+)?(?:set|fixed|kept|held)\s+at\s+${HEDGE}$`,
  'i',
);
/** Before a number that qualifies the bare noun after it, its article: "the ", "above the ", "a ". */
const ARTICLE_BEFORE_RE = /\b(?:the|this|that|its|their|an?)\s+$/i;
/** Right after the number, the bare noun it qualifies, with nothing after it that would name its
 *  own measure (" of income", " on borrowing", " rate"): " per cent limit", "% cap", "% average".
 *  Group `noun`. */
const QUALIFIED_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?\s+(?:(?:annual|yearly|capping)\s+)?(?<noun>caps?|limits?|ceilings?|guidelines?|average|median)\b(?!\s+(?:on|of|rates?|incomes?|earnings|wages?|prices?|rents?|levels?)\b|-)/i;

/** Right after the number, what it is a share of (" of income"): a level then. */
const SHARE_AFTER_RE = /^\s*(?:%|per\s?cent|percent)?\s+of\s+(?!(?:19|20)\d\d)\S/i;

/** A rise's noun with what it is of or over, then a comma and a relative clause that gives its
 *  size: "the average collectively agreed wage increase over the year to October 2035, which was
 *  ", "the pension uprating for 2034, which is ". */
const RISE_WHICH_BEFORE_RE = new RegExp(
  String.raw`${RISE_NOUN}(?:\s+(?:in|of|on|for|over|since|to|from|at)\b[^,;:%()]{0,80}?)?,\s+which\s+(?:is|was|were|are|will\s+be|would\s+be|c(?:ame|omes?)\s+to|st(?:ood|ands?)\s+at)\s+${HEDGE}$`,
  'i',
);

/**
 * Whether a percent is the size of a rise that its sentence, before the bare noun, or the sentence
 * before names: a cap, limit or ceiling, a rate, an average or a median with no measure of its own
 * (v217). A rate needs a noun of the rise (a verb raising a price may have raised a rate); a cap
 * also takes a verb that raised a price before it in the same sentence.
 * @example riseReferent('For 2035 the caps were ', ' and 6.7%.', true) // true
 * @example riseReferent('Increases range from 0% to 7.5%, and the median is ', '.', false) // true
 * @example riseReferent('The Bank raised interest rates in May, and the rate is now ', '.', false) // false
 */
export function riseReferent(
  before: string,
  after: string,
  riseBefore = false,
  boundsBefore: readonly string[] = [],
): boolean {
  const sentence = before;
  if (RISE_WHICH_BEFORE_RE.test(sentence)) return true;
  let noun: string | undefined;
  let at = -1;
  const subject =
    SUBJECT_BEFORE_RE.exec(sentence) ??
    SET_AT_BEFORE_RE.exec(sentence) ??
    SET_AT_PASSIVE_BEFORE_RE.exec(sentence);
  // "The Province has set the 2035 rent increase guideline at ": the bound's own compound names
  // the rise it bounds (v260).
  if (subject?.groups!.rise && !SHARE_AFTER_RE.test(after)) return true;
  if (subject) {
    noun = subject.groups!.noun!;
    at = subject.index;
  } else {
    const qualified = QUALIFIED_AFTER_RE.exec(after);
    const article = qualified ? ARTICLE_BEFORE_RE.exec(sentence) : null;
    if (!qualified || !article) return false;
    noun = qualified.groups!.noun!;
    at = article.index;
  }
  if (SHARE_AFTER_RE.test(after)) return false;
  const earlier = sentence.slice(0, at);
  if (RISE_NOUN_RE.test(earlier) || riseBefore) return true;
  // "The limit for that year was 7.7%", "The 2034 guideline was also 2.5 per cent", after "the
  // limit on rent increases" or "the 2035 rent increase guideline" earlier in the text: the bare
  // bound is the one the text named on a rise (v260).
  if (boundsBefore.includes(boundStem(noun))) return true;
  return new RegExp(`^(?:${BOUND_NOUN})$`, 'i').test(noun) && RAISED_PRICE_RE.test(earlier);
}

/**
 * Whether a sentence names a rise of a price or a payment, or its indexation, by its noun: what
 * a bare "the caps", "the rate" in the next sentence of its paragraph may be the size of (v217).
 * @example namesRise('Universities had asked for increases of up to 6.0% on tuition.') // true
 * @example namesRise('Interest rate increases continued.') // false
 */
export function namesRise(sentence: string): boolean {
  return RISE_NOUN_RE.test(sentence);
}

/** A verb that raises a price or a payment: "raised", "uprated", "indexed", "hiked". */
const RAISE_VERB_RE =
  /\b(?:rais(?:e|es|ed|ing)|uprat(?:e|es|ed|ing)|index(?:es|ed|ing)|hik(?:e|es|ed|ing))\b/i;

/**
 * Whether the words before a range name a rise by its noun or a verb of raising: "Increases range
 * from ", "raised resident tuition in 62 programs by between " (v217), not a return or a level
 * ("Returns on aeronautical assets ranged from ").
 * @example risesBefore('Increases range from ') // true
 * @example risesBefore('Returns on aeronautical assets ranged from ') // false
 */
export function risesBefore(words: string): boolean {
  return RISE_NOUN_RE.test(words) || RAISE_VERB_RE.test(words);
}

/** A bound named on a rise: "the limit on rent increases", "caps on fee rises", "the 2035 rent
 *  increase guideline", "a rise ceiling". Group `noun` (either order). */
const RISE_BOUND_RE = new RegExp(
  String.raw`\b(?<noun>${BOUND_NOUN})\s+on\s+(?:(?:the|any|all|annual|yearly|average|general)\s+){0,2}(?:[\w'’-]+\s+){0,2}?(?:increases?|rises?)\b|\b(?:increase|rise)\s+(?<after>${BOUND_NOUN})\b`,
  'gi',
);

/** A bound noun without its plural: "guidelines" is "guideline". */
const boundStem = (noun: string): string => noun.toLowerCase().replace(/s$/, '');

/**
 * Where a text names a bound on a rise ("the limit on rent increases", "the 2035 rent increase
 * guideline"), each with its noun's stem: what a bare "the limit", "the guideline" later in the
 * text is the size of (v260).
 * @example riseBounds('This notice sets the limit on rent increases.') // [{ noun: 'limit', at: 17 }]
 * @example riseBounds('The cap on borrowing is 3% of GDP.') // []
 */
export function riseBounds(text: string): { noun: string; at: number }[] {
  const out: { noun: string; at: number }[] = [];
  for (const m of text.matchAll(RISE_BOUND_RE))
    out.push({ noun: boundStem(m.groups!.noun ?? m.groups!.after!), at: m.index });
  return out;
}
