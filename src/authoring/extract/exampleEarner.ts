// Reads the income that picks out one example person in a tax notice's sentence (v277, from the
// opened set ho318): "A person earning $65,000 a year will be about $14.40 a week better off, and
// someone on $100,000 about $22.70 a week", "an employee with monthly taxable pay of KSh 45,000
// would have paid KSh 1,317 less each month". The income only says which taxpayer the sentence
// works its sum for, as the rateable value of v265's example home does (supposed.ts): a trap; what
// the person will pay, save or gain keeps its own reading. A bound ("earning more than $100,000
// pays 45%", "on $18,200 or less") sorts a class and is no example's, and an income that nothing
// worked out follows ("A person earning $65,000 a year is a middle earner") keeps its reading. Pure.

/** One person picked with "a", "an" or "someone" (or "one" standing for the person before it:
 *  "and one earning $34,000"), then what picks them: "earning", "paid", "on",
 *  or "with" an income, pay, salary or earnings "of" (a few words between: "with monthly taxable
 *  pay of"). The sum follows right after, "about" apart. */
const EARNER_BEFORE_RE =
  /\b(?:(?:an?|one)\s+(?:[\w-]+\s+){0,3}?(?:person|individual|employee|worker|earner|wage[\s-]earner|taxpayer|ratepayer|pensioner|superannuitant|retiree|beneficiary|couple|resident|parent|family|household|single|teacher|nurse)\s+|someone\s+|somebody\s+|\bone\s+(?=earning\b|on\b))(?:earning|paid|on|with\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:income|pay|salary|earnings|wages?|pension)\s+of)\s+(?:(?:about|around|roughly|some)\s+)?$/i;

/** After the sum (its period apart: "a year", "per month"), what the person will, would or does
 *  pay, save or gain ("will be about $14.40 a week better off", "would have paid", "pays"), or the
 *  next sum straight after, its verb left out as the sentence's first member had it ("someone on
 *  $100,000 about $22.70 a week", "a person earning SEK 45 000 about SEK 290 less"). */
const WORKED_AFTER_RE =
  /^(?:\s+(?:a|an|per|each)\s+(?:year|annum|month|week|fortnight|day))?,?\s+(?:(?:will|would|could|can|is\s+expected\s+to|stands?\s+to)\b|(?:pays|saves|gets|receives|gains|owes|is\s+(?:about\s+)?[^\s\d]{0,4}\d)\b|(?:(?:about|around|roughly|some|only|just)\s+)?[^\s\d]{1,4}\s?\d)/i;

/**
 * True when the sum between `before` and `after` is the income that picks out one example person
 * a sentence works a sum for: no figure (v277).
 * @example picksExampleEarner('A person earning ', ' a year will be about $14.40 a week better off') // true
 * @example picksExampleEarner('and someone on ', ' about $22.70 a week.') // true
 * @example picksExampleEarner('A person earning more than ', ' pays 45%.') // false
 * @example picksExampleEarner('The median worker earning ', ' a year saw no change.') // false
 */
export function picksExampleEarner(before: string, after: string): boolean {
  return EARNER_BEFORE_RE.test(before) && WORKED_AFTER_RE.test(after);
}
