// Golden SVGs, as Observable Plot keeps test/output/*.svg: each seed chart group (one per chart
// kind: index, share, amount) rendered as its published SVG with the pinned DejaVu Sans font.
// A chart change shows up as a reviewable SVG diff; UPDATE_GOLDEN=1 rewrites the files.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderImage } from '../../src/build/renderImage.ts';
import { imageJobs } from '../../src/build/renderImages.ts';
import { loadDataset } from '../../src/data/loadDataset.ts';

const root = resolve(import.meta.dirname, '../..');
const goldenDir = resolve(import.meta.dirname, '__golden__');
const { dataset } = loadDataset(resolve(root, 'data'), root);
const chartIds = new Set(dataset.charts.map((c) => c.id));
const jobs = imageJobs(dataset).filter((j) => chartIds.has(j.id));

describe('golden SVGs', () => {
  it('covers every chart kind', () => {
    expect(new Set(jobs.map((j) => j.figures[0]!.kind))).toEqual(
      new Set(['change', 'share', 'amount']),
    );
  });

  it.each(jobs)('$id matches its golden SVG in test/charts/__golden__', async (job) => {
    const { svg } = await renderImage(job);
    const path = resolve(goldenDir, `${job.id}.svg`);
    const update =
      '`UPDATE_GOLDEN=1 npx vitest run --project unit-isolated test/charts/golden.test.ts`';
    if (process.env.UPDATE_GOLDEN === '1') {
      mkdirSync(goldenDir, { recursive: true });
      writeFileSync(path, svg);
    }
    if (!existsSync(path)) expect.fail(`${path} is missing: run ${update} and commit it.`);
    const golden = readFileSync(path, 'utf8');
    if (svg !== golden) {
      expect.fail(
        `${job.id}: the SVG differs from ${path}. If the change is intended, run ${update}, ` +
          'look at the diff (git diff test/charts/__golden__) and commit it.',
      );
    }
  });
});
