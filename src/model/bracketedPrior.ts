// A level and the earlier period's level in brackets, the unit or scale written once after both:
// "SEK 512.6 (478.3) billion", "6.7 (-2.9) per cent", "24 (28) per cent", "41.5 (39.8)%". Nordic
// and European annual and interim reports write last year's figure this way. Both numbers are
// figures; the scale after the bracket is each one's, and the currency before the first is the
// bracketed one's too. With no unit after the bracket, a sum's currency and scale are the
// bracketed number's when it is written as the sum is ("EUR 2.31 (1.97)", "SEK 8,412 (7,905)": as
// many decimals, or both grouped), never a footnote's "(2)". Pure: string in, string out.

import { CURRENCY_SIGN, CURRENCY_WORD, NUMBER, SCALE } from './numberVocabulary.ts';

/** A number's own written sign ("-2.9", "−0.4", "+1.2"). */
const SIGN = String.raw`[-+−–]?`;
/** What the pair's numbers share after the bracket: a scale (a currency word may follow it), or a
 *  percent. Exported for the matcher (src/authoring/extract/priorBracket.ts). */
export const SHARED_UNIT = String.raw`(?:(?:${SCALE}|bn|mn|m)\b(?:\s+(?:${CURRENCY_WORD})(?!\w))?|%|per\s?cent\b|percent\b)`;
/** The bracket and the unit after a number: " (478.3) billion", " (-2.9) per cent", " (39.8)%". */
const BRACKET_THEN_UNIT_RE = new RegExp(
  String.raw`^\s\(\s?${SIGN}(?:${NUMBER})\s?\)\s?(${SHARED_UNIT})`,
  'i',
);
/** A scale written on a sum's number: " billion", "bn", " m". Exported for the matcher. */
export const OWN_SCALE = String.raw`\s?(?:${SCALE}|bn|mn|m)\b`;
/** Right before the bracketed number: the first number, its currency if any, and the open bracket. */
const FIRST_BEFORE_RE = new RegExp(
  String.raw`(?:(${CURRENCY_SIGN})(\s?))?(?<![\d.,])${SIGN}(?:${NUMBER})\s\(\s?$`,
  'i',
);
/** Right before the bracketed number: a sum, its currency (1) and space (2), its number (3) and
 *  scale (4), and the open bracket. */
const SUM_BEFORE_RE = new RegExp(
  String.raw`(${CURRENCY_SIGN})(\s?)(?<![\d.,])${SIGN}(${NUMBER})(${OWN_SCALE})?\s\(\s?$`,
  'i',
);
/** Right after the bracketed number: the close bracket, no unit after it. */
const CLOSE_RE = new RegExp(String.raw`^\s?\)(?!\s?${SHARED_UNIT})`, 'i');
/** Right after the bracketed number: the close bracket and the unit. */
const CLOSE_THEN_UNIT_RE = new RegExp(String.raw`^\s?\)\s?(${SHARED_UNIT})`, 'i');
/** Words that end on a bare number, no unit nor scale of their own. */
const ENDS_ON_NUMBER_RE = new RegExp(String.raw`(?<![\d.,])${SIGN}(?:${NUMBER})$`);
const BARE_NUMBER_RE = new RegExp(String.raw`^${SIGN}(?:${NUMBER})$`);

const decimals = (n: string): number => /\.(\d+)$/.exec(n)?.[1]!.length ?? 0;

/**
 * True when the bracketed number is written as the sum before it is: as many decimals, or both
 * grouped in thousands.
 * @example sameShape('2.31', '1.97') // true
 * @example sameShape('8,412', '7,905') // true
 * @example sameShape('3.2', '2') // false: a footnote's mark
 */
export function sameShape(first: string, second: string): boolean {
  const a = first.replace(/^[-+−–]/, '');
  const b = second.replace(/^[-+−–]/, '');
  if (decimals(a) !== decimals(b)) return false;
  return decimals(a) > 0 || (a.includes(',') && b.includes(','));
}

const joined = (words: string, unit: string): string =>
  unit === '%' ? `${words}%` : `${words} ${unit.replace(/\s+/g, ' ')}`;

/**
 * The words to read a number of such a pair as, with the unit after the bracket written on it; or
 * undefined when the words are no number of such a pair.
 * @example priorBracketWords('SEK 512.6', 'Fund capital was ', ' (478.3) billion') // 'SEK 512.6 billion'
 * @example priorBracketWords('478.3', 'Fund capital was SEK 512.6 (', ') billion') // 'SEK 478.3 billion'
 * @example priorBracketWords('-2.9', 'The return was 6.7 (', ') per cent') // '-2.9 per cent'
 * @example priorBracketWords('1.97', 'Earnings per share were EUR 2.31 (', ')') // 'EUR 1.97'
 * @example priorBracketWords('6.7%', 'The return was ', ' (5.1%)') // undefined: each has its own
 */
export function priorBracketWords(words: string, lead = '', after = ''): string | undefined {
  const trimmed = words.trimEnd();
  if (ENDS_ON_NUMBER_RE.test(trimmed)) {
    const first = BRACKET_THEN_UNIT_RE.exec(after);
    if (first) return joined(trimmed, first[1]!);
  }
  if (BARE_NUMBER_RE.test(trimmed)) {
    const before = FIRST_BEFORE_RE.exec(lead);
    const close = before ? CLOSE_THEN_UNIT_RE.exec(after) : null;
    if (before && close) return joined(`${before[1] ?? ''}${before[2] ?? ''}${trimmed}`, close[1]!);
    const sum = SUM_BEFORE_RE.exec(lead);
    if (sum && CLOSE_RE.test(after) && sameShape(sum[3]!, trimmed))
      return `${sum[1]}${sum[2]}${trimmed}${sum[4] ?? ''}`;
  }
  return undefined;
}
