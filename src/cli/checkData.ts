// `npm run check:data`: validates data/ and prints one line per problem (file:line:column —
// figure — field — what — fix). Exit code 1 on any problem. It never rewrites data files.

import { resolve } from 'node:path';
import { formatDataError } from '../data/dataError.ts';
import { loadDataset } from '../data/loadDataset.ts';

const dataDir = resolve(process.argv[2] ?? 'data');
const started = performance.now();
const { dataset, errors } = loadDataset(dataDir);
const ms = Math.round(performance.now() - started);

if (errors.length > 0) {
  for (const e of errors) console.error(formatDataError(e));
  console.error(`\n${errors.length} problem${errors.length === 1 ? '' : 's'} in ${dataDir} — nothing was published.`);
  process.exitCode = 1;
} else {
  console.log(
    `data OK: ${dataset.sources.length} source(s), ${dataset.figures.length} figure(s), ${dataset.charts.length} chart(s); every quote matches its source (${ms} ms)`,
  );
}
