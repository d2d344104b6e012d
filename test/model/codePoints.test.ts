// Code-point helpers: offsets count Unicode code points, so an emoji is one, not two.

import { describe, expect, it } from 'vitest';
import {
  codePointIndex,
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
});
