import { describe, expect, it } from 'vitest';
import { SITE_URL_WARNING, siteUrl } from '../../src/export/siteUrl.ts';

describe('siteUrl', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['https://example.org/figures', 'https://example.org/figures/'],
    ['https://example.org/figures/?x=1#y', 'https://example.org/figures/'],
  ])('%j → %j', (given, expected) => {
    expect(siteUrl(given)).toBe(expected);
  });
  it.each(['example.org', 'ftp://example.org/'])('refuses %j, naming CITED_SITE_URL', (given) => {
    expect(() => siteUrl(given)).toThrow(/CITED_SITE_URL/);
  });
  it('warns how to set it, never with a local address', () => {
    expect(SITE_URL_WARNING).toMatch(/CITED_SITE_URL=https:\/\/\S+ npm run build/);
    expect(SITE_URL_WARNING).not.toMatch(/127\.0\.0\.1|localhost/);
  });
});
