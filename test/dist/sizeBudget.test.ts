// Size budgets (bytes, not time, so it is deterministic): gzip bytes of the JS that each page
// loads at startup, read from the built site (dist/ or $CITED_DIST). Run after `npm run build`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARTUP_JS_BUDGETS, pageAssetSizes, totalGzip } from '../../src/bench/pageAssets.ts';

const dist = resolve(process.env.CITED_DIST ?? resolve(import.meta.dirname, '../../dist'));

describe('size budget (gzip bytes of startup JS)', () => {
  it.each(STARTUP_JS_BUDGETS)('$name ($page) stays within $jsGzip bytes', ({ page, jsGzip }) => {
    expect(
      existsSync(resolve(dist, page)),
      `${resolve(dist, page)} is missing: run npm run build first`,
    ).toBe(true);
    const assets = pageAssetSizes(dist, page);
    const total = totalGzip(assets, 'js');
    const files = assets
      .filter((a) => a.kind === 'js')
      .sort((a, b) => b.gzip - a.gzip)
      .map((a) => `  ${a.file}: ${a.gzip} bytes gzip (${a.bytes} raw)`)
      .join('\n');
    expect(
      total,
      `${page} loads ${total} bytes of gzip JS, ${total - jsGzip} over its budget of ${jsGzip}. ` +
        `Largest first:\n${files}\nLoad what is not drawn at startup with import(), or see npm run bench.`,
    ).toBeLessThanOrEqual(jsGzip);
  });

  // Issue 15's ceilings: a budget may be lowered, never raised above its ceiling (both pages meet
  // theirs: the dashboard 52 KB, the embed 50 KB).
  it.each(STARTUP_JS_BUDGETS)(
    '$name budget $jsGzip stays at or under its ceiling $ceiling',
    ({ jsGzip, ceiling }) => expect(jsGzip).toBeLessThanOrEqual(ceiling),
  );
});
