// @vitest-environment jsdom
// The bridge to Chart.js without any framework: one chart, one named button per bar laid over
// it, selection marks, clicks, and a destroy that leaves no chart and no button behind; and when
// a page's first charts draw in tasks of their own (a coarse pointer: phones, Lighthouse mobile).

import 'vitest-canvas-mock';
import { Chart } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { drawsInTasks, mountChart } from '../../src/charts/chartHost.ts';
import { buildChart } from '../../src/charts/buildChart.ts';
import { amountFigure, exportsFigure } from '../support/fixtures.ts';
import { still } from '../components/fixtures.ts';

function setup() {
  const box = document.createElement('div');
  const canvas = document.createElement('canvas');
  box.append(canvas);
  document.body.append(box);
  return { box, canvas };
}

// jsdom has no ResizeObserver; Chart.js only needs it to exist for responsive charts.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const live = () => Object.keys(Chart.instances).length;

afterEach(() => document.body.replaceChildren());

describe('mountChart', () => {
  it('draws once, reports it, and lays one named button over each bar', () => {
    const { box, canvas } = setup();
    const spec = buildChart([exportsFigure()], still);
    const ondrawn = vi.fn();
    const host = mountChart(box, canvas, spec, { ondrawn });
    expect(live()).toBe(1);
    expect(ondrawn).toHaveBeenCalledTimes(1);
    const buttons = box.querySelectorAll<HTMLButtonElement>('button.bar-button');
    expect(buttons).toHaveLength(spec.points.length);
    expect(buttons[0]!.getAttribute('aria-label')).toBe(spec.points[0]!.name);
    expect(buttons[0]!.dataset.figure).toBe(exportsFigure().id);
    host.destroy();
  });

  it('calls onselect from a button and marks the selected bar', () => {
    const { box, canvas } = setup();
    const onselect = vi.fn();
    const host = mountChart(box, canvas, buildChart([amountFigure()], still), { onselect });
    const button = box.querySelector<HTMLButtonElement>('button.bar-button')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    button.click();
    expect(onselect).toHaveBeenCalledWith(amountFigure().id);
    host.select(amountFigure().id);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.classList.contains('selected')).toBe(true);
    host.select(undefined);
    expect(button.getAttribute('aria-pressed')).toBe('false');
    host.destroy();
  });

  it('destroy removes the chart, its buttons and its print listeners, and still reports drawn', () => {
    const { box, canvas } = setup();
    const removed = vi.spyOn(window, 'removeEventListener');
    const ondrawn = vi.fn();
    const host = mountChart(
      box,
      canvas,
      buildChart([exportsFigure()], { ...still, still: false }),
      {
        ondrawn,
      },
    );
    host.destroy();
    expect(live()).toBe(0);
    expect(box.querySelectorAll('button')).toHaveLength(0);
    expect(removed.mock.calls.map(([name]) => name)).toEqual(
      expect.arrayContaining(['beforeprint', 'afterprint']),
    );
    // An animated chart torn down before its animation ends must not hold charts-ready back.
    expect(ondrawn).toHaveBeenCalledTimes(1);
    // The unit project shares one module graph per worker (isolate: false): leave window as found.
    removed.mockRestore();
  });

  it.each([
    { name: 'a drawn chart', first: still },
    { name: 'a chart still animating', first: { ...still, still: false } },
  ])('a second mount on the canvas takes over $name: one chart, drawn at once', ({ first }) => {
    const { box, canvas } = setup();
    const before = mountChart(box, canvas, buildChart([exportsFigure()], first), {
      buttons: false,
    });
    expect(box.querySelectorAll('button.bar-button')).toHaveLength(0);
    const ondrawn = vi.fn();
    // Animated spec, yet a takeover draws its final frame at once (no bars regrowing).
    const spec = buildChart([exportsFigure()], { ...still, still: false });
    const after = mountChart(box, canvas, spec, { ondrawn });
    expect(live()).toBe(1);
    expect(ondrawn).toHaveBeenCalledTimes(1);
    expect(box.querySelectorAll('button.bar-button')).toHaveLength(spec.points.length);
    before.destroy(); // the old host's destroy must not touch the new chart
    expect(live()).toBe(1);
    after.destroy();
    expect(live()).toBe(0);
  });
});

/** A matchMedia that answers only `(pointer: coarse)`, as `coarse` says; records what it was asked. */
function pointer(coarse: boolean): string[] {
  const asked: string[] = [];
  vi.stubGlobal('matchMedia', (query: string) => {
    asked.push(query);
    return { matches: query === '(pointer: coarse)' && coarse, media: query };
  });
  return asked;
}

describe('drawsInTasks', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    { name: 'a touch screen', coarse: true, expected: true },
    { name: 'a mouse', coarse: false, expected: false },
  ])('is $expected with $name', ({ coarse, expected }) => {
    const asked = pointer(coarse);
    expect(drawsInTasks()).toBe(expected);
    expect(asked).toEqual(['(pointer: coarse)']);
  });

  it('is false where there is no matchMedia (a page without media queries)', () => {
    vi.stubGlobal('matchMedia', undefined);
    expect(drawsInTasks()).toBe(false);
  });
});
