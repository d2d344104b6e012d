// The thread's memo of text widths: each font and text measured once, bounded, and a context
// whose measureText answers from it while every other call goes to the context.

import { describe, expect, it } from 'vitest';
import { TextWidths } from '../../src/build/textWidths.ts';

describe('TextWidths', () => {
  it.each([
    {
      name: 'the same font and text',
      asks: [
        ['f', 'a'],
        ['f', 'a'],
      ],
      measured: 1,
    },
    {
      name: 'another font',
      asks: [
        ['f', 'a'],
        ['g', 'a'],
      ],
      measured: 2,
    },
    {
      name: 'another text',
      asks: [
        ['f', 'a'],
        ['f', 'b'],
      ],
      measured: 2,
    },
    {
      name: 'a font and text that join alike',
      asks: [
        ['f\na', 'b'],
        ['f', 'a\nb'],
      ],
      measured: 2,
    },
  ])('$name: measured $measured time(s)', ({ asks, measured }) => {
    const widths = new TextWidths();
    let calls = 0;
    for (const [font, text] of asks) widths.get(font!, text!, () => ++calls);
    expect(calls).toBe(measured);
  });

  it('starts afresh once it holds its limit, so a thread never grows without bound', () => {
    const widths = new TextWidths(2);
    let calls = 0;
    for (const text of ['a', 'b', 'c', 'a']) widths.get('f', text, () => ++calls);
    expect(calls).toBe(4);
  });

  it('answers measureText from the memo and passes every other call to the context', () => {
    const drawn: string[] = [];
    let measured = 0;
    const ctx = {
      font: '14px x',
      measureText: (t: string) => ({ width: (measured++, t.length * 2) }),
      fillText(t: string) {
        drawn.push(t);
      },
    };
    const memo = new TextWidths().around(ctx);
    expect([memo.measureText('abc').width, memo.measureText('abc').width]).toEqual([6, 6]);
    memo.font = '20px x';
    expect(memo.measureText('abc').width).toBe(6);
    memo.fillText('hi');
    expect({ measured, font: ctx.font, drawn }).toEqual({
      measured: 2,
      font: '20px x',
      drawn: ['hi'],
    });
  });
});
