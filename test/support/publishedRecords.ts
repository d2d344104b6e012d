// The real data/ and the body the build publishes as data/records.json, for the tests of the
// embed's text below its chart (jsdom, fetch stubbed). Reads files only; never fetches.

import { resolve } from 'node:path';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { publishedClaimsOf } from '../../src/export/recordLines.ts';
import type { Figure } from '../../src/model/figure.ts';

const root = resolve(import.meta.dirname, '../..');

/** The project's own dataset, as the build loads it. */
export const { dataset } = loadDataset(resolve(root, 'data'), root);

/** data/records.json as the build writes it for `dataset`. */
export const recordsBody = {
  $schema: 'published-records.schema.json',
  version: 1,
  ...publishedClaimsOf(dataset),
};

/**
 * The dataset's figure `id` (throws when the data no longer has it, naming the id).
 * @example figureById('japan-exports-to-russia-2001').kind // 'change'
 */
export function figureById(id: string): Figure {
  const f = dataset.figures.find((x) => x.id === id);
  if (!f)
    throw new Error(`data/figures has no figure "${id}": update the test to a figure it has.`);
  return f;
}
