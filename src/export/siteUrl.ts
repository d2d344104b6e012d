// The public base URL of the built site, which oEmbed files, link-preview meta and citations need
// as absolute URLs. Read from CITED_SITE_URL at build time; pure (the caller passes the value).
// Without it nothing absolute is invented: callers write relative URLs or leave the item out.

/** The one warning a build without CITED_SITE_URL prints. */
export const SITE_URL_WARNING =
  'CITED_SITE_URL is not set: link previews (og:url, og:image, twitter:image), oEmbed discovery and ' +
  'oembed/*.json are left out and published URLs are relative. Set it to where dist/ will be served, ' +
  'e.g. CITED_SITE_URL=https://example.org/cited-figures/ npm run build';

/**
 * An absolute http(s) URL ending in "/", or undefined when none is configured.
 * @example siteUrl('https://example.org/figures') // 'https://example.org/figures/'
 * @example siteUrl(undefined) // undefined
 * @throws Error naming CITED_SITE_URL when the value is not an http(s) URL.
 */
export function siteUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `CITED_SITE_URL "${value}" is not a URL; set it to where dist/ is published, e.g. https://example.org/cited-figures/`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`CITED_SITE_URL "${value}" must start with https:// or http://`);
  }
  url.search = '';
  url.hash = '';
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}
