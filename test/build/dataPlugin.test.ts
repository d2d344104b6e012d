// The data plugin's build-time choices: annotations are dated by the data, not by the build's
// clock, so a rebuild of unchanged data leaves their files byte for byte as they were.

import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataChangedAt } from '../../src/build/dataPlugin.ts';

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
