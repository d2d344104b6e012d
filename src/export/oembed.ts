// The oEmbed "rich" response for a figure (https://oembed.com §2.3.4): the iframe snippet, its
// size, title, provider and the chart PNG as thumbnail. Pure; the image CLI writes the files.

import type { Figure, Source } from '../model/figure.ts';
import { embedSnippet } from './embedSnippet.ts';
import { figureTitle, figureLinkText } from './figureTitle.ts';

export const PROVIDER_NAME = 'Cited Figures';

export interface OEmbedInput {
  figure: Figure;
  source: Source;
  siteUrl: string;
  width: number;
  height: number;
  /** Pixel size of charts/<id>.png. */
  thumbnail: { width: number; height: number };
}

/**
 * @example oembedResponse({ figure, source, siteUrl: 'https://x.test/', width: 800, height: 520, thumbnail }).type // 'rich'
 */
export function oembedResponse({ figure, source, siteUrl, width, height, thumbnail }: OEmbedInput) {
  const title = figureTitle(figure);
  return {
    type: 'rich' as const,
    version: '1.0' as const,
    title,
    author_name: source.publisher,
    author_url: source.url,
    provider_name: PROVIDER_NAME,
    provider_url: siteUrl,
    html: embedSnippet({
      siteUrl,
      figureIds: [figure.id],
      title: `Chart: ${title}`,
      linkText: figureLinkText(figure, source),
      height,
    }),
    width,
    height,
    thumbnail_url: `${siteUrl}charts/${encodeURIComponent(figure.id)}.png`,
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}
