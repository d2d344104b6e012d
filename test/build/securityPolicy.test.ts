// Unit tests of the site's CSP and host headers (src/build/securityPolicy.ts): what the policy
// forbids, which page may be framed, and that the build plugin writes the policy into pages.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  pageKindOf,
  securityHeaders,
  securityPolicyPlugin,
} from '../../src/build/securityPolicy.ts';

const directives = new Map(
  CONTENT_SECURITY_POLICY.split('; ').map((d) => {
    const [name, ...values] = d.split(' ');
    return [name!, values];
  }),
);

describe('CONTENT_SECURITY_POLICY', () => {
  it.each([
    { directive: 'default-src', expected: ["'self'"] },
    { directive: 'script-src', expected: ["'self'"] },
    { directive: 'style-src', expected: ["'self'"] },
    { directive: 'connect-src', expected: ["'self'"] },
    { directive: 'object-src', expected: ["'none'"] },
    { directive: 'base-uri', expected: ["'none'"] },
    { directive: 'form-action', expected: ["'none'"] },
    { directive: 'img-src', expected: ["'self'", 'data:', 'blob:'] },
  ])('sets $directive to $expected', ({ directive, expected }) => {
    expect(directives.get(directive)).toEqual(expected);
  });

  it('allows nothing inline, nothing eval-ed and no other origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:|nonce-|sha256-/);
  });

  it('leaves frame-ancestors to the headers (a <meta> policy ignores it)', () => {
    expect(directives.has('frame-ancestors')).toBe(false);
  });
});

describe('securityHeaders', () => {
  it.each([
    { page: 'dashboard' as const, ancestors: "frame-ancestors 'none'", xfo: 'DENY' },
    { page: 'embed' as const, ancestors: 'frame-ancestors *', xfo: undefined },
  ])('$page: $ancestors', ({ page, ancestors, xfo }) => {
    const headers = securityHeaders(page);
    expect(headers['Content-Security-Policy']).toBe(`${CONTENT_SECURITY_POLICY}; ${ancestors}`);
    expect(headers['X-Frame-Options']).toBe(xfo);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('pageKindOf', () => {
  it.each([
    { file: 'dist/embed.html', kind: 'embed' },
    { file: 'embed.html', kind: 'embed' },
    { file: 'C:\\site\\embed.html', kind: 'embed' },
    { file: 'dist/index.html', kind: 'dashboard' },
    { file: 'dist/not-embed.html', kind: 'dashboard' },
    { file: 'dist/embed.html.bak', kind: 'dashboard' },
  ])('$file is the $kind', ({ file, kind }) => {
    expect(pageKindOf(file)).toBe(kind);
  });
});

describe('securityPolicyPlugin', () => {
  it('runs at build only and prepends the policy as a <meta http-equiv>', () => {
    const plugin = securityPolicyPlugin();
    expect(plugin.apply).toBe('build');
    const hook = plugin.transformIndexHtml as { order: string; handler: () => unknown };
    expect(hook.order).toBe('post');
    expect(hook.handler()).toEqual([
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ]);
  });
});
