// A percent that is a level, not a change, where the words around it would read a change (v238):
// the part of a cost charges recover or cover ("fees recovered 68.4% of the $5.61 million cost",
// "recovers about 92 per cent of that cost", "which fees now cover at a rate of about 31 per
// cent"), a cost recovery's level or target ("cost recovery will slip to between 86 and 88 per
// cent", "a target of 70% to 80% fee recovery"), the rest another source meets ("general rates
// met the other 39.3 percent"), a relief's rate moved with its noun before "from" ("raise the ATC
// reduction for detention-free ships from 50% to 65%", "an increase in the cash rebate for foreign
// productions from 20% to 25%"), a further rate added to a rate of a whole ("30% of qualifying
// expenditure …, with a further 5% for post-production") and overheads added at a rate of the
// cost ("the actual cost plus 20 per cent overheads"). And the other way (changeRate): a rise a
// verb of adding gives with "a further" ("annual indexation added a further 3.1 per cent"), a
// fund's return ("the endowment … earned 3.6% in calendar 2031") and a rise's percent in brackets
// after its sum ("to increase the fee by £46 (5.2%)").

/** A hedge between a verb and its number. */
const HEDGE = String.raw`(?:(?:only|about|around|some|nearly|almost|roughly|just|approximately|at\s+least|at\s+most|more\s+than|less\s+than|over|under|close\s+to)\s+)?`;

/** A percent's number and sign. */
const PERCENT = String.raw`\d[\d.,]*\s?(?:%|per\s?cent\b|percent\b)`;

/** Before the number, a verb of recovering a cost: "recovered ", "should recover at least ". */
const RECOVERED_BEFORE_RE = new RegExp(String.raw`\brecover(?:s|ed|ing)?\s+${HEDGE}$`, 'i');

/** Before a verb of recovering, in its clause, a modal that governs it, also across a verb of its
 *  own joined by "and": "It would raise about £392,000 in 2034/35, …, and recover about ". */
const MODAL_RECOVER_BEFORE_RE = new RegExp(
  String.raw`\b(?:would|will|could|should|may|might|shall)\s+(?:[^.;:]|\.(?=\d)){0,160}?\brecover(?:s|ed|ing)?\s+${HEDGE}$`,
  'i',
);

/** After a number of recovering, the whole it is a part of: " of the $5.61 million cost". */
const OF_AFTER_RE = /^\s+of\s/i;

/** Before the number, a cost covered at a rate: "which fees now cover at a rate of about ",
 *  "cover their costs at a rate of ". */
const COVERED_AT_RATE_BEFORE_RE = new RegExp(
  String.raw`\bcover(?:s|ed|ing)?\s+(?:(?:the|its|their)\s+)?(?:[\w-]+\s+)?(?:costs?\s+)?at\s+a\s+rate\s+of\s+${HEDGE}$`,
  'i',
);

/** Before the number, a cost recovery's level moved to or reached: "cost recovery will slip to
 *  between ", "the fee-recovery ratio rose to ", "farebox recovery would reach " (v271), "farebox
 *  recovery was ". */
const RECOVERY_TO_BEFORE_RE = new RegExp(
  String.raw`\b(?:cost|fee|charge|fare[\s-]?box)[\s-]+recovery\s+(?:(?:rate|ratio|level)\s+)?(?:(?:will|would|could|may|might|should|is|was|has|had|have|to|be|been|now|then)\s+){0,3}(?:[a-z]+\s+to\s+|reach(?:es|ed|ing)?\s+|(?:stands?|stood)\s+at\s+)?(?:between\s+)?${HEDGE}$`,
  'i',
);

/** After the number, the recovery it measures: " fee recovery", " cost-recovery". */
const RECOVERY_AFTER_RE = /^\s+(?:cost|fee|charge|revenue)[\s-]+recovery\b/i;

/** Before the number, the rest of a whole that another source meets: "met the other ",
 *  "funded the remaining ". */
const REST_BEFORE_RE = /\bthe\s+(?:other|remaining)\s+$/i;

/** Before "from", a relief's noun with the group it is for: "the ATC reduction for detention-free
 *  ships from ", "the cash rebate for foreign productions from ", "the pensioner discount from ". A
 *  "reduction in" the tax rate is the move of another rate and is left alone. Group `noun`. */
const RELIEF_FROM_BEFORE_RE = new RegExp(
  String.raw`\b(?<noun>reductions?|rebates?|discounts?|concessions?|abatements?|remissions?)(?:\s+(?:for|on)\s+(?:[^.;:%\d]|\d(?!${PERCENT.slice(2)})){1,60}?)?\s+from\s+$`,
  'i',
);

/** After the first rate of a relief moved, its second: " to 65%", " to 25% of". */
const TO_RATE_AFTER_RE = new RegExp(String.raw`^\s+to\s+${PERCENT}`, 'i');

/** Before the number, a rate of a whole stated earlier in the sentence and a further rate added to
 *  it: "is 30% of qualifying expenditure for productions …, with a further ". Group `whole` is the
 *  whole's first words. */
const FURTHER_RATE_BEFORE_RE = new RegExp(
  String.raw`${PERCENT}\s+of\s+(?<whole>[a-z][\w'’-]*(?:\s+(?!(?:for|on|in|to|of|and|or|with)\b)[a-z][\w'’-]*)?)[^.;:%]{0,120}?,?\s+(?:with|plus|and)\s+(?:a\s+further|an\s+additional|another)\s+$`,
  'i',
);

/** After the number, overheads added at that rate of a cost: " overheads", " overhead charge". */
const OVERHEAD_AFTER_RE = /^\s+(?:for\s+)?overheads?\b/i;

/** A level a percent is read as: the whole or noun it is a share of, and whether it is the level a
 *  move starts from, which stands now. */
export interface LevelReading {
  object: string;
  from?: boolean;
  /** A verb of recovering names the part, whose whole follows "of". */
  recovered?: boolean;
  /** A modal governs the verb of recovering ("It would raise about £392,000 …, and recover about
   *  "): the part it would recover is foreseen. */
  expected?: boolean;
}

/**
 * The level the percent between `before` and `after` is, a share, where a verb or noun of change
 * near it would read a change: a cost recovered or covered, a recovery's level or target, the rest
 * of a whole, a relief's rate moved, a further rate of a whole, overheads on a cost. The object
 * settles the share against the readings that would take a bare percent for a change; undefined
 * when the percent is no such level.
 * @example levelRate('In 2034 fees recovered ', ' of the $5.61 million cost')?.object // 'cost'
 * @example levelRate('the actual cost plus ', ' overheads will be charged')?.object // 'overheads'
 * @example levelRate('The index recovered ', ' in March') // undefined
 */
export function levelRate(before: string, after: string): LevelReading | undefined {
  const near = before.slice(-200);
  const overhead = OVERHEAD_AFTER_RE.exec(after);
  if (overhead) return { object: overhead[0].replace(/^\s+(?:for\s+)?/i, '') };
  const recovered = OF_AFTER_RE.test(after) ? RECOVERED_BEFORE_RE.exec(near) : null;
  if (recovered)
    return {
      object: 'cost',
      recovered: true,
      ...(MODAL_RECOVER_BEFORE_RE.test(near) ? { expected: true } : {}),
    };
  if (
    COVERED_AT_RATE_BEFORE_RE.test(near) ||
    RECOVERY_TO_BEFORE_RE.test(near) ||
    RECOVERY_AFTER_RE.test(after)
  )
    return { object: 'cost' };
  if (REST_BEFORE_RE.test(near)) return { object: 'the whole' };
  const relief = TO_RATE_AFTER_RE.test(after) ? RELIEF_FROM_BEFORE_RE.exec(near) : null;
  if (relief) return { object: relief.groups!.noun!, from: true };
  const further = FURTHER_RATE_BEFORE_RE.exec(near);
  if (further) return { object: further.groups!.whole! };
  return undefined;
}

/** Before the number, a verb of adding with "a further" or "another": "indexation added a further
 *  ", "adds another ". */
const ADDED_FURTHER_BEFORE_RE =
  /\badd(?:s|ed|ing)?\s+(?:a\s+further|another|an\s+(?:additional|extra)|a\s+(?:further\s+)?(?:additional|extra))\s+$/i;

/** Before the number, a fund that earned it: "the perpetual care endowment, which held $2.31
 *  million … and earned ", "the reserve fund earned about ". */
const FUND_EARNED_BEFORE_RE = new RegExp(
  String.raw`\b(?:funds?|endowments?|reserves?|portfolios?|trusts?|investments?)\b(?:[^.;:%]|\.(?=\d)){0,120}?\bearn(?:s|ed)\s+${HEDGE}$`,
  'i',
);

/** After a fund's earned percent, a whole it would be a part of, or a rate's base: " of", " on". */
const EARNED_PART_AFTER_RE = /^\s+(?:of|on|more|less|higher|lower)\b/i;

/** Before a bracketed percent, a rise by a sum: "to increase the standard adult cremation fee by
 *  £46 (", "raised the charge by $12 (about ". */
const RISE_BY_SUM_BRACKET_BEFORE_RE = new RegExp(
  String.raw`\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|r(?:ise|ises|ose|isen|ising)|go(?:es)?\s+up|went\s+up)\s+(?:(?!(?:and|but|while|which|that|by)\b)[\w'’-]+\s+){0,8}?by\s+(?:[A-Z]{0,3}\s?[$€£¥₹]|[A-Z]{3}\s?)\d[\d.,]*(?:\s?(?:million|billion|m|bn))?\s*\(\s*${HEDGE}$`,
  'i',
);

/**
 * Whether the percent between `before` and `after` is a rise: one a verb of adding gives ("annual
 * indexation added a further 3.1 per cent"), a fund's return ("the endowment … earned 3.6% in
 * calendar 2031"), or a rise's percent in brackets after its sum ("increase the fee by £46
 * (5.2%)"): a change, up.
 * @example changeRate('On 1 January 2034 annual indexation added a further ', ', taking') // true
 * @example changeRate('The rebate is 30%, with a further ', ' for post-production') // false
 */
export function changeRate(before: string, after: string): boolean {
  const near = before.slice(-200);
  return (
    ADDED_FURTHER_BEFORE_RE.test(near) ||
    (FUND_EARNED_BEFORE_RE.test(near) && !EARNED_PART_AFTER_RE.test(after)) ||
    (RISE_BY_SUM_BRACKET_BEFORE_RE.test(near) && /^\s*\)/.test(after))
  );
}
