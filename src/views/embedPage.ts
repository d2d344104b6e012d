// The embed page (embed.html): one figure or a comparison with its title, chart, quote and
// source line; links open a new top-level tab. Plain DOM, no Svelte: Chart.js alone is ~39 KB of
// the embed's startup JS, so the title and chart draw at once (the builders are in the startup
// chunk: no request between the entry and the first frame) and the quote, source line, records
// and downloads (embedDetails.ts, requested once the chart has drawn) go in after them. Grouping and words come from model/ and export/.

import type { Dataset, Figure } from '../model/figure.ts';
import { planOneAxis, type EmbedPlan } from '../model/axisGroup.ts';
import { linksRecords } from '../model/recordLinks.ts';
import { buildChart } from '../charts/buildChart.ts';
import { mountChart, type ChartHost } from '../charts/chartHost.ts';
import { chartHeight, DEFAULT_FONT_STACK } from '../charts/chartSpec.ts';
import { colorSlots, type Theme } from '../charts/palette.ts';
import { createReadiness } from '../charts/readiness.ts';
import { chartTitle, figureTitle } from '../export/figureTitle.ts';
import { h } from './dom.ts';
import { legendList } from '../components/chartLegend.ts';
import { unknownChartMessage, unknownIdsMessage, type EmbedQuery } from './embedQuery.ts';

export interface EmbedEnv {
  theme: Theme;
  still: boolean;
}

/** Puts the figures `ids` names on axes: planOneAxis, or compare.ts's planComparison (loaded on
 *  demand) when they need more than one axis. */
export type EmbedPlanner = (
  ids: readonly string[],
  figures: readonly Figure[],
) => EmbedPlan | undefined;

/**
 * The ids an embed draws: its chart group's figures for ?chart=, else the ids in ?figure(s)=.
 * @example embedIds(parseEmbedQuery('?chart=japan-russia-growth'), dataset) // ['japan-exports-to-russia-2001', …]
 */
export function embedIds(query: EmbedQuery, dataset: Dataset | undefined): readonly string[] {
  const chart = query.chart ? dataset?.charts.find((c) => c.id === query.chart) : undefined;
  return chart?.figures ?? query.ids;
}

/**
 * Renders the embed for `query` into `root` once the dataset is known (or failed to load).
 * Returns a function that redraws the charts for another theme, one that tears down, and `details`:
 * settles once the quote, source line and downloads (loaded on demand, below the chart) are in.
 * `planner` puts the figures on axes: the default draws figures that share one axis; figures that
 * need more get a notice unless compare.ts's planComparison is passed (src/embed.ts loads it then).
 * @example const page = renderEmbed(main, query, dataset, env, siteUrl); await page.details; page.retheme({ theme: 'dark', still: false })
 */
export function renderEmbed(
  root: HTMLElement,
  query: EmbedQuery,
  dataset: Dataset | undefined,
  env: EmbedEnv,
  siteUrl: string,
  failure?: string,
  planner: EmbedPlanner = planOneAxis,
): { retheme(env: EmbedEnv): void; destroy(): void; details: Promise<void> } {
  root.replaceChildren();
  // ?chart=<id> draws a chart group as its card does: its figures, its written headline.
  const chart = query.chart ? dataset?.charts.find((c) => c.id === query.chart) : undefined;
  const planned = dataset && !query.problem;
  const plan = planned ? planner(embedIds(query, dataset), dataset.figures) : undefined;
  const message =
    query.problem ??
    failure ??
    (dataset && query.chart && !chart ? unknownChartMessage(query.chart) : undefined) ??
    (plan?.unknown.length ? unknownIdsMessage(plan.unknown) : undefined) ??
    (planned && !plan
      ? 'These figures need separate charts, and the code that draws them apart did not load. Reload the page.'
      : undefined);
  if (message) root.append(notice(message, siteUrl));
  const figures = plan?.figures ?? [];
  if (!dataset || figures.length === 0)
    return { retheme() {}, destroy() {}, details: Promise.resolve() };

  const one = figures.length === 1 ? figures[0] : undefined;

  const heading = chart
    ? chartTitle(chart)
    : one
      ? figureTitle(one)
      : figures.map((f) => f.label).join(' · ');
  root.append(h('h1', {}, heading));
  if (plan?.separation) root.append(h('p', { class: 'muted' }, plan.separation));

  // Each figure's colour from the dataset's order, the same as on the dashboard.
  const colors = colorSlots(dataset.figures);
  const readiness = createReadiness(() => performance.mark('charts-ready'));
  const groups = plan?.groups ?? [];
  groups.forEach((g) => readiness.add(g.key));
  let hosts: ChartHost[] = [];
  let selected: string | undefined;
  const quoteOf = new Map<string, HTMLElement>();
  const slots = groups.map((g) => {
    if (groups.length > 1) root.append(h('h2', {}, g.title));
    const canvas = h('canvas', { role: 'img' }) as HTMLCanvasElement;
    const box = h('div', { class: 'chart' }, canvas);
    box.style.height = `${chartHeight(g.figures[0]?.kind ?? 'change', g.figures.length)}px`;
    const legend = h('div');
    root.append(box, legend);
    return { g, canvas, box, legend };
  });

  const select = (id: string) => {
    selected = id;
    hosts.forEach((host) => host.select(id));
    quoteOf.get(id)?.focus();
  };
  let destroyed = false;
  const draw = (e: EmbedEnv) => {
    if (destroyed) return;
    hosts.forEach((host) => host.destroy());
    hosts = slots.map(({ g, canvas, box, legend }) => {
      const spec = buildChart(g.figures, {
        theme: e.theme,
        still: e.still,
        fontFamily: DEFAULT_FONT_STACK,
        colors,
      });
      canvas.setAttribute('aria-label', `${g.title}. ${spec.description}`);
      canvas.textContent = spec.description;
      legend.replaceChildren(legendList(spec.legend));
      return mountChart(box, canvas, spec, {
        selected,
        onselect: select,
        ondrawn: () => readiness.done(g.key),
      });
    });
  };
  // Drawn now, in this task (Chart.js renders its first frame in its constructor): the boxes
  // above hold their final height, so nothing moves.
  let drewAll = true;
  try {
    draw(env);
  } catch (e) {
    drewAll = false;
    console.error(e);
    slots.forEach(({ g }) => readiness.done(g.key));
    root.append(
      h(
        'p',
        { class: 'notice', role: 'alert' },
        'The chart could not be drawn. Reload the page; if it stays, open the dashboard.',
      ),
    );
  }

  // Below the chart: appended below it, so nothing above moves, in one piece once the records are
  // in. Requested after the draw (charts-ready has marked by then): requested beside it, the chunk
  // and data/records.json competed with the startup code for the server and the network, 28 kB
  // more before charts-ready. The records are requested now too, beside the chunk rather than
  // after it: the text below the chart (the page's largest text) waits one round trip, not two.
  if (drewAll && linksRecords(figures)) preloadFetch(`${siteUrl}data/records.json`);
  const details = drewAll
    ? import('./embedDetails.ts').then(
        async ({ embedDetails }) =>
          void root.append(
            ...(await embedDetails({
              figures,
              dataset,
              chart,
              quote: query.quote,
              siteUrl,
              quoteOf,
            })),
          ),
        () =>
          void root.append(
            h(
              'p',
              { class: 'notice', role: 'alert' },
              'The quote and source line could not be loaded. Check your connection, then reload.',
            ),
          ),
      )
    : Promise.resolve();

  return {
    retheme: draw,
    destroy: () => {
      destroyed = true;
      hosts.forEach((host) => host.destroy());
    },
    details,
  };
}

/**
 * Starts fetching `href` for a later fetch() of it (same mode and credentials), as a preload.
 * @example preloadFetch('./data/records.json')
 */
function preloadFetch(href: string): void {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = href;
  document.head.append(link);
}

function notice(message: string, siteUrl: string): HTMLElement {
  return h(
    'div',
    { class: 'notice', role: 'alert' },
    h('p', {}, message),
    h(
      'p',
      {},
      h(
        'a',
        { href: `${siteUrl}index.html`, target: '_blank', rel: 'noopener' },
        'Open the dashboard ↗',
      ),
      ' · ',
      h(
        'a',
        { href: `${siteUrl}data/figures.json`, target: '_blank', rel: 'noopener' },
        'data/figures.json ↗',
      ),
    ),
  );
}
