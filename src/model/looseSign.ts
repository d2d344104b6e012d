// A currency sign written again inside one pattern (the second end of a range, the sign after
// "between", after "or", after "from"), read as a cheap run of non-digits that is checked in code
// to be a sign. It must never change what a pattern matches: a match whose run is no sign is read
// again with the pattern as written, every sign in full.
//
// Why: CURRENCY_SIGN is ~5,000 characters; a pattern that held it six times ran to 43,000, and V8
// spends time on a pattern's first run that grows faster than its length (35 ms for that one,
// compiled ahead to machine code). A sign takes no digit and ends where its number's first digit
// starts, so where a number must follow, the run of non-digits up to that digit is the one span a
// sign could take there: a pattern with the run in place of the sign finds the same matches, and
// more (a run that is no sign), which the check drops.

import { CURRENCY_SIGN } from './numberVocabulary.ts';

/** A character no currency sign holds (see CURRENCY_SIGNS): a digit, a space, a punctuation mark
 *  that ends or parts a phrase, a dash, a quote. */
const NOT_IN_SIGN = String.raw`\d\s,;:!?%"'“”‘’–—•*=+<>\[\]{}|#&_-`;
/** In place of `(?:${CURRENCY_SIGN})` right before a number (that starts with a digit): up to six
 *  words of characters a sign may hold, one space between each, then any spaces (a sign ends with
 *  an optional space, or, for a code, with line breaks). Every sign is such a run ("US$ ", "Japanese
 *  Yen (JPY) ", "USD\n "), and the run before a digit has one end, the digit, where the sign's must
 *  be. Its group is where signsHold checks it (`?` after it for an optional sign). */
export const LOOSE_SIGN = String.raw`([^${NOT_IN_SIGN}]+(?:\s[^${NOT_IN_SIGN}]+){0,5}\s*)`;

/**
 * A pattern whose signs `source` writes where it puts its argument, with flags `flags`: read
 * loosely (LOOSE_SIGN, and the `d` flag), and as written, made the first time it is asked for (each
 * sign a group of its own when `grouped`, so the groups of both are numbered alike).
 * @example signedPattern((sign) => String.raw`^or\s+${sign}\d`, 'i')[0].source.length < 200 // true
 */
export function signedPattern(
  source: (sign: string) => string,
  flags: string,
  grouped = false,
): [RegExp, () => RegExp] {
  let written: RegExp | undefined;
  const sign = grouped ? `(${CURRENCY_SIGN})` : `(?:${CURRENCY_SIGN})`;
  return [
    new RegExp(source(LOOSE_SIGN), `d${flags}`),
    () => (written ??= new RegExp(source(sign), flags)),
  ];
}

/** A currency sign from a position right up to a digit. */
const SIGN_BEFORE_DIGIT_RE = new RegExp(String.raw`(?:${CURRENCY_SIGN})(?=\d)`, 'iy');
/** The same with a space allowed after the sign, made when a pattern first needs it. */
let signSpaceBeforeDigit: RegExp | undefined;

/** Which groups of a loose pattern are LOOSE_SIGN (by number; every group when not given), and
 *  whether the pattern as written lets one space part each sign from its number (`(?:sign)?\s?`). */
export interface SignSlots {
  readonly groups?: readonly number[];
  readonly space?: boolean;
}

/**
 * True when each LOOSE_SIGN group of `m` (a match of a pattern made with the `d` flag and `i`)
 * that took part is a currency sign of `s` ending where its number starts (`slots` says which
 * groups, and whether a space may stand between).
 * @example signsHold(/from ([^\d\s]\D*)\d+/d.exec('from $5')!, 'from $5') // true
 * @example signsHold(/from ([^\d\s]\D*)\d+/d.exec('from about 5')!, 'from about 5') // false
 */
export function signsHold(m: RegExpExecArray, s: string, slots: SignSlots = {}): boolean {
  const indices = m.indices!;
  const re = slots.space
    ? (signSpaceBeforeDigit ??= new RegExp(String.raw`(?:${CURRENCY_SIGN})\s?(?=\d)`, 'iy'))
    : SIGN_BEFORE_DIGIT_RE;
  const groups = slots.groups ?? Array.from({ length: m.length - 1 }, (_, i) => i + 1);
  for (const g of groups) {
    const at = indices[g];
    if (!at) continue;
    re.lastIndex = at[0];
    const sign = re.exec(s);
    if (!sign || at[0] + sign[0].length !== at[1]) return false;
  }
  return true;
}

/**
 * The matches of `written` in `s`, as `s.matchAll(written())` finds them, found with `loose` (the
 * same pattern with LOOSE_SIGN for some of its signs, flags `gd` and the same others): a loose match
 * whose runs are all signs is the written pattern's match at that place, and from a loose match
 * that is not, the written pattern (made only then) finds the next match itself. Only `index` and
 * `[0]` of a match are the written pattern's.
 * @example [...signedMatches(/from ([^\d\s]\D*)?\d+/dg, () => /from (?:\$)?\d+/g, 'from $5, from 6')].map((m) => m[0]) // ['from $5', 'from 6']
 */
export function* signedMatches(
  loose: RegExp,
  written: () => RegExp,
  s: string,
  slots: SignSlots = {},
): Generator<RegExpExecArray> {
  let from = 0;
  while (from <= s.length) {
    loose.lastIndex = from;
    let m = loose.exec(s);
    if (!m) return;
    if (!signsHold(m, s, slots)) {
      const re = written();
      re.lastIndex = m.index;
      m = re.exec(s);
      if (!m) return;
    }
    yield m;
    from = m.index + Math.max(m[0].length, 1);
  }
}

/**
 * The first match of `loose` (neither global nor sticky, flag `d`) in `s`, or of `written()` when a
 * run it read is no sign: what `written().exec(s)` returns (its groups too when `written` writes
 * each sign LOOSE_SIGN stands for as a group of its own, and the groups `slots` names are skipped).
 * @example signedExec(/^or ([^\d\s]\D*)?\d+/d, () => /^or (?:\$)?\d+/, 'or $5 more')?.[0] // 'or $5'
 */
export function signedExec(
  loose: RegExp,
  written: () => RegExp,
  s: string,
  slots: SignSlots = {},
): RegExpExecArray | null {
  const m = loose.exec(s);
  if (!m || signsHold(m, s, slots)) return m;
  return written().exec(s);
}
