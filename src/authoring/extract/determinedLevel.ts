// The level a made determination, order or decision sets, stated with "will" or "shall" though its
// date of effect is to come (v280): in a document that records its levels as decided (its opening
// records its body's own determination, "The Authority … determines the maximum voice termination
// rates set out below", or the instrument as made; documentDecides.ts, levelsDecided), what a rate,
// charge, fee, price, cap or floor "will" or "shall" be, fall or rise to is that decision, actual,
// each step of a glide path too ("The mobile termination rate (MTR) will fall from KSh 0.58 per
// minute to KSh 0.41 per minute on 1 April 2034, to KSh 0.30 on 1 April 2035 and to KSh 0.22 on 1
// April 2036"). A sentence that forecasts, proposes, asks, argues, estimates or hedges ("The
// Authority expects the gap to narrow to", "Operators argued that a rate of KSh 0.12 should
// apply") keeps its reading, and so does a market's rate (inflation, interest, exchange). Pure
// text work: the caller decides the status.

import { SET_LEVEL } from './announcedLevel.ts';
import { HEDGED_RE } from './decisionDocument.ts';

/** A level a body sets, as the clause's subject, then its "will" or "shall" verb of level or
 *  change, the clause running on to the number with no stop: "The mobile termination rate (MTR)
 *  will fall from KSh 0.58 per minute to KSh 0.41 per minute on 1 April 2034, to ", "the floor
 *  shall be ". No number between the level and its verb. */
const WILL_LEVEL_BEFORE_RE = new RegExp(
  String.raw`\b(?:${SET_LEVEL}|charges?|fees?|prices?|tariffs?|floors?)\b(?:[^.;:\d]|(?<=[A-Za-z])\d){0,120}?\b(?:will|shall)\s+(?:(?:also|then|now|again|therefore|thus)\s+)?(?:be(?:\s+(?:reduced|cut|lowered|raised|increased|set|fixed|capped))?|fall|rise|increase|decrease|drop|go\s+(?:up|down)|remain|stay|move)\b(?:[^.;:]|\.\d){0,200}$`,
  'i',
);

/**
 * Whether a number in a document that records its levels as decided is a level the decision sets:
 * the words before it in its sentence (`before`) name a rate, charge, fee, price, cap or floor
 * with its "will" or "shall" verb of level, and the sentence (`before` + `stated` + `after`)
 * hedges, forecasts, proposes or asks nothing.
 * @example determinedLevel('The mobile termination rate will fall from KSh 0.58 per minute to ', 'KSh 0.41', ' on 1 April 2034.') // true
 * @example determinedLevel('The Authority expects the rate will fall to ', 'KSh 0.41', ' by 2036.') // false
 */
export function determinedLevel(before: string, stated: string, after: string): boolean {
  return (
    WILL_LEVEL_BEFORE_RE.test(before + stated.slice(0, Math.max(0, stated.search(/\d/)))) &&
    !HEDGED_RE.test(before + stated + after)
  );
}

/** After a number, the budget or act the sentence names as adopted, enacted or passed as what sets
 *  it, the level a change moves to between them: " in the 2036 Budget adopted on 28 November 2035",
 *  " to €128.7 billion in the 2036 Budget adopted on 28 November 2035", " under the Appropriation
 *  Act 2035 as passed" (v280). */
const ADOPTED_BUDGET_AFTER_RE =
  /^\s*(?:%|per\s?cent|percent)?(?:\s+to\s+(?:[^\s\d]{1,4}\s?)?\d[\d.,]*(?:\s+(?:million|billion|trillion|crores?|bn|m))?)?\s+(?:in|under|by)\s+the\s+(?:(?:FY\s?)?(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?\s+)?(?:[A-Z][\w-]*\s+){0,3}?(?:Budget|budget|Appropriation\s+Act|Finance\s+Act|Budget\s+Act)(?:\s+(?:19|20)\d\d)?,?\s+(?:as\s+)?(?:adopted|enacted|passed|approved)\b/;

/**
 * Whether a number is a level or change a budget or act named as adopted, enacted or passed sets,
 * whatever year it is for (`after`: the words after the number in its sentence; `sentence`: all of
 * it, which hedges, forecasts or proposes nothing): "The federal grant to the pension insurance
 * rises by 4.2 per cent to €128.7 billion in the 2036 Budget adopted on 28 November 2035" (v280).
 * @example adoptedBudgetLevel(' billion in the 2036 Budget adopted on 28 November 2035.', 'The grant rises to €128.7 billion in the 2036 Budget adopted on 28 November 2035.') // true
 * @example adoptedBudgetLevel(' billion in the 2036 Budget to be adopted in December.', 'The grant rises to €128.7 billion in the 2036 Budget to be adopted in December.') // false
 */
export function adoptedBudgetLevel(after: string, sentence: string): boolean {
  return ADOPTED_BUDGET_AFTER_RE.test(after) && !HEDGED_RE.test(sentence);
}
