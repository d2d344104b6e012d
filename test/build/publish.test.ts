// The files the build publishes under dist/data/: the dataset JSON, CSV, sources list, the source
// texts and the JSON Schemas.

import { describe, expect, it } from 'vitest';
import { DATASET_VERSION, publishDataset } from '../../src/build/publish.ts';
import { validateData } from '../../src/data/validate.ts';
import { CSV_COLUMNS } from '../../src/export/csv.ts';
import { jsonSchemas } from '../../src/data/jsonSchema.ts';
import { SOURCE_ID, SOURCE_TEXT, tinyData, toRawInput } from '../data/fixtures.ts';

function published() {
  const { dataset, errors } = validateData(toRawInput(tinyData()));
  expect(errors).toEqual([]);
  return { dataset, files: publishDataset(dataset, new Map([[SOURCE_ID, SOURCE_TEXT]])) };
}

describe('publishDataset', () => {
  it('publishes exactly the files DESIGN.md lists', () => {
    expect(Object.keys(published().files).sort()).toEqual(
      [
        'data/figures.json',
        'data/figures.csv',
        'data/sources.json',
        `data/sources/${SOURCE_ID}.txt`,
        'data/figures.schema.json',
        'data/source.schema.json',
        'data/index.json',
        `data/chunks/${SOURCE_ID}.json`,
        'data/record.schema.json',
        'data/records.json',
        'data/records.csv',
      ].sort(),
    );
  });

  it('figures.json holds version, figures and charts', () => {
    const { dataset, files } = published();
    expect(JSON.parse(files['data/figures.json']!)).toEqual({
      version: DATASET_VERSION,
      figures: dataset.figures,
      charts: dataset.charts,
    });
  });

  it('sources.json lists each source with the path of its text', () => {
    const sources = JSON.parse(published().files['data/sources.json']!).sources;
    expect(sources).toEqual([
      expect.objectContaining({ id: SOURCE_ID, path: `data/sources/${SOURCE_ID}.txt` }),
    ]);
  });

  it('the source text is published byte for byte', () => {
    expect(published().files[`data/sources/${SOURCE_ID}.txt`]).toBe(SOURCE_TEXT);
  });

  it('figures.csv starts with the header and has one row a figure', () => {
    const lines = published().files['data/figures.csv']!.split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines.filter(Boolean)).toHaveLength(1 + 3);
  });

  it('the schema files are the generated JSON Schemas', () => {
    const { files } = published();
    for (const [name, text] of Object.entries(jsonSchemas()))
      expect(files[`data/${name}`]).toBe(text);
  });

  it('skips a source whose text is not given, rather than publishing an empty file', () => {
    const { dataset } = published();
    expect(Object.keys(publishDataset(dataset, new Map()))).not.toContain(
      `data/sources/${SOURCE_ID}.txt`,
    );
  });
});
