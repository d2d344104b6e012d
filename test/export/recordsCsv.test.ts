// Tests for src/export/recordsCsv.ts: one row an observation, parts spelled out, header fixed.

import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadDataset } from '../../src/data/loadDataset.ts';
import { RECORD_CSV_COLUMNS, recordsToCsv } from '../../src/export/recordsCsv.ts';

const root = resolve(import.meta.dirname, '../..');

describe('recordsToCsv', () => {
  const { dataset } = loadDataset(resolve(root, 'data'), root);
  const records = dataset.records ?? [];
  const lines = recordsToCsv(records).split('\r\n');

  it('starts with the fixed header and has one row an observation', () => {
    expect(lines[0]).toBe(RECORD_CSV_COLUMNS.join(','));
    const observations = records.reduce((n, r) => n + r.observations.length, 0);
    expect(lines.length - 2).toBe(observations); // header + rows + trailing empty line
  });

  it.each([
    [
      'a level row keeps the value as recorded and its scale',
      'medt-russia-imports-from-japan,',
      ',2001,719.3,,USD,1000000,',
    ],
    [
      'a share given as parts leaves value empty and spells out the parts',
      'sakhalin-2-japanese-interest,',
      ',,Mitsui: 25 | Mitsubishi: 20,percent,1,',
    ],
  ])('%s', (_name, start, part) => {
    expect(lines.some((l) => l.startsWith(start) && l.includes(part))).toBe(true);
  });
});
