// One reader of a formula that picks the lesser or the greater of several terms: "funded at the
// lesser of maximum annual debt service, 125% of average annual debt service and 10% of proceeds",
// "the higher of $250 or 1.5% of the outstanding balance". A percent "of" another measure among
// the terms says how a sum is set from that measure, no figure (README, Traps: v135). A sum of
// money among them keeps its reading ("the greater of €5 million or …": €5 million is the floor
// itself), and so does a sanction's cap (v96). Pure; it reads only the sentence it is given.

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
  if (!PERCENT_OF_RE.test(from)) return false;
  const before = sentence.slice(0, start);
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
