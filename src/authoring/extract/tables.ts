// Tables written as text: a header line whose columns name their unit in brackets ("Previous rate
// (percent)  Change (basis points)  New rate (percent)") over rows that end with one bare number a
// column, or a header line of years under a title or over row labels that name the unit
// ("(Annual percentage change)" ⏎ "2031  2032" ⏎ "GDP  2.9  3.4"), or a line of measures over rows
// that are years ("(y/y % chg.)" ⏎ "Real GDP; CPI" ⏎ "Fiscal 2031: +0.9; +2.9"). Finds those cells; the unit
// of each is the shared reader's (statedValue's tableColumn and yearTableColumn).
// Pure text work on UTF-16 indexes; it builds no figures.

import {
  CELL_MARK,
  EMPTY_CELL_RE,
  PERCENT_CELL_END_RE,
  blankCellsAsZero,
  GROUP_HEADING_RE,
  HEADER_YEAR,
  OPEN_END_YEAR,
  LIST_CELL_YEAR,
  RANGE_CELL,
  SPACED_CELL,
  TABLE_CELL,
  YEAR_HEADER_RE,
  plainYearLine,
  DATED_CHANGE_HEADER_RE,
  listTableColumn,
  moneyRow,
  listTableRow,
  listTableTitle,
  titledRow,
  YEAR_ROW_RE,
  columnLabels,
  yearRowColumn,
  YEAR_MARKS_RE,
  tableColumn,
  tableHeaderUnits,
  yearTableColumn,
  yearTableUnit,
  YEAR_CHANGE_COLUMN,
  LIST_CELL_PERIOD,
  PERIOD_HEADER_RE,
  periodTableColumn,
  runCells,
  MONTH_HEADER_RE,
  monthHeads,
  pipeHeaderColumn,
  pipeHeaderYear,
  PIPE_RULE_RE,
  pipeTitleColumn,
  pipeMoneyTitleColumn,
  pipeTableUnit,
  pipeFirstHeadMoney,
  pipePriceTitle,
} from '../../model/statedValue.ts';
import { decidedChargesTitle } from './decided.ts';
import { pipeYear } from '../../model/periodHeads.ts';
import { pipeCompanions, plainCompanions, plainLabelNumber } from '../../model/pipeCompanion.ts';
import { supposedTitle } from './supposed.ts';
import { costingTitle } from './costing.ts';

/** One bare number under a header that gives its unit. */
export interface TableCell {
  start: number;
  end: number;
  kind: 'share' | 'change' | 'amount';
  /** The header line's start and the row's end: the quote, whose top gives the cell its unit. */
  headerStart: number;
  rowEnd: number;
  /** The year of the cell's column, in a table whose header is years. */
  year?: number;
  /** The month (1–12) each column's year ends in, when the year line names its year-end ("Year
   *  ended 30 June", "Year ending March 31"); a column of years with none is a calendar year. */
  endMonth?: number;
  /** The column's year is written "FY2031", a fiscal year whose end the publisher's country tells:
   *  Japan's government and firms name it by the year it starts in (April 2031 to March 2032). */
  fiscalNamed?: boolean;
  /** The column is marked an outturn ("Actual" over or under its year on a line of marks), or the
   *  list's title measures each cell against a plan ("(per cent of half-year target)"). */
  actual?: boolean;
  /** The cell is a row of a list under its title ("Requirements by cluster (US$ million)" ⏎
   *  "Health: 12.1"). */
  listed?: boolean;
  /** The cell's year is a fiscal year written over two years ("2031-32", the year it ends in),
   *  named by its list's title: it ends in the month the document's fiscal years end in. */
  fiscal?: boolean;
  /** The list's title names what proposals would cost ("Cost of platform measures (€ billion,
   *  cumulative 2033-2037)", "Costing summary (KSh billion, five-year total)"): each row is a
   *  costing, expected unless every year the title names is over (`titleLastYear`). */
  costing?: boolean;
  /** The latest year such a title names, the year a fiscal year written over two ends in. */
  titleLastYear?: number;
  /** A pipe table's title names a pipeline of projects or a programme of works ("Pipeline by
   *  stage at 30 June 2033", "Capital works programme"): each row is a sum its projects would
   *  come to, expected unless every year the title names is over (`titleLastYear`; v172). */
  planned?: boolean;
  /** A pipe table's title names its cells as estimated, projected or forecast for a date it names
   *  ("Estimated average monthly benefits payable in January 2035"): each cell is an estimate of
   *  that date, expected while it has not begun (v193). Month 1–12 when the title names one. */
  estimatedFor?: { year: number; month?: number };
  /** A pipe table's title names a span of months and the year it ends in ("Collections by tax
   *  head, April-June 2034 (KSh million)"): the span's last month, 1–12, and year. Every cell is of
   *  that span, an outturn and the target it was held against alike once it is over (v210). */
  spanEnd?: { year: number; month: number };
}

/** A column's year on a year line: "2033", or a fiscal year over two, "2033-34" or "2033-2034"
 *  (v195: one column, not two). */
const COLUMN_YEAR_RE = /(?:19|20)\d\d(?:[–\-/](?:(?:19|20)(?=\d\d(?!\d)))?\d\d(?!\d))?/g;

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
/** The year-end a year line's label names, day first or month first: "Year ended 30 June",
 *  "Fiscal year ending March 31". Group 1 or 2 is the month's name. */
const YEAR_END_RE = /\bend(?:ed|ing)\s+(?:\d{1,2}\s+([A-Z][a-z]+)|([A-Z][a-z]+)\.?\s+\d{1,2}\b)/;

/**
 * The month (1–12) a year line says its years end in, or undefined when it names no year-end.
 * @example yearEndMonth('Year ended 30 June   2033   2034') // 6
 * @example yearEndMonth('Fiscal year ending March 31   2034   2035') // 3
 * @example yearEndMonth('Exports   2033   2034') // undefined
 */
export function yearEndMonth(yearLine: string): number | undefined {
  const m = YEAR_END_RE.exec(yearLine);
  if (!m) return undefined;
  const at = MONTHS.indexOf((m[1] ?? m[2]!).slice(0, 3).toLowerCase());
  return at >= 0 ? at + 1 : undefined;
}

/** The run of bare cells that ends a row, after the row's own words (its label). */
const ROW_CELLS_RE = new RegExp(
  String.raw`(?:^|[\s|])((?:${TABLE_CELL}${CELL_MARK}?[ \t|]+)*${TABLE_CELL}${CELL_MARK}?)[ \t|]*$`,
);
const CELL_RE = new RegExp(TABLE_CELL, 'g');
/** A cell of a list row, two ends of a band first ("20–30" is one cell), then spaced thousands
 *  ("21 905.4" is one number there). */
const LIST_CELL_RE = new RegExp(`${RANGE_CELL}|${SPACED_CELL}|${TABLE_CELL}`, 'g');
/** A cheap test before the line-by-line scan: a unit in brackets at all. */
const ANY_UNIT_RE = /\((?:in\s+)?(?:%|per\s?cent|percent|pp|p\.p\.|basis|bps?|b\.p\.)/i;
/** A cheap test before the scan for year tables: a line that ends with two years, each maybe
 *  marked ("2036*", "2035e", "2027f", "2036-37†"). */
const ANY_YEARS_RE = new RegExp(
  String.raw`${HEADER_YEAR}[ \t|]+${HEADER_YEAR}${OPEN_END_YEAR}(?:[ \t|]+(?:${YEAR_CHANGE_COLUMN}|Total|TOTAL))?[ \t|]*$`,
  'm',
);
/** The same for a pipe line with a year in two of its cells, its heads maybe dated by a month or
 *  a quarter ("| Indicator | July 2033 | October 2033 | Change, percentage points |", v283). */
const ANY_PIPE_YEARS_RE = /^[ \t]*\|[^\n]*(?:19|20)\d\d[^|\n]*\|[^\n]*(?:19|20)\d\d/m;
/** The same for a line of dated heads that ends with a change ("August 2032   August 2033   % change"). */
const ANY_DATED_RE = new RegExp(`${DATED_CHANGE_HEADER_RE.source}|${MONTH_HEADER_RE.source}`, 'm');
/** A cheap test before the scan for list tables: a line that lists a label and a number, maybe
 *  after the words that name the cell ("Cohesion: commitments 79 320.8"). */
const ANY_LIST_ROW_RE =
  /^(?:[^\n:]*\p{L}[^\n:]*|[^\S\n]*(?:[-–•*][^\S\n]+)?(?:19|20)\d\d(?:[-–/]\d{2,4})?):[^\S\n]*(?:\p{L}[\p{L}'’-]*[^\S\n]+){0,3}(?:FY)?[-+–−‑]?\d/mu;
/** A list title whose unit is a percent of a target, budget or plan: "(per cent of half-year
 *  target)", "(% of approved budget)". Its cells are outturns set against it. */
const OF_PLAN_TITLE_RE =
  /\((?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:targets?|budgets?|plans?|allocations?|appropriations?)\b/i;
/** The year a list cell is of: its label's ("2024/25: 6.1", group 1 and 2) or the words right
 *  after it ("93.1 in 2025", group 3 and 4). */
/** A list cell and the space before a bare bracket that holds the row's earlier value. */
const PRIOR_BRACKET_BEFORE_RE = /\d\*?[^\S\n]+$/;
const LABEL_YEAR_RE =
  /^[^\S\n]*(?:FY[^\S\n]?)?((?:19|20)\d\d)(?:[-–/](\d{2}|(?:19|20)\d\d))?[^\S\n]*:[^\S\n]*$/;
const TAIL_YEAR_RE = /^\*?[^\S\n]+in[^\S\n]+((?:19|20)\d\d)(?:[-–/](\d{2}))?(?![\d.,])/;
/** The year a list cell carries right before it, after its row's label or the cell before it:
 *  "Real GDP: 2034 2.6; 2035 2.1", "| 2026 proj.: 4.3" (group 1 and 2). */
const CELL_YEAR_BEFORE_RE = new RegExp(
  String.raw`[:;|][^\S\n]*(?:FY[^\S\n]?)?((?:19|20)\d\d)(?:[-–/](\d{2}))?(?:[efpEFP]|\*{1,3})?(?:[^\S\n]+\(?[a-z]+\.?\)?)?(?:[^\S\n]*:[^\S\n]*|[^\S\n]+)$`,
  'i',
);
/** A year that is the label of the cell right after it, no cell of its own. */
const CELL_YEAR_AT_RE = new RegExp(String.raw`^(?:${LIST_CELL_YEAR}|${LIST_CELL_PERIOD})`);
/** A cheap test before the scan for tables whose rows are years: a line that opens with a year
 *  and ends with a bare number. */
const ANY_YEAR_ROW_RE = /^[ \t|]*(?:\p{L}+\s?)?(?:19|20)\d\d\b.*\d[ \t|;]*$/imu;
/** A list title whose unit is a percent of a plan: "(per cent of half-year target)", "(% of
 *  budget)", "(percent of annual allocation)", "(% of approved plan)". Its cells are outturns set
 *  against the plan, as "spending came to 105 per cent of the amount budgeted" is. */
const PLAN_SHARE_TITLE_RE =
  /\((?:[^()\n]*[,;]\s*)?(?:%|per\s?cent|percent)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?(?:targets?|budgets?|allocations?|plans?|appropriations?)\b/i;
/** A year or a fiscal year a list's title names: "2032", "2031-32", "FY2035", "fiscal 2033/34",
 *  maybe marked as an estimate or projection ("2032e", "2032 estimates"). Groups: first year,
 *  second year's digits. */
const TITLE_PERIOD_RE =
  /(?:\b(?:FY\s?|fiscal\s+(?:years?\s+)?)|\b)((?:19|20)\d\d)(?:\s?[-–/]\s?((?:19|20)?\d\d)(?!\d))?(?![\d,.]\d)/gi;
/** Before a title's year, a word that makes it a base or a point of comparison, not the rows'
 *  period: "change on 2031", "relative to 2030", "since 2029", "constant 2024". */
const TITLE_BASE_BEFORE_RE =
  /\b(?:on|from|since|than|over|versus|vs\.?|relative\s+to|compared\s+(?:with|to)|against|constant|real|base(?:\s+year)?|end[-\s]?|by|until|to|through|thru)\s*$/i;
/** After a title's year, words that make it a base or a point in time, not the rows' period:
 *  "(2030=100)", "2024 prices", "2024 dollars", "2024 exchange rates", "2030 levels". */
const TITLE_BASE_AFTER_RE =
  /^\s*(?:=|prices|dollars|euros|pounds|money|terms|exchange\s+rates?|levels?|values|base)\b|^\s*=/i;
/** In a title, a span inside a year or a point in time: its rows measure to a date, so the year
 *  alone does not tell whether they are over ("Spending to date, January–June 2032", "first half
 *  of 2032", "as at 30 June 2032", "Q2 2032"). */
const TITLE_PART_OF_YEAR_RE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|quarters?|half|halves|H[12]|Q[1-4]|months?|weeks?|to\s+date|so\s+far|year[-\s]to[-\s]date|YTD|as\s+(?:at|of)|end[-\s]|mid[-\s])\b/i;

/**
 * The one year or fiscal year a list's title names as the period of its rows: the year a fiscal
 * year written over two years ends in ("2031-32" → 2032, `fiscal`), or the year; undefined when
 * the title names none, more than one, a year that is a base ("change on 2031",
 * "2024 prices"), or a span inside a year ("January–June 2032"). A span of years ("2034-2037")
 * is its last year: what its rows measure over it (an average change, a total) is known only once
 * that year is over (v97).
 * @example titlePeriod('Budget of the Ministry of National Defence, 2032 (PLN billion)') // { year: 2032, fiscal: false }
 * @example titlePeriod('Selected programs, expenditures 2031-32 ($ millions)') // { year: 2032, fiscal: true }
 * @example titlePeriod('Exports by destination, change on 2031 (%)') // undefined
 */
export function titlePeriod(title: string): { year: number; fiscal: boolean } | undefined {
  if (TITLE_PART_OF_YEAR_RE.test(title)) return undefined;
  const periods = [...title.matchAll(TITLE_PERIOD_RE)];
  if (periods.length !== 1) return undefined;
  const m = periods[0]!;
  if (TITLE_BASE_BEFORE_RE.test(title.slice(0, m.index))) return undefined;
  if (TITLE_BASE_AFTER_RE.test(title.slice(m.index + m[0].length))) return undefined;
  const first = Number(m[1]);
  if (m[2] === undefined) return { year: first, fiscal: false };
  const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  if (second === first + 1) return { year: second, fiscal: true };
  // "Median purchasing power, 2034-2037 (average annual % change)": a span of years, whose rows are
  // known only once its last year is over, so they go by that year (v97).
  return second > first + 1 && second - first <= 20 ? { year: second, fiscal: false } : undefined;
}

/** A title whose rows a decision put somewhere: "Investment allocated by area, 2030", "Funds
 *  appropriated for 2031", "Grants awarded in 2032", "Approved revenue building blocks ($ million,
 *  2031–32 prices)": an approval is a decision, as an allocation is (v128). */
const ALLOCATED_TITLE_RE =
  /\b(?:allocated|appropriated|earmarked|awarded|granted|disbursed|committed|approved)\b/i;

/** How many lines above its years a table's title may state the unit. */
const TITLE_LINES = 2;

/** After a unit bracket, what may close its line: a colon into the rows, or the row's bare cells. */
const AFTER_UNIT_BRACKET_RE = new RegExp(
  String.raw`^(?:[^\S\n]*:?|(?:[ \t|]+${TABLE_CELL})+)[ \t|]*$`,
);

/** A currency's sign and the thousands as accounts head a table: "£000", "$000s", "R'000" (v175). */
const THOUSANDS_UNIT_RE = /^[^\d\s()]{1,4}\s?['’]?000s?$/;

/**
 * Whether the words from `start` to `end` fill a bracket that gives a title's or a row label's
 * money unit with its scale written as a number ("Investment by area, 2030 (100 million yuan)",
 * "Retail sales (100 million yuan)   48,210   50,330", "(Unit: 100 million won)"): a unit, no sum,
 * as Chinese, Japanese and Korean tables put 亿 and 万 into English, and as accounts head a table
 * in thousands ("(£000)" over "Year ended 31 March   2034   2033", v175). A bracket in a sentence
 * ("a loan (100 million yuan) was signed") or a sum with its sign ("(US$100 million)") is none.
 * @example moneyUnitBracket('Sales by area (100 million yuan)\nNorth: 12', 15, 31) // true
 * @example moneyUnitBracket('(£000)\nYear ended 31 March   2034   2033', 1, 5) // true
 * @example moneyUnitBracket('A loan (100 million yuan) was signed.', 8, 24) // false
 */
export function moneyUnitBracket(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', end);
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  if (open < lineStart || close < 0 || close > lineEnd) return false;
  if (!/^\(\s*(?:in\s+|units?\s*:\s*)?$/i.test(text.slice(open, start))) return false;
  if (text.slice(end, close).trim() !== '') return false;
  if (!AFTER_UNIT_BRACKET_RE.test(text.slice(close + 1, lineEnd))) return false;
  const words = text.slice(start, end);
  return (
    (/^\s*\d/.test(words) || THOUSANDS_UNIT_RE.test(words)) &&
    moneyRow(text.slice(lineStart, close + 1)) !== undefined
  );
}

/**
 * Every bare cell of every table in the text: rows right under a header (blank lines may come
 * between) whose words end with exactly as many bare numbers as the header has units, after a
 * label with a letter in it. The first line that is no such row ends the table. A table titled as
 * a supposed scenario ("…, adverse scenario (%)") holds no cells: what the scenario would give.
 * @example tableCells('Rate Old (%) New (%)\nBase rate 4.25 4.50').map((c) => c.kind) // ['share', 'share']
 */
export function tableCells(text: string): TableCell[] {
  const units = ANY_UNIT_RE.test(text);
  const lists = ANY_LIST_ROW_RE.test(text);
  const yearRows = ANY_YEAR_ROW_RE.test(text);
  if (
    !units &&
    !lists &&
    !yearRows &&
    !ANY_YEARS_RE.test(text) &&
    !ANY_DATED_RE.test(text) &&
    !ANY_PIPE_UNIT_RE.test(text) &&
    !ANY_PIPE_TITLE_RE.test(text) &&
    !ANY_PIPE_YEARS_RE.test(text)
  )
    return [];
  const lines: [number, number][] = [];
  for (let pos = 0; pos <= text.length;) {
    const end = text.indexOf('\n', pos);
    const lineEnd = end < 0 ? text.length : end;
    lines.push([pos, lineEnd]);
    pos = lineEnd + 1;
  }
  const cells = columnCells(text, lines, units, lists);
  if (!yearRows) return cells.filter((c) => !underSupposedTitle(text, c));
  // A cell a list or column table already read is not read again as a row of years.
  const taken = new Set(cells.map((c) => c.start));
  const rows = rowsOfYears(text, lines).filter((c) => !taken.has(c.start));
  return [...cells, ...rows]
    .filter((c) => !underSupposedTitle(text, c))
    .sort((a, b) => a.start - b.start);
}

/** A cell whose table is titled as a supposed scenario ("Change in solvency ratio, adverse
 *  scenario (percentage points)" over "Life insurers: -38"): what the scenario would give, no
 *  figure, as the same numbers in a sentence under the scenario are none. The title is every line
 *  of the quote above the cell's row. */
function underSupposedTitle(text: string, cell: TableCell): boolean {
  const rowStart = text.lastIndexOf('\n', cell.start) + 1;
  return rowStart > cell.headerStart && supposedTitle(text.slice(cell.headerStart, rowStart));
}

/** The cells of tables whose columns are units or years, and of list tables (tableCells without
 *  rows of years). */
function columnCells(
  text: string,
  lines: [number, number][],
  units: boolean,
  lists: boolean,
): TableCell[] {
  const cells: TableCell[] = [];
  for (let i = 0; i < lines.length; i++) {
    const [headerStart, headerEnd] = lines[i]!;
    const columns = units ? tableHeaderUnits(text.slice(headerStart, headerEnd)) : 0;
    // "Real GDP growth (percent): 2024: 5.0 | 2025: 5.1 | 2026 proj.: 4.3": a line that is its
    // own title, each cell after its year, or with one cell ("Interbank rate (percent): 10.62").
    const titled =
      columns === 0 && lists ? titledRow(text.slice(headerStart, headerEnd)) : undefined;
    if (titled !== undefined) {
      cells.push(...listRowCells(text, headerStart, headerStart, headerEnd, false));
      continue;
    }
    // "Annualised returns to 31 March 2033 (% p.a.)" ⏎ "| | 1 year | 3 years | 5 years |": columns
    // that are period lengths under a list's title (v140).
    const next = lines[i + 1];
    if (
      columns === 0 &&
      next !== undefined &&
      PERIOD_HEADER_RE.test(text.slice(...next)) &&
      listTableTitle(text.slice(headerStart, headerEnd))
    ) {
      const period = periodRows(text, lines, i);
      cells.push(...period.cells);
      i = period.next - 1;
      continue;
    }
    if (columns === 0 && lists && listTableTitle(text.slice(headerStart, headerEnd))) {
      const listed = listRows(text, lines, i);
      if (listed.cells.length > 0) {
        cells.push(...listed.cells);
        i = listed.next - 1;
        continue;
      }
    }
    if (columns === 0) {
      const yearly = yearRows(text, lines, i);
      // "| Stage | Projects (number) | Value (RM million) |": a pipe table whose header cells give
      // their columns' units (v172).
      // "| Item | 2032-33 (₹ crore) | 2033-34 (₹ crore) | Change (%) |": year heads that carry
      // their column's unit in a bracket are a pipe table's units, not dated heads of which only
      // the change is read (v282).
      const piped =
        yearly.cells.length === 0 || /^[ \t]*\|/.test(text.slice(...lines[i]!))
          ? pipeHeaderRows(text, lines, i)
          : undefined;
      if (
        piped !== undefined &&
        piped.cells.length > 0 &&
        (yearly.cells.length === 0 ||
          (piped.cells.length > yearly.cells.length &&
            yearly.cells.every((c) => piped.cells.some((p) => p.start === c.start))))
      ) {
        cells.push(...piped.cells);
        i = piped.next - 1;
        continue;
      }
      cells.push(...yearly.cells);
      i = yearly.next - 1;
      continue;
    }
    let j = i + 1;
    for (; j < lines.length; j++) {
      const [rowStart, rowEnd] = lines[j]!;
      const row = text.slice(rowStart, rowEnd);
      if (row.trim() === '') continue;
      const run = ROW_CELLS_RE.exec(row);
      if (!run || !/\p{L}/u.test(row.slice(0, run.index))) break;
      const found = [...run[1]!.matchAll(CELL_RE)];
      if (found.length !== columns) break;
      const runStart = rowStart + run.index + run[0].indexOf(run[1]!);
      const rowCells: TableCell[] = [];
      for (const cell of found) {
        const start = runStart + cell.index;
        const column = tableColumn(text.slice(headerStart, start));
        if (!column) break;
        rowCells.push({
          start,
          end: start + cell[0].length,
          kind: column.kind,
          headerStart,
          rowEnd,
        });
      }
      if (rowCells.length !== columns) break;
      cells.push(...rowCells);
    }
    // "| City | Residential rate (%) | Commercial rate (%) |": a pipe header that reads as a text
    // table's but whose rows are no text rows is read as a pipe table's (v200).
    if (j === i + 1 && /^[ \t]*\|/.test(text.slice(headerStart, headerEnd))) {
      const piped = pipeHeaderRows(text, lines, i);
      if (piped.cells.length > 0) {
        cells.push(...piped.cells);
        i = piped.next - 1;
        continue;
      }
    }
    i = j - 1;
  }
  return cells;
}

/** A cheap test before the scan for pipe tables whose header cells give units: a pipe line with
 *  a bracket closing one of its cells. */
const ANY_PIPE_UNIT_RE =
  /^[ \t]*\|[^\n]*\)(?:[ \t]*,[ \t]*(?:FY[ \t]?)?(?:19|20)\d\d[^|\n]{0,8})?[ \t]*\|/m;
/** A cheap test before the scan for pipe tables under a title that gives their unit: a line
 *  closing a bracket, at most one blank line, then a pipe line (v174). */
const ANY_PIPE_TITLE_RE = /\)[ \t]*\n(?:[ \t]*\n)?[ \t]*\|/;
/** A title that names a pipeline of projects or a programme of works or spending: what they
 *  would come to, not yet spent (the README's call on a pipeline's sum; v172). */
const PLANNED_TITLE_RE =
  /\bpipelines?\b|\b(?:investment|capital(?:\s+works)?|works|spending|expenditure|capex|development)\s+(?:programmes?|programs?|plans?)\b/i;
/** A title that opens by naming what is under it as an estimate, and the date it is of: "Estimated
 *  average monthly benefits payable in January 2035", "Projected fees for 2035-36", "Forecast
 *  charges in 2035". Groups: month, year. */
const ESTIMATE_TITLE_RE =
  /^\s*(?:Estimated|Projected|Forecast|Expected)\b[^.;:\n]*?\b(?:in|for|from|payable\s+in|as\s+(?:at|of)|on)\s+(?:(?:[0-3]?\d\s+)?(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b/i;

/** A span of months a title names by its first and last month and the year it ends in: "April-June
 *  2034", "January to March 2035", "July–September 2033". Groups: the last month, the year. */
const TITLE_MONTH_SPAN_RE =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s?(?:-|–|to|through)\s?(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d\d)\b/i;

/** The last month and year of a span of months a title names (TITLE_MONTH_SPAN_RE), or undefined.
 * @example titleSpanEnd('Collections by tax head, April-June 2034 (KSh million)') // { year: 2034, month: 6 }
 */
export function titleSpanEnd(title: string): { year: number; month: number } | undefined {
  const m = TITLE_MONTH_SPAN_RE.exec(title);
  if (!m) return undefined;
  return { year: Number(m[2]), month: MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1 };
}

/** The date a title names its cells as estimated for, or undefined (ESTIMATE_TITLE_RE).
 * @example estimateTitleDate('Estimated benefits payable in January 2035') // { year: 2035, month: 1 }
 */
function estimateTitleDate(title: string): { year: number; month?: number } | undefined {
  const m = ESTIMATE_TITLE_RE.exec(title);
  if (!m) return undefined;
  const month = m[1] === undefined ? undefined : MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
  return { year: Number(m[2]), ...(month !== undefined && { month }) };
}

/**
 * Whether the number at `at` sits in a pipe table whose title names its cells as estimated for a
 * date not yet begun at the document's date ("Estimated average monthly benefits payable in January
 * 2035" over "| All retired workers | $2,031 |", dated October 2034; v193).
 * @example estimatedPipeRow('Estimated bills in 2035\n| A | $84 |', 30, 2034, 10) // true
 */
export function estimatedPipeRow(
  text: string,
  at: number,
  documentYear: number | undefined,
  documentMonth: number | undefined,
): boolean {
  if (documentYear === undefined) return false;
  let start = text.lastIndexOf('\n', at - 1) + 1;
  if (!/^[ \t]*\|/.test(text.slice(start, start + 40))) return false;
  // Up through the table's lines, then its blank lines, to the title.
  while (start > 0) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    if (!/^[ \t]*\|/.test(text.slice(prev, start))) break;
    start = prev;
  }
  for (let k = 0; k <= TITLE_LINES && start > 0; k++) {
    const prev = text.lastIndexOf('\n', start - 2) + 1;
    const line = text.slice(prev, start - 1);
    start = prev;
    if (line.trim() === '') continue;
    const date = estimateTitleDate(line);
    return (
      date !== undefined &&
      (date.year > documentYear ||
        (date.year === documentYear &&
          (date.month === undefined || documentMonth === undefined || date.month > documentMonth)))
    );
  }
  return false;
}

/** A pipe cell that is one bare number, maybe marked, its thousands maybe parted by spaces ("| 14
 *  200 |", v267: a pipe cell holds one number, so the groups are one). */
const PIPE_BARE_CELL_RE = new RegExp(
  String.raw`^[ \t]*(${SPACED_CELL}|${TABLE_CELL})${CELL_MARK}?[ \t]*$`,
);

/**
 * The cells of a pipe table whose header line (line `i`) gives some of its columns a unit in a
 * bracket ("| Stage | Projects (number) | Value (RM million) |", v172): every bare cell, under the
 * header's pipe rows, of a column pipeHeaderColumn reads a unit for. The first line that is no
 * pipe row ends the table; `next` is that line.
 * @example pipeHeaderRows('| Stage | Value (RM million) |\n| Enquiry | 9,860 |', lines, 0).cells.length // 1
 */
function pipeHeaderRows(
  text: string,
  lines: [number, number][],
  i: number,
): { cells: TableCell[]; next: number } {
  const [headerStart, headerEnd] = lines[i]!;
  const header = text.slice(headerStart, headerEnd);
  const cells: TableCell[] = [];
  if (!/^[ \t]*\|/.test(header)) return { cells, next: i + 1 };
  // The title: the nearest line with words in the two above the header.
  let t = i - 1;
  while (t >= Math.max(0, i - TITLE_LINES) && text.slice(...lines[t]!).trim() === '') t--;
  const title = t >= 0 && t >= i - TITLE_LINES ? text.slice(...lines[t]!) : '';
  // "Returns by asset class, fiscal year 2033 (net of fees, %)" ⏎ "| Asset class | Return |": a
  // title whose bracket gives a percent gives it to the bare cells no header cell gives a unit
  // (pipeTitleColumn, v174); the cell's quote then opens at the title.
  const titleUnit = title.trim() === '' ? undefined : pipeTableUnit(title);
  // "| Item (Rp trillion) | 2034 Actual | 2035 Actual |": the first header cell's money (v273).
  const headUnit = titleUnit ? undefined : pipeFirstHeadMoney(header);
  const titleColumn = titleUnit ?? headUnit;
  // "Capital outlay on medical and public health (₹ crore)": a title in money gives its sums to
  // the bare cells no header cell gives a unit (pipeMoneyTitleColumn, v200).
  const titled = titleColumn !== undefined;
  if (!titled && !ANY_PIPE_UNIT_RE.test(header)) return { cells, next: i + 1 };
  const titleStart = titleUnit ? lines[t]![0] : headerStart;
  const planned = PLANNED_TITLE_RE.test(title);
  const lastYear = planned ? titlePeriod(title)?.year : undefined;
  const estimatedFor = estimateTitleDate(title);
  const spanEnd = titleSpanEnd(title);
  let j = i + 1;
  for (; j < lines.length; j++) {
    const [rowStart, rowEnd] = lines[j]!;
    // "| Fiscal 2035 | +1.0 [+0.8 to +1.2] |": the cell, then its companion in its column (v283).
    const row = plainCompanions(text.slice(rowStart, rowEnd));
    if (!/^[ \t]*\|/.test(row)) break;
    if (PIPE_RULE_RE.test(row)) continue;
    const companions = pipeCompanions(text.slice(rowStart, rowEnd)).map((c) => ({
      ...c,
      start: rowStart + c.start,
      end: rowStart + c.end,
    }));
    const fields = row.split('|');
    let at = rowStart + fields[0]!.length + 1 + fields[1]!.length + 1;
    for (let k = 2; k < fields.length - 1; k++) {
      const field = fields[k]!;
      const bare = PIPE_BARE_CELL_RE.exec(field);
      if (bare) {
        const start = at + field.indexOf(bare[1]!);
        const headed = pipeHeaderColumn(text.slice(headerStart, start));
        const column =
          headed ??
          (titled
            ? titleColumn.kind === 'amount'
              ? pipeMoneyTitleColumn(text.slice(titleStart, start))
              : pipeTitleColumn(text.slice(titleStart, start))
            : undefined);
        // "| GG debt (% of GDP), 2033F |": the column's year after its unit (v186); "| | 2035
        // (outturn) |" or a row labelled "| 2031-32 |" under a money title: that year (v222), as
        // under a title in percent ("Applied-for and draft tariff increases (%)", v230).
        const period = headed
          ? pipeHeaderYear(text.slice(headerStart, start))
          : column !== undefined
            ? pipeYear(text.slice(headerStart, start))
            : undefined;
        const companion = companions.find((c) => c.start > start && c.end <= at + field.length);
        if (column)
          for (const [from, to] of [
            [start, start + bare[1]!.length],
            ...(companion ? [[companion.start, companion.end]] : []),
          ] as const)
            cells.push({
              start: from,
              end: to,
              kind: column.kind,
              headerStart: headed ? headerStart : titleStart,
              rowEnd,
              ...(period && { year: period.year, ...(period.fiscal && { fiscal: true }) }),
              ...(planned && {
                planned,
                ...(lastYear !== undefined && { titleLastYear: lastYear }),
              }),
              ...(estimatedFor && { estimatedFor }),
              ...(spanEnd && { spanEnd }),
            });
      }
      at += field.length + 1;
    }
  }
  return { cells, next: j };
}

/**
 * The cells of a table whose header line (line `i`) is years: rows of a label and one bare number
 * a year, after blank lines or a line of marks ("Proj."), each cell read by yearTableColumn with
 * the quote opening at the nearest of the two lines above the years that states a unit (or at the
 * years). The first line that is no such row ends the table; `next` is that line.
 * @example yearRows('(Annual percentage change)\n  2031  2032\nGDP  2.9  3.4', lines, 1).cells.length // 2
 */
function yearRows(
  text: string,
  lines: [number, number][],
  i: number,
): { cells: TableCell[]; next: number } {
  const [yearsStart, yearsEnd] = lines[i]!;
  // "| | 2032 (actual) | 2033 | 2034 |", "| | 2033 Q4 | 2034 Q4 |": a head's mark in brackets, its
  // quarter or its month is no part of its year (v283); a title that names a year of its own
  // ("Key projections for 2035 (annual change, percent)") makes month heads the dates its
  // projections were made, no periods.
  const above = text.slice(lines[Math.max(0, i - TITLE_LINES)]![0], yearsStart);
  const marked = plainYearLine(
    text.slice(yearsStart, yearsEnd),
    !/(?:19|20)\d\d/.test(
      above
        .replace(/\([^()\n]*\)/g, '')
        .split('\n')
        .filter((l) => l.trim())
        .at(-1) ?? '',
    ),
  );
  const yearLine = marked.line;
  const plain = YEAR_HEADER_RE.exec(yearLine);
  // "Species   August 2032   August 2033   Change (%)": dated heads, of which only the change is read.
  const header = plain ?? DATED_CHANGE_HEADER_RE.exec(yearLine);
  if (!header) return monthRows(text, lines, i);
  const columns = header[1]!.match(COLUMN_YEAR_RE)!.length;
  // "(PLN million)   2032   2031   Change (%)": one more cell, the change, may end each row, or a
  // dash where the table states none; "Particulars   2032-33   2033-34   Total": one more, the total.
  const changeColumn = header[2] !== undefined || (plain !== null && plain[3] !== undefined);
  // "(KSh billion)   2028/29   2029/30   2032/33": a fiscal year written over two years ends in the
  // month the document's fiscal years end in, not in December (README, v150).
  const dated =
    plain === null
      ? datedEnd(header[1]!)
      : datedEnd(header[1]!).fiscal === true
        ? { fiscal: true }
        : {};
  const headerStart = unitTitleAbove(text, lines, i);
  // "Authorizations by program (fiscal years ended September 30; in millions of U.S. dollars)" ⏎
  // "| Program | FY 2032 | FY 2033 |": the title's year-end dates each column as the year line's
  // would (v163).
  const endMonth =
    yearEndMonth(
      text.slice(yearsStart, yearsStart + header.index + header[0].indexOf(header[1]!)),
    ) ?? (headerStart < yearsStart ? yearEndMonth(text.slice(headerStart, yearsStart)) : undefined);
  const actual = actualColumns(text, lines, i).map((a, c) => a || marked.actual[c] === true);
  // The month column `c` ends in: its quarter's or month's ("Q2: 2034" ends in June), the latest
  // head's for the change after them, else the year line's year-end.
  const columnEnd = (c: number): { endMonth?: number } => {
    const month =
      marked.endMonth[c] ??
      (c >= marked.endMonth.length ? marked.endMonth.at(-1) : undefined) ??
      endMonth;
    return month !== undefined ? { endMonth: month } : {};
  };
  const cells: TableCell[] = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const [rowStart, rowEnd] = lines[j]!;
    // "| CPIF | 2.0 (2.3) | 1.9 (2.0) |": each cell's companion in brackets is read after the row's
    // cells, in its cell's column (v283).
    const row = plainLabelNumber(plainCompanions(text.slice(rowStart, rowEnd)));
    // A heading of a group of rows ("DEMOGRAPHY", "Real sector") ends no table (v97).
    if (
      row.trim() === '' ||
      YEAR_MARKS_RE.test(row) ||
      GROUP_HEADING_RE.test(row) ||
      PIPE_RULE_RE.test(row)
    )
      continue;
    // "| Net debt (€m) | 2034 | 2033 |" ⏎ "|---|---|": a pipe table's header over its rule line
    // opens a table of its own, no row of the one above (v175).
    const below = lines[j + 1];
    if (below !== undefined && PIPE_RULE_RE.test(text.slice(...below))) break;
    const fits = (n: number) => n === columns || (changeColumn && n === columns + 1);
    // "| Exchequer impact (£m) | nil | +610 | +745 |": a cell that says its year has none ("nil",
    // a dash or "n.a." between pipes) holds its column's place and is no figure (v163).
    // "| Industry | €1,018.22 | €1,061.90 | 4.3 |" under "| Sector | Q3 2030 | Q3 2031 | % change |":
    // sums written with their sign hold their columns' places under dated heads (v283).
    const filled = blankCellsAsZero(
      row,
      marked.endMonth.some((m) => m !== undefined),
    );
    const read = (line: string) => {
      // "| Tax due (£ million) | 7.6 | 6.6 | -13% |": a change written with its percent is the
      // sentence reader's; the row's bare cells end before it (v222).
      const r = ROW_CELLS_RE.exec(
        changeColumn ? line.replace(EMPTY_CELL_RE, '').replace(PERCENT_CELL_END_RE, '') : line,
      );
      return r ? { run: r, found: runCells(r[1]!) } : undefined;
    };
    let cellsRead = read(row);
    if (filled !== row && (cellsRead === undefined || !fits(cellsRead.found.length))) {
      const withBlanks = read(filled);
      if (withBlanks !== undefined && fits(withBlanks.found.length)) cellsRead = withBlanks;
    }
    if (!cellsRead || !/\p{L}/u.test(row.slice(0, cellsRead.run.index))) break;
    // "Central government debt   1 142    1 203    1 239": thousands a space parts (v152).
    const { run, found } = cellsRead;
    if (!fits(found.length)) break;
    const runStart = rowStart + run.index + run[0].indexOf(run[1]!);
    for (const [c, cell] of found.entries()) {
      const start = runStart + cell.index;
      if (filled[start - rowStart] !== row[start - rowStart]) continue;
      const column = yearTableColumn(text.slice(headerStart, start));
      // "Pulses   1.96   1.87   (4.6)" under "(million tonnes)": the columns of quantities are
      // unread, the change after them is still the row's (v126).
      if (!column) continue;
      cells.push({
        ...yearCell(start, cell.text, column, headerStart, rowEnd),
        ...dated,
        ...columnEnd(c),
        ...(actual[c] && { actual: true }),
      });
    }
    for (const companion of pipeCompanions(text.slice(rowStart, rowEnd))) {
      const start = rowStart + companion.start;
      const column = yearTableColumn(text.slice(headerStart, start));
      if (!column) continue;
      // Its column among the years: the pipes before it, less the row's first and its label's.
      const c = (text.slice(rowStart, start).match(/\|/g)?.length ?? 0) - 2;
      cells.push({
        ...yearCell(
          start,
          text.slice(start, rowStart + companion.end),
          column,
          headerStart,
          rowEnd,
        ),
        ...dated,
        ...columnEnd(c),
        ...(actual[c] && { actual: true }),
      });
    }
  }
  return { cells: cells.sort((a, b) => a.start - b.start), next: j };
}

/**
 * The cells of a table whose title (line `i`) gives the unit and whose heads (line `i + 1`) are
 * period lengths: each row right under them of a label and one bare cell a head, read by
 * periodTableColumn with the title in the quote; the first line that is no such row ends the
 * table, `next` is that line (v140).
 * @example periodRows('Returns (% p.a.)\n| | 1 year | 5 years |\n| Fund | 5.6 | 7.2 |', lines, 0).cells.length // 2
 */
function periodRows(
  text: string,
  lines: [number, number][],
  i: number,
): { cells: TableCell[]; next: number } {
  const headerStart = lines[i]![0];
  const cells: TableCell[] = [];
  let j = i + 2;
  for (; j < lines.length; j++) {
    const [rowStart, rowEnd] = lines[j]!;
    const run = ROW_CELLS_RE.exec(text.slice(rowStart, rowEnd));
    if (!run) break;
    const runStart = rowStart + run.index + run[0].indexOf(run[1]!);
    for (const cell of run[1]!.matchAll(CELL_RE)) {
      const start = runStart + cell.index;
      const column = periodTableColumn(text.slice(headerStart, start));
      if (column)
        cells.push({ start, end: start + cell[0].length, kind: column.kind, headerStart, rowEnd });
    }
  }
  return { cells, next: j };
}

/**
 * The cells of a table whose header line (line `i`) is months ("Dec-32   Jan-33   Feb-33"): rows
 * of a label that names its unit and one bare number a month, each of its column's month (v140:
 * statistics offices' monthly growth tables). The first line that is no such row ends the table.
 * @example monthRows('Dec-32   Jan-33\nOutput (% change)   2.1   -0.4', lines, 0).cells.length // 2
 */
function monthRows(
  text: string,
  lines: [number, number][],
  i: number,
): { cells: TableCell[]; next: number } {
  const [headsStart, headsEnd] = lines[i]!;
  const header = MONTH_HEADER_RE.exec(text.slice(headsStart, headsEnd));
  if (!header) return { cells: [], next: i + 1 };
  const months = monthHeads(header[1]!);
  const cells: TableCell[] = [];
  let j = i + 1;
  for (; j < lines.length; j++) {
    const [rowStart, rowEnd] = lines[j]!;
    const row = text.slice(rowStart, rowEnd);
    // "| | 31 March 2034 | 31 March 2031 |" ⏎ "|---|---|---|": a pipe table's rule line (v188).
    if (row.trim() === '' || PIPE_RULE_RE.test(row)) continue;
    const run = ROW_CELLS_RE.exec(row);
    if (!run || !/\p{L}/u.test(row.slice(0, run.index))) break;
    const found = [...run[1]!.matchAll(CELL_RE)];
    if (found.length !== months.length) break;
    const runStart = rowStart + run.index + run[0].indexOf(run[1]!);
    found.forEach((cell, c) => {
      const start = runStart + cell.index;
      const column = yearTableColumn(text.slice(headsStart, start));
      if (!column) return;
      cells.push({
        ...yearCell(start, cell[0], column, headsStart, rowEnd),
        endMonth: months[c]!.month,
      });
    });
  }
  return { cells, next: j };
}

/**
 * When the latest of a dated header's columns ends, as a year cell's status needs it: the month
 * its head names ("August 2033" ends in August), or, for a fiscal year written over two years
 * ("2032-33 (4th AE)"), the month the document's fiscal years end in (`fiscal`).
 * @example datedEnd('August 2032   August 2033') // { endMonth: 8 }
 * @example datedEnd('Q4 2032   Q4 2033') // { endMonth: 12 }
 * @example datedEnd('2031-32 (Final)   2032-33 (4th AE)') // { fiscal: true }
 */
export function datedEnd(heads: string): { endMonth?: number; fiscal?: boolean } {
  const last = [
    ...heads.matchAll(
      /(?:(?:([A-Z][a-z]+)|([QH])([1-4]))\.?[^\S\n]+)?(?:19|20)\d\d([–\-/](?:(?:19|20)(?=\d\d(?!\d)))?\d\d(?!\d))?/g,
    ),
  ].at(-1);
  if (!last) return {};
  // "Q4 2033" ends in December, "H1 2033" in June (v140).
  if (last[2] !== undefined) return { endMonth: Number(last[3]) * (last[2] === 'Q' ? 3 : 6) };
  const month = last[1] === undefined ? -1 : MONTHS.indexOf(last[1].slice(0, 3).toLowerCase());
  if (month >= 0) return { endMonth: month + 1 };
  return last[4] !== undefined ? { fiscal: true } : {};
}

/** A mark that makes a year column an outturn: "Actual", "Act.", "Outturn". */
const ACTUAL_MARK_RE = /^(?:act|actuals?|outturns?)\.?$/i;

/**
 * Which columns of the year line `i` a line of marks right above it or right under it marks
 * "Actual": the mark must overlap its year's characters, as a budget table sets "Actual
 * Estimates Projections" over "2031–32  2032–33  2033–34" (the first column only is actual).
 * @example actualColumns('   Actual   Estimates\n   2031–32  2032–33', lines, 1) // [true, false]
 */
function actualColumns(text: string, lines: [number, number][], i: number): boolean[] {
  const [yearsStart, yearsEnd] = lines[i]!;
  const years = [...text.slice(yearsStart, yearsEnd).matchAll(COLUMN_YEAR_RE)].map(
    (m) => [m.index, m.index + m[0].length] as const,
  );
  const marked = years.map(() => false);
  for (const k of [i - 1, i + 1]) {
    const line = lines[k];
    if (!line) continue;
    const words = text.slice(line[0], line[1]);
    if (!YEAR_MARKS_RE.test(words)) continue;
    for (const w of words.matchAll(/\S+/g)) {
      if (!ACTUAL_MARK_RE.test(w[0])) continue;
      years.forEach(([s, e], c) => {
        if (w.index < e && w.index + w[0].length > s) marked[c] = true;
      });
    }
  }
  return marked;
}

/**
 * The cells of a list table whose title (line `i`) gives their unit in its last bracket: the lines
 * right under it that each list a label and its number, "Victoria: 4.5", or several, "Q3 2025:
 * +0.6 | Q4 2025: +0.8", "Food: +1.1 over the year; +0.2 over the month", as statistics offices
 * write small tables of regions, months or quarters. Each cell is read by listTableColumn with the
 * title in the quote; the first line that is no such row ends the list, `next` is that line.
 * @example listRows('Jobless rate (%)\nNorth: 4.0\nSouth: 4.5', lines, 0).cells.length // 2
 */
function listRows(
  text: string,
  lines: [number, number][],
  i: number,
): { cells: TableCell[]; next: number } {
  const [headerStart, headerEnd] = lines[i]!;
  // "Summary of releases (per cent of half-year target)", "(% of approved budget)": each cell is
  // an outturn measured against its plan, actual though the title names the target.
  const title = text.slice(headerStart, headerEnd);
  // "Approved tariff adjustments for 2034/35 (%)": each cell is a charge a decision set, actual
  // though its year is to come.
  const outturn =
    PLAN_SHARE_TITLE_RE.test(title) ||
    OF_PLAN_TITLE_RE.test(title) ||
    decidedChargesTitle(title) ||
    ALLOCATED_TITLE_RE.test(title);
  // "Budget of the Ministry of National Defence, 2032 (PLN billion)", "(% of GDP, 2032
  // estimates)", "expenditures 2031-32 ($ millions)": the one period the title names is each
  // row's, as a column's year is, unless the row names its own.
  // "Central budget investment allocated by area, 2030 (100 million yuan)": money a decision put
  // somewhere is actual for a year to come too (README): its rows are outturns of the decision,
  // and the title's year dates none of them.
  const period = ALLOCATED_TITLE_RE.test(title) ? undefined : titlePeriod(title);
  const costing = !outturn && costingTitle(title) ? { costing: true, ...lastYear(title) } : {};
  // "(fiscal years ended June 30; $ thousands)" over "Fiscal 2032: …": each row's year ends then,
  // as a year line's label says for its columns (v126).
  const endMonth = yearEndMonth(title);
  // "Table 1: Use of payment methods (% of total)" ⏎ "Cash: number 29 | value 14": under a title
  // in percent a cell may be named by the count it is the percent of (v169).
  const percentTitle = listTableTitle(title)?.kind !== 'amount';
  const cells: TableCell[] = [];
  let j = i + 1;
  // Empty lines between the title and its first row, as pages copied from PDF or HTML set them.
  while (j < lines.length && text.slice(...lines[j]!).trim() === '') j++;
  for (; j < lines.length; j++) {
    const [rowStart, rowEnd] = lines[j]!;
    const row = text.slice(rowStart, rowEnd);
    if (!listTableRow(row, percentTitle)) break;
    const rowCells = listRowCells(
      text,
      headerStart,
      rowStart,
      rowEnd,
      decidedChargesTitle(title) ? 'decided' : outturn,
      period,
    );
    cells.push(
      ...rowCells.map((c) => ({
        ...c,
        ...costing,
        ...(endMonth !== undefined && c.year !== undefined && { endMonth }),
      })),
    );
  }
  return { cells, next: j };
}

/** The latest year a title names, as `titleLastYear` ("cumulative 2033-2037" → 2037, "2034-35"
 *  → 2035), or nothing when it names none. */
function lastYear(title: string): { titleLastYear?: number } {
  const years = [...title.matchAll(TITLE_PERIOD_RE)].map((m) =>
    m[2] === undefined
      ? Number(m[1])
      : m[2].length === 2
        ? Math.floor(Number(m[1]) / 100) * 100 + Number(m[2])
        : Number(m[2]),
  );
  return years.length > 0 ? { titleLastYear: Math.max(...years) } : {};
}

/**
 * The cells of one list row (from `from` to `rowEnd`), each read by listTableColumn with the quote
 * opening at `headerStart`; a year that labels the cell after it ("2034 2.6") is no cell.
 * @example listRowCells('Growth (%)\nNorth: 2034 2.6', 0, 11, 27, false).length // 1
 */
function listRowCells(
  text: string,
  headerStart: number,
  rowStart: number,
  rowEnd: number,
  outturn: boolean | 'decided',
  period?: { year: number; fiscal: boolean },
): TableCell[] {
  const cells: TableCell[] = [];
  const row = text.slice(rowStart, rowEnd);
  for (const cell of row.matchAll(LIST_CELL_RE)) {
    if (CELL_YEAR_AT_RE.test(row.slice(cell.index))) continue;
    // "Premium income: 2,918 (2,604)": a bracket right after a cell is the row's earlier value, no
    // loss; its cell is the number inside (v163).
    const earlier =
      cell[0].startsWith('(') && PRIOR_BRACKET_BEFORE_RE.test(row.slice(0, cell.index));
    const start = rowStart + cell.index + (earlier ? 1 : 0);
    const column = listTableColumn(text.slice(headerStart, start));
    if (!column) continue;
    const ownPeriod = listCellPeriod(row, cell.index, cell[0].length);
    const own = ownPeriod?.year;
    const year = own ?? period?.year;
    cells.push({
      start,
      end: start + cell[0].length - (earlier ? 2 : 0),
      kind: column.kind,
      headerStart,
      rowEnd,
      ...(year !== undefined ? { year } : {}),
      // A title that sets the rows against a plan or names a decision makes each row an outturn
      // or a charge set, whatever year the title names; a decision's, whatever year the row names
      // too ("Approved ARR for the control period (Rs crore)" ⏎ "2035-36: 1,934.48": the year the
      // level decided is for, v154).
      ...((outturn && own === undefined) || outturn === 'decided' ? { actual: true } : {}),
      ...((ownPeriod ?? period)?.fiscal === true ? { fiscal: true } : {}),
      listed: true,
    });
  }
  return cells;
}

/**
 * The year a list cell is of, when its row says it: the year or fiscal year that is its label
 * ("2024/25: 6.1", the year it ends in) or that follows it ("BCG: 93.1 in 2025; 92.4 in 2024"), so
 * its status goes by its year as a year table's column does.
 * @example listCellYear('2024/25: 6.1', 9, 3) // 2025
 * @example listCellYear('BCG: 93.1 in 2025; 92.4 in 2024', 5, 4) // 2025
 * @example listCellYear('North: 4.0', 7, 3) // undefined
 */
export function listCellYear(row: string, at: number, length: number): number | undefined {
  return listCellPeriod(row, at, length)?.year;
}

/** listCellYear's year, and whether the row writes it as a fiscal year over two years ("FY2032-33:
 *  7.1", "2024/25: 6.1"), which ends in the month the document's fiscal years end in (v195), as a
 *  column's or a title's does. */
function listCellPeriod(
  row: string,
  at: number,
  length: number,
): { year: number; fiscal: boolean } | undefined {
  const tail = TAIL_YEAR_RE.exec(row.slice(at + length));
  const lead = row.slice(0, at);
  const own = lead.slice(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf('|')) + 1);
  const label = LABEL_YEAR_RE.exec(own) ?? LABEL_YEAR_RE.exec(lead.slice(0, lead.indexOf(':') + 1));
  const m = tail ?? label ?? CELL_YEAR_BEFORE_RE.exec(lead);
  if (!m) return undefined;
  const first = Number(m[1]);
  // "FY 2032: 2.74": one year after the prefix ends where the publisher's fiscal year does, which
  // the row does not tell; the row keeps no year of its own, as before v195 (a US fiscal year is
  // over in October).
  if (m[2] === undefined) return /FY/i.test(m[0]) ? undefined : { year: first, fiscal: false };
  const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  return second === first + 1 ? { year: second, fiscal: true } : undefined;
}

/**
 * The cells of tables whose rows are years: a line of column labels (columnLabels) right over
 * rows that open with a year and hold one bare cell a label, each cell read by yearRowColumn with
 * the quote opening at the nearest of the two lines above the labels that states a unit (or at
 * the labels). A column whose label names a level under a title of changes is skipped; the first
 * line that is no such row ends the table.
 * @example rowsOfYears('(Annual % change)\nGDP; CPI\n2034: 1.0; 2.0', lines).length // 2
 */
function rowsOfYears(text: string, lines: [number, number][]): TableCell[] {
  const cells: TableCell[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [labelsStart, labelsEnd] = lines[i - 1]!;
    const labels = columnLabels(text.slice(labelsStart, labelsEnd)).length;
    if (labels === 0) continue;
    const headerStart = unitTitleAbove(text, lines, i - 1);
    for (; i < lines.length; i++) {
      const [rowStart, rowEnd] = lines[i]!;
      const run = YEAR_ROW_RE.exec(text.slice(rowStart, rowEnd));
      if (!run) break;
      const found = [...run[2]!.matchAll(CELL_RE)];
      if (found.length !== labels) break;
      const runStart = rowStart + run.index + run[0].lastIndexOf(run[2]!);
      for (const cell of found) {
        const start = runStart + cell.index;
        const column = yearRowColumn(text.slice(headerStart, start));
        if (column) cells.push(yearCell(start, cell[0], column, headerStart, rowEnd));
      }
    }
  }
  return cells;
}

/**
 * Where a table's quote opens: the nearest of the TITLE_LINES lines right above line `at` (no
 * blank line between) that states a unit, else line `at` itself.
 * @example unitTitleAbove('(% change)\n 2034 2035', lines, 1) // 0
 */
function unitTitleAbove(text: string, lines: [number, number][], at: number): number {
  // "Table 3: Projected Fund account (£ billion)" ⏎ ⏎ "| | 2032-33 | 2033-34 |": the empty line a
  // page sets between a title and its heads parts nothing (v152); one within the title ends it.
  let top = at - 1;
  if (top >= 0 && text.slice(...lines[top]!).trim() === '') top--;
  const piped = /^[ \t]*\|/.test(text.slice(...lines[at]!));
  for (let k = top; k >= Math.max(0, top + 1 - TITLE_LINES); k--) {
    const [s, e] = lines[k]!;
    const line = text.slice(s, e);
    if (line.trim() === '') break;
    // "(Annual percentage change)", or a money unit: "(₹ crore)" over "Particulars 2030-31 2031-32",
    // or over a pipe table's years a currency with no scale ("(SEK)", v273).
    if (yearTableUnit(line) || moneyRow(line.trimEnd()) || (piped && pipePriceTitle(line)))
      return s;
  }
  return lines[at]![0];
}

/** A cell of a table with a year for each cell (its column's or its row's). */
function yearCell(
  start: number,
  words: string,
  column: { kind: TableCell['kind']; year: number; fiscalNamed?: boolean },
  headerStart: number,
  rowEnd: number,
): TableCell {
  return {
    start,
    end: start + words.length,
    kind: column.kind,
    headerStart,
    rowEnd,
    year: column.year,
    ...(column.fiscalNamed === true && { fiscalNamed: true }),
  };
}
