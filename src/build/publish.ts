// Turns a validated Dataset into the files the build publishes under dist/ (DESIGN.md): the
// dataset with its schemas, per-figure citations (BibTeX, CSL-JSON) and W3C Web Annotations.
// Pure: returns file names and contents; the Vite plugin writes or serves them. Absolute URLs
// only from `siteUrl` (CITED_SITE_URL); without it nothing names a host.

import { createHash } from 'node:crypto';
import { DATASET_VERSION, type Dataset } from '../model/figure.ts';
import { figuresToCsv } from '../export/csv.ts';
import { citationBibtex, citationCsl } from '../export/citation.ts';
import { chartUrl } from '../export/embedSnippet.ts';
import { dataPackage } from '../export/dataPackage.ts';
import { annotationCollection, webAnnotation } from '../export/webAnnotation.ts';
import { jsonSchemas, publishedJsonSchemas } from '../data/jsonSchema.ts';
import { chunkFiles } from './dataChunks.ts';
import { claimRecordsOf } from '../model/claimRecord.ts';
import { recordsToCsv } from '../export/recordsCsv.ts';
import { recordCitations, recordColumns, type PublishedClaims } from '../export/recordLines.ts';

export { DATASET_VERSION } from '../model/figure.ts';

export interface PublishOptions {
  /** The public base URL ending in "/" (CITED_SITE_URL), if any. */
  siteUrl?: string;
  /** When the annotations were made (ISO 8601); the build passes its own time. */
  created?: string;
  /** When one figure's annotation was made, if it differs from `created` (the build passes the
   *  time its figure file last changed, so editing one figure re-dates one annotation). */
  createdOf?: (figureId: string) => string | undefined;
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** Published files keyed by their path under dist/.
 * @example Object.keys(publishDataset(ds, texts)) // ['data/figures.json', 'data/figures.csv', …] */
export function publishDataset(
  dataset: Dataset,
  sourceTexts: ReadonlyMap<string, string>,
  options: PublishOptions = {},
): Record<string, string> {
  const { siteUrl } = options;
  const created = options.created ?? new Date(0).toISOString();
  // Comparisons are computed here, at build time, from the records' own numbers: never typed.
  const published: PublishedClaims = {
    records: dataset.records ?? [],
    claims: claimRecordsOf(dataset),
  };
  const files: Record<string, string> = {
    'data/figures.json': json({
      $schema: 'published-figures.schema.json',
      version: DATASET_VERSION,
      figures: dataset.figures,
      charts: dataset.charts,
    }),
    'data/figures.csv': figuresToCsv(dataset.figures, dataset.sources, recordColumns(published)),
    'data/sources.json': json({
      $schema: 'published-sources.schema.json',
      version: DATASET_VERSION,
      sources: dataset.sources,
    }),
  };
  // Published even when empty, so a page that asks for them gets an answer, not a 404.
  files['data/records.json'] = json({
    $schema: 'published-records.schema.json',
    version: DATASET_VERSION,
    ...published,
  });
  files['data/records.csv'] = recordsToCsv(published.records);
  for (const s of dataset.sources) {
    const text = sourceTexts.get(s.id);
    if (text !== undefined) files[s.path] = text;
  }
  for (const [name, text] of Object.entries(jsonSchemas())) files[`data/${name}`] = text;
  for (const [name, text] of Object.entries(publishedJsonSchemas())) files[`data/${name}`] = text;

  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  // Annotation ids must be IRIs: under the site when known, else name-based urn:uuids. The source
  // text is then a relative IRI reference, which JSON-LD resolves against the file's own URL.
  const iri = (path: string, fromDir: string) =>
    siteUrl ? `${siteUrl}${path}` : `${'../'.repeat(fromDir.split('/').length)}${path}`;
  const annotationId = (path: string) => (siteUrl ? `${siteUrl}${path}` : nameUuid(path));
  const annotations = [];
  for (const figure of dataset.figures) {
    const source = sources.get(figure.quote.sourceId);
    if (!source) continue;
    const input = {
      figure,
      source,
      chartUrl: siteUrl ? chartUrl(siteUrl, figure.id) : `../index.html#/figure/${figure.id}`,
      records: recordCitations([figure], published),
    };
    files[`charts/${figure.id}.bib`] = citationBibtex(input);
    files[`charts/${figure.id}.csl.json`] = json(citationCsl(input));
    const path = `data/annotations/${figure.id}.jsonld`;
    const one = {
      figure,
      source,
      id: annotationId(path),
      created: options.createdOf?.(figure.id) ?? created,
    };
    files[path] = json(
      webAnnotation({ ...one, sourceTextIri: iri(source.path, 'data/annotations') }),
    );
    annotations.push(webAnnotation({ ...one, sourceTextIri: iri(source.path, 'data') }));
  }
  files['data/annotations.jsonld'] = json(
    annotationCollection(
      annotationId('data/annotations.jsonld'),
      'Cited Figures: every figure and the sentence it comes from',
      annotations,
    ),
  );
  // Besides the whole-corpus files: a small index and one chunk per source (README, Scale).
  Object.assign(files, chunkFiles(dataset, DATASET_VERSION));
  files['datapackage.json'] = json(dataPackage(Object.keys(files), dataset.sources));
  return files;
}

/** RFC 9562 name-based (SHA-1, version 5) UUID in the URL namespace, as a urn:uuid IRI.
 * @example nameUuid('data/annotations.jsonld') // 'urn:uuid:…-5…' (the same every build) */
export function nameUuid(name: string): string {
  const ns = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const h = createHash('sha1').update(ns).update(`cited-figures:${name}`).digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `urn:uuid:${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
