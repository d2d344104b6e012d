// Tests the browser files' start order (browserOrder.ts): every browser test file has a measured
// place, and the order puts the longest first.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROWSER_FILE_SECONDS, longestFirst } from './browserOrder.ts';

const browserDir = resolve(import.meta.dirname, '../browser');

describe('longestFirst', () => {
  it('puts the longest first, unknown files before all, equal ones in their order', () => {
    const seconds = { 'a.test.ts': 1, 'b.test.ts': 9, 'c.test.ts': 1 };
    expect(
      longestFirst(['dir/a.test.ts', 'dir/new.test.ts', 'dir/b.test.ts', 'dir/c.test.ts'], seconds),
    ).toEqual(['dir/new.test.ts', 'dir/b.test.ts', 'dir/a.test.ts', 'dir/c.test.ts']);
  });
});

describe('BROWSER_FILE_SECONDS', () => {
  it('lists every browser test file and no other', () => {
    const files = readdirSync(browserDir).filter((f) => f.endsWith('.test.ts'));
    expect(Object.keys(BROWSER_FILE_SECONDS).sort()).toEqual(files.sort());
  });
});
