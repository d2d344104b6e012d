// Offsets in this project count Unicode code points (W3C TextPositionSelector), not UTF-16 units.
// These helpers convert between the two; pure functions, no I/O.

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
