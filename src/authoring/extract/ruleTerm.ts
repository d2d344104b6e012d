// One reader of a rule's formula term: a percent or a multiple of a measure that a verb of setting
// or adjusting takes ("the threshold yield, set at 70 per cent of the average of the best five of
// the last seven years", "indexed annually by 70% of the change in the consumer price index", "the
// payment is reduced by 1.5 times the difference"). The measure after it is one a formula works
// out (an average, a mean, a median, a change, a rise, a difference, an excess or a shortfall), so
// the number says how a sum is set from it, no figure (README, Traps: v137). A share of a measure
// told as a fact ("Imports were cut by 15 per cent of the total", "grew to 2.5 times the 2020
// level") keeps its reading. v177 widens the term: a fraction in words ("raise the wage index by
// half the difference"), "the amount by which" one sum exceeds another, the margin before "plus" a
// term ("revised each year by 3 per cent plus 40 per cent of the change in the index"), a term a
// rule's modal takes as its subject ("60 per cent of the excess shall be deposited") and an
// alternative after "or" ("…, or 75 percent for qualified products"); and it reads the value of a
// formula's efficiency, productivity or X factor however the factor is joined ("reduced by a
// productivity adjustment of 0.6 percentage point", "the formula applies an X factor of 0 per
// cent"), as v127 reads it after "less". Pure; it reads only the sentence it is given.

/** Before the number: a verb of setting or adjusting, a few words of manner or time, and the
 *  preposition that takes the term ("uprated each April by", "set at", "calculated as", "fixing the
 *  MSP at a level of at least"), and a margin the term is added to ("revised by 3 per cent plus"). */
const RULE_VERB_BEFORE_RE =
  /\b(?:set|setting|revis(?:e[ds]?|ing)|revalu(?:e[ds]?|ing)|uplift(?:s|ed|ing)?|fix(?:e[ds]|ing)?|index(?:e[ds]|ing)?|uprat(?:e[ds]?|ing)|adjust(?:s|ed|ing)?|calculat(?:e[ds]?|ing)|comput(?:e[ds]?|ing)|determin(?:e[ds]?|ing)|reduc(?:e[ds]?|ing)|cut(?:s|ting)?|increas(?:e[ds]?|ing)|rais(?:e[ds]?|ing)|multipl(?:y|ies|ied|ying)|pegg?(?:ed|ing|s)?|link(?:s|ed|ing)?)\b(?:\s+(?:[\w'’-]+)){0,5}?\s+(?:by|at|as|to|with)(?:\s+a\s+level\s+of)?(?:\s+(?:at\s+least|at\s+most|not\s+less\s+than|up\s+to|about|some))?(?:\s+\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage\s+points?)\s+(?:plus|minus|less))?\s*$/i;
/** Between the verb and the number, a finite verb or a clause's end says the verb is not the rule's
 *  ("cut its costs and rose by 12%"). */
const CLAUSE_BREAK_RE =
  /[.;:,]|\b(?:is|are|was|were|has|have|had|rose|fell|grew|stood|reached|and|but|which|that)\b/i;
/** A fraction written in words: "half", "one quarter", "a third", "two-thirds". */
const FRACTION_WORD = String.raw`(?:half|(?:one|a)[-\s](?:half|third|quarter|fifth)|two[-\s]thirds|three[-\s]quarters)`;
/** The measures a formula works out: an average, a change, a difference, an excess, a shortfall,
 *  or "the amount by which" one sum exceeds or falls short of another. */
const FORMULA_MEASURE = String.raw`(?:average|mean|median|change|rise|increase|growth|difference|excess|shortfall)\b|amount\s+by\s+which\b`;
/** After the number: a percent "of", a multiple or a fraction of a measure a formula works out. */
const TERM_AFTER_RE = new RegExp(
  String.raw`^(?:[^\d\s]{0,4}\d[\d.,]*\s*(?:(?:%|per\s?cent|percent)\s+of|times)|${FRACTION_WORD}(?:\s+of)?)\s+the\s+(?:[A-Za-z'’-]+\s+){0,3}?(?:${FORMULA_MEASURE})`,
  'i',
);
/** A fraction in words inside a change's stated words: "increased by half", "reduced by one
 *  quarter". */
const FRACTION_IN_STATED_RE = new RegExp(String.raw`\b${FRACTION_WORD}\b`, 'i');
/** A margin right before "plus" or "minus" and a further term: "3 per cent plus ". */
const MARGIN_PLUS_RE =
  /^[^\d\s]{0,4}\d[\d.,]*\s*(?:%|per\s?cent|percent|percentage\s+points?)\s+(?:plus|minus|less)\s+/i;
/** After an excess or a shortfall, a rule's modal that takes the term as its subject: "… of the
 *  excess shall be deposited", "… of the shortfall must be repaid". */
const MODAL_AFTER_RE =
  /^[^.;:]{0,100}?\b(?:shall|must|may|is\s+to|are\s+to)\s+be\s+[a-z]+(?:ed|id|en|wn)\b/i;
const SUBJECT_TERM_RE =
  /^[^\d\s]{0,4}\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of\s+the\s+(?:excess|shortfall|amount\s+by\s+which)\b/i;
/** Before an alternative's percent: ", or ". After it, what the alternative applies to. */
const ALTERNATIVE_BEFORE_RE = /,?\s+or\s+(?:about\s+)?$/i;
const ALTERNATIVE_AFTER_RE =
  /^[^\d\s]{0,4}\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+(?:for|where|when|if|in|on)\b/i;
const EARLIER_PERCENT_OF_RE = /\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of\b/gi;
/** Right before a number, a formula's efficiency, productivity or X factor and what joins its
 *  value to it: "a productivity adjustment of ", "an X factor of ", "the efficiency factor is ",
 *  "an efficiency factor below the ". */
const FACTOR_BEFORE_RE =
  /\b(?:X[-\s]?factor|(?:efficiency|productivity)\s+(?:factor|adjustment|deduction|offset)|(?:sustainability|demographic)\s+factor|macroeconomic\s+slide(?:\s+adjustment)?(?:\s+rate)?)(?:\s+(?:of|(?:below|above|under|over)\s+the|(?:is|was|will\s+be|remains|stays)(?:\s+set)?(?:\s+at)?)\s+|\s*:\s*)(?:about\s+|some\s+|only\s+)?$/i;
/** v191: before the number, a factor named as its clause's subject (an aside between commas
 *  allowed), a verb that moves an adjustment and its "by": "The sustainability factor, which
 *  reflects the ratio of pensioners to contributors, dampens the adjustment by ", "the regional
 *  factor lowers the rent adjustment by ": the present tells how the rule works. A factor that
 *  moved this year's adjustment ("reduced the adjustment by 0.14 percentage points": an effect
 *  told) and one that moves a measure ("the energy factor raises inflation by") keep their
 *  reading. */
const FACTOR_MOVES_BEFORE_RE =
  /\b[\w-]+\s+factor(?:,[^.;]{1,120}?,)?\s+(?:dampen|reduce|lower|cut|raise|increase|lift|trim|boost|add)s\s+(?:the|this\s+year['’]s|its)\s+(?:[\w-]+\s+){0,2}?(?:adjustment|uprating|indexation|increase|uplift|rise)\s+by\s+(?:about\s+|some\s+)?$/i;
/** v191: a verb that grants a share of a change, with no preposition: "could therefore grant ",
 *  "awards only ", "passes on ". */
const GRANT_BEFORE_RE =
  /\b(?:grant|award|pass(?:es)?\s+on|passed\s+on)(?:s|ed|ing)?\s+(?:(?:only|therefore|then|just|again)\s+)?$/i;
/** v191: a percent of "the amount by which" one sum exceeds another is a formula's term whatever
 *  verb takes it ("repay 15% of the amount by which their income exceeds that threshold"). */
const AMOUNT_BY_WHICH_RE =
  /^[^\d\s]{0,4}\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of\s+the\s+amount\s+by\s+which\b/i;

/**
 * Whether the number at start in the sentence is a percent or a multiple of a measure a formula
 * works out, taken by a rule's verb of setting or adjusting.
 *
 * @example ruleTerm('The credit is uprated by 80 per cent of the rise in earnings.', 32) // true
 */
export function ruleTerm(sentence: string, start: number): boolean {
  const from = sentence.slice(start);
  // "by 3 per cent plus 40 per cent of the change in the index": the margin before a further term
  // belongs to the same formula.
  const margin = MARGIN_PLUS_RE.exec(from);
  const termAt = margin && TERM_AFTER_RE.test(from.slice(margin[0].length)) ? start : -1;
  if (termAt < 0 && !TERM_AFTER_RE.test(from)) {
    return alternativeTerm(sentence, start);
  }
  if (AMOUNT_BY_WHICH_RE.test(from)) return true;
  if (verbTakes(sentence.slice(Math.max(0, start - 120), start))) return true;
  // "The Board could therefore grant 70% of the price increase": a share of a change a body
  // grants is the rule's term, as one it indexes by is (v191).
  if (GRANT_BEFORE_RE.test(sentence.slice(Math.max(0, start - 60), start))) return true;
  // "not less than 60 per cent of the excess shall be deposited": the term is a rule's subject.
  const subject = SUBJECT_TERM_RE.exec(from);
  return subject !== null && MODAL_AFTER_RE.test(from.slice(subject[0].length));
}

/** Whether the text before a term ends on a rule's verb of setting and its preposition, with no
 *  clause between. */
function verbTakes(before: string): boolean {
  const verb = RULE_VERB_BEFORE_RE.exec(before);
  if (!verb) return false;
  // The words between the verb and its preposition hold no clause of their own.
  const between = verb[0].replace(/^\S+/, '').replace(/\s+(?:by|at|as|to|with)\b.*$/i, '');
  return !CLAUSE_BREAK_RE.test(between);
}

/** "set at 65 percent of the amount by which …, or 75 percent for qualified products": an
 *  alternative percent after "or" in the same clause as a rule's term is a term too. */
function alternativeTerm(sentence: string, start: number): boolean {
  const before = sentence.slice(0, start);
  if (!ALTERNATIVE_BEFORE_RE.test(before) || !ALTERNATIVE_AFTER_RE.test(sentence.slice(start)))
    return false;
  for (const earlier of before.matchAll(EARLIER_PERCENT_OF_RE)) {
    if (/[;:]|\.\s/.test(before.slice(earlier.index))) continue;
    if (ruleTerm(sentence, earlier.index)) return true;
  }
  return false;
}

/**
 * Where the number of a change's stated words starts: its first digit, or a fraction in words
 * ("increased by half" → at "half"); 0 when neither is there.
 *
 * @example termStart('reduced by one quarter') // 11
 */
export function termStart(stated: string): number {
  const digit = stated.search(/\d/);
  if (digit >= 0) return digit;
  const fraction = FRACTION_IN_STATED_RE.exec(stated);
  return fraction ? fraction.index : 0;
}

/**
 * Whether the number at start in the sentence is the value of a formula's efficiency,
 * productivity or X factor (v127, v177): "reduced by a productivity adjustment of 0.6 percentage
 * point", "the formula applies an X factor of 0 per cent". An adjustment with no such name ("a
 * price adjustment of 3.5%") keeps its reading.
 *
 * @example formulaFactor('The order applies an X factor of 0.5 per cent.', 33) // true
 */
export function formulaFactor(sentence: string, start: number): boolean {
  // "rate: -0.4 percentage points": the term's sign is no word between.
  const before = sentence.slice(Math.max(0, start - 240), start).replace(/[-−–+]$/, '');
  return FACTOR_BEFORE_RE.test(before.slice(-80)) || FACTOR_MOVES_BEFORE_RE.test(before);
}
