// How the bench times pages: navigation start → `charts-ready`, each run in a fresh browser
// context with reduced motion, the pages alternated run by run so machine load hits all alike,
// and each page compared with the floor as the median of per-run pair ratios. Node only.

import type { Browser } from 'playwright-core';

/** One run of one page: charts-ready (ms from navigation start), heap, bytes the page loaded. */
export interface RunResult {
  ms: number;
  heap: number;
  /** Encoded (on-the-wire) bytes of the document and every resource fetched up to charts-ready. */
  bytes: number;
}

/**
 * Median; NaN for no values.
 * @example median([3, 1, 2]) // 2
 * @example median([1, 2, 3, 4]) // 2.5
 */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Per-run ratios of a page to the floor, for the runs where both were measured (same index =
 * same round, taken back to back).
 * @example pairRatios([200, 300, NaN], [100, 100, 100]) // [2, 3]
 */
export function pairRatios(page: readonly number[], floor: readonly number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < Math.min(page.length, floor.length); i++) {
    const a = page[i]!;
    const b = floor[i]!;
    if (Number.isFinite(a) && Number.isFinite(b) && b > 0) out.push(a / b);
  }
  return out;
}

/** Loads `url` in a fresh context and waits for charts-ready; an error says what went wrong. */
export async function measurePage(
  browser: Browser,
  url: string,
  viewport = { width: 1280, height: 900 },
): Promise<RunResult | { error: string }> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('charts-ready').length > 0,
      null,
      { timeout: 30_000 },
    );
    const { ms, bytes } = await page.evaluate(() => {
      const ready = performance.getEntriesByName('charts-ready')[0]!.startTime;
      const entries = [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ] as PerformanceResourceTiming[];
      const loaded = entries
        .filter((e) => e.startTime <= ready)
        .reduce((n, e) => n + e.encodedBodySize, 0);
      return { ms: ready, bytes: loaded };
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    return { ms, heap, bytes };
  } catch (e) {
    return { error: (e as Error).message.split('\n')[0]! };
  } finally {
    await context.close();
  }
}

export interface Target {
  name: string;
  url: string;
}

export interface Series {
  runs: RunResult[];
  /** charts-ready per round (NaN where that round failed), aligned across targets for pairing. */
  msByRound: number[];
  errors: string[];
}

/**
 * Measures every target `rounds` times, alternating targets within each round, after one
 * unrecorded warm-up load of each (renderer and disk cache warm, as for a returning reader's
 * browser; each timed run still starts in a fresh context with an empty HTTP cache).
 */
export async function measureAlternating(
  browser: Browser,
  targets: readonly Target[],
  rounds: number,
): Promise<Map<string, Series>> {
  const out = new Map<string, Series>(
    targets.map((t) => [t.name, { runs: [], msByRound: [], errors: [] }]),
  );
  for (const t of targets) await measurePage(browser, t.url);
  for (let r = 0; r < rounds; r++) {
    // Alternate the order each round too, so no page always follows the same one.
    const order = r % 2 ? [...targets].reverse() : targets;
    for (const t of order) {
      const m = await measurePage(browser, t.url);
      const s = out.get(t.name)!;
      if ('error' in m) {
        s.errors.push(m.error);
        s.msByRound[r] = NaN;
      } else {
        s.runs.push(m);
        s.msByRound[r] = m.ms;
      }
    }
  }
  return out;
}
