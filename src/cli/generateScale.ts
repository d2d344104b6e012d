// `npm run scale -- [--sizes …] [--runs n] [outDir]`: writes the synthetic data sets of
// src/bench/scaleData.ts into a temporary folder (never the repository) and prints how long
// validating each takes. Build one with `CITED_DATA_DIR=<outDir>/10000 CITED_IMAGES=none npm run build`.
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SCALE_USAGE, parseScaleArgs, timeValidation, writeScaleData } from '../bench/scaleData.ts';

let args;
try {
  args = parseScaleArgs(process.argv.slice(2));
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
if (args.help) {
  console.log(SCALE_USAGE);
  process.exit(0);
}
const outDir = resolve(args.outDir ?? join(tmpdir(), 'cited-figures-scale'));
for (const { figures, sources } of args.sizes) {
  const dir = join(outDir, String(figures));
  const started = performance.now();
  writeScaleData(dir, figures, sources);
  const wrote = `${dir}: ${figures} figures in ${sources} sources, written in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  if (args.runs === 0) {
    console.log(wrote);
    continue;
  }
  const v = timeValidation(dir, args.runs);
  console.log(
    `${wrote}; loadDataset ${v.medianMs.toFixed(0)} ms (median of ${args.runs}), ${v.errors} errors`,
  );
  if (v.errors > 0) process.exitCode = 1;
}
