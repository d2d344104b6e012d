// The cells of a table that holds what a party asked for or what a draft puts forward (v233):
// "| KAC request | €10.01 | €10.38 |" under a final decision's "| | 2036 | 2037 |", beside the
// row of the cap the decision set, and "| Murrin | $4.12 | $4.58 |" under "| Valley | Entitlement
// charge, current | Entitlement charge, draft |" in a draft report. A level a party requested,
// proposed or submitted, and a level a draft puts out for consultation, is not yet decided,
// expected, whatever the table's title or the decision around it sets (README, "The calls": a
// request or a draft is expected, v233). A row or a column its label names as granted, approved,
// final or in force keeps its reading, and so does a fee item whose name only opens with the noun
// ("| Request to review an order | $58.00 |"). Pure text work over the number's row; the caller
// decides the status.

import { pipeHeaderAt } from '../../model/pipeColumn.ts';
import { lineAt } from './structure.ts';

/** A row label that names a party's ask or a proposal: the noun, singular, at its end ("KAC
 *  request", "Operator's proposal", "Airline submission (2035)") or a participle that opens it
 *  ("Requested", "Proposed charge", "Draft cap", "Sought by the utility"). Plural items ("Tenant
 *  applications", "Competitive bids") are what a fee or a result is for. */
const ASK_LABEL_RE =
  /\b(?:request|proposal|submission|ask)\s*(?:\([^()]*\))?\s*$|^\s*(?:requested|proposed|sought|draft|claimed|applied[-\s]+for)\b(?:\s+[\w'’-]+){0,3}\s*(?:\([^()]*\))?\s*$/i;

/** A column header that names the level as a party's ask or a draft's: "Entitlement charge,
 *  draft", "Draft 2035-36", "Charge requested", "Proposed fee", "Operator's request". */
const ASK_HEADER_RE =
  /(?:^|,)\s*(?:requested|proposed|sought|draft|claimed)\b|\b(?:requested|proposed|sought|draft|claimed)\s*(?:\([^()]*\))?\s*$|\b(?:request|proposal|submission)\s*(?:\([^()]*\))?\s*$/i;

/** Words that close the ask: a decision taken on it, the level in force, or a final stage. */
const SETTLED_RE =
  /\b(?:approved|allowed|granted|adopted|determined|decided|decision|final|authori[sz]ed|sanctioned|ratified|accepted|current(?:ly)?|existing|in\s+force|actual|outturn|previous|prevailing)\b/i;

/** A change column's base: "Change on current price", "Increase over existing". */
const CHANGE_ON_BASE_RE =
  /\b(?:change|increase|rise|difference)\s+(?:on|from|over|against)\s+(?:the\s+)?(?:current|existing|previous|prevailing)\b/gi;

/** The cells of a pipe-table line: "| A | $4 |" → ["A", "$4"]. */
const pipeCells = (line: string): string[] =>
  line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|');

/**
 * Whether offset `at` (UTF-16) of `text` is a body cell of a pipe table whose row label or column
 * header names the level as a party's request or proposal, or a draft's, with nothing in either
 * that names it granted, final or in force.
 * @example requestedCell('| | 2036 |\n|---|---|\n| Cap | €9.12 |\n| KAC request | €10.01 |', 53) // true
 * @example requestedCell('| Valley | Charge, current | Charge, draft |\n|---|---|---|\n| Murrin | $4.12 | $4.58 |', 78) // true
 * @example requestedCell('| Item | Fee |\n|---|---|\n| Request to review an order | $58.00 |', 56) // false
 */
export function requestedCell(text: string, at: number): boolean {
  const cell = pipeHeaderAt(text, at);
  if (cell === undefined || cell.column < 2) return false;
  const label = pipeCells(lineAt(text, at))[0] ?? '';
  const head = cell.header[cell.column] ?? '';
  // "| Albion Mail request | £1.05 | 15.4 |" under "| | Price per item | Change on current price
  // (%) |": the level a change column is taken from names no level of its own (v253).
  if (SETTLED_RE.test(label) || SETTLED_RE.test(head.replace(CHANGE_ON_BASE_RE, ' '))) return false;
  return ASK_LABEL_RE.test(label) || ASK_HEADER_RE.test(head);
}
