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
  /^[^\S\n]*(?:FY[^\S\n]?|[Ff]iscal[^\S\n]+(?:[Yy]ear[^\S\n]+)?)?((?:19|20)\d\d)(?:[-–/]((?:19|20)?\d\d))?(?!\d)[^\S\n]*$/;

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

/** A mark in a year head's bracket that makes its column an outturn: "(actual)", "(outturn)". */
const ACTUAL_HEAD_MARK_RE = /^\s*(?:actuals?|act\.?|outturns?)\s*$/i;
/** A month's name, maybe cut short ("August", "Aug", "Sept."). */
export const MONTH_NAME = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
/** A head that dates its column by a quarter, "2033 Q4", "Q4 2033", "Q1: 2034" (groups 1–2 or
 *  3–4: quarter and year, or year and quarter), or by a month or a span of months and the year it
 *  ends in, "July 2033", "Aug-Oct 2033", "Year to June 2035" (groups 5 and 6: the last month and
 *  the year). */
const DATED_PIPE_HEAD_RE = new RegExp(
  String.raw`^[^\S\n]*(?:Q([1-4]):?[^\S\n]+((?:19|20)\d\d)|((?:19|20)\d\d)[^\S\n]+Q([1-4])|(?:(?:[Yy]ear|[Qq]uarter)[^\S\n]+to[^\S\n]+|${MONTH_NAME}[^\S\n]?(?:[-–]|to)[^\S\n]?)?(${MONTH_NAME})[^\S\n]+((?:19|20)\d\d))[^\S\n]*$`,
);
const MONTH_KEYS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** The heads of a pipe table's year line written as years. */
export interface PlainHeads {
  /** The line with each head's mark, quarter or month written as spaces. */
  line: string;
  /** By the head's place among the line's years: whether its mark names an outturn. */
  actual: boolean[];
  /** By the head's place among the line's years: the month its quarter or month ends in. */
  endMonth: (number | undefined)[];
}

/**
 * A pipe table's year line with each head's mark in brackets written as spaces ("| | 2032 (actual)
 * | 2033 |" → "| | 2032          | 2033 |"), and each head's quarter or month too ("| | 2033 Q4 |
 * 2034 Q4 |", "| Indicator | July 2033 | October 2033 |", "| | Q1: 2034 | Q2: 2034 |"), so the line
 * reads as years whatever title it is under; which heads name an outturn, and the month each
 * quarter or month head ends in, by the head's place among the line's years (v283: central banks
 * set the last outturn and quarters beside their projections so, and statistics offices the
 * months and quarters they compare). A line that is no pipe line, or whose bracket names a unit
 * ("2035 (DKK)"), is left as it is; so are month heads when `months` is false.
 * @example plainHeads('| | 2032 (actual) | 2033 |').line // '| | 2032          | 2033 |'
 * @example plainHeads('| | 2032 (actual) | 2033 |').actual // [true, false]
 * @example plainHeads('| | Q1: 2034 | Q2: 2034 |').endMonth // [3, 6]
 */
export function plainHeads(line: string, months = true): PlainHeads {
  const actual: boolean[] = [];
  const endMonth: (number | undefined)[] = [];
  if (!/^[^\S\n]*\|/.test(line)) return { line, actual, endMonth };
  const fields = line.split('|').map((field) => {
    const marked = markedYear(MARKED_YEAR_HEAD_RE, field);
    if (marked) {
      actual.push(ACTUAL_HEAD_MARK_RE.test(marked[3]!));
      endMonth.push(undefined);
      const open = field.indexOf('(');
      const close = field.lastIndexOf(')');
      return field.slice(0, open) + ' '.repeat(close - open + 1) + field.slice(close + 1);
    }
    const dated = DATED_PIPE_HEAD_RE.exec(field);
    if (dated && (months || dated[5] === undefined)) {
      const year = dated[2] ?? dated[3] ?? dated[6]!;
      const quarter = dated[1] ?? dated[4];
      actual.push(false);
      endMonth.push(
        quarter !== undefined
          ? Number(quarter) * 3
          : MONTH_KEYS.indexOf(dated[5]!.slice(0, 3).toLowerCase()) + 1,
      );
      const at = field.indexOf(year);
      return ' '.repeat(at) + year + ' '.repeat(field.length - at - 4);
    }
    if (/^[^\S\n]*(?:FY[^\S\n]?)?(?:19|20)\d\d/.test(field)) {
      actual.push(false);
      endMonth.push(undefined);
    }
    return field;
  });
  return { line: fields.join('|'), actual, endMonth };
}
