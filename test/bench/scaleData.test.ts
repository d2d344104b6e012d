// `npm run scale`'s arguments: sizes, runs and the output folder, and a clear error for anything
// else (before, `--help` was taken for the output folder and data was written into ./--help).

import { describe, expect, it } from 'vitest';
import { SCALE_SIZES, parseScaleArgs } from '../../src/bench/scaleData.ts';

describe('parseScaleArgs', () => {
  it.each([
    { argv: [], expected: { help: false, sizes: SCALE_SIZES, runs: 3 } },
    { argv: ['--help'], expected: { help: true, sizes: SCALE_SIZES, runs: 3 } },
    {
      argv: ['-h', '/tmp/x'],
      expected: { help: true, outDir: '/tmp/x', sizes: SCALE_SIZES, runs: 3 },
    },
    {
      argv: ['--sizes', '100000', '/tmp/s'],
      expected: {
        help: false,
        outDir: '/tmp/s',
        sizes: [{ figures: 100_000, sources: 10_000 }],
        runs: 3,
      },
    },
    {
      argv: ['--sizes=1000,10000,100000', '--runs=0'],
      expected: {
        help: false,
        sizes: [
          { figures: 1_000, sources: 100 },
          { figures: 10_000, sources: 1_000 },
          { figures: 100_000, sources: 10_000 },
        ],
        runs: 0,
      },
    },
  ])('$argv', ({ argv, expected }) => {
    expect(parseScaleArgs(argv)).toEqual(expected);
  });

  it.each([
    { argv: ['--bogus'], error: /unknown option "--bogus".*--help/ },
    { argv: ['--sizes'], error: /--sizes needs a value/ },
    { argv: ['--sizes', '10k'], error: /"10k" is not one/ },
    { argv: ['--sizes', '5'], error: /at least 10/ },
    { argv: ['--sizes', '1e5'], error: /"1e5" is not one/ },
    { argv: ['--runs', '-1'], error: /--runs takes a whole number/ },
    { argv: ['/a', '/b'], error: /one output folder only; got "\/a" and "\/b"/ },
  ])('refuses $argv', ({ argv, error }) => {
    expect(() => parseScaleArgs(argv)).toThrow(error);
  });
});
