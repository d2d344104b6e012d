// One reader of the share of a cost that a financing instrument pays: "the aid will cover up to
// 50% of the funding gap", "The EIB loan will finance up to 50% of the investment plan", "of which
// the EU contribution covers 75%". The rate is a term of the instrument a decision set, in force
// (README, Status: a grant rate "up to" is the rate set), whether its verb is present or "will":
// the "will" tells what the instrument does once it pays, no forecast. Pure; it reads only the
// sentence around the number.

/** A financing instrument as a noun: what a decision grants, lends or contributes. */
const INSTRUMENT = String.raw`(?:aid|grants?|loans?|credits?|subsid(?:y|ies)|support|contributions?|co-?financing|financing|funding|guarantees?|schemes?|programmes?|programs?|facilit(?:y|ies))`;
/** A verb of paying for a part of a whole, present or with "will" or "shall". */
const PAYS = String.raw`(?:(?:will|shall)\s+(?:also\s+|only\s+)?(?:cover|finance|fund|pay(?:\s+for)?|reimburse|meet)|covers|finances|funds|pays(?:\s+for)?|reimburses|meets)`;
/** A cap right before the number: "up to", "a maximum of", "at most", "as much as". */
const CAP = String.raw`(?:up\s+to|a\s+maximum\s+of|at\s+most|as\s+much\s+as)\s+`;

/** Right before the number, the instrument as the subject of its verb of paying. */
const PAID_BY_INSTRUMENT_RE = new RegExp(String.raw`\b${INSTRUMENT}\s+${PAYS}\s+(?:${CAP})?$`, 'i');
/** The next member of a list of rates after one the instrument pays: "… up to 50% of the funding
 *  gap of each project, and up to " (the use after the number says what it is for). */
const NEXT_RATE_RE = new RegExp(
  String.raw`\b${INSTRUMENT}\s+${PAYS}\s+(?:${CAP})?\d[\d.,]*\s?(?:%|per\s?cent|percent)[^.;:\d]*?,?\s+(?:and|or|while)\s+(?:${CAP})?$`,
  'i',
);
/** Right after the number: its unit, then the whole it is a part of, the use it is paid for or the
 *  clause's end. */
const PART_AFTER_RE = /^\s*(?:%|per\s?cent|percent)?\s*(?:of\s|for\s|in\s|[.;,)]|$)/i;
/** A hedge, a forecast or a proposal in the sentence before the number: no term set. */
const UNSET_BEFORE_RE =
  /\b(?:would|could|might|expected|projected|forecasts?|likely|propos(?:e|es|ed|al|als)|draft|plans?\s+to|aims?\s+to|intends?\s+to|hopes?\s+to|if|unless)\b/i;
/** A start still ahead after the number: "… from next year", "… as of 2035", "… starting in July":
 *  a rate yet to come, which no decision in the sentence names (the fixtures hold it so). */
const START_AHEAD_AFTER_RE =
  /^[^.;]*?\b(?:from|as\s+of|starting(?:\s+in)?|beginning(?:\s+in)?)\s+(?:next\b|the\s+(?:next|coming)\b|(?:19|20)\d\d\b|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)/i;
/** A condition after the number: "… if Parliament approves it", "… subject to approval". */
const CONDITION_AFTER_RE =
  /^[^.;]*?\b(?:if|unless|subject\s+to\s+(?:the\s+)?approval|once\s+approved)\b/i;

/**
 * Whether a percent is the share of a cost, an investment or a gap that a financing instrument
 * (aid, a grant, a loan, a contribution, a scheme) pays, by a present or "will" verb of paying, with
 * or without a cap: the instrument's rate, set (actual). A hedge, a proposal or a condition in its
 * sentence, and a subject that is no instrument ("Revenues will cover 80% of operating costs"),
 * keep their reading.
 * @example financedShare('The aid will cover up to ', '50%', ' of the funding gap.') // true
 * @example financedShare('Revenues will cover ', '80%', ' of operating costs by 2036.') // false
 */
export function financedShare(before: string, stated: string, after: string): boolean {
  const opening = /^\D*/.exec(stated)?.[0] ?? '';
  const lead = before + opening;
  const tail = stated.slice(opening.length).replace(/^\d[\d.,]*/, '') + after;
  if (!PAID_BY_INSTRUMENT_RE.test(lead) && !NEXT_RATE_RE.test(lead)) return false;
  if (!PART_AFTER_RE.test(tail)) return false;
  return (
    !UNSET_BEFORE_RE.test(lead) &&
    !CONDITION_AFTER_RE.test(after) &&
    !START_AHEAD_AFTER_RE.test(after)
  );
}
