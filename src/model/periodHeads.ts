// The years of a pipe table titled in money whose heads or row labels are years (v222): a
// column's head that is a year marked by a word in brackets ("| | 2035 (outturn) | 2036 |" under
// "Waste tax receipts, outturn and forecast (DKK million)", as fiscal councils mark the last
// outturn beside their forecasts), and a row whose label is a year and nothing else ("| 2031-32 |
// 571.0 | 2.4 |" under "Prescription charge income (£ million, cash)" ⏎ "| Year | Charge income |
// Change (%) |", as research briefings list a series by year). The year dates the cell, and the
// word in the brackets is no unit, as "2031-32 (Final)" is none (v140).
// Pure text work on the words before one cell (its lead); it knows nothing of figures.

import { currenciesOf } from './numberVocabulary.ts';
import { pipeCell } from './pipeColumn.ts';

/** A pipe row's label that is a year or a fiscal year and nothing else ("| 2031-32 |", "| 2033
 *  |", "| FY2034 |"). Groups: first year, second year. */
export const YEAR_LABEL_RE =
  /^[^\S\n]*(?:FY[^\S\n]?)?((?:19|20)\d\d)(?:[-–/]((?:19|20)?\d\d))?(?!\d)[^\S\n]*$/;

/** A column's head that is a year and a word in brackets that marks it ("2035 (outturn)", "2034
 *  (budget)", "2033-34 (Revised)"). Groups: first year, second year, the word. */
const MARKED_YEAR_HEAD_RE =
  /^[^\S\n]*(?:FY[^\S\n]?)?((?:19|20)\d\d)(?:[-–/]((?:19|20)?\d\d))?[^\S\n]*\(([A-Za-z][A-Za-z. ]{0,15})\)[^\S\n]*$/;

/** A column's head that is a year and one to three words after it that mark it, no bracket
 *  ("2034 Actual", "2036 Outlook", "2037 Bill", "2034-35 RE", v273). Groups: first year, second
 *  year, the words. */
const WORDED_YEAR_HEAD_RE =
  /^[^\S\n]*(?:FY[^\S\n]?)?((?:19|20)\d\d)(?:[-–/]((?:19|20)?\d\d))?[^\S\n]+([A-Za-z][A-Za-z.]*(?:[^\S\n]+[A-Za-z][A-Za-z.]*){0,2})[^\S\n]*$/;

/** A bracket's word that is a unit, not a mark: a count, a scale, a weight or a percent. */
const UNIT_WORD_RE =
  /^\s*(?:numbers?|no\.?|counts?|thousands?|millions?|billions?|trillions?|bn|mn?|k|tonnes?|units?|per\s?cent|percent|pp)\.?\s*$/i;

/**
 * Whether a pipe header cell is a year marked by a word in brackets that names no unit: the year
 * still dates the head.
 * @example markedYearHead('2035 (outturn)') // true
 * @example markedYearHead('2035 (DKK)') // false
 * @example markedYearHead('2035 (million)') // false
 * @example markedYearHead('Income (million)') // false
 */
export function markedYearHead(header: string): boolean {
  return markedYear(MARKED_YEAR_HEAD_RE, header) !== undefined;
}

/** The years of a head `re` reads as a year and the words that mark it, when those words name no
 *  unit ("2035 (DKK)", "2035 million" are units). */
function markedYear(re: RegExp, header: string): RegExpExecArray | undefined {
  const m = re.exec(header);
  return m !== null && !UNIT_WORD_RE.test(m[3]!) && currenciesOf(m[3]!.trim()).length === 0
    ? m
    : undefined;
}

/** The year a first year and a second year's digits name: the year a fiscal year over two ends in
 *  ("2031-32" → 2032, `fiscal`), or the one year; undefined for two years that are no fiscal year. */
function yearOf(
  first: string,
  second: string | undefined,
): { year: number; fiscal: boolean } | undefined {
  const y = Number(first);
  if (second === undefined) return { year: y, fiscal: false };
  const end = second.length === 2 ? Math.floor(y / 100) * 100 + Number(second) : Number(second);
  return end === y + 1 ? { year: end, fiscal: true } : undefined;
}

/**
 * The year a cell of a pipe table titled in money is of: its column's head when that is a year
 * marked by a word in brackets or by words after it ("2034 Actual", v273), else its row's label
 * when that is a year and nothing else. Undefined for any other cell.
 * @example pipeYear('| | 2035 (outturn) | 2036 |\n| Landfill tax | ') // { year: 2035, fiscal: false }
 * @example pipeYear('| | 2034 Actual | 2036 Outlook |\n| Fuel | ') // { year: 2034, fiscal: false }
 * @example pipeYear('| Year | Charge income |\n| 2031-32 | ') // { year: 2032, fiscal: true }
 * @example pipeYear('| | 2036 |\n| Landfill tax | ') // undefined
 */
export function pipeYear(lead: string): { year: number; fiscal: boolean } | undefined {
  const cell = pipeCell(lead);
  if (!cell) return undefined;
  // "| | 2034 Actual | 2036 Outlook |": words after the year mark it as a bracket does (v273).
  const head =
    markedYear(MARKED_YEAR_HEAD_RE, cell.header) ?? markedYear(WORDED_YEAR_HEAD_RE, cell.header);
  if (head) return yearOf(head[1]!, head[2]);
  const row = YEAR_LABEL_RE.exec(cell.label);
  return row ? yearOf(row[1]!, row[2]) : undefined;
}
