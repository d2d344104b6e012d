// The copy-ready HTML a report pastes to embed a chart: an iframe (title, lazy, sized), a fallback
// link that carries the citation, and the one external resize script. No inline JS or styles,
// so hosts with a strict Content-Security-Policy can use it. Pure strings.

import { routeToHash } from '../model/route.ts';

export interface EmbedSnippetInput {
  /** The site's base URL with a trailing slash, e.g. https://example.org/cited-figures/ */
  siteUrl: string;
  figureIds: readonly string[];
  /** The iframe's accessible title, e.g. "Chart: Japan's exports to Russia, +40 %". */
  title: string;
  /** Fallback link text: what the chart shows and where it comes from. */
  linkText: string;
  height?: number;
}

/** @example embedUrl('https://x.test/', ['a']) // 'https://x.test/embed.html?figure=a' */
export function embedUrl(siteUrl: string, figureIds: readonly string[]): string {
  const query =
    figureIds.length === 1
      ? `figure=${encodeURIComponent(figureIds[0]!)}`
      : `figures=${figureIds.map(encodeURIComponent).join(',')}`;
  return `${siteUrl}embed.html?${query}`;
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
 * @example embedSnippet({ siteUrl: 'https://x.test/', figureIds: ['a'], title: 'Chart: A', linkText: 'A (source)' })
 * // '<iframe src="https://x.test/embed.html?figure=a" title="Chart: A" width="100%" height="520" loading="lazy" data-cited-figures></iframe>\n<p><a href=…>A (source)</a></p>\n<script src="https://x.test/embed-resize.js" async></script>'
 */
export function embedSnippet({
  siteUrl,
  figureIds,
  title,
  linkText,
  height = 520,
}: EmbedSnippetInput): string {
  const src = embedUrl(siteUrl, figureIds);
  const link = dashboardUrl(siteUrl, figureIds);
  return [
    `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.round(height)}" loading="lazy" data-cited-figures></iframe>`,
    `<p><a href="${attr(link)}">${text(linkText)}</a></p>`,
    `<script src="${attr(siteUrl)}embed-resize.js" async></script>`,
  ].join('\n');
}

function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;');
}

function text(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
