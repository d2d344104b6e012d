// The public base URL of the built site, which oEmbed files, link-preview meta and BibTeX need
// as absolute URLs. Read from CITED_SITE_URL at build time; pure (the caller passes the value).

/** Where `npm run preview` serves the site: the fallback when no public URL is configured. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4173/';

/**
 * An absolute http(s) URL ending in "/", or the local preview URL when none is given.
 * @example siteUrl('https://example.org/figures') // 'https://example.org/figures/'
 * @throws Error naming CITED_SITE_URL when the value is not an http(s) URL.
 */
export function siteUrl(value: string | undefined): string {
  if (!value) return LOCAL_SITE_URL;
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
