// A list of returns under its title: "Return on investments (5), in Swiss francs" ⏎ "2033:
// currency reserves 1.3%, of which gold 3.6%", "Returns on the reserve tranches (in local
// currency)" ⏎ "Liquidity tranche: 1.2%". The title names the measure of every row, a holding's
// return over the row's period, which is a change in what the holding is worth, whatever the
// row's own words ("of which gold" names the part whose return it is, no part of a whole), as
// reserve managers and funds list their returns (v106); and so a table written with pipes under
// such a title or in a column headed by a return ("Returns by asset class, fiscal year 2032-33" ⏎
// "| Asset class | Return | Benchmark |" ⏎ "| Public equity | 14.2% | 13.9% |", v151).
// Pure text work on the text around one number; it knows nothing of figures.

import { RATIO_BASE_AFTER_RETURN } from '../../model/numberVocabulary.ts';
import { measureKind } from './measure.ts';

/** A label row: a label with a letter or a year, no stop, then a colon and the row's words with a
 *  percent ("2033: currency reserves 1.3%", "Liquidity tranche: 1.2%", "2034, Q1-Q3 (6): …"). */
const LABEL_ROW_RE = /^\s*(?:[-•*–]\s+)?([^\n:.;!?]{1,60}):\s+\S[^\n]*%/;
/** A title line: no percent, no sentence's stop at its end, a capital first, and a head, before
 *  any comma or bracket, that names a holding's return ("Return on investments (5), in Swiss
 *  francs", "Portfolio returns, in euros", "Returns on the reserve tranches (in local currency)");
 *  a return on equity, assets or capital and an internal rate of return are ratios. */
const RETURN_TITLE_RE = new RegExp(
  String.raw`^\s*(?=\p{Lu})(?:[\w'’-]+\s+){0,3}?(?<!\binternal\s+rate\s+of\s+)[Rr]eturns?\b(?!${RATIO_BASE_AFTER_RETURN})[^\n%]*$`,
  'u',
);

/**
 * Whether the number at `at` stands on a label row of a block whose title, the first line above
 * the rows, names a holding's return, and whose row label names no share, weight or ratio.
 * @example underReturnTitle('Portfolio returns, in euros\n2033: total reserves 3.9%', 43) // true
 * @example underReturnTitle('Currency composition\nUS dollar: 58%', 32) // false
 */
export function underReturnTitle(text: string, at: number): boolean {
  const rowStart = text.lastIndexOf('\n', at - 1) + 1;
  const rowEnd = text.indexOf('\n', at);
  if (text.startsWith('|', rowStart)) return pipeReturnCell(text, rowStart, at);
  const row = LABEL_ROW_RE.exec(text.slice(rowStart, rowEnd < 0 ? text.length : rowEnd));
  if (!row || measureKind(row[1]!) === 'share') return false;
  let end = rowStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!LABEL_ROW_RE.test(line)) {
      return !/[.!?;:]\s*$/.test(line) && RETURN_TITLE_RE.test(line);
    }
    end = start - 1;
  }
  return false;
}

/** A column header that names a holding's return ("Return", "Net return (%)", "Returns, 2033"). */
const RETURN_HEADER_RE = new RegExp(
  String.raw`^\s*(?:[\w'’-]+\s+){0,2}?(?<!\binternal\s+rate\s+of\s+)returns?\b(?!${RATIO_BASE_AFTER_RETURN})`,
  'i',
);
/** A column header or row label that names a part of the whole or a bound, no return: "Weight",
 *  "Share of fund", "Target", "Range", "Allocation". */
const PART_HEADER_RE =
  /\b(?:shares?|weights?|weightings?|allocations?|targets?|ranges?|limits?|exposures?|composition|proportions?)\b/i;

/**
 * Whether a cell of a table written with pipes is a return: its column's header names one
 * ("| Asset class | Return | Benchmark |"), or the title line right above the table does and the
 * header names no part of the whole ("Returns by asset class, fiscal year 2032-33"); the row's
 * label names no share, weight or ratio.
 * @example pipeReturnCell('Returns by asset class\n| Class | Return |\n| Equity | 14.2% |', 42, 53) // true
 */
function pipeReturnCell(text: string, rowStart: number, at: number): boolean {
  const rowEnd = text.indexOf('\n', at);
  const row = text.slice(rowStart, rowEnd < 0 ? text.length : rowEnd);
  const column = (text.slice(rowStart, at).match(/\|/g) ?? []).length;
  const label = row.split('|')[1] ?? '';
  if (column < 2 || measureKind(label) === 'share' || PART_HEADER_RE.test(label)) return false;
  let headerStart = rowStart;
  while (headerStart > 0) {
    const before = text.lastIndexOf('\n', headerStart - 2) + 1;
    if (!text.startsWith('|', before)) break;
    headerStart = before;
  }
  if (headerStart === rowStart) return false;
  const header = text.slice(headerStart, text.indexOf('\n', headerStart)).split('|')[column] ?? '';
  if (measureKind(header) === 'share' || PART_HEADER_RE.test(header)) return false;
  if (RETURN_HEADER_RE.test(header)) return true;
  if (headerStart < 2) return false;
  const titleStart = text.lastIndexOf('\n', headerStart - 2) + 1;
  const title = text.slice(titleStart, headerStart - 1);
  return !/[.!?;:]\s*$/.test(title) && RETURN_TITLE_RE.test(title);
}
