// Tests for src/authoring/extract/listItem.ts: the one grammar of list-item marks, and the variants
// its readers differ by (a provision's mark, a quoted one, a lettered one), as they read today.

import { describe, expect, it } from 'vitest';
import {
  LETTER_MARK,
  LIST_ITEM_RE,
  listItemMark,
  markShape,
  PROVISION_ITEM_RE,
  QUOTED_PROVISION_ITEM_RE,
} from '../../../src/authoring/extract/listItem.ts';

describe('listItemMark', () => {
  const cases: {
    line: string;
    grammar?: 'list' | 'provision' | 'quotedProvision';
    expected: string | undefined;
  }[] = [
    { line: '- Roads: $2 billion', expected: '-' },
    { line: '• Rail', expected: '•' },
    { line: '  * Ports', expected: '*' },
    { line: '– Airports', expected: '–' },
    { line: '(a) regular passport: US$75', expected: '(a)' },
    { line: 'a) regular passport', expected: 'a)' },
    { line: '(iv) Roads: $2 billion', expected: '(iv)' },
    { line: 'iv. Roads', expected: 'iv.' },
    { line: '3. Charges shall be:', expected: '3.' },
    { line: '12) Fees', expected: '12)' },
    // A year, a sub-paragraph reference, an abbreviation and a bare bracketed pair: no mark.
    { line: '2034. A year of growth', expected: undefined },
    { line: '123. Too many digits', expected: undefined },
    { line: 'Under section (2)(b) the fee is $4.', expected: undefined },
    { line: 'e.g. the fee', expected: undefined },
    { line: '(aa) fees;', expected: undefined },
    { line: '-$4 million', expected: undefined },
    { line: 'The fee is $4.', expected: undefined },
    // A provision's mark: a pair of letters in brackets is one, an unbracketed numeral is none.
    { line: '(aa) fees;', grammar: 'provision', expected: '(aa)' },
    { line: '(iv) fees;', grammar: 'provision', expected: '(iv)' },
    { line: 'iv. fees', grammar: 'provision', expected: undefined },
    { line: 'b) fees', grammar: 'provision', expected: 'b)' },
    { line: '2034. fees', grammar: 'provision', expected: undefined },
    { line: '“(a) fees', grammar: 'provision', expected: undefined },
    // …and a quoted provision's mark takes the quotation mark with it.
    { line: '“(a) fees', grammar: 'quotedProvision', expected: '“(a)' },
    { line: '"2. fees', grammar: 'quotedProvision', expected: '"2.' },
    { line: '(b) fees', grammar: 'quotedProvision', expected: '(b)' },
  ];
  it.each(cases)('$line ($grammar) → $expected', ({ line, grammar, expected }) => {
    expect(listItemMark(line, grammar)).toBe(expected);
  });
});

describe('the item regexes need a space after the mark', () => {
  it.each([LIST_ITEM_RE, PROVISION_ITEM_RE, QUOTED_PROVISION_ITEM_RE])('%s', (re) => {
    expect(re.test('(a) fee')).toBe(true);
    expect(re.test('(a)fee')).toBe(false);
    expect(re.test('-')).toBe(false);
  });
});

describe('LETTER_MARK', () => {
  const re = new RegExp(`^${LETTER_MARK}$`);
  it.each([
    { mark: 'i.', expected: true },
    { mark: '(b)', expected: true },
    { mark: 'xii)', expected: true },
    { mark: '3.', expected: false },
    { mark: '-', expected: false },
    { mark: '(aa)', expected: false },
  ])('$mark → $expected', ({ mark, expected }) => {
    expect(re.test(mark)).toBe(expected);
  });
});

describe('markShape', () => {
  it.each([
    // Each part in its place: bullet, opening bracket, numeral, letter, number (v256).
    { line: '- Roads', expected: 'x----' },
    { line: '3. Roads', expected: '----x' },
    { line: 'b) Roads', expected: '---x-' },
    { line: '(b) Roads', expected: '-x-x-' },
    { line: '(3) Roads', expected: '-x--x' },
    { line: '(iv) Roads', expected: '-xx--' },
    { line: 'Roads', expected: '' },
    { line: '2034. Roads', expected: '' },
  ])('$line → $expected', ({ line, expected }) => {
    expect(markShape(line)).toBe(expected);
  });
});
