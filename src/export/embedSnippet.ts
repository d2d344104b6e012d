// The copy-ready HTML a report pastes to embed a chart: an iframe (title, lazy, sized) whose
// fallback content carries the chart's PNG and citation for readers without frames, and the one
// external resize script; or a static image with its caption. No inline JS or styles. Pure strings.

import { routeToHash } from '../model/route.ts';
import { escapeHtml, markup, type SafeHtml } from './html.ts';

export type EmbedTheme = 'light' | 'dark' | 'auto';

/** What the embed page draws beyond its figures: the theme, and whether quotes are shown. */
export interface EmbedOptions {
  theme?: EmbedTheme;
  /** false adds quote=0 (the embed leaves the quotes out). */
  quote?: boolean;
}

/** What an embed, a share page or a link shows: a chart group as displayed, or figures. */
export type EmbedTarget = { chart: string } | readonly string[];

/** What readers see when the frame is not shown: the chart's image, linked, and its caption. */
export interface EmbedFallback {
  image: string;
  alt: string;
  /** Where the image links: the share page. */
  link: string;
  /** The citation under the image (captionHtml). */
  caption: SafeHtml;
}

export interface EmbedSnippetInput extends EmbedOptions {
  /** The site's base URL with a trailing slash, e.g. https://example.org/cited-figures/ */
  siteUrl: string;
  /** The figures to draw, unless `chartId` names a chart group. */
  figureIds: readonly string[];
  chartId?: string;
  /** The iframe's accessible title, e.g. "Chart: Japan's exports to Russia, +40 %". */
  title: string;
  /** Fallback text (inside the iframe, linked to the dashboard) when no `fallback` is given. */
  linkText?: string;
  fallback?: EmbedFallback;
  height?: number;
}

/**
 * @example embedUrl('https://x.test/', ['a']) // 'https://x.test/embed.html?figure=a'
 * @example embedUrl('https://x.test/', { chart: 'c' }, { theme: 'dark', quote: false }) // 'https://x.test/embed.html?chart=c&theme=dark&quote=0'
 */
export function embedUrl(
  siteUrl: string,
  target: EmbedTarget,
  { theme = 'auto', quote = true }: EmbedOptions = {},
): string {
  const query =
    'chart' in target
      ? `chart=${encodeURIComponent(target.chart)}`
      : target.length === 1
        ? `figure=${encodeURIComponent(target[0]!)}`
        : `figures=${target.map(encodeURIComponent).join(',')}`;
  const extra = `${theme === 'auto' ? '' : `&theme=${theme}`}${quote ? '' : '&quote=0'}`;
  return `${siteUrl}embed.html?${query}${extra}`;
}

/**
 * The static share page of a chart group or one figure: a link that unfurls as that chart.
 * @example sharePageUrl('https://x.test/', { chart: 'c' }) // 'https://x.test/chart/c.html'
 * @example sharePageUrl('https://x.test/', { figure: 'a' }) // 'https://x.test/figure/a.html'
 */
export function sharePageUrl(
  siteUrl: string,
  target: { chart: string } | { figure: string },
): string {
  return 'chart' in target
    ? `${siteUrl}chart/${encodeURIComponent(target.chart)}.html`
    : `${siteUrl}figure/${encodeURIComponent(target.figure)}.html`;
}

/** @example chartUrl('https://x.test/', 'a') // 'https://x.test/index.html#/figure/a' */
export function chartUrl(siteUrl: string, figureId: string): string {
  return `${siteUrl}index.html${routeToHash({ view: 'figure', id: figureId })}`;
}

/**
 * Where the dashboard shows these figures: the figure's card for one, the compare view for more.
 * @example dashboardUrl('https://x.test/', ['a', 'b']) // 'https://x.test/index.html#/compare?figures=a,b'
 */
export function dashboardUrl(siteUrl: string, figureIds: readonly string[]): string {
  return figureIds.length === 1
    ? chartUrl(siteUrl, figureIds[0]!)
    : `${siteUrl}index.html${routeToHash({ view: 'compare', figures: [...figureIds] })}`;
}

/**
 * The iframe, its fallback content, and the resize script.
 * @example embedSnippet({ siteUrl: 'https://x.test/', figureIds: ['a'], title: 'Chart: A', linkText: 'A (source)' })
 * // '<iframe src="https://x.test/embed.html?figure=a" title="Chart: A" width="100%" height="520" loading="lazy" data-cited-figures>\n<a href=…>A (source)</a>\n</iframe>\n<script src="https://x.test/embed-resize.js" async></script>'
 */
export function embedSnippet({
  siteUrl,
  figureIds,
  chartId,
  title,
  linkText,
  fallback,
  height = 520,
  theme,
  quote,
}: EmbedSnippetInput): string {
  const src = embedUrl(siteUrl, chartId ? { chart: chartId } : figureIds, { theme, quote });
  // Browsers that show frames never render this content; readers that drop the frame (feeds,
  // e-mail) show the image and citation instead, so there is no second link under the frame.
  const inner = fallback
    ? imageFigure(fallback)
    : markup`<a href="${dashboardUrl(siteUrl, figureIds)}">${linkText ?? title}</a>`;
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${Math.round(height)}" loading="lazy" data-cited-figures>`,
    String(inner),
    `</iframe>`,
    `<script src="${escapeHtml(siteUrl)}embed-resize.js" async></script>`,
  ].join('\n');
}

/**
 * A static embed for documents, e-mail and feeds: the chart's PNG, linked to its share page, with
 * the quoted sentences and the source as the caption.
 * @example imageSnippet({ image: 'https://x.test/charts/c.png', alt: 'Bar chart …', link: 'https://x.test/chart/c.html', caption })
 * // '<figure>\n<a href="https://x.test/chart/c.html"><img src="https://x.test/charts/c.png" alt="Bar chart …" width="800"></a>\n<figcaption>…</figcaption>\n</figure>'
 */
export function imageSnippet(fallback: EmbedFallback): string {
  return `<figure>\n${String(imageFigure(fallback, 'figcaption'))}\n</figure>`;
}

function imageFigure(f: EmbedFallback, captionTag: 'div' | 'figcaption' = 'div'): SafeHtml {
  const img = markup`<a href="${f.link}"><img src="${f.image}" alt="${f.alt}" width="800"></a>`;
  return captionTag === 'figcaption'
    ? markup`${img}\n<figcaption>${f.caption}</figcaption>`
    : markup`${img}\n<div>${f.caption}</div>`;
}
