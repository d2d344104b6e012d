// Reads a multiple of another measure at the same time: "charged at 1.5 times the applicable
// tariff", "Band H households pay 2.45 times the Band D charge", "valued at 1.2 times the value of
// the 1800 MHz band", "reserves … 21.6 times annual benefit expenditure" (v158). The multiple says
// how one level stands to another measure or is set from it, no change of anything; the same
// measure at another time or as planned ("three times the 2020 charge", "1.5 times the previous
// tariff", "twice the budgeted cost", "the price of a decade ago") keeps the change. Pure; it sees
// only the words after "times". After "its" or "their" too, with a yearly budget or cost or a
// granted quantity as the head: "about 2.3 times its annual building division budget", "2.4 times
// annual operating costs", "assessed at 1.2 times their permitted volume" (v231).

/** The head of a measure a multiple is taken of: a charge, tariff, toll, fare, named rate (v223),
 *  price, fee or bill, a value or a cost, spending or income, a contribution, payment, benefit or
 *  wage. Generic same-subject nouns
 *  ("level", "figure", "total", "amount", "size") are not heads here: "three times the level" is
 *  the subject's own. */
const MEASURE_HEAD = String.raw`(?:charges?|tariffs?|tolls?|fares?|rates?|prices?|fees?|bills?|levies|levy|rents?|values?|costs?|expenditures?|spending|outlays?|incomes?|revenues?|earnings|wages?|salar(?:y|ies)|contributions?|payments?|benefits?|premiums?|claims?|debts?|assets?|liabilities|deposits?)`;

/** A participle that names a plan, no other party's act: "the amount budgeted", "the sum allocated". */
const PLAN_PARTICIPLE = String.raw`(?:budgeted|planned|allocated|appropriated|projected|forecast(?:ed)?|expected|targeted|proposed|estimated|anticipated|envisaged|assumed|scheduled|committed|pledged|approved)`;

/** A modifier before the head: a word, a short number ("Band 4", "1800"), or a label in quotes; no
 *  function word or verb, which would carry the phrase past its noun. */
const MODIFIER = String.raw`(?:['‘’"“”]?(?!(?:and|or|but|of|in|on|at|to|for|from|by|with|as|than|that|which|who|is|are|was|were|be|been|has|have|had|will|would|its|their|his|her|our|this|these|those|a|an|the)\b)[A-Za-z0-9][\w.&'’-]*['’"”]?)`;

/** From the words after "times": "the", "its", "their" (v231) or nothing, up to four modifiers, the
 *  head; its modifiers in group 1, and a "value" or "cost" needs the thing it is of ("the value of
 *  the 1800 MHz band") or its period and kind ("annual operating costs"), a budget its period. */
const OTHER_MEASURE_RE = new RegExp(
  String.raw`^\s+(?:(?:the|its|their)\s+)?((?:${MODIFIER}\s+){0,4}?)(${MEASURE_HEAD}|budgets?)\b(?![\w'’-])`,
  'i',
);

/** A quantity a licence or a rule grants, named before it: "their permitted volume", "the
 *  licensed quantity", "its authorised abstraction" (v231). A multiple of it assesses or caps a
 *  quantity from the grant, no change. */
const GRANTED_AMOUNT_RE =
  /^\s+(?:(?:the|its|their)\s+)?()(?:permitted|licen[sc]ed|authori[sz]ed|allowed|allotted|consented|contracted|entitled)\s+(?:annual\s+)?(volumes?|quantit(?:y|ies)|amounts?|abstractions?|allocations?|entitlements?)\b/i;

/** A modifier that names a year's run of a flow: a stock held against it is cover, a multiple of
 *  it no change ("2.3 times its annual building division budget", v231). */
const PERIOD_MODIFIER_RE = /^(?:annual|yearly|monthly|weekly)$/i;

/** A modifier that says only how much of the subject's own measure is meant ("the total cost"). */
const WHOLE_MODIFIER_RE = /^(?:total|overall|full|whole|entire|actual|real|final|net|gross)$/i;

/** A generic amount that a participle hands to another act or party, as a reduced relative clause:
 *  "the amount received by households relying on domestic transfers", "the amount issued", "the sum
 *  requested by the appeal" (v173). The bare amount ("three times the amount") is the subject's own
 *  and has no match. Group 1 is empty; group 2 the amount. */
const ACTED_AMOUNT_RE = new RegExp(
  String.raw`^\s+(?:the\s+)?()(amounts?|sums?|quantit(?:y|ies)|volumes?)\s+(?!${PLAN_PARTICIPLE}\b)(?:[a-z]+ed|paid|sold|sought|lent|spent|held|won|bought|given|taken|owed|bid|drawn|borne)\b`,
  'i',
);

/** A modifier that names a time or a plan: the same measure then or as planned ("the 2020 charge",
 *  "the previous tariff", "the budgeted cost", "the pre-war price"). */
const TIME_OR_PLAN_RE =
  /^(?:(?:19|20)\d\d\S*|previous|preceding|prior|last|former|original|initial|old|earlier|historical|historic|budget(?:ed)?|plann?ed|forecast|projected|target(?:ed)?|expected|assumed|estimated|proposed|requested|same|peak|January|February|March|April|May|June|July|August|September|October|November|December|FY\S*|Q[1-4]|H[12]|(?:pre|post)-\S+)$/i;

/** In the rest of the clause, a word that puts the standard at another time: "of 2020", "a decade
 *  ago", "in the previous year", "before the reform". */
const OTHER_TIME_IN_CLAUSE_RE =
  /\b(?:(?:19|20)\d\d|ago|earlier|before|previously|previous|prior|last\s+(?:year|month|quarter|decade))\b/i;

/**
 * True when the words after a multiple's "times" (`after` opens on them: " the applicable tariff",
 * " annual benefit expenditure") name another measure at the same time, no earlier or planned
 * level of the subject: the multiple compares or sets two measures, no figure
 * (test/fixtures/prose/README.md, "Fractions and multiples").
 * @example otherMeasureMultiple(' the applicable tariff.') // true
 * @example otherMeasureMultiple(' the 2020 charge.') // false
 * @example otherMeasureMultiple(' their permitted volume.') // true
 */
export function otherMeasureMultiple(after: string): boolean {
  const np =
    OTHER_MEASURE_RE.exec(after) ?? ACTED_AMOUNT_RE.exec(after) ?? GRANTED_AMOUNT_RE.exec(after);
  if (!np) return false;
  const modifiers = np[1]!.trim().split(/\s+/).filter(Boolean);
  // "2.3 times its annual building division budget": a budget is another measure only as a
  // period's run that a stock is held against; "1.1 times the budget" is the plan (v231).
  if (/^budgets?$/i.test(np[2]!) && !modifiers.some((w) => PERIOD_MODIFIER_RE.test(w)))
    return false;
  // "1.5 times the standard rate": a rate is another charge only when a modifier names which one
  // ("three times the rate" is the subject's own); a toll or a fare is one as a fee is (v223).
  if (/^rates?$/i.test(np[2]!) && modifiers.length === 0) return false;
  if (modifiers.some((w) => TIME_OR_PLAN_RE.test(w.replace(/^['‘’"“”]|['’"”]$/g, ''))))
    return false;
  const rest = after.slice(np[0].length);
  const clause = rest.slice(0, /[.;:!?]|,\s|\s[–—]\s|$/.exec(rest)!.index);
  if (OTHER_TIME_IN_CLAUSE_RE.test(clause)) return false;
  // "the value of the 1800 MHz band": a value or a cost is another measure only with what it is of.
  // So is a cost named by what it is of before it, its period or its kind ("2.4 times annual
  // operating costs", "1.5 times its average annual enforcement costs", v231), not by its size
  // alone ("three times the total cost").
  if (
    /^(?:values?|costs?)$/i.test(np[2]!) &&
    !/^\s+of\s/i.test(rest) &&
    !(
      /^costs?$/i.test(np[2]!) &&
      modifiers.some((w) => PERIOD_MODIFIER_RE.test(w)) &&
      modifiers.some((w) => !PERIOD_MODIFIER_RE.test(w) && !WHOLE_MODIFIER_RE.test(w))
    )
  )
    return false;
  return true;
}
