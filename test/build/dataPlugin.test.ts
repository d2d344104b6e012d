// The data plugin's build-time choices: annotations are dated by their figure files, not by the
// build's clock, so a rebuild of unchanged data leaves their files byte for byte as they were.

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataChangedAt, figureFileTimes } from '../../src/build/dataPlugin.ts';

const tmp = mkdtempSync(join(tmpdir(), 'cited-data-plugin-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('dataChangedAt', () => {
  it.each([
    { name: 'the newest file, in any subfolder', times: [100.4, 300.9, 200], expected: 300_000 },
    { name: 'one file', times: [42], expected: 42_000 },
  ])('$name', ({ times, expected }) => {
    const dir = join(tmp, `case-${expected}`);
    times.forEach((t, i) => {
      const sub = join(dir, i % 2 ? 'figures' : 'sources');
      mkdirSync(sub, { recursive: true });
      const file = join(sub, `f${i}.json`);
      writeFileSync(file, '{}');
      utimesSync(file, t, t);
    });
    utimesSync(dir, 999, 999); // a folder's own time does not count
    expect(dataChangedAt(dir)).toBe(expected);
  });
});

describe('figureFileTimes', () => {
  it('dates each figure by its own file, so editing one file re-dates only its figures', () => {
    const dir = join(tmp, 'times');
    mkdirSync(join(dir, 'figures'), { recursive: true });
    const files = [
      { name: 'a.json', ids: ['a-1', 'a-2'], time: 1000.7 },
      { name: 'b.json', ids: ['b-1'], time: 2000 },
    ];
    for (const f of files) {
      const path = join(dir, 'figures', f.name);
      writeFileSync(path, JSON.stringify({ figures: f.ids.map((id) => ({ id })), charts: [] }));
      utimesSync(path, f.time, f.time);
    }
    expect(Object.fromEntries(figureFileTimes(dir))).toEqual({
      'a-1': 1_000_000,
      'a-2': 1_000_000,
      'b-1': 2_000_000,
    });
    expect(figureFileTimes(join(tmp, 'no-such-folder')).size).toBe(0);
  });
});
