// Holds back a number in a position where the hand-made sets find numbers nearly always traps,
// unless positive evidence in its own words makes it a figure: the opposite default to the trap
// rules, which propose a number unless one of them reads it. Pure; it sees one sentence and one
// match, and knows nothing of kinds' readings, status or the other figures.
//
// A position qualifies when, on sets it was not tuned on, its truth numbers are traps in at least
// 90% of cases with a support of 15 or more across four sets or more (see the v46 measurement).

import type { Match } from './matching.ts';
import { VERB } from './vocabulary.ts';

/** The positions held back:
 *  - 'above-sum': a sum right after "above" that a noun or a participle stands before, a line that
 *    sorts what the noun names ("projects above US$50 million", "the part of any estate above
 *    £2 million"): 33 traps to 1 figure in the hand-made sets and fixtures, in 12 of them. */
export type HeldBackPosition = 'above-sum';

/** What the hold-back needs of a match: where its number and words are, and its kind. */
export type HeldBackMatch = Pick<Match, 'start' | 'end' | 'own' | 'kind'>;

/** Right before the sum, "above" and a hedge it may carry ("above some $3 billion"). */
const ABOVE_BEFORE_RE = /(?<![\w-])above\s+(?:(?:some|about|around|roughly|approximately)\s+)?$/i;

/** Degree adverbs between a verb and "above": "remained well above", "rose to just above". */
const DEGREE = String.raw`(?:just|slightly|well|far|still|now|already|firmly|comfortably|consistently|significantly|marginally|somewhat|a\s+little|a\s+bit|even|again|only|also)`;

/** A verb the sum is the level of, in any form: a copula, a verb of holding or of standing, of
 *  trading or closing at a price, and every verb of change ("held above US$2,600 an ounce", "is
 *  expected to stay above $80 a barrel", "was above $3 billion", "climbed above $12.4 billion"). */
const LEVEL_VERB = String.raw`(?:is|are|was|were|be|been|being|stay(?:s|ed|ing)?|remain(?:s|ed|ing)?|hold(?:s|ing)?|held|st(?:and|ands|ood|anding)|trad(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|settl(?:e|es|ed|ing)|end(?:s|ed|ing)?|finish(?:es|ed|ing)?|hover(?:s|ed|ing)?|k(?:eep|eeps|ept|eeping)|c(?:ame|ome|omes|oming)\s+in|${VERB})`;

/** Before "above", the evidence that keeps a figure: such a verb, or a preposition that governs the
 *  sum with "above" as its hedge ("rose to just above €4 billion", "stood at slightly above £900
 *  million", "a surplus of above $2 billion"). */
const KEEPS_BEFORE_ABOVE_RE = new RegExp(
  String.raw`(?<![\w-])(?:${LEVEL_VERB}|to|at|of|from)\s+(?:${DEGREE}\s+)*$`,
  'i',
);

/** Right after the sum, a past passive that tells what happened once ("Losses above $800 billion
 *  were recorded", "Bids above €2 million were received in 2031"): the sum measures an event. */
const PAST_EVENT_AFTER_RE =
  /^\s*(?:(?:in|during)\s+[\w ]{1,20}?\s+)?(?:was|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|made|paid|seen|sold|spent|lost|won|taken|given|drawn|struck|written)\b/i;
/** Before "above", the whole subject of its sentence, a bare noun phrase (no preposition, no
 *  verb, no "any" or "each" that makes a class): "Losses ", "Insured claims ". */
const BARE_SUBJECT_RE =
  /^\s*(?:(?!(?:of|on|in|for|with|to|from|by|at|any|each|every|all|under|over|per|who|which|that)\b)[\w'’-]+\s+){1,4}$/i;

/**
 * The position the number at `m` is held back in, or undefined when it is in none or its own words
 * give the evidence that keeps it a figure.
 * @example heldBack('Any single tender above Rs 25 crore goes to the finance committee.', { start: 24, end: 35, kind: 'amount' }) // 'above-sum'
 */
export function heldBack(s: string, m: HeldBackMatch): HeldBackPosition | undefined {
  if (m.kind !== 'amount') return undefined;
  const before = s.slice(0, m.own ?? m.start);
  const above = ABOVE_BEFORE_RE.exec(before);
  if (!above) return undefined;
  const lead = before.slice(0, above.index);
  if (KEEPS_BEFORE_ABOVE_RE.test(lead)) return undefined;
  // "Losses above $800 billion were recorded": the subject's size in an event told once.
  if (BARE_SUBJECT_RE.test(lead) && PAST_EVENT_AFTER_RE.test(s.slice(m.end))) return undefined;
  return 'above-sum';
}
