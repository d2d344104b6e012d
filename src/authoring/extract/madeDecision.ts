// More shapes of a made decision whose levels are that decision, actual, though their date of
// effect is still to come (v261, beside madeOrder.ts's v236 and issuedOrder.ts's v250 reading): an
// award an arbitration board or tribunal issues ("INTEREST ARBITRATION AWARD" over "Issued at Red
// Deer, Alberta, January 20, 2035"), an order a board "hereby adopts" or a bare "Adopted June 26,
// 2034" line under its title, an ordinance whose council "DOES ORDAIN AS FOLLOWS"; and, in any made
// instrument, a permission bounded by its number ("no rent increase … may exceed 8.0 percent", "may
// pass through up to 50 percent", "a cancellation fee not exceeding … Sh. 150 … may be charged"),
// which sets the most it allows as "shall not exceed" does; and a body's decision that a level
// "should be increased by 3.86%", the "should" of what was decided, no hedge. Pure text work: the
// caller decides the status.

import { NOT_PROVIDED, orderIssued, SHALL_RE } from './documentDecides.ts';
import { PROVISION_ITEM_RE, PROVISION_MARK } from './listItem.ts';
import { leadInAbove, markKind } from './madeOrder.ts';
import { bracketedEarlierLine } from './setRateTable.ts';
import { linesTo } from './structure.ts';

const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(?:19|20)\d\d|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d)`;

/** How far a document's title and heading lines run (UTF-16 units). */
const TOP_LENGTH = 700;

/** An award's heading line near the top: "INTEREST ARBITRATION AWARD", "Arbitration Award",
 *  "AWARD". */
const AWARD_HEADING_RE = /^[ \t]*(?:[A-Z][\w'’-]*[ \t]+){0,4}(?:AWARD|Award)[ \t]*$/m;

/** A line recording the document's own issue on a date: "Issued at Red Deer, Alberta, January 20,
 *  2035", "Delivered on 4 May 2034", "Dated this 3rd day of March 2033". */
const ISSUED_ON_RE = new RegExp(
  String.raw`^[ \t]*(?:Issued|Delivered|Dated|Made|Given|Handed\s+down)\b[^\n]{0,80}?\b(?:${DATE}|\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\s+${MONTH},?\s+(?:19|20)\d\d)`,
  'm',
);

/** The body's operative words of adopting or ordaining, and a bare adoption line with its date:
 *  "the Rent Guidelines Board hereby adopts the following levels", "THE CITY COUNCIL … DOES ORDAIN
 *  AS FOLLOWS:", "Adopted June 26, 2034" (with its vote after it or none). */
const ADOPTS_RE = new RegExp(
  [
    String.raw`\bhereby\s+adopts\s+the\s+following\b`,
    String.raw`\b(?:DOES|[Dd]oes)\s+(?:(?:HEREBY|[Hh]ereby)\s+)?(?:ORDAIN|[Oo]rdain|ENACT|[Ee]nact|RESOLVE|[Rr]esolve)\s+(?:AS\s+FOLLOWS|as\s+follows)\b`,
    String.raw`^[ \t]*Adopted\s+(?:on\s+)?${DATE}\b`,
  ].join('|'),
  'm',
);

/** Words of the title and heading lines that leave the document unmade: a draft, a proposal, a
 *  consultation, an award or order still to be made. */
const UNMADE_HEAD_RE =
  /\b(?:draft|propos(?:ed|al|als)|consult\w*|for\s+comment|(?:to|will)\s+be\s+(?:made|adopted|issued))\b/i;

/**
 * Whether the document is a made award, adopted order or ordained ordinance: an award's heading
 * with a line recording its issue on a date, or a body's "hereby adopts the following", "DOES ORDAIN
 * AS FOLLOWS" or a bare "Adopted <date>" line; and no draft or proposal in its title and heading
 * lines.
 * @example decisionMade('INTEREST ARBITRATION AWARD\nIssued at Red Deer, January 20, 2035\n') // true
 * @example decisionMade('DRAFT ARBITRATION AWARD\nIssued at Red Deer, January 20, 2035\n') // false
 */
export function decisionMade(text: string): boolean {
  const top = text.slice(0, TOP_LENGTH);
  if (UNMADE_HEAD_RE.test(top)) return false;
  return (AWARD_HEADING_RE.test(top) && ISSUED_ON_RE.test(top)) || ADOPTS_RE.test(text);
}

/** Words that leave a provision's number unset: a permission with no bound, a condition, a
 *  forecast, a party's ask. */
const NOT_PROVIDED_RE = new RegExp(
  String.raw`\b(?:${NOT_PROVIDED}|expects?|estimates?|intends?|asked|requested|sought|seeks?|applied\s+for|claimed|recommend\w*)\b`,
  'i',
);

/** A bound right before the number, which a permission ("may") or a prohibition sets as the most it
 *  allows: "may exceed", "not exceeding", "by no more than", "up to a further", "at most". */
const BOUND_BEFORE_RE =
  /\b(?:(?:not\s+)?exceed(?:ing)?|(?:by\s+)?(?:no|not)\s+more\s+than|up\s+to(?:\s+a\s+further)?|at\s+most)\s+(?:[^,;]{1,60}?\s+or\s+)?$/i;

/** A "may" of the clause, which a bound on the number makes a provision. */
const MAY_RE = /\bmay\b/i;

/** A relief an officer may grant, bounded by the number: "may waive up to €40 of the dues", "may
 *  remit", "may reduce … by up to €4.50". What may be let off is no level set (v209). */
const MAY_RELIEVE_RE =
  /\bmay\s+(?:waive|remit|reduce|refund|abate|write\s+off|forgive|discount)\b/i;

/** A reservation of other powers in a lead-in: "as may be authorized by law"; and the bound a
 *  lead-in names by the most a party may charge ("The maximum dispensing fee that a pharmacist may
 *  charge, exclusive of VAT, shall be as follows from 1 January 2033:"), which the "shall" sets as
 *  "shall not exceed" does (v268). */
const AS_MAY_BE_RE =
  /\bas\s+may\s+be\s+(?:authori[sz]ed|permitted|provided|required)(?:\s+by\s+law)?|\b(?:maximum|highest)\s+(?:[\w'’-]+\s+){0,4}?(?:that|which)\s+(?:an?\s+|the\s+|any\s+)?(?:[\w'’-]+\s+){0,3}?may\s+(?:charge|levy|collect|impose|demand)\b/gi;

/** The words after a number up to its clause's semicolon, or all of them. */
const toSemicolon = (after: string): string => {
  const semicolon = after.indexOf(';');
  return semicolon < 0 ? after : after.slice(0, semicolon);
};

/**
 * Whether a number of a made decision is a level it sets: the document is a made award, adopted
 * order or ordinance (decisionMade) or a made or issued order (orderIssued), and the number's clause
 * is a "shall" or "must" provision, or a permission or prohibition bounded by the number ("may
 * exceed 8.0 percent", "may pass through up to 50 percent", "not exceeding … Sh. 150 … may be
 * charged"), or its list item or table runs on from a "shall" lead-in closing with a colon, or its
 * line is a level with the year before's in brackets; with no other permission, condition, forecast
 * or ask word in the clause or the lead-in; or, in any document, the number is in a that-clause
 * item under a body's "decided" line (decidedItem). A bare table cell is read with empty sentences.
 * @example madeDecisionLevel('The Committee decided\n1. that the day ticket shall cost SEK 90;', 58, '1. that the day ticket shall cost ', ';') // true
 * @example madeDecisionLevel('ARBITRATION AWARD\nIssued on 3 May 2034\n\n1. Rates shall be as follows:\n| A | $5 |', 65, '', '') // true
 */
export function madeDecisionLevel(
  text: string,
  at: number,
  sentenceBefore: string,
  sentenceAfter: string,
): boolean {
  const { line, above } = linesTo(text, at);
  const clauseBefore = sentenceBefore.slice(sentenceBefore.lastIndexOf(';') + 1);
  const clauseAfter = toSemicolon(sentenceAfter);
  // "The Traffic Committee decided" ⏎ "1. that the adult 30-day ticket shall cost SEK 1,060 from
  // 8 January 2036": a that-clause item of a recorded decision, in any document (v268).
  if (decidedItem(line, above, sentenceBefore, clauseAfter)) return true;
  const clause = `${clauseBefore} ${clauseAfter}`;
  // "may exceed 8.0 percent": the bound is the level the provision sets, its "may" no permission
  // left open.
  const bounded =
    MAY_RE.test(clause) && !MAY_RELIEVE_RE.test(clause) && BOUND_BEFORE_RE.test(clauseBefore);
  const open = (words: string): boolean =>
    NOT_PROVIDED_RE.test(bounded ? words.replace(/\bmay\b/gi, 'shall') : words);
  if (open(clauseBefore) || open(clauseAfter)) return false;
  const item = PROVISION_ITEM_RE.test(line) || line.trimStart().startsWith('|');
  // "Together with such further adjustments as may be authorized by law, the annual adjustment
  // … shall be:": a reservation of other powers, no permission of the lead-in's own.
  const leadIn = item ? leadInAbove(above, markKind(line))?.replace(AS_MAY_BE_RE, '') : undefined;
  const provided =
    bounded ||
    SHALL_RE.test(clauseBefore) ||
    // "4.1 Pay progression of 1.5% shall continue to be paid": the number before its "shall".
    /^(?:[^.;]|\.\d){0,160}?\b(?:shall|must)\s+(?:continue\s+to\s+)?be\b/i.test(clauseAfter) ||
    (leadIn !== undefined && SHALL_RE.test(leadIn) && !NOT_PROVIDED_RE.test(leadIn)) ||
    bracketedEarlierLine(text, at);
  return provided && (decisionMade(text) || orderIssued(text));
}

/** A body's recorded decision whose that-clause sets the level: "the Chief Executive-in-Council
 *  decided that … the pay … should be increased by 3.86%". */
const DECIDED_THAT_RE =
  /(?<!\b(?:not|never|yet\s+to|to|be|been)\s)\b(?:decided|resolved|determined|ruled|directed|ordered)\s+that\b/gi;
/** The that-clause's "should" of what is decided, with the verb that sets or moves the level. */
const SHOULD_SET_RE =
  /\bshould\s+(?:be\s+)?(?:increased|raised|reduced|cut|lowered|set|fixed|adjusted|revised|held|kept|frozen|paid|rise|fall|increase)\b/i;
/** Words that leave the decision's level open: a condition, a hedge, a proposal, a review. */
const OPEN_DECISION_RE =
  /\b(?:if|unless|whether|would|could|might|may|expected|estimated|projected|propos\w*|recommend\w*|consider\w*|review\w*)\b/i;

/**
 * Whether the number's sentence records a body's decision that its level "should be" set or moved
 * (`before` and `after` are the sentence's text either side of the number's words `stated`): the last "decided
 * that" before it, a "should" of setting between them, and no condition, hedge or proposal in
 * the that-clause up to the sentence's end.
 * @example decidedThatLevel('The Board decided that the levy should be raised by ', '4%', ' from 1 May.') // true
 * @example decidedThatLevel('The Board decided that the levy should be raised by ', '4%', ' if costs rise.') // false
 */
export function decidedThatLevel(before: string, stated: string, after: string): boolean {
  const found = [...before.matchAll(DECIDED_THAT_RE)].at(-1);
  if (found === undefined) return false;
  // The number's own words may hold the verb: "should be " ⏎ "increased by 3.86%".
  const clause = `${before.slice(found.index)}${stated}`;
  return (
    SHOULD_SET_RE.test(clause) && !OPEN_DECISION_RE.test(clause) && !OPEN_DECISION_RE.test(after)
  );
}

/** A line that closes on a body's verb of deciding, its list of that-clauses below: "The Traffic
 *  Committee decided", "The Leisure and Libraries Committee decided", "The Board resolved:",
 *  "Council determined as follows:". */
const DECIDED_LEAD_IN_RE =
  /^[ \t]*(?:The\s+)?[A-Z][\w'’-]*\s+(?:(?:[A-Z][\w'’-]*|and|of|for|the|&)\s+){0,6}(?:decided|resolved|determined)(?:\s+as\s+follows)?\s*:?[ \t]*$/;
/** A list item that opens on "that", the that-clause of the decision above it: "1. that the adult
 *  30-day ticket shall cost SEK 1,060 …;". */
const THAT_ITEM_RE = new RegExp(String.raw`^\s*${PROVISION_MARK}\s+that\b`);
/** The that-clause's verb of setting the level: "shall cost", "shall rise by", "will be", "be set
 *  at", "should be increased". */
const ITEM_SETS_RE = /\b(?:shall|will|should|be|is\s+to)\b/i;

/**
 * Whether the number is in a that-clause item of a body's recorded decision (the lead-in line
 * above its list closes on "decided", "resolved" or "determined", sibling items and blank lines
 * between), the item (`line`, the lines `above` it) setting the level with "shall", "will",
 * "should" or "be" before the number and naming no condition, hedge or proposal (v268).
 */
function decidedItem(
  line: string,
  above: readonly string[],
  sentenceBefore: string,
  clauseAfter: string,
): boolean {
  if (!THAT_ITEM_RE.test(line)) return false;
  const itemBefore = sentenceBefore.slice(Math.max(0, sentenceBefore.search(/\bthat\b/i)));
  if (!ITEM_SETS_RE.test(itemBefore) || OPEN_DECISION_RE.test(`${itemBefore} ${clauseAfter}`))
    return false;
  for (let i = above.length - 1; i >= Math.max(0, above.length - 20); i--) {
    const row = above[i]!;
    if (row.trim() === '' || THAT_ITEM_RE.test(row)) continue;
    return DECIDED_LEAD_IN_RE.test(row);
  }
  return false;
}
