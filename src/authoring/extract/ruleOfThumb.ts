// One reader of a sentence that says it states a rule of thumb: "As a rule of thumb, every 100,000
// extra visitors bring about €45 million in spending", "By the Treasury's rule of thumb, each extra
// week of drought cuts the crop by about 3 per cent", "A useful rule of thumb is that …", "Our rule
// of thumb: …". Every number after such an opening is a step or what a step does, a sensitivity,
// no figure (README, Rules of thumb: v137, v147), whatever grammar the step takes. A sentence that only
// names a rule of thumb ("The rule of thumb was abandoned in 2031, when receipts fell 4%") keeps
// its numbers. Pure; it reads only the sentence it is given.

/** The opening: "As a rule of thumb,", "By the institute's rule of thumb,", "Under our rule of
 *  thumb,", "A useful rule of thumb is that", "The rule of thumb says that", "Our rule of thumb:". */
const RULE_OF_THUMB_OPENING_RE =
  /^\s*(?:(?:as|by|under|on|using)\s+(?:[\w'’-]+\s+){0,4}?rules?\s+of\s+thumb\s*,|(?:a|an|the|our|its|one|their|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?rules?\s+of\s+thumb\s*(?::|(?:is|says|holds|suggests)\s+that\b))/i;

/** A conversion: "is worth", "are worth". */
const WORTH_RE = /\b(?:is|are)\s+worth\b/i;

/**
 * Whether the number at start follows an opening that says the sentence states a rule of thumb.
 *
 * @example ruleOfThumbSentence('As a rule of thumb, each 1% rise adds £2bn.', 25) // true
 */
export function ruleOfThumbSentence(sentence: string, start: number): boolean {
  const opening = RULE_OF_THUMB_OPENING_RE.exec(sentence);
  if (opening === null || start < opening.index + opening[0].length) return false;
  // "each 0.1% of world output is worth roughly $110 billion": a conversion between two measures,
  // which the fixtures read as a figure (research-institute-world-arms-spending), keeps its reading.
  return !WORTH_RE.test(sentence.slice(opening.index + opening[0].length));
}
