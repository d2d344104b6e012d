// Synthetic data sets at scale for `npm run scale` and the bench: writes data/-shaped folders of
// 1,000 figures / 100 sources and 10,000 figures / 1,000 sources and times their validation.
// It writes only into the folder it is given, never into the repository.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../data/loadDataset.ts';
import { generateSyntheticData } from './syntheticData.ts';

/** The sizes the issue asks for: figures and the sources they are spread over. */
export const SCALE_SIZES = [
  { figures: 1_000, sources: 100 },
  { figures: 10_000, sources: 1_000 },
] as const;

/**
 * Writes one synthetic data set as `<dir>/sources/*.{txt,json}` and `<dir>/figures/*.json`,
 * replacing whatever was in `dir`. @example writeScaleData('/tmp/scale/1000', 1000, 100)
 */
export function writeScaleData(dir: string, figures: number, sources: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  mkdirSync(join(dir, 'figures'), { recursive: true });
  const data = generateSyntheticData({ figures, sources });
  for (const s of data.sources) {
    writeFileSync(join(dir, 'sources', `${s.id}.txt`), s.text);
    writeFileSync(join(dir, 'sources', `${s.id}.json`), s.metaJson);
  }
  for (const f of data.figureFiles) writeFileSync(join(dir, 'figures', f.name), f.text);
}

/** Median of loadDataset's wall time over `runs` runs, with the error count of the last run. */
export function timeValidation(
  dir: string,
  runs = 3,
): { medianMs: number; errors: number; figures: number } {
  const times: number[] = [];
  let errors = 0;
  let figures = 0;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    const result = loadDataset(dir, dir);
    times.push(performance.now() - t);
    errors = result.errors.length;
    figures = result.dataset.figures.length;
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, errors, figures };
}
