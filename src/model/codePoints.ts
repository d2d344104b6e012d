// The one anchoring core: offsets count Unicode code points (W3C TextPositionSelector), not
// UTF-16 units, and a selector's prefix/suffix hold CONTEXT_LENGTH code points. Validation,
// extraction, re-anchoring, the source view and the selection annotation all convert here.
// Pure functions, no I/O.

/** Prefix and suffix length in code points, as extraction, re-anchoring and the data use. */
export const CONTEXT_LENGTH = 32;

/** Splits a string into code points. @example toCodePoints('a😀b') // ['a', '😀', 'b'] */
export function toCodePoints(text: string): string[] {
  return Array.from(text);
}

/** Length in code points. @example codePointLength('a😀') // 2 */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Slice by code-point offsets, clamped to the text. @example sliceCodePoints(['a','😀','b'], 1, 2) // '😀' */
export function sliceCodePoints(points: readonly string[], start: number, end: number): string {
  return points.slice(Math.max(0, start), Math.max(0, end)).join('');
}

/** Code-point offset of a UTF-16 index. @example codePointIndex('😀x', 2) // 1 */
export function codePointIndex(text: string, utf16Index: number): number {
  return codePointLength(text.slice(0, utf16Index));
}

/**
 * The last `n` code points of a string (a selector's prefix).
 * @example lastCodePoints('ab😀', 2) // 'b😀'
 */
export function lastCodePoints(text: string, n = CONTEXT_LENGTH): string {
  return toCodePoints(text).slice(-n).join('');
}

/**
 * The first `n` code points of a string (a selector's suffix).
 * @example firstCodePoints('😀ab', 2) // '😀a'
 */
export function firstCodePoints(text: string, n = CONTEXT_LENGTH): string {
  return toCodePoints(text).slice(0, n).join('');
}

/** A text prepared once for many offset conversions, in both directions. */
export interface CodePointText {
  text: string;
  /** Length in code points. */
  length: number;
  /** UTF-16 index of a code-point offset (clamped to the text). */
  toUtf16(cp: number): number;
  /** Code-point offset of a UTF-16 index (clamped; inside a surrogate pair, the pair's offset). */
  toCp(utf16: number): number;
}

/**
 * Prepares a text for offset conversions. Memory grows with the number of astral characters
 * only (the UTF-16 index of each), so a long plain text costs nothing; look-ups are O(log n).
 * @example codePointText('a😀b').toUtf16(2) // 3
 * @example codePointText('a😀b').toCp(3) // 2
 */
export function codePointText(text: string): CodePointText {
  // UTF-16 index of each surrogate pair's high half, in order.
  const pairs: number[] = [];
  if (/[\uD800-\uDFFF]/.test(text)) {
    for (let i = 0; i + 1 < text.length; i++) {
      const c = text.charCodeAt(i);
      const d = text.charCodeAt(i + 1);
      if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) pairs.push(i++);
    }
  }
  const length = text.length - pairs.length;
  if (pairs.length === 0) {
    const clamp = (i: number) => Math.max(0, Math.min(i, text.length));
    return { text, length, toUtf16: clamp, toCp: clamp };
  }
  // Number of pairs k with key(k) < x, for a key that grows with k.
  const countBelow = (x: number, key: (k: number) => number) => {
    let lo = 0;
    let hi = pairs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (key(mid) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    text,
    length,
    // Pair k starts at code point pairs[k] - k; each pair before cp adds one UTF-16 unit.
    toUtf16: (cp) => {
      const c = Math.max(0, Math.min(cp, length));
      return c + countBelow(c, (k) => pairs[k]! - k);
    },
    // Each pair that starts before the index took two units for one code point.
    toCp: (utf16) => {
      const u = Math.max(0, Math.min(utf16, text.length));
      return u - countBelow(u, (k) => pairs[k]!);
    },
  };
}
