// The order the browser test files start in (the sequencer in vite.config.ts): the longest
// first, so the project's two workers finish together. Vitest orders files by the last run's
// durations when its cache holds them, and by file size when not, as on a clean clone (CI): there
// leaks.test (small, long) and chunks.test (a site build first) started halfway and ran alone at
// the end. Every other project keeps Vitest's own order.

import { basename } from 'node:path';
import type { TestSequencer, TestSpecification, Vitest } from 'vitest/node';

/**
 * Seconds each browser test file took in one `npm run test:browser` on the loaded 2-core machine
 * (1 December 2026, two workers, hooks included), after round 10's cuts: the order, not a budget.
 * A file missing here starts first (its cost is unknown); test/support/browserOrder.test.ts
 * fails until it is listed.
 */
export const BROWSER_FILE_SECONDS: Readonly<Record<string, number>> = {
  'leaks.test.ts': 60,
  'chunks.test.ts': 55,
  'sources.test.ts': 48,
  'hostile.test.ts': 42,
  'compare.test.ts': 38,
  'dashboard.test.ts': 36,
  'authoringForms.test.ts': 36,
  'labels.test.ts': 24,
  'embed.test.ts': 22,
  'offline.test.ts': 21,
  'steadyPage.test.ts': 19,
  'textFragments.test.ts': 16,
  'sourceView.test.ts': 15,
  'securityPolicy.test.ts': 14,
  'embedHostile.test.ts': 14,
  'harness.test.ts': 12,
  'print.test.ts': 6,
};

/**
 * `specs` (one project's files) longest first by `seconds`, unknown files before all; the sort is
 * stable, so files of equal weight keep their order.
 *
 * @example longestFirst(['a.test.ts', 'b.test.ts'], { 'a.test.ts': 1, 'b.test.ts': 9 }) // ['b.test.ts', 'a.test.ts']
 */
export function longestFirst<T>(
  specs: readonly T[],
  seconds: Readonly<Record<string, number>>,
  nameOf: (spec: T) => string = String,
): T[] {
  const weight = (spec: T) => seconds[basename(nameOf(spec))] ?? Number.POSITIVE_INFINITY;
  return [...specs].sort((a, b) => {
    const [wa, wb] = [weight(a), weight(b)];
    return wa === wb ? 0 : wa > wb ? -1 : 1;
  });
}

/**
 * Vitest's own sequencer (BaseSequencer, loaded when Vitest calls it, so that reading
 * vite.config.ts for a build does not load Vitest's node API), with the browser project's files
 * put in `BROWSER_FILE_SECONDS` order; the other projects' files keep Vitest's order and places.
 *
 * @example
 * // vite.config.ts
 * test: { sequence: { sequencer: LongestBrowserFilesFirst } }
 */
export class LongestBrowserFilesFirst implements TestSequencer {
  readonly #ctx: Vitest;
  constructor(ctx: Vitest) {
    this.#ctx = ctx;
  }

  async #base(): Promise<TestSequencer> {
    const { BaseSequencer } = await import('vitest/node');
    return new BaseSequencer(this.#ctx);
  }

  async shard(files: TestSpecification[]): Promise<TestSpecification[]> {
    return (await this.#base()).shard(files);
  }

  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await (await this.#base()).sort(files);
    const isBrowser = (spec: TestSpecification) => spec.project.name === 'browser';
    const browser = longestFirst(
      sorted.filter(isBrowser),
      BROWSER_FILE_SECONDS,
      (spec) => spec.moduleId,
    );
    let next = 0;
    return sorted.map((spec) => (isBrowser(spec) ? browser[next++]! : spec));
  }
}
