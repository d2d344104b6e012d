// One reader of a formula that picks the lesser or the greater of several terms: "funded at the
// lesser of maximum annual debt service, 125% of average annual debt service and 10% of proceeds",
// "the higher of $250 or 1.5% of the outstanding balance". A percent "of" another measure among
// the terms says how a sum is set from that measure, no figure (README, Traps: v135). A sum of
// money among them keeps its reading ("the greater of €5 million or …": €5 million is the floor
// itself), and so does a sanction's cap (v96). v265: the same formula written as alternatives
// joined by "or" and closed by "whichever is less" ("a cancellation fee not exceeding ten per cent
// of the estimated fare or Sh. 150, whichever is less", "HK$120,000 or 50 per cent of the total
// approved expenditure, whichever is lower"): the percent term is a trap there too. Pure; it reads
// only the sentence it is given.

/** "the lesser of", "the greatest of", "the higher of": the formula's opening. */
const CHOICE_OPEN_RE =
  /\bthe\s+(?:greate(?:r|st)|highe(?:r|st)|large(?:r|st)|lesser|least|lowe(?:r|st)|smalle(?:r|st))\s+of\s+/gi;
/** Between the opening and the number, a verb ends the list of terms ("the lesser of two options;
 *  its reserve reached 12%"). */
const FINITE_VERB_RE =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|shall|should|may|might|can|could|must|reached|rose|fell|stood|grew|totall?ed|amounted)\b/i;
/** The text before the number, right after the opening or after a list's separator. */
const TERM_START_RE = /(?:^|(?:[,;]|\bor\b|\band\b)\s*)(?:about\s+|some\s+)?$/i;
/** Before the formula, the sanction it caps: "the maximum penalty is", "a fine of". */
const SANCTION_BEFORE_RE = /\b(?:penalt(?:y|ies)|fines?|sanctions?|damages|surcharges?)\b/i;
/** The number's own words as a percent "of" a measure: "125% of", "4 percent of", "25 per cent of". */
const PERCENT_OF_RE = /^[^\d\s]{0,4}\d[\d.,]*\s*(?:%|per\s?cent|percent)\s+of\s+\S/i;
/** The same in words: "ten per cent of", "twenty-five percent of". */
const WORDS_PERCENT_OF_RE = /^[a-z]+(?:-[a-z]+)?\s+(?:per\s?cent|percent)\s+of\s+\S/i;
/** The close of alternatives that picks the least of them: ", whichever is less", "whichever is
 *  the lower" (group 0 ends the formula). */
const WHICHEVER_LESS_RE =
  /,?\s*whichever\s+(?:one\s+)?is\s+(?:the\s+)?(?:less|lesser|lower|lowest|least|smaller|smallest)\b/i;

/**
 * Whether the number at start in the sentence is a percent "of" another measure that is one
 * term of a lesser-of or greater-of formula. A list closed by "whichever is greater" keeps its
 * reading: there the percent is the cap itself ("a penalty of up to £1 million or 50% of the value
 * of the breach, whichever is higher", opened set ho238).
 *
 * @example choiceFormulaTerm('Funded at the lesser of $4 million and 10% of proceeds.', 39) // true
 */
export function choiceFormulaTerm(sentence: string, start: number): boolean {
  const from = sentence.slice(start);
  if (!PERCENT_OF_RE.test(from) && !WORDS_PERCENT_OF_RE.test(from)) return false;
  const before = sentence.slice(0, start);
  if (lesserAlternative(before, from)) return true;
  if (!PERCENT_OF_RE.test(from)) return false;
  for (const open of before.matchAll(CHOICE_OPEN_RE)) {
    // "The maximum penalty … is the greater of $50 million; …; or 30% of the company's adjusted
    // turnover": a sanction's cap keeps its percent (v96), as a cap closed by "whichever" does.
    if (SANCTION_BEFORE_RE.test(before.slice(0, open.index))) return false;
    const between = before.slice(open.index + open[0].length);
    if (between !== '' && !TERM_START_RE.test(between)) continue;
    if (
      between.length <= 240 &&
      !/[.:]/.test(between.replace(/\d\.\d/g, '')) &&
      !FINITE_VERB_RE.test(between)
    )
      return true;
  }
  return false;
}

/**
 * Whether a percent "of" a measure (its words open `from`) is one of alternatives joined by "or"
 * and closed by "whichever is less" or "lower" in the same clause: a lesser-of formula written
 * long, the percent a term of it (v265). "Whichever is higher" keeps the cap's percent (v135), and
 * a bare percent with no "of" ("by the rate of the index or 10 per cent, whichever is less") is a
 * cap on a change, no term, which the caller never asks about.
 *
 * @example lesserAlternative('A fee not exceeding ', '10% of the fare or $5, whichever is less, may be charged.') // true
 */
function lesserAlternative(before: string, from: string): boolean {
  const close = WHICHEVER_LESS_RE.exec(from);
  if (close === null) return false;
  const between = from.slice(0, close.index);
  // A stop only before a capital ends the clause: "Sh. 150" and "Rs. 40" are currencies.
  if (/[;:]|\.\s+[A-Z]/.test(between) || FINITE_VERB_RE.test(between)) return false;
  // "… or" before the percent, or the percent's own alternative after it.
  return /\bor\s+$/i.test(before) || /\sor\s/i.test(between);
}
