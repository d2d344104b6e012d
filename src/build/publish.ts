// Turns a validated Dataset into the files the build publishes under dist/data/ (DESIGN.md).
// Pure: returns file names and contents; the Vite plugin writes or serves them.

import type { Dataset } from '../model/figure.ts';
import { figuresToCsv } from '../export/csv.ts';
import { jsonSchemas } from '../data/jsonSchema.ts';
import { chunkFiles } from './dataChunks.ts';
import { claimRecordsOf } from '../model/claimRecord.ts';
import { recordsToCsv } from '../export/recordsCsv.ts';

export const DATASET_VERSION = 1;

/** Published files keyed by their path under dist/.
 * @example Object.keys(publishDataset(ds, texts)) // ['data/figures.json', 'data/figures.csv', …] */
export function publishDataset(
  dataset: Dataset,
  sourceTexts: ReadonlyMap<string, string>,
): Record<string, string> {
  const files: Record<string, string> = {
    'data/figures.json':
      JSON.stringify(
        { version: DATASET_VERSION, figures: dataset.figures, charts: dataset.charts },
        null,
        2,
      ) + '\n',
    'data/figures.csv': figuresToCsv(dataset.figures, dataset.sources),
    'data/sources.json':
      JSON.stringify({ version: DATASET_VERSION, sources: dataset.sources }, null, 2) + '\n',
  };
  // Comparisons are computed here, at build time, from the records' own numbers: never typed.
  // Published even when empty, so a page that asks for them gets an answer, not a 404.
  const records = dataset.records ?? [];
  files['data/records.json'] =
    JSON.stringify(
      { version: DATASET_VERSION, records, claims: claimRecordsOf(dataset) },
      null,
      2,
    ) + '\n';
  files['data/records.csv'] = recordsToCsv(records);
  for (const s of dataset.sources) {
    const text = sourceTexts.get(s.id);
    if (text !== undefined) files[s.path] = text;
  }
  for (const [name, text] of Object.entries(jsonSchemas())) files[`data/${name}`] = text;
  // Besides the whole-corpus files: a small index and one chunk per source (README, Scale).
  Object.assign(files, chunkFiles(dataset, DATASET_VERSION));
  return files;
}
