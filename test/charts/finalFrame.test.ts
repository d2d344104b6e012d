// The final-frame signal (src/charts/finalFrame.ts): once, from onComplete when the chart
// animates, from the first render when it does not; the spec's own animation options are kept.
import { describe, expect, it } from 'vitest';
import { finalFrame } from '../../src/charts/finalFrame.ts';

type Frame = ReturnType<typeof finalFrame>;
const complete = (frame: Frame) => {
  const animation = frame.animation as { onComplete?: () => void } | false;
  if (animation) animation.onComplete?.();
};

describe('finalFrame', () => {
  it.each([
    // animated: renders come before the animation ends; onComplete is the final frame.
    { animated: true, steps: ['render', 'render'], expected: 0 },
    { animated: true, steps: ['render', 'complete'], expected: 1 },
    { animated: true, steps: ['complete', 'render', 'complete'], expected: 1 },
    // still: the first render is the final frame; later renders (resize, print) signal nothing.
    { animated: false, steps: ['render'], expected: 1 },
    { animated: false, steps: ['render', 'render', 'complete'], expected: 1 },
    { animated: false, steps: [], expected: 0 },
    // settle (a chart destroyed early) signals once, whatever came before or after.
    { animated: true, steps: ['render', 'settle', 'complete'], expected: 1 },
    { animated: false, steps: ['settle', 'render'], expected: 1 },
  ])('animated $animated, $steps → done $expected time(s)', ({ animated, steps, expected }) => {
    let done = 0;
    const frame = finalFrame({ animation: { duration: 400 } }, animated, () => done++);
    const run = {
      render: frame.afterRender,
      settle: frame.settle,
      complete: () => complete(frame),
    };
    for (const step of steps) run[step as keyof typeof run]();
    expect(done).toBe(expected);
  });

  it("keeps the spec's animation options and adds onComplete; a still chart has none", () => {
    const frame = finalFrame({ animation: { duration: 400 } }, true, () => {});
    expect(frame.animation).toMatchObject({ duration: 400, onComplete: expect.any(Function) });
    expect(finalFrame({ animation: { duration: 400 } }, false, () => {}).animation).toBe(false);
    expect(finalFrame(undefined, true, () => {}).animation).toMatchObject({
      onComplete: expect.any(Function),
    });
  });
});
