import { describe, expect, it } from 'vitest';

import { failureExcerpt } from '../../src/cli/gateOutput.ts';

describe('failureExcerpt', () => {
  it("starts at Vitest's Failed Tests section and drops colour codes", () => {
    const lines = [
      ' ✓ test/a.test.ts (3 tests) 12ms',
      ' ❯ test/browser/embed.test.ts (9 tests | 1 failed) 40123ms',
      '\u001b[31m⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯\u001b[39m',
      ' FAIL  browser test/browser/embed.test.ts > embed > fits its frame',
      'AssertionError: expected 412 to be 400',
      ' Test Files  1 failed | 16 passed (17)',
    ];
    expect(failureExcerpt(lines)).toEqual(['⎯⎯⎯⎯⎯⎯⎯ Failed Tests 1 ⎯⎯⎯⎯⎯⎯⎯', ...lines.slice(3)]);
  });

  it('starts at the first FAIL line when there is no section, and keeps at most the limit', () => {
    const lines = ['ok', ' FAIL  test/x.test.ts', 'Error: boom', 'at x.ts:3', 'more'];
    expect(failureExcerpt(lines, 2)).toEqual([' FAIL  test/x.test.ts', 'Error: boom']);
  });

  it("otherwise repeats the stage's last lines (a type error, a lint report)", () => {
    const lines = Array.from({ length: 100 }, (_, i) => `line ${i}`);
    expect(failureExcerpt(lines, 3)).toEqual(['line 97', 'line 98', 'line 99']);
    expect(failureExcerpt(['src/a.ts:3:1 error TS2322'], 3)).toEqual(['src/a.ts:3:1 error TS2322']);
  });
});
