// Tests for src/authoring/quoteRepair.ts: surgical JSON edits that keep formatting, and the repair plan
// (offsets rewritten, sha256 updated only when every quote of a source was found again).

import { describe, expect, it } from 'vitest';
import { applyJsonEdits, planQuoteRepairs } from '../../src/authoring/quoteRepair.ts';

function figureFileText(start: number, end: number, exact = 'Sales rose 5%.'): string {
  const quote = { sourceId: 'doc', exact, prefix: '', suffix: '', start, end };
  const stated = { text: 'rose 5%', start: start + 6, end: start + 13 };
  return JSON.stringify({ charts: [], figures: [{ id: 'sales', quote, stated }] }, null, 2);
}

function raw(text: string, figures: string) {
  return {
    sources: [
      {
        metaPath: 'data/sources/doc.json',
        metaText: '{\n  "id": "doc",\n  "sha256": "old"\n}',
        textPath: 'data/sources/doc.txt',
        text,
        textSha256: 'new',
      },
    ],
    figureFiles: [{ path: 'data/figures/f.json', text: figures }],
  };
}

describe('applyJsonEdits', () => {
  it.each([
    {
      args: ['{\n  "a": 1,\n  "b": "x"\n}', [{ path: 'a', value: 22 }]],
      expected: '{\n  "a": 22,\n  "b": "x"\n}',
    },
    {
      args: ['{"a": {"b": "q\\"uote"}, "c": 3}', [{ path: 'a.b', value: 'new "text"' }]],
      expected: '{"a": {"b": "new \\"text\\""}, "c": 3}',
    },
    {
      args: [
        '[1, 2,\n 3]',
        [
          { path: '0', value: 9 },
          { path: '2', value: 7 },
        ],
      ],
      expected: '[9, 2,\n 7]',
    },
  ] as const)('$expected', ({ args, expected }) => {
    expect(applyJsonEdits(args[0], [...args[1]])).toBe(expected);
  });
});

describe('planQuoteRepairs', () => {
  it('plans new offsets and a new sha256 when every quote moved verbatim', () => {
    const plan = planQuoteRepairs(raw('Intro. Sales rose 5%.', figureFileText(0, 14)));
    expect(plan.findings.map((f) => [f.field, f.status, f.after?.start])).toEqual([
      ['quote', 'moved', 7],
      ['stated', 'moved', 13],
    ]);
    expect(plan.rehashed.map((r) => r.sourceId)).toEqual(['doc']);
    expect(JSON.parse(plan.edits.get('data/figures/f.json')!).figures[0].quote).toMatchObject({
      start: 7,
      end: 21,
      prefix: 'Intro. ',
    });
    expect(plan.edits.get('data/sources/doc.json')).toBe('{\n  "id": "doc",\n  "sha256": "new"\n}');
  });

  it('blocks the sha256 when a quote cannot be found, and plans no edit for it', () => {
    const plan = planQuoteRepairs(raw('Nothing about sales here at all.', figureFileText(0, 14)));
    expect(plan.findings.map((f) => f.status)).toEqual(['not-found']);
    expect(plan.blocked).toMatchObject([{ sourceId: 'doc', missing: 1 }]);
    expect(plan.edits.size).toBe(0);
  });
});
