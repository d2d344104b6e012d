// Tests for src/data/validateRecords.ts: the real records and links pass; each way a record file
// or a link can be wrong is reported once, with file, line, field and a fix.

import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { validateData } from '../../src/data/validate.ts';
import { validateRecords } from '../../src/data/validateRecords.ts';
import { aRecord, exportsFigure, tinyData, toRawInput } from '../support/fixtures.ts';

const root = resolve(import.meta.dirname, '../..');

/** A record file's JSON: the builder's record with any field replaced, even by a wrong type. */
const recordJson = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  ...aRecord(),
  ...over,
});

/** Validates the tiny dataset with the exports figure's links replaced, and the given records. */
function check(
  records: Record<string, unknown>[],
  figureOver: Record<string, unknown> = {},
  names = records.map((r) => `${String(r.id)}.json`),
) {
  const data = tinyData();
  const file = data.figureFiles[0]!;
  file.content.figures = file.content.figures.map((f) =>
    f.id === 'tiny-exports' ? ({ ...exportsFigure(), ...figureOver } as typeof f) : f,
  );
  const raw = toRawInput(data);
  const { dataset, errors } = validateData(raw);
  expect(errors).toEqual([]);
  const recordFiles = records.map((r, i) => ({
    path: `data/records/${names[i]}`,
    text: JSON.stringify(r, null, 2),
  }));
  return validateRecords(recordFiles, raw.figureFiles, dataset);
}

const growth = { record: 'rec', compare: 'growth', from: '2000', to: '2001' };

describe('validateRecords on the real data', () => {
  it('loads every record and every link without an error', () => {
    const { dataset, errors } = loadDataset(resolve(root, 'data'), root);
    expect(errors).toEqual([]);
    expect(dataset.records?.map((r) => r.id).sort()).toEqual([
      'medt-russia-imports-from-japan',
      'medt-russia-japan-trade-total',
      'sakhalin-1-japanese-interest',
      'sakhalin-2-japanese-interest',
    ]);
  });

  it('gives every seed figure and the statement it answers a record or a search', () => {
    const { dataset } = loadDataset(resolve(root, 'data'), root);
    for (const f of dataset.figures) {
      expect(f.records, f.id).toBeDefined();
      expect(f.records!.links.length > 0 || Boolean(f.records!.searched), f.id).toBe(true);
      for (const c of f.context ?? []) expect(c.records?.links.length, f.id).toBeGreaterThan(0);
    }
  });
});

describe('validateRecords errors', () => {
  it('accepts a sound record and link', () => {
    expect(check([recordJson()], { records: { links: [growth] } }).errors).toEqual([]);
  });

  it.each([
    {
      name: 'a file named after another id',
      records: [recordJson()],
      names: ['other.json'],
      figure: {},
      field: 'id',
      message: 'is "rec" but the file is named other.json',
    },
    {
      name: 'an observation with both value and parts',
      records: [
        recordJson({
          observations: [{ period: '2000', value: 1, parts: [{ label: 'A', value: 1 }] }],
        }),
      ],
      figure: {},
      field: 'observations.0',
      message: 'must have either "value" or "parts", not both or neither',
    },
    {
      name: 'a period listed twice',
      records: [
        recordJson({
          observations: [
            { period: '2000', value: 1 },
            { period: '2000', value: 2 },
          ],
        }),
      ],
      figure: {},
      field: 'observations.1.period',
      message: 'period "2000" is listed twice',
    },
    {
      name: 'shares adding up to more than 100',
      records: [
        recordJson({
          measure: 'share',
          unit: 'percent',
          observations: [
            {
              period: '2000',
              parts: [
                { label: 'A', value: 70 },
                { label: 'B', value: 40 },
              ],
            },
          ],
        }),
      ],
      figure: {},
      field: 'observations.0',
      message: 'adds up to 110, outside 0–100 %',
    },
    {
      name: 'a link to a record that does not exist',
      records: [recordJson()],
      figure: { records: { links: [{ ...growth, record: 'nope' }] } },
      field: 'records.links.0.record',
      message: 'names record "nope", which is not in data/records/ (known: rec)',
    },
    {
      name: 'no link and no search',
      records: [recordJson()],
      figure: { records: { links: [] } },
      field: 'records',
      message: 'names no record and does not say where one was looked for',
    },
    {
      name: 'a growth link without "to"',
      records: [recordJson()],
      figure: { records: { links: [{ record: 'rec', compare: 'growth', from: '2000' }] } },
      field: 'records.links.0',
      message: 'needs "to" for a growth comparison',
    },
    {
      name: 'a comparison that does not fit the figure',
      records: [recordJson()],
      figure: { records: { links: [{ record: 'rec', compare: 'level', at: '2000' }] } },
      field: 'records.links.0.compare',
      message: '"level" does not fit a change figure read against a level record',
    },
    {
      name: 'a period the record does not have',
      records: [recordJson()],
      figure: { records: { links: [{ ...growth, from: '1999' }] } },
      field: 'records.links.0',
      message: 'record rec has no observation for period "1999"; it has "2000", "2001"',
    },
    {
      name: 'a direction on a figure that has a value',
      records: [recordJson()],
      figure: { records: { links: [{ ...growth, direction: 'increase' }] } },
      field: 'records.links.0.direction',
      message: 'is for statements without a number; this figure has a value',
    },
    {
      name: 'a projection linked to a record of what happened',
      records: [recordJson()],
      figure: { status: 'expected', records: { links: [growth] } },
      field: 'records.links.0',
      message: 'links a projection to a record of what happened',
    },
    {
      name: 'a context statement linked without a direction',
      records: [recordJson()],
      figure: {
        context: [{ ...exportsFigure().context![0]!, records: { links: [growth] } }],
      },
      field: 'context.0.records.links.0',
      message: 'a context statement has no number, so its link needs "direction"',
    },
  ])('$name', ({ records, names, figure, field, message }) => {
    const { errors } = check(records, figure, names);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ field, message });
    expect(errors[0]!.line).toBeGreaterThan(0);
    expect(errors[0]!.fix.length).toBeGreaterThan(10);
  });

  it('reports a schema problem at its line with the file', () => {
    const { errors } = check([recordJson({ unit: 'gold' })]);
    expect(errors[0]).toMatchObject({ file: 'data/records/rec.json', field: 'unit', line: 5 });
  });
});
