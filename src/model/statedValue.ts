// Reads the number a figure's own words state ("increased 40%", "had doubled", "$8 billion",
// "Ninety-five percent", "0.4 percentage points lower"), so validation can check that `value`
// agrees with the text. Built on numberVocabulary.ts, the vocabulary the extractor uses too.
// Pure; no I/O, no Svelte.

import type { FigureKind, Unit } from './figure.ts';
import {
  WESTERN_AMOUNT_NUMBER as AMOUNT_NUMBER,
  CURRENCY_SIGN,
  CURRENCY_WORD,
  HUNDREDTH_LETTER_RE,
  HUNDREDTH_WORD_RE,
  FROM_CURRENT,
  BASIS_POINTS_RE,
  DECREASE,
  DECIMAL_FOLD_RE,
  DIGIT_TIMES_RE,
  WORD_TIMES_RE,
  POINT_AND_A_HALF,
  PERCENT_AND_A_HALF,
  DOWN_NOUN,
  DOWN_VERB,
  UP_VERB,
  FRACTION,
  FRACTION_OF_EARLIER,
  FRACTION_CHANGE_NOUN,
  FRACTION_SCALE_AMOUNT,
  FRACTION_DIGITS,
  FRACTION_OF_A,
  FROM_PERCENT_TO_BEFORE,
  HALF_THE,
  labelScale,
  NOT_OF_A_PERCENT,
  OF_A_PERCENT,
  MULTIPLIERS,
  LEVEL_PERIOD,
  NAMED_PERCENT_CHANGE,
  NEAR_HEDGE,
  NUMBER,
  LIST_NUMBER,
  NUMBER_WORD,
  HUNDREDS_NUMBER_WORD,
  PERCENT,
  WRITTEN_POINTS as POINTS,
  SCALE,
  SCALE_AFTER_SIGN,
  WRITTEN_MINUS,
  MINUS_AFTER_SIGN,
  currenciesOf,
  readJapaneseStated,
  readRussianAmount,
  RUSSIAN_DECREASE,
  RUSSIAN_LOWER_BY,
  OTHER_DOLLARS,
  PLUS_MINUS,
  readFraction,
  readGermanFraction,
  readOneIn,
  readNumber,
  readScaled,
  scaleOf,
  stackedGroups,
  westernGroups,
  yenSign,
  closeSpacedGroups,
  firstEndTakesScale,
  RATIO_BASE_AFTER_RETURN,
} from './numberVocabulary.ts';
import { priorBracketWords } from './bracketedPrior.ts';
import { signedExec, signedPattern, type SignSlots } from './looseSign.ts';
import { columnPrice, columnScale, fallColumnCell, pipeCell } from './pipeColumn.ts';
import {
  MONTH_NAME,
  YEAR_LABEL_RE,
  markedYearHead,
  plainHeads,
  type PlainHeads,
} from './periodHeads.ts';
import { plainCompanions, plainLabelNumber } from './pipeCompanion.ts';

export interface StatedReading {
  value: number;
  unit: Unit;
}

/** What the quote around the stated words says: the one currency its sentence names, which a
 *  bare "1.7599 billion" after "2.296 billion US dollars" is counted in. */
export interface StatedContext {
  currency?: Unit;
  /** The quote's words before the stated ones. For a bare number in a table ("11.75" under a
   *  header line "Rate (percent) Change (basis points)" at the quote's top), the header gives the
   *  column's unit (tableColumn). */
  lead?: string;
  /** The sentence's words after the stated ones: a bracket and the unit after it ("SEK 512.6
   *  (478.3) billion") give the stated number its unit (bracketedPrior.ts). */
  after?: string;
}

/** A table cell's unit, written in brackets in the header: "(percent)", "(%)", "(bp)",
 *  "(basis points)", "(percentage points)". */
const TABLE_UNIT_RE =
  /\((?:in\s+)?(%|per\s?cent|percent|percentage\s+points?|pp|p\.p\.|basis\s+points?|bps?|b\.p\.)\)/gi;
/** A header line whose last cell ends with its unit in brackets (a pipe or spaces may follow). */
const HEADER_END_RE = /\)[\s|]*$/;
/** A bare number of a table cell, with its written sign: "11.75", "+125", "-0.25", or a negative
 *  in brackets as accounts and fiscal tables write it: "(2.7)". */
export const TABLE_CELL = String.raw`(?:[-+–−‑]?\d[\d,]*(?:\.\d+)?|\(\d[\d,]*(?:\.\d+)?\))`;
/** A list cell whose thousands a space parts, as EU institutions, central banks and statistics
 *  offices in much of Europe write them: "21 905.4", "197 423.0", "(1 204.5)". A list row parts
 *  its cells by ";" or "|", never by a space, so the groups are one number there (exported for the
 *  table reader, which tries it before TABLE_CELL). */
export const SPACED_CELL = String.raw`(?:[-+–−‑]?(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d,])|\(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?\))`;
const BARE_CELL_RE = new RegExp(String.raw`^(?:${SPACED_CELL}|${TABLE_CELL})$`);
/** A percent alone in a cell, with no sign written: "49%", "9.8 per cent". */
const UNSIGNED_PERCENT_CELL_RE = /^\s*(\d[\d,]*(?:\.\d+)?)\s?(?:%|per\s?cent|percent)\s*$/i;
/** A list cell that gives two ends, low first, parted by a dash: "20–30", "4-6", "0.5–1.0", as
 *  trade-remedy findings, merger decisions and regulators give a confidential margin or share in
 *  a band ("dumping margin 20–30 | injury margin 10–20" under "Dumping margin and injury margin
 *  (%)"); a year span ("2030–31") is no such cell. Read by readStatedRange with the lead. */
export const RANGE_CELL = String.raw`(?<![\d.,])(?!(?:19|20)\d\d[–‒-])\d[\d,]*(?:\.\d+)?[–‒-]\d[\d,]*(?:\.\d+)?(?![\d.,]*\d)`;
/** A footnote's sign right after a table's cell, which says what kind of number the cell is
 *  (provisional, revised, estimated), no number of its own: "4.2*", "1,741.9†", "9.4¹", "76.1 [p]",
 *  "75.9 [r]". Statistics offices, labour-market releases, central banks and ministries mark their
 *  latest cells so; the cell is still the row's cell for its column (v97). */
export const CELL_MARK = String.raw`(?:\*{1,3}|[†‡§]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|[^\S\n]?\[[a-z]\])`;
const CELLS_RE = new RegExp(TABLE_CELL, 'g');
/** A cell of a run whose thousands a single space parts, maybe marked ("1 142", "21 905.4*"). */
const SPACED_RUN_CELL_RE = new RegExp(String.raw`^(?:${SPACED_CELL}|${TABLE_CELL})${CELL_MARK}?$`);
/** Within a run, a gap wider than one space after a cell: two spaces or more, a tab, a pipe. */
const WIDE_GAP_RE = /\d\*?(?:[ \t]{2,}|\t|[ \t]*\|)/;

/**
 * The cells of a run of bare cells, each with its index in the run: one a number, unless the run
 * parts its cells by wide gaps (two spaces or more, a tab, a pipe) and a single space parts the
 * thousands of one of them, as Swedish, French and Polish tables write them ("1 142    1 203    1
 * 239" is three cells, v152); a run whose gaps are all one space keeps one cell a number.
 * @example runCells('1 142    1 203    1 239').map((c) => c.text) // ['1 142', '1 203', '1 239']
 * @example runCells('12 345').map((c) => c.text) // ['12', '345']
 */
export function runCells(run: string): { index: number; text: string }[] {
  const plain = [...run.matchAll(CELLS_RE)].map((m) => ({ index: m.index, text: m[0] }));
  if (!/\d[ \u00a0\u202f]\d{3}(?![\d,])/.test(run) || !WIDE_GAP_RE.test(run)) return plain;
  const pieces = [...run.matchAll(/[^\s|]+(?:[ \u00a0\u202f][^\s|]+)*/g)];
  if (!pieces.every((p) => SPACED_RUN_CELL_RE.test(p[0]))) return plain;
  return pieces.map((p) => ({
    index: p.index,
    text: p[0].replace(new RegExp(`${CELL_MARK}$`), ''),
  }));
}

/** The run of bare cells that ends a row's words (tabs, spaces or pipes between them). */
const ROW_CELLS_BEFORE_RE = new RegExp(
  String.raw`(?:^|[\s|])((?:${TABLE_CELL}${CELL_MARK}?[\s|]+)*)$`,
);
/** The words of a column that name a change, right before its unit: "Change (%)", "growth (%)". */
const CHANGE_COLUMN_RE =
  /\b(?:changes?|growth|increases?|decreases?|rises?|falls?|y\/y|yoy|[ymq]-o-[ymq]|year-on-year)\s*$/i;

/** What a table's header says a column holds. */
export interface TableColumn {
  kind: 'share' | 'change';
  unit: 'percent' | 'percentage-points';
  /** Basis points: the cell is a hundredth of a percentage point. */
  basis: boolean;
}

/**
 * How many columns a table's header line gives a unit in brackets, the last one ending the line;
 * 0 for a line that is no such header.
 * @example tableHeaderUnits('Rate Previous (%) Change (bp) New (%)') // 3
 * @example tableHeaderUnits('Inflation (CPI) rose 2.1% (y/y).') // 0
 */
export function tableHeaderUnits(line: string): number {
  if (!HEADER_END_RE.test(line)) return 0;
  const labels = line.match(TABLE_UNIT_RE)?.length ?? 0;
  return labels >= 2 ? labels : 0;
}

/**
 * The column of a bare cell from the words before it: the quote's first line is a header with at
 * least two units in brackets, the last one ending the line; the cell's row (the lead's last
 * line) has the cell's run of bare numbers before it, whose length is its column among them.
 * Undefined for anything else, so prose is never read as a table.
 * @example tableColumn('Rate Previous (percent) Change (basis points) New (percent)\nBase rate 4.25 ') // { kind: 'change', unit: 'percentage-points', basis: true }
 */
export function tableColumn(lead: string): TableColumn | undefined {
  const firstBreak = lead.indexOf('\n');
  if (firstBreak < 0) return undefined;
  const header = lead.slice(0, firstBreak);
  if (tableHeaderUnits(header) === 0) return undefined;
  const labels = [...header.matchAll(TABLE_UNIT_RE)];
  const row = lead.slice(lead.lastIndexOf('\n') + 1);
  const run = ROW_CELLS_BEFORE_RE.exec(row);
  if (!run) return undefined;
  const column = run[1]!.match(CELLS_RE)?.length ?? 0;
  const label = labels[column];
  if (!label) return undefined;
  const name = label[1]!.toLowerCase();
  if (/^(?:%|per\s?cent|percent)$/.test(name)) {
    const before = header.slice(0, label.index);
    return {
      kind: CHANGE_COLUMN_RE.test(before) ? 'change' : 'share',
      unit: 'percent',
      basis: false,
    };
  }
  return { kind: 'change', unit: 'percentage-points', basis: /^b/.test(name) };
}

/** A column's year on a year line: a calendar year, "2031", or a fiscal year written with its
 *  second year's last two digits, "2031–32", "2031-32", "2031/32", or in full, "2031-2032" (v195), or after the fiscal-year prefix
 *  budget offices, ministries and companies head their columns with ("FY2031", "FY 2031",
 *  "FY2030/31"); either may carry the sign of a footnote or the letter that marks an estimate, a
 *  forecast or a projection ("2036*", "2035-36†", "2035e", "2036f", "2036P"), alone or in brackets
 *  ("2031-32(P)", "2033 (p)": the same letter, as Indian and South African tables mark a provisional
 *  year, v140), which says what kind of number the column holds, no year of its own. */
export const HEADER_YEAR = String.raw`(?:FY[^\S\n]?)?(?:19|20)\d\d(?:[–\-/](?:(?:19|20)(?=\d\d(?!\d)))?\d\d(?!\d))?(?:\*{1,3}|[†‡]|[efpEFP](?![A-Za-z])|[^\S\n]?\([efpEFP]\))?`;
/** After a year line's last year, words that leave its column open at the end, as actuarial
 *  reports and long-term assumptions head their last column: "2040-2041 and after", "2045
 *  onwards", "2050 and beyond" (v195). The column is of that year. */
export const OPEN_END_YEAR = String.raw`(?:[^\S
]+(?:and[^\S
]+(?:after|beyond|later|thereafter)|onwards?))?`;
/** After a year line's years, a last column of the percent change between them, as results
 *  statements, annual reports and budget summaries head it: "Change (%)", "Change, %", "% change",
 *  "% chg.", "Var. %", "y/y (%)", "Δ %". Its unit must be written: a bare "Change" may be a sum. */
export const YEAR_CHANGE_COLUMN = String.raw`(?:(?:%|[Pp]er\s?[Cc]ent|[Pp]ercent)\s*(?:[Cc]hange|[Cc]hg\.?|[Vv]ar\.?|[Gg]rowth)|(?:[Cc]hange|CHANGE|[Cc]hg\.?|[Gg]rowth|[Vv]ar\.?|[Vv]ariation|y\/y|[Yy]o[Yy]|Δ)\s*,?\s*(?:\(\s*(?:%|per\s?cent|percent)\s*\)|%))`;
/** After a pipe table's years, a last column of the change between them in percentage points,
 *  as statistics offices head it over their rates: "Change, percentage points", "Change on quarter
 *  (percentage points)", "Qtr-to-qtr change (percentage points)" (v283). */
const POINTS_CHANGE_HEAD = String.raw`(?:[\w-]+[ \t]+)?(?:[Cc]hange|CHANGE)(?:[ \t]+on[ \t]+(?:the[ \t]+)?(?:previous[ \t]+)?[a-z]+)?(?:,[ \t]*|[ \t]*\([ \t]*)(?:percentage[ \t]+points?|pp|p\.p\.)\)?`;
const POINTS_CHANGE_HEAD_RE = new RegExp(`^${POINTS_CHANGE_HEAD}$`);
/** After a pipe table's years, a last column of the change between them whose unit each cell
 *  writes ("| Monthly change |" over "| 0.1 pts |", "| Quarterly change |", "| Annual change |"): its
 *  bare cells are none, the heads before it still years (v283). */
const BARE_CHANGE_HEAD = String.raw`(?:(?:[Mm]onthly|[Qq]uarterly|[Aa]nnual|[Yy]early)[ \t]+change|Change)`;
const BARE_CHANGE_HEAD_RE = new RegExp(`^${BARE_CHANGE_HEAD}$`);
/** Either, only as a pipe table's head. */
const PIPE_CHANGE_COLUMN = String.raw`(?<=\|[ \t]*)(?:${POINTS_CHANGE_HEAD}|${BARE_CHANGE_HEAD})`;
/** A cell a results table leaves empty in its change column, a dash or "n.m." ("EBIT adjusted
 *  (412) (1,036) –": no change is stated from a loss to a loss); no cell, and no end of the row. */
/** A cell between pipes that says its column has no figure ("| nil |", "| – |", "| n.a. |"), as
 *  tax policy papers and budget tables write a year with no effect (v163), or that writes its sum
 *  with its currency's sign ("| €1,018.22 |"), the sentence reader's, which holds its column's
 *  place before a change column's bare cell (v283). */
const BLANK_CELL_RE = /(?<=\|[ \t]*)(?:nil|[–—‑−-]|n\.?\s?[am]\.?|n\/a)(?=[ \t]*\|)/gi;
const SIGNED_SUM_CELL_RE =
  /(?<=\|[ \t]*)[A-Z]{0,3}[$€£¥₹₱₦₩][^\S\n]?\d[\d,]*(?:\.\d+)?(?=[ \t]*\|)/g;

/**
 * A table row with each blank cell between pipes written as a zero of the same length, so the
 * cells after it keep their columns; its zeros are no figures.
 * @example blankCellsAsZero('| Impact (£m) | nil | +610 |') // '| Impact (£m) | 0   | +610 |'
 */
export function blankCellsAsZero(line: string, sums = true): string {
  const blank = line.replace(BLANK_CELL_RE, (m) => '0'.padEnd(m.length));
  return sums ? blank.replace(SIGNED_SUM_CELL_RE, (m) => '0'.padEnd(m.length)) : blank;
}

/** A markdown table's rule line under its header: "| --- | :---: |". */
export const PIPE_RULE_RE = /^[ \t]*\|[ \t|:-]*$/;
export const EMPTY_CELL_RE = /[ \t|]+(?:[–—‑−-]|n\.?\s?[am]\.?|n\/a)[ \t|]*$/i;
/** A change column's cell that writes its percent sign ("| -13% |"), as quarterly releases do: the
 *  sentence reader reads it, and the row's bare cells end before it (v222). */
export const PERCENT_CELL_END_RE =
  /[ \t|]+[-+–−‑]?\d[\d,]*(?:\.\d+)?[^\S\n]?(?:%|(?<=\|[^|\n]*)(?:pts?\.?|points?|pp)(?![\w.]))[ \t|]*$/;
/** In a year line's label, a bracket with a digit in it, as accounts and statistics offices name
 *  a unit in thousands or a scale written as a number: "Student loans ($000)", "Borrowings
 *  (£'000)", "Expenditure (10,000 yuan)" (v188); whether it names a unit is the title's reading
 *  (moneyRow), not the year line's. No pipe or other bracket inside. */
const LABEL_BRACKET_WITH_DIGIT = String.raw`\([^()\d\n|]{0,30}\d[^()\n|]{0,30}\)`;
/** A header line of year columns after an optional label with no digit but in a bracket
 *  (LABEL_BRACKET_WITH_DIGIT): "2030   2031   2032",
 *  "Exports        2031   2032   2033", "2031–32   2032–33" (fiscal years), but for the day of a
 *  year-end the label names ("Year ended 30 June   2033   2034", "Year ending 31 March", "Fiscal
 *  year ended June 30"), and maybe a last column of the change between them ("(PLN million)   2032
 *  2031   Change (%)", group 2) or of their total ("Particulars   2032-33   2033-34   Total", group
 *  3), as appraisals and capital plans phase a cost (v126). */
export const YEAR_HEADER_RE = new RegExp(
  String.raw`^(?:(?:[^\d\n]|(?<=\bend(?:ed|ing)\s(?:[A-Z][a-z]+\.?\s)?)\d{1,2}\b|${LABEL_BRACKET_WITH_DIGIT})*[\s|])?((?:${HEADER_YEAR}[ \t|]+)+${HEADER_YEAR}${OPEN_END_YEAR})(?:[ \t|]+(${YEAR_CHANGE_COLUMN}|${PIPE_CHANGE_COLUMN})|[ \t|]+(Total|TOTAL))?[ \t|]*$`,
);
/**
 * A pipe table's year line whose heads carry a mark, a quarter or a month (plainHeads), written
 * as the years alone when that makes it a line of years; any other line as it is, with no marks.
 * `months` false leaves month heads as they are.
 * @example plainYearLine('| | 2033 Q4 | 2034 Q4 |').line // '| | 2033    | 2034    |'
 * @example plainYearLine('| July 2033 | 4.1 |').line // '| July 2033 | 4.1 |'
 */
export function plainYearLine(line: string, months = true): PlainHeads {
  const heads = plainHeads(line, months);
  return heads.line !== line && YEAR_HEADER_RE.test(heads.line)
    ? heads
    : { line, actual: [], endMonth: [] };
}
/** A span of months a column's head names before its year, as quarterly releases head the same
 *  months of two years: "Jul to Sep", "April–June", "Jan-Mar" (v222). */
const MONTH_SPAN = String.raw`${MONTH_NAME}(?:[^\S\n]+(?:to|through)[^\S\n]+|[^\S\n]?[-–][^\S\n]?)${MONTH_NAME}`;
/** A column's head that dates its column with more than a year: a month, a quarter or a half
 *  before it ("August 2033", "Q4 2033", "H1 2033": v140) or a mark in brackets after it ("2031-32 (Final)", "2032-33 (4th AE)", "2033 (Prov.)"),
 *  as statistics offices head the two periods a table of counts or quantities sets side by side. */
const DATED_HEAD = String.raw`(?:(?:${MONTH_SPAN}|${MONTH_NAME}|Q[1-4]|H[12])[^\S\n]+)?${HEADER_YEAR}(?:[^\S\n]?\([^()%\n]{1,12}\)|[^\S\n]?\[[^[\]%\n]{1,12}\])?`;
/**
 * A header line of dated columns that ends with the percent change between them, which YEAR_HEADER_RE
 * does not read: "Species   August 2032   August 2033   Change (%)", "Crop   2031-32 (Final)
 * 2032-33 (4th AE)   Change (%)". Only the change column is read under it (its other columns are
 * of the periods the heads name, whose status their year alone does not tell). Group 1 is the
 * heads, group 2 the change column.
 */
export const DATED_CHANGE_HEADER_RE = new RegExp(
  String.raw`^(?:[^\d\n]*[\s|])?((?:${DATED_HEAD}[ \t|]+)+${DATED_HEAD})[ \t|]+(${YEAR_CHANGE_COLUMN})[ \t|]*$`,
);

/** A day of a month, as a date column's head writes it: "31", "1st". */
const DAY_OF_MONTH = String.raw`(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?`;
/** A column's head that is a month of a year, the year maybe cut to two digits: "Dec-32",
 *  "Jan-33", "Mar 2033", "Sept. 2033", as statistics offices head their monthly growth tables;
 *  or a day of it, the year written whole, either way round: "31 March 2034", "June 30, 2034",
 *  as pension valuations, balance sheets and reserve statements head the dates they compare
 *  (v188). */
const MONTH_HEAD = String.raw`(?:${DAY_OF_MONTH}[^\S\n]+${MONTH_NAME}[^\S\n]+(?:19|20)\d\d|${MONTH_NAME}[^\S\n]+${DAY_OF_MONTH},?[^\S\n]+(?:19|20)\d\d|${MONTH_NAME}(?:[-–/ ]|[^\S\n]+)['’]?(?:(?:19|20)\d\d|\d\d))(?![\d.,])`;
/**
 * A header line of month columns after an optional label with no digit (v140): "Dec-32   Jan-33
 * Feb-33   Mar-33", "Indicator   Jan 2033   Feb 2033". Its rows must name their unit in their own
 * label ("Year-on-year, unadjusted (% change)"); each cell is of its column's month. Group 1 is the
 * heads.
 */
export const MONTH_HEADER_RE = new RegExp(
  String.raw`^(?:[^\d\n]*[\s|])?((?:${MONTH_HEAD}[ \t|]+)+${MONTH_HEAD})[ \t|]*$`,
);

/**
 * The year and month (1–12) each head of a month header line stands for, a two-digit year in this
 * century.
 * @example monthHeads('Dec-32   Jan-33') // [{ year: 2032, month: 12 }, { year: 2033, month: 1 }]
 */
export function monthHeads(heads: string): { year: number; month: number }[] {
  const names = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
  return [
    ...heads.matchAll(
      /([A-Za-z]{3})[a-z]*\.?(?:[^\S\n]+\d{1,2}(?:st|nd|rd|th)?,?(?=[^\S\n]+\d{4}))?(?:[-–/ ]|[^\S\n]+)['’]?(\d{2,4})/g,
    ),
  ].map((m) => ({
    month: names.indexOf(m[1]!.toLowerCase()) + 1,
    year: m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]),
  }));
}

/**
 * The year each column of a year line's years stands for: a calendar year itself, a fiscal year
 * the year it ends in (its second, "2031–32" is 2032). Undefined when a fiscal year's two years
 * do not follow each other ("2031-35" is a range of years, no column of one year).
 * @example headerYears('2031–32   2032–33') // [2032, 2033]
 */
export function headerYears(years: string): number[] | undefined {
  const found: number[] = [];
  for (const m of years.matchAll(/((?:19|20)\d\d)(?:[–\-/]((?:19|20)\d\d|\d\d)(?!\d))?/g)) {
    const first = Number(m[1]);
    if (m[2] === undefined) found.push(first);
    // "2033-34" or "2033-2034": the fiscal year ends in the second (v195).
    else if (Number(m[2]) === (m[2].length === 4 ? first + 1 : (first + 1) % 100))
      found.push(first + 1);
    else return undefined;
  }
  return found;
}
/** A line under the years that marks columns, no cells: "Proj.  Proj.", "Est.  Forecast". */
export const YEAR_MARKS_RE =
  /^[ \t|]*(?:(?:proj|projected|projections?|est|estimated?|estimates?|prel|prelim|preliminary|forecasts?|f|e|p|act|actual|outturn)\.?[ \t|]*)+$/i;
/** A line of a few words and nothing else (no digit, bracket or sentence's stop) between a year
 *  line and its rows or among the rows, heading the group of rows under it: "DEMOGRAPHY", "Real
 *  sector", "National accounts", "Income statement", "Memorandum items:". Abstracts, yearbooks,
 *  staff reports, fiscal summaries and five-year summaries group their rows so; the rows under it
 *  keep the table's years and title, so it ends no table. A line that names a unit in brackets,
 *  holds a number or ends a sentence is no such heading. */
export const GROUP_HEADING_RE = /^[ \t|]*\p{L}[\p{L}'’&,-]*(?:[ \t]+[\p{L}'’&,-]+){0,4}:?[ \t|]*$/u;
/** After a row label's or title's unit and a comma, the period or basis the unit covers, naming
 *  no other unit: "(%, Q4 average)", "(per cent, end of period)", "(NZ$ million, year to June)",
 *  "(€ million, current prices)", "(R billion, nominal)", up to three of them ("(£ million, outturn
 *  prices, including VAT)", v200). A second unit ("(€ million, % of total)"), a count, a change,
 *  a rate of exchange or an index base ("(%, 2030=100)") is none. */
const UNIT_QUALIFIER = String.raw`(?:,\s*(?![^()\n]*(?:%|\bper\b|\bpercent|\bpoints?\b|\bnumbers?\b|\bcounts?\b|\bchanges?\b|\bgrowth\b|=|\bbase\b|\bindex\b))[^()\n,;]{1,40}){1,3}`;
/** A bracket whose words say what the row measures and whose last item, after a comma, is its
 *  unit in percent: "SMEs (share of exporters supported, %)", "(annual change, per cent)" (v172);
 *  words that are a unit of their own ("Jobs (number, %)") are none. Group 1 is the words. */
const WORDS_THEN_PERCENT = String.raw`\((?!\s*(?:numbers?|no\.|counts?|units?|thousands?|millions?|billions?|persons|people)\s*[,;])([^()\n,;]{1,60})[,;]\s*(?:%|percent|per\s?cent)\)`;
const WORDS_THEN_PERCENT_RE = new RegExp(WORDS_THEN_PERCENT, 'i');
/** A column of relative changes in percent: "(percent change)", "Annual percentage change",
 *  "annual % change", "percent growth", the abbreviated "(y/y % chg.)". */
const YEARLY_CHANGE_UNIT_RE =
  /(?:\b(?:percent(?:age)?|per\s?cent)|%)\s+(?:changes?|growth|chg\b|increases?\b|rises?\b)|\bgrowth\s+rates?\b|\(\s*(?:%|percent|per\s?cent)\s+y\/y\s*\)/i;
/** A row label's or title's head, before any comma, that names a holding's return over a period
 *  ("Return, total reserves (percent)", "Total return (%)", "Return on the reserves (percent)"):
 *  what the portfolio earned, a change, as funds' and reserve managers' key figures list it; a
 *  return on equity, assets or capital and an internal rate of return are ratios (v106). */
const RETURN_HEAD_RE = new RegExp(
  String.raw`^(?:[\w'’-]+\s+){0,3}?(?<!\binternal\s+rate\s+of\s+)returns?\b(?!${RATIO_BASE_AFTER_RETURN})`,
  'i',
);
/** A title's or row label's head, before any comma, that names the rises of a price as its noun,
 *  a participle or a phrase after it at most: "Tuition fee increases applied by universities",
 *  "Rent rises" (v211); a count or part of them ("Number of fee increases", "Share of rises") and
 *  a rate named by them ("Increase rate") are none. */
const RISE_HEAD_RE =
  /^(?!.*\b(?:shares?|numbers?|proportions?|counts?|percentages?)\s+of\b)(?:[\w'’-]+\s+){0,3}?(?:increases?|rises?|uplifts?)\b(?!\s+(?:rates?|ratios?|shares?)\b)/i;
/** A column of levels in percent of a whole: "(percent of GDP)", "% of labour force", a bare "(%)". */
const YEARLY_SHARE_UNIT_RE = new RegExp(
  String.raw`(?:\b(?:percent|per\s?cent)|%)\s+of\s+\p{L}|\((?:in\s+)?(?:%|percent|per\s?cent)(?:${UNIT_QUALIFIER})?\)|${WORDS_THEN_PERCENT}`,
  'iu',
);
/** A row that names a level, which a title's "percentage changes" does not cover ("Unemployment
 *  rate", "Current account balance", "Household saving ratio"): its unit must be its own. */
const LEVEL_ROW_RE = /\b(?:rates?|ratios?|balances?|shares?|levels?)\b/i;
/** A row label that ends with its unit in percent after a comma, no bracket: "Policy rate, per
 *  cent", "Repo rate, %". Group 1 is the words before the comma. */
const LABEL_THEN_PERCENT_RE =
  /^[\s|]*([^\n,()]*\p{L}[^\n,()]*),\s*(?:%|per\s?cent|percent)[\s|]*$/iu;
/** A title's unit that names both a change and a level, each row's by what the row names:
 *  "(four-quarter growth or rate, per cent)", "(% change or level)". */
const GROWTH_OR_RATE_RE = /\b(?:growth|changes?)\s+or\s+(?:rates?|levels?)\b/i;
/** A row that names an index or a deflator as its head noun ("Consumer price index", "Index of
 *  industrial production", "GDP deflator", not "Index-linked bonds"). */
const INDEX_ROW_RE = /\b(?:ind(?:ex|ices)|deflators?)\b(?!-)/i;
/** An index that states a level, not a quantity or price moving: a survey's index of sentiment
 *  or activity ("Consumer confidence index", "Purchasing managers' index", "diffusion index") or
 *  an index on its base period ("Export price index (2030=100)"). */
const LEVEL_INDEX_RE =
  /\b(?:confidence|sentiment|climate|expectations|purchasing\s+managers|PMI|diffusion|misery|human\s+development|competitiveness|freedom|perception|uncertainty|stress|condition)\b|=\s*100\b|\bbase\b/i;

/**
 * Whether a row label names a level, which a title of changes does not cover: a rate, a balance,
 * a ratio ("Unemployment rate", "Current account balance"), or an index of sentiment or on its
 * base period. A price or volume index under a title of changes is the index's change, as
 * country notes list "Consumer price index 3.9" under "(Annual percentage change, volume)".
 * @example levelRow('Consumer confidence index') // true
 * @example levelRow('Consumer price index') // false
 */
function levelRow(label: string): boolean {
  if (LEVEL_ROW_RE.test(label)) return true;
  return (
    /\b(?:ind(?:ex|ices)|deflators?)\b/i.test(label) &&
    (!INDEX_ROW_RE.test(label) || LEVEL_INDEX_RE.test(label))
  );
}

/** What a table of year columns says one of its cells holds, and the year of its column. */
export interface YearColumn {
  kind: 'share' | 'change' | 'amount';
  year: number;
  /** For a money row ("Revenue (R billion)"): the currency's sign or code and the scale. */
  money?: { sign: string; scale: number };
  /** The column's year is one year written after "FY" ("FY2031"): a fiscal year whose end the
   *  publisher's country tells (Japan names it by the year it starts in). */
  fiscalNamed?: boolean;
  /** The column is a change in percentage points ("Change, percentage points", v283). */
  points?: boolean;
}

/** A scale written as a number, as Chinese, Japanese and Korean tables put their units of 亿, 万 and
 *  千 into English: "100 million", "hundred million", "10,000", "ten thousand", "1,000" ("(100
 *  million yuan)", "(10,000 yuan)", "(Unit: 100 million won)", "(1,000 yen)"). */
const NUMBER_SCALE = String.raw`(?:(?:100|(?:one\s+|a\s+)?hundred)\s+millions?|(?:10|ten)\s+thousands?|10,?000|1,?000)`;
/** The value of a scale NUMBER_SCALE allows, or undefined for a scale word. */
function numberScale(written: string): number | undefined {
  if (/million/.test(written))
    return /^(?:100|(?:one\s+|a\s+)?hundred)\s/.test(written) ? 1e8 : undefined;
  if (/^(?:(?:10|ten)\s+thousands?|10,?000)$/.test(written)) return 1e4;
  return /^1,?000$/.test(written) ? 1e3 : undefined;
}
/** A scale a money row's bracket writes: "b", "bn", "billion", "m", "mn", "'000", "crore", and
 *  the abbreviations rating agencies and European and CIS statistics write, "bil.", "mil.",
 *  "thous.", "bln", "mln" ("Nominal GDP (bil. $)", "Revenue (EUR mln)"). "mil" bare is the Iberian
 *  thousand ("R$ mil") and needs its period to be the million. */
const MONEY_SCALE = String.raw`(?:thousands?|thous\.?|['’]000|millions?|mil\.|mln\.?|mn\.?|m|billions?|bil\.?|bln\.?|bn\.?|b|trillions?|tn\.?|crores?|cr\.?)`;
/** A scale right after a currency's sign, also the thousands as accounts write them with no
 *  apostrophe ("£000", "$000s"; v175); never after a number, where "000" is part of it. */
const SIGNED_SCALE = String.raw`(?:['’]?000s?|${MONEY_SCALE})`;
/** The written-out scale of an abbreviation MONEY_SCALE allows ("bil." billion, "mln" million),
 *  and the same abbreviations with their period, as South Asian and East African statistics
 *  offices, central banks and companies write them ("(Rs. Bn.)", "(KSh Bn.)", "(₹ Cr.)", "(US$
 *  Mn.)"; v97). "mil." keeps its own reading: the period makes the Iberian thousand a million. */
const ABBREVIATED_SCALE: Record<string, string> = {
  'bn.': 'billion',
  'bln.': 'billion',
  'mn.': 'million',
  'mln.': 'million',
  'tn.': 'trillion',
  'cr.': 'crore',
  'bil.': 'billion',
  bil: 'billion',
  bln: 'billion',
  'mil.': 'million',
  mln: 'million',
  'thous.': 'thousand',
  thous: 'thousand',
};
/** Before a money bracket's unit, the period or basis it covers, parted by a semicolon or a
 *  comma: "(fiscal years ended June 30; $ thousands)", "(years ended 31 March; £ million)", and
 *  so before a currency in words, "(fiscal years ended September 30; in millions of U.S.
 *  dollars)" (v163),
 *  "(calendar years, € thousand)", as bond offering statements and accounts title their tables
 *  (v126); one that names another unit first ("(% of revenue; $ thousands)") gives none. */
const UNIT_LEAD = String.raw`(?![^()\n]*(?:%|\bper\b|\bpercent|\bpoints?\b|\bnumbers?\b|\bcounts?\b|\bchanges?\b|\bgrowth\b|=|\bindex\b))[^()\n,;\d]*[^()\n,;]{0,30}[;,]\s*`;
/** After a money bracket's unit and a comma, what each sum is per: "(COP million, per
 *  household)", "(R thousand, per school)", "(KSh thousand, per hectare)" (v126: a sum per unit
 *  is still money, as "₹2,369 per quintal" is), or with no comma, "(₹ crore per MHz)" (v152);
 *  "per cent" is none. */
const MONEY_PER = String.raw`(?:,\s*|\s+)per\s+(?!cent\b)[a-z][a-z-]*`;
/** A row label that ends with a bracket naming a currency and a scale, either way round:
 *  "Underlying cash balance ($b)", "Revenue (R billion)", "Gross reserves (US$ million)", "Net cash
 *  flow (NOK bn)", "Revenue (£m)", "(in € million)", "(billion NOK)", and with the scale a number
 *  before the currency ("(100 million yuan)"; "(US$100 million)" is a sum) or after "Unit:",
 *  "(Unit: trillion won)", "(in millions of U.S. dollars)" (a currency in words, v152), and with
 *  "in" between the currency and its scale, as audit offices title their tables ("(₹ in crore)",
 *  "(Rs. in lakh)", v239). Groups 1
 *  and 2 are the currency and the scale, or 4 and 3. */
const MONEY_ROW_RE = new RegExp(
  String.raw`\((?:in\s+|units?\s*:\s*)?(?:${UNIT_LEAD}(?:in\s+)?)?(?:([^\s(),\d][^(),\d]{0,5}?)\s?(?:in\s+)?(${SIGNED_SCALE})|(${NUMBER_SCALE}|${MONEY_SCALE})\s+(?:of\s+)?([^\s(),\d][^(),\d]{0,20}?))(?:${UNIT_QUALIFIER}|${MONEY_PER})?\)\s*$`,
  'i',
);

/**
 * The currency and scale a year table's row label names in its closing bracket, as fiscal,
 * balance-of-payments and annual-report tables write their money rows; undefined for a label that
 * names no currency the contract knows or no scale ("Population (million)", "Exchange rate (R per
 * US$)", "Minimum wage (R)").
 * @example moneyRow('Underlying cash balance ($b)   ') // { sign: '$', scale: 1e9 }
 * @example moneyRow('Population (million) ') // undefined
 */
export function moneyRow(label: string): { sign: string; scale: number } | undefined {
  const m = MONEY_ROW_RE.exec(label.trimEnd());
  if (!m) return undefined;
  const sign = (m[1] ?? m[4]!).trim();
  const written = (m[2] ?? m[3]!).toLowerCase();
  const word = ABBREVIATED_SCALE[written] ?? written;
  if (currenciesOf(sign).length === 0) return undefined;
  const scale =
    numberScale(word) ?? (/000s?$/.test(word) ? 1e3 : scaleOf(word.replace(/(?<=.)s$/, '')));
  return scale > 1 ? { sign, scale } : undefined;
}

/**
 * The unit words of a year table's row label or title: a change, a share, or neither.
 * @example yearTableUnit('(Annual percentage change, volume)') // 'change'
 */
export function yearTableUnit(words: string): 'share' | 'change' | undefined {
  if (YEARLY_CHANGE_UNIT_RE.test(words)) return 'change';
  // "| Policy rate, per cent |": a row label that names a level and, after a comma, its percent,
  // with no bracket (v283: central banks' forecast tables write their rows so).
  const comma = LABEL_THEN_PERCENT_RE.exec(words);
  if (comma && LEVEL_ROW_RE.test(comma[1]!)) return 'share';
  if (YEARLY_SHARE_UNIT_RE.test(words)) {
    const bracket = /\(([^()]*)\)/.exec(words);
    if (!bracket) return 'share';
    // "(annual change, %)": the bracket's own words name a change (v172).
    const inner = WORDS_THEN_PERCENT_RE.exec(bracket[0]);
    if (inner && CHANGE_COLUMN_RE.test(inner[1]!)) return 'change';
    const before = words.slice(0, bracket.index);
    const head = before.split(',')[0]!.trim();
    return CHANGE_COLUMN_RE.test(before) || RETURN_HEAD_RE.test(head) || RISE_HEAD_RE.test(head)
      ? 'change'
      : 'share';
  }
  return undefined;
}

/**
 * The column of a bare cell in a table whose header line is years: the cell's row (the lead's
 * last line) has a label with a letter and the cell's run of bare numbers before it; between the
 * year line and the row come only rows of cells, blank lines and marks ("Proj."). The unit is
 * the row label's own in brackets ("Real GDP (percent change)"), else the lead's lines above the
 * years ("(Annual percentage change, volume)"), which a row naming a level does not take.
 * Undefined for anything else, so prose and tables of counts are never read.
 * @example yearTableColumn('(Annual percentage change)\n  2031  2032\nGDP  2.9 ') // { kind: 'change', year: 2032 }
 */
export function yearTableColumn(lead: string): YearColumn | undefined {
  // "| CPIF | 2.0 (2.3) |": a cell's companion in brackets holds no column's place (v283).
  const lines = lead
    .split('\n')
    .map((l) => blankCellsAsZero(plainYearLine(plainLabelNumber(plainCompanions(l))).line));
  if (lines.length < 2) return undefined;
  const row = lines[lines.length - 1]!;
  const run = ROW_CELLS_BEFORE_RE.exec(row);
  if (!run) return undefined;
  // "| Total assets (CHF million) | 4,862.5 |": a pipe table's label, its pipes no words of it.
  const label = row.slice(0, run.index).replace(/[\s|]+$/, ' ');
  if (!/\p{L}/u.test(label)) return undefined;
  let h = lines.length - 2;
  for (; h >= 0; h--) {
    const line = lines[h]!.replace(EMPTY_CELL_RE, '').replace(PERCENT_CELL_END_RE, '');
    if (
      YEAR_HEADER_RE.test(line) ||
      DATED_CHANGE_HEADER_RE.test(line) ||
      MONTH_HEADER_RE.test(line)
    )
      break;
    if (
      line.trim() === '' ||
      YEAR_MARKS_RE.test(line) ||
      GROUP_HEADING_RE.test(line) ||
      PIPE_RULE_RE.test(line)
    )
      continue;
    const cells = new RegExp(
      String.raw`[\s|]((?:${TABLE_CELL}${CELL_MARK}?[ \t|]+)*${TABLE_CELL}${CELL_MARK}?)[ \t|]*$`,
    ).exec(line);
    if (!cells || !/\p{L}/u.test(line.slice(0, cells.index))) return undefined;
  }
  if (h < 0) return undefined;
  const plain = YEAR_HEADER_RE.exec(lines[h]!);
  const datedHeader = plain ?? DATED_CHANGE_HEADER_RE.exec(lines[h]!);
  if (!datedHeader) {
    // "Year-on-year, unadjusted (% change)   2.1   -0.4" under "Dec-32   Jan-33": the row's own
    // unit, of its column's month (v140); a row that names none is not read.
    const months = monthHeads(MONTH_HEADER_RE.exec(lines[h]!)![1]!);
    const at = months[runCells(run[1]!).length];
    const unit = yearTableUnit(label);
    if (!at || at.month <= 0) return undefined;
    if (unit) return { kind: unit, year: at.year };
    // "| Assets (£ million) | 4,812 |" under "31 March 2034": a sum at its column's date (v188).
    const money = moneyRow(label);
    return money ? { kind: 'amount', year: at.year, money } : undefined;
  }
  const header = datedHeader;
  const years = headerYears(header[1]!);
  const column = runCells(run[1]!).length;
  const own = yearTableUnit(label);
  // "Mackerel   47,310   32,644   -31" under "August 2032   August 2033   Change (%)": the change
  // between the dated columns, of the latest year; the columns of counts beside it stay unread.
  if (!plain) {
    if (years && column === years.length && !own)
      return { kind: 'change', year: Math.max(...years) };
    // "| Tax due (£ million) | 7.6 | 6.6 | -13% |" under "Jul to Sep 2033   Jul to Sep 2034": a
    // money row's cells are sums of their column's period (v222).
    const heads = [...lines.slice(0, h), lines[h]!.slice(0, header[0].indexOf(header[1]!))];
    return years && column < years.length && !own
      ? datedMoneyColumn(label, heads, years[column]!, /^\s*\|/.test(row))
      : undefined;
  }
  // "Revenues adjusted   31,482   29,915   +5.2" under "2032   2031   Change (%)": the cell after
  // the years is the change between them, of the latest year; a row in percent of its own has
  // no such change (points or percent, the header does not say).
  if (years && column === years.length && header[2] !== undefined) {
    // "| Change, percentage points |" over a row in percent: the rate's move, in points (v283);
    // "| Monthly change |" writes its unit in each cell, a bare one there is none.
    if (POINTS_CHANGE_HEAD_RE.test(header[2].trim()))
      return { kind: 'change', year: Math.max(...years), points: true };
    if (BARE_CHANGE_HEAD_RE.test(header[2].trim())) return undefined;
    return own ? undefined : { kind: 'change', year: Math.max(...years) };
  }
  // "Civil works   212.40   486.75   318.60   1,017.75" under "Particulars   2032-33   2033-34
  // 2034-35   Total": the sum of the row's years, of the latest; only a sum has such a total.
  const total = years !== undefined && column === years.length && header[3] !== undefined;
  const year = total ? Math.max(...years) : years?.[column];
  if (!year) return undefined;
  // "FY2031": one year after the prefix, whose end the reader of the document tells.
  const fiscal = FISCAL_NAMED_YEAR_RE.test(header[1]!.match(HEADER_YEAR_TOKEN_RE)?.[column] ?? '')
    ? { fiscalNamed: true }
    : {};
  if (own) return total ? undefined : { kind: own, year: Number(year), ...fiscal };
  // "Underlying cash balance ($b)": a row of money, whatever unit the title gives the others.
  const money = moneyRow(label);
  if (money) return { kind: 'amount', year: Number(year), money, ...fiscal };
  const title = [...lines.slice(0, h), lines[h]!.slice(0, header.index)].join('\n');
  // "(four-quarter growth or rate, per cent)": a row that names a level is a rate, any other a
  // growth (v283: central banks title their projections so).
  const kind =
    GROWTH_OR_RATE_RE.test(title) && yearTableUnit(title) !== undefined
      ? levelRow(label)
        ? 'share'
        : 'change'
      : yearTableUnit(title);
  if (kind && total) return undefined;
  if (!kind) {
    const titleLines = [...lines.slice(0, h), lines[h]!.slice(0, header[0].indexOf(header[1]!))];
    // "(₹ crore)" over "Particulars   2030-31   2031-32", or "(PLN million)" opening the year line:
    // the money unit of every row that names none of its own and no rate, ratio, count or index.
    // "| Crown indemnity receivable ($m) | 2033 | 2032 |": the unit in a pipe table's first header
    // cell, over the years, is the title's (v175).
    // "Table. Selected ticket prices (SEK)" ⏎ "| Ticket | 2035 | 2036 |": a pipe table's title in
    // a currency with no scale gives whole units of it (v273).
    const piped = /^\s*\|/.test(row);
    const titleMoney = titleLines.map((l) => linePrice(l, piped)).find((m) => m !== undefined);
    if (!titleMoney || !moneyTitleRow(label)) return undefined;
    return { kind: 'amount', year: Number(year), money: titleMoney, ...fiscal };
  }
  if (kind === 'change' && levelRow(label)) return undefined;
  return { kind, year: Number(year), ...fiscal };
}

/** The sums a title line, or a pipe table's first header cell, gives the rows under it: a
 *  currency and a scale (moneyRow), and over a pipe table a currency with no scale too
 *  (pipePriceTitle, v273: "Table. Selected ticket prices (SEK)", "| Item (₹) |"). */
function linePrice(line: string, piped: boolean): { sign: string; scale: number } | undefined {
  const words = line.replace(/[\s|]+$/, '');
  const money = moneyRow(words);
  if (money || !piped) return money;
  const price = pipePriceTitle(words.replace(/^[\s|]+/, ''));
  return price?.kind === 'amount' ? price.money : undefined;
}

/**
 * The column of a money row's cell under heads that date their columns with more than a year
 * ("Jul to Sep 2034", "H1 2035", "2031-32 (Final)"), as quarterly releases and interim reports set
 * the same period of two years side by side (v222): a sum of its column's period when the row's
 * label names a currency and a scale ("Tax due, standard rate (£ million)"), or when a line above
 * the heads of a pipe table does ("Traffic and revenue, first half (DKK million)") and the row
 * names no other measure (moneyTitleRow). A count, a scale with no currency and a currency with no scale give none.
 * @example datedMoneyColumn('| Road revenue ', ['Revenue, first half (DKK million)'], 2035, true) // { kind: 'amount', year: 2035, money: { sign: 'DKK', scale: 1000000 } }
 * @example datedMoneyColumn('| Vehicles (number) ', ['Revenue, first half (DKK million)'], 2035, true) // undefined
 */
export function datedMoneyColumn(
  label: string,
  titleLines: string[],
  year: number,
  piped: boolean,
): YearColumn | undefined {
  const own = moneyRow(label);
  if (own) return { kind: 'amount', year, money: own };
  // "(₹ crore)" over "Crop   2031-32 (Final)   2032-33 (4th AE)   Change (%)": a text table's title
  // leaves its dated columns unread (v140); a pipe table's gives them its sums (v200).
  if (!piped) return undefined;
  const title = titleLines.map((l) => linePrice(l, true)).find((m) => m);
  return title && moneyTitleRow(label) ? { kind: 'amount', year, money: title } : undefined;
}

/** A rate a row label names as its own measure: "rate", not a rate's move that names a measure of
 *  money ("Two-step rate increase", "Rate cut", v267: its sums are the column's or title's). */
const RATE_NAMED = String.raw`rates?(?!\s+(?:increases?|rises?|cuts?|reductions?|changes?)\b)`;
/** A row label that names a measure other than a sum: a rate, a ratio, a share, a margin, a yield,
 *  a return, an index, a count ("number of", "staff", "passengers", "employees"; not "Number
 *  plates", a thing sold, v246), or a unit of its
 *  own in brackets ("Passengers (million)", "Staff (number)"); a bracket that holds an acronym names
 *  the row ("Operating result (EBIT)"). */
const NOT_MONEY_ROW_RE = new RegExp(
  String.raw`\b(?:${RATE_NAMED}|ratios?|shares?|margins?|yields?|returns?|ind(?:ex|ices)|deflators?|numbers?(?!\s+plates?\b)|counts?|no\.|staff|employees|headcount|workforce|passengers|customers|subscribers|users|members|households|persons|people|days|months|years|times|per\s?cent|percent)\b|%`,
  'i',
);
/** A bracket in a row label that holds no acronym ("(million)", "(number)", "(000)", not "(EBIT)"). */
const OWN_BRACKET_RE = /\((?![A-Z][A-Z0-9&/.-]*\))/;
/** A bracket in a row label that qualifies the sum, no unit of its own (v140): the negative side
 *  of the row after a slash, as accounts write it ("Net surplus/(deficit)", "Profit/(loss)",
 *  "Increase/(decrease) in cash"); the part one payer funds ("Samagra Shiksha (State share)",
 *  "Mid-day meals (Central share)", "(employer share)", or after a comma at the label's end,
 *  "Commission revenue, state share", v239); or the budget's class of the sum
 *  ("School buildings (capital)", "Grants (recurrent)", "Interest (net)"). A share of a whole
 *  ("(share of GSDP)") or a count or scale ("(number)", "(thousands)") stays the row's own. */
const QUALIFIER_BRACKET_RE =
  /\/\([\p{L}][\p{L} -]{0,30}\)|\((?:[\p{L}-]+\s+){1,2}share\)|,\s*(?:[\p{L}-]+\s+){1,2}share(?=\s*$)|\((?:capital|revenue|recurrent|current|development|operating|net|gross)\)/giu;

/**
 * Whether a row under a title that gives a money unit ("(₹ crore)", "(PLN million)") is a sum in
 * it: its label names no other measure (NOT_MONEY_ROW_RE).
 * @example moneyTitleRow('Own revenue ') // true
 * @example moneyTitleRow('Passengers (million) ') // false
 * @example moneyTitleRow('Operating result (EBIT) ') // true
 * @example moneyTitleRow('Wage-to-revenue ratio ') // false
 * @example moneyTitleRow('Samagra Shiksha (State share) ') // true
 * @example moneyTitleRow('Net surplus/(deficit) ') // true
 */
export function moneyTitleRow(label: string): boolean {
  const named = label
    .replace(QUALIFIER_BRACKET_RE, '')
    .replace(NAMING_BRACKET_RE, (b, inner) =>
      UNIT_IN_BRACKET_RE.test(inner) || CODE_IN_BRACKET_RE.test(inner) ? b : '',
    );
  return !NOT_MONEY_ROW_RE.test(named) && !OWN_BRACKET_RE.test(named);
}

/** A bracket at a row label's end that names what the sum is spent on or for, no unit: words with
 *  no number, the last no plural that may count ("Department expenditure (licensing system)",
 *  "Administration (records upgrade)"; v246). A unit, scale or count ("(million)", "(number)",
 *  "(thousands)", "(students)") stays the row's own (UNIT_IN_BRACKET_RE), and so does a bracket of
 *  four letters or fewer, an abbreviated unit ("Coal hauled (mt)", "(GWh)"). */
const NAMING_BRACKET_RE = /\(([\p{L}][\p{L} -]{3,}[\p{L}](?<!s))\)(?=\s*$)/u;
/** Each column's year on a year line, with its prefix and marks. */
const HEADER_YEAR_TOKEN_RE = new RegExp(HEADER_YEAR, 'g');
/** A column year of one year after "FY" ("FY2031", "FY 2031"; not "FY2030/31", whose two years
 *  say where it ends). */
const FISCAL_NAMED_YEAR_RE = /^FY\s?(?:19|20)\d\d(?![–\-/]\d)/;

/** A list table's title: a short line, no sentence, whose last bracket gives the unit of the cells
 *  listed under it, alone or after its qualifiers: "Unemployment rate, October 2026 (seasonally
 *  adjusted, %)", "Change (%) to the previous quarter", "(percentage points)"; also with its
 *  frequency before it, the change it measures right after it and, after a comma, the period or
 *  comparison it covers: "(annual percent change)", "(Annual % change, 2026 forecast)", "(%
 *  change, year on year)", and the whole a share is of, "(% of allocation, January–June)". A
 *  bracket that counts or sums first ("(thousands, % of total)") gives no unit of the cells;
 * *  also a bracket that opens with the unit and says what it is a percent of or a change on, as a
 *  year table's row label does: "(per cent of half-year target)", "(% of patients seen within
 *  recommended time, by triage category)", "(% change on previous year)"; and a rate a year after
 *  the unit, as funds state returns over periods longer than a year: "(% a year)", "(% p.a.)",
 *  "(% per annum)"; and up to three words before the unit that say how the change is averaged
 *  or on what basis ("(average annual % change)", "(average annual real % change)", "(compound
 *  annual % growth)"), as planning bureaus, international bodies, ministries and companies title
 *  changes over several years (v97); and the currency the percent is measured in after "in"
 *  ("(% in US dollars)", "(% in local currency)"), as funds title their returns (v174). */
const LIST_TITLE_UNIT_RE =
  /\((?:(?![^()\n]*\b(?:thousands?|millions?|billions?|numbers?|counts?|units)\b)[^()\n]*[,;]\s*)?(?:in\s+)?(?:(?:annual|yearly|quarterly|monthly|average|compound|real|nominal|y\/y|yoy)\s+){0,3}(%|per\s?cent|percent|percentage\s+points?|pp|p\.p\.)(?:\s+(?:changes?|growth|chg\.?|increases?|decreases?|rises?|falls?)|\s+of\s+[\w-]+(?:\s+[\w-]+)?(?=\s*[,;)]))?(?:\s+(?:a|per)\s+year|\s+p\.\s?a\.|\s+per\s+annum)?(?:\s+in\s+(?:local\s+currency|[\p{Lu}$€£¥][^()\n,;\d]{0,30}))?(?:\s*[,;][^()\n]*)?\)|\((?:in\s+)?(%|per\s?cent|percent)\s+(?:of\s+\p{L}|changes?\b|growth\b|chg\b|increases?\b|decreases?\b|rises?\b|falls?\b)[^()\n]*\)/giu;
/** A title's words that make its percent cells changes: "Changes in retail trade turnover",
 *  "Change (%) to the previous quarter", "Annual growth", and the readjustment, revaluation,
 *  uprating or indexation of benefits, pensions or wages ("Month benefit began (readjustment, %)"),
 *  and a fund's return, the change in what it is worth ("Return by asset class, January–June (%)",
 *  "Fund returns after costs (% a year)"), and a pay trend, how pay moved ("Net pay trend indicator
 *  (%)", v259); a "seasonal adjustment" names no change, and a return
 *  on equity, assets, capital or sales is a ratio, a share. v284: "y-o-y" and "q-o-q" as "y/y". */
const LIST_CHANGE_RE =
  /\b(?:changes?|growth|increases?|decreases?|rises?|falls?|y\/y|yoy|[ymq]-o-[ymq]|year-on-year|month-on-month|quarter-on-quarter|readjustments?|(?<!\bseasonal\s)adjustments?|revaluations?|revalori[sz]ations?|upratings?|indexations?|(?:pay|wage|salary|earnings)\s+(?:trends?|movements?)|returns?(?!\s+on\s+(?:average\s+)?(?:(?:shareholders['’]?\s+)?equity|(?:total\s+|net\s+)?assets|(?:invested\s+|employed\s+)?capital|investment|sales)\b))\b/i;
/** A list row's label: words with a letter, no colon, no cell separator ("Victoria", "Q3 2025",
 *  "Non-food products (except fuel)"), as long as a results framework's indicator ("Share of
 *  population with access to safely managed water in project towns", v126), a year or fiscal year alone ("2024/25", "2031"), or the
 *  length of the period a row covers ("1 year", "10 years", "5-year", "6 months": how funds list
 *  returns over periods to a date). */
/** What a list row's year may carry to say what kind of number its cell is: the letter or star a
 *  year column carries ("2035e", "2036f", "2036*") or a status word after it, maybe in brackets
 *  ("2026 proj.", "2035 est.", "2034 (prel.)", "2036 forecast"). */
const LIST_YEAR_MARK = String.raw`(?:[efpEFP](?![A-Za-z])|\*{1,3})?(?:[^\S\n]+\(?(?:proj|projected|projections?|est|estimated?|estimates?|prel|prelim|preliminary|forecasts?|f|e|p)\.?\)?)?`;
/** The year a list cell carries right before it, with its mark, then a colon or a space: "2034 "
 *  in "Real GDP: 2034 2.6; 2035 2.1", "2026 proj.: " in "2025: 5.1 | 2026 proj.: 4.3", as
 *  one-line rows list a measure's years (exported for the table reader, which skips the year). */
const LIST_CELL_YEAR_WORDS = String.raw`(?:FY[^\S\n]?)?(?:19|20)\d\d(?:[-–/]\d{2})?${LIST_YEAR_MARK}(?:[^\S\n]*:[^\S\n]*|[^\S\n]+)`;
export const LIST_CELL_YEAR = String.raw`${LIST_CELL_YEAR_WORDS}(?=[-+–−‑(]?\d)`;
/** The number or letter that marks a row of a numbered list before its label: "1. ", "2) ", as
 *  written answers and budget annexes number States, counties or projects ("1. Rajasthan:
 *  1,204.56"). A letter or roman numeral needs no mark of its own: it is no digit. */
const LIST_ENUMERATOR = String.raw`(?:\d{1,2}[.)][^\S\n]+(?=[^\s\d:;|.,]))?`;
/** A list row's label that opens on a date, day first, as a rate's periods are listed under
 *  its title: "1 September 2033 to 30 November 2033", "1 March 2034 onwards" (v195). */
const DAY_MONTH_LABEL = String.raw`[0-3]?\d[^\S\n]+${MONTH_NAME}[^\S\n]+(?:19|20)\d\d\b[^:\n;|]{0,60}?`;
const LIST_LABEL = String.raw`[^\S\n]*(?:${LIST_ENUMERATOR}[^:\n;|\d\s][^:\n;|]{0,100}?|${DAY_MONTH_LABEL}|(?:19|20)\d\d(?:[-–/](?:\d{2}|(?:19|20)\d\d))?${LIST_YEAR_MARK}|\d{1,2}(?:[^\S\n]+|-)(?:years?|months?)):[^\S\n]*`;
/** A cell of a list row with its footnote mark and the words that say what it compares: "+2.4
 *  over the year", "+0.9*", "-0.5 on the month", or the year it is of: "93.1 in 2025", or that it
 *  is the sum for each of several ("4,210 each", "85 apiece", v152). No unit may
 *  follow it (the prose reader has it). */
/** The words that name what one cell of a row measures, right before it and with no colon, when a
 *  row lists several measures of its label: "commitments " and "payments " in "Cohesion:
 *  commitments 79 320.8; payments 44 106.9", "exports " in "China: exports 1,204.5 | imports
 *  988.1", "operating profit " (one to three words). A count ("number", "staff", "projects") is
 *  no measure in a money title's unit; under a title in percent it names the count the cell is the
 *  percent of ("Cash: number 29 | value 14" under "(% of total)", v169), and LIST_COUNT_CELL_WORDS
 *  lets it in. */
const COUNT_WORD = String.raw`(?:numbers?|no|counts?|units|people|persons|households|staff|employees|jobs|projects|homes|beneficiaries)\b`;
const LIST_COUNT_CELL_WORDS = String.raw`[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*(?:[^\S\n]+[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ'’-]*){0,2}[^\S\n]+`;
const LIST_CELL_WORDS = String.raw`(?!${COUNT_WORD})${LIST_COUNT_CELL_WORDS}`;
/** The length of the period a list cell covers, right before it, as funds list returns over
 *  periods to a date: "1 year " and "10 years " in "Balanced: 1 year 9.1 | 10 years 8.2" (v140;
 *  exported for the table reader, which skips it). */
const LIST_CELL_PERIOD_WORDS = String.raw`\d{1,2}(?:[^\S\n]+|-)(?:years?|months?|yrs?)[^\S\n]+`;
export const LIST_CELL_PERIOD = String.raw`${LIST_CELL_PERIOD_WORDS}(?=[-+–−‑(]?\d)`;
/** A named cell a row leaves empty, with a word or a dash and nothing after it in its cell:
 *  "share due nil" in "2030: gross revenue 5,912.4; share due nil", "drawn n.a.", "collected –",
 *  as audit reports and fund statements mark a measure with nothing to state that year (v179). It
 *  keeps the row a row of its table and is no figure. */
const LIST_NIL_CELL = String.raw`(?:nil|none|n\/a|n\.a\.?|[–—-])(?=[^\S\n]*(?:[;|]|$))`;
const listCell = (words: string) =>
  String.raw`(?:(?:${words}|[^\S\n]*)${LIST_NIL_CELL}|(?:${LIST_CELL_YEAR}|${LIST_CELL_PERIOD}|${words}(?=[-+–−‑(]?\d))?(?:${RANGE_CELL}|${SPACED_CELL}|${TABLE_CELL})\*?(?:[^\S\n]+(?:in[^\S\n]+(?:19|20)\d\d(?:[-–/]\d{2})?(?![\d.,])|(?:each|apiece)\b|(?:over|on|in|from|against|vs\.?|compared|since|y\/y|m\/m|q\/q|yoy|mom)\b[^\d\n;|:%]{0,40}))?)`;
/** The bracketed part of a list cell that a cell of its own measures, right after it: "(of which
 *  collected on imports 52,774)", "(of which: World Bank 40.0)", "(including heated products
 *  210)", as revenue statements and budget annexes break a row's total down (v126), or the row's
 *  earlier value: "(previous auction 8.395)", "(prior week: 4.05)", as auction results give it
 *  (v152). PART_WORDS_OPEN is the bracket up to the words before its cell. */
const LIST_PART_WORDS_OPEN = String.raw`[^\S\n]*\((?:of[^\S\n]+which|including|incl\.|(?:previous|prior|last)(?:[^\S\n]+[A-Za-z][A-Za-z-]*){0,2})[^\S\n]*:?[^\S\n]*`;
/** A bare bracket right after a cell holds the row's earlier value, as Nordic and German results
 *  releases give last year's figure: "(2,604)" in "Premium income: 2,918 (2,604)" (v163; a lone
 *  bracketed cell is still a loss). */
const LIST_PART_BARE_OPEN = String.raw`[^\S\n]+\((?=[-+–−‑]?\d[\d, ]*(?:\.\d+)?\))`;
const listCellPart = (words: string) =>
  String.raw`(?:(?:${LIST_PART_WORDS_OPEN}(?:${words})?|${LIST_PART_BARE_OPEN})(?:${SPACED_CELL}|${TABLE_CELL})\))`;
/** A whole list row: "Victoria: 4.5", "Food products: +1.1 over the year; +0.2 over the month",
 *  "Q3 2025: +0.6 | Q4 2025: +0.8"; `words` names a cell among several (LIST_CELL_WORDS). */
const listRowRe = (words: string) => {
  const cell = listCell(words);
  const part = listCellPart(words);
  return new RegExp(
    String.raw`^${LIST_LABEL}${cell}${part}?(?:[^\S\n]*[;|][^\S\n]*(?:${LIST_LABEL})?${cell}${part}?)*[^\S\n]*[;|.]?[^\S\n]*$`,
    'i',
  );
};
/** A list row up to one of its cells: the label and the cells before it. */
const listRowLeadRe = (words: string) => {
  const cell = listCell(words);
  const part = listCellPart(words);
  return new RegExp(
    String.raw`^${LIST_LABEL}(?:${cell}${part}?[^\S\n]*[;|][^\S\n]*(?:${LIST_LABEL})?)*(?:(?:${cell}${LIST_PART_WORDS_OPEN})?(?:${LIST_CELL_YEAR_WORDS}|${LIST_CELL_PERIOD_WORDS}|${words})?|${cell}[^\S\n]+\()$`,
    'i',
  );
};
const LIST_ROW_RE = listRowRe(LIST_CELL_WORDS);
const LIST_ROW_LEAD_RE = listRowLeadRe(LIST_CELL_WORDS);
/** The same rows under a title in percent, whose cells may be named by a count (v169). */
const PERCENT_LIST_ROW_RE = listRowRe(LIST_COUNT_CELL_WORDS);
const PERCENT_LIST_ROW_LEAD_RE = listRowLeadRe(LIST_COUNT_CELL_WORDS);

/** A title line's words, no sentence, no row (a colon after its bracket dropped), or undefined. */
function titleWords(line: string): string | undefined {
  // "Spending by quarter (% of adjusted appropriation):": a colon right after the unit's bracket
  // leads into the rows as the line break does, when the words before the bracket are a title's
  // few (twelve at most), no sentence; one after words ends a sentence ("as follows:") or a row
  // label.
  const colon = /^([^()\n]*)\([^()\n]*\)[^\S\n]*:$/.exec(line.trim());
  const t =
    colon !== null && colon[1]!.trim().split(/\s+/).length <= 12
      ? line.trim().replace(/:$/, '').trimEnd()
      : line.trim();
  return t.length === 0 || t.length > 120 || /[.:;]$/.test(t) || LIST_ROW_RE.test(line)
    ? undefined
    : t;
}

/** A title that names rates, whose cells are rates per a unit, no prices paid: "Rates of the
 *  abstraction charge", "Contribution rates of the Fund" (v273). */
const RATE_TITLE_RE = new RegExp(String.raw`\b${RATE_NAMED}\b`, 'i');

/** A rate title's closing bracket that names a currency alone or per a span of time ("Weekly rates
 *  after tax (NZ$)", "Allowance rates (RM/month)", "(£ per week)"): rates of a payment, each a sum
 *  paid, no charge per a unit bought (v279). */
const PAYMENT_RATE_BRACKET_RE =
  /\((?![^()]*(?:\bper\b|\/)(?!\s*(?:week|fortnight|month|year|annum|day|quarter)\b))(?:in\s+)?[^()\d/,;:%=]{1,14}?(?:\s*(?:\/|\bper\b|\ba\b)\s*(?:week|fortnight|month|year|annum|day|quarter))?\s*\)\s*$/i;

/**
 * The sums a pipe table's title gives the bare cells under it when its closing bracket names a
 * currency with no scale, alone, per a unit or over a slash (v273, which reverses v200's and
 * v222's "a currency with no scale gives none" for pipe tables): "Table 1: Adult card fares for
 * selected distances (S$)" ⏎ "| Distance | Current fare | New fare |" over "| Up to 3.2 km | 1.09
 * | 1.18 |" holds S$1.09 and S$1.18; "(yen per litre)" whole yen, "(öre/kWh, excl. VAT)"
 * hundredths of a krona. A title that names rates ("Contribution rates of the Fund (baht per
 * litre)") and a price of one currency in another ("(NOK per US$)") give none. Lists under such a
 * title stay unread (listTableTitle).
 * @example pipePriceTitle('Table. Selected ticket prices (SEK)') // { kind: 'amount', money: { sign: 'SEK', scale: 1 } }
 * @example pipePriceTitle('Contribution rates of the Fund (baht per litre)') // undefined
 */
export function pipePriceTitle(line: string): ListColumn | undefined {
  const t = titleWords(line);
  if (t === undefined || (RATE_TITLE_RE.test(t) && !PAYMENT_RATE_BRACKET_RE.test(t)))
    return undefined;
  const money = columnPrice(t);
  return money && { kind: 'amount', money };
}

/**
 * The unit of a title line over the rows listed right under it, or undefined for a line that is no
 * such title (a sentence, a long line, a row itself, no unit in its last bracket).
 * @example listTableTitle('Unemployment rate, October 2026 (seasonally adjusted, %)') // { kind: 'share', unit: 'percent', basis: false }
 */
export function listTableTitle(line: string): ListColumn | undefined {
  const t = titleWords(line);
  if (t === undefined) return undefined;
  // "Requirements by cluster (US$ million)", "Funds released, 2032-33 (₹ crore)": a title whose
  // last bracket names a currency and a scale, as a money row's label does, lists sums.
  const money = moneyRow(t);
  if (money) return { kind: 'amount', money };
  const units = [...t.matchAll(LIST_TITLE_UNIT_RE)];
  if (units.length !== 1) return undefined;
  const name = (units[0]![1] ?? units[0]![2]!).toLowerCase();
  if (/^(?:%|per\s?cent|percent)$/.test(name))
    return { kind: LIST_CHANGE_RE.test(t) ? 'change' : 'share', unit: 'percent', basis: false };
  return { kind: 'change', unit: 'percentage-points', basis: false };
}

/** What a list table's title says its cells hold: a percent or points (TableColumn), or sums in
 *  the currency and scale its bracket names ("(CHF million)"). */
export type ListColumn = TableColumn | { kind: 'amount'; money: { sign: string; scale: number } };

/** A list row whose label states its own unit, which a title in money does not give: a count or
 *  a part named first ("Number of projects", "Share of total"), or a bracket that counts or is a
 *  percent ("Staff (number)", "Share of total (%)", "Beneficiaries (thousands)"). */
const OWN_UNIT_LABEL_RE =
  /^[^\S\n]*(?:\d{1,2}[.)]\s+|\([a-z\d]{1,3}\)\s+|[-–•*]\s*)?(?:numbers?|no\.|counts?|shares?|percentages?|per\s?cent|proportions?)\s+of\b|\((?:[^()]*[\s,;])?(?:%|per\s?cent|percent|numbers?|no\.|counts?|units|people|persons|households|FTEs?|thousands?)\)[^\S\n]*:/i;

/** One bare cell alone after a titled label's colon, maybe with a full stop: "10,412" in "- Usable
 *  reserves (USD million): 10,412" (v179). */
const ONE_CELL_ROW = String.raw`[^\S\n]*(?:${SPACED_CELL}|${TABLE_CELL})[^\S\n]*\.?[^\S\n]*`;
const ONE_CELL_ROW_RE = new RegExp(String.raw`^${ONE_CELL_ROW}$`);
/** A line that is its own title: a label whose last bracket gives the unit, a colon, then the row
 *  (group 2): cells after their years, or one bare cell. */
const TITLED_ROW_RE = new RegExp(
  String.raw`^([^\n:]*\))[^\S\n]*:([^\S\n]*(?:FY[^\S\n]?)?(?:19|20)\d\d.*|${ONE_CELL_ROW})$`,
);
/** A titled line's lead up to its one cell: the label and its colon (v179). */
const TITLED_CELL_LEAD_RE = /^([^\n:]*\))[^\S\n]*:[^\S\n]*$/;
/** A row whose every cell is after its own year: "2024: 5.0 | 2025: 5.1 | 2026 proj.: 4.3". */
const YEARS_ROW_RE = new RegExp(
  String.raw`^[^\S\n]*${LIST_CELL_YEAR}${TABLE_CELL}(?:[^\S\n]*[;|][^\S\n]*${LIST_CELL_YEAR}${TABLE_CELL})*`,
);

/**
 * Where the row of a one-line list starts: a line whose label's last bracket gives the unit, then
 * a colon and only cells each after its own year ("Real GDP growth (percent): 2024: 5.0 | 2025:
 * 5.1 | 2026 proj.: 4.3", "Fiscal deficit (% of GDP): 2034: 3.8 | 2035 est.: 3.4"), as staff
 * reports and press releases list a measure's years on one line, or one bare cell ("- Usable
 * reserves (USD million): 10,412", "Interbank rate (percent): 10.62", as bulletins list key
 * indicators, v179); undefined for any other line ("Staff (number): 412": a count is no unit).
 * @example titledRow('Inflation (%, y/y): 2034: 3.0 | 2035 proj.: 2.6') // 19
 * @example titledRow('Interbank rate (percent): 10.62') // 26
 * @example titledRow('Real GDP (percent): see note 2 for 2034: revised.') // undefined
 */
export function titledRow(line: string): number | undefined {
  const split = TITLED_ROW_RE.exec(line);
  if (!split || !listTableTitle(split[1]!)) return undefined;
  if (ONE_CELL_ROW_RE.test(split[2]!)) return line.length - split[2]!.length;
  return LIST_ROW_RE.test(`x:${split[2]!}`) && YEARS_ROW_RE.test(split[2]!)
    ? line.length - split[2]!.length
    : undefined;
}

/** True when a line is a row of a list table ("Victoria: 4.5"); under a title in percent
 *  (`percent`) a cell may be named by the count it is the percent of ("Cash: number 29", v169). */
export function listTableRow(line: string, percent = false): boolean {
  return (percent ? PERCENT_LIST_ROW_RE : LIST_ROW_RE).test(line);
}

/**
 * The column of a bare cell in a list table: the lead's first line is a title whose last bracket
 * gives the unit (listTableTitle), every line after it (after any empty lines right under the
 * title) is a row of "label: cell" (cells may be
 * parted by ";" or "|", each with its own label or none), and the lead's last line is such a row
 * up to the cell. Undefined for anything else, so prose is never read as a list.
 * @example listTableColumn('Unemployment rate (seasonally adjusted, %)\nVictoria: ') // { kind: 'share', unit: 'percent', basis: false }
 */
export function listTableColumn(lead: string): ListColumn | undefined {
  const lines = lead.split('\n');
  if (lines.length === 1) {
    // "Interbank rate (percent): " before its one cell (v179).
    const label = TITLED_CELL_LEAD_RE.exec(lead);
    if (label) return listTableTitle(label[1]!);
    const split = TITLED_ROW_RE.exec(lead);
    // The lead stops at the cell: its row so far must open with the first cell's year.
    if (!split || !/^[^\S\n]*(?:FY[^\S\n]?)?(?:19|20)\d\d/.test(split[2]!)) return undefined;
    const column = listTableTitle(split[1]!);
    return column && LIST_ROW_LEAD_RE.test(`x:${split[2]!}`) ? column : undefined;
  }
  const column = listTableTitle(lines[0]!);
  if (!column) return undefined;
  // "Approved tariff adjustments (%)\n\nNairobi: 7.5": the empty lines a page sets between a
  // title and its first row part nothing; one between rows ends the list.
  const rows = lines.slice(1);
  while (rows.length > 1 && rows[0]!.trim() === '') rows.shift();
  // "Cash: number 29 | value 14" under "(% of total)": a percent of the count of payments; under
  // a money title the count is none, and its row no row of sums (v169).
  const percent = column.kind !== 'amount';
  const rowRe = percent ? PERCENT_LIST_ROW_RE : LIST_ROW_RE;
  if (!rows.slice(0, -1).every((l) => rowRe.test(l))) return undefined;
  const row = rows[rows.length - 1]!;
  if (!(percent ? PERCENT_LIST_ROW_LEAD_RE : LIST_ROW_LEAD_RE).test(row)) return undefined;
  // "Number of projects: 18" under "Housing programme (€ million)": the row names its own unit.
  return column.kind === 'amount' && OWN_UNIT_LABEL_RE.test(row) ? undefined : column;
}

/** A header line of columns that are period lengths, after an optional label with no digit, as
 *  funds head their returns: "| | 1 year | 3 years | 5 years | 10 years |", "Option   1 yr   5 yrs".
 *  Group 1 is the heads. */
export const PERIOD_HEADER_RE =
  /^(?:[^\d\n]*?[ \t|])?((?:\d{1,2}[ -](?:years?|months?|yrs?)[ \t|]+)+\d{1,2}[ -](?:years?|months?|yrs?))[ \t|]*$/i;
/** A row whose label names the gap between two rows' returns ("Relative", "Excess return",
 *  "Difference", "Out/under-performance", "Active return"): two returns over the same periods set
 *  side by side, no change of anything (v106's benchmark gap), so no row of the table's unit. */
const GAP_ROW_RE =
  /^[ \t|]*(?:relative|excess|difference|active|gap|out\/?under|under\/?out|(?:out|under)-?performance|value\s+added)\b/i;

/**
 * The column of a bare cell in a table whose columns are period lengths (v140): the lead's first
 * line is a list table's title whose bracket gives the unit ("Annualised returns to 31 March 2033
 * (% p.a.)"), its second the heads ("| | 1 year | 3 years | 5 years |"), each line after a row of
 * a label and as many bare cells as heads, the last such a row up to the cell. A row naming the
 * gap between others ("Relative") is no row. Undefined for anything else.
 * @example periodTableColumn('Returns (% p.a.)\n| | 1 year | 5 years |\n| Fund | 5.6 | ') // { kind: 'change', unit: 'percent', basis: false }
 */
export function periodTableColumn(lead: string): TableColumn | undefined {
  const lines = lead.split('\n');
  if (lines.length < 3) return undefined;
  const column = listTableTitle(lines[0]!);
  if (!column || column.kind === 'amount') return undefined;
  const heads = PERIOD_HEADER_RE.exec(lines[1]!);
  if (!heads) return undefined;
  const columns = heads[1]!.match(/\d{1,2}[ -](?:years?|months?|yrs?)/gi)!.length;
  const rowRe = new RegExp(
    String.raw`^[ \t|]*\p{L}[^\n\d]*?[ \t|]((?:${TABLE_CELL}[ \t|]+){${columns - 1}}${TABLE_CELL})[ \t|]*$`,
    'u',
  );
  for (const row of lines.slice(2, -1))
    if (!rowRe.test(row) || GAP_ROW_RE.test(row)) return undefined;
  const last = lines[lines.length - 1]!;
  const run = ROW_CELLS_BEFORE_RE.exec(last);
  if (!run || !/\p{L}/u.test(last.slice(0, run.index)) || GAP_ROW_RE.test(last)) return undefined;
  return (run[1]!.match(CELLS_RE)?.length ?? 0) < columns ? column : undefined;
}

/** A row of a table whose rows are years, up to its cells: the year, after "Fiscal", "FY" or
 *  "Year" and before a colon, a pipe or spaces ("Fiscal 2034: ", "2034    ", "| FY2034 | "). */
const YEAR_ROW_LABEL = String.raw`^[ \t|]*(?:(?:fiscal(?:\s+year)?|calendar\s+year|year|FY)\s?)?((?:19|20)\d\d)(?:[ \t]*[:|][ \t]*|[ \t]+)`;
/** A whole row of a table whose rows are years: its year, then its bare cells, apart by spaces,
 *  tabs, pipes or semicolons ("Fiscal 2034: +0.9; +2.9; +3.1", "2034    1.4    -0.6"). */
export const YEAR_ROW_RE = new RegExp(
  String.raw`${YEAR_ROW_LABEL}((?:${TABLE_CELL}[ \t|;]+)*${TABLE_CELL})[ \t|;]*$`,
  'i',
);
/** The same row up to one of its cells: the cells before it. */
const YEAR_ROW_BEFORE_RE = new RegExp(
  String.raw`${YEAR_ROW_LABEL}((?:${TABLE_CELL}[ \t|;]+)*)$`,
  'i',
);
/** The label over the column of years, which names no measure ("Year", "Fiscal year"). */
const YEAR_COLUMN_LABEL_RE = /^(?:(?:fiscal|calendar)\s+)?years?$|^FY$/i;

/**
 * The measures a table whose rows are years names over its columns, one line apart by
 * semicolons, pipes, tabs or runs of spaces, after an optional "Year"; none for a line that is no
 * such header (a label with no letter, a sentence, fewer than two).
 * @example columnLabels('Real GDP; CPI (all items less fresh food)') // ['Real GDP', 'CPI (all items less fresh food)']
 */
export function columnLabels(line: string): string[] {
  if (/[.:]\s*$/.test(line)) return [];
  // Bracketed words may hold a semicolon or a run of spaces of their own.
  const masked = line.replace(/\([^()]*\)/g, (b) => 'x'.repeat(b.length));
  const labels: string[] = [];
  let from = 0;
  for (const gap of masked.matchAll(/\s*[;|]\s*|\t+|\s{2,}/g)) {
    labels.push(line.slice(from, gap.index).trim());
    from = gap.index + gap[0].length;
  }
  labels.push(line.slice(from).trim());
  const named = labels.filter((l) => l !== '');
  if (named[0] !== undefined && YEAR_COLUMN_LABEL_RE.test(named[0])) named.shift();
  return named.length >= 2 && named.every((l) => /\p{L}/u.test(l) && !/\d{4}/.test(l)) ? named : [];
}

/**
 * The column of a bare cell in a table whose rows are years ("(y/y % chg.)" ⏎ "Real GDP; CPI" ⏎
 * "Fiscal 2034: +0.9; +2.9"): the cell's row (the lead's last line) opens with its year and has
 * the cell's run of bare numbers before it; above it come only whole rows of years, then the line
 * of column labels. The unit is the column label's own in brackets, else the lead's lines above
 * the labels, which a label naming a level does not take. Undefined for anything else.
 * @example yearRowColumn('(Annual % change)\nGDP; CPI\nFiscal 2034: +0.9; ') // { kind: 'change', year: 2034 }
 */
export function yearRowColumn(lead: string): YearColumn | undefined {
  const lines = lead.split('\n');
  const row = YEAR_ROW_BEFORE_RE.exec(lines[lines.length - 1]!);
  if (!row) return undefined;
  let h = lines.length - 2;
  while (h >= 0 && YEAR_ROW_RE.test(lines[h]!)) h--;
  if (h < 0) return undefined;
  const label = columnLabels(lines[h]!)[row[2]!.match(CELLS_RE)?.length ?? 0];
  if (!label) return undefined;
  const year = Number(row[1]);
  const own = yearTableUnit(label);
  if (own) return { kind: own, year };
  const kind = yearTableUnit(lines.slice(0, h).join('\n'));
  if (!kind || (kind === 'change' && levelRow(label))) return undefined;
  return { kind, year };
}

/** A pipe row's label that states its own unit, which its column's header does not give: a count
 *  or a part named first ("Number of projects", "Share of total"), a bracket of its own that names
 *  a unit (UNIT_BRACKET_END_RE: "Staff (number)", "Premium rate (%)"), or a price or rate ("Gold
 *  price per ounce"). A price or rate that a measure moves ("Two-step rate increase", "Fare
 *  rise") names the measure, whose sums the column's unit gives (v267). */
const OWN_UNIT_PIPE_LABEL_RE = new RegExp(
  String.raw`^\s*(?:numbers?|no\.|counts?|shares?|percentages?|per\s?cent|proportions?)\s+of\b|\b(?:prices?|${RATE_NAMED}|per)\b`,
  'i',
);
/** A bracket ending a row's label that names a unit: a percent, points, a currency sign or code, a
 *  scale or count ("(number)", "('000 tonnes)", "(R million)"), a measure ("(kg)", "(g/km)"), or a
 *  span of time with no count before it ("(days)"). A bracket that only qualifies the row ("Minor
 *  works contractor (new)", "Agriculture (irrigation)", "Oil storage licence (12 months)") names
 *  none: the row's cells keep their column's unit (v230). */
const UNIT_BRACKET_END_RE = /\(([^()]*)\)\s*$/;
/** Within such a bracket, words or signs that name a unit, an index's base ("(2030=100)"), or the
 *  measure the row is set against ("(actual less Treasury Bill)"), which the row's own reading
 *  keeps. */
const UNIT_IN_BRACKET_RE =
  /[%‰$€£¥₹¢₦₩₱/=]|\b(?:per|percent|percentage|points?|pp|ppts?|p\.p\.|bps?|basis|numbers?|no\.|counts?|units?|thousands?|millions?|billions?|trillions?|bn|mn|m|k|000|index|ratio|rates?|shares?|kg|g|t|tonnes?|km|kw|kwh|mw|mwh|gwh|litres?|l|ha|hectares?|m²|m³|persons?|people|times|x)(?![\w²³])|^[^\d]*\b(?:hours?|days?|weeks?|months?|years?)\b|\b(?:less|minus|versus|vs|against|relative)\b/i;
/** A currency or other code in capitals within such a bracket ("(USD)", "(GH¢ million)"). */
const CODE_IN_BRACKET_RE = /\b[A-Z]{3}\b/;
/** Within such a bracket, a sum of money with its sign or code, and the period it is paid over:
 *  "$82,400 a month" in "Upper (above $82,400 a month)", "KSh 50,000 per call" in "(up to KSh
 *  50,000 per call)", a
 *  bound that names the row's band of pay, income or value, no unit of the row's cells (v259). A
 *  scale after a sign ("($000)", "(€ million)") is no sum. */
const BAND_SUM_IN_BRACKET_RE =
  /(?:\p{Sc}|\b[A-Z]{1,3}\$?(?=[^\S\n]?\d)|\bKSh|\bRs\.?)[^\S\n]?(?!0+\b)\d[\d,]*(?:\.\d+)?(?![\d,]*[^\S\n]*(?:thousands?|millions?|billions?|bn|mn|m|k)\b)(?:[^\S\n]+(?:a|an|per|each)[^\S\n]+\p{L}+)?/giu;
/** A bracket of five words or more, with no sign or digit, that qualifies the row it ends ("Special
 *  account (minors and persons lacking capacity)"): a unit's bracket is a few words (v259). */
const LONG_QUALIFIER_RE =
  /^(?![^()]*\b(?:per|less|minus|versus|vs|against|relative)\b)\s*(?:[^\s%‰\p{Sc}/=\d]+\s+){4,}[^\s%‰\p{Sc}/=\d]+\s*$/u;
/** Whether a pipe row's label states its own unit (OWN_UNIT_PIPE_LABEL_RE, UNIT_BRACKET_END_RE). */
function ownUnitLabel(label: string): boolean {
  // "Middle ($26,950 to $82,400 a month)", "Large (KSh 90,000 to KSh 240,000 per call)": the
  // band's bounds in the label's last bracket name no unit; what else the label says is read.
  const banded = label.replace(UNIT_BRACKET_END_RE, (_, inner: string) =>
    LONG_QUALIFIER_RE.test(inner) ? '' : `(${inner.replace(BAND_SUM_IN_BRACKET_RE, ' ')})`,
  );
  if (OWN_UNIT_PIPE_LABEL_RE.test(banded)) return true;
  const bracket = UNIT_BRACKET_END_RE.exec(banded)?.[1];
  return (
    bracket !== undefined && (UNIT_IN_BRACKET_RE.test(bracket) || CODE_IN_BRACKET_RE.test(bracket))
  );
}

/**
 * The column of a bare cell in a pipe table whose header cell over it gives the unit in its last
 * bracket, as annual reports head a column ("| Stage | Projects (number) | Value (RM million) |",
 * "| Sector | Amount (€ m) | Share (%) |", v172): sums in the currency and scale the bracket names,
 * or a percent, a change when the header names one ("Change (%)"). A header with no unit, one
 * that counts ("Projects (number)") or a scale with no currency ("Visitors (million)") gives none;
 * nor does a row whose label states its own unit. Undefined for anything else.
 * @example pipeHeaderColumn('| Stage | Value (RM million) |\n| Enquiry | ') // { kind: 'amount', money: { sign: 'RM', scale: 1000000 } }
 * @example pipeHeaderColumn('| Stage | Projects (number) |\n| Enquiry | ') // undefined
 */
export function pipeHeaderColumn(lead: string): ListColumn | undefined {
  const cell = pipeCell(lead);
  if (!cell) return undefined;
  // "| GG debt (% of GDP), 2033F |": the bracket, then the year the column is of (v186).
  const header = cell.header.replace(HEADER_CELL_YEAR_RE, '');
  if (!/\)\s*$/.test(header)) return undefined;
  // "| Distance (km) | Existing fare (₹) |": a header cell that names its currency with no scale
  // prices each cell in whole units of it, or hundredths ("Petrol (cent per litre)", v267).
  const price = columnPrice(header);
  const column: ListColumn | undefined =
    listTableTitle(header.trim()) ??
    (price && { kind: 'amount', money: price }) ??
    pointsBesidePercent(header, cell.heads);
  // "| Hall unit, standard (per week) | £68.40 | £70.79 | 3.5 |" under "Change (%)": the basis a
  // row's price is quoted on is the price columns' own; the change beside them stays a percent
  // (v246). A rate per a number ("Births (per 1,000 people)") or a rate or price the label names
  // ("Interest rate (per annum)") is the row's own unit still.
  if (
    ownUnitLabel(cell.label) &&
    !(
      column?.kind === 'change' &&
      column.unit === 'percent' &&
      PRICE_BASIS_RE.test(cell.label) &&
      !ownUnitLabel(cell.label.replace(PRICE_BASIS_RE, ''))
    ) &&
    !rateStatedInRow(lead, cell.label) &&
    !paidPerLabel(header, cell.label, column)
  )
    return undefined;
  return column;
}

/** A header cell that names a change and closes on bare points: "Change from FY2033 (points)". */
const CHANGE_POINTS_HEAD_RE =
  /\b(?:changes?|differences?|increases?|decreases?|rises?|falls?|movements?)\b[^()\n]*\(\s*points?\s*\)\s*$/i;

/**
 * The column of a header cell that names a change in bare points beside a header cell of the same
 * line in percent ("| Prefecture | Health insurance (%) | Change from FY2033 (points) |", v282):
 * the points are the percent column's, a `change` in percentage points. Bare points with no
 * percent column beside them (an index's) give none.
 * @example pointsBesidePercent(' Change (points) ', ['', ' Rate (%) ', ' Change (points) ', '']) // { kind: 'change', unit: 'percentage-points', basis: false }
 */
function pointsBesidePercent(header: string, heads: string[]): ListColumn | undefined {
  if (!CHANGE_POINTS_HEAD_RE.test(header)) return undefined;
  const percent = heads.some((h) => h !== header && listTableTitle(h.trim())?.kind === 'share');
  return percent ? { kind: 'change', unit: 'percentage-points', basis: false } : undefined;
}

/** A row label's closing bracket that names whom or what a payment is paid per, maybe as its most:
 *  "(per child)", "(maximum per household)" (v279). */
const PAID_PER_LABEL_RE =
  /\(\s*(?:(?:maximum|minimum|max\.?|min\.?)\s+)?per\s+[\p{L}'-]+(?:\s+[\p{L}'-]+){0,2}\s*\)\s*$/iu;

/** Whether a row's label names only whom a payment is paid per ("| Assistance for Children (per
 *  child) |") under a header cell that names a rate in money ("| New rate (RM/month) |"): the
 *  rate's sum is the row's, in the header's currency (v279). */
function paidPerLabel(header: string, label: string, column: ListColumn | undefined): boolean {
  return (
    column?.kind === 'amount' &&
    /\brates?\b/i.test(header) &&
    PAID_PER_LABEL_RE.test(label) &&
    !ownUnitLabel(label.replace(PAID_PER_LABEL_RE, ''))
  );
}

/** A pipe row's cell that writes its own unit: a number with a percent sign after it ("| 2% |"),
 *  or with a currency's sign or code before it ("| £10.40 |", "| R14.20 |", "| NOK 45 |"; group 1
 *  the sign, which must name a currency). */
const UNIT_WRITTEN_CELL_RE =
  /^\s*(?:[-+–−]?\d[\d,]*(?:\.\d+)?\s?%|[-+–−]?(\p{Sc}|[\p{L}]{1,3}\$?|[\p{L}]{1,3}\p{Sc})\s?\d)/u;
const writesUnit = (field: string): boolean => {
  const m = UNIT_WRITTEN_CELL_RE.exec(field);
  return m !== null && (m[1] === undefined || currenciesOf(m[1]).length > 0);
};

/**
 * Whether a pipe row's label names a rate or a price only by words ("18-20 Year Old Rate", "B:
 * lower rate, all year", "Retail price") while a cell of the row before the one read writes that
 * rate or price with its own unit ("| £10.40 | £11.20 |", "| 2% |"): the label's measure is that
 * cell's, and the bare cell keeps its column's unit ("Increase (%)", "Revenue (NOK million)"; v255),
 * with the basis the price is quoted on too ("Commercial vehicle price (per metre)"). A label with
 * a count or a bracket that names a unit keeps its own reading.
 * @example rateStatedInRow('| Rate | From 2035 | Increase (%) |
| Youth Rate | £11.20 | ', ' Youth Rate ') // true
 * @example rateStatedInRow('| Loan | Rate (%) |
| Base rate | ', ' Base rate ') // false
 */
export function rateStatedInRow(lead: string, label: string): boolean {
  if (
    !/\b(?:prices?|rates?)\b/i.test(label) ||
    ownUnitLabel(label.replace(PRICE_BASIS_RE, '').replace(/\b(?:prices?|rates?)\b/gi, ''))
  )
    return false;
  const row = lead.slice(lead.lastIndexOf('\n') + 1);
  const fields = row.split('|').slice(2, -1);
  return fields.some(writesUnit);
}

/** The basis a price is quoted on at a row label's end, words after "per" and no number ("(per
 *  week)", "(per cubic metre)", ", per booking"; v246). */
const PRICE_BASIS_RE = /\(?\bper\s+(?:[\p{L}²³'-]+\s*){1,3}\)?\s*$/u;

/** After a pipe header cell's unit bracket, a comma and the one year its column is of, maybe
 *  marked a forecast or estimate: ", 2033F", ", 2035-36", ", 2032" (v186). */
const HEADER_CELL_YEAR_RE = new RegExp(
  String.raw`(?<=\))[^\S\n]*,[^\S\n]*(${HEADER_YEAR})[^\S\n]*$`,
);
/** A pipe table's header cell that is a year and its unit's bracket alone: "| 2033-34 (₹ crore) |"
 *  (v282). */
const HEADER_CELL_LEAD_YEAR_RE = new RegExp(
  String.raw`^[^\S\n]*(${HEADER_YEAR})[^\S\n]*\([^()\n]*\)[^\S\n]*$`,
);

/**
 * The year a pipe table's header cell names after its unit bracket and a comma ("| GG debt (% of
 * GDP), 2033F |", "| Bill change (%), 2035-36 |", v186): the year it ends in and whether it is a
 * fiscal year written over two years; undefined for a header with no such year.
 * @example pipeHeaderYear('| Country | Debt (% of GDP), 2033F |\n| Chile | ') // { year: 2033, fiscal: false }
 * @example pipeHeaderYear('| Country | Debt (% of GDP) |\n| Chile | ') // undefined
 */
export function pipeHeaderYear(lead: string): { year: number; fiscal: boolean } | undefined {
  const cell = pipeCell(lead);
  // "| Item | 2032-33 (₹ crore) | 2033-34 (₹ crore) |": the year before the unit's bracket (v282).
  const m =
    cell && (HEADER_CELL_YEAR_RE.exec(cell.header) ?? HEADER_CELL_LEAD_YEAR_RE.exec(cell.header));
  if (!m) return undefined;
  const years = m[1]!.match(/(?:19|20)\d\d|(?<=[–\-/])\d\d/g)!;
  if (years.length === 1) return { year: Number(years[0]), fiscal: false };
  // "2035-36" or "2035-2036" (v195).
  const second = years[1]!.length === 4 ? 0 : Math.floor(Number(years[0]) / 100) * 100;
  return { year: second + Number(years[1]), fiscal: true };
}

/** A pipe table's header cell that names a part of the whole or a bound, whose cells are shares
 *  under a title of returns: "Weight", "Share of fund", "Target", "Range", "Allocation". */
const PART_HEADER_RE =
  /\b(?:shares?|weights?|weightings?|allocations?|targets?|ranges?|limits?|exposures?|composition|proportions?)\b/i;

/**
 * The column a pipe table's title gives: the lead's first line, read as a list title, when at
 * most one blank line parts it from the pipe rows under it and every line after is a pipe row.
 * Undefined when the lead is not a titled pipe table or its title gives no column.
 */
function pipeTableTitle(lead: string): ListColumn | undefined {
  const lines = lead.split('\n');
  // "| Item (Rp trillion) | 2034 Actual | 2035 Actual |": a first header cell that names money
  // titles the table's bare cells as a title line does (v273; over years, v175).
  if (/^\s*\|/.test(lines[0]!))
    return lines.every((l) => /^\s*\|/.test(l)) ? pipeFirstHeadMoney(lines[0]!) : undefined;
  let h = 1;
  while (h < lines.length && lines[h]!.trim() === '') h++;
  if (h > 2 || h >= lines.length - 1 || !lines.slice(h).every((l) => /^\s*\|/.test(l)))
    return undefined;
  return pipeTableUnit(lines[0]!);
}

/** The sums a pipe table's first header cell gives the bare cells of the columns after it when
 *  its bracket names money, with a scale or not: "| Item (Rp trillion) | 2034 Actual |",
 *  "| Product (S$) | Old fare | New fare |" (v273). Undefined for a header whose first cell names
 *  none. */
export function pipeFirstHeadMoney(header: string): ListColumn | undefined {
  const first = header.split('|')[1];
  const money = first === undefined ? undefined : linePrice(first, true);
  return money && { kind: 'amount', money };
}

/** The unit a pipe table's title gives its bare cells: a list title's (listTableTitle), or a
 *  currency with no scale (pipePriceTitle, v273). */
export function pipeTableUnit(line: string): ListColumn | undefined {
  return listTableTitle(line) ?? pipePriceTitle(line);
}

/** A pipe header cell that names the day a rate took effect or last held, a full date after
 *  "from", "up to" or "until": "From 01.07.2034", "Up to 30.06.2034", "With effect from 1 July
 *  2034" (v259). Its column holds the rate in force over that time, no year's own figure. */
const IN_FORCE_DATE_HEAD_RE =
  /\b(?:up\s+to|until|till|to|from|effective|w\.e\.f\.?|with\s+effect\s+from)\s+(?:\d{1,2}(?:st|nd|rd|th)?[\s./-](?:\d{1,2}|[A-Za-z]{3,9}\.?)[\s./-]\s*|[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+)(?:19|20)\d\d\b/gi;
/** A first header cell that names what its rows number: an order, award or other instrument by
 *  its number ("| Order | … |" over "| 64 | … |"), as boards list their past orders (v259). */
const NUMBERED_HEAD_RE =
  /^\s*(?:orders?|determinations?|awards?|rounds?|resolutions?|circulars?|notices?|agreements?|settlements?|decisions?|issues?|series|reports?|reviews?)(?:\s+(?:no\.?|number|#))?\s*$/i;
/** Whether a pipe row's label is the number of the instrument its first header cell names. */
const numberedRow = (cell: { label: string; labelHead: string }): boolean =>
  NUMBERED_HEAD_RE.test(cell.labelHead) && /^\s*(?:no\.?\s*)?\d{1,4}\s*$/i.test(cell.label);

/** A header cell whose bracket only says which measure it is, three words or more and no unit:
 *  "CPI (all items less fresh food)", "Core inflation (excluding energy and food)" (v283). */
const QUALIFIER_HEAD_RE =
  /\((?![^()]*\b(?:numbers?|counts?|thousands?|millions?|billions?|per\s?cent|percent|points?|basis|units?|tonnes?|persons|people)\b)[A-Za-z][A-Za-z'’-]*(?:\s+[A-Za-z][A-Za-z'’-]*){2,}\)\s*$/;
/**
 * The column of a bare cell in a pipe table whose title, the lead's first line with at most one
 * blank line under it, gives the unit in its bracket, a percent or points, and whose header cell
 * over it gives none of its own, as funds, insurers and endowments title their tables of returns
 * and holdings ("Returns by asset class, fiscal year 2033 (net of fees, %)" ⏎ "| Asset class |
 * Return | Benchmark |", "Fund returns to 30 September 2033, after costs (%)" ⏎ "| | 3 months |
 * 1 year | 5 years p.a. |", v174): a `change` when the title names one (a return), a `share` when
 * the header names a part of the whole or a bound ("Weight", "Target"). A header that names a year
 * other than the start of its period ("Since 2019 p.a." is a period; a table of years has its own
 * reader) or a row label that names one ("| FY2034 |"), a row whose label states its own unit
 * ("Members (number)") and a row that names the gap between two returns ("Value added", "Excess
 * return") give none. Undefined for anything else.
 * @example pipeTitleColumn('Returns, 2033 (net of fees, %)\n\n| Class | Return |\n| Equities | ') // { kind: 'change', unit: 'percent', basis: false }
 * @example pipeTitleColumn('Returns, 2033\n\n| Class | Return |\n| Equities | ') // undefined
 */
export function pipeTitleColumn(lead: string): TableColumn | undefined {
  const column = pipeTableTitle(lead);
  if (!column || column.kind === 'amount') return undefined;
  const cell = pipeCell(lead);
  if (
    !cell ||
    (/\)\s*$/.test(cell.header) && !QUALIFIER_HEAD_RE.test(cell.header)) ||
    /(?<!\b(?:since|from)\s+)(?:19|20)\d\d/i.test(cell.header.replace(IN_FORCE_DATE_HEAD_RE, '')) ||
    (!YEAR_LABEL_RE.test(cell.label) &&
      !numberedRow(cell) &&
      (/(?<!\b(?:since|from)\s+)(?:19|20)\d\d/i.test(cell.label) || !/\p{L}/u.test(cell.label))) ||
    ownUnitLabel(cell.label) ||
    GAP_ROW_RE.test(cell.label)
  )
    return undefined;
  return column.unit === 'percent' &&
    (PART_HEADER_RE.test(cell.header) || PART_HEADER_RE.test(cell.label))
    ? { ...column, kind: 'share' }
    : column;
}

/** A pipe header cell that names a count, a part or a rate, whose cells are no sums under a money
 *  title: "Projects", "Number of beds", "Share", "Rate", "Ratio", "%". */
const NO_SUM_HEADER_RE =
  /%|\b(?:numbers?|no\.|counts?|shares?|percentages?|per\s?cent|proportions?|rates?|ratios?|ranks?|projects|beds|staff|units)\b/i;

/** Under a title that names a currency with no scale ("Monthly average spot prices (öre/kWh)"), a
 *  header's "rate" that names the sum paid per that unit ("Support rate SE1", v279); an interest,
 *  exchange, tax or growth rate stays a rate. */
const PRICE_RATE_HEAD_RE =
  /\b(?<!\b(?:interest|exchange|growth|inflation|unemployment|vacancy|participation|tax|vat|discount|policy|bank)\s+)rates?\b/gi;

/**
 * The column of a bare cell in a pipe table whose title, the lead's first line with at most one
 * blank line under it, names a currency and a scale in its bracket, and whose header cell over it
 * gives no unit of its own, as budgets and capital plans title their tables ("Capital outlay on
 * medical and public health (₹ crore)" ⏎ "| Scheme | 2033-34 Actuals | 2034-35 RE |", "Table 1:
 * Capital plan 2035/36 (£000)" ⏎ "| Scheme | 2035/36 |", v200): sums in that currency and scale,
 * whatever year the column is of. A header cell with a bracket, or one that names a count, a part
 * or a rate ("Beds", "Share"), and a row whose label states its own unit give none.
 * @example pipeMoneyTitleColumn('Outlay (₹ crore)\n\n| Scheme | 2035-36 BE |\n|---|---|\n| Roads | ') // { kind: 'amount', money: { sign: '₹', scale: 1e7 } }
 * @example pipeMoneyTitleColumn('Outlay (₹ crore)\n\n| Scheme | Beds |\n|---|---|\n| Roads | ') // undefined
 */
export function pipeMoneyTitleColumn(lead: string): ListColumn | undefined {
  const column = pipeTableTitle(lead);
  if (column?.kind !== 'amount') return undefined;
  const cell = pipeCell(lead);
  if (
    !cell ||
    (/\)\s*$/.test(cell.header) && !markedYearHead(cell.header)) ||
    NO_SUM_HEADER_RE.test(
      column.money.scale <= 1 ? cell.header.replace(PRICE_RATE_HEAD_RE, '') : cell.header,
    ) ||
    !(/\p{L}/u.test(cell.label) || YEAR_LABEL_RE.test(cell.label)) ||
    ownUnitLabel(cell.label) ||
    // "| Net debt (£m) | 2034 |" over "| Gearing ratio | 61.2 |": under a first header cell's
    // money a row of another measure keeps its own reading, as under years (v175, v273).
    (/^\s*\|/.test(lead) && !moneyTitleRow(cell.label))
  )
    return undefined;
  return column;
}

const BARE_LEVEL_RE = new RegExp(String.raw`^(?:${FRACTION_DIGITS}|${NUMBER})$`);
const FROM_PERCENT_TO_BEFORE_RE = new RegExp(FROM_PERCENT_TO_BEFORE, 'i');

/** A bare second level whose percent the first level of its from/to pair wrote ("from 6.3 percent
 *  in January to 5.1 in October"): read in percent, as a level (no sign from the verb). */
function elidedLevel(words: string, kind: FigureKind, lead: string): StatedReading[] | undefined {
  const t = words.trim();
  if (kind === 'amount' || !BARE_LEVEL_RE.test(t) || !FROM_PERCENT_TO_BEFORE_RE.test(lead))
    return undefined;
  const n = readNumber(t);
  return n === undefined ? undefined : [{ value: n, unit: 'percent' }];
}

/** A bare table cell read in the unit its column's header gives. */
function cellReadings(words: string, kind: FigureKind, lead: string): StatedReading[] | undefined {
  if (!BARE_CELL_RE.test(words.trim())) return undefined;
  const yearly = yearTableColumn(lead) ?? yearRowColumn(lead);
  if (yearly?.money) return kind === 'amount' ? moneyCell(words, yearly.money) : [];
  // "| Council | Fines issued (number) | Value ($ million) | Paid (%) | Written off (%) |": the
  // header cell over a pipe table's cell that names money says what it is, which a count of the
  // header's percent brackets as a text table's columns does not (v255).
  const pipeMoney = pipeHeaderColumn(lead);
  const column: ListColumn | undefined =
    (pipeMoney?.kind === 'amount' ? pipeMoney : undefined) ??
    tableColumn(lead) ??
    (yearly && {
      kind: yearly.kind as TableColumn['kind'],
      unit: yearly.points === true ? 'percentage-points' : 'percent',
      basis: false,
    }) ??
    listTableColumn(lead) ??
    periodTableColumn(lead) ??
    pipeHeaderColumn(lead) ??
    pipeTitleColumn(lead) ??
    pipeMoneyTitleColumn(lead);
  // "Shelter and settlements: 3.21" under "Budget by area of focus (CHF million)".
  if (column?.kind === 'amount') return kind === 'amount' ? moneyCell(words, column.money) : [];
  if (kind === 'amount') return undefined;
  if (!column || (column.unit === 'percentage-points' && kind !== 'change')) return undefined;
  const t = words.trim();
  const n = readNumber(t.replace(/^[-+–−‑(]|\)$/g, ''));
  if (n === undefined) return undefined;
  const size = column.basis ? round(n / 100) : n;
  return [{ value: /^[-–−‑(]/.test(t) ? -size : size, unit: column.unit }];
}

/** A bare cell of a money row, in every currency its row's sign may name: "(318.2)" under
 *  "Budget balance (R billion)" is −318.2 billion rand. */
function moneyCell(words: string, money: { sign: string; scale: number }): StatedReading[] {
  const t = words.trim();
  const n = readNumber(t.replace(/^[-+–−‑(]|\)$/g, ''));
  if (n === undefined) return [];
  const value = (/^[-–−‑(]/.test(t) ? -1 : 1) * round(n * money.scale);
  return currenciesOf(money.sign).map((unit) => ({ value, unit }));
}

/** A written minus, also the bracketed "(-) 0.1 per cent" of Indian official tables and the words
 *  "minus 0.1 percent" of central banks and "the negative 0.4 per cent" of statistics offices. */
const SIGNED = String.raw`(?:\(\s?[-–−‑]\s?\)|[-–−‑]|\b(?:minus(?:\s+of)?|negative)\s)\s?`;
const POINT_AND_A_HALF_RE = new RegExp(POINT_AND_A_HALF, 'i');
const PERCENT_AND_A_HALF_RE = new RegExp(PERCENT_AND_A_HALF, 'i');
/** "rose by a third", "fell by two-thirds": the fraction of the old level that was added or lost. */
const FRACTION_BY = new RegExp(
  String.raw`\bby\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more than|less than|just over|just under)\s+)?(${FRACTION})\b${NOT_OF_A_PERCENT}`,
  'i',
);
/** "fell one fourth", "rose a third": the fraction straight after a verb of change, no "by", as the
 *  whole of the stated words (the extractor states it so; anything after it is no part of it). */
const FRACTION_AFTER_VERB = new RegExp(
  String.raw`^\s*(?:${UP_VERB}|${DOWN_VERB})\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more than|less than|just over|just under)\s+)?(${FRACTION})\s*$`,
  'i',
);
/** "lost about half its value", "shed a third of their value": the fraction of the old level lost. */
const FRACTION_LOST = new RegExp(
  String.raw`\b(?:lost|loses|lose|losing|shed|sheds)\s+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more than|less than)\s+)?(${FRACTION})\s+(?:of\s+)?(?:its|their)\s+value\b`,
  'i',
);
/** The stated words are a fraction and nothing else: "one fifth", "a third". */
const FRACTION_ALONE = new RegExp(String.raw`^\s*(${FRACTION})\s*$`, 'i');
/** "growth of one quarter", "a decline of a third": the fraction after a noun of change. */
const FRACTION_NOUN = new RegExp(FRACTION_CHANGE_NOUN, 'i');
/** "one fifth more", "about one fourth less": a fraction of the old level before a comparative. */
const FRACTION_MORE = new RegExp(
  String.raw`\b(${FRACTION})\s+(?:more|less|higher|lower|greater|smaller|fewer)\b`,
  'i',
);
/** "half of what it was", "a third of the level recorded in 2030": the fraction of an earlier value
 *  the measure fell to, a change of the fraction less the whole. */
const FRACTION_OF_EARLIER_RE = new RegExp(FRACTION_OF_EARLIER, 'i');
/** "a third of", "half of", "three quarters of": a share. */
const FRACTION_OF = new RegExp(
  String.raw`\b(${FRACTION})${NOT_OF_A_PERCENT}\s+of\b|\b(${HALF_THE})`,
  'i',
);
/** "the percentage change was +3.4": the unit named before the number. */
const NAMED_PERCENT_CHANGE_RE = new RegExp(NAMED_PERCENT_CHANGE, 'i');
/** A verb of change that takes an object, then the object, then "by" and the size: "increased new
 *  contracts by 4 percent", "cut price rises by 1.5 percent", "raised its losses by 4%". The verb
 *  says which way the object moved; a word inside the object that is itself a verb or noun of
 *  change ("contracts", "cuts", "increases", "losses") names what moved, not the direction.
 *  Group 1 is an upward verb, group 2 a downward one. */
const VERB_OBJECT_BY_RE = new RegExp(
  String.raw`^\s*(?:(${UP_VERB}|rais(?:e|es|ed|ing)|lift(?:s|ed|ing)?|boost(?:s|ed|ing)?|hik(?:e|es|ed|ing))|(${DOWN_VERB}))\s+(?!by\b)(?:[\w'’-]+\s+){1,4}?by\s+(?:(?:about|around|some|nearly|almost|roughly|an\s+estimated|a\s+further)\s+)?[-−–]?\d`,
  'i',
);
/** One side of "from … to …": a level in percent, a currency or a bare count. */
const side = (sign: string): string =>
  String.raw`${sign}?(${NUMBER})(?:\s*(${SCALE})\b)?(?:\s*(?:${CURRENCY_WORD})(?!\w))?`;
const fromToSource = (sign: string): string =>
  String.raw`\bfrom\s+${side(sign)}\s*(?:${PERCENT})?\s+to\s+${side(sign)}`;
/** Each side's sign read loosely (looseSign.ts; 7,500 characters, not 17,300): groups 1 and 4,
 *  which the pattern as written (made only when a loose sign is none) keeps as groups too; 2 and
 *  5 are the numbers, 3 and 6 the scales. */
const [FROM_TO, fromToAsWritten] = signedPattern(fromToSource, 'i', true);
/** A fall's noun, a verb that changes its size, and the two sizes: "decrease in household spending
 *  widened from 6.1% to 8.7%". Groups 1 and 2 are the numbers. */
const FALL_SIZE_FROM_TO = new RegExp(
  String.raw`\b(?:${DOWN_NOUN})\b[^\d%]{0,80}?\b(?:rose|increased|grew|widened|deepened|climbed|went\s+up|was\s+revised\s+(?:up|upward))\s+from\s+(?:about\s+)?(${NUMBER})\s*(?:${PERCENT})?\s+to\s+(?:about\s+)?(${NUMBER})\s*(?:${PERCENT})`,
  'i',
);
/** A plus written on the number ("(+0.6%)"), which no verb of decrease elsewhere in the words
 *  can turn into a fall: "A (+0.6%) advanced, but B (-0.2%) declined". */
const WRITTEN_PLUS = String.raw`(?<![\w.,])\+\s?`;
const PERCENT_RE = new RegExp(
  String.raw`(${SIGNED}|${WRITTEN_PLUS})?(${FRACTION_DIGITS}|${NUMBER}|${NUMBER_WORD}|${FRACTION_OF_A})(?:${PERCENT}|${OF_A_PERCENT})`,
  'i',
);
/** "10.9, 10.2 and 7.7 percent", "fell by 3.1, 2.4 and 1.0 percent": the bare numbers of a list
 *  whose percent is written once after the last; each is a reading, with the verb's sign. */
const SHARED_PERCENT_LIST = new RegExp(
  String.raw`(?<![\w.,])(${LIST_NUMBER})(?=(?:\s*,\s*(?:${LIST_NUMBER}))*\s*,?\s+and\s+(?:${LIST_NUMBER})(?:${PERCENT}))`,
  'gi',
);
/** "2.9 percent in 2031, to 3.2 in 2032 and 3.7": after a percent for a year, the bare numbers for
 *  later years (the last may end the words) are readings in percent too. */
const YEAR_RUN_START = /(?:%|per\s?cent\b|percent\b)\s+(?:(?:in|for)\s+|by\s+end-)(?:19|20)\d\d\b/i;
const YEAR_RUN_MEMBER =
  /(?<=(?:,|\band|\bto)\s+)(\d{1,2}(?:\.\d+)?)(?=\s+(?:(?:in|for)\s+|by\s+end-)(?:19|20)\d\d\b|$)/gi;
/** "from 22 to 34 percent", the words of "increased from 22 to 34 percent" from "from" on: the
 *  bare first level shares the percent written after the second, also with a vulgar fraction
 *  ("6¾ to 6½ percent"), a period after the first ("60 in 2029 to 65 percent") or a hedge
 *  before the second ("7.4 to nearly 13 per cent"). */
const BARE_FROM_LEVEL = new RegExp(
  String.raw`^(?:from\s+)?(${FRACTION_DIGITS}|${NUMBER})(?:${LEVEL_PERIOD})?\s+to\s+(?:(?:${NEAR_HEDGE})\s+)?(?:${FRACTION_DIGITS}|${NUMBER})(?:${PERCENT})`,
  'i',
);
/** "revisions of 0.3 and 0.2 percentage points": the same for a list in points (not basis points). */
const SHARED_POINTS_LIST = new RegExp(
  String.raw`(?<![\w.,])(${NUMBER})(?=(?:\s*,\s*(?:${NUMBER}))*\s*,?\s+and\s+(?:${NUMBER})(${POINTS}))`,
  'gi',
);
/** "4 ±1.5%", "4 +/- 1.5 percent": a level with no percent of its own before the tolerance band
 *  around it borrows the band's percent; the level is the reading, never the half-width. */
const BAND_LEVEL_RE = new RegExp(
  String.raw`(?<![\w.,])(${NUMBER})\s*(?=${PLUS_MINUS}(?:${FRACTION_DIGITS}|${NUMBER})(?:${PERCENT}))`,
  'i',
);
/** "0.4 percentage points", "one percentage point higher", "half a percentage point". */
const POINTS_RE = new RegExp(
  String.raw`(${SIGNED})?(${FRACTION_DIGITS}|${NUMBER}|${NUMBER_WORD}|${FRACTION_OF_A})(${POINTS})`,
  'i',
);
/** A bare "points" after the number ("rose 0.3 points", "a 2-point rise"): read as percentage
 *  points, last, when nothing else in the words is. Whether the clause is about a rate (so the
 *  points are percentage points, not an index's) is the extractor's call (numberVocabulary's POINTS); the stated
 *  words alone do not carry the clause. */
const BARE_POINTS_RE = new RegExp(String.raw`(${SIGNED})?(${NUMBER})[- ](?:points?|pts)\b`, 'i');
/** A later number in points of the same verb's list, with words but no other number between (a
 *  year apart, or the level the first reached): "by 50 basis points in 2035 and 2036, and 25 basis
 *  points", "lowered A by 20 bp to 3.5%, and B by 10 bp". */
const POINTS_MORE_RE = new RegExp(
  String.raw`(?<=${POINTS})(?:[^\d%;:.()]|(?:19|20)\d\d|\bto\s+(?:${NUMBER})(?:${PERCENT})){1,100}?(${SIGNED})?(${FRACTION_DIGITS}|${NUMBER})(${POINTS})`,
  'gi',
);
/** "decreased by 41.9% and 12.6%", "fell by 2.1% in comparison with December 2014 and imports by
 *  0.3%", "fell €48 million (17 percent) in value, and 9 percent": a later number of the verb's
 *  list, which shares its sign. */
const LIST_MORE_RE = new RegExp(
  String.raw`(?:${PERCENT})\)?(?:\s+(?:in|for|during|on|over|against|compared\s+with|in\s+comparison\s+with)\s+[\w-]+(?:\s+[\w-]+){0,2})?\s*,?\s*(?:and|or)\s+(?:[\w'’-]+\s+){0,2}?(?:by\s+)?(${SIGNED})?(${FRACTION_DIGITS}|${NUMBER})(?:${PERCENT})`,
  'gi',
);
/** "is down with Japan (34.7%), Korea (12.1%) and China (8%)": a later bracketed number of the
 *  verb's list of names, which shares its sign. */
const BRACKET_LIST_MORE_RE = new RegExp(
  String.raw`\)\s*,?\s*(?:(?:and|or)\s+)?[^()\d%;:.]{1,60}\(\s*(${SIGNED})?(${NUMBER})(?:${PERCENT})(?=\s*\))`,
  'gi',
);
/** "fell 2.1%, imports 0.3%", "went down by 2.3 percent and exports to China by 4.1 percent": a
 *  later number whose verb is left out, with words but no number of its own between (a year or a
 *  quarter apart, "by 6.4% in Q2, by 2.5% in Q3", or an aside in brackets: "falls of 4.1% in A (2.3% up without B), 6.2% in C"), which
 *  shares the verb's sign. */
const GAPPED_MORE_RE = new RegExp(
  String.raw`(?<=${PERCENT})(?:[^\d%;:.()]|(?:19|20)\d\d|\bQ[1-4]\b|\([^()]{1,80}\)){1,100}?(${SIGNED})?(${FRACTION_DIGITS}|${NUMBER})(?:${PERCENT})`,
  'gi',
);
/** "falls were seen in the following: tin by 4.2 percent; zinc by 1.1 percent": after a colon,
 *  a later item of a list parted by semicolons (a name, "by" or a comma, its number), which shares
 *  the lead-in's sign. */
const COLON_LIST_MORE_RE = new RegExp(
  String.raw`;(?<=:[^:]*?(?:${PERCENT})\)?[^\d%;:.()]{0,40};)\s*(?:and\s+)?[^\d%;:.()]{1,60}?(?:\s+by\s*|\s*,\s*|\s+|\s*\(\s*)(${SIGNED})?(${NUMBER})(?:${PERCENT})`,
  'gi',
);
/** A scale word after its number with the next group's digits glued on: "billion" of "2
 *  billion86 million dollars" (no sign such as "N" read from the scale word's last letter). */
const GLUED_SCALE_DIGIT_RE = /(\d[^\S\n]*(?:trillion|billion|million))(?=\d)/gi;
const AMOUNT_SIGN = new RegExp(
  String.raw`(${CURRENCY_SIGN})(?:${MINUS_AFTER_SIGN})?(${AMOUNT_NUMBER})(?:\s*(${SCALE_AFTER_SIGN})\b)?`,
  'i',
);
/** "120 billion yen", and a number in words before its scale: "five billion dollars". */
const AMOUNT_WORD = new RegExp(
  String.raw`(${AMOUNT_NUMBER}|\b(?:${HUNDREDS_NUMBER_WORD})(?=\s+(?:${SCALE})\b))(?:(?:\s*|-)(${SCALE})(?:\b|(?=(?:${CURRENCY_WORD})(?!\w)))\.?)?(?:\s*|-)(${CURRENCY_WORD})(?!\w)`,
  'i',
);
/** The code between the number and its scale: "33.00 USD billion". */
const AMOUNT_CODE_SCALE = new RegExp(
  String.raw`(${NUMBER})\s*(${CURRENCY_WORD})\s+(${SCALE})\b`,
  'i',
);
/** The first end of "from US$ 27 to 276 billion", read with the scale written after the second
 *  (as an amount; as a change the same words state the relative change). */
const sharedScaleSource = (sign: string): string =>
  String.raw`^(?:from\s+)?(${CURRENCY_SIGN})\s?(${NUMBER})\s+to\s+${sign}?\s?(?:${NUMBER})\s*(${SCALE})\b`;
/** Its second sign read loosely (looseSign.ts; 5,500 characters, not 10,500): group 3, which
 *  the pattern as written (made only when a loose sign is none) keeps as a group too. */
const [SHARED_SCALE, sharedScaleAsWritten] = signedPattern(sharedScaleSource, 'i', true);
/** The first end of "from 18 billion to 41 billion rand", read with the currency word written
 *  once after the second. */
const SHARED_CURRENCY = new RegExp(
  String.raw`^(?:${FROM_CURRENT})?(${NUMBER})\s*(${SCALE})\b\.?\s+to\s+(?:${NUMBER})\s*(?:${SCALE})\b\.?\s*(${CURRENCY_WORD})(?!\w)`,
  'i',
);
/** "from 3.24 to 3.58 euro cents": a bare first level and a second whose currency is words after
 *  it. Group 1 is the first number, 2 the second end. */
const BARE_FROM_CURRENCY_WORD_RE =
  /^from\s+(\d[\d.,]*)\s+to\s+(\d[\d.,]*\s*(?:[a-z]+\s+){0,2}?[a-z]+)$/i;
/**
 * v242: "from 3.24 to 3.58 euro cents": the bare first level read in the currency and size the
 * second end writes in words after it (none when the first is far from the second: "from 900,000
 * to 1.2 million euros" writes its first end in full).
 * @example bareFromAmount('from 3.24 to 3.58 euro cents') // [{ value: 0.0324, unit: 'EUR' }]
 */
export function bareFromAmount(words: string): StatedReading[] {
  const bareFrom = BARE_FROM_CURRENCY_WORD_RE.exec(words);
  if (!bareFrom) return [];
  const first = readNumber(bareFrom[1]!);
  const second = readNumber(/^\d[\d.,]*/.exec(bareFrom[2]!)![0]);
  if (!first || !second || first / second < 0.1 || first / second > 10) return [];
  return readStatedValue(bareFrom[2]!, 'amount').map((end) => ({
    value: Number(((first * end.value) / second).toPrecision(12)),
    unit: end.unit,
  }));
}
/** "$2.4 and $1.9 billion, respectively": the first amount, with the scale written once after the
 *  second. */
const respectiveScaleSource = (sign: string): string =>
  String.raw`^(${CURRENCY_SIGN})\s?(${NUMBER})\s+and\s+${sign}?\s?(?:${NUMBER})\s*(${SCALE})\b`;
/** Its second sign read loosely, group 3, as SHARED_SCALE's. */
const [RESPECTIVE_SCALE, respectiveScaleAsWritten] = signedPattern(
  respectiveScaleSource,
  'i',
  true,
);
/** The second sign's group of SHARED_SCALE and RESPECTIVE_SCALE, a space allowed after it. */
const SECOND_SIGN: SignSlots = { groups: [3], space: true };
/** "PLN 64 billion 302.5 million": billions and a part in millions, one amount. Group 1 is the
 *  billions, 2 the millions. */
const BILLIONS_AND_MILLIONS =
  /(\d+(?:\.\d+)?)\s*(?:billion|bn)\s+(\d{1,3}(?:\.\d+)?)\s+(?:million|mn)\b/i;
/** A minus written before an amount: a balance below zero; also between its currency and its
 *  number ("USD (-) 4.2 billion"). */
const AMOUNT_MINUS = new RegExp(
  String.raw`${WRITTEN_MINUS}(?=(?:${CURRENCY_SIGN})?\d)|\b(?:minus|negative)\s+(?:by\s+)?(?=(?:${CURRENCY_SIGN})?\s?\d)|(?<=${CURRENCY_SIGN})${MINUS_AFTER_SIGN}`,
  'i',
);

/**
 * True when the stated words carry a written minus, the one way an amount or a level in percent is
 * negative.
 * @example hasWrittenMinus('–2.8 billion euros') // true
 * @example hasWrittenMinus('minus 0.1 percent') // true
 * @example hasWrittenMinus('the negative 0.4 per cent') // true
 * @example hasWrittenMinus('USD (-) 4.2 billion') // true
 * @example hasWrittenMinus('a decrease of US$2 billion') // false
 * @example hasWrittenMinus('(318.2)') // true: a table cell in brackets, as accounts write a minus
 */
export function hasWrittenMinus(text: string): boolean {
  return AMOUNT_MINUS.test(text) || BRACKETED_CELL_RE.test(text.trim());
}
/** A bare table cell in brackets, the minus of accounts and fiscal tables: "(318.2)", "(38)". */
const BRACKETED_CELL_RE = /^\(\d[\d,]*(?:\.\d+)?\)$/;

const FRACTION_SCALE = new RegExp(FRACTION_SCALE_AMOUNT, 'i');

/** A scaled number whose currency the sentence named earlier: "… and 1.7599 billion was earned". */
const AMOUNT_BARE = new RegExp(String.raw`(${NUMBER})\s*(${SCALE})\b`, 'i');
/** This reader's patterns that run to thousands of characters (each holds every currency sign or
 *  word), which the extractor compiles ahead of its first run (authoring/extract/compileAhead.ts). */
export const LONG_PATTERNS: readonly RegExp[] = [
  FROM_TO,
  AMOUNT_SIGN,
  AMOUNT_WORD,
  AMOUNT_CODE_SCALE,
  SHARED_SCALE,
  SHARED_CURRENCY,
  RESPECTIVE_SCALE,
  AMOUNT_MINUS,
  FRACTION_SCALE,
];
/**
 * Relative change in percent from one level to another, rounded to 2 decimals; undefined from 0.
 * @example relativeChange(2, 3) // 50
 * @example relativeChange(7, 10) // 42.86
 */
export function relativeChange(from: number, to: number): number | undefined {
  if (from === 0 || !Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  return Math.round(((to - from) / from) * 100 * 100) / 100;
}

/** At the end of a change's words, the same change at an annual rate in brackets: "(annual rate
 *  1.2%)", "(at an annual rate of 0.8%)", "(annualised rate 2%)". Group 1 is the rate. */
const ANNUAL_RATE_END_RE =
  /\(\s*(?:at\s+)?(?:an?\s+)?annual(?:i[sz]ed)?\s+rate(?:\s+of)?\s+(\d[\d.,]*)\s?(?:%|per\s?cent|percent)\s*\)?\s*$/i;

/**
 * Every reading the stated words support; validation accepts `value` if it is one of them.
 * @example readStatedValue('increased 40%', 'change') // [{ value: 40, unit: 'percent' }]
 * @example readStatedValue('had doubled', 'change') // [{ value: 100, unit: 'percent' }]
 * @example readStatedValue('$8 billion', 'amount') // [{ value: 8e9, unit: 'USD' }]
 * @example readStatedValue('¥120 billion', 'amount') // [{ value: 1.2e11, unit: 'JPY' }, { value: 1.2e11, unit: 'CNY' }]
 * @example readStatedValue('€1 741.9 bn', 'amount') // [{ value: 1.7419e12, unit: 'EUR' }]
 * @example readStatedValue('rose from $2 billion to $3 billion', 'change') // [{ value: 50, unit: 'percent' }]
 * @example readStatedValue('0.4 percentage points lower', 'change') // [{ value: -0.4, unit: 'percentage-points' }]
 * @example readStatedValue('a third of world output', 'share') // [{ value: 33.33, unit: 'percent' }]
 * @example readStatedValue("half the world's jobless", 'share') // [{ value: 50, unit: 'percent' }]
 * @example readStatedValue('the percentage change was +3.4', 'change') // [{ value: 3.4, unit: 'percent' }]
 * @example readStatedValue('fell by 4% and 2%', 'change') // [{ value: -4, … }, { value: -2, … }]
 * @example readStatedValue('cut by 25 basis points', 'change') // [{ value: -0.25, unit: 'percentage-points' }]
 * @example readStatedValue('2 1/2 per cent', 'share') // [{ value: 2.5, unit: 'percent' }]
 * @example readStatedValue('10.9, 10.2 and 7.7 percent', 'change') // [{ value: 10.9, … }, { value: 7.7, … }]
 * @example readStatedValue('4 ±1.5%', 'change') // [{ value: 4, unit: 'percent' }, { value: 1.5, … }]
 * @example readStatedValue('one-half of a per cent', 'change') // [{ value: 0.5, unit: 'percent' }]
 * @example readStatedValue('decrease of US$2 billion', 'amount') // [{ value: 2e9, unit: 'USD' }]
 * @example readStatedValue('1.7599 billion', 'amount', { currency: 'USD' }) // [{ value: 1.7599e9, unit: 'USD' }]
 */
export function readStatedValue(
  words: string,
  kind: FigureKind,
  context?: StatedContext,
): StatedReading[] {
  // "￥952 billion": the full-width yen sign is the yen's "¥".
  words = yenSign(words);
  // "SEK 512.6 (478.3) billion": a level and last year's in brackets share the scale after both.
  words = priorBracketWords(words, context?.lead, context?.after) ?? words;
  // "332億ドル", "6.6%増", "約5倍": Japanese notation has a reader of its own.
  const japanese = readJapaneseStated(words, kind);
  if (japanese) return japanese;
  // "40,3 трлн рублей", "412 млрд долл. США": a Russian amount has a reader of its own.
  const russian = kind === 'amount' ? readRussianAmount(words) : undefined;
  if (russian) return russian;
  // A bare number in a table: its column's header gives its unit.
  const cell = context?.lead === undefined ? undefined : cellReadings(words, kind, context.lead);
  if (cell) return cell;
  // "| Prevailing retail price (₱) | MRP (₱) | Reduction |" over "| 58.00 | 29.50 | 49% |": a
  // percent in a column of the prices' falls is a fall (v271).
  const fall = UNSIGNED_PERCENT_CELL_RE.exec(words);
  if (fall && kind === 'change' && context?.lead !== undefined && fallColumnCell(context.lead))
    return [{ value: -readNumber(fall[1]!)!, unit: 'percent' }];
  // "from 6.3 percent in January to 5.1 in October": a bare second level in the first's percent.
  const elided = context?.lead === undefined ? undefined : elidedLevel(words, kind, context.lead);
  if (elided) return elided;
  // "Rs 1,64,200 crore": India's grouping read as the same number grouped in thousands; "2
  // billion86 million", a page that lost a space after a scale word, read with the space back.
  // "Rs. 20, 830 crore": a thousands group parted from its comma by a space, closed up.
  const text = westernGroups(closeSpacedGroups(words)).replace(GLUED_SCALE_DIGIT_RE, '$1 ');
  const readings: StatedReading[] = [];
  const object = VERB_OBJECT_BY_RE.exec(text);
  const down = object
    ? object[2] !== undefined
    : DECREASE.test(text) || RUSSIAN_DECREASE.test(text) || RUSSIAN_LOWER_BY.test(text);
  let fromToRead = false;
  if (kind === 'change') {
    for (const [re, change] of MULTIPLIERS) {
      if (re.test(text)) readings.push({ value: change, unit: 'percent' });
    }
    // "a 29.7-fold rise", "or 2.2 times": the multiple less one, in percent.
    const multiple =
      DECIMAL_FOLD_RE.exec(text) ?? DIGIT_TIMES_RE.exec(text) ?? WORD_TIMES_RE.exec(text);
    if (multiple) {
      const n = readNumber(multiple[1]!)!;
      readings.push({ value: Math.round((n - 1) * 100 * 100) / 100, unit: 'percent' });
    }
    const fraction =
      FRACTION_BY.exec(text) ??
      FRACTION_AFTER_VERB.exec(text) ??
      FRACTION_MORE.exec(text) ??
      FRACTION_NOUN.exec(text) ??
      FRACTION_LOST.exec(text);
    if (fraction) {
      const change = readFraction(fraction[1]!)!;
      readings.push({ value: down ? -change : change, unit: 'percent' });
    }
    const earlier = FRACTION_OF_EARLIER_RE.exec(text);
    if (earlier) {
      const change = Math.round((readFraction(earlier[1]!)! - 100) * 100) / 100;
      readings.push({ value: change, unit: 'percent' });
    }
    // "the decrease in spending widened from 6.1% to 8.7%": both ends are sizes of the fall.
    const fallSizes = FALL_SIZE_FROM_TO.exec(text);
    if (fallSizes) {
      for (const side of [fallSizes[1]!, fallSizes[2]!]) {
        const n = readNumber(side);
        if (n !== undefined) readings.push({ value: -n, unit: 'percent' });
      }
    }
    const fromTo = signedExec(FROM_TO, fromToAsWritten, text, { groups: [1, 4] });
    if (fromTo) {
      const from = readNumber(fromTo[2]!)! * scaleOf(fromTo[3]);
      const to = readNumber(fromTo[5]!)! * scaleOf(fromTo[6]);
      const change = relativeChange(from, to);
      if (change !== undefined) readings.push({ value: change, unit: 'percent' });
      fromToRead = change !== undefined;
    }
    // "contracted by 0.3% (annual rate 1.2%)": the same change at an annual rate, with its sign.
    const annual = ANNUAL_RATE_END_RE.exec(text);
    if (annual) {
      const n = readNumber(annual[1]!);
      if (n !== undefined) readings.push({ value: down ? -n : n, unit: 'percent' });
    }
    const named = NAMED_PERCENT_CHANGE_RE.exec(text);
    if (named) {
      const n = readNumber(named[2]!)!;
      readings.push({ value: named[1] && named[1] !== '+' ? -n : n, unit: 'percent' });
    }
    // "widened by a percentage point and a half": 1.5 points, the half written after the unit.
    if (POINT_AND_A_HALF_RE.test(text))
      readings.push({ value: signed(1.5, false, down), unit: 'percentage-points' });
    // "rose by a per cent and a half": 1.5 percent, the half written after the unit.
    if (PERCENT_AND_A_HALF_RE.test(text))
      readings.push({ value: signed(1.5, false, down), unit: 'percent' });
    const points = POINTS_RE.exec(text);
    if (points) {
      const stated = readNumber(points[2]!)!;
      const n = BASIS_POINTS_RE.test(points[3]!.trim()) ? round(stated / 100) : stated;
      readings.push({ value: signed(n, Boolean(points[1]), down), unit: 'percentage-points' });
      // "lowered by 50 basis points in 2035, and 25 basis points in 2036": the later points of the
      // verb's list share its sign.
      for (const more of text.matchAll(POINTS_MORE_RE)) {
        const later = readNumber(more[2]!)!;
        const size = BASIS_POINTS_RE.test(more[3]!.trim()) ? round(later / 100) : later;
        const value = signed(size, Boolean(more[1]), down);
        if (!readings.some((r) => r.value === value && r.unit === 'percentage-points'))
          readings.push({ value, unit: 'percentage-points' });
      }
      for (const listed of text.matchAll(SHARED_POINTS_LIST)) {
        if (BASIS_POINTS_RE.test(listed[2]!.trim())) continue;
        const value = signed(readNumber(listed[1]!)!, false, down);
        if (!readings.some((r) => r.value === value && r.unit === 'percentage-points'))
          readings.push({ value, unit: 'percentage-points' });
      }
    }
  }
  if (kind === 'share') {
    // "one in every six jobs": a ratio of one to a whole.
    const oneIn = readOneIn(text);
    if (oneIn !== undefined) readings.push({ value: oneIn, unit: 'percent' });
    const fraction = FRACTION_OF.exec(text);
    if (fraction) {
      readings.push({ value: readFraction((fraction[1] ?? fraction[2])!)!, unit: 'percent' });
    } else if (FRACTION_ALONE.test(text)) {
      // "one fifth" alone: a share whose whole the sentence named before ("… half of global
      // flows, while others rose to over one fifth").
      readings.push({ value: readFraction(FRACTION_ALONE.exec(text)![1]!)!, unit: 'percent' });
    } else {
      // "gut ein Drittel", "fast die Hälfte": a German fraction of a whole.
      const german = readGermanFraction(text);
      if (german !== undefined) readings.push({ value: german, unit: 'percent' });
    }
  }
  if (kind !== 'amount') {
    const bandLevel = BAND_LEVEL_RE.exec(text);
    if (bandLevel) readings.push({ value: readNumber(bandLevel[1]!)!, unit: 'percent' });
    for (const listed of text.matchAll(SHARED_PERCENT_LIST)) {
      const n = readNumber(listed[1]!)!;
      readings.push({ value: kind === 'change' && down ? -n : n, unit: 'percent' });
    }
    const run = YEAR_RUN_START.exec(text);
    if (run && !(kind === 'change' && down)) {
      for (const member of text.slice(run.index).matchAll(YEAR_RUN_MEMBER)) {
        readings.push({ value: readNumber(member[1]!)!, unit: 'percent' });
      }
    }
  }
  const bareFrom = kind === 'amount' ? null : BARE_FROM_LEVEL.exec(text);
  // "rose from 12% to 18%" states a change of +50 %, not of 12 %: the levels are not changes.
  const percent = PERCENT_RE.exec(text);
  // "one percent and a half" is 1.5, read above; its "one percent" is no figure of its own.
  if (percent && kind !== 'amount' && !fromToRead && !PERCENT_AND_A_HALF_RE.test(text)) {
    const n = readNumber(percent[2]!);
    if (n !== undefined) {
      // A level in percent is below zero only by its written minus ("the deposit rate at -0.5%"),
      // never by a verb of decrease ("fell to 0.5%").
      const plus = percent[1]?.startsWith('+') ?? false;
      const minus = Boolean(percent[1]) && !plus;
      const value = kind === 'change' ? signed(n, minus, down && !plus) : minus ? -n : n;
      readings.push({ value, unit: 'percent' });
    }
    if (kind === 'change') {
      for (const more of [
        ...text.matchAll(LIST_MORE_RE),
        ...text.matchAll(GAPPED_MORE_RE),
        ...(text + ')').matchAll(BRACKET_LIST_MORE_RE),
        ...text.matchAll(COLON_LIST_MORE_RE),
      ]) {
        const value = signed(readNumber(more[2]!)!, Boolean(more[1]), down);
        if (!readings.some((r) => r.value === value)) readings.push({ value, unit: 'percent' });
      }
    }
  }
  if (kind === 'amount') {
    // "US$ 27 to 276 billion", the first end of a from/to pair: the scale after the second is its.
    const shared =
      signedExec(SHARED_SCALE, sharedScaleAsWritten, text, SECOND_SIGN) ??
      signedExec(RESPECTIVE_SCALE, respectiveScaleAsWritten, text, SECOND_SIGN);
    // "from €500,000 to €1 million": a first end that states its size in full takes no scale.
    const second = shared?.[0].slice(shared[0].indexOf(shared[2]!) + shared[2]!.length);
    const secondDigits = /\d(?:[\d.,\s']*\d)?/.exec(second ?? '')?.[0];
    if (shared && (!secondDigits || firstEndTakesScale(shared[2]!, secondDigits))) {
      const value = round(readNumber(shared[2]!)! * scaleOf(shared[4]));
      for (const unit of currenciesOf(shared[1]!)) readings.push({ value, unit });
    }
    const sharedWord = shared ? null : SHARED_CURRENCY.exec(text);
    if (sharedWord) {
      const value = round(readNumber(sharedWord[1]!)! * scaleOf(sharedWord[2]));
      for (const unit of currenciesOf(sharedWord[3]!)) readings.push({ value, unit });
    }
    // "from 3.24 to 3.58 euro cents": a bare first level whose currency (with any scale or
    // hundredth) is written once after the second, read as that range's low end is (v242).
    readings.push(...bareFromAmount(text));
    const amount = AMOUNT_SIGN.exec(text);
    const coded = amount ? undefined : AMOUNT_CODE_SCALE.exec(text);
    const worded = amount || coded ? undefined : AMOUNT_WORD.exec(text);
    const [sign, digits, scale] = amount
      ? [amount[1]!, amount[2]!, amount[3]]
      : coded
        ? [coded[2]!, coded[1]!, coded[3]]
        : worded
          ? [worded[3]!, worded[1]!, worded[2]]
          : [];
    // "Imports (US'000) $512,330": a bare "$" amount after a label in brackets that gives its
    // currency and scale, as a table's row does.
    const label =
      amount && !scale && sign === '$' && context?.lead !== undefined && amount[0] === text.trim()
        ? labelScale(context.lead)
        : undefined;
    // A bare "$" or "¥", "rupees", "pesos": every currency it may name, the usual one first.
    // "24.86p": a hundredth's letter glued to the digits, in lower case only ("the 2P reserves").
    const letter = worded !== undefined && HUNDREDTH_LETTER_RE.test(sign!);
    const units: readonly Unit[] =
      sign === undefined || (letter && !/^[pc]/.test(sign!))
        ? []
        : label?.usDollar
          ? ['USD']
          : currenciesOf(sign);
    // "a decrease of US$2 billion" states the size of a fall, so the words keep the direction and
    // the value the size; only a written minus ("–2.8 billion euros", a balance) makes it negative.
    const written = hasWrittenMinus(text) ? -1 : 1;
    if (units.length > 0 && digits) {
      // "7¢", "62 cents", "40 pence", "24.86p": a hundredth of the currency the figure is counted in.
      const cents = letter || HUNDREDTH_WORD_RE.test(sign!.trim()) ? 0.01 : 1;
      const value =
        written *
        round(cents * (label ? readNumber(digits)! * label.scale : readScaled(digits, scale)!));
      // "PLN 64 billion 302.5 million": the millions are part of the amount, read first.
      // "2 billion 69 million dollars": the groups before the one the currency word follows are
      // part of the amount, read first.
      const stack = worded ? stackedGroups(text) : undefined;
      if (stack && stack.last === worded!.index) {
        for (const unit of units) readings.push({ value: written * stack.value, unit });
      }
      const parts = BILLIONS_AND_MILLIONS.exec(text);
      if (parts && readNumber(parts[1]!) === readNumber(digits)) {
        const whole = written * round(Number(parts[1]) * 1e9 + Number(parts[2]) * 1e6);
        for (const unit of units) readings.push({ value: whole, unit });
      }
      for (const unit of units) readings.push({ value, unit });
    } else if (FRACTION_SCALE.test(text)) {
      // "half a trillion US dollars": the fraction (in percent) of the scale.
      const [, fraction, scale, word] = FRACTION_SCALE.exec(text)!;
      const value = round((readFraction(fraction!)! / 100) * scaleOf(scale));
      for (const unit of currenciesOf(word!)) readings.push({ value, unit });
    } else if (!digits && context?.currency) {
      const bare = AMOUNT_BARE.exec(text);
      if (bare) {
        const value = round(readNumber(bare[1]!)! * scaleOf(bare[2]));
        for (const unit of sameSign(context.currency)) readings.push({ value, unit });
      }
    }
  }
  // Last, so a reader that takes the first reading still gets the stated percent's own number.
  if (bareFrom) readings.push({ value: readNumber(bareFrom[1]!)!, unit: 'percent' });
  const barePoints = kind === 'change' ? BARE_POINTS_RE.exec(text) : null;
  if (barePoints && !readings.some((r) => r.unit === 'percentage-points')) {
    const n = readNumber(barePoints[2]!)!;
    readings.push({ value: signed(n, Boolean(barePoints[1]), down), unit: 'percentage-points' });
  }
  // "| Gold reserves | US$9 412 |" under "| | As at 31 August 2034 (million) |": a sum with its
  // sign and no scale of its own takes the scale its pipe table's column header gives (v106).
  const column =
    kind === 'amount' && context?.lead !== undefined && /\d\s*$/.test(text)
      ? columnScale(context.lead)
      : undefined;
  if (column)
    return readings
      .filter((r) => r.unit !== 'percent' && (!column.units || column.units.includes(r.unit)))
      .map((r) => ({ value: round(r.value * column.scale), unit: r.unit }));
  return readings;
}

/** The currencies a bare number may be counted in after one named in its sentence: the one named,
 *  and for a bare "$" or "¥" the others that sign may name (the document's country decides). */
function sameSign(unit: Unit): readonly Unit[] {
  if (unit === 'USD') return ['USD', ...OTHER_DOLLARS];
  if (unit === 'JPY') return ['JPY', 'CNY'];
  return [unit];
}

/** A written minus, or a verb of decrease, makes a positive number negative. */
function signed(n: number, minus: boolean, down: boolean): number {
  return minus || (down && n > 0) ? -n : n;
}

/** Rounded to 6 decimals and 12 significant digits, so "USD 16.4 billion" is 16400000000, not
 *  16399999999.999998. */
function round(n: number): number {
  return Math.round(Number(n.toPrecision(12)) * 1e6) / 1e6;
}
