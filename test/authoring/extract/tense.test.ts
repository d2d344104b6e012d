// The reading of time on its own: an estimate takes its status from its own period, actual once
// that period is over by the dateline, expected while it runs, and no reading when the words do
// not tell. Every sentence is our own; the grammar tests read the same numbers through the whole
// extractor.

import { describe, expect, it } from 'vitest';
import {
  estimatedPeriodStatus,
  laidDownAfter,
  type Dateline,
} from '../../../src/authoring/extract/tense.ts';

/** The status `stated` takes in `sentence` under a dateline of `year`-`month` (fiscal years ending in March). */
function status(sentence: string, stated: string, year?: number, month?: number) {
  const start = sentence.indexOf(stated);
  if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
  const d: Dateline = { year, month, fiscalEnd: 3 };
  return estimatedPeriodStatus(sentence, start, start + stated.length, d);
}

describe('estimatedPeriodStatus: the estimate of a period over or running', () => {
  it.each([
    [
      'For 2029, the trade surplus is estimated at $4.2 billion.',
      '$4.2 billion',
      2030,
      2,
      'actual',
    ],
    ['Growth slowed to 1.9% in 2031, after an estimated 2.7% in 2030.', '2.7%', 2031, 8, 'actual'],
    ['The deficit for 2028-29 is estimated at 3.1% of GDP.', '3.1%', 2029, 6, 'actual'],
    ['For 2031 as a whole, growth is estimated to be 2.2%.', '2.2%', 2031, 11, 'expected'],
    ['The deficit for 2030-31 is estimated at 2.8% of GDP.', '2.8%', 2030, 11, 'expected'],
  ] as const)('"%s": %s dated %i-%i is %s', (sentence, stated, year, month, want) => {
    expect(status(sentence, stated, year, month)).toBe(want);
  });
});

describe('estimatedPeriodStatus: no reading when the words do not tell', () => {
  it('a number not named as an estimate', () => {
    expect(status('For 2029, the trade surplus was $4.2 billion.', '$4.2 billion', 2030, 2)).toBe(
      undefined,
    );
  });

  it('an estimate naming no period, or a month without its year', () => {
    expect(status('Losses are estimated at $90 million.', '$90 million', 2030, 2)).toBeUndefined();
    expect(
      status("The agency's March estimate of 4.4% still stands.", '4.4%', 2030, 6),
    ).toBeUndefined();
  });

  it('the period the estimate is compared with is not its own', () => {
    expect(
      status(
        'Sales are estimated at $2.1 billion, up from $1.8 billion in 2028.',
        '$2.1 billion',
        2031,
        5,
      ),
    ).toBeUndefined();
  });

  it('a document with no dateline', () => {
    expect(status('For 2029, the surplus is estimated at $4.2 billion.', '$4.2 billion')).toBe(
      undefined,
    );
  });
});

describe('estimatedPeriodStatus: a flash estimate, "is expected to be" and "estimated to have grown"', () => {
  // A statistics office's flash release, a ministry's note and a central bank's bulletin: what a
  // release "expects" or "estimates" of a month or quarter that is over is its first estimate.
  it.each([
    [
      'Euro area annual inflation is expected to be 2.1% in November 2036, down from 2.4%.',
      '2.1%',
      2036,
      12,
      'actual',
    ],
    [
      'Annual inflation is expected to come in at 3.4% in October 2036.',
      '3.4%',
      2036,
      11,
      'actual',
    ],
    ['Producer prices are expected at 1.8% in September 2036.', '1.8%', 2036, 11, 'actual'],
    [
      'GDP is estimated to have increased by 0.3% in the third quarter of 2036.',
      'increased by 0.3%',
      2036,
      11,
      'actual',
    ],
    ['Output is estimated to have grown 0.5% in Q2 2036.', 'grown 0.5%', 2036, 8, 'actual'],
    ['Inflation is estimated to have eased to 2.1% in October 2036.', '2.1%', 2036, 12, 'actual'],
    [
      'Exports are estimated to have risen to $4.1 billion in H1 2036.',
      '$4.1 billion',
      2036,
      9,
      'actual',
    ],
    // A period not yet over is expected, even when a release calls it an estimate.
    [
      'Exports are estimated to have reached $4.1 billion in the third quarter of 2037.',
      '$4.1 billion',
      2037,
      4,
      'expected',
    ],
    [
      'GDP is estimated to have grown by 0.4% in the fourth quarter of 2036.',
      'grown by 0.4%',
      2036,
      11,
      'expected',
    ],
    ['Inflation is estimated to have eased to 2.3% in January 2037.', '2.3%', 2036, 12, 'expected'],
    ['Euro area inflation is expected to be 2.3% in February 2037.', '2.3%', 2036, 12, 'expected'],
    [
      'Investment is estimated to have risen to $4.1 billion in 2037.',
      '$4.1 billion',
      2036,
      12,
      'expected',
    ],
  ] as const)('"%s": %s dated %i-%i is %s', (sentence, stated, year, month, want) => {
    expect(status(sentence, stated, year, month)).toBe(want);
  });

  it('leaves what people expected, a month the dateline is in and a quarter with no year to the other readings', () => {
    // A forecaster's expectation, active or past, is no release's estimate.
    expect(
      status('Economists expect inflation to be 2.1% in November 2036.', '2.1%', 2036, 12),
    ).toBeUndefined();
    expect(
      status('Inflation had been expected to be 2.3% in November 2036.', '2.3%', 2036, 12),
    ).toBeUndefined();
    expect(
      status('Inflation was expected to be 2.3% in November 2036.', '2.3%', 2036, 12),
    ).toBeUndefined();
    expect(
      status('Inflation is expected to be 2.1% in December 2036.', '2.1%', 2036, 12),
    ).toBeUndefined();
    expect(
      status('GDP is estimated to have grown 0.3% in the third quarter.', 'grown 0.3%', 2036, 11),
    ).toBeUndefined();
    // The quarter the dateline is in may be the one a release reports on: no telling.
    expect(
      status('GDP is estimated to have grown 0.3% in Q4 2036.', 'grown 0.3%', 2036, 12),
    ).toBeUndefined();
  });
});

describe('estimatedPeriodStatus: a fiscal year named by one year where the fiscal year is known to end in June', () => {
  /** As `status`, with fiscal years ending in `fiscalEnd`. */
  function statusEnding(
    sentence: string,
    stated: string,
    year: number,
    month: number,
    fiscalEnd: number,
  ) {
    const start = sentence.indexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return estimatedPeriodStatus(sentence, start, start + stated.length, {
      year,
      month,
      fiscalEnd,
    });
  }
  // A development bank's regional update, a finance ministry's budget review, a fund's staff
  // statement: "FY32" and "FY2032" name the fiscal year by the year it ends in.
  it.each([
    [
      'Growth is projected at 5.4 percent in FY33, after an estimated 4.1 percent in FY32.',
      '4.1 percent',
      2032,
      4,
      6,
      'expected',
    ],
    [
      'The deficit is estimated at 6.2 percent of GDP in FY2032.',
      '6.2 percent',
      2032,
      9,
      6,
      'actual',
    ],
    [
      'For FY31, tax revenue is estimated at 9.8 percent of GDP.',
      '9.8 percent',
      2032,
      2,
      6,
      'actual',
    ],
    ['Remittances are estimated at $31 billion in FY32.', '$31 billion', 2031, 11, 6, 'expected'],
  ] as const)(
    '"%s": %s dated %i-%i, fiscal years ending in month %i, is %s',
    (sentence, stated, year, month, end, want) => {
      expect(statusEnding(sentence, stated, year, month, end)).toBe(want);
    },
  );

  it('a fiscal year named by one year stays unread where its end is not known (March: named by its start in one country, by its end in another), and in its last month', () => {
    expect(
      statusEnding(
        'The deficit is estimated at 6.2 percent of GDP in FY2032.',
        '6.2 percent',
        2032,
        9,
        3,
      ),
    ).toBeUndefined();
    expect(
      statusEnding('Growth is estimated at 4.1 percent in FY32.', '4.1 percent', 2032, 4, 3),
    ).toBeUndefined();
    expect(
      statusEnding('Growth is estimated at 4.1 percent in FY32.', '4.1 percent', 2032, 6, 6),
    ).toBeUndefined();
  });
});

describe('estimatedPeriodStatus: a full-year estimate stated as the subject of "is" is of the dateline year', () => {
  it.each([
    // A petroleum directorate, a finance ministry and a mining council, dated October 2032.
    ['The full-year estimate in the revised budget is NOK 240 billion.', 'NOK 240 billion'],
    ["The ministry's full-year estimate for the deficit stands at $3.9 billion.", '$3.9 billion'],
    ['The whole-year estimate of coal sales totals 61 million tonnes.', '61 million tonnes'],
  ])('%s: expected', (sentence, stated) => {
    expect(status(sentence, stated, 2032, 10)).toBe('expected');
  });

  it('near-misses: a full-year estimate of a year that is over, one made in the first two months, and a full-year outturn', () => {
    expect(status('The full-year estimate for 2030 is $4 billion.', '$4 billion', 2032, 10)).toBe(
      'actual',
    );
    expect(
      status('The full-year estimate in the budget is $4 billion.', '$4 billion', 2032, 2),
    ).toBeUndefined();
    expect(status('Full-year revenue was $262 billion.', '$262 billion', 2032, 10)).toBeUndefined();
  });
});

describe('laidDownAfter: what a plan or accord lays down for a number, after it', () => {
  /** The words after `stated` in `sentence`. */
  const after = (sentence: string, stated: string): string => {
    const start = sentence.indexOf(stated);
    if (start < 0) throw new Error(`"${stated}" is not in "${sentence}": fix the row`);
    return sentence.slice(start + stated.length);
  };
  it.each([
    // A foreign ministry's summit summary, an EU joint statement, a development bank's note, a
    // regional compact, a housing programme.
    ['About 60 percent of the output is to go to Japanese buyers.', '60 percent'],
    [
      'Leaders agreed on a package of EUR 1.2 billion, of which EUR 300 million is to come from the EU budget.',
      'EUR 300 million',
    ],
    [
      'Leaders agreed on a package of EUR 1.2 billion to be deployed over 2034–2037.',
      'EUR 1.2 billion',
    ],
    [
      'A concessional loan of $450 million to be disbursed in 2035 will fund the port.',
      '$450 million',
    ],
    ['Under the compact, 25% of the new jobs are to go to young people.', '25%'],
    ['Of the $2 billion pledged, $1.4 billion is also to come from the Bank.', '$1.4 billion'],
  ])('reads what is to happen: %s (%s)', (sentence, stated) => {
    expect(laidDownAfter(after(sentence, stated))).toBe(true);
  });
  it.each([
    // Near-misses: "which is to say", a past "were to", a comparison, a pledge already paid, the
    // whole before its part.
    ['The deficit was 3.1% of GDP, which is to say above the limit.', '3.1%'],
    ['Some 30% of the loans were to go to farmers, but most went to traders.', '30%'],
    ['The 2.4% rise is to be compared with 3.1% a year earlier.', '2.4%'],
    ['Donors paid $40 million in 2031, which is to say all they had pledged.', '$40 million'],
    [
      'Leaders agreed on a package of EUR 1.2 billion, of which EUR 300 million is to come from the EU budget.',
      'EUR 1.2 billion',
    ],
    ['Low pay is to blame for 40% of the gap.', '40%'],
  ])('keeps the other readings: %s (%s)', (sentence, stated) => {
    expect(laidDownAfter(after(sentence, stated))).toBe(false);
  });
});

describe('estimatedPeriodStatus: v29: an estimate that names who made it, "estimated by the IMF at"', () => {
  it.each([
    // A summit declaration, a central bank's review, a ministry's note, a statistics release.
    [
      'Global growth, estimated by the IMF at 2.9 percent for this year, remains below average.',
      '2.9 percent',
      2033,
      11,
      'expected',
    ],
    [
      'The deficit for 2034 is estimated by the Treasury at 3.1% of GDP.',
      '3.1%',
      2033,
      12,
      'expected',
    ],
    [
      'Output in 2031 was estimated by the statistics office at $412 billion.',
      '$412 billion',
      2033,
      3,
      'actual',
    ],
    [
      'The harvest for 2032-33 is estimated by the ministry of agriculture at 41 million tonnes.',
      '41 million tonnes',
      2033,
      1,
      'expected',
    ],
    // Near-misses: no period named, a rise "by" a body with no "at", a "by" naming a change.
    ['Losses are estimated by insurers at $4 billion.', '$4 billion', 2033, 5, undefined],
    ['Prices were raised by the board to $12 in 2034.', '$12', 2033, 5, undefined],
    ['Exports in 2034 are estimated to rise by 4%.', '4%', 2033, 5, undefined],
  ] as const)('%s (%s, dated %i-%i) → %s', (sentence, stated, year, month, want) => {
    expect(status(sentence, stated, year, month)).toBe(want);
  });
});

describe('v37: an estimate in the active voice, "estimates X at", names its period in its object', () => {
  it.each([
    // An export agency, a treasury, a ministry's budget note, a central bank, a remittance report,
    // a statistics office, a regional government: the estimating verb or noun with its object
    // and "at", the object's period in the running year (or the next).
    [
      'The agency estimates wheat export earnings in 2031 at US$6.2 billion.',
      'US$6.2 billion',
      'expected',
    ],
    ['The treasury now estimates the deficit for 2031 at 3.1% of GDP.', '3.1%', 'expected'],
    ['The current-year estimate puts tax receipts at A$712 billion.', 'A$712 billion', 'expected'],
    [
      'The central bank estimated the current account gap for 2031 at 2.2% of GDP.',
      '2.2%',
      'expected',
    ],
    [
      'Our latest estimate places 2031 remittance inflows at US$18 billion.',
      'US$18 billion',
      'expected',
    ],
    [
      'The regional government estimates tourism revenue for 2032 at C$1.9 billion.',
      'C$1.9 billion',
      'expected',
    ],
    // Near-misses: the same estimates of a year that is over.
    [
      'The agency estimates wheat export earnings in 2030 at US$5.8 billion.',
      'US$5.8 billion',
      'actual',
    ],
    [
      'The central bank estimated the current account gap for 2030 at 2.6% of GDP.',
      '2.6%',
      'actual',
    ],
    [
      'The ministry estimates the cost of the 2030 floods at €900 million.',
      '€900 million',
      'actual',
    ],
  ] as const)('"%s": %s dated 2031-04 is %s', (sentence, stated, want) => {
    expect(status(sentence, stated, 2031, 4)).toBe(want);
  });

  it('an estimate that names no period, or a that-clause, is left to the other readings', () => {
    expect(
      status(
        'The agency estimates wheat export earnings at US$6 billion.',
        'US$6 billion',
        2031,
        4,
      ),
    ).toBeUndefined();
    expect(
      status('The office estimates that exports rose 3% in 2030.', '3%', 2031, 4),
    ).toBeUndefined();
  });
});
