// Generates the published JSON Schemas from the zod schemas, so editors validate and
// autocomplete figure and source files. Pure; writing the files is the CLI's job.

import { z } from 'zod';
import {
  figureFileSchema,
  publishedFiguresSchema,
  publishedSourcesSchema,
  sourceFileSchema,
} from './schema.ts';
import { recordFileSchema } from './recordSchema.ts';
import {
  chartDownloadSchema,
  figureDownloadSchema,
  publishedChunkSchema,
  publishedIndexSchema,
  publishedLookupSchema,
  publishedSourcePageSchema,
  publishedRecordsSchema,
} from './publishedSchema.ts';

const make = (schema: z.ZodType, id: string, title: string) =>
  JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input' }), $id: id, title }, null, 2) + '\n';

/** Both schemas as pretty-printed JSON text keyed by file name.
 * @example Object.keys(jsonSchemas()) // ['figures.schema.json', 'source.schema.json'] */
export function jsonSchemas(): Record<string, string> {
  return {
    'figures.schema.json': make(
      figureFileSchema,
      'figures.schema.json',
      'Cited Figures: figure annotation file',
    ),
    'source.schema.json': make(
      sourceFileSchema,
      'source.schema.json',
      'Cited Figures: source metadata file',
    ),
    'record.schema.json': make(
      recordFileSchema,
      'record.schema.json',
      'Cited Figures: statistical record file',
    ),
  };
}

/** Schemas of the JSON files the build publishes (data/figures.json, data/sources.json,
 * data/records.json, data/index.json, data/source-pages/*, data/chunks/*, data/lookup/*, charts/<id>.json), which name them in
 * `$schema`. @example Object.keys(publishedJsonSchemas()) // ['published-figures.schema.json', 'published-sources.schema.json'] */
export function publishedJsonSchemas(): Record<string, string> {
  return {
    'published-figures.schema.json': make(
      publishedFiguresSchema,
      'published-figures.schema.json',
      'Cited Figures: published dataset (data/figures.json)',
    ),
    'published-sources.schema.json': make(
      publishedSourcesSchema,
      'published-sources.schema.json',
      'Cited Figures: published source list (data/sources.json)',
    ),
    'published-records.schema.json': make(
      publishedRecordsSchema,
      'published-records.schema.json',
      'Cited Figures: statistical records and claims read against them (data/records.json)',
    ),
    'published-index.schema.json': make(
      publishedIndexSchema,
      'published-index.schema.json',
      'Cited Figures: index of sources, charts and figures (data/index.json)',
    ),
    'published-chunk.schema.json': make(
      publishedChunkSchema,
      'published-chunk.schema.json',
      'Cited Figures: one source with its figures (data/chunks/<source-id>.json)',
    ),
    'published-source-page.schema.json': make(
      publishedSourcePageSchema,
      'published-source-page.schema.json',
      'Cited Figures: a page of the source list (data/source-pages/<n>.json)',
    ),
    'published-lookup.schema.json': make(
      publishedLookupSchema,
      'published-lookup.schema.json',
      'Cited Figures: where a figure or chart is (data/lookup/<n>.json)',
    ),
    'figure-download.schema.json': make(
      figureDownloadSchema,
      'figure-download.schema.json',
      'Cited Figures: a figure download (charts/<figure-id>.json)',
    ),
    'chart-download.schema.json': make(
      chartDownloadSchema,
      'chart-download.schema.json',
      'Cited Figures: a chart-group download (charts/<chart-id>.json)',
    ),
  };
}
