// The pre-hydration drawing of the prerendered dashboard: which cards draw, when charts-ready
// fires, and that the markup Svelte will hydrate is left as rendered (no buttons added).
import { Chart } from 'chart.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/model/figure.ts';
import { predrawCharts } from '../../src/views/predraw.ts';
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
  ])('draws $name and then reports ready once', ({ cards, drawn }) => {
    document.body.innerHTML = cards.join('');
    const before = document.body.innerHTML;
    const onready = vi.fn();
    expect(predrawCharts(document.body, dataset(), still, onready)).toBe(drawn);
    expect(live()).toBe(drawn);
    expect(onready).toHaveBeenCalledTimes(1);
    // Svelte hydrates this markup next: no keyboard buttons (or other nodes) added to it.
    expect(document.querySelectorAll('.bar-button')).toHaveLength(0);
    expect(document.querySelectorAll('.chart > :not(canvas)')).toHaveLength(0);
    expect(document.body.querySelectorAll('*').length).toBe(
      new DOMParser().parseFromString(before, 'text/html').body.querySelectorAll('*').length,
    );
  });

  it.each(['#/compare', '#/source/tiny-talks'])(
    'leaves %s to the app: the prerendered markup is the dashboard',
    (hash) => {
      location.hash = hash;
      document.body.innerHTML = card('growth');
      const onready = vi.fn();
      expect(predrawCharts(document.body, dataset(), still, onready)).toBe(0);
      expect(live()).toBe(0);
      expect(onready).not.toHaveBeenCalled();
    },
  );

  it('draws on a figure link (the dashboard with a quote open)', () => {
    location.hash = `#/figure/${exportsFigure().id}`;
    document.body.innerHTML = card('growth');
    expect(predrawCharts(document.body, dataset(), still, () => {})).toBe(1);
  });
});
