// The column a table's header names as proposed (v237): "| Cost/risk rating | Current annual fee |
// Proposed annual fee | Change (%) |", "| Item | Current fee | Bill as published | Committee
// recommendation |", "| Head of claim | Amount claimed |": what a proposal, a bill still to be
// enacted, a recommendation or a party's claim would set, expected (README, Status: what is asked
// for and not yet granted), whatever the table's caption or the document's opening lines decide
// (decidedTable.ts), and so is the change column beside such a column and a column in force, the
// step from the level in force to the one proposed. Pure text work over the number's row; the
// caller decides the status.

import { pipeHeaderAt } from '../../model/pipeColumn.ts';
import { pipeTableCaption } from './decidedTable.ts';

/** A header cell that names its levels as put forward and not yet decided: "Proposed annual fee",
 *  "Proposal 2035", "Recommended", "Committee recommendation", "Bill as published", "As introduced",
 *  "Draft schedule", "Requested", "Amount claimed", "Sum sought", "Consulted" (v248: the level a
 *  consultation put forward, beside the one decided), and what an operator plans or a council's
 *  guideline to other bodies would set ("Planned price 2035", "Guideline increase (per hour)";
 *  v253). Not one that says the proposal was carried ("Approved", "Adopted", "As enacted", "Act as
 *  passed"). */
const PROPOSED_HEADER_RE =
  /\b(?:propos(?:ed|al|als)|recommend(?:ed|ation|ations)?|planned|guideline|requested|claimed|sought|draft|consulted(?:\s+on)?|consultation|bill\s+as\s+(?:published|introduced|tabled|drafted)|as\s+(?:introduced|tabled|published))\b/i;

/** A caption that opens by naming the whole table as put forward and not yet decided (v253):
 *  "Recommended PW schedule for outdoor cleaners", "Proposed tariff schedule, 2036", "Requested
 *  rates", "Draft fee scale". Its columns other than the level in force are what the proposal
 *  would set. */
const PROPOSED_CAPTION_RE =
  /^(?:table\s+[\w.]+\s*[:.–-]\s*)?(?:recommended|proposed|requested|draft)\b/i;

/** A caption that names the whole table as put forward in a bracket of its stage, or as what the
 *  proposals cost (v281): "Table A: Termination to a mobile location (proposed)", "Fees from 1 July
 *  (draft)", "Table: Budgetary effect of the proposals, 2034", "Revenue cost of the proposed
 *  measures". Its columns other than the level in force are the proposal's levels or its costing. */
const PROPOSED_CAPTION_NAMED_RE =
  /\((?:as\s+)?(?:recommended|proposed|requested|draft)\)|\b(?:effects?|costs?|impacts?|costings?)\s+of\s+(?:the\s+|these\s+|our\s+)?(?:(?:budget|bill|policy|tax|government)\s+)?(?:proposals|proposed\s+(?:measures|changes|reforms))\b/i;

/** Words that say the proposal was decided or carried: the column holds a decision. */
const DECIDED_HEADER_RE =
  /\b(?:approved|adopted|enacted|agreed|allowed|granted|awarded|passed|decided|determined|final)\b/i;

/** A header cell of the step between two levels: "Change (%)", "% change", "Change", "Increase",
 *  "Difference (£)", "Rise". */
const CHANGE_HEADER_RE =
  /^\s*(?:%\s*)?(?:change|increase|rise|difference|variation)s?\s*(?:\((?:%|per\s?cent|percent|[^\s\d()]{1,4})\))?\s*$/i;

/** A header cell of the level in force: "Current fee", "Existing charge", "Current", "Today" (v278). */
const CURRENT_HEADER_RE = /^\s*(?:current|existing|present|today|now)\b/i;

/** A header cell that names the level in force anywhere in it, after a road's or a place's name
 *  too: "Current", "M13 current", "Existing fee", "Fee in force". */
const IN_FORCE_CELL_RE = /\b(?:current|existing|present|in\s+force)\b|^\s*(?:today|now)\s*$/i;

export const proposedHeader = (cell: string): boolean =>
  PROPOSED_HEADER_RE.test(cell) && !DECIDED_HEADER_RE.test(cell);

/**
 * Whether offset `at` (UTF-16) of `text` is a cell of a pipe table's column whose header names its
 * levels as proposed, recommended, claimed or in a bill not yet enacted, or of the change column of
 * a table that sets such a column beside the level in force.
 * @example proposedColumn('| Item | Current | Bill as published |\n|---|---|---|\n| Copy | $4 | $5 |', 69) // true
 * @example proposedColumn('| Item | Current | Approved 2035 |\n|---|---|---|\n| Copy | $4 | $5 |', 65) // false
 */
export function proposedColumn(text: string, at: number): boolean {
  const table = pipeHeaderAt(text, at);
  const cell = table?.header[table.column];
  if (table === undefined || cell === undefined) return false;
  if (proposedHeader(cell)) return true;
  // "Recommended PW schedule …" over "| Job level | Current (from 1 July 2035) | 1 July 2036 |": the
  // caption names every column but the level in force as recommended (v253).
  const caption = pipeTableCaption(text, at);
  if (
    table.column > 0 &&
    caption !== undefined &&
    (PROPOSED_CAPTION_RE.test(caption) || PROPOSED_CAPTION_NAMED_RE.test(caption)) &&
    // "Recommended duties" over "| Exporter | Dumping margin | Injury margin | Recommended duty |":
    // a header that names one column as the proposal leaves the others the findings it rests on,
    // measured (v281).
    !table.header.some(proposedHeader) &&
    !DECIDED_HEADER_RE.test(caption) &&
    !IN_FORCE_CELL_RE.test(cell) &&
    !DECIDED_HEADER_RE.test(cell)
  )
    return true;
  if (!CHANGE_HEADER_RE.test(cell)) return false;
  const others = table.header.filter((_, i) => i !== table.column);
  return others.some(proposedHeader) && others.some((h) => CURRENT_HEADER_RE.test(h));
}
