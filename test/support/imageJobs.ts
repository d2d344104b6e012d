// Image jobs for the Node image tests (renderImage, its memory test), built from synthetic data
// through the real validation, as the build makes them. Node only: it reaches the image renderer.

import { generateSyntheticData, toRawData } from '../../src/bench/syntheticData.ts';
import { imageJobs } from '../../src/build/renderImages.ts';
import { validateData } from '../../src/data/validate.ts';

/**
 * The image jobs of `figures` synthetic figures (one source per ten figures).
 * @example syntheticImageJobs(6).map((j) => j.id) // ['syn-00001-001', …, 'syn-chart-00001-001', …] (9 jobs)
 */
export function syntheticImageJobs(figures: number) {
  const { dataset, errors } = validateData(
    toRawData(generateSyntheticData({ figures, sources: Math.ceil(figures / 10) })),
  );
  if (errors.length) throw new Error(`synthetic data does not validate: ${errors[0]!.message}`);
  return imageJobs(dataset);
}
