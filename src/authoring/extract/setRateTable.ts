// The levels of a charge a made instrument or a budget that sets its levels decides, printed in a
// rate table with year or date columns ("Table 1: First-year rates by emissions band" over "| CO2
// emissions (g/km) | 2033-34 | 2034-35 |", under "The Vehicle Excise Duty (Rates) Order 2034, made by
// the Treasury Minister on 27 February 2034, sets the duty payable …"; "| Until 30 June 2035 | From 1
// July 2035 |" in a presented budget) or in a list line with the year before's level in brackets
// ("Light goods vehicles: £345 (2033-34: £332)"), and the levels of a rate table whose period has
// begun ("Registration charges for a private car, 2033-34" in a brief dated August 2033): the level
// set for a year to come is the decision, the one for a year begun is in force, both actual; the
// column's year is a date of effect, no forecast's period (README, Status, v215). Pure text work.

import { pipeCell } from '../../model/pipeColumn.ts';
import { lineAt } from './structure.ts';
import { MONTHS } from './tense.ts';

/** A caption's noun for the per-unit level of a charge or a payment a body sets: rates, charges,
 *  fees, duty, tax, levies, tolls, dues, tariffs, fares, premiums, contributions, pensions,
 *  allowances. A rate of a market or of the economy ("Interest rates", "exchange rates") is none. */
const RATE_NOUN_RE =
  /\b(?:(?<!\b(?:inflation|growth|unemployment|jobless|employment|exchange|participation|vacancy|occupancy|interest|policy|repo|mortgage|lending|deposit|savings|discount|bank|market|birth|death|mortality|poverty|response|completion|default|utili[sz]ation|success)\s)rates?|charges?|fees?|dut(?:y|ies)|tax(?:es)?|lev(?:y|ies)|tolls?|dues|tariffs?|fares?|premiums?|contributions?|pensions?|allowances?)\b/i;

/** A caption that names its cells' unit as a price per unit: "Glide path (€ per cubic metre,
 *  excluding VAT)", "(KSh per minute)", "öre per minute", "cents per kWh" (v280). A sum per period
 *  ("$ million per year") is none. */
const PER_UNIT_PRICE_RE =
  /(?:^|[\s(])(?:[^\s\w(),.;:]{1,3}|[A-Z][A-Za-z]{1,2}\$?|cents?|pence|paise|öre|sen|Rappen)\s+per\s+(?!(?:year|annum|month|quarter|week|day)\b)[a-zA-Z]/;

/** Words in a caption or a column's header that leave its levels undecided, make them a
 *  forecast, or make the table one of sums: a draft, a proposal, an estimate, an option; revenue,
 *  receipts, yield, cost; a scale ("€ million"). */
const NOT_SET_RE =
  /\b(?:draft|propos\w*|recommend\w*|request\w*|sought|consult\w*|option\w*|project\w*|forecast\w*|estimat\w*|expected|indicative|illustrative|planned|target\w*|assum\w*|scenario\w*|(?:to|will|would|may|could)\s+be|revenues?|receipts|yields?|collections?|proceeds|takings|income(?!\s+tax(?:es)?\b)|spending|expenditures?|outlays?|costs?|bills?|million|billion|trillion|crores?|lakhs?|bn|mn)\b/i;

/**
 * Whether the period a column header or a caption names has begun by the dateline: "Until 30 June
 * 2035" (a level held up to a day is in force), "From 1 July 2035" or "July 2035" once that month
 * has come, a calendar year "2035" once it has, a split year "2033-34" once its first year is over
 * or its second half has come. Undefined when the words name no period.
 * @example periodBegun('2033-34', 2033, 8) // true
 * @example periodBegun('From 1 July 2035', 2034, 10) // false
 */
export function periodBegun(
  words: string,
  year: number | undefined,
  month: number | undefined,
): boolean | undefined {
  if (year === undefined) return undefined;
  if (/\b(?:until|till|up\s+to|before)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:19|20)\d\d\b/.test(words))
    return true;
  for (const dated of words.matchAll(/\b([A-Z][a-z]+)\s+((?:19|20)\d\d)\b/g)) {
    const monthIndex = MONTHS.indexOf(dated[1]!.toLowerCase());
    if (monthIndex < 0) continue;
    const y = Number(dated[2]);
    return y < year || (y === year && month !== undefined && monthIndex + 1 <= month);
  }
  const split = /\b((?:19|20)\d\d)\s?[-–/]\s?(\d{2}|(?:19|20)\d\d)\b/.exec(words);
  if (split) {
    const first = Number(split[1]);
    return first < year || (first === year && month !== undefined && month >= 7);
  }
  const single = /\b((?:19|20)\d\d)\b/.exec(words);
  if (single) return Number(single[1]) <= year;
  return undefined;
}

/**
 * Whether offset `at` (UTF-16) of `text` is a cell of a pipe table of the levels of a charge whose
 * caption is `caption` (rates, charges, fees, duty, tax, tolls …, or a price per unit, "€ per cubic
 * metre"; no sums, estimate or proposal in it or the cell's column header), set or in force: the document records the levels as decided
 * (`decided`), or the period the column header names, or else the caption, has begun by the
 * dateline.
 * @example setRateCell('Charges, 2033-34\n| A | Fee |\n|---|---|\n| B | $4 |', 45, 'Charges, 2033-34', false, 2033, 8) // true
 */
export function setRateCell(
  text: string,
  at: number,
  caption: string,
  decided: boolean,
  year: number | undefined,
  month: number | undefined,
): boolean {
  if (!(RATE_NOUN_RE.test(caption) || PER_UNIT_PRICE_RE.test(caption)) || NOT_SET_RE.test(caption))
    return false;
  // A second number inside one cell ("| R44 550 + 26% of taxable income above R247 500 |") is
  // read from the cell's start (v280).
  const cell = pipeCell(text.slice(Math.max(0, at - 4000), at).replace(/[^|\n]*$/, ' '));
  if (cell === undefined || NOT_SET_RE.test(cell.header)) return false;
  if (decided) return true;
  return (periodBegun(cell.header, year, month) ?? periodBegun(caption, year, month)) === true;
}

/** A list line of a level with the year before's level in brackets after it: "- Light goods
 *  vehicles: £345 (2033-34: £332)", "Adult dependant: £98.10 (2034-35: £94.00)", a label with a
 *  number inside it ("- Open licence, 5 years: $208.55 (2033-34: $202.30)"; v244). */
const BRACKETED_EARLIER_LINE_RE =
  /^\s*(?:[-•*–]\s+)?[^:|\n\d][^:|\n]{0,79}:\s*[^\s\d(]{0,4}\s?\d[\d,.]*(?:\s+(?:a|per|each)\s+[a-z]+)?\s*\(\s*(?:19|20)\d\d(?:\s?[-–/]\s?\d{2,4})?\s*:\s*[^\s\d(]{0,4}\s?\d[\d,.]*(?:\s+(?:a|per|each)\s+[a-z]+)?\s*\)\s*[.;]?\s*$/;

/**
 * Whether offset `at` (UTF-16) of `text` is on a list line of a level with the year before's level
 * in brackets ("Light goods vehicles: £345 (2033-34: £332)"): in a document that records its levels
 * as decided, the first is the level set and the bracketed one the level it replaces, both actual.
 * @example bracketedEarlierLine('Rates\n- Vans: £345 (2033-34: £332)\n', 12) // true
 */
export function bracketedEarlierLine(text: string, at: number): boolean {
  return BRACKETED_EARLIER_LINE_RE.test(lineAt(text, at));
}
