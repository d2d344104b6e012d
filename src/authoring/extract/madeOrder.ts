// The levels a made order, notice, determination or court order sets, or a council or board has
// adopted (v236): "DEPARTMENT ORDER No. 2036-04 … the following fees shall be collected … on or
// after 1 April 2036:" over "(a) regular passport: US$75 (previously US$60);", "amendments …, made on
// September 26, 2034 … an operator must pay …:" over "(a) … the greater of 40% of the price and
// $400", "7. ORDER: The Defendants shall pay … costs of ₹75,000", "Adopted by Council on 26 June
// 2034" over "(a) Saturday interment surcharge: $606.00 (2033/34: $580.00)." The text is the
// decision, so what it provides is set, actual, though the date it applies from is still to come.
// Pure text work: whether the document is a made order is read in documentDecides.ts (orderMade);
// here, the number's clause and its list's lead-in. The caller decides the status.

import { NOT_PROVIDED, orderMade, SHALL_RE } from './documentDecides.ts';
import { bracketedEarlierLine } from './setRateTable.ts';
import { listItemMark, PROVISION_ITEM_RE } from './listItem.ts';
import { linesTo } from './structure.ts';

/** Words that leave an order's provision unset: a permission, a condition, a forecast, and what a
 *  party asked for or intends (wider than a made act's NOT_PROVIDED). The core every order's reader
 *  shares; madeOrderLevel and issuedOrder.ts each add their own words of a claim. */
export const ORDER_NOT_PROVIDED = String.raw`${NOT_PROVIDED}|expects?|estimates?|intends?|asked|requested|applied\s+for`;

/** A party's claim, beside the core: "sought", "claimed". "The amount claimed", "the value claimed"
 *  and "the sum sought" name the base a fee is reckoned on ("KSh 1,000 plus 1 per cent of the
 *  amount claimed above KSh 100,000"), no party's claim (v248). */
const CLAIM_NOT_AMOUNT = String.raw`(?<!\b(?:amounts?|sums?|values?)\s)(?:sought|claimed)`;

/** Words that leave a made order's provision unset: ORDER_NOT_PROVIDED and a claim not an amount's. */
const NOT_PROVIDED_RE = new RegExp(
  String.raw`\b(?:${ORDER_NOT_PROVIDED}|${CLAIM_NOT_AMOUNT})\b`,
  'i',
);

/** The kind of an item's mark: a number ("2.", "(3)"), a letter ("(a)", "b)"), a numeral ("(iv)")
 *  or a bullet; undefined for a line that is no item. */
export function markKind(line: string): string | undefined {
  const mark = listItemMark(line, 'provision');
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

/** How a provision reads its number's clause: the words that leave it unset, and any test beside
 *  SHALL_RE of the words after the number that provide it. */
export interface ProvisionWords {
  notProvided: RegExp;
  shallAfter?: RegExp;
}

/**
 * How the clause of the number at offset `at` (UTF-16) of `text` reads as a provision: 'unset' when
 * the clause (from the last semicolon before the number to the next after it) names a word of
 * `words.notProvided`; 'provided' when the clause before the number is a "shall" or "must"
 * provision (or `words.shallAfter` finds one after it), or the number's list item or table runs on
 * from such a lead-in closing with a colon that names no such word, or its line is a level with the
 * year before's in brackets; undefined otherwise. Whether the document is made is the caller's.
 * @example provisionClause('The fees shall be:\n(a) passport: US$75;', 33, '(a) passport: ', 'US$75;', { notProvided: /\bmay\b/i }) // 'provided'
 * @example provisionClause('(a) passport: US$75 if approved;', 14, '(a) passport: ', 'US$75 if approved;', { notProvided: /\bif\b/i }) // 'unset'
 */
export function provisionClause(
  text: string,
  at: number,
  sentenceBefore: string,
  sentenceAfter: string,
  words: ProvisionWords,
): 'unset' | 'provided' | undefined {
  const { line, above } = linesTo(text, at);
  // "| Traditional jeepney | ₱6,500 | 142,815 |" under "| Mode | Grant per unit | Units (estimate)
  // |": a pipe row's clause is its own line, another column's header no hedge of its cell (v275;
  // a column's own header is read by proposedColumn.ts and aheadEstimate.ts).
  const row = line.trimStart().startsWith('|');
  const lineFrom = text.lastIndexOf('\n', at - 1) + 1;
  const clauseBefore = row
    ? text.slice(lineFrom, at)
    : sentenceBefore.slice(sentenceBefore.lastIndexOf(';') + 1);
  const semicolon = sentenceAfter.indexOf(';');
  const clauseAfter = row
    ? (sentenceAfter.split('\n')[0] ?? '')
    : semicolon < 0
      ? sentenceAfter
      : sentenceAfter.slice(0, semicolon);
  const { notProvided, shallAfter } = words;
  if (notProvided.test(clauseBefore) || notProvided.test(clauseAfter)) return 'unset';
  const item = PROVISION_ITEM_RE.test(line) || line.trimStart().startsWith('|');
  const leadIn = item ? leadInAbove(above, markKind(line)) : undefined;
  const provided =
    SHALL_RE.test(clauseBefore) ||
    (shallAfter !== undefined && shallAfter.test(clauseAfter)) ||
    (leadIn !== undefined && SHALL_RE.test(leadIn) && !notProvided.test(leadIn)) ||
    bracketedEarlierLine(text, at);
  return provided ? 'provided' : undefined;
}

/**
 * Whether a number of a made order is a level it sets: the document is made (orderMade), and the
 * number's clause reads as a provision (provisionClause), with a made order's words that leave it
 * unset.
 * @example madeOrderLevel('DEPARTMENT ORDER No. 4\n\nThe fees shall be:\n(a) passport: US$75;', 51, '(a) passport: ', ';') // true
 */
export function madeOrderLevel(
  text: string,
  at: number,
  sentenceBefore: string,
  sentenceAfter: string,
): boolean {
  const clause = provisionClause(text, at, sentenceBefore, sentenceAfter, {
    notProvided: NOT_PROVIDED_RE,
  });
  return clause === 'provided' && orderMade(text);
}
