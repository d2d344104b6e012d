// Tests for src/model/recordLinks.ts: whether figures, or a statement one of them answers, name a
// record (the one check the embed makes before it requests data/records.json).

import { describe, expect, it } from 'vitest';
import { linksRecords } from '../../src/model/recordLinks.ts';
import { exportsFigure, shareFigure } from '../support/fixtures.ts';

describe('linksRecords', () => {
  const links = { links: [] };
  it.each([
    { name: 'no figure', figures: [], expected: false },
    { name: 'figures without records', figures: [exportsFigure()], expected: false },
    {
      name: "a figure's own records",
      figures: [{ ...exportsFigure(), records: links }],
      expected: true,
    },
    {
      name: 'the records of a statement a figure answers',
      figures: [
        exportsFigure(),
        {
          ...shareFigure(),
          context: [
            {
              speaker: 'P',
              relation: 'answers' as const,
              quote: exportsFigure().quote,
              records: links,
            },
          ],
        },
      ],
      expected: true,
    },
  ])('$name → $expected', ({ figures, expected }) => expect(linksRecords(figures)).toBe(expected));
});
