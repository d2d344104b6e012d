// A cell of a table written with pipes ("| Gold reserves (1) | US$9 412 | US$9 105 |") read with
// its column's header, the first pipe line above it: the scale a header gives a column of sums
// whose cells carry only their currency's sign ("| | As at 31 August 2034 (million) | … |"), as
// central banks' reserve notices and statements of assets lay them out, and a row whose label
// names a price or a rate of exchange, which no column's scale multiplies; and a column of
// tolerance bands a policy allows around each target ("| Permissible deviation |" over "±7%"), a
// rule's parameter, no reported quantity (v149).
// Pure text work on the words before one cell (its lead); it knows nothing of figures.

import {
  HUNDREDTH_LETTER_RE,
  HUNDREDTH_WORD_RE,
  currenciesOf,
  scaleOf,
} from './numberVocabulary.ts';
import type { Unit } from './figure.ts';
import { plainCompanions } from './pipeCompanion.ts';

/** A header cell's closing bracket that gives a scale, alone or after a currency's sign: "As at
 *  31 August 2034 (million)", "End-December 2033 (€ million)", "2033 (US$ bn)", "(R'000)",
 *  "(thousand)", "Market value (¥ trillion)", "End-2033 (€ tn)". Group 1 is the sign, group 2 the
 *  scale. */
const HEADER_SCALE_RE =
  /\((?:in\s+)?(?:([^\s()\d][^()\d]{0,5}?)\s?)?(thousands?|['’]000|millions?|mn|mln|m|billions?|bn|bln|trillions?|tn|trn|crores?|cr|lakhs?)\.?\)\s*$/i;
/** A row label that names a price or a rate, whose cells are no sums a scale multiplies: "Market
 *  gold price", "Gold price per troy ounce", "EUR/US$ exchange rate", "Statutory gold price". */
const PRICE_ROW_RE =
  /\b(?:prices?|rates?|per|parit(?:y|ies)|fixings?)\b|\p{Sc}?\s?[A-Z]{0,3}\$?\s?\/\s?[A-Z$€£¥]/u;
/** A row label that names a rate of exchange: "EUR/US$ exchange rate", "US$/ZAR", "Rand per US
 *  dollar". */
const EXCHANGE_ROW_RE =
  /\bexchange\s+rates?\b|\b[A-Z]{2,3}\$?\s?\/\s?[A-Z]{2,3}\$?(?![\w$])|\bper\s+(?:US\s+)?(?:dollar|euro|pound|US\$)\b/i;

/** The row a cell stands in, the label and header cell of its column and the header row's cells,
 *  from the words before the cell: the lead's last line opens with a pipe, and the first of the pipe lines right above
 *  it is the header. Undefined for anything else, so prose is never read as a pipe table.
 *  @example pipeCell('| Stage | Value (RM million) |\n| Enquiry | ')?.header // ' Value (RM million) ' */
export function pipeCell(
  lead: string,
): { label: string; header: string; labelHead: string; heads: string[] } | undefined {
  const lines = lead.split('\n');
  // "| Fiscal 2035 | +1.0 [": a cell's companion in brackets is of its cell's column (v283).
  const row = plainCompanions(lines[lines.length - 1]!);
  if (!/^\s*\|/.test(row)) return undefined;
  const fields = row.split('|');
  const column = fields.length - 1;
  if (column < 2 || !/^\s*$/.test(fields[column]!)) return undefined;
  let h = lines.length - 1;
  while (h > 0 && /^\s*\|/.test(lines[h - 1]!)) h--;
  if (h === lines.length - 1) return undefined;
  const heads = lines[h]!.split('|');
  const header = heads[column];
  if (header === undefined) return undefined;
  // "| Sl. No. | Category | … |" over "| 1 | Short levy of licence fee | … |": the row's serial
  // number opens it, and the next cell is its label, as audit reports number their rows (v239).
  const serial =
    column > 2 &&
    SERIAL_HEAD_RE.test(heads[1]!) &&
    /^\s*(?:\d{1,3}\.?|[ivx]{1,5}\.?)?\s*$/i.test(fields[1]!);
  return {
    label: serial ? fields[2]! : fields[1]!,
    header,
    labelHead: heads[serial ? 2 : 1]!,
    heads,
  };
}

/** A pipe table's first header cell that numbers its rows: "Sl. No.", "S. No.", "Sr. No.", "No.",
 *  "#". */
const SERIAL_HEAD_RE = /^\s*(?:(?:S\.?\s?l|S|Sr)\.?\s?No\.?|No\.|#)\s*$/i;

/**
 * The scale a pipe table's header gives the cell's column of sums, and the currencies its bracket
 * names (none when it names only the scale): the cell's row labels no price or rate ("Market gold
 * price", "Gold price per troy ounce" keep their own reading, prices in whole units).
 * @example columnScale('| | As at 31 August 2034 (million) |\n| Gold reserves | ') // { scale: 1e6, units: undefined }
 * @example columnScale('| | 2034 (million) |\n| Market gold price | ') // undefined
 */
export function columnScale(lead: string): { scale: number; units?: readonly Unit[] } | undefined {
  const cell = pipeCell(lead);
  if (!cell || PRICE_ROW_RE.test(cell.label)) return undefined;
  const m = HEADER_SCALE_RE.exec(cell.header);
  if (!m) return undefined;
  const word = m[2]!.toLowerCase();
  const scale = /000$/.test(word) ? 1e3 : scaleOf(word);
  if (scale <= 1) return undefined;
  if (m[1] === undefined) return { scale };
  const units = currenciesOf(m[1]);
  return units.length > 0 ? { scale, units } : undefined;
}

/** A header cell's or title's closing bracket that names a currency alone, or a hundredth of one,
 *  with no scale, maybe with the unit it prices after "per" or a slash and words that qualify it
 *  after a comma: "Existing fare (₹)", "MRP (₱)", "Nairobi (KSh per litre)", "Supplement (CHF per
 *  100 litres)", "Petrol (cent per litre)", "Increase in MSP (₹/quintal)", "Adjustment (c/l)",
 *  "Spot prices (öre/kWh, excl. VAT)" (v267, v273). Group 1 is the sign or word, group 2 what it
 *  prices after "per", group 3 after a slash, group 4 the qualifying words. */
const HEADER_PRICE_RE =
  /\((?:in\s+)?([^\s()\d/,;:%=][^()\d/,;:%=]{0,13}?)(?:\s+per\s+(?!cent\b)((?:\d[\d,]*\s+)?[\p{L}²³][\p{L}²³ .-]{0,24}?)|\s?\/\s?([\p{L}][\p{L}²³.]{0,11}))?(\s*,\s*[^()\d%,;=]{1,30}?)?\s*\)\s*$/u;
/** Words after a comma in a price bracket that count or scale, no mere qualifier ("(€, million)",
 *  "(£, number)"). */
const COUNTING_QUALIFIER_RE =
  /\b(?:thousands?|millions?|billions?|trillions?|crores?|lakhs?|mn|bn|numbers?|counts?|units?)\b|['’]000/i;

/**
 * The currency a pipe table's header cell or title names in its closing bracket with no scale,
 * and the multiple of it each bare cell under it counts: 1 for the currency ("| Existing fare (₹)
 * |" over "| 0-2 | 10 |" is ₹10, "Nairobi (KSh per litre)", "Increase in MSP (₹/quintal)"), 0.01
 * for its hundredth ("Petrol (cent per litre)" over "| 1 January 2034 | 6 |" is 6 cents, "(c/l)",
 * "(öre/kWh, excl. VAT)"; v267, v273). A bracket that names a scale, a count, a percent or anything
 * but a currency, and a price per another currency ("(R per US$)", "(US$/ZAR)") give none.
 * @example columnPrice(' Existing fare (₹) ') // { sign: '₹', scale: 1 }
 * @example columnPrice(' Petrol (cent per litre) ') // { sign: 'cent', scale: 0.01 }
 * @example columnPrice(' Adjustment (c/l) ') // { sign: 'c', scale: 0.01 }
 * @example columnPrice(' Rate (NOK per US$) ') // undefined
 */
export function columnPrice(header: string): { sign: string; scale: number } | undefined {
  const m = HEADER_PRICE_RE.exec(header);
  if (!m) return undefined;
  const sign = m[1]!.trim();
  const per = m[2] ?? m[3];
  if (per !== undefined && currenciesOf(per.trim()).length > 0) return undefined;
  if (m[4] !== undefined && COUNTING_QUALIFIER_RE.test(m[4])) return undefined;
  // "(c/l)", "(p/kWh)": a cent's or penny's letter counts hundredths before a slash only; alone
  // ("(p)", "(c)") it may mark a provisional or corrected column.
  if (HUNDREDTH_LETTER_RE.test(sign)) return m[3] !== undefined ? { sign, scale: 0.01 } : undefined;
  if (HUNDREDTH_WORD_RE.test(sign)) return { sign, scale: 0.01 };
  return currenciesOf(sign).length > 0 ? { sign, scale: 1 } : undefined;
}

/**
 * Whether the cell stands in a pipe table's row that names a rate of exchange ("| EUR/US$
 * exchange rate | US$1.1285 |", "| US$/ZAR | R17.8450 |"): the price of one currency in another,
 * no sum.
 * @example exchangeRateCell('| | 31 Aug |\n| EUR/US$ exchange rate | ') // true
 * @example exchangeRateCell('| | 31 Aug |\n| Gold reserves | ') // false
 */
export function exchangeRateCell(lead: string): boolean {
  const cell = pipeCell(lead);
  return cell !== undefined && EXCHANGE_ROW_RE.test(cell.label);
}

/** A header that names the leeway a policy allows around a target: "Permissible deviation",
 *  "Tolerance", "Allowed deviation", "Deviation limit", "Permitted range around target",
 *  "Rebalancing band". A column of changes ("Change on quarter") or of levels names none. */
const TOLERANCE_HEADER_RE =
  /\b(?:toleran(?:ce|ces|t)|leeway|deviations?|(?:permi(?:tted|ssible)|allow(?:ed|able)|rebalancing)\s+(?:ranges?|bands?|corridors?|variations?|limits?))\b/i;
/** A band both ways with no level before it, at the cell's start: "±7%", "+/- 3 percentage
 *  points", "plus or minus 2%". */
const BOTH_WAYS_RE = /^\s*(?:±|\+\s?\/\s?-|plus\s+or\s+minus)\s*\d/i;

/**
 * Whether the cell, whose stated words are `stated`, is a band both ways in a pipe table's column
 * of the tolerance a policy allows around each target weight ("| Policy asset mix | Permissible
 * deviation |" over "| 25% | ±7% |"): a rule's parameter, no reported quantity (v149). A band with
 * its level before it ("70% ± 5%") and a column of changes keep their reading.
 * @example toleranceCell('| Asset class | Permissible deviation |\n| Domestic bonds | ', '±7%') // true
 * @example toleranceCell('| Asset class | Change on quarter |\n| Domestic bonds | ', '±7%') // false
 */
export function toleranceCell(lead: string, stated: string): boolean {
  if (!BOTH_WAYS_RE.test(stated)) return false;
  const cell = pipeCell(lead);
  return cell !== undefined && TOLERANCE_HEADER_RE.test(cell.header);
}

/** A header that names a margin or mark-up over a cost or another price of the same time, not over
 *  an earlier period: "Margin over A2+FL (%)", "Mark-up over cost of production (%)", "Margin
 *  above C2 cost". "Margin over previous year" and a bare "Margin (%)" name none. */
const COST_MARGIN_HEADER_RE =
  /\b(?:margins?|mark-?ups?)\s+(?:over|above|on)\s+(?!(?:the\s+)?(?:previous|last|prior|preceding|year|month|quarter|\d))[\w+&]/i;

/**
 * Whether a cell stands in a pipe table's column of a price's margin over a cost ("| Crop | A2+FL |
 * Recommended MSP | Margin over A2+FL (%) |" over "| Bajra | 1,773 | 2,890 | 63 |"): two levels of
 * one time set side by side, no figure (v202), as the same margin in prose is.
 * @example costMarginCell('| Crop | MSP | Margin over A2+FL (%) |\n| Bajra | 2,890 | ') // true
 * @example costMarginCell('| Bank | Margin (%) |\n| First | ') // false
 */
export function costMarginCell(lead: string): boolean {
  const cell = pipeCell(lead);
  return cell !== undefined && COST_MARGIN_HEADER_RE.test(cell.header);
}

/** A header that names the rise of what each row prices, with a word or two of which rise at most
 *  and the percent in brackets: "Increase", "Maximum increase", "Fee increase", "Average rise
 *  (%)", "Uplift" (v211), or its readjustment, adjustment, uprating or indexation, as regulators
 *  and pension bodies head the percent each row's ceiling or benefit moves by ("Readjustment",
 *  "Tariff adjustment", v230). A rate, share or level header ("Increase rate", "Share of
 *  increase") names none. */
const RISE_HEADER_RE =
  /^\s*(?:(?!(?:share|shares|number|proportion|rate|rates)\b)[\w-]+\s+){0,2}(?:increases?|rises?|uplifts?|(?:re)?adjustments?|upratings?|indexations?)\s*(?:\((?:%|per\s?cent|percent)\))?\s*$/i;

/**
 * Whether a cell stands in a pipe table's column that names a rise ("| Category | 2031-32 |
 * 2032-33 | Increase |", "| Segment | Maximum increase |"): each cell is the change of its row's
 * price, or the cap a rule sets on it, as "Change" heads a column of changes (v211).
 * @example riseColumnCell('| Category | 2032 | Increase |\n| Resident | $324.90 | ') // true
 * @example riseColumnCell('| Category | Share of increase |\n| Resident | ') // false
 */
export function riseColumnCell(lead: string): boolean {
  const cell = pipeCell(lead);
  return cell !== undefined && RISE_HEADER_RE.test(cell.header);
}

/** A header that names the fall of what each row prices, with a word or two of which fall:
 *  "Reduction", "Average reduction", "Price cut (%)", "Decrease". A rate, share or number header
 *  ("Reduction rate", "Number of cuts") names none. */
const FALL_HEADER_RE =
  /^\s*(?:(?!(?:share|shares|number|proportion|rate|rates)\b)[\w-]+\s+){0,2}(?:reductions?|cuts?|decreases?|falls?|declines?)\s*(?:\((?:%|per\s?cent|percent)\))?\s*$/i;
/** A header cell that names a price level ("Prevailing retail price (₱)", "MRP (₱)", "New fare",
 *  "Fee (€)") or prices lowered ("Prices lowered", "Prices cut"). */
const PRICE_HEADER_RE = /\b(?:prices?|fares?|fees?|tariffs?)\b|\(\s*(?:\p{Sc}|[A-Z]{3}\b)/u;
const PRICES_LOWERED_HEADER_RE =
  /\b(?:prices?|fares?|fees?|tariffs?)\s+(?:lowered|cut|reduced|decreased)\b/i;

/**
 * Whether a cell stands in a pipe table's column that names a fall of the prices the table sets
 * ("| Drug formula | Prevailing retail price (₱) | MRP (₱) | Reduction |", "| Group | Products
 * reviewed | Prices lowered | Average reduction |"): each cell is the fall of its row's price, a
 * `change` below zero, as "Increase" heads a column of rises (v271). The header names the price
 * before and after in two columns, or prices lowered; a column of the relief a group receives
 * from one price ("| Household income | Reduction |", "| Ticket | Full price | Reduction |") names
 * none.
 * @example fallColumnCell('| Drug | Old price (₱) | New price (₱) | Reduction |\n| A | 58.00 | 29.50 | ') // true
 * @example fallColumnCell('| Household income | Reduction |\n| £0 to £16,000 | ') // false
 */
export function fallColumnCell(lead: string): boolean {
  const cell = pipeCell(lead);
  if (!cell || !FALL_HEADER_RE.test(cell.header)) return false;
  const others = cell.heads.filter((head) => head !== cell.header);
  return (
    others.some((head) => PRICES_LOWERED_HEADER_RE.test(head)) ||
    others.filter((head) => PRICE_HEADER_RE.test(head)).length >= 2
  );
}

/**
 * The header row of the pipe table whose cell holds offset `at` (UTF-16) of `text`: its cells, the
 * cell's column and the line above the table (its title, or ''). Undefined off a pipe row or for
 * the header row itself.
 * @example pipeHeaderAt('Fees\n| Item | Fee |\n|---|---|\n| Copy | $4 |', 33)?.header[2] // ' Fee '
 */
export function pipeHeaderAt(
  text: string,
  at: number,
): { header: string[]; column: number; title: string } | undefined {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = text.indexOf('\n', at);
  const row = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  if (!row.trimStart().startsWith('|')) return undefined;
  const column = text.slice(lineStart, at).split('|').length - 1;
  const above = text.slice(0, Math.max(0, lineStart - 1)).split('\n');
  let h = above.length;
  while (h > 0 && (above[h - 1] ?? '').trimStart().startsWith('|')) h--;
  if (h === above.length) return undefined;
  return { header: above[h]!.split('|'), column, title: h > 0 ? (above[h - 1] ?? '') : '' };
}
