// Pixel rectangle of a bar from its final properties, vertical and horizontal.

import { describe, expect, it } from 'vitest';
import type { Element } from 'chart.js';
import { barBounds } from '../../src/charts/barBounds.ts';

/** A stand-in bar element: only getProps is read. */
function bar(props: { x: number; y: number; base: number; width: number; height: number }) {
  const calls: boolean[] = [];
  const el = {
    getProps: (_keys: string[], final?: boolean) => {
      calls.push(final ?? false);
      return props;
    },
  } as unknown as Element;
  return { el, calls };
}

describe('barBounds', () => {
  it.each([
    {
      name: 'vertical bar up from the base',
      props: { x: 50, y: 20, base: 100, width: 30, height: 0 },
      horizontal: false,
      expected: { left: 35, right: 65, top: 20, bottom: 100 },
    },
    {
      name: 'vertical bar below the base (negative value)',
      props: { x: 50, y: 140, base: 100, width: 30, height: 0 },
      horizontal: false,
      expected: { left: 35, right: 65, top: 100, bottom: 140 },
    },
    {
      name: 'horizontal bar',
      props: { x: 180, y: 60, base: 40, width: 0, height: 24 },
      horizontal: true,
      expected: { left: 40, right: 180, top: 48, bottom: 72 },
    },
  ])('$name', ({ props, horizontal, expected }) => {
    expect(barBounds(bar(props).el, horizontal)).toEqual(expected);
  });

  it('reads final (non-animated) properties unless told otherwise', () => {
    const b = bar({ x: 0, y: 0, base: 0, width: 0, height: 0 });
    barBounds(b.el, false);
    barBounds(b.el, false, false);
    expect(b.calls).toEqual([true, false]);
  });
});
