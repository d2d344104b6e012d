// The column a table's header names as approved (v226): "| Category | Current UDF | Approved UDF,
// 2034-35 | Approved UDF, 2035-36 |" over "| Domestic | ₹ 290 | ₹ 380 | ₹ 395 |", "| Item |
// Allowed revenue 2036 |", "| Fee | Adopted 2035/36 |". A level a participle of a body's approval
// names is that decision, actual for any period (README, Status: a level a participle of approval
// names), and so is a column its header labels so, whatever later year the header names: the
// year is the one the approved level is for, no forecast's period. Pure text work over the
// number's row; the caller decides the status.

import { pipeHeaderAt } from '../../model/pipeColumn.ts';
import { proposedHeader } from './proposedColumn.ts';

/** A header cell that names its levels as approved, allowed, adopted, determined or authorised by
 *  a participle before or right after the level's noun: "Approved UDF, 2034-35", "Charge approved
 *  for 2035", "Allowed revenue 2036", "Adopted 2035/36"; or after the year the level is for, the
 *  cell's whole words ("2034 approved", "FY2033-34 budget approved"; v241). */
const APPROVED_HEADER_RE =
  /^\s*(?:(?:board|council|commission|authority|regulator)[-\s])?(?:approved|allowed|adopted|determined|authori[sz]ed|sanctioned|ratified)\b|^\s*(?:[\w'’()-]+\s+){1,3}(?:approved|allowed|adopted|determined|authori[sz]ed|sanctioned)\s+(?:for|in|from|by)\b|^\s*(?:FY\s?)?(?:19|20)\d\d(?:[-/–](?:\d\d){1,2})?\s+(?:(?:budget|charges?|fees?|tariffs?|levels?|rates?)\s+)?(?:approved|allowed|adopted|authori[sz]ed|sanctioned|ratified)\s*(?:\([^()]*\))?\s*$/i;

/** Words in the header cell that leave the approval open or make it someone's ask: a proposal, a
 *  request, an approval still to come ("to be approved", "pending"), a forecast or a negation. */
const OPEN_RE =
  /\b(?:propos\w*|request\w*|sought|claim\w*|applied|draft|pending|awaiting|subject\s+to|to\s+be|not|un(?:approved|adopted)|forecast\w*|projected|estimat\w*|expected)\b/i;

/** A header cell that names its levels as the outcome of a decision, alone or with the level's
 *  noun: "Final", "Decided", "Final fee", "Final determination", "Decision" (v248). Read so only
 *  beside a column of what was consulted on, proposed, drafted or requested, whose end it is; a
 *  "Final" dividend beside an "Interim" one is no decision's column. */
const DECIDED_HEADER_RE =
  /^\s*(?:final|decided|decision|agreed|confirmed)(?:\s+(?:fees?|charges?|rates?|levels?|tariffs?|prices?|dues|amounts?|determination|decision|position|schedule))?\s*(?:\([^()]*\))?\s*$/i;

/**
 * Whether offset `at` (UTF-16) of `text` is a cell of a pipe table's column whose header names its
 * levels as approved, or as decided beside a column of what was proposed or consulted on ("| Fee |
 * Current | Consulted | Final |"; v248).
 * @example approvedColumn('| Item | Current | Approved 2035 |\n|---|---|---|\n| Copy | $4 | $5 |', 65) // true
 * @example approvedColumn('| Item | Current | Proposed 2035 |\n|---|---|---|\n| Copy | $4 | $5 |', 65) // false
 */
export function approvedColumn(text: string, at: number): boolean {
  const cell = pipeHeaderAt(text, at);
  const head = cell?.header[cell.column];
  if (head === undefined) return false;
  if (APPROVED_HEADER_RE.test(head) && !OPEN_RE.test(head)) return true;
  return (
    DECIDED_HEADER_RE.test(head) &&
    cell!.header.some((other, i) => i !== cell!.column && proposedHeader(other))
  );
}
