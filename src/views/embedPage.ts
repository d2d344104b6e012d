// The embed page (embed.html): one figure or a comparison with its title, chart, quote and
// source line; links open a new top-level tab. Plain DOM, no Svelte: the embed's budget is
// 65 KB of gzipped JS and Chart.js alone is ~40 KB. Grouping and words come from model/ and export/.

import type { Dataset, Figure, PublishedSource } from '../model/figure.ts';
import { planComparison } from '../model/compare.ts';
import { formatDate } from '../model/format.ts';
import { sentenceQuotes, type SentenceQuote } from '../model/sentenceQuotes.ts';
import { buildChart } from '../charts/buildChart.ts';
import { mountChart, type ChartHost } from '../charts/chartHost.ts';
import { DEFAULT_FONT_STACK, type LegendItem } from '../charts/chartSpec.ts';
import { colorSlots, type Theme } from '../charts/palette.ts';
import { createReadiness } from '../charts/readiness.ts';
import { dashboardUrl } from '../export/embedSnippet.ts';
import { figureFiles } from '../export/figureExport.ts';
import { figureTitle } from '../export/figureTitle.ts';
import { textFragmentUrl } from '../export/textFragment.ts';
import { h } from './dom.ts';
import { unknownIdsMessage, type EmbedQuery } from './embedQuery.ts';

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
  const plan = dataset && !query.problem ? planComparison(query.ids, dataset.figures) : undefined;
  const message =
    query.problem ??
    failure ??
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

  root.append(h('h1', {}, one ? figureTitle(one) : figures.map((f) => f.label).join(' · ')));
  if (plan?.separation) root.append(h('p', { class: 'muted' }, plan.separation));

  const colors = colorSlots(dataset.figures);
  const readiness = createReadiness(() => performance.mark('charts-ready'));
  const groups = plan?.groups ?? [];
  groups.forEach((g) => readiness.add(g.key));
  let hosts: ChartHost[] = [];
  let selected: string | undefined;
  const slots = groups.map((g) => {
    if (groups.length > 1) root.append(h('h2', {}, g.title));
    const canvas = h('canvas', { role: 'img' }) as HTMLCanvasElement;
    const box = h('div', { class: 'chart' }, canvas);
    box.style.height = `${g.key === 'share' ? 110 + 50 * g.figures.length : 260}px`;
    const legend = h('div');
    root.append(box, legend);
    return { g, canvas, box, legend };
  });

  const select = (id: string) => {
    selected = id;
    hosts.forEach((host) => host.select(id));
    document.getElementById(`quote-${id}`)?.focus();
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

  if (query.quote) for (const q of sentenceQuotes(figures)) root.append(quoteBlock(q, sources));
  for (const s of sources) root.append(sourceLine(s, figures, linkBack));
  if (one) root.append(downloads(one, siteUrl));

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

function legendList(items: LegendItem[]): Node {
  if (items.length === 0) return document.createTextNode('');
  return h(
    'ul',
    { class: 'chart-legend', 'aria-label': 'Legend' },
    ...items.map((item) => {
      const swatch = h('span', { class: `swatch ${item.style}`, 'aria-hidden': 'true' });
      swatch.style.setProperty('--swatch', item.color);
      return h('li', {}, swatch, item.label);
    }),
  );
}

/** One sentence, each figure's stated words marked (and focusable as `quote-<figure id>`). */
function quoteBlock(q: SentenceQuote, sources: PublishedSource[]): HTMLElement {
  const cite = sources.find((s) => s.id === q.sourceId)?.url;
  const pieces = q.parts.map((part) =>
    part.figureIds
      ? h(
          'mark',
          {
            id: `quote-${part.figureIds[0]}`,
            tabindex: -1,
            'data-figure': part.figureIds.join(' '),
          },
          part.text,
        )
      : part.text,
  );
  return h(
    'figure',
    { class: 'quote', 'data-quote': q.figureIds.join(' ') },
    h('blockquote', { cite }, h('p', {}, '“', ...pieces, '”')),
    h('figcaption', {}, `— ${q.speaker}`),
  );
}

function sourceLine(s: PublishedSource, figures: Figure[], dashboardUrl: string): HTMLElement {
  const first = figures.find((f) => f.quote.sourceId === s.id);
  return h(
    'p',
    { class: 'source' },
    `Source: ${s.publisher}, `,
    h('cite', {}, s.title),
    `, ${formatDate(s.date)}. `,
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

function downloads(f: Figure, siteUrl: string): HTMLElement {
  const files = figureFiles(f.id);
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
