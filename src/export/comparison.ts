// What a shared comparison carries: its link, the embed iframe (via embedSnippet.ts), one citation
// line per figure, and the JSON download. Pure string work; no DOM, no clipboard, no Svelte.

import type { ComparePlan } from '../model/compare.ts';
import type { DerivedComparison } from '../model/derived.ts';
import type { Figure, PublishedSource } from '../model/figure.ts';
import { formatFigureValue } from '../model/format.ts';
import { routeToHash } from '../model/route.ts';
import { embedSnippet, embedUrl } from './embedSnippet.ts';

/**
 * The page link that reproduces the comparison.
 * @example comparisonUrl('https://x.test/site/index.html#/', ['a', 'b']) // 'https://x.test/site/index.html#/compare?figures=a,b'
 */
export function comparisonUrl(pageHref: string, ids: readonly string[]): string {
  return pageHref.replace(/#.*$/, '') + routeToHash({ view: 'compare', figures: [...ids] });
}

/**
 * The directory the page lives in, which embed.html shares (the `siteUrl` of embedSnippet.ts).
 * @example siteBase('https://x.test/site/index.html?x=1#/compare') // 'https://x.test/site/'
 */
export function siteBase(pageHref: string): string {
  return new URL('./', pageHref.replace(/#.*$/, '')).href;
}

/**
 * The iframe snippet of the comparison (embed.html?figures=…), built by embedSnippet.ts.
 * @example comparisonEmbed('https://x.test/index.html', figures).split('\n')[0] // '<iframe src="https://x.test/embed.html?figures=a,b" …'
 */
export function comparisonEmbed(
  pageHref: string,
  figures: readonly Figure[],
): { url: string; snippet: string } {
  const siteUrl = siteBase(pageHref);
  const ids = figures.map((f) => f.id);
  const url = embedUrl(siteUrl, ids);
  const title = `Comparison: ${figures.map((f) => `${f.label}, ${formatFigureValue(f).replace(/\u202f/g, ' ')}`).join('; ')}`;
  const snippet = embedSnippet({
    siteUrl,
    figureIds: ids,
    title,
    linkText: `${title} (with the quoted sources)`,
  });
  return { url, snippet };
}

/**
 * The JSON download: what was compared and how, the derived comparisons, the figures with their
 * quotes and their sources.
 * @example JSON.parse(comparisonJson(plan, derived, sources, url)).comparison.figures // ['a', 'b']
 */
export function comparisonJson(
  plan: ComparePlan,
  derived: readonly DerivedComparison[],
  sources: readonly PublishedSource[],
  url: string,
): string {
  const used = new Set(plan.figures.map((f) => f.quote.sourceId));
  const document = {
    comparison: {
      url,
      figures: plan.figures.map((f) => f.id),
      charts: plan.groups.map((g) => ({
        axis: g.key,
        title: g.title,
        reason: g.reason,
        figures: g.figures.map((f) => f.id),
        transforms: g.transforms,
      })),
      separation: plan.separation ?? null,
      derived,
    },
    figures: plan.figures,
    sources: sources.filter((s) => used.has(s.id)),
  };
  return JSON.stringify(document, null, 2) + '\n';
}

/**
 * A short file name: the first figure's id and how many more.
 * @example downloadName(['a', 'b', 'c'], 'png') // 'comparison-a-and-2-more.png'
 */
export function downloadName(ids: readonly string[], extension: string): string {
  const first = (ids[0] ?? 'empty').slice(0, 60).replace(/-+$/, '');
  const more = ids.length > 1 ? `-and-${ids.length - 1}-more` : '';
  return `comparison-${first}${more}.${extension}`;
}
