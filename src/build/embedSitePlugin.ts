// Vite plugin for what the embed needs beside the pages: publishes the host page's resize
// script as a plain classic file (dist/embed-resize.js, no module, no inline JS) and adds the
// oEmbed discovery link and Open Graph / Twitter card meta to the pages. Build-time, Node only.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { transformWithOxc, type HtmlTagDescriptor, type Plugin } from 'vite';
import { datasetJsonLd } from '../export/dataPackage.ts';
import { figureTitle } from '../export/figureTitle.ts';
import { SITE_URL_WARNING, siteUrl as resolveSiteUrl } from '../export/siteUrl.ts';
import { loadDatasetForBuild } from './dataPlugin.ts';

export const RESIZE_SCRIPT = 'embed-resize.js';

/**
 * The resize module as a classic script: TypeScript stripped, `export` dropped, wrapped in a
 * function that installs the listener. The module has no imports (checked here), so this is safe.
 * @example (await resizeScript(src)).startsWith('/* Cited Figures') // true
 */
export async function resizeScript(moduleFile: string): Promise<string> {
  const source = readFileSync(moduleFile, 'utf8');
  if (/^\s*import\s/m.test(source)) {
    throw new Error(
      `${moduleFile} must not import anything: it is published as a standalone script`,
    );
  }
  const { code } = await transformWithOxc(source, moduleFile, { lang: 'ts' });
  const body = code.replace(/^export\s+/gm, '');
  return (
    `/* Cited Figures embed resize script: sizes iframes of embed.html to their content. */\n` +
    `(function () {\n'use strict';\n${body}\ninstallEmbedResize(window);\n})();\n`
  );
}

/** Head tags for link previews: the dashboard points at its first chart's image and oEmbed.
 * Those need absolute URLs, so without a site URL only the title and a plain card remain.
 * @example previewTags(undefined, { id: 'a', title: 'A' }, 'Cited Figures').length // 3 */
export function previewTags(
  site: string | undefined,
  figure: { id: string; title: string },
  pageTitle: string,
): HtmlTagDescriptor[] {
  const meta = (attrs: Record<string, string>): HtmlTagDescriptor => ({
    tag: 'meta',
    attrs,
    injectTo: 'head',
  });
  if (!site) {
    return [
      meta({ property: 'og:type', content: 'website' }),
      meta({ property: 'og:title', content: pageTitle }),
      meta({ name: 'twitter:card', content: 'summary' }),
    ];
  }
  const image = `${site}charts/${figure.id}.png`;
  return [
    {
      tag: 'link',
      attrs: {
        rel: 'alternate',
        type: 'application/json+oembed',
        href: `${site}oembed/${figure.id}.json`,
        title: figure.title,
      },
      injectTo: 'head',
    },
    meta({ property: 'og:type', content: 'website' }),
    meta({ property: 'og:title', content: pageTitle }),
    meta({ property: 'og:url', content: `${site}index.html` }),
    meta({ property: 'og:image', content: image }),
    meta({
      property: 'og:image:alt',
      content: `Chart: ${figure.title}, with the quoted sentence and its source`,
    }),
    meta({ name: 'twitter:card', content: 'summary_large_image' }),
    meta({ name: 'twitter:image', content: image }),
  ];
}

/** @example plugins: [embedSitePlugin({ dataDir: 'data', resizeModule: 'src/export/embedResize.ts' })] */
export function embedSitePlugin(options: {
  dataDir: string;
  resizeModule: string;
  root?: string;
}): Plugin {
  const root = options.root ?? process.cwd();
  let warned = false;
  let building = false;
  return {
    name: 'cited-figures-embed-site',
    configResolved(config) {
      building = config.command === 'build';
    },
    buildStart() {
      if (warned || !building || resolveSiteUrl(process.env.CITED_SITE_URL)) return;
      warned = true;
      this.warn(SITE_URL_WARNING);
    },
    async generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: RESIZE_SCRIPT,
        source: await resizeScript(resolve(options.resizeModule)),
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (ctx.filename.endsWith('embed.html')) {
          // The embed is reached through iframes and oEmbed, never as a page of its own in search.
          return [{ tag: 'meta', attrs: { name: 'robots', content: 'noindex' }, injectTo: 'head' }];
        }
        const { dataset: data } = loadDatasetForBuild(options.dataDir, root);
        const first = data.charts[0]?.figures[0] ?? data.figures[0]?.id;
        const figure = data.figures.find((f) => f.id === first);
        if (!figure) return html;
        const pageTitle = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'Cited Figures';
        const site = resolveSiteUrl(process.env.CITED_SITE_URL);
        // A data block (not executed, so the CSP is unaffected); "<" escaped so it cannot end it.
        const jsonLd: HtmlTagDescriptor = {
          tag: 'script',
          attrs: { type: 'application/ld+json' },
          children: JSON.stringify(datasetJsonLd(site, data.sources)).replace(/</g, '\\u003c'),
          injectTo: 'head',
        };
        return [
          jsonLd,
          ...previewTags(site, { id: figure.id, title: figureTitle(figure) }, pageTitle),
        ];
      },
    },
  };
}
