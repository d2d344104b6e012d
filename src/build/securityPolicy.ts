// The site's Content Security Policy and the HTTP headers hosts should send, in one place: the
// build writes the policy into every page as a <meta> tag, the test server sends the headers,
// and docs/SECURITY.md quotes them. Build-time and Node only; nothing here runs in the page.

import type { Plugin } from 'vite';

/**
 * What the pages may load: only their own files. No inline or eval'd script, no inline <style>
 * or style attributes (Svelte's style: directives and Chart.js set styles through the CSSOM,
 * which CSP allows), no plugins, no <base>, no form posts, no request to another origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export type PageKind = 'dashboard' | 'embed';

/**
 * The HTTP headers a host should send with a page. `frame-ancestors` only works as a header (a
 * <meta> policy ignores it): the dashboard refuses to be framed, the embed may be framed anywhere.
 * @example securityHeaders('embed')['Content-Security-Policy'].endsWith("frame-ancestors *") // true
 */
export function securityHeaders(page: PageKind): Record<string, string> {
  const common = {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
  if (page === 'embed') {
    return {
      ...common,
      'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors *`,
    };
  }
  return {
    ...common,
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    'X-Frame-Options': 'DENY',
  };
}

/**
 * Which page an HTML file is, by name: embed.html is the embed, every other page the dashboard.
 * @example pageKindOf('dist/embed.html') // 'embed'
 */
export function pageKindOf(fileName: string): PageKind {
  return /(^|[\\/])embed\.html$/.test(fileName) ? 'embed' : 'dashboard';
}

/**
 * Writes the policy as the first <meta> of every built page, so it holds on any static host.
 * Build only: the dev server injects component styles as inline <style> elements, which the
 * policy would (rightly) block.
 * @example plugins: [securityPolicyPlugin()]
 */
export function securityPolicyPlugin(): Plugin {
  return {
    name: 'cited-figures-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
