// `npm run scale -- [outDir]`: writes the synthetic data sets of src/bench/scaleData.ts into a
// temporary folder (never the repository) and prints how long validating each takes. Build one
// with `CITED_DATA_DIR=<outDir>/10000 npx vite build --outDir /tmp/scale-dist`.
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SCALE_SIZES, timeValidation, writeScaleData } from '../bench/scaleData.ts';

const outDir = resolve(process.argv[2] ?? join(tmpdir(), 'cited-figures-scale'));
for (const { figures, sources } of SCALE_SIZES) {
  const dir = join(outDir, String(figures));
  writeScaleData(dir, figures, sources);
  const v = timeValidation(dir);
  console.log(
    `${dir}: ${figures} figures in ${sources} sources; loadDataset ${v.medianMs.toFixed(0)} ms (median of 3), ${v.errors} errors`,
  );
  if (v.errors > 0) process.exitCode = 1;
}
