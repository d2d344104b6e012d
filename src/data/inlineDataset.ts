// The dataset carried inside a built page as a JSON data block (`<script type="application/json">`,
// which never runs, so the CSP allows it): the page draws without a round trip for data/. Writes
// the block at build time and reads it in the browser; no Svelte, no Chart.js, no fetch.

import type { Dataset } from '../model/figure.ts';
import { checkPublished, DataLoadError } from './checkPublished.ts';
import type { CorpusSummary } from './fetchChunks.ts';

/** The element id of the data block, shared by the build and the page. */
export const INLINE_DATASET_ID = 'cited-dataset';

/**
 * Pages carry the dataset only while it is small; above this (gzip-free UTF-8 bytes) they fetch
 * data/ as before, so a 10,000-figure corpus never lands in every page's HTML.
 */
export const INLINE_DATASET_MAX_BYTES = 64_000;

/**
 * The data block for the two published files' contents, or undefined when it would be larger than
 * `maxBytes`. `<` is written as `\u003c`, so no text in the data can close the script element.
 * @example inlineDatasetTag('{"version":1,"figures":[],"charts":[]}', '{"version":1,"sources":[]}')
 * // '<script type="application/json" id="cited-dataset">{"figures":{…},"sources":{…}}</script>'
 */
export function inlineDatasetTag(
  figuresJson: string,
  sourcesJson: string,
  maxBytes = INLINE_DATASET_MAX_BYTES,
  corpus?: CorpusSummary,
): string | undefined {
  const json = JSON.stringify({
    figures: JSON.parse(figuresJson) as unknown,
    sources: JSON.parse(sourcesJson) as unknown,
    ...(corpus ? { corpus } : {}),
  }).replace(/</g, '\\u003c');
  if (new TextEncoder().encode(json).length > maxBytes) return undefined;
  return `<script type="application/json" id="${INLINE_DATASET_ID}">${json}</script>`;
}

/**
 * The dataset carried by the page, checked like a fetched one; undefined when the page carries
 * none (the dev server), so the caller fetches data/ instead. A large corpus's page carries only
 * its first view (see readInlinePage).
 * @example readInlineDataset(document)?.figures.length // 6
 * @throws DataLoadError when the block is present but is not a valid dataset.
 */
export function readInlineDataset(doc: Pick<Document, 'getElementById'>): Dataset | undefined {
  return readInlinePage(doc)?.dataset;
}

/**
 * The page's data block: the dataset, and with a large corpus the `corpus` it is the first view
 * of (the rest is read from data/index.json and data/chunks/ when a view draws it).
 * @example readInlinePage(document) // { dataset: { figures: [50 figures], … }, corpus: { figures: 10000, sources: 1000 } }
 * @throws DataLoadError when the block is present but is not a valid dataset.
 */
export function readInlinePage(
  doc: Pick<Document, 'getElementById'>,
): { dataset: Dataset; corpus?: CorpusSummary } | undefined {
  const text = doc.getElementById(INLINE_DATASET_ID)?.textContent;
  if (!text) return undefined;
  let parsed: { figures?: unknown; sources?: unknown; corpus?: CorpusSummary };
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    throw new DataLoadError(
      `The page's data block (#${INLINE_DATASET_ID}) is not valid JSON.`,
      'Rebuild the site with npm run build and deploy the whole dist/ folder.',
    );
  }
  const dataset = checkPublished(parsed.figures, parsed.sources);
  const c = parsed.corpus;
  if (c === undefined) return { dataset };
  return { dataset, corpus: checkCorpus(c) };
}

/**
 * The corpus counts of a data block: whole numbers, and a lookup file count of at least 1 when
 * given. @example checkCorpus({ figures: 10000, sources: 1000, lookup: 128 }).lookup // 128
 * @throws DataLoadError saying what is wrong.
 */
export function checkCorpus(c: unknown): CorpusSummary {
  const { figures, sources, lookup } = (c ?? {}) as Partial<CorpusSummary>;
  if (
    !Number.isInteger(figures) ||
    !Number.isInteger(sources) ||
    (lookup !== undefined && !(Number.isInteger(lookup) && lookup >= 1))
  ) {
    throw new DataLoadError(
      `The page's data block (#${INLINE_DATASET_ID}) has a "corpus" without whole "figures" and "sources" counts (and "lookup" ≥ 1 when given).`,
      'Rebuild the site with npm run build and deploy the whole dist/ folder.',
    );
  }
  return { figures: figures!, sources: sources!, ...(lookup ? { lookup } : {}) };
}
