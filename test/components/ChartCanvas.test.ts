// The one bridge to Chart.js: creates a chart, overlays one named button per bar, reports a
// drawn chart, calls onselect, and destroys its chart on unmount.

import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { Chart } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ChartCanvas from '../../src/components/ChartCanvas.svelte';
import { buildChart } from '../../src/charts/buildChart.ts';
import { amountFigure, exportsFigure } from '../support/fixtures.ts';
import { validateData } from '../../src/data/validate.ts';
import { ratioRawInput } from '../fixtures/ratioData.ts';
import { still } from './fixtures.ts';

function spec() {
  const fdi = { ...exportsFigure(), id: 'tiny-fdi', label: 'Investment', value: 100 };
  return buildChart([exportsFigure(), fdi], still);
}

const live = () => Object.keys(Chart.instances).length;

afterEach(() => vi.restoreAllMocks());

describe('ChartCanvas', () => {
  it('creates one chart and one named button per point', async () => {
    const s = spec();
    const ondrawn = vi.fn();
    const { container } = render(ChartCanvas, { spec: s, label: 'Growth chart', ondrawn });
    expect(live()).toBe(1);
    expect(screen.getByRole('img', { name: 'Growth chart' })).toBeInstanceOf(HTMLCanvasElement);
    await waitFor(() => expect(container.querySelectorAll('button[data-figure]')).toHaveLength(2));
    for (const p of s.points) {
      const button = screen.getByRole('button', { name: p.name });
      expect(button).toHaveAttribute('data-figure', p.figureId);
      expect(button).toHaveAttribute('aria-pressed', 'false');
    }
    expect(ondrawn).toHaveBeenCalledTimes(1);
  });

  it('a button press calls onselect with its figure id; the selected one is pressed', async () => {
    const onselect = vi.fn();
    const s = spec();
    render(ChartCanvas, { spec: s, label: 'Growth', onselect, selected: 'tiny-fdi' });
    const button = await screen.findByRole('button', { name: s.points[1]!.name });
    expect(button).toHaveAttribute('aria-pressed', 'true');
    await fireEvent.click(button);
    expect(onselect).toHaveBeenCalledWith('tiny-fdi');
  });

  it('destroys its chart on unmount', () => {
    const destroy = vi.spyOn(Chart.prototype, 'destroy');
    const { unmount } = render(ChartCanvas, { spec: spec(), label: 'Growth' });
    expect(live()).toBe(1);
    unmount();
    expect(destroy).toHaveBeenCalled();
    expect(live()).toBe(0);
  });

  it('recreates the chart when the spec changes, never leaving two', async () => {
    const { rerender, unmount } = render(ChartCanvas, { spec: spec(), label: 'Growth' });
    await rerender({ spec: buildChart([amountFigure()], still), label: 'Amount' });
    expect(live()).toBe(1);
    expect(Object.values(Chart.instances)[0]!.data.datasets[0]!.label).toBe('Actual');
    unmount();
    expect(live()).toBe(0);
  });

  it('draws ratios above 100 as levels on an axis past them, with no derived rest', async () => {
    // The Varnland statement's figures, as validateData reads them: four ratios and one part.
    const { dataset, errors } = validateData(ratioRawInput());
    expect(errors).toEqual([]);
    const s = buildChart(dataset.figures, still);
    const { container } = render(ChartCanvas, { spec: s, label: 'Ratios' });
    await waitFor(() => expect(container.querySelectorAll('button[data-figure]')).toHaveLength(5));
    const chart = Object.values(Chart.instances)[0]!;
    expect(chart.data.datasets).toHaveLength(1);
    expect(chart.data.datasets[0]!.data).toEqual([131.5, 112, 130, 104, 38]);
    expect(chart.options.indexAxis).toBe('y');
    expect(chart.scales['x']!.max).toBe(150);
    expect(
      screen.getByRole('button', { name: /Gross general government debt, to GDP/ }),
    ).toBeTruthy();
    expect(s.description).toMatch(/131\.5\u202f% \(ratio or rate, no rest derived\)/);
  });
});
