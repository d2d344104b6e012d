// A list of returns under its title: "Return on investments (5), in Swiss francs" ⏎ "2033:
// currency reserves 1.3%, of which gold 3.6%", "Returns on the reserve tranches (in local
// currency)" ⏎ "Liquidity tranche: 1.2%". The title names the measure of every row, a holding's
// return over the row's period, which is a change in what the holding is worth, whatever the
// row's own words ("of which gold" names the part whose return it is, no part of a whole), as
// reserve managers and funds list their returns (v106).
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
