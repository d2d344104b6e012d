// Vite plugin that publishes what sharing a chart needs: the static share pages chart/<id>.html and
// figure/<id>.html, their stylesheet, and each chart group's citation files (charts/<id>.bib,
// .csl.json) and oEmbed response. Build-time, Node only; the HTML comes from export/sharePage.ts.

import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import type { Dataset } from '../model/figure.ts';
import { routeToHash } from '../model/route.ts';
import { captionHtml } from '../export/captionHtml.ts';
import {
  chartCitationBibtex,
  chartCitationCsl,
  chartCitationInput,
} from '../export/chartCitation.ts';
import { defaultEmbedHeight } from '../export/embedCode.ts';
import { embedSnippet, embedUrl, sharePageUrl } from '../export/embedSnippet.ts';
import { downloadLinks } from '../export/figureExport.ts';
import { chartAlt, chartTitle, figureAlt, figureTitle } from '../export/figureTitle.ts';
import { PROVIDER_NAME } from '../export/oembed.ts';
import { claimSections, publishedClaimsOf } from '../export/recordLines.ts';
import { sharePageHtml } from '../export/sharePage.ts';
import { siteUrl } from '../export/siteUrl.ts';
import { CONTENT_SECURITY_POLICY } from './securityPolicy.ts';
import { writeChangedFiles } from './siteFiles.ts';
import { loadDatasetForBuild } from './dataPlugin.ts';

/** Width of the published chart images (build/renderImages.ts), for oEmbed sizes. */
const IMAGE_WIDTH = 800;

/**
 * Every share page and chart citation file, keyed by its path under dist/.
 * `publicSite` is CITED_SITE_URL when set: then pages carry absolute canonical and og: URLs.
 * @example Object.keys(shareFiles(dataset, undefined, css)) // ['share.css', 'chart/growth-2001.html', …]
 */
export function shareFiles(
  dataset: Dataset,
  publicSite: string | undefined,
  css: string,
): Record<string, string> {
  return Object.fromEntries(shareFileEntries(dataset, publicSite, css));
}

/**
 * shareFiles one file at a time, in the same order, so the build writes each page and lets it
 * go (at 100,000 figures the pages alone are some 700 MB of text).
 * @example shareFileEntries(dataset, undefined, css).next().value // ['share.css', '…']
 */
export function* shareFileEntries(
  dataset: Dataset,
  publicSite: string | undefined,
  css: string,
): Generator<[path: string, body: string]> {
  const base = publicSite ?? '../';
  // Citation files name the page absolutely only with CITED_SITE_URL (never a local address);
  // oEmbed needs absolute URLs, so without it there is none (the build has warned once).
  const site = publicSite;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const byId = new Map(dataset.figures.map((f) => [f.id, f]));
  const common = { base, absolute: publicSite !== undefined, csp: CONTENT_SECURITY_POLICY };
  yield ['share.css', css];
  // The build's claim-and-record comparisons, as data/records.json publishes them.
  const published = publishedClaimsOf(dataset);

  for (const chart of dataset.charts) {
    const figures = chart.figures.flatMap((id) => byId.get(id) ?? []);
    const source = figures[0] && sources.get(figures[0].quote.sourceId);
    if (!source) continue;
    const height = defaultEmbedHeight(figures, true);
    yield [
      `chart/${chart.id}.html`,
      sharePageHtml({
        ...common,
        kind: 'chart',
        id: chart.id,
        headline: chartTitle(chart),
        description: chart.description,
        alt: chartAlt(chart, figures),
        note: chart.note,
        figures,
        source,
        embedPath: embedUrl('', { chart: chart.id }),
        embedHeight: height,
        dashboardPath: `index.html${routeToHash({ view: 'figure', id: figures[0]!.id })}`,
        downloads: downloadLinks(chart.id, 'chart'),
        claims: claimSections(figures, published),
      }),
    ];
    const cite = chartCitationInput(
      { chart, figures, source, pageUrl: sharePageUrl(site ?? '../', { chart: chart.id }) },
      published,
    );
    yield [`charts/${chart.id}.bib`, chartCitationBibtex(cite)];
    yield [`charts/${chart.id}.csl.json`, chartCitationCsl(cite)];
    const title = chartTitle(chart);
    if (!site) continue;
    yield [
      `oembed/${chart.id}.json`,
      JSON.stringify(
        {
          type: 'rich',
          version: '1.0',
          title,
          author_name: source.publisher,
          author_url: source.url,
          provider_name: PROVIDER_NAME,
          provider_url: site,
          html: embedSnippet({
            siteUrl: site,
            figureIds: chart.figures,
            chartId: chart.id,
            title: `Chart: ${title}`,
            height,
            fallback: {
              image: `${site}charts/${chart.id}.png`,
              alt: chartAlt(chart, figures),
              link: cite.pageUrl,
              caption: captionHtml(figures, source),
            },
          }),
          width: IMAGE_WIDTH,
          height,
        },
        null,
        2,
      ) + '\n',
    ];
  }

  for (const figure of dataset.figures) {
    const source = sources.get(figure.quote.sourceId);
    if (!source) continue;
    yield [
      `figure/${figure.id}.html`,
      sharePageHtml({
        ...common,
        kind: 'figure',
        id: figure.id,
        headline: figureTitle(figure),
        description: figure.label,
        alt: figureAlt(figure),
        note: figure.note,
        figures: [figure],
        source,
        embedPath: embedUrl('', [figure.id]),
        embedHeight: defaultEmbedHeight([figure], true),
        dashboardPath: `index.html${routeToHash({ view: 'figure', id: figure.id })}`,
        downloads: downloadLinks(figure.id, 'figure'),
        claims: claimSections([figure], published),
      }),
    ];
  }
}

/** @example plugins: [sharePagesPlugin({ dataDir: 'data', stylesheet: 'src/styles/share.css' })] */
export function sharePagesPlugin(options: {
  dataDir: string;
  stylesheet: string;
  root?: string;
}): Plugin {
  const root = options.root ?? process.cwd();
  return {
    name: 'cited-figures-share-pages',
    apply: 'build',
    // Beside the bundle, like the data files: only pages whose bytes changed are written.
    writeBundle(output) {
      // The data plugin has already stopped the build on any validation error.
      const { dataset, errors } = loadDatasetForBuild(options.dataDir, root);
      if (errors.length > 0) return;
      const env = process.env.CITED_SITE_URL;
      const files = shareFileEntries(
        dataset,
        env ? siteUrl(env) : undefined,
        readFileSync(options.stylesheet, 'utf8'),
      );
      if (output.dir) writeChangedFiles(output.dir, 'share-pages', files);
    },
  };
}
