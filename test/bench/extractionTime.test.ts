// Tests for src/bench/extractionTime.ts: the bench's two extraction rows, and one real measurement
// of the seed document in a fresh process.

import { describe, expect, it } from 'vitest';
import {
  SEED_DOCUMENT,
  extractionRows,
  measureExtraction,
} from '../../src/bench/extractionTime.ts';

describe('extractionRows', () => {
  it.each([
    {
      time: { document: SEED_DOCUMENT, runs: 3, firstMs: 521.4, laterMs: 33.6, candidates: 6 },
      expected: [
        {
          metric: 'extract figures, first call in a process',
          value: '521 ms',
          note: 'mofa-2002-10-14-kawaguchi-putin.txt (6 drafts), median of 3 fresh processes; target < 565 ms, half the first call before compileAhead.ts',
        },
        {
          metric: 'extract figures, a later call',
          value: '34 ms',
          note: 'mofa-2002-10-14-kawaguchi-putin.txt (6 drafts), median of 3 fresh processes',
        },
      ],
    },
    {
      time: {
        document: 'test/fixtures/prose/x.txt',
        runs: 1,
        firstMs: 80,
        laterMs: 9.5,
        candidates: 2,
      },
      expected: [
        {
          metric: 'extract figures, first call in a process',
          value: '80 ms',
          note: 'x.txt (2 drafts), median of 1 fresh processes',
        },
        {
          metric: 'extract figures, a later call',
          value: '10 ms',
          note: 'x.txt (2 drafts), median of 1 fresh processes',
        },
      ],
    },
  ])('$time.document', ({ time, expected }) => {
    expect(extractionRows(time)).toEqual(expected);
  });
});

describe('measureExtraction', () => {
  it('times the seed document in a fresh process', () => {
    const t = measureExtraction(SEED_DOCUMENT, 1);
    expect(t).toMatchObject({ document: SEED_DOCUMENT, runs: 1, candidates: 6 });
    expect(t.firstMs).toBeGreaterThan(0);
    expect(t.laterMs).toBeGreaterThan(0);
  }, 60_000);
});
