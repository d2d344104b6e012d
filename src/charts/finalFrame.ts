// The one "final frame drawn" signal of a chart: the animation's onComplete when the chart
// animates, its first render when it does not; either way `done` runs once. Config only: it
// creates no chart (chartHost.ts does, and the bench's bare page).

import type { ChartSpec } from './chartSpec.ts';

type SpecOptions = ChartSpec['config']['options'];

export interface FinalFrame {
  /** The chart's `options.animation`: the spec's own with onComplete added, or false. */
  animation: NonNullable<SpecOptions>['animation'];
  /** Call from a plugin's afterRender: it signals when the chart does not animate. */
  afterRender: () => void;
  /** Signals now, if not yet (a chart destroyed before its final frame must not hold a page back). */
  settle: () => void;
}

/**
 * @example
 * const frame = finalFrame(spec.config.options, true, () => performance.mark('charts-ready'));
 * new Chart(canvas, { ...spec.config,
 *   options: { ...spec.config.options, animation: frame.animation },
 *   plugins: [{ id: 'ready', afterRender: frame.afterRender }] });
 */
export function finalFrame(options: SpecOptions, animated: boolean, done: () => void): FinalFrame {
  let signalled = false;
  const once = () => {
    if (signalled) return;
    signalled = true;
    done();
  };
  return {
    animation: animated ? { ...(options?.animation || {}), onComplete: once } : false,
    afterRender: () => {
      if (!animated) once();
    },
    settle: once,
  };
}
