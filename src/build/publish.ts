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
import { chunkFileEntries } from './dataChunks.ts';
import { jsonWithItems } from './prettyJson.ts';
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
  const files: Record<string, string> = {};
  for (const [path, body] of publishedFiles(dataset, sourceTexts, options))
    files[path] = typeof body === 'string' ? body : body.toString('utf8');
  return files;
}

/**
 * data/figures.json: every figure and chart group, as published.
 * @example JSON.parse(publishedFiguresJson(ds)).figures.length // 6
 */
export function publishedFiguresJson(dataset: Pick<Dataset, 'figures' | 'charts'>): string {
  return json({
    $schema: 'published-figures.schema.json',
    version: DATASET_VERSION,
    figures: dataset.figures,
    charts: dataset.charts,
  });
}

/**
 * data/sources.json: every source's metadata, as published.
 * @example JSON.parse(publishedSourcesJson(ds)).sources[0].id // 'mofa-2002-10-14-kawaguchi-putin'
 */
export function publishedSourcesJson(dataset: Pick<Dataset, 'sources'>): string {
  return json({
    $schema: 'published-sources.schema.json',
    version: DATASET_VERSION,
    sources: dataset.sources,
  });
}

/**
 * The same files as publishDataset, one at a time and in the same order, so the build can write
 * each and let it go: at 100,000 figures, holding them all at once (some 300,000 files, 1.6 GB
 * of strings) ran the build out of Node's heap.
 * @example [...publishedFiles(ds, texts)][0][0] // 'data/figures.json'
 */
export function* publishedFiles(
  dataset: Dataset,
  sourceTexts: ReadonlyMap<string, string>,
  options: PublishOptions = {},
): Generator<[path: string, body: string | Buffer]> {
  const { siteUrl } = options;
  const created = options.created ?? new Date(0).toISOString();
  // Comparisons are computed here, at build time, from the records' own numbers: never typed.
  const published: PublishedClaims = {
    records: dataset.records ?? [],
    claims: claimRecordsOf(dataset),
  };
  // Only the paths are kept (datapackage.json lists them), never the contents.
  const paths: string[] = [];
  function* file(path: string, body: string | Buffer): Generator<[string, string | Buffer]> {
    paths.push(path);
    yield [path, body];
  }
  yield* file('data/figures.json', publishedFiguresJson(dataset));
  yield* file(
    'data/figures.csv',
    figuresToCsv(dataset.figures, dataset.sources, recordColumns(published)),
  );
  yield* file('data/sources.json', publishedSourcesJson(dataset));
  // Published even when empty, so a page that asks for them gets an answer, not a 404.
  yield* file(
    'data/records.json',
    json({
      $schema: 'published-records.schema.json',
      version: DATASET_VERSION,
      ...published,
    }),
  );
  yield* file('data/records.csv', recordsToCsv(published.records));
  for (const s of dataset.sources) {
    const text = sourceTexts.get(s.id);
    if (text !== undefined) yield* file(s.path, text);
  }
  for (const [name, text] of Object.entries(jsonSchemas())) yield* file(`data/${name}`, text);
  for (const [name, text] of Object.entries(publishedJsonSchemas()))
    yield* file(`data/${name}`, text);

  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  // Annotation ids must be IRIs: under the site when known, else name-based urn:uuids. The source
  // text is then a relative IRI reference, which JSON-LD resolves against the file's own URL.
  const iri = (path: string, fromDir: string) =>
    siteUrl ? `${siteUrl}${path}` : `${'../'.repeat(fromDir.split('/').length)}${path}`;
  const annotationId = (path: string) => (siteUrl ? `${siteUrl}${path}` : nameUuid(path));
  // The collection's items, each already written as it stands in the file (not 100,000 objects).
  const items: Buffer[] = [];
  for (const figure of dataset.figures) {
    const source = sources.get(figure.quote.sourceId);
    if (!source) continue;
    const input = {
      figure,
      source,
      chartUrl: siteUrl ? chartUrl(siteUrl, figure.id) : `../index.html#/figure/${figure.id}`,
      records: recordCitations([figure], published),
    };
    yield* file(`charts/${figure.id}.bib`, citationBibtex(input));
    yield* file(`charts/${figure.id}.csl.json`, json(citationCsl(input)));
    const path = `data/annotations/${figure.id}.jsonld`;
    const one = {
      figure,
      source,
      id: annotationId(path),
      created: options.createdOf?.(figure.id) ?? created,
    };
    yield* file(
      path,
      json(webAnnotation({ ...one, sourceTextIri: iri(source.path, 'data/annotations') })),
    );
    const { '@context': _context, ...item } = webAnnotation({
      ...one,
      sourceTextIri: iri(source.path, 'data'),
    });
    items.push(Buffer.from(JSON.stringify(item, null, 2)));
  }
  yield* file(
    'data/annotations.jsonld',
    jsonWithItems(
      annotationCollection(
        annotationId('data/annotations.jsonld'),
        'Cited Figures: every figure and the sentence it comes from',
        [],
        items.length,
      ),
      ['first', 'items'],
      items,
    ),
  );
  items.length = 0;
  // Besides the whole-corpus files: a small index and one chunk per source (README, Scale).
  for (const [path, body] of chunkFileEntries(dataset, DATASET_VERSION)) yield* file(path, body);
  yield* file('datapackage.json', json(dataPackage(paths, dataset.sources)));
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
