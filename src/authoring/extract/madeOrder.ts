// The levels a made order, notice, determination or court order sets, or a council or board has
// adopted (v236): "DEPARTMENT ORDER No. 2036-04 … the following fees shall be collected … on or
// after 1 April 2036:" over "(a) regular passport: US$75 (previously US$60);", "amendments …, made on
// September 26, 2034 … an operator must pay …:" over "(a) … the greater of 40% of the price and
// $400", "7. ORDER: The Defendants shall pay … costs of ₹75,000", "Adopted by Council on 26 June
// 2034" over "(a) Saturday interment surcharge: $606.00 (2033/34: $580.00)." The text is the
// decision, so what it provides is set, actual, though the date it applies from is still to come.
// Pure text work: the caller decides the status.

import { madeInstrument } from './madeInstrument.ts';
import { bracketedEarlierLine } from './setRateTable.ts';

/** The kinds of instrument a body issues under a number. */
const INSTRUMENT = String.raw`(?:ORDER|NOTICE|DETERMINATION|NOTIFICATION|DIRECTION|DECREE|CIRCULAR|RESOLUTION|ORDINANCE|Order|Notice|Determination|Notification|Direction|Decree|Circular|Resolution|Ordinance)`;

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

/** Words that record the document as a made order, or the levels it states as made or adopted:
 *  a numbered instrument heading on its own line ("DEPARTMENT ORDER No. 2036-04", "PROVINCIAL
 *  NOTICE 412 OF 2031"), the instrument's own commencement ("This Order takes effect
 *  immediately"), a "hereby" of amending or fixing ("hereby amend Schedule 1"), an instrument made
 *  on a date ("amendments to Regulation 41/29 …, made on September 26, 2034"), an adoption line
 *  ("Adopted by Council on 26 June 2034"), and a court's operative order ("7. ORDER: The
 *  Defendants shall pay", "It is ordered that"). An ordinance numbered "CITY ORDINANCE NO. 2033-117",
 *  a section "hereby amended to read as follows" and a board that "hereby notifies the following
 *  fees" record the making too (v244). */
const MADE_ORDER_RE = new RegExp(
  [
    String.raw`^[ \t]*(?:[A-Z][A-Za-z'’.&-]*[ \t]+){0,5}${INSTRUMENT}[ \t]+(?:N[Oo]\.?[ \t]*)?(?:[A-Z]\.?[ \t]*)?\d[\w./-]*(?:[ \t]+(?:OF|of)[ \t]+(?:19|20)\d\d)?[ \t]*$`,
    String.raw`\bThis\s+${INSTRUMENT}\s+(?:takes|shall\s+take)\s+effect\b`,
    String.raw`\bhereby\s+(?:(?:amend|determine|prescribe|fix|set|revise|substitute|impose)(?:s|d|ed)?|notif(?:y|ies))\b`,
    String.raw`\b(?:Regulations?|[Aa]mendments?|Order|Rules|By-?laws?|Determination|Direction|Resolution)\b[^.\n]{0,120}?\bmade\s+on\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?${MONTH}\b`,
    String.raw`^[ \t]*(?:Adopted|Approved|Made|Determined|Fixed)\s+by\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,4}?(?:Council|Board|Committee|Commission|Authority|Assembly|Cabinet)\b[^\n]{0,60}?\bon\s+(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2},?)\s+(?:19|20)\d\d`,
    String.raw`^[ \t]*(?:\d{1,3}\.[ \t]+)?ORDER[ \t]*[:—–-]`,
    String.raw`\b[Ii]t\s+is\s+(?:hereby\s+)?ordered\b`,
  ].join('|'),
  'm',
);

/** Words near the top that leave the document's levels unmade: a draft, a proposal, a
 *  consultation, views or submissions invited. */
const UNMADE_TOP_RE =
  /\b(?:draft|propos(?:ed|es|al|als)|consult\w*|invit\w*\s+(?:views|comments|submissions)|submissions?|for\s+comment)\b/i;

/** The "shall" or "must" of a provision. */
const SHALL_RE = /\b(?:shall|must)\b/i;

/** Words that leave a provision's number unset: a permission, a condition, a forecast, a party's
 *  ask. "The amount claimed", "the value claimed" and "the sum sought" name the base a fee is
 *  reckoned on ("KSh 1,000 plus 1 per cent of the amount claimed above KSh 100,000"), no party's
 *  claim (v248). */
const NOT_PROVIDED_RE =
  /\b(?:may|might|could|would|should|if|unless|expected|expects?|projected|estimated|estimates?|forecasts?|likely|proposed|intends?|asked|requested|applied\s+for|(?<!\b(?:amounts?|sums?|values?)\s)(?:sought|claimed))\b/i;

/** A list item's mark at the start of its line: "(a)", "b)", "(iv)", "2.", "-", "•". */
const ITEM_MARK_RE = /^\s*(?:\((?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)|(?:[a-z]|\d{1,2})[.)]|[-•*–])\s/;

/**
 * Whether the document is a made order or notice, or records the levels it states as made or
 * adopted (MADE_ORDER_RE, or a made instrument), and no draft, proposal or consultation.
 * @example orderMade('DEPARTMENT ORDER No. 2036-04\n\nThe fee shall be US$75.') // true
 * @example orderMade('PUBLIC NOTICE No. 7\n\nProposed charges: the fee shall be US$75.') // false
 */
export function orderMade(text: string): boolean {
  return (
    (MADE_ORDER_RE.test(text) || madeInstrument(text)) && !UNMADE_TOP_RE.test(text.slice(0, 1500))
  );
}

/** The line holding offset `at` of `text`, and the lines above it. */
function linesTo(text: string, at: number): { line: string; above: string[] } {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return {
    line: text.slice(start, end < 0 ? text.length : end),
    above: text.slice(0, Math.max(0, start - 1)).split('\n'),
  };
}

/** The kind of an item's mark: a number ("2.", "(3)"), a letter ("(a)", "b)"), a numeral ("(iv)")
 *  or a bullet; undefined for a line that is no item. */
function markKind(line: string): string | undefined {
  const mark = ITEM_MARK_RE.exec(line)?.[0].trim();
  if (mark === undefined) return undefined;
  if (/\d/.test(mark)) return 'number';
  if (/^\(?[ivx]{2,5}\)$/.test(mark)) return 'numeral';
  if (/[a-z]/.test(mark)) return 'letter';
  return 'bullet';
}

/**
 * The lead-in a list item or a pipe table runs on from: the first line above that is neither an
 * item, a pipe row nor blank, when it closes with a colon ("the following fees shall be collected …
 * on or after 1 April 2036:" over "1. Passports" ⏎ "(a) regular passport: US$75"), or an item of
 * another kind of mark whose own "shall" closes with a colon ("5. Posts … shall collect the fees …
 * at the following amounts:" over a table, "3. Charges shall be:" over "(a) …"). Items that head a
 * sub-list ("1. Passports") and blank lines between are passed over; an item marked as the
 * number's own is its sibling, whose colon leads in to its own list, not this one ("3. Mooring
 * charges shall be levied … as follows:" is no lead-in of "6. The company had asked for …"); a line
 * of prose that closes with no colon ends the walk with none.
 * @example leadInAbove(['The fees shall be:', '', '1. Passports', '(a) adult: $5;'], 'letter') // 'The fees shall be:'
 */
export function leadInAbove(above: readonly string[], own: string | undefined): string | undefined {
  for (let i = above.length - 1; i >= Math.max(0, above.length - 20); i--) {
    const line = above[i]!.trim();
    if (line === '' || line.startsWith('|')) continue;
    const kind = markKind(above[i]!);
    if (kind !== undefined) {
      if (kind !== own && /:$/.test(line) && SHALL_RE.test(line)) return line;
      continue;
    }
    return /:$/.test(line) ? line : undefined;
  }
  return undefined;
}

/**
 * Whether a number of a made order is a level it sets: the document is made (orderMade), and the
 * number's clause is a "shall" or "must" provision, or its list item or table runs on from such a
 * lead-in closing with a colon, or its line is a level with the year before's in brackets ("(a)
 * Saturday interment surcharge: $606.00 (2033/34: $580.00)."), with no permission, condition or
 * forecast word in the clause or the lead-in.
 * @example madeOrderLevel('DEPARTMENT ORDER No. 4\n\nThe fees shall be:\n(a) passport: US$75;', 51, '(a) passport: ', ';') // true
 */
export function madeOrderLevel(
  text: string,
  at: number,
  sentenceBefore: string,
  sentenceAfter: string,
): boolean {
  const { line, above } = linesTo(text, at);
  // The number's own clause: from the last semicolon before it to the next after it.
  const clauseBefore = sentenceBefore.slice(sentenceBefore.lastIndexOf(';') + 1);
  const semicolon = sentenceAfter.indexOf(';');
  const clauseAfter = semicolon < 0 ? sentenceAfter : sentenceAfter.slice(0, semicolon);
  if (NOT_PROVIDED_RE.test(clauseBefore) || NOT_PROVIDED_RE.test(clauseAfter)) return false;
  const item = ITEM_MARK_RE.test(line) || line.trimStart().startsWith('|');
  const leadIn = item ? leadInAbove(above, markKind(line)) : undefined;
  const provided =
    SHALL_RE.test(clauseBefore) ||
    (leadIn !== undefined && SHALL_RE.test(leadIn) && !NOT_PROVIDED_RE.test(leadIn)) ||
    bracketedEarlierLine(text, at);
  return provided && orderMade(text);
}
