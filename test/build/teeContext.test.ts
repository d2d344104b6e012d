// The tee that draws one paint on the SVG canvas and the PDF page: every drawing call and setting
// reaches each target, reads come from the first, and context-bound objects are refused.

import { describe, expect, it } from 'vitest';
import { teeContext } from '../../src/build/teeContext.ts';

/** A context stand-in that records what it is asked. */
function recorder(name: string) {
  const calls: string[] = [];
  return {
    calls,
    font: '10px a',
    fillRect(...args: number[]) {
      calls.push(`fillRect ${args.join(',')}`);
    },
    measureText(text: string) {
      calls.push(`measureText ${text}`);
      return { width: name === 'first' ? text.length : -1 };
    },
    createPattern() {
      return {};
    },
  };
}

describe('teeContext', () => {
  it.each([
    {
      name: 'a drawing call reaches every target',
      act: (c: ReturnType<typeof recorder>) => void c.fillRect(1, 2, 3, 4),
      first: ['fillRect 1,2,3,4'],
      others: ['fillRect 1,2,3,4'],
    },
    {
      name: 'a query is asked of the first target only, and answered by it',
      act: (c: ReturnType<typeof recorder>) => expect(c.measureText('abc').width).toBe(3),
      first: ['measureText abc'],
      others: [],
    },
  ])('$name', ({ act, first, others }) => {
    const [a, b, c] = [recorder('first'), recorder('b'), recorder('c')];
    act(teeContext(a, b, c));
    expect(a.calls).toEqual(first);
    expect(b.calls).toEqual(others);
    expect(c.calls).toEqual(others);
  });

  it('sets a property on every target and reads it from the first', () => {
    const [a, b] = [recorder('first'), recorder('b')];
    const tee = teeContext(a, b);
    tee.font = 'bold 14px "DejaVu Sans"';
    expect([a.font, b.font, tee.font]).toEqual(Array(3).fill('bold 14px "DejaVu Sans"'));
  });

  it('refuses a pattern, which would belong to one target', () => {
    const tee = teeContext(recorder('first'), recorder('b'));
    expect(() => tee.createPattern()).toThrow(
      /createPattern .*draw gradients and patterns on each target/,
    );
  });

  it('is the context itself when there is one target', () => {
    const a = recorder('first');
    expect(teeContext(a)).toBe(a);
  });
});
