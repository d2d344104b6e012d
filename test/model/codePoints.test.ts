// Code-point helpers: offsets count Unicode code points, so an emoji is one, not two.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CONTEXT_LENGTH,
  codePointIndex,
  codePointText,
  firstCodePoints,
  lastCodePoints,
  codePointLength,
  sliceCodePoints,
  toCodePoints,
} from '../../src/model/codePoints.ts';

describe('codePoints', () => {
  it.each([
    { text: '', points: [] },
    { text: 'abc', points: ['a', 'b', 'c'] },
    { text: 'a😀b', points: ['a', '😀', 'b'] },
    { text: '🤝🇯🇵', points: ['🤝', '🇯', '🇵'] },
  ])('toCodePoints($text) and codePointLength', ({ text, points }) => {
    expect(toCodePoints(text)).toEqual(points);
    expect(codePointLength(text)).toBe(points.length);
  });

  it('an emoji is one code point but two UTF-16 units', () => {
    expect(codePointLength('😀')).toBe(1);
    expect('😀'.length).toBe(2);
  });

  it.each([
    { start: 1, end: 2, expected: '😀' },
    { start: 0, end: 3, expected: 'a😀b' },
    { start: -5, end: 1, expected: 'a' },
    { start: 2, end: 99, expected: 'b' },
    { start: 2, end: 1, expected: '' },
  ])('sliceCodePoints(a😀b, $start, $end) = $expected (clamped)', ({ start, end, expected }) => {
    expect(sliceCodePoints(toCodePoints('a😀b'), start, end)).toBe(expected);
  });

  it.each([
    { utf16: 0, expected: 0 },
    { utf16: 1, expected: 1 },
    { utf16: 3, expected: 2 },
    { utf16: 'x😀y😀z'.indexOf('z'), expected: 4 },
  ])('codePointIndex UTF-16 $utf16 → code point $expected', ({ utf16, expected }) => {
    expect(codePointIndex('x😀y😀z', utf16)).toBe(expected);
  });

  it.each([
    { text: 'ab😀', n: 2, last: 'b😀', first: 'ab' },
    { text: '😀ab', n: 2, last: 'ab', first: '😀a' },
    { text: 'abc', n: 9, last: 'abc', first: 'abc' },
  ])('lastCodePoints / firstCodePoints($text, $n)', ({ text, n, last, first }) => {
    expect(lastCodePoints(text, n)).toBe(last);
    expect(firstCodePoints(text, n)).toBe(first);
  });

  it('context defaults to CONTEXT_LENGTH (32) code points', () => {
    expect(CONTEXT_LENGTH).toBe(32);
    expect(codePointLength(lastCodePoints('😀'.repeat(40)))).toBe(32);
    expect(codePointLength(firstCodePoints('😀'.repeat(40)))).toBe(32);
  });

  it.each([
    { text: 'a😀b', cp: 2, utf16: 3 },
    { text: 'a😀b', cp: 1, utf16: 1 },
    { text: 'a😀b', cp: 3, utf16: 4 },
    { text: 'a😀b', cp: 99, utf16: 4 },
    { text: 'abc', cp: 2, utf16: 2 },
    { text: 'abc', cp: -1, utf16: 0 },
  ])('codePointText($text).toUtf16($cp) = $utf16', ({ text, cp, utf16 }) => {
    expect(codePointText(text).toUtf16(cp)).toBe(utf16);
  });

  it('inside a surrogate pair, toCp gives the pair’s own offset; a lone surrogate is one code point', () => {
    expect(codePointText('a😀b').toCp(2)).toBe(1);
    const lone = codePointText('a\uD83Db😀');
    expect(lone.length).toBe(codePointLength('a\uD83Db😀'));
    expect(lone.toUtf16(3)).toBe(3);
  });

  it('agrees with Array.from on any text, both ways (property)', () => {
    const text = fc.array(fc.oneof(fc.constantFrom('a', ' ', '😀', '🇯', '\uD800', '\uDC00')), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(text, (parts) => {
        const s = parts.join('');
        const t = codePointText(s);
        const points = toCodePoints(s);
        expect(t.length).toBe(points.length);
        let utf16 = 0;
        for (let cp = 0; cp <= points.length; cp++) {
          expect(t.toUtf16(cp)).toBe(utf16);
          expect(t.toCp(utf16)).toBe(cp);
          expect(t.toCp(utf16)).toBe(codePointIndex(s, utf16));
          utf16 += points[cp]?.length ?? 0;
        }
      }),
    );
  });
});
