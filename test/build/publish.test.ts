// The files the build publishes under dist/data/: the dataset JSON, CSV, sources list, the source
// texts and the JSON Schemas.

import { describe, expect, it } from 'vitest';
import { DATASET_VERSION, publishDataset } from '../../src/build/publish.ts';
import { validateData } from '../../src/data/validate.ts';
import { CSV_COLUMNS } from '../../src/export/csv.ts';
import { FIGURE_RECORD_COLUMNS } from '../../src/export/recordLines.ts';
import { jsonSchemas } from '../../src/data/jsonSchema.ts';
import { SOURCE_ID, SOURCE_TEXT, tinyData, toRawInput } from '../support/fixtures.ts';

function published() {
  const { dataset, errors } = validateData(toRawInput(tinyData()));
  expect(errors).toEqual([]);
  return { dataset, files: publishDataset(dataset, new Map([[SOURCE_ID, SOURCE_TEXT]])) };
}

describe('publishDataset', () => {
  it('publishes exactly the files DESIGN.md lists', () => {
    const { dataset, files } = published();
    const ids = dataset.figures.map((f) => f.id);
    expect(Object.keys(files).sort()).toEqual(
      [
        'data/figures.json',
        'data/figures.csv',
        'data/sources.json',
        `data/sources/${SOURCE_ID}.txt`,
        'data/figures.schema.json',
        'data/source.schema.json',
        'data/published-figures.schema.json',
        'data/published-sources.schema.json',
        'data/published-records.schema.json',
        'data/published-index.schema.json',
        'data/published-chunk.schema.json',
        'data/published-lookup.schema.json',
        'data/published-source-page.schema.json',
        'data/figure-download.schema.json',
        'data/chart-download.schema.json',
        'data/annotations.jsonld',
        'datapackage.json',
        ...ids.flatMap((id) => [
          `charts/${id}.bib`,
          `charts/${id}.csl.json`,
          `data/annotations/${id}.jsonld`,
        ]),
        'data/index.json',
        `data/chunks/${SOURCE_ID}.json`,
        'data/lookup/0.json',
        'data/source-pages/0.json',
        'data/record.schema.json',
        'data/records.json',
        'data/records.csv',
      ].sort(),
    );
  });

  it.each([
    {
      siteUrl: undefined,
      id: /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      source: /^\.\.\/\.\.\/data\/sources\//,
    },
    {
      siteUrl: 'https://cf.test/x/',
      id: /^https:\/\/cf\.test\/x\/data\/annotations\//,
      source: /^https:\/\/cf\.test\/x\/data\/sources\//,
    },
  ])('annotation ids and sources with site URL $siteUrl', ({ siteUrl, id, source }) => {
    const { dataset } = published();
    const files = publishDataset(dataset, new Map([[SOURCE_ID, SOURCE_TEXT]]), { siteUrl });
    const a = JSON.parse(files[`data/annotations/${dataset.figures[0]!.id}.jsonld`]!);
    expect(a.id).toMatch(id);
    expect(a.target[0].source.id).toMatch(source);
    const again = publishDataset(dataset, new Map([[SOURCE_ID, SOURCE_TEXT]]), { siteUrl });
    expect(again).toEqual(files); // stable ids: the same every build
    expect(JSON.stringify(files)).not.toMatch(/127\.0\.0\.1|localhost/);
  });

  it('figures.json holds $schema, version, figures and charts', () => {
    const { dataset, files } = published();
    expect(JSON.parse(files['data/figures.json']!)).toEqual({
      $schema: 'published-figures.schema.json',
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
    // The figure's columns, then the record columns (empty here: the fixture links no record).
    expect(lines[0]).toBe([...CSV_COLUMNS, ...FIGURE_RECORD_COLUMNS].join(','));
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
