// The words that make a number a bound rather than a figure: a threshold, a band's edge or a limit
// a group is sorted by ("under $2,000", "more than 10 per cent", "up to 3 per cent above", "of
// less than €1,000"). The words are named once here; each reader joins the ones its grammar takes:
//  - membership.ts: GROUP_BOUND (its general reading of a group, a band, a tier or a condition),
//    HELD_BOUND (what a requirement lets an entrant hold) and the pieces below for its narrower
//    readings, each of which names its own subset;
//  - sortingClause.ts: SORTING_BOUND, and MORE_LESS and POSITION for a band's open end ("or more")
//    and a percent band's label ("| under 25% |");
//  - countedBound.ts: COUNTED_BOUND.
// Regex sources only: no flags, no matching; case is the caller's flag.

/** Joins alternatives into one group: anyOf('above', 'over') is "(?:above|over)". */
export function anyOf(...alternatives: string[]): string {
  return `(?:${alternatives.join('|')})`;
}

/** The comparatives every reader takes before "than": "more", "less". */
export const MORE_LESS = 'more|less';
/** The comparative of a level or a sum that not every reader takes: "greater". */
export const GREATER = 'greater';
/** Comparatives of a level: "higher", "lower". */
export const HIGHER_LOWER = 'higher|lower';
/** The comparative of a count: "fewer". */
export const FEWER = 'fewer';
/** Comparatives of a size: "larger", "bigger", "smaller". */
export const LARGER_SMALLER = 'larger|bigger|smaller';
/** Comparatives of a pace: "faster", "slower". */
export const FASTER_SLOWER = 'faster|slower';

/** A comparative bound, the words given then "than": than(MORE_LESS) is "more than", "less than". */
export function than(...words: string[]): string {
  return String.raw`(?:${words.join('|')})\s+than`;
}
/** A negated comparative bound: notThan(MORE_LESS) is "no more than", "not less than". */
export function notThan(...words: string[]): string {
  return String.raw`(?:no|not)\s+(?:${words.join('|')})\s+than`;
}

/** A position past a line, upwards: "above", "over". */
export const ABOVE_OVER = 'above|over';
/** A position past a line, downwards: "below", "under". */
export const BELOW_UNDER = 'below|under';
/** A position against a line, either way: "above", "over", "below", "under". */
export const POSITION = anyOf(ABOVE_OVER, BELOW_UNDER);
/** Before a position, the words that make it hold its line: "at or above", "at or under". */
export const AT_OR = String.raw`at\s+or\s+`;
/** Before a position or a comparative, the words that make it hold its number: "equal to or
 *  below", "equal to or greater than". */
export const EQUAL_TO_OR = String.raw`equal\s+to\s+or\s+`;

/** A floor: "at least". */
export const AT_LEAST = String.raw`at\s+least`;
/** A floor or a ceiling: "at least", "at most". */
export const AT_LEAST_MOST = String.raw`at\s+(?:least|most)`;
/** A ceiling that holds its number: "up to". */
export const UP_TO = String.raw`up\s+to`;
/** "up to", and "up to and including", which says so. */
export const UP_TO_AND_INCLUDING = String.raw`${UP_TO}(?:\s+and\s+including)?`;
/** "in excess of". */
export const IN_EXCESS_OF = String.raw`in\s+excess\s+of`;
/** "upwards of" (countedBound.ts's tallies, membership.ts's counted changes). */
export const UPWARDS_OF = String.raw`upwards\s+of`;
/** The verb of passing a bound, in any form: "exceed", "exceeds", "exceeded", "exceeding". */
export const EXCEED = String.raw`exceed(?:s|ed|ing)?`;
/** Its participle, which names the bound of what a noun holds: "exceeding". */
export const EXCEEDING = 'exceeding';

/** The word of a band's open end after its number, with no "than": "or more", "and above", "or
 *  lower" (membership.ts's tiers and conditions; sortingClause.ts takes MORE_LESS and POSITION only,
 *  and membership.ts's readings of a group add FEWER and GREATER). */
export const OPEN_END = anyOf(MORE_LESS, POSITION, HIGHER_LOWER);

/** membership.ts's general bound, right before a number or a band's end: every bound word, with
 *  "exceed" in any form, "between" (a band's first end), "up to and including", and the inclusive
 *  "at or"/"equal to or" before a position or a comparative. Its negation takes only "more" and
 *  "less" ("no more than", "not less than"). */
export const GROUP_BOUND = anyOf(
  notThan(MORE_LESS),
  AT_LEAST_MOST,
  UP_TO_AND_INCLUDING,
  EXCEED,
  IN_EXCESS_OF,
  `(?:${EQUAL_TO_OR})?${than(MORE_LESS, GREATER, HIGHER_LOWER, FEWER)}`,
  `(?:${AT_OR}|${EQUAL_TO_OR})?${POSITION}`,
  'between',
);

/** The bounds of a sum or a level that sortingClause.ts and membership.ts's HELD_BOUND share:
 *  "no more than" and "not greater than" (the negation takes the comparatives of a level too), "at
 *  least", "at most", "up to", a position with or without "at or" before it, "in excess of". */
const LEVEL_BOUNDS = [
  notThan(MORE_LESS, GREATER, HIGHER_LOWER),
  AT_LEAST_MOST,
  UP_TO,
  `(?:${AT_OR})?${POSITION}`,
  IN_EXCESS_OF,
];

/** sortingClause.ts's bound, right before a number after a verb of being or a noun ("is less
 *  than", "claims of up to", "a debt of less than"): LEVEL_BOUNDS and the comparatives, "fewer"
 *  too. No "exceed" (its clauses name their own verb of passing, "exceeds", "does not exceed") and
 *  no "between". */
export const SORTING_BOUND = anyOf(...LEVEL_BOUNDS, than(MORE_LESS, GREATER, HIGHER_LOWER, FEWER));

/** membership.ts's bound on what an entrant holds, right after its noun or "of" ("income not
 *  exceeding", "net assets of up to", "must earn no more than"): LEVEL_BOUNDS, the comparatives
 *  with no "fewer" (what is held is an income, a capital or a turnover, a sum), and the participle
 *  "exceeding" or "not exceeding" as its extra. */
export const HELD_BOUND = anyOf(
  ...LEVEL_BOUNDS,
  than(MORE_LESS, GREATER, HIGHER_LOWER),
  String.raw`(?:not\s+)?${EXCEEDING}`,
);

/** countedBound.ts's bound, after the verb of counted members ("14 fees recover more than", "9
 *  charged upwards of"): "upwards of" as its extra; no "exceed" (the verb before it is the
 *  members' own), and, as v240 wrote it, no "up to", no "greater" and no inclusive "at or"; its
 *  negation takes only "more" and "less". */
export const COUNTED_BOUND = anyOf(
  than(MORE_LESS, FEWER, HIGHER_LOWER),
  POSITION,
  AT_LEAST_MOST,
  notThan(MORE_LESS),
  IN_EXCESS_OF,
  UPWARDS_OF,
);
