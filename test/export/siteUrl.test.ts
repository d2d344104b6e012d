import { describe, expect, it } from 'vitest';
import { LOCAL_SITE_URL, siteUrl } from '../../src/export/siteUrl.ts';

describe('siteUrl', () => {
  it.each([
    [undefined, LOCAL_SITE_URL],
    ['', LOCAL_SITE_URL],
    ['https://example.org/figures', 'https://example.org/figures/'],
    ['https://example.org/figures/?x=1#y', 'https://example.org/figures/'],
  ])('%j → %j', (given, expected) => {
    expect(siteUrl(given)).toBe(expected);
  });
  it.each(['example.org', 'ftp://example.org/'])('refuses %j, naming CITED_SITE_URL', (given) => {
    expect(() => siteUrl(given)).toThrow(/CITED_SITE_URL/);
  });
});
