// The charges a decision document sets (v234): a release, notice, annexure or resolution whose title
// or opening records the body's own decision on charges ("The Board of the Norrhamn Port Company
// has approved an increase in port dues, effective 1 January 2035", "Approved by the Board of
// Trustees on 12 March 2035" under a schedule of fees, "RESOLUTION … ADOPTING ANNUAL PERMIT FEES")
// states the levels it approved with a future or present verb or as a list's items ("Berth charges
// will also change on 1 January 2035:" ⏎ "- Berth charge (per metre per day): €3.10", "Port dues
// will rise 4.8% in 2035", "Administration fees increase by 3.9% for 2035/36", "The family season
// ticket will cost £95"): each is that decision, actual though its date of effect is to come
// (README, Status: a decision named … sets the charge even for a year after the document's). A
// sentence that forecasts, proposes, plans or hedges, and what a charge yields ("revenue"), keep
// their reading. Pure text work: whether the document records such a decision is read in
// documentDecides.ts (decisionDocument); here, the number's sentence. The caller decides the status.

import { pipeCell } from '../../model/pipeColumn.ts';
import { CHARGE, CHARGE_RE } from './documentDecides.ts';

/** Words in the number's sentence that forecast, propose, ask, argue, plan, hedge or measure what
 *  a charge yields rather than state its level ("Operators had argued that the price should be cut
 *  to", "had asked the Council to hold the fee at"). */
export const HEDGED_RE =
  /\b(?:expect\w*|forecast\w*|estimat\w*|project(?:ed|ions?|s)?|assum\w*|would|could|might|may|should|ought|ask\w*|argu\w*|urg\w*|call(?:s|ed)?\s+(?:for|on)|demand\w*|lobb\w*|want\w*|propos\w*|request\w*|sought|seek\w*|appl(?:ied|ies|y|ication)\s+(?:to\s+(?:[\w'’-]+\s+){1,6})?for|plan(?:ned|ning)|plans\s+to|intend\w*|aim\w*|targets?|if|unless|budgeted|revenues?|income|receipts|yield\w*|collect\w*|invest\w*|spend\w*|average\s+of|compared|than|equivalent|about|around|roughly)\b/i;
/** What a charge is paid for, named as what moves in its stead: "Single tickets will go up by
 *  50c", "Monthly ferry passes will rise 5 per cent", "the cost of prescription prepayment
 *  certificates will also rise by 3.0 per cent" (v268). */
const PAID_FOR = String.raw`(?:tickets?|passes|certificates?|permits?|season\s+pass)`;
/** Before the number, in its sentence, a charge named as what moves, is or is paid: "aeronautical
 *  fees will rise ", "Landing fee (per 1,000 kg MTOW): ", "pay a flat landing fee of ",
 *  "the minimum fee in item 4, which increases by "; a unit's "will pay" or "will cost". */
const CHARGE_BEFORE_RE = new RegExp(
  String.raw`\b(?:${CHARGE}|${PAID_FOR})\b(?:[^.;!?]|\.\d){0,80}$`,
  'i',
);
/** A verb of the level stated between the charge and the number, or a list item's label. */
const LEVEL_VERB_RE =
  /\b(?:will|shall|is|are|be|pays?|increases?|rises?|falls?|decreases?|goes\s+(?:up|down)|of|at)\b|:\s*(?:[^\s\d]{1,4}\s?)?$/i;
/** Right before the number, a unit's "will cost": "The family season ticket will cost ". */
const WILL_COST_BEFORE_RE =
  /\b(?:will|shall)\s+(?:(?:now|also|then)\s+)?(?:cost|pay)\s+(?:[^\s\d]{1,4}\s?)?$/i;
/** After the number, a scale word: a total, no charge's level. */
const SCALE_AFTER_RE = /^\s*(?:million|billion|trillion|crores?|lakhs?|bn|m)\b/i;

/**
 * Whether a number in a decision document states the level of a charge it decided: its sentence
 * (`before` + `stated` + `after`) names the charge before it, with a verb of its level or as a list
 * item's label, or a unit's "will cost", or it is an item of a list whose lead-in (`leadIn`) names the
 * charges; and it hedges nothing.
 * @example decidedDocumentLevel('On average, port dues will rise ', '4.8%', ' in 2035.') // true
 * @example decidedDocumentLevel('Port dues are expected to raise ', '$22', ' million.') // false
 */
export function decidedDocumentLevel(
  before: string,
  stated: string,
  after: string,
  leadIn?: string,
): boolean {
  const sentence = before + stated + after;
  if (HEDGED_RE.test(sentence) || SCALE_AFTER_RE.test(after)) return false;
  // A pipe table's cell is read by its caption and header (decidedTable.ts, approvedColumn.ts).
  if (/^\s*\|/.test(before.slice(before.lastIndexOf('\n') + 1))) return false;
  // "Berth and pilotage charges will also change on 1 January 2035:" ⏎ "- Pilotage (per
  // movement): €640": an item of a list whose lead-in names the charges.
  if (
    leadIn !== undefined &&
    /:$/.test(leadIn) &&
    CHARGE_RE.test(leadIn) &&
    !HEDGED_RE.test(leadIn) &&
    /:\s*(?:[^\s\d]{1,4}\s?)?$/.test(before + stated.slice(0, Math.max(0, stated.search(/\d/))))
  )
    return true;
  if (WILL_COST_BEFORE_RE.test(before) && !/%|\bper\s?cent\b/i.test(stated)) return true;
  // The stated words may hold the verb: "increase by 6.2%".
  const lead = before + stated.slice(0, Math.max(0, stated.search(/\d/)));
  const charge = CHARGE_BEFORE_RE.exec(lead);
  return charge !== null && LEVEL_VERB_RE.test(lead.slice(charge.index));
}

/** A table's first header cell that names the charges its rows hold: "Charge", "Fee", "Ticket",
 *  "Fare type". */
const CHARGE_HEAD_RE = new RegExp(
  String.raw`^\s*(?:[\w'’-]+\s+){0,2}?(?:${CHARGE}|${PAID_FOR})(?:\s+[\w'’-]+){0,2}\s*$`,
  'i',
);
/** A column header that forecasts, proposes or measures what the charges yield. */
const OPEN_HEAD_RE =
  /\b(?:expect\w*|forecast\w*|estimat\w*|project\w*|propos\w*|request\w*|revenues?|receipts|yield\w*|income)\b/i;

/**
 * Whether a pipe table's cell (`lead`: the text before it; `stated`: its words) in a decision
 * document holds a charge's level: the table's first header cell names the charges its rows hold
 * ("| Charge | 2033-34 | 2034-35 |" over "| Single item | £9.90 | £10.20 |" in a statement that
 * "The Government has decided that NHS prescription charges … will rise from 1 April 2034"), the
 * cell's column header neither forecasts nor proposes, and the cell is no total. The column of the
 * year to come holds the levels decided, the year in course's the levels in force: both actual
 * (v268).
 * @example decidedChargeCell('| Charge | 2033-34 | 2034-35 |\n|---|---|---|\n| Single item | £9.90 | ', '£10.20') // true
 * @example decidedChargeCell('| Year | Revenue forecast |\n|---|---|\n| 2035 | ', '£742 million') // false
 */
export function decidedChargeCell(lead: string, stated: string): boolean {
  const cell = pipeCell(lead);
  return (
    cell !== undefined &&
    CHARGE_HEAD_RE.test(cell.labelHead) &&
    !OPEN_HEAD_RE.test(cell.header) &&
    !/\b(?:million|billion|trillion|crores?|lakhs?|bn|m)\b/i.test(stated)
  );
}
