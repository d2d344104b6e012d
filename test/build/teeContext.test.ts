// The tee that draws one paint on the SVG canvas and the PDF page: every drawing call and setting
// reaches each target, reads come from the first, and context-bound objects are refused.

import { describe, expect, it } from 'vitest';
import { ScaledTarget, teeContext } from '../../src/build/teeContext.ts';

/** A context stand-in that records what it is asked. */
function recorder(name: string) {
  const calls: string[] = [];
  return {
    calls,
    font: '10px a',
    fillRect(...args: number[]) {
      calls.push(`fillRect ${args.join(',')}`);
    },
    setTransform(...args: number[]) {
      calls.push(`setTransform ${args.join(',')}`);
    },
    resetTransform() {
      calls.push('resetTransform');
    },
    translate(...args: number[]) {
      calls.push(`translate ${args.join(',')}`);
    },
    save() {
      calls.push('save');
    },
    restore() {
      calls.push('restore');
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

  it.each([
    {
      name: 'absolute transforms, scaled',
      act: (c: ReturnType<typeof recorder>) => {
        c.setTransform(1, 0, 0, 1, 5, 6);
        c.resetTransform();
        c.translate(3, 4);
      },
      scaled: ['setTransform 2,0,0,2,10,12', 'setTransform 2,0,0,2,0,0', 'translate 3,4'],
    },
    {
      name: 'a DOMMatrix-like transform, scaled',
      act: (c: ReturnType<typeof recorder>) =>
        (c.setTransform as unknown as (m: object) => void)({ a: 1, d: 1, e: 7 }),
      scaled: ['setTransform 2,0,0,2,14,0'],
    },
  ])('a ScaledTarget takes $name; the others take them as they are', ({ act, scaled }) => {
    const [a, b] = [recorder('first'), recorder('b')];
    act(teeContext(a, new ScaledTarget(b, 2)));
    expect(b.calls).toEqual(scaled);
    expect(a.calls.length).toBe(scaled.length);
    expect(a.calls).not.toEqual(scaled);
  });

  it('does not send a property again until its value or a restore changes it', () => {
    const [a, b] = [recorder('first'), recorder('b')];
    const sets: string[] = [];
    const watch = (r: ReturnType<typeof recorder>, name: string) =>
      Object.defineProperty(r, 'font', {
        get: () =>
          sets
            .filter((s) => s.startsWith(name))
            .at(-1)
            ?.slice(name.length + 1),
        set: (v: string) => void sets.push(`${name} ${v}`),
      });
    watch(a, 'a');
    watch(b, 'b');
    const tee = teeContext(a, b);
    tee.font = '14px x';
    tee.font = '14px x'; // the same: skipped
    tee.save();
    tee.font = 'bold 14px x';
    tee.restore(); // the targets are back at 14px x, and so is the tee's memory
    tee.font = '14px x'; // skipped
    tee.font = 'bold 14px x'; // sent again: restore forgot it
    expect(sets).toEqual([
      'a 14px x',
      'b 14px x',
      'a bold 14px x',
      'b bold 14px x',
      'a bold 14px x',
      'b bold 14px x',
    ]);
  });

  it('is the context itself when there is one target', () => {
    const a = recorder('first');
    expect(teeContext(a)).toBe(a);
  });
});
