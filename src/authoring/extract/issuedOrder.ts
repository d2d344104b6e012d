// More shapes of a made order, notification or resolution whose levels are that decision, actual,
// though their date of effect is still to come (v250, beside madeOrder.ts's v236 and v244 reading):
// an order a body "hereby issues" ("the Board hereby issues this Wage Order"), a body that
// "RESOLVES as follows:" on its own line after recitals closed by semicolons, a cabinet or board
// that "RESOLVED" in its decision notice; a number that stands before its clause's "shall" ("for
// the words "24 per cent", the words "21.5 per cent" shall be substituted", "At least 40% of the
// landing contribution shall be spent"); a table under a "shall be as under:" lead-in with a bare
// caption line between ("2. The rates of VDA payable from 01.04.2035 shall be as under:" ⏎ "Rates of
// VDA, area-wise, per day" ⏎ "| Unskilled | ₹312 |"); a table a resolution's item names ("(5) pay
// and display tariffs … rise by an average of 6.5%, as set out in Table 2"); and a report's table
// under a lead-in whose paragraph records the instrument adopted ("the City Council adopted the
// Control of Parking (Amendment) Bye-Laws 2033. From 1 February 2034 the on-street tariffs will
// be:"). Pure text work: the caller decides the status.

import { orderIssued, SHALL_RE } from './documentDecides.ts';
import { PROVISION_ITEM_RE } from './listItem.ts';
import { ORDER_NOT_PROVIDED, provisionClause } from './madeOrder.ts';
import { linesTo } from './structure.ts';

/** Words that leave a provision's number unset: an order's (ORDER_NOT_PROVIDED), a party's claim
 *  in any use ("sought", "claimed": no exception for "the amount claimed" as madeOrder.ts's v248
 *  makes), and a recommendation. */
const NOT_PROVIDED_RE = new RegExp(
  String.raw`\b(?:${ORDER_NOT_PROVIDED}|sought|claimed|recommend\w*)\b`,
  'i',
);

/** A "shall be" or "must be" after the number, in its clause: the number stands before its
 *  provision's verb ("At least 40% of the landing contribution shall be spent"). */
const SHALL_BE_AFTER_RE = /^(?:[^.;]|\.\d){0,160}?\b(?:shall|must)\s+(?:be|not\s+be)\b/i;

/** Above a pipe table's row: its caption (the first line with words above the rows, when it is a
 *  bare title with no closing stop and no item mark) and the line with words above that, its
 *  lead-in. Blank lines between are passed over. */
function captionAndLeadIn(above: readonly string[]): { caption?: string; leadIn?: string } {
  let i = above.length - 1;
  while (i >= 0 && (above[i]!.trim() === '' || above[i]!.trim().startsWith('|'))) i--;
  const first = above[i]?.trim();
  if (first === undefined) return {};
  if (/:$/.test(first)) return { leadIn: first };
  if (first.length > 120 || /[.;!?]$/.test(first) || PROVISION_ITEM_RE.test(above[i]!)) return {};
  i--;
  while (i >= 0 && above[i]!.trim() === '') i--;
  return { caption: first, leadIn: above[i]?.trim() };
}

/** A sentence that records a body's adoption or making of a named instrument: "the City Council
 *  adopted the Control of Parking (Amendment) Bye-Laws 2033", "the Trustee Board made the Scheme
 *  Charges (Amendment) Rules 2035". */
const ADOPTED_INSTRUMENT_RE =
  /\b(?:Council|Board|Cabinet|Committee|Assembly|Authority|Minister|Trustees)\b[^.;:]{0,60}?\b(?:adopted|made|approved|passed|enacted)\s+the\s+(?:[A-Z][\w'’-]*\s+|(?:of|and|for|on|the)\s+|\((?:[A-Z][\w'’-]*\s?)+\)\s+){1,10}(?:Bye-?[Ll]aws|By-?[Ll]aws|Regulations|Rules|Order|Ordinance|Resolution|Scheme|Determination)\b/;

/** A lead-in's closing words that give the levels below: "will be:", "are:", "shall be:",
 *  "are as follows:". */
const GIVES_LEVELS_RE = /\b(?:will\s+be|shall\s+be|are|is)(?:\s+as\s+follows)?\s*:$/i;

/** Words of a past decision the lead-in dates long before, of a hedge or of a plan. */
const HEDGED_LEAD_IN_RE =
  /\b(?:would|could|might|may|should|expect\w*|forecast\w*|estimat\w*|project\w*|propos\w*|recommend\w*|consult\w*|draft|plan\w*|intend\w*|if|unless)\b/i;

/**
 * Whether the pipe table whose row holds offset `at` (UTF-16) of `text` holds levels an issued or
 * adopted instrument sets: under an issued order, a "shall" lead-in closing with a colon with a
 * bare caption line between it and the rows; under a resolution, a table whose caption's number
 * ("Table 2") an item of the resolution names ("as set out in Table 2"); in any document, a lead-in
 * closing with "will be:" whose paragraph records a body's adoption of a named instrument.
 * @example issuedTable('ORDER\nthe undersigned hereby revises the rates.\n2. The rates shall be as under:\n\nRates per day\n| A | ₹3 |', 90) // true
 */
export function issuedTable(text: string, at: number): boolean {
  const { line, above } = linesTo(text, at);
  if (!line.trimStart().startsWith('|')) return false;
  const { caption, leadIn } = captionAndLeadIn(above);
  if (
    caption !== undefined &&
    leadIn !== undefined &&
    /:$/.test(leadIn) &&
    SHALL_RE.test(leadIn) &&
    !NOT_PROVIDED_RE.test(leadIn) &&
    !NOT_PROVIDED_RE.test(caption) &&
    orderIssued(text)
  )
    return true;
  // "Table 2: Pay and display tariffs" named by "(5) … rise by an average of 6.5%, as set out in
  // Table 2." under "Cabinet RESOLVED that, with effect from 1 April 2034:".
  const named = caption === undefined ? undefined : /^Table\s+(\w+)\b/i.exec(caption)?.[1];
  if (named !== undefined && !NOT_PROVIDED_RE.test(caption!) && orderIssued(text)) {
    const naming = new RegExp(
      String.raw`\b(?:as\s+)?(?:(?:set\s+out|shown|listed|specified|given)\s+)?in\s+Table\s+${named}\b`,
      'i',
    );
    if (
      above.some(
        (l) =>
          PROVISION_ITEM_RE.test(l) && naming.test(l) && !NOT_PROVIDED_RE.test(l) && !/\?/.test(l),
      )
    )
      return true;
  }
  // "SCHEDULE" ⏎ "Part D: International letters" ⏎ "| A | … | R19.40 | R21.10 |" under "the
  // Regulator … hereby prescribes the postage rates and service fees set out in the Schedule".
  if (scheduleRow(text, at)) return true;
  // "At its meeting of 4 September 2033 the City Council adopted the Control of Parking
  // (Amendment) Bye-Laws 2033. From 1 February 2034 the on-street tariffs will be:"
  return (
    leadIn !== undefined &&
    GIVES_LEVELS_RE.test(leadIn) &&
    ADOPTED_INSTRUMENT_RE.test(leadIn) &&
    !HEDGED_LEAD_IN_RE.test(leadIn) &&
    (caption === undefined || !HEDGED_LEAD_IN_RE.test(caption))
  );
}

/** An operative sentence that sets the levels of its Schedule: "hereby prescribes the postage rates
 *  and service fees set out in the Schedule", "hereby fixes the charges specified in the Schedule". */
const SETS_SCHEDULE_RE =
  /\bhereby\s+(?:prescribes|fixes|determines|sets|approves|revises|notifies|amends)\b[^.;]{0,160}?\b(?:set\s+out|specified|contained|listed)\s+in\s+the\s+Schedule\b[^.;]*[.;]/i;

/**
 * Whether the pipe row at offset `at` stands in the Schedule a made order's operative sentence sets
 * ("hereby prescribes the postage rates … set out in the Schedule"): a line "SCHEDULE" alone stands
 * between that sentence and the row, and the sentence names no permission, condition or forecast.
 * @example scheduleRow('1. The Board hereby prescribes the fees set out in the Schedule.\n\nSCHEDULE\n| A | R5 |', 72) // true
 */
function scheduleRow(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const heading = before.search(/^[ \t]*(?:THE\s+)?SCHEDULE[ \t]*$/m);
  if (heading < 0) return false;
  const sets = SETS_SCHEDULE_RE.exec(before.slice(0, heading));
  return sets !== null && !NOT_PROVIDED_RE.test(sets[0]);
}

/**
 * Whether a number of an issued order is a level it sets: the document is issued (orderIssued),
 * and the number's clause reads as a provision (provisionClause), a "shall be" after the number in
 * the same clause counting too ("At least 40% of the landing contribution shall be spent"), with an
 * issued order's words that leave it unset; or its table is one issuedTable reads, unless the
 * number's clause names such a word. `sentenceAfter` runs from the number's own words on.
 * @example issuedOrderLevel('RESOLVES as follows:\nArticle 1\nAt least 40% of the levy shall be spent on parks.', 43, 'At least ', '40% of the levy shall be spent on parks.') // true
 */
export function issuedOrderLevel(
  text: string,
  at: number,
  sentenceBefore: string,
  sentenceAfter: string,
): boolean {
  const clause = provisionClause(text, at, sentenceBefore, sentenceAfter, {
    notProvided: NOT_PROVIDED_RE,
    shallAfter: SHALL_BE_AFTER_RE,
  });
  if (clause === 'unset') return false;
  return (clause === 'provided' && orderIssued(text)) || issuedTable(text, at);
}
