// The margin of a support or producer price over the cost of producing the crop (v202): "The
// expected margin to farmers over their cost of production is 105 per cent for wheat, followed by
// rapeseed & mustard at 98 per cent", "The expected margin over A2+FL cost is highest for bajra (63
// per cent)", "gives paddy growers a margin of about 14.6 percent over cost", "a return of 31%
// above the cost of production". The margin sets two levels of one time side by side, the price and
// the cost, as "1.5 times the cost of production" does: no change of anything, so no figure. A
// change in the cost itself ("the cost of production rose 9.8 percent"), a profit margin that names
// no cost, and another measure after a new clause keep their reading.
// Pure text work on one sentence; it knows nothing of figures.

/** The cost a margin is taken over: the cost of production, cultivation or producing, production
 *  costs, or a cost named by up to four words before it ("their cost of production", "the
 *  projected all-India weighted average A2+FL cost", "cost"). */
const COST = String.raw`(?:(?:the|their|its|his|her|a|an)\s+)?(?:[\w+'’&-]+\s+){0,5}?(?:costs?(?:\s+of\s+(?:production|cultivation|producing|growing))?|production\s+costs?)\b`;
/** A noun of margin or return. */
const MARGIN = String.raw`(?:margins?|mark-?ups?|returns?)`;
/** A hedge or bound right before a number. */
const HEDGE = String.raw`(?:(?:about|around|some|nearly|almost|roughly|approximately|just|only|at\s+least|over|more\s+than)\s+)?`;

/** Right before the number: a margin "of" ("a margin of about ", "a return of "). */
const MARGIN_OF_BEFORE_RE = new RegExp(String.raw`\b${MARGIN}\s+of\s+${HEDGE}$`, 'i');
/** Right after a percent: over or above the cost (" over cost", " above the cost of production",
 *  " over their production costs"). */
const OVER_COST_AFTER_RE = new RegExp(String.raw`^\s+(?:over|above|on)\s+${COST}`, 'i');
/** After a percent with no margin noun before it: above or over a cost that names production,
 *  cultivation or producing (" above the weighted average cost of cultivation"); a bare "cost"
 *  needs the margin noun. */
const OVER_PRODUCTION_COST_AFTER_RE = new RegExp(
  String.raw`^\s+(?:over|above)\s+(?:(?:the|their|its|a)\s+)?(?:[\w+'’&-]+\s+){0,5}?(?:costs?\s+of\s+(?:production|cultivation|producing|growing)|production\s+costs?)\b`,
  'i',
);
/** A margin over a cost named as the subject of the sentence's clause ("The expected margin to
 *  farmers over their cost of production", "The margin over A2+FL cost"). */
const MARGIN_OVER_COST_RE = new RegExp(
  String.raw`\b${MARGIN}\s+(?:(?:to|for)\s+[\w'’ -]{1,40}?\s+)?(?:over|above|on)\s+${COST}`,
  'gi',
);
/** Between the subject and the number, what would start another clause or another measure: a
 *  conjunction, a relative pronoun, or a verb of change. */
const NEW_CLAUSE_RE =
  /\b(?:while|whereas|but|although|though|because|since|which|who|whose|rose|rise|rises|rising|fell|fall|falls|grew|grow|grows|increased?|decreased?|declined?|climbed?|reached|stood|went)\b/i;
/** A copula, save the pronoun's "it is" that takes the margin up again ("for paddy it is"). */
const COPULA_RE = /\b(?<!\bit\s)(?:is|are|was|were|be|been|stands?)\b/gi;
/** Right before a number of the subject's list: a copula, "at", a bracket, a comma or "and", and a
 *  hedge. */
const LISTED_BEFORE_RE = new RegExp(
  String.raw`(?:\b(?:is|are|was|were|be|at|of|and)\s+|[(,]\s*)${HEDGE}$`,
  'i',
);
/** A percent's own words from its first digit, and no points after them. */
const PERCENT_RE = /^\d[\d.,]*\s?(?:%|per\s?cent|percent)(?!\s*points?\b)/i;

/**
 * True when the percent whose first digit is at `start` of `sentence` is a margin of a price over
 * the cost of production: after "a margin of" with the cost after it, above a cost of production,
 * or listed after a margin over a cost that opens its clause. The percent is read from its digit,
 * since stated words may hold a verb before it or "over" after it.
 * @example costMargin('The expected margin over cost of production is 50 per cent for paddy.', 47) // true
 * @example costMargin('The cost of production rose 9.8 percent.', 28) // false
 */
export function costMargin(sentence: string, start: number): boolean {
  const percent = PERCENT_RE.exec(sentence.slice(start));
  if (!percent) return false;
  const before = sentence.slice(0, start);
  const after = sentence.slice(start + percent[0].length);
  if (MARGIN_OF_BEFORE_RE.test(before) && OVER_COST_AFTER_RE.test(after)) return true;
  if (OVER_PRODUCTION_COST_AFTER_RE.test(after)) return true;
  if (!LISTED_BEFORE_RE.test(before)) return false;
  for (const subject of before.matchAll(MARGIN_OVER_COST_RE)) {
    const between = before.slice(subject.index + subject[0].length);
    if (between.length > 200 || NEW_CLAUSE_RE.test(between)) continue;
    if ((between.match(COPULA_RE) ?? []).length > 1) continue;
    return true;
  }
  return false;
}
