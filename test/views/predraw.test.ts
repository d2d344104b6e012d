// The pre-hydration drawing of the prerendered dashboard: which cards draw, when charts-ready
// fires, that the markup Svelte will hydrate is left as rendered (no buttons added), and that the
// app's mount keeps a chart drawn from the same spec (one draw a chart).
import { Chart } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/model/figure.ts';
import { predrawCharts } from '../../src/views/predraw.ts';
import { buildChart } from '../../src/charts/buildChart.ts';
import { DEFAULT_FONT_STACK } from '../../src/charts/chartSpec.ts';
import { mountChart } from '../../src/charts/chartHost.ts';
import { colorSlots } from '../../src/charts/palette.ts';
import { amountFigure, chartGroup, exportsFigure, shareFigure } from '../support/fixtures.ts';
import { still } from '../components/fixtures.ts';

function dataset(): Dataset {
  return {
    figures: [exportsFigure(), shareFigure(), amountFigure()],
    charts: [
      chartGroup('growth', [exportsFigure().id]),
      chartGroup('shares', [shareFigure().id]),
      chartGroup('orphan', ['no-such-figure']),
    ],
    sources: [],
  };
}

const card = (chart: string, canvas = true) =>
  `<article class="card" data-chart="${chart}"><div class="chart">${canvas ? '<canvas></canvas>' : ''}</div></article>`;

const live = () => Object.keys(Chart.instances).length;

afterEach(() => {
  for (const c of Object.values(Chart.instances)) c.destroy();
  document.body.replaceChildren();
  location.hash = '';
});

describe('predrawCharts', () => {
  it.each([
    { name: 'every known card', cards: [card('growth'), card('shares')], drawn: 2 },
    { name: 'not a card of an unknown chart', cards: [card('growth'), card('nope')], drawn: 1 },
    { name: 'not a chart without figures', cards: [card('orphan')], drawn: 0 },
    { name: 'not a card without a canvas', cards: [card('growth', false)], drawn: 0 },
    { name: 'nothing on an empty page', cards: [], drawn: 0 },
  ])('draws $name and then reports ready once', async ({ cards, drawn }) => {
    document.body.innerHTML = cards.join('');
    const before = document.body.innerHTML;
    const onready = vi.fn();
    const drawing = predrawCharts(document.body, dataset(), still, onready, true);
    // One chart a task: nothing is drawn while the entry module still runs.
    expect(live()).toBe(0);
    expect(await drawing).toBe(drawn);
    expect(live()).toBe(drawn);
    expect(onready).toHaveBeenCalledTimes(1);
    // Svelte hydrates this markup next: no keyboard buttons (or other nodes) added to it.
    expect(document.querySelectorAll('.bar-button')).toHaveLength(0);
    expect(document.querySelectorAll('.chart > :not(canvas)')).toHaveLength(0);
    expect(document.body.querySelectorAll('*').length).toBe(
      new DOMParser().parseFromString(before, 'text/html').body.querySelectorAll('*').length,
    );
  });

  it.each([
    { name: 'two charts', cards: [card('growth'), card('shares')], tasks: 2 },
    { name: 'one chart', cards: [card('growth')], tasks: 1 },
    { name: 'no chart', cards: [card('orphan')], tasks: 0 },
  ])('draws $name one a task, without setting up Intl number formats', async ({ cards, tasks }) => {
    document.body.innerHTML = cards.join('');
    // jsdom has no scheduler.yield: nextTask() is a setTimeout, one per task started.
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    // The cited values are written without ICU (model/format.ts): no chart pays its set-up.
    const formats = vi.spyOn(Intl, 'NumberFormat');
    try {
      await predrawCharts(document.body, dataset(), still, () => {}, true);
      expect(timeouts).toHaveBeenCalledTimes(tasks);
      expect(formats).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it.each([
    { name: 'two charts', cards: [card('growth'), card('shares')], drawn: 2 },
    { name: 'no chart', cards: [card('orphan')], drawn: 0 },
  ])("draws $name at once, in the caller's task, when not in tasks", async ({ cards, drawn }) => {
    document.body.innerHTML = cards.join('');
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const onready = vi.fn();
    try {
      const drawing = predrawCharts(document.body, dataset(), still, onready, false);
      // As a hand-written page: every chart drawn and charts-ready called before the call returns.
      expect(live()).toBe(drawn);
      expect(onready).toHaveBeenCalledTimes(1);
      expect(await drawing).toBe(drawn);
      expect(timeouts).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });

  it.each(['#/compare', '#/source/tiny-talks'])(
    'leaves %s to the app: the prerendered markup is the dashboard',
    async (hash) => {
      location.hash = hash;
      document.body.innerHTML = card('growth');
      const onready = vi.fn();
      expect(await predrawCharts(document.body, dataset(), still, onready)).toBe(0);
      expect(live()).toBe(0);
      expect(onready).not.toHaveBeenCalled();
    },
  );

  it('draws on a figure link (the dashboard with a quote open)', async () => {
    location.hash = `#/figure/${exportsFigure().id}`;
    document.body.innerHTML = card('growth');
    expect(await predrawCharts(document.body, dataset(), still, () => {})).toBe(1);
  });
});

describe('the app mounting on a predrawn canvas', () => {
  // As FigureCard builds it: the predraw's builder and options, the app's environment.
  const appSpec = (theme: 'light' | 'dark') =>
    buildChart([exportsFigure()], {
      theme,
      still: true,
      fontFamily: DEFAULT_FONT_STACK,
      colors: colorSlots(dataset().figures),
    });

  it.each([
    { name: 'keeps the chart when its spec is the same', theme: 'light' as const, draws: 1 },
    { name: 'draws afresh when its spec differs', theme: 'dark' as const, draws: 2 },
  ])('$name', async ({ theme, draws }) => {
    document.body.innerHTML = card('growth');
    const drawn = vi.spyOn(Chart.prototype, 'draw');
    const onready = vi.fn();
    expect(await predrawCharts(document.body, dataset(), still, onready)).toBe(1);
    const box = document.querySelector<HTMLElement>('.chart')!;
    const canvas = box.querySelector('canvas')!;
    const predrawn = Chart.getChart(canvas);
    const ondrawn = vi.fn();
    const onselect = vi.fn();
    const spec = appSpec(theme);
    const host = mountChart(box, canvas, spec, { ondrawn, onselect });
    expect(live()).toBe(1);
    expect(Chart.getChart(canvas) === predrawn).toBe(draws === 1);
    expect(drawn).toHaveBeenCalledTimes(draws);
    // Either way the app's handlers answer: drawn once, buttons over the bars, its own select.
    expect(ondrawn).toHaveBeenCalledTimes(1);
    expect(onready).toHaveBeenCalledTimes(1);
    const buttons = box.querySelectorAll<HTMLButtonElement>('button.bar-button');
    expect(buttons).toHaveLength(spec.points.length);
    buttons[0]!.click();
    expect(onselect).toHaveBeenCalledWith(exportsFigure().id);
    expect(location.hash).toBe('');
    host.select(exportsFigure().id);
    expect(buttons[0]!.getAttribute('aria-pressed')).toBe('true');
    host.destroy();
    expect(live()).toBe(0);
    expect(box.querySelectorAll('button')).toHaveLength(0);
    expect(ondrawn).toHaveBeenCalledTimes(1);
    drawn.mockRestore();
  });

  it('draws the final frame at once where motion is allowed, and the animated app spec keeps it', async () => {
    document.body.innerHTML = card('growth');
    const onready = vi.fn();
    await predrawCharts(document.body, dataset(), { theme: 'light', still: false }, onready);
    // No entrance animation: drawn, and charts-ready, within the predraw's task.
    expect(onready).toHaveBeenCalledTimes(1);
    const box = document.querySelector<HTMLElement>('.chart')!;
    const canvas = box.querySelector('canvas')!;
    const predrawn = Chart.getChart(canvas);
    expect(predrawn?.options.animation).toBe(false);
    const ondrawn = vi.fn();
    const spec = buildChart([exportsFigure()], {
      theme: 'light',
      still: false,
      fontFamily: DEFAULT_FONT_STACK,
      colors: colorSlots(dataset().figures),
    });
    const host = mountChart(box, canvas, spec, { ondrawn });
    expect(Chart.getChart(canvas)).toBe(predrawn);
    expect(ondrawn).toHaveBeenCalledTimes(1);
    host.destroy();
    expect(ondrawn).toHaveBeenCalledTimes(1);
    expect(onready).toHaveBeenCalledTimes(1);
  });
});
