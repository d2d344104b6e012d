// Reads a multiple or a fraction of another group's level: "about 5.8 times the quintile 5 amount",
// "two-fifths of the primary school amount". Pure; it sees one sentence and one match, and knows
// nothing of kinds, status or other figures.

import type { Match } from './matching.ts';

/** Words that make a label no other group: a whole, an earlier or a planned level of the same
 *  subject ("the total amount", "the previous figure", "the budgeted amount", "the 2031 level"). */
const NOT_A_GROUP = String.raw`(?:total|whole|overall|entire|combined|full|standard|normal|ordinary|usual|general|regular|previous|prior|earlier|original|initial|former|old|last|next|same|current|budgeted|planned|approved|estimated|projected|requested|proposed|revised|annual|monthly|yearly|weekly|daily|(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October|November|December)`;

/** From a match's start, an approximation, a multiple or a fraction, "the", one to three words
 *  naming another group (short numbers allowed, "quintile 5"), then the per-member level it is
 *  measured against: "about 5.8 times the quintile 5 amount", "only about two-fifths of the
 *  primary school amount", "1.4 times the urban rate". The level "of" or "for" a year, or one
 *  "ago" or "earlier", is the same subject's at another time, a change. */
const OTHER_GROUP_LEVEL_RE = new RegExp(
  String.raw`^(?:(?:about|around|roughly|nearly|almost|only|some|just|over|under)\s+)*(?:\d[\d.,]*\s+times|twice|half|(?:one|two|three|four|five|seven|nine)[\s-](?:halves|thirds?|quarters?|fourths?|fifths?|sixths?|eighths?|tenths?)|an?\s+(?:half|third|quarter|fifth|tenth))\s+(?:of\s+)?the\s+(?:(?!${NOT_A_GROUP}\b)(?:[A-Za-z][\w'’-]*|\d{1,2})\s+){1,3}?(?:amounts?|allocations?|rates?|levels?|figures?|grants?|sums?|subsid(?:y|ies)|payments?|norms?|allowances?|fees?)\b(?!\s+(?:paid|payable|charged|due|deposited|collected)\b|\s+(?:of|for|in)\s+(?:(?:19|20)\d\d|${NOT_A_GROUP}\b)|[^.;:]*?\b(?:ago|earlier|before|previously)\b)`,
  'i',
);

/**
 * True when the number at `m` is a multiple or a fraction of another group's level, two levels at
 * one time, no figure of its own (test/fixtures/prose/README.md, "Fractions and multiples"): "The
 * quintile 1 amount is about 5.8 times the quintile 5 amount", "the Grade R allocation is only
 * about two-fifths of the primary school amount". "twice the figure for October 2032" (the same
 * series a year before) and "a third of the total amount" (a share of a whole) keep theirs.
 * @example otherGroupLevel('It is 5.8 times the quintile 5 amount.', { start: 6, end: 19, kind: 'change' } as Match) // true
 */
export function otherGroupLevel(s: string, m: Pick<Match, 'start' | 'end'>): boolean {
  return OTHER_GROUP_LEVEL_RE.test(s.slice(m.start, m.end + 80));
}
