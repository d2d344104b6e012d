// Reads the margin a rule allows one level over another level it names (v265, from ho309): "when a
// flat is re-let, the rent may not exceed the local reference rent by more than 10 per cent",
// "Landlords may apply for an above-guideline increase of up to 3 per cent above the guideline",
// "the fare may exceed the regulated fare by up to 20%". The bound says how far one level may stand
// from another at the same time, a rule's term, as a spread over a named rate is (README, Traps:
// v96, v158, v265); no level is measured. A cap on a level or a change itself ("rents may rise by
// no more than 15 per cent"), a margin over the same measure at another time or as planned ("may
// not exceed last year's level by more than 3%", a cap on growth) and a margin told as a fact ("an
// average approved increase of 2.1 per cent above the guideline") keep their reading. Pure; it reads
// one sentence.

/** Words that make the other level the same measure at another time or as planned. */
const TIME_OR_PLAN = String.raw`(?:previous|prior|earlier|former|last|past|old|original|initial|current|existing|budget(?:ed)?|planned|expected|forecast|projected|estimated|targeted|proposed|year['’]s|month['’]s|(?:19|20)\d\d)`;
/** A modal of a rule and its "exceed", the other level named with an article or owner, and "by"
 *  with a bound or none, up to the number: "may not exceed the local reference rent by more than ",
 *  "shall not exceed the approved tariff by ", "can exceed its standard fare by up to ". */
const MAY_EXCEED_BY_BEFORE_RE = new RegExp(
  String.raw`\b(?:may|shall|must|can|cannot|could)\s+(?:not\s+|never\s+|only\s+)?exceed\s+(?:the|its|their|a|an)\s+(?:(?!${TIME_OR_PLAN}\b)[a-z][\w'’-]*\s+){0,4}?(?!${TIME_OR_PLAN}\b)[a-z][\w'’-]*\s+by\s+(?:(?:more\s+than|up\s+to|at\s+most|(?:no|not)\s+more\s+than)\s+)?$`,
  'i',
);
/** A bound right before the number of a margin a permission allows: "of up to ", "by no more than ". */
const BOUND_BEFORE_RE = /\b(?:up\s+to|at\s+most|(?:no|not)\s+more\s+than)\s+$/i;
/** In the clause before it, a modal or a word of permission: "Landlords may apply for ". */
const PERMISSION_BEFORE_RE =
  /\b(?:may|can|shall|must|allowed|permitted|entitled|eligible)\b(?:[^.;:]|[.,]\d)*$/i;
/** After the number, its unit and a margin over or under another level named with an article: " per
 *  cent above the guideline", "% over the regulated fare". */
const MARGIN_OVER_LEVEL_AFTER_RE = new RegExp(
  String.raw`^[\d.,]*\s*(?:%|per\s?cent|percent|percentage\s+points?|points?)\s+(?:above|over|below|under)\s+(?:the|its|their)\s+(?:(?!${TIME_OR_PLAN}\b)[a-z][\w'’-]*\s+){0,3}?(?!${TIME_OR_PLAN}\b)(?:guidelines?|rates?|rents?|prices?|levels?|benchmarks?|limits?|caps?|ceilings?|tariffs?|fares?|fees?|charges?|offers?|averages?|indexs?|norms?|standards?)\b`,
  'i',
);

/**
 * Whether the number whose digits start at `at` in the sentence is the margin a rule allows one
 * level over another level it names.
 *
 * @example ruleMargin('The rent may not exceed the local reference rent by more than 10 per cent.', 64) // true
 * @example ruleMargin('Rents may rise by no more than 15 per cent.', 31) // false
 */
export function ruleMargin(s: string, at: number): boolean {
  const before = s.slice(0, at);
  if (MAY_EXCEED_BY_BEFORE_RE.test(before)) return true;
  return (
    BOUND_BEFORE_RE.test(before) &&
    PERMISSION_BEFORE_RE.test(before) &&
    MARGIN_OVER_LEVEL_AFTER_RE.test(s.slice(at))
  );
}

/** From the match, a verb of multiplying in the present passive, what it comes to at most, and a
 *  condition or class the rule applies it for: "halved to 0.25% a month while an approved
 *  installment agreement is in force", "doubled where the return is filed late", "trebled for a
 *  repeat offence". */
const RULE_MULTIPLE_RE =
  /^(?:halved|doubled|trebled|tripled|quadrupled)(?:\s+(?:to|from)\s+[^\s\d]{0,4}\d[\d.,]*\s*(?:%|per\s?cent|percent)?(?:\s+(?:a|per|each)\s+(?:month|year|day|week|annum))?)?,?\s+(?:while|where|whenever|if|so\s+long\s+as|as\s+long\s+as|for\s+(?:an?|each|every|any)\s+(?!(?:year|month|quarter|week|day)\b))/i;
/** Right before it, the present passive of a rule: "is ", "are ", "is then ". */
const PRESENT_PASSIVE_BEFORE_RE = /\b(?:is|are)\s+(?:(?:then|also|only|simply)\s+)?$/i;

/**
 * Whether the match at `start` is a multiple a rule applies to one level for a class or while a
 * condition holds: the rate for that class set from the other at the same time, no change over
 * time (v265, from ho312: "The failure-to-pay penalty remains 0.5% … and is halved to 0.25% a month
 * while an approved installment agreement is in force"). "The levy was halved in 2031" and "will
 * be halved from 1 July" tell a change and keep it.
 *
 * @example ruleMultiple('The penalty is halved while an agreement is in force.', 15) // true
 * @example ruleMultiple('The levy was halved in 2031.', 13) // false
 */
export function ruleMultiple(s: string, start: number): boolean {
  return PRESENT_PASSIVE_BEFORE_RE.test(s.slice(0, start)) && RULE_MULTIPLE_RE.test(s.slice(start));
}
