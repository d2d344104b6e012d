// Tests for src/model/claimRecordView.ts: honest bars on one axis from 0 or the reason why not,
// the record citation, and the card summary computed from the figures alone.

import { describe, expect, it } from 'vitest';
import type { ClaimRecordComparison } from '../../src/model/claimRecord.ts';
import {
  claimSummary,
  claimsForFigures,
  comparisonBars,
  recordCitation,
  statementHomes,
} from '../../src/model/claimRecordView.ts';
import type { Figure } from '../../src/model/figure.ts';
import { amountFigure, exportsFigure, shareFigure } from '../support/fixtures.ts';

function comparison(over: Partial<ClaimRecordComparison>): ClaimRecordComparison {
  return {
    claimId: 'c',
    recordId: 'r',
    compare: 'growth',
    claimed: '+40 %',
    claimedValue: 40,
    recordedValue: 25.9,
    recorded: '+25.9 %',
    recordPeriod: '2001 over 2000',
    arithmetic: '',
    difference: '',
    sameAxis: true,
    caveats: [],
    ...over,
  };
}

describe('comparisonBars', () => {
  it.each([
    ['a change: the larger value fills the axis', comparison({}), [100, 64.75]],
    [
      'a share: the axis is the whole 0–100 %',
      comparison({ compare: 'share', claimedValue: 30, recordedValue: 45 }),
      [30, 45],
    ],
    [
      'a ratio above 100: the share axis reaches the larger value',
      comparison({ compare: 'share', claimedValue: 250, recordedValue: 125 }),
      [100, 50],
    ],
    ['both zero', comparison({ claimedValue: 0, recordedValue: 0 }), [0, 0]],
  ])('%s', (_name, c, widths) => {
    const view = comparisonBars(c);
    expect('bars' in view && view.bars.map((b) => b.width)).toEqual(widths);
  });

  it.each([
    [
      'a direction has no number',
      comparison({ claimedValue: undefined }),
      /direction, not a number/,
    ],
    ['units differ', comparison({ sameAxis: false }), /different units/],
    ['a negative value', comparison({ recordedValue: -11.1 }), /negative/],
  ])('%s: says why there are no bars', (_name, c, reason) => {
    const view = comparisonBars(c);
    expect('reason' in view && view.reason).toMatch(reason);
  });
});

describe('recordCitation', () => {
  it('names publisher, passage, title, who reproduced it and when it was consulted', () => {
    expect(
      recordCitation({
        id: 'r',
        label: 'L',
        measure: 'level',
        unit: 'USD',
        side: 's',
        provenance: {
          publisher: 'A ministry',
          title: 'A column',
          url: 'https://example.org/',
          via: 'An institute',
          passage: 'Table 1, row 2',
          consulted: '2026-11-30',
        },
        observations: [],
        notes: [],
      }),
    ).toBe('A ministry: Table 1, row 2, in "A column" (An institute); consulted 30 November 2026.');
  });
});

describe('claimSummary and claimsForFigures', () => {
  const link = { record: 'r', compare: 'growth' as const, from: '2000', to: '2001' };
  const withContext = (f: Figure): Figure => ({
    ...f,
    context: f.context?.map((c) => ({
      ...c,
      records: { links: [{ ...link, direction: 'no-increase' as const }] },
    })),
  });
  it.each([
    ['no figure names records', [exportsFigure()], undefined],
    [
      'one of two has a record, and the statement too',
      [
        withContext({ ...exportsFigure(), records: { links: [link] } }),
        withContext({ ...exportsFigure(), id: 'b', records: { links: [], searched: 'X' } }),
      ],
      'Claim and record: a record for 1 of 2 figures and for the statement they answer',
    ],
    [
      'none has a record',
      [
        { ...shareFigure(), records: { links: [], searched: 'X' } },
        { ...amountFigure(), records: { links: [], searched: 'Y' } },
      ],
      'Claim and record: no record found for these 2 figures',
    ],
    [
      'a single figure',
      [{ ...shareFigure(), records: { links: [], searched: 'X' } }],
      'Claim and record: no record found for this figure',
    ],
  ])('%s', (_name, figures, expected) => expect(claimSummary(figures)).toBe(expected));

  it('lists the figures’ claims, then each statement once', () => {
    const a = withContext(exportsFigure());
    const b = withContext({ ...exportsFigure(), id: 'b' });
    const ctxId = `${a.context![0]!.quote.sourceId}@${a.context![0]!.quote.start}-${a.context![0]!.quote.end}`;
    const claims = ['tiny-exports', 'b', ctxId, 'other'].map((claimId) => ({
      claimId,
      comparisons: [],
    }));
    expect(claimsForFigures([a, b], claims).map((c) => c.claimId)).toEqual([
      'tiny-exports',
      'b',
      ctxId,
    ]);
    // A card whose statement is shown on another card lists only its own figures' claims.
    expect(claimsForFigures([a, b], claims, new Set()).map((c) => c.claimId)).toEqual([
      'tiny-exports',
      'b',
    ]);
    expect(claimsForFigures([a], claims, new Set([ctxId])).map((c) => c.claimId)).toEqual([
      'tiny-exports',
      ctxId,
    ]);
  });

  it('summarises without the statement on a card that does not show it', () => {
    const figures = [
      withContext({ ...exportsFigure(), records: { links: [link] } }),
      withContext({ ...exportsFigure(), id: 'b', records: { links: [], searched: 'X' } }),
    ];
    expect(claimSummary(figures, new Set())).toBe('Claim and record: a record for 1 of 2 figures');
    expect(
      claimSummary(
        figures.map((f) => ({ ...f, records: { links: [], searched: 'X' } })),
        new Set(),
      ),
    ).toBe('Claim and record: no record found for these 2 figures');
  });
});

describe('statementHomes', () => {
  // Three cards; the statement is answered by figures on the second and third cards.
  const plain = { ...shareFigure(), id: 'plain', context: [] };
  const first = { ...exportsFigure(), id: 'first' };
  const later = { ...exportsFigure(), id: 'later' };
  const ctx = first.context![0]!.quote;
  const ctxId = `${ctx.sourceId}@${ctx.start}-${ctx.end}`;
  const cards = [
    { chart: { id: 'a' }, figures: [plain] },
    { chart: { id: 'b' }, figures: [later] },
    { chart: { id: 'c' }, figures: [first] },
  ];
  it.each([
    ['dataset order puts it with the first figure that answers it', [plain, first, later], 'c'],
    ['whatever the card order', [later, first, plain], 'b'],
  ])('%s', (_name, order, home) => {
    const homes = statementHomes(cards, order);
    expect([...homes].filter(([, s]) => s.has(ctxId)).map(([id]) => id)).toEqual([home]);
    expect([...homes.values()].reduce((n, s) => n + s.size, 0)).toBe(1);
  });
  it('gives every card a set, empty when it shows no statement', () => {
    expect(statementHomes(cards, []).get('a')).toEqual(new Set());
  });
});
