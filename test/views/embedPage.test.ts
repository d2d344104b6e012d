// The Svelte-free embed page: title, chart, quote with the stated words marked, source line and
// downloads; plain messages for bad ids; data rendered as text, never as HTML.

import { Chart } from 'chart.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/model/figure.ts';
import { planComparison } from '../../src/model/compare.ts';
import { renderEmbed } from '../../src/views/embedPage.ts';
import { parseEmbedQuery } from '../../src/views/embedQuery.ts';
import {
  aDataset,
  amountFigure,
  chartGroup,
  exportsFigure,
  publishedSource,
  shareFigure,
} from '../support/fixtures.ts';
import { HOSTILE } from '../components/fixtures.ts';

const SITE = 'https://figures.test/';
const env = { theme: 'light' as const, still: true };

const dataset = (): Dataset =>
  aDataset({
    charts: [
      {
        ...chartGroup('tiny-chart', [exportsFigure().id, shareFigure().id]),
        headline: 'Both grew',
        note: 'A written note.',
      },
    ],
    sources: [publishedSource()],
  });

/** Renders and waits for the text below the chart (its module loads on demand), with compare.ts's
 *  planner as src/embed.ts passes it when the figures need more than one axis. */
async function render(search: string, data: Dataset | undefined = dataset(), failure?: string) {
  const root = document.createElement('main');
  document.body.append(root);
  const page = renderEmbed(root, parseEmbedQuery(search), data, env, SITE, failure, planComparison);
  await page.details;
  return { root, page };
}

function renderFailed(search: string, failure: string) {
  const root = document.createElement('main');
  renderEmbed(root, parseEmbedQuery(search), undefined, env, SITE, failure);
  return { root };
}

afterEach(() => {
  document.body.replaceChildren();
  for (const c of Object.values(Chart.instances)) c.destroy();
});

describe('renderEmbed', () => {
  it('shows one figure: title, chart, marked quote, source line and downloads', async () => {
    const f = exportsFigure();
    const { root } = await render(`?figure=${f.id}`);
    expect(root.querySelector('h1')!.textContent).toContain(f.label);
    expect(root.querySelectorAll('canvas[role="img"]')).toHaveLength(1);
    expect(root.querySelector('[data-quote] mark')!.textContent).toBe(f.stated.text);
    expect(root.querySelector('.source')!.textContent).toMatch(/^Source: .+, \d{1,2} \w+ \d{4}\./);
    const kinds = [...root.querySelectorAll<HTMLAnchorElement>('[data-download]')].map(
      (a) => a.dataset.download,
    );
    expect(kinds).toEqual(['png', 'svg', 'pdf', 'csv', 'json']);
    for (const a of root.querySelectorAll('a')) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toMatch(/noopener/);
    }
  });

  it('shows a chart group by ?chart=: its headline, note, each sentence once with every stated word marked', async () => {
    const { root } = await render('?chart=tiny-chart');
    expect(root.querySelector('h1')!.textContent).toBe('Both grew');
    const quotes = root.querySelectorAll('[data-quote]');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.getAttribute('data-quote')).toBe(`${exportsFigure().id} ${shareFigure().id}`);
    expect([...quotes[0]!.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      exportsFigure().stated.text,
      shareFigure().stated.text,
    ]);
    expect(root.querySelector('.note')!.textContent).toBe('A written note.');
    const png = root.querySelector<HTMLAnchorElement>('[data-download="png"]')!;
    expect(png.href).toBe(`${SITE}charts/tiny-chart.png`);
  });

  it('says which chart id is unknown and where valid ones are', async () => {
    const { root } = await render('?chart=no-such-chart');
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(
      /There is no chart "no-such-chart"/,
    );
    expect(root.querySelector('canvas')).toBeNull();
  });

  it('leaves the quote out with quote=0', async () => {
    const { root } = await render(`?figure=${exportsFigure().id}&quote=0`);
    expect(root.querySelector('[data-quote]')).toBeNull();
  });

  it('draws figures of different kinds as separate charts with a line saying why', async () => {
    const { root } = await render(`?figures=${exportsFigure().id},${shareFigure().id}`);
    expect(root.querySelectorAll('canvas')).toHaveLength(2);
    expect(root.querySelectorAll('h2')).toHaveLength(2);
    expect(root.querySelector('.muted')!.textContent).toMatch(/separate charts/);
  });

  it('draws one axis without compare.ts, and says so when figures need more than one', async () => {
    const root = document.createElement('main');
    const one = renderEmbed(
      root,
      parseEmbedQuery(`?figure=${exportsFigure().id}`),
      dataset(),
      env,
      SITE,
    );
    await one.details;
    expect(root.querySelectorAll('canvas')).toHaveLength(1);
    expect(root.querySelector('[role="alert"]')).toBeNull();
    renderEmbed(
      root,
      parseEmbedQuery(`?figures=${exportsFigure().id},${shareFigure().id}`),
      dataset(),
      env,
      SITE,
    );
    expect(root.querySelector('canvas')).toBeNull();
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(
      /need separate charts.*Reload the page/,
    );
  });

  it.each([
    ['an unknown id', '?figure=no-such-figure', /There is no figure "no-such-figure"/],
    ['no id', '', /No figure given/],
    ['a malformed id', `?figure=${encodeURIComponent(HOSTILE)}`, /is not a figure id/],
  ])('shows a plain alert for %s, with where to find ids', async (_name, search, message) => {
    const { root } = await render(search);
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.textContent).toMatch(message);
    expect(alert.querySelector('a[href$="data/figures.json"]')).not.toBeNull();
    expect(root.querySelector('img')).toBeNull();
  });

  it('shows a load failure as a message', async () => {
    const { root } = renderFailed(
      `?figure=${exportsFigure().id}`,
      'Loading ./data/figures.json failed (HTTP 500).',
    );
    expect(root.querySelector('[role="alert"]')!.textContent).toMatch(/HTTP 500/);
    expect(root.querySelector('canvas')).toBeNull();
  });

  it('renders hostile labels and quotes as text', async () => {
    const f = { ...exportsFigure(), label: HOSTILE, speaker: HOSTILE };
    const { root } = await render(`?figure=${f.id}`, { ...dataset(), figures: [f] });
    expect(root.querySelector('h1')!.textContent).toContain(HOSTILE);
    expect(root.querySelector('figcaption')!.textContent).toBe(`— ${HOSTILE}`);
    expect(root.querySelector('img')).toBeNull();
  });

  it('redraws for another theme and destroys its charts', async () => {
    const { page } = await render(`?figure=${amountFigure().id}`);
    expect(Object.keys(Chart.instances)).toHaveLength(1);
    page.retheme({ theme: 'dark', still: true });
    expect(Object.keys(Chart.instances)).toHaveLength(1);
    page.destroy();
    expect(Object.keys(Chart.instances)).toHaveLength(0);
  });
});
