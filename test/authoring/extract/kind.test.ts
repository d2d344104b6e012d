// The reader of what a percent is of, on its own: a change of a level or a part of a whole, from
// the noun bound to the number, a change noun heading the subject, or a verb that raised something
// "by" it. Every sentence is our own; the grammar tests read the same numbers through the whole
// extractor.

import { describe, expect, it } from 'vitest';
import { changeAcronyms, percentOf } from '../../../src/authoring/extract/kind.ts';

/** The words before and after the first `N%` (or `N per cent`) in a sentence. */
function around(sentence: string): [string, string] {
  const m = /\d[\d.,]*\s?(?:%|per\s?cent)/.exec(sentence);
  if (!m) throw new Error(`no percent in "${sentence}": fix the row`);
  return [sentence.slice(0, m.index), sentence.slice(m.index + m[0].length)];
}

const read = (sentence: string) => {
  const r = percentOf(...around(sentence));
  return r && { kind: r.kind, bound: r.bound, fall: r.fallAt !== undefined };
};

describe('percentOf: a noun bound to the number', () => {
  it.each([
    ['The board granted a pay award of 3.2% to all grades.', 'change'],
    ['Fares carry an adjustment of 4.5% from July.', 'change'],
    ['Members saw a 5.1% uprating of their pensions.', 'change'],
    ['The fund posted a return of 7.4% for the year.', 'change'],
    ['The notes pay a coupon of 3.875% twice a year.', 'share'],
    ['The headline rate of 20% applies to most goods.', 'share'],
    ['Lenders hold a capital ratio of 14.2% on average.', 'share'],
  ] as const)('"%s" is a %s', (sentence, kind) => {
    expect(read(sentence)).toMatchObject({ kind, bound: true });
  });

  it('a rate of inflation or growth is a change, an internal rate of return a share', () => {
    expect(read('Prices rose at an inflation rate of 2.9% last year.')?.kind).toBe('change');
    expect(read('The scheme shows an internal rate of return of 8% on its outlay.')?.kind).toBe(
      'share',
    );
  });
});

describe('percentOf: a change noun heading the subject', () => {
  it('a rise named by the subject, sized by its verb, is a change', () => {
    expect(read('Increases in water charges averaged 6.1% across the regions.')).toEqual({
      kind: 'change',
      bound: false,
      fall: false,
    });
  });

  it('a fall named by the subject takes its sign from the noun', () => {
    expect(read('Reductions in grant funding averaged 4 per cent in the period.')).toEqual({
      kind: 'change',
      bound: false,
      fall: true,
    });
  });
});

describe('percentOf: a verb that raised something "by" it', () => {
  it('"uprated by" and "lift charges by no more than" are changes', () => {
    expect(read('Allowances were uprated by 3% in April.')?.kind).toBe('change');
    expect(read('The regulator will lift charges by no more than 6% a year.')?.kind).toBe('change');
  });

  it('"backed by" and "hit by" raise nothing, so they say nothing of the kind', () => {
    expect(read('The motion was backed by 58% of members.')).toBeUndefined();
    expect(read('Exporters were hit by 3% tariffs on steel.')).toBeUndefined();
  });
});

describe('percentOf: no cue', () => {
  it('a bare percent with nothing bound to it is left to the other readings', () => {
    expect(read('About 41% said they would apply again.')).toBeUndefined();
  });
});

describe('percentOf: the German "um" of a change\'s size', () => {
  it('"stiegen um", "legten um … zu", "um rund … über dem Vorjahr" are changes', () => {
    // A finance ministry's monthly report, a statistics office's release, a Land's budget note.
    expect(read('Die Steuereinnahmen stiegen im Mai um 3,8 % auf 61,2 Mrd. €.')?.kind).toBe(
      'change',
    );
    expect(read('Die Exporte legten gegenüber dem Vorjahresmonat um 2,6 % zu.')?.kind).toBe(
      'change',
    );
    expect(
      read('Die Personalausgaben des Landes lagen um rund 4,1 % über dem Vorjahr.')?.kind,
    ).toBe('change');
  });

  it('"um die" (about) before a level, a capital "Um" and a level with no "um" say nothing', () => {
    expect(read('Die Quote schwankte um die 5 % im ganzen Jahr.')).toBeUndefined();
    expect(read('The Um 5% notes were retired in 2031.')).toBeUndefined();
    expect(read('Die Arbeitslosenquote lag bei 5,8 % im Oktober.')).toBeUndefined();
  });

  it('a fall: its verb before "um" gives where the stated words start, its verb or comparative after the number where they end; a rise and "um die" give neither', () => {
    const raw = (sentence: string) => percentOf(...around(sentence));
    // A finance ministry's tax report, a statistics office's release, a state bank's note.
    expect(raw('während die Bundessteuern um 1,7 % zurückgingen.')).toEqual({
      kind: 'change',
      bound: false,
      fallEnd: 13,
    });
    expect(raw('Die Zahl der Insolvenzen ist um 4,5 % gesunken.')?.fallEnd).toBe(9);
    expect(raw('Die Arbeitslosen gingen im Oktober um 2,1 % zurück.')?.fallEnd).toBe(7);
    expect(raw('Die Industrieproduktion war um 1,2 % niedriger als im Vormonat.')?.fallEnd).toBe(
      10,
    );
    expect(raw('Die Einnahmen sanken um 2,3 % auf 41,2 Mrd. €.')?.fallAt).toBe(14);
    expect(
      raw('Die Umsätze verringerten sich im Oktober um 3,0 % gegenüber dem Vorjahresmonat.')
        ?.fallAt,
    ).toBe(12);
    // Near-misses: a rise, a rise before a fall's clause, and a level.
    expect(raw('Die Exporte legten gegenüber dem Vorjahresmonat um 2,6 % zu.')).toEqual({
      kind: 'change',
      bound: false,
    });
    expect(raw('Die Löhne stiegen um 3,1 %, während die Preise zurückgingen.')).toEqual({
      kind: 'change',
      bound: false,
    });
    expect(raw('Die Quote schwankte um die 5 % und ging zurück.')).toBeUndefined();
  });

  it('u3: "um" a percent "unter dem Vorjahr" is a fall below the earlier level; "über dem Vorjahr" a rise', () => {
    const raw = (sentence: string) => percentOf(...around(sentence));
    // A statistics office's trade release, a Land's tax report, a chamber's survey note.
    expect(raw('Die Exporte lagen im Oktober um 2,4 % unter dem Vorjahresniveau.')?.fallEnd).toBe(
      6,
    );
    expect(raw('Die Steuereinnahmen blieben um 1,3 % unter dem Vorjahr.')?.fallEnd).toBe(6);
    expect(raw('Der Umsatz lag um rund 0,8 % unter den Werten des Vorjahres.')?.fallEnd).toBe(6);
    expect(raw('Die Einfuhren lagen um 3,2 % unter dem Niveau von 2030.')?.fallEnd).toBe(6);
    // Near-misses: a rise over the year before, and a level's bound before the number.
    expect(raw('Die Personalausgaben lagen um 4,1 % über dem Vorjahr.')).toEqual({
      kind: 'change',
      bound: false,
    });
    expect(raw('Die Inflation blieb um unter 2 % im Jahresmittel.')).toEqual({
      kind: 'change',
      bound: false,
    });
  });
});

describe('v23: a verb of readjusting, revaluing or indexing "by" a percent is a change', () => {
  it.each([
    // A social-security fund's headline, a labour ministry's decree, a pension fund's notice.
    ['INSS benefits readjusted by 4.71% in 2032'],
    ['Minimum wage (SMIC) revalued by 1.9% on 1 January'],
    ['Retirement pensions will be readjusted by 4.71%, the change in the INPC.'],
    ['Pensions in payment are indexed by 2.6% from 1 July.'],
    ['Statutory pensions will be adjusted by 3.74% on 1 July.'],
    ['Allowances were revalorised by 1.8% in April.'],
  ])('"%s" is a change', (sentence) => {
    expect(read(sentence)?.kind).toBe('change');
  });
  it.each([
    // Near-misses: "adjusted" for seasons, a share adjusted for, a rate indexed to a level.
    ['The seasonally adjusted rate was 4.1% in May.'],
    ['Adjusted for inflation, the share was 12% of spending.'],
  ])('"%s" names no change', (sentence) => {
    expect(read(sentence)?.kind).not.toBe('change');
  });
});

describe('v105: a payment indexed, uprated or readjusted "at" a percent is a change', () => {
  it.each([
    ['Port tariffs were indexed at 4% for 2031.'],
    ['Family allowances are readjusted at 5.2% from January.'],
    ['Water charges were revalued at 4.4 per cent.'],
  ])('"%s" is a change', (sentence) => {
    expect(read(sentence)?.kind).toBe('change');
  });
  it.each([
    // Near-misses: a margin over the index, and no verb of indexing.
    ['The coupon is indexed at 1.5% above inflation.'],
    ['The loan was priced at 4% for 2031.'],
  ])('"%s" says nothing of a change', (sentence) => {
    expect(read(sentence)?.kind).not.toBe('change');
  });
});

describe('v105: a label that opens on a noun of change and what changed', () => {
  it.each([['Increase in employment: 1.1%'], ['Gain in productivity, 2030: 0.9%']])(
    '"%s" is a change',
    (sentence) => {
      expect(read(sentence)?.kind).toBe('change');
    },
  );
  it.each([['Share of growth in exports: 31.5%'], ['Unemployment rate: 5.2%']])(
    '"%s" is no change label',
    (sentence) => {
      expect(read(sentence)?.kind).not.toBe('change');
    },
  );
});

describe('v23: an acronym the text gives a noun of change reads as that noun', () => {
  it.each([
    ['The average annualised wage increase (AAWI) for agreements approved was 3.9%.', ['AAWI']],
    ['Pensioners will receive a cost-of-living adjustment (COLA) of 2.4%.', ['COLA']],
    ['The annual pension uprating (APU) takes effect in April.', ['APU']],
    // Near-misses: a level's acronym, a fall's, a bracket of words.
    ['The unemployment rate (UR) was 5%.', []],
    ['The real wage decline (RWD) was 1.2%.', []],
    ['The pay increase (see Table 2) was 3%.', []],
  ] as const)('changeAcronyms(%j) is %j', (text, want) => {
    expect(changeAcronyms(text)).toEqual(want);
  });
  it.each([
    ['For all current agreements, the AAWI was ', ['AAWI'], 'change'],
    ['Public-sector agreements recorded an AAWI of ', ['AAWI'], 'change'],
    [
      'The average annualised wage increase (AAWI) for agreements approved in the quarter was ',
      ['AAWI'],
      'change',
    ],
    // Near-misses: no acronym given, another acronym before the number.
    ['For all current agreements, the AAWI was ', [], undefined],
    ['Coverage by the WAD was ', ['AAWI'], undefined],
  ] as const)('percentOf(%j) with %j is %s', (before, acronyms, kind) => {
    expect(percentOf(before, ' in the quarter.', acronyms)?.kind).toBe(kind);
  });
});

describe('percentOf: the head noun of a label line (v95)', () => {
  it.each([
    // an actuary's best-estimate assumptions
    'Price increase: 2.1% a year',
    'Real-wage increase: 1.0% a year',
    // a pension fund valuation, as a marked item with its qualifier
    'Salary increases: 3.5% a year, plus a promotional scale',
    // a qualifier after a comma and the period it averages over, in brackets
    'Real rate of return, base plan (average 2025-2099): 3.84%',
    // a company's pension note
    'Rate of salary increase: 3.0% a year',
    // a ministry's long-term projection
    'Fund rate of return (average 2028-2097): 4.3 per cent a year',
    // a rating agency's base case
    'Annual premium growth: 6%',
  ])('"%s" is a change', (line) => {
    expect(read(line)).toMatchObject({ kind: 'change' });
  });

  it.each([
    // a level: the label's head is a rate, a return on capital, a share, a ratio
    'Discount rate: 5.2%',
    'Return on equity: 11.4%',
    'Internal rate of return: 8%',
    'Share of the increase: 40%',
    'Solvency ratio: 211%',
  ])('"%s" names no change', (line) => {
    expect(read(line)?.kind).not.toBe('change');
  });
});
