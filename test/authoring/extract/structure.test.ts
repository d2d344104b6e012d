// Tests for src/authoring/extract/structure.ts: dates glued to the next word, as scraped headline
// lists store them, are blanked length for length; every other date stays.

import { describe, expect, it } from 'vitest';
import { unglueDates } from '../../../src/authoring/extract/structure.ts';

describe('unglueDates', () => {
  it.each([
    { text: '2032-05-147% more', expected: '          7% more' },
    { text: 'KB\n16.05.2032By one sixth', expected: 'KB\n          By one sixth' },
    { text: '2032-05-17Inflation at 10.9%', expected: '          Inflation at 10.9%' },
    // Not glued, or not a date: kept as written.
    { text: 'Published 2032-05-14.', expected: 'Published 2032-05-14.' },
    { text: 'on 16.05.2032 exports rose', expected: 'on 16.05.2032 exports rose' },
    { text: 'item 2032-13-14a', expected: 'item 2032-13-14a' },
    { text: 'version 1.16.05.2032b', expected: 'version 1.16.05.2032b' },
  ])('unglueDates($text)', ({ text, expected }) => {
    const out = unglueDates(text);
    expect(out).toBe(expected);
    expect(out.length).toBe(text.length);
  });
});
