// The label judge of the browser label test (test/support/labelBoxes.ts), without a browser:
// the control that proves it reports overlap, clipping and rotation, and passes clean labels.
import { describe, expect, it } from 'vitest';
import { labelProblems } from './labelBoxes.ts';

describe('labelProblems', () => {
  it('reports overlap, clipping and rotation (the control of test/browser/labels.test.ts)', () => {
    const box = (text: string, left: number, top: number) => ({
      kind: 'tick' as const,
      text,
      left,
      top,
      right: left + 80,
      bottom: top + 14,
    });
    expect(
      labelProblems({
        width: 200,
        height: 100,
        boxes: [
          box('Japanese invest', 10, 10),
          box('Japanese investment', 60, 12),
          box('edge', 150, 50),
        ],
        rotatedTicks: 1,
      }),
    ).toEqual([
      '"edge" [150,50–230,64] is cut off by the 200×100 canvas',
      '"Japanese invest" [10,10–90,24] overlaps "Japanese investment" [60,12–140,26]',
      '1 tick labels are rotated',
    ]);
  });

  it('passes labels that touch without overlapping, inside the canvas', () => {
    expect(
      labelProblems({
        width: 200,
        height: 100,
        boxes: [
          { kind: 'tick', text: 'a', left: 0, top: 0, right: 80, bottom: 14 },
          { kind: 'tick', text: 'b', left: 80, top: 0, right: 160, bottom: 14 },
        ],
        rotatedTicks: 0,
      }),
    ).toEqual([]);
  });
});
