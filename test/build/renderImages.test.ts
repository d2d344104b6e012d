// The image build's worker pool: no thread renders more than its share before a fresh one takes
// over, and the memory a thread held comes back when it ends, so the build's memory is bounded by
// threads × images per thread, not by the number of figures.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticData, toRawData } from '../../src/bench/syntheticData.ts';
import { imageJobs, renderAll } from '../../src/build/renderImages.ts';
import type { WorkerReply } from '../../src/build/renderWorker.ts';
import { validateData } from '../../src/data/validate.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'cited-render-pool-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

function requests(figures: number) {
  const { dataset, errors } = validateData(
    toRawData(generateSyntheticData({ figures, sources: Math.ceil(figures / 10) })),
  );
  if (errors.length) throw new Error(`synthetic data does not validate: ${errors[0]!.message}`);
  return imageJobs(dataset).map((job, i) => ({ key: `k${i}`, job, cacheDir }));
}

describe('renderAll', () => {
  it.each([{ images: 12, workers: 2, perWorker: 3 }])(
    '$images images on $workers threads, $perWorker a thread: fresh threads, memory given back',
    async ({ images, workers, perWorker }) => {
      const all = requests(images).slice(0, images);
      const before = process.memoryUsage().rss;
      let peak = before;
      const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const replies: WorkerReply[] = [];
      await renderAll(
        all,
        workers,
        () => {},
        (r) => replies.push(r),
        perWorker,
      );
      clearInterval(sample);
      const after = process.memoryUsage().rss;
      console.info(
        `RSS ${(before / 1e6).toFixed(0)} MB → peak ${(peak / 1e6).toFixed(0)} → ${(after / 1e6).toFixed(0)} after the threads ended`,
      );

      expect(replies.filter((r) => r.ok)).toHaveLength(images);
      const perThread = new Map<number | undefined, number>();
      for (const r of replies) perThread.set(r.thread, (perThread.get(r.thread) ?? 0) + 1);
      expect(perThread.has(0), 'rendered on the main thread').toBe(false);
      expect(Math.max(...perThread.values())).toBeLessThanOrEqual(perWorker);
      // Threads take jobs one at a time from a shared queue, so the last ones may take fewer.
      expect(perThread.size).toBeGreaterThanOrEqual(Math.ceil(images / perWorker));
      // A thread with its Chart.js, canvas and font costs tens of MB: it must be given back.
      expect(peak - before, 'threads were running').toBeGreaterThan(20e6);
      expect(after - before, 'memory left after the threads ended').toBeLessThan(
        (peak - before) / 2,
      );
    },
    120_000,
  );
});
