// Tests for src/model/claimRecord.ts: each kind of comparison computed from a record's own
// numbers, the arithmetic and difference a reader can redo, and every caveat it must state.

import { describe, expect, it } from 'vitest';
import {
  claimRecordsOf,
  compareClaim,
  contextClaimId,
  formatPeriod,
  type Claim,
} from '../../src/model/claimRecord.ts';
import { aRecord, amountFigure, exportsFigure, shareFigure } from '../support/fixtures.ts';

const figureClaim = (figure: ReturnType<typeof exportsFigure>): Claim => ({
  type: 'figure',
  figure,
  madeOn: '2002-10-14',
});

describe('compareClaim', () => {
  it.each([
    {
      name: 'growth: a claimed change against a level series, same periods',
      claim: figureClaim(exportsFigure()),
      rec: aRecord(),
      link: { record: 'rec', compare: 'growth' as const, from: '2000', to: '2001' },
      expected: {
        claimed: '+40\u202f%',
        recorded: '+25.9\u202f%',
        recordedValue: 25.9,
        arithmetic: '719.3 / 571.4 − 1 = +25.9\u202f%',
        difference: 'The record is 14.1 percentage points lower than the claim.',
        sameAxis: true,
      },
      caveats: [
        /^Whose figures: the record is the importer's statistics/,
        /^Currency: .*US dollars/,
      ],
    },
    {
      name: 'growth over other periods says that the periods differ',
      claim: figureClaim({ ...exportsFigure(), period: '2002', basePeriod: '2001' }),
      rec: aRecord(),
      link: { record: 'rec', compare: 'growth' as const, from: '2000', to: '2001' },
      expected: { recorded: '+25.9\u202f%' },
      caveats: [
        /Whose/,
        /Currency/,
        /^Periods: the claim compares 2002 with 2001; the record, 2001 over 2000\./,
      ],
    },
    {
      name: 'direction: a statement without a number, read by direction only',
      claim: {
        type: 'direction' as const,
        id: 'ctx',
        label: 'A president',
        direction: 'no-increase' as const,
        madeOn: '2002-10-14',
      },
      rec: aRecord({
        observations: [
          { period: '2000', value: 5168.2 },
          { period: '2001', value: 4592.0 },
        ],
      }),
      link: { record: 'rec', compare: 'growth' as const, from: '2000', to: '2001' },
      expected: {
        claimed: 'not increasing',
        recorded: '−11.1\u202f%',
        arithmetic: '4,592 / 5,168.2 − 1 = −11.1\u202f%',
        difference:
          'The record fell 11.1\u202f% from 2000 to 2001, which matches "not increasing".',
        sameAxis: false,
      },
      caveats: [/Whose/, /Currency/],
    },
    {
      name: 'share given as parts: the build adds them up and shows the sum',
      claim: figureClaim({ ...shareFigure(), value: 45 }),
      rec: aRecord({
        measure: 'share',
        unit: 'percent',
        scale: undefined,
        observations: [
          {
            period: '2006-12',
            parts: [
              { label: 'A', value: 25 },
              { label: 'B', value: 20 },
            ],
          },
        ],
      }),
      link: { record: 'rec', compare: 'share' as const, at: '2006-12' },
      expected: {
        recorded: '45\u202f%',
        arithmetic: '25 + 20 = 45\u202f%',
        difference: 'The record gives the same share as the claim.',
      },
      caveats: [
        /Whose/,
        /^Periods: the claim dates from 14 October 2002; the record's period is "December 2006"\./,
      ],
    },
    {
      name: 'level in the same currency: a relative difference',
      claim: figureClaim(amountFigure()),
      rec: aRecord({ scale: 1e9, observations: [{ period: '2002-10-14', value: 1.06 }] }),
      link: { record: 'rec', compare: 'level' as const, at: '2002-10-14' },
      expected: {
        recorded: 'US$1.1 billion',
        recordedValue: 1.06e9,
        arithmetic: '1.06 × 1,000,000,000 = US$1.1 billion',
        difference: 'The record is 6 % higher than the claim.',
        sameAxis: true,
      },
      caveats: [/Whose/],
    },
    {
      name: 'level in another currency: never converted without a cited rate',
      claim: figureClaim(amountFigure()),
      rec: aRecord({
        unit: 'JPY',
        scale: 1,
        observations: [{ period: '2002-10-14', value: 120e9 }],
      }),
      link: { record: 'rec', compare: 'level' as const, at: '2002-10-14' },
      expected: {
        difference: 'Not compared: the units differ and no exchange rate is cited.',
        sameAxis: false,
      },
      caveats: [/Whose/, /^Units: the claim is in USD, the record in JPY; they are not converted/],
    },
  ])('$name', ({ claim, rec, link, expected, caveats }) => {
    const c = compareClaim(claim, rec, link);
    expect(c).toMatchObject(expected);
    expect(c.caveats).toHaveLength(caveats.length);
    caveats.forEach((re, i) => expect(c.caveats[i]).toMatch(re));
  });

  it('adds the link scope as a caveat in its own words', () => {
    const c = compareClaim(figureClaim(exportsFigure()), aRecord(), {
      record: 'rec',
      compare: 'growth',
      from: '2000',
      to: '2001',
      scope: 'The record counts goods only.',
    });
    expect(c.caveats).toContain('Scope: The record counts goods only.');
  });

  it('names the periods a record has when a link asks for another', () => {
    expect(() =>
      compareClaim(figureClaim(exportsFigure()), aRecord(), {
        record: 'rec',
        compare: 'growth',
        from: '1999',
        to: '2001',
      }),
    ).toThrow('record rec has no observation for period "1999"; it has "2000", "2001"');
  });
});

describe('claimRecordsOf', () => {
  it('reads each claim once; a context statement that two figures answer appears once', () => {
    const links = {
      links: [{ record: 'rec', compare: 'growth' as const, from: '2000', to: '2001' }],
    };
    const ctx = exportsFigure().context![0]!;
    const context = [
      { ...ctx, records: { links: [{ ...links.links[0]!, direction: 'no-increase' as const }] } },
    ];
    const a = { ...exportsFigure(), records: links, context };
    const b = {
      ...exportsFigure(),
      id: 'tiny-exports-2',
      records: { links: [], searched: 'Looked in X.' },
      context,
    };
    const out = claimRecordsOf({
      figures: [a, b],
      sources: [{ id: a.quote.sourceId, date: '2002-10-14' }],
      records: [aRecord()],
    });
    expect(out.map((c) => c.claimId)).toEqual([
      'tiny-exports',
      contextClaimId(ctx.quote),
      'tiny-exports-2',
    ]);
    expect(out[2]).toEqual({
      claimId: 'tiny-exports-2',
      comparisons: [],
      searched: 'Looked in X.',
    });
  });
});

describe('formatPeriod', () => {
  it.each([
    ['2002-10-14', '14 October 2002'],
    ['2015-11', 'November 2015'],
    ['2001', '2001'],
    ['before the December 2006 deal', 'before the December 2006 deal'],
  ])('%s → %s', (input, expected) => expect(formatPeriod(input)).toBe(expected));
});
