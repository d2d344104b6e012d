// The embed page (embed.html): one figure or a comparison with its title, chart, quote and
// source line; links open a new top-level tab. Plain DOM, no Svelte: the embed's budget is
// 65 KB of gzipped JS and Chart.js alone is ~40 KB. Grouping and words come from model/ and export/.

import type { Dataset, Figure, PublishedSource } from '../model/figure.ts';
import { planComparison } from '../model/compare.ts';
import { quotedSentences, type QuotedSentence } from '../model/quoteParts.ts';
import { buildChart } from '../charts/buildChart.ts';
import { mountChart, type ChartHost } from '../charts/chartHost.ts';
import { chartHeight, DEFAULT_FONT_STACK } from '../charts/chartSpec.ts';
import { colorSlots, type Theme } from '../charts/palette.ts';
import { createReadiness } from '../charts/readiness.ts';
import { sourceLineParts } from '../export/caption.ts';
import { dashboardUrl } from '../export/embedSnippet.ts';
import { figureFiles } from '../export/figureExport.ts';
import { chartTitle, figureTitle } from '../export/figureTitle.ts';
import { textFragmentUrl } from '../export/textFragment.ts';
import { h } from './dom.ts';
import { legendList } from '../components/chartLegend.ts';
import { unknownChartMessage, unknownIdsMessage, type EmbedQuery } from './embedQuery.ts';

export interface EmbedEnv {
  theme: Theme;
  still: boolean;
}

/**
 * Renders the embed for `query` into `root` once the dataset is known (or failed to load).
 * Returns a function that redraws the charts for another theme, and one that tears down.
 * @example const page = renderEmbed(main, query, dataset, env, siteUrl); page.retheme({ theme: 'dark', still: false })
 */
export function renderEmbed(
  root: HTMLElement,
  query: EmbedQuery,
  dataset: Dataset | undefined,
  env: EmbedEnv,
  siteUrl: string,
  failure?: string,
): { retheme(env: EmbedEnv): void; destroy(): void } {
  root.replaceChildren();
  // ?chart=<id> draws a chart group as its card does: its figures, its written headline.
  const chart = query.chart ? dataset?.charts.find((c) => c.id === query.chart) : undefined;
  const ids = chart?.figures ?? query.ids;
  const plan = dataset && !query.problem ? planComparison(ids, dataset.figures) : undefined;
  const message =
    query.problem ??
    failure ??
    (dataset && query.chart && !chart ? unknownChartMessage(query.chart) : undefined) ??
    (plan?.unknown.length ? unknownIdsMessage(plan.unknown) : undefined);
  if (message) root.append(notice(message, siteUrl));
  const figures = plan?.figures ?? [];
  if (!dataset || figures.length === 0) return { retheme() {}, destroy() {} };

  const one = figures.length === 1 ? figures[0] : undefined;
  const sources = dataset.sources.filter((s) => figures.some((f) => f.quote.sourceId === s.id));
  const linkBack = dashboardUrl(
    siteUrl,
    figures.map((f) => f.id),
  );

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
  const draw = (e: EmbedEnv) => {
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
  draw(env);

  // Each sentence once, with every figure's stated words marked in it.
  if (query.quote) {
    for (const sentence of quotedSentences(figures)) {
      const block = quoteBlock(sentence, sources);
      sentence.figures.forEach((f) => quoteOf.set(f.id, block));
      root.append(block);
    }
  }
  const note = chart?.note ?? one?.note;
  if (note) root.append(h('p', { class: 'muted note' }, note));
  for (const s of sources) root.append(sourceLine(s, figures, linkBack));
  const downloadId = chart?.id ?? one?.id;
  if (downloadId) root.append(downloads(downloadId, siteUrl));

  return {
    retheme: draw,
    destroy: () => hosts.forEach((host) => host.destroy()),
  };
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

function quoteBlock(sentence: QuotedSentence, sources: PublishedSource[]): HTMLElement {
  const cite = sources.find((s) => s.id === sentence.quote.sourceId)?.url;
  const runs = sentence.parts.map((p) =>
    p.figureId ? h('mark', { 'data-figure': p.figureId }, p.text) : p.text,
  );
  const first = sentence.figures[0]!;
  return h(
    'figure',
    {
      class: 'quote',
      id: `quote-${first.id}`,
      tabindex: -1,
      'data-quote': sentence.figures.map((f) => f.id).join(' '),
    },
    h('blockquote', { cite }, h('p', {}, '“', ...runs, '”')),
    h('figcaption', {}, `— ${sentence.speaker}`),
  );
}

function sourceLine(s: PublishedSource, figures: Figure[], dashboardUrl: string): HTMLElement {
  const first = figures.find((f) => f.quote.sourceId === s.id);
  return h(
    'p',
    { class: 'source' },
    ...sourceLineParts(s).map((part, i) => (i === 1 ? h('cite', {}, part) : part)),
    '. ',
    h(
      'a',
      {
        href: first ? textFragmentUrl(s.url, first.quote) : s.url,
        target: '_blank',
        rel: 'noopener noreferrer',
      },
      'Original ↗',
    ),
    ' · ',
    h('a', { href: dashboardUrl, target: '_blank', rel: 'noopener' }, 'Quote on Cited Figures ↗'),
  );
}

function downloads(id: string, siteUrl: string): HTMLElement {
  const files = figureFiles(id);
  const kinds = ['png', 'svg', 'pdf', 'csv', 'json'] as const;
  const links = kinds.flatMap((kind) => [
    h(
      'a',
      {
        href: `${siteUrl}${files[kind]}`,
        target: '_blank',
        rel: 'noopener',
        'data-download': kind,
      },
      kind.toUpperCase(),
    ),
    ' ',
  ]);
  return h('p', { class: 'downloads' }, 'Download: ', ...links);
}
