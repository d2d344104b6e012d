// Tests for src/authoring/extract.ts: each inclusion and exclusion class, speakers from document
// structure, code-point offsets, the seed floor, precision/recall on our own documents, and that
// every draft passes the real validator.

import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  draftFigureFile,
  extractCandidates,
  DRAFT_NOTE,
  type Candidate,
} from '../../src/authoring/extract.ts';
import { validateData } from '../../src/data/validate.ts';
import type { Figure, FigureKind, FigureStatus, Unit } from '../../src/model/figure.ts';

const root = resolve(import.meta.dirname, '../..');
const SEED_ID = 'mofa-2002-10-14-kawaguchi-putin';

/** One paragraph a line, blank lines between, as the source documents are laid out. */
function doc(...paragraphs: string[]): string {
  return paragraphs.join('\n\n');
}

/** A speaker heading followed by its bullets, in the seed's own layout. */
function turn(marker: string, heading: string, ...bullets: string[]): string {
  return doc(`${marker} ${heading}`, ...bullets.map((b) => `  • ${b}`));
}

function brief(c: Candidate) {
  return { stated: c.stated.text, kind: c.kind, value: c.value, unit: c.unit };
}

type Proposed = [
  stated: string,
  kind: FigureKind,
  value: number | { low: number; high: number },
  unit: Unit,
  status: FigureStatus,
];

/** One round's table of constructions: each text yields exactly these drafts, in order. */
function itProposes(cases: { name: string; text: string; expected: Proposed[] }[]) {
  it.each(cases)('$name', ({ text, expected }) => {
    const found = extractCandidates(text, 'doc');
    expect(found.map((c) => [c.stated.text, c.kind, c.range ?? c.value, c.unit, c.status])).toEqual(
      expected,
    );
  });
}

describe('extractCandidates: what it proposes', () => {
  const cases: {
    name: string;
    text: string;
    expected: { stated: string; kind: FigureKind; value: number; unit: Unit }[];
  }[] = [
    {
      name: 'percent change with verb',
      text: 'Exports increased 40% over the previous year.',
      expected: [{ stated: 'increased 40%', kind: 'change', value: 40, unit: 'percent' }],
    },
    {
      name: 'percent share "30% of"',
      text: 'Japanese capital accounts for 30% of Sakhalin 1.',
      expected: [{ stated: '30% of Sakhalin 1', kind: 'share', value: 30, unit: 'percent' }],
    },
    {
      name: 'decimal "percent" word',
      text: 'Wages rose by 12.5 percent.',
      expected: [{ stated: 'rose by 12.5 percent', kind: 'change', value: 12.5, unit: 'percent' }],
    },
    {
      name: 'decrease is negative',
      text: 'Imports fell 3% last year.',
      expected: [{ stated: 'fell 3%', kind: 'change', value: -3, unit: 'percent' }],
    },
    {
      name: 'noun form "a 15% increase"',
      text: 'The port reported a 15% increase in cargo.',
      expected: [{ stated: '15% increase', kind: 'change', value: 15, unit: 'percent' }],
    },
    {
      name: 'dollar amount with scale',
      text: 'So far Japan has invested $1 billion.',
      expected: [{ stated: '$1 billion', kind: 'amount', value: 1e9, unit: 'USD' }],
    },
    {
      name: 'US$ with million',
      text: 'The bank lent US$400 million to the port.',
      expected: [{ stated: 'US$400 million', kind: 'amount', value: 4e8, unit: 'USD' }],
    },
    {
      name: 'yen with billion',
      text: 'The ministry will spend ¥120 billion on roads.',
      expected: [{ stated: '¥120 billion', kind: 'amount', value: 1.2e11, unit: 'JPY' }],
    },
    {
      name: 'currency word after the number',
      text: 'Revenue reached 96 million euros.',
      expected: [{ stated: '96 million euros', kind: 'amount', value: 9.6e7, unit: 'EUR' }],
    },
    {
      name: '"had doubled"',
      text: 'Direct investment to Russia had doubled over the previous year.',
      expected: [{ stated: 'had doubled', kind: 'change', value: 100, unit: 'percent' }],
    },
    {
      name: '"tripled"',
      text: 'Freight volumes tripled.',
      expected: [{ stated: 'tripled', kind: 'change', value: 200, unit: 'percent' }],
    },
    {
      name: '"twofold" with a change',
      text: 'Output grew twofold in two years.',
      expected: [{ stated: 'grew twofold', kind: 'change', value: 100, unit: 'percent' }],
    },
    {
      name: '"fell by half"',
      text: 'Tariffs fell by half.',
      expected: [{ stated: 'fell by half', kind: 'change', value: -50, unit: 'percent' }],
    },
    {
      name: 'fraction "cut by a third"',
      text: 'Costs were cut by a third.',
      expected: [{ stated: 'cut by a third', kind: 'change', value: -33.33, unit: 'percent' }],
    },
    {
      name: 'future "to double"',
      text: 'Sales are expected to double by 2030.',
      expected: [{ stated: 'double', kind: 'change', value: 100, unit: 'percent' }],
    },
    {
      // The product charts what the text states: two amounts, never a change computed from them.
      name: '"from X to Y" amounts are two amounts',
      text: 'Revenue grew from $2 billion to $3 billion.',
      expected: [
        { stated: '$2 billion', kind: 'amount', value: 2e9, unit: 'USD' },
        { stated: '$3 billion', kind: 'amount', value: 3e9, unit: 'USD' },
      ],
    },
    {
      // Two levels of a rate: their difference is in points, never a relative change.
      name: '"from X to Y" percentages are two levels',
      text: 'The rate went from 12% to 18% last year.',
      expected: [
        { stated: '12%', kind: 'share', value: 12, unit: 'percent' },
        { stated: '18%', kind: 'share', value: 18, unit: 'percent' },
      ],
    },
    {
      // Ships are no unit of the contract, and a change computed from them is no stated figure.
      name: '"from X to Y" counts are no figure',
      text: 'Cargo rose from 120 to 180 ships.',
      expected: [],
    },
    // Issue #14.2: the language of official prose.
    ...(
      [
        ['went up by', 'Exports went up by 11 percent.', 'went up by 11 percent', 11],
        ['were up by', 'Exports were up by 2.1%.', 'were up by 2.1%', 2.1],
        ['went down by', 'Imports went down by 5.7%.', 'went down by 5.7%', -5.7],
        [
          'increasing by',
          'Investment kept increasing by 17.3 percent.',
          'increasing by 17.3 percent',
          17.3,
        ],
        ['surging', 'Exports rose, surging 21.7 percent.', 'surging 21.7 percent', 21.7],
        [
          'narrowed (sign from the verb)',
          'Lending narrowed 8.2 percent.',
          'narrowed 8.2 percent',
          -8.2,
        ],
        ['higher by', 'GDP was higher by 0.6% than before.', 'higher by 0.6%', 0.6],
        ['comparative greater', 'Deliveries were 18 % greater than in 2029.', '18 % greater', 18],
        ['comparative lower', 'Output was 3% lower than planned.', '3% lower', -3],
        ['comparative more', 'They earned 4 percent more than in May.', '4 percent more', 4],
        ['averaged (a rate)', 'Inflation averaged 4.7% in the quarter.', '4.7%', 4.7],
        [
          'eased to (a level of a rate)',
          'Core inflation eased to 3.9 percent.',
          '3.9 percent',
          3.9,
        ],
        ['reduce … by', 'It could reduce GDP by 5 %.', 'reduce GDP by 5 %', -5],
        [
          'an average of',
          'GDP grew by an average of 1.3 percent.',
          'grew by an average of 1.3 percent',
          1.3,
        ],
      ] as const
    ).map(([name, text, stated, value]) => ({
      name,
      text,
      expected: [{ stated, kind: 'change' as FigureKind, value, unit: 'percent' as Unit }],
    })),
    {
      name: 'percentage points, never converted to percent',
      text: 'The deficit widened by 1.5 percentage points.',
      expected: [
        {
          stated: 'widened by 1.5 percentage points',
          kind: 'change',
          value: 1.5,
          unit: 'percentage-points',
        },
      ],
    },
    {
      name: 'percentage points lower',
      text: 'The rate was 0.4 percentage points lower than a year earlier.',
      expected: [
        {
          stated: '0.4 percentage points lower',
          kind: 'change',
          value: -0.4,
          unit: 'percentage-points',
        },
      ],
    },
    {
      name: 'number words',
      text: 'Ninety-five percent of firms, the survey found, expect higher prices.',
      expected: [
        { stated: 'Ninety-five percent of firms', kind: 'share', value: 95, unit: 'percent' },
      ],
    },
    {
      name: 'a fraction of',
      text: 'Members hold a third of world output.',
      expected: [
        { stated: 'a third of world output', kind: 'share', value: 33.33, unit: 'percent' },
      ],
    },
    {
      name: 'half of, three quarters of',
      text: 'Half of the adults, and three quarters of firms, agreed.',
      expected: [
        { stated: 'Half of the adults', kind: 'share', value: 50, unit: 'percent' },
        { stated: 'three quarters of firms', kind: 'share', value: 75, unit: 'percent' },
      ],
    },
    {
      name: '"make up" is a share, not a change',
      text: 'Services now make up 22 percent of world trade.',
      expected: [
        { stated: '22 percent of world trade', kind: 'share', value: 22, unit: 'percent' },
      ],
    },
    {
      name: 'respectively: the second number keeps the verb',
      text: 'Prices went up by 14 % and 9.5 %, respectively.',
      expected: [
        { stated: 'went up by 14 %', kind: 'change', value: 14, unit: 'percent' },
        { stated: '9.5 %', kind: 'change', value: 9.5, unit: 'percent' },
      ],
    },
    {
      name: 'a verb left out in a list: "…, investment by 2.8%" keeps the change',
      text: 'Consumption increased by 5.1%, investment by 2.8% and stocks by 7.5%.',
      expected: [
        { stated: 'increased by 5.1%', kind: 'change', value: 5.1, unit: 'percent' },
        { stated: '2.8%', kind: 'change', value: 2.8, unit: 'percent' },
        { stated: '7.5%', kind: 'change', value: 7.5, unit: 'percent' },
      ],
    },
    {
      name: 'a bracketed percent after a changed amount is the same change',
      text: 'Exports rose by $117 billion (7.6 percent); fuel grew by $2.1 billion (3.3 percent) and $1.4 billion (2.7 percent).',
      expected: [
        { stated: '$117 billion', kind: 'amount', value: 117000000000, unit: 'USD' },
        { stated: '7.6 percent', kind: 'change', value: 7.6, unit: 'percent' },
        { stated: '$2.1 billion', kind: 'amount', value: 2100000000, unit: 'USD' },
        { stated: '3.3 percent', kind: 'change', value: 3.3, unit: 'percent' },
        { stated: '$1.4 billion', kind: 'amount', value: 1400000000, unit: 'USD' },
        { stated: '2.7 percent', kind: 'change', value: 2.7, unit: 'percent' },
      ],
    },
    {
      name: 'a rate named after its number: "the 2% inflation target" is a change',
      text: 'Policy aims at the 2% inflation target.',
      expected: [{ stated: '2%', kind: 'change', value: 2, unit: 'percent' }],
    },
    {
      name: '"the 2nd quarter of 2031" is time, not a share',
      text: 'In the 2nd quarter of 2031 GDP grew 1.8%.',
      expected: [{ stated: 'grew 1.8%', kind: 'change', value: 1.8, unit: 'percent' }],
    },
    {
      name: 'a growth rate from one year to the next: two levels',
      text: 'Growth is projected to slow from 3.1% in 2030 to 2.7% in 2031.',
      expected: [
        { stated: '3.1%', kind: 'change', value: 3.1, unit: 'percent' },
        { stated: '2.7%', kind: 'change', value: 2.7, unit: 'percent' },
      ],
    },
    ...(
      [
        ['yuan', 'GDP reached 3.46 trillion yuan.', '3.46 trillion yuan', 3.46e12, 'CNY'],
        ['won', 'They earned 6.2 trillion won.', '6.2 trillion won', 6.2e12, 'KRW'],
        ['roubles', 'Profits were 2.1 trillion roubles.', '2.1 trillion roubles', 2.1e12, 'RUB'],
        ['EUR bn', 'Revenue was EUR 1.2bn.', 'EUR 1.2bn', 1.2e9, 'EUR'],
        ['€ m', 'The grant is €300m.', '€300m', 3e8, 'EUR'],
      ] as const
    ).map(([name, text, stated, value, unit]) => ({
      name: `currency: ${name}`,
      text,
      expected: [{ stated, kind: 'amount' as FigureKind, value, unit: unit as Unit }],
    })),
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    expect(extractCandidates(text, 'doc').map(brief)).toEqual(expected);
  });
});

describe('extractCandidates: unseen constructions (round 5 misses on real texts)', () => {
  // Each rule is general; the sentences are ours, in the voice of the publishers that showed them.
  const cases: {
    name: string;
    text: string;
    expected: [stated: string, kind: FigureKind, value: number, status: 'actual' | 'expected'][];
    /** The sentences quoted, where the case is about where sentences end. */
    quotes?: string[];
  }[] = [
    {
      name: 'a negative level after "up from"; the hedge stays with the figure compared',
      text: 'Inflation is expected to be 0.2% in May, up from -0.3% in April.',
      expected: [
        ['0.2%', 'change', 0.2, 'expected'],
        ['-0.3%', 'change', -0.3, 'actual'],
      ],
    },
    {
      name: 'negative levels in brackets, "compared with" a base',
      text: 'Fuels are expected to show the lowest annual rate (−6.4%, compared with –7.2% in April).',
      expected: [
        ['−6.4%', 'change', -6.4, 'expected'],
        ['–7.2%', 'change', -7.2, 'actual'],
      ],
    },
    {
      name: 'a base after "against" keeps its status when an amount is forecast',
      text: 'Revenue is projected at $4 billion, against $3 billion a year earlier.',
      expected: [
        ['$4 billion', 'amount', 4e9, 'expected'],
        ['$3 billion', 'amount', 3e9, 'actual'],
      ],
    },
    {
      name: '"corresponding quarter of the previous year" is time, not a 25 % share',
      text: 'Output was higher by 1.6% than in the corresponding quarter of the previous year.',
      expected: [['higher by 1.6%', 'change', 1.6, 'actual']],
    },
    {
      name: 'a second number after "this year and", without "by"',
      text: 'The economy will expand by 1.8% this year and 2.2% in 2032.',
      expected: [
        ['expand by 1.8%', 'change', 1.8, 'expected'],
        ['2.2%', 'change', 2.2, 'expected'],
      ],
    },
    {
      name: 'a level compared with a change is a change; ", which" starts its own clause',
      text: 'Output will grow by 2% in 2032, which is below long-run averages of about 2.9%.',
      expected: [
        ['grow by 2%', 'change', 2, 'expected'],
        ['2.9%', 'change', 2.9, 'actual'],
      ],
    },
    {
      name: '"an increase in GDP of 0.8%"',
      text: 'Estimates show a year on year increase in Gross Domestic Product (GDP) of 0.8%.',
      expected: [['increase in Gross Domestic Product (GDP) of 0.8%', 'change', 0.8, 'actual']],
    },
    {
      name: 'a bare heading "14%:" means what its sentence says of 14 %',
      text: '14%: Exporting plants can pay up to 14 percent more per hour.',
      expected: [
        ['14%', 'change', 14, 'expected'],
        ['14 percent more', 'change', 14, 'expected'],
      ],
    },
    {
      name: 'a title line without a stop is its own sentence; so is a "*" footnote',
      text: 'Flash estimate for the 3rd quarter of 2031\nThe index rose 0.4%.\n*Revised in relation to the release of 12 August 2031\nThe data may be revised.',
      expected: [['rose 0.4%', 'change', 0.4, 'actual']],
      quotes: ['The index rose 0.4%.'],
    },
    {
      name: 'a plus sign states a change, in a heading and in brackets',
      text: 'Registrations: +8.2% in May. Gains came in Nordland (+6.4%) and Westmark (+2.9%).',
      expected: [
        ['+8.2%', 'change', 8.2, 'actual'],
        ['+6.4%', 'change', 6.4, 'actual'],
        ['+2.9%', 'change', 2.9, 'actual'],
      ],
    },
    {
      name: 'any n-fold from two to ten',
      text: 'Lower duties led to a five-fold increase in sales and a 10-fold rise in orders.',
      expected: [
        ['five-fold increase', 'change', 400, 'actual'],
        ['10-fold rise', 'change', 900, 'actual'],
      ],
    },
    {
      name: '"estimated to have increased" is a past estimate, not a forecast',
      text: 'GDP was estimated to have increased by 0.3% in Quarter 1 2031.',
      expected: [['increased by 0.3%', 'change', 0.3, 'actual']],
    },
    {
      name: 'a policy rate named after inflation is a level, not a change',
      text: 'As inflation picked up, the Council voted to raise the policy rate to 5.65% from 5.4%.',
      expected: [
        ['5.65%', 'share', 5.65, 'actual'],
        ['5.4%', 'share', 5.4, 'actual'],
      ],
    },
    {
      name: '"The agreements we reached, to treble …" are commitments',
      text: 'The agreements we reached today, to treble the fund to $600 billion, stand.',
      expected: [
        ['treble', 'change', 200, 'expected'],
        ['$600 billion', 'amount', 6e11, 'expected'],
      ],
    },
    {
      name: 'a percent after "or" restates a fall: the change takes the minus, the amount is its size',
      text: 'Revenue showed a decrease of 131 million dollars or 6.9% on the year.',
      expected: [
        ['decrease of 131 million dollars', 'amount', 131e6, 'actual'],
        ['decrease of 131 million dollars or 6.9%', 'change', -6.9, 'actual'],
      ],
    },
    {
      name: 'a wide gap before a capital ends a sentence',
      text: 'Mining took 3.3 percent    Crops are planned to earn 23 percent of the plan.',
      expected: [
        ['3.3 percent', 'share', 3.3, 'actual'],
        ['23 percent of the plan', 'share', 23, 'expected'],
      ],
    },
    {
      name: 'hard-wrapped lines that end mid-sentence stay one sentence',
      text: 'Exports to the region rose 5 per cent in\nJanuary, and the ministry expects a further\nrise of 2 per cent.',
      expected: [
        ['rose 5 per cent', 'change', 5, 'actual'],
        ['rise of 2 per cent', 'change', 2, 'expected'],
      ],
    },
  ];
  it.each(cases)('$name', ({ text, expected, quotes }) => {
    const found = extractCandidates(text, 'doc');
    expect(found.map((c) => [c.stated.text, c.kind, c.value, c.status])).toEqual(expected);
    if (quotes) expect(found.map((c) => c.quote.exact)).toEqual(quotes);
  });
});

describe('extractCandidates: unseen constructions (round 6 misses on real texts)', () => {
  // General rules, each from a miss on real texts not in the repository; the sentences are ours.
  type Value = number | { low: number; high: number };
  const cases: {
    name: string;
    text: string;
    expected: [stated: string, kind: FigureKind, value: Value, unit: Unit, status: FigureStatus][];
  }[] = [
    {
      name: 'fractions in digits; a policy rate\'s "target" is a setting, not a goal',
      text: 'The Bank is holding its target for the overnight rate at 2 1/2 per cent, and the Bank Rate stays at 2¾ per cent.',
      expected: [
        ['2 1/2 per cent', 'share', 2.5, 'percent', 'actual'],
        ['2¾ per cent', 'share', 2.75, 'percent', 'actual'],
      ],
    },
    {
      name: 'a vulgar fraction alone is a number',
      text: 'The Bank held its target for the overnight rate at ¼ %, with the Bank Rate at ½ %.',
      expected: [
        ['¼ %', 'share', 0.25, 'percent', 'actual'],
        ['½ %', 'share', 0.5, 'percent', 'actual'],
      ],
    },
    {
      name: 'a projection whose subject is several words long',
      text: 'The Bank projects global GDP growth to moderate from 6¾ % in 2021 to about 3½ % in 2022.',
      expected: [
        ['6¾ %', 'change', 6.75, 'percent', 'actual'],
        ['3½ %', 'change', 3.5, 'percent', 'expected'],
      ],
    },
    {
      name: 'a rate band in fractions is a range',
      text: 'The Committee today decided to set the target range for the federal funds rate at 3-3/4 to 4 percent.',
      expected: [['3-3/4 to 4 percent', 'share', { low: 3.75, high: 4 }, 'percent', 'actual']],
    },
    {
      name: 'basis points are hundredths of a point, with the sign of the move',
      text: 'The Council voted to cut the policy rate by 75 basis points to 3.6%.',
      expected: [
        ['cut the policy rate by 75 basis points', 'change', -0.75, 'percentage-points', 'actual'],
        ['3.6%', 'share', 3.6, 'percent', 'actual'],
      ],
    },
    {
      name: 'a policy move whose rate has a long name keeps its verb',
      text: 'The Bank today lowered its target for the overnight rate by 50 bps.',
      expected: [
        [
          'lowered its target for the overnight rate by 50 bps',
          'change',
          -0.5,
          'percentage-points',
          'actual',
        ],
      ],
    },
    {
      name: 'a goal the speaker seeks is expected',
      text: 'The Committee seeks to achieve inflation at the rate of 2 percent over the longer run.',
      expected: [['2 percent', 'change', 2, 'percent', 'expected']],
    },
    {
      name: 'a fall in money: the words carry the direction, the amount its size',
      text: 'Current-dollar output rose $249.4 billion, a downward revision in change of $19.4 billion.',
      expected: [
        ['$249.4 billion', 'amount', 249.4e9, 'USD', 'actual'],
        ['downward revision in change of $19.4 billion', 'amount', 19.4e9, 'USD', 'actual'],
      ],
    },
    {
      name: 'the currency code between the number and its scale',
      text: 'Non-oil exports were 33.00 USD billion in March.',
      expected: [['33.00 USD billion', 'amount', 33e9, 'USD', 'actual']],
    },
    {
      name: 'a bare amount is counted in the one currency its sentence named before it',
      text: 'It was planned to earn 2.3 billion US dollars, and 1.8 billion was earned.',
      expected: [
        ['2.3 billion US dollars', 'amount', 2.3e9, 'USD', 'expected'],
        ['1.8 billion', 'amount', 1.8e9, 'USD', 'actual'],
      ],
    },
    {
      name: '"a doubling of" is a change of +100 %',
      text: 'The Executive Board approved a doubling of the credit lines.',
      expected: [['doubling', 'change', 100, 'percent', 'actual']],
    },
    {
      name: 'a sum decided to be made available is in force, as a loan decided is',
      text: 'The partners decided to make available about USD 35 billion to rebuild ports.',
      expected: [['USD 35 billion', 'amount', 35e9, 'USD', 'actual']],
    },
    {
      name: "an instrument's size is not hedged by what it will do",
      text: 'A new $2 million grant will support the fight against livestock diseases.',
      expected: [['$2 million', 'amount', 2e6, 'USD', 'actual']],
    },
  ];
  it.each(cases)('$name', ({ text, expected }) => {
    const found = extractCandidates(text, 'doc');
    expect(found.map((c) => [c.stated.text, c.kind, c.range ?? c.value, c.unit, c.status])).toEqual(
      expected,
    );
  });

  it.each([
    {
      name: 'a bare scaled count',
      text: 'Exports rose to $5 billion, and 4.6 million tons were shipped.',
    },
    {
      name: 'a bare number with two currencies named',
      text: 'Sales were $5 million and €3 million, and 2 billion was lent.',
    },
    {
      name: 'a count after an unscaled price',
      text: 'Some 263 million live on less than $1.90 a day and 2 billion on less than $3.20 a day.',
    },
  ])('proposes no amount for $name', ({ text }) => {
    const found = extractCandidates(text, 'doc');
    expect(found.filter((c) => /\b(?:4\.6|2) (?:million|billion)/.test(c.stated.text))).toEqual([]);
  });
});

describe('extractCandidates: unseen constructions (round 7 misses on real texts)', () => {
  // General rules, each from a miss on /tmp/heldout7 (real texts not in the repository); the
  // sentences are ours.
  itProposes([
    {
      name: 'a setting held with "will remain unchanged at" is in force, not a forecast',
      text: 'The rates on the main operations, the lending facility and the deposit facility will remain unchanged at 1.75%, 2.25% and 1.25%, respectively.',
      expected: [
        ['1.75%', 'share', 1.75, 'percent', 'actual'],
        ['2.25%', 'share', 2.25, 'percent', 'actual'],
        ['1.25%', 'share', 1.25, 'percent', 'actual'],
      ],
    },
    {
      name: 'an amount outstanding maintained is in force; a purchase pace is planned',
      text: 'Our central bank will keep the amount outstanding of corporate bonds at about 3.4 trillion yen, and its note holdings will increase at an annual pace of about 25 trillion yen.',
      expected: [
        ['3.4 trillion yen', 'amount', 3.4e12, 'JPY', 'actual'],
        ['25 trillion yen', 'amount', 25e12, 'JPY', 'expected'],
      ],
    },
    {
      name: 'an outcome that "will remain at" a level is still a forecast',
      text: 'Inflation will remain at 2.4% next year.',
      expected: [['2.4%', 'change', 2.4, 'percent', 'expected']],
    },
    {
      name: 'an intention is expected',
      text: 'For the operations to be settled next quarter, the intention is to allot EUR 20 billion per operation.',
      expected: [['EUR 20 billion', 'amount', 20e9, 'EUR', 'expected']],
    },
    {
      name: 'an approval the next sentence says is not yet in force is expected; the current level is actual',
      text: 'The Board approved the tripling of the facility, from the current US$ 40 billion to US$ 120 billion. The changes will become effective once all members have consented.',
      expected: [
        ['tripling', 'change', 200, 'percent', 'expected'],
        ['US$ 40 billion', 'amount', 40e9, 'USD', 'actual'],
        ['US$ 120 billion', 'amount', 120e9, 'USD', 'expected'],
      ],
    },
    {
      name: 'two amounts joined by from/to are two figures: the "from" one actual, the "to" one the clause\'s; a stated change keeps its stated value',
      text: 'Outlays are projected to climb by 45%, from an estimated $2.2 trillion in 2035 to $3.19 trillion in 2040. The fund has grown from EUR 14 billion to EUR 21 billion since launch. Visitor numbers went from 300 to 450 thousand.',
      expected: [
        ['climb by 45%', 'change', 45, 'percent', 'expected'],
        ['$2.2 trillion', 'amount', 2.2e12, 'USD', 'actual'],
        ['$3.19 trillion', 'amount', 3.19e12, 'USD', 'expected'],
        ['EUR 14 billion', 'amount', 14e9, 'EUR', 'actual'],
        ['EUR 21 billion', 'amount', 21e9, 'EUR', 'actual'],
      ],
    },
    {
      name: 'a threshold the text says was crossed is no figure; one named without a crossing is',
      text: 'Exports broke the GBP2bn barrier, reaching GBP2.3bn. Trade passed the $1 trillion mark. Loans above the $40 million threshold for review go to the board.',
      expected: [
        ['GBP2.3bn', 'amount', 2.3e9, 'GBP', 'actual'],
        ['$40 million', 'amount', 40e6, 'USD', 'actual'],
      ],
    },
    {
      name: 'an aim reported after an actual level is its own clause; expectations that "remain" are expected',
      text: 'Tax revenue reached 17.6 percent of GDP, noting that the ministry aims to raise it to 21 percent. Household inflation expectations remain at 3.1%.',
      expected: [
        ['17.6 percent of GDP', 'share', 17.6, 'percent', 'actual'],
        ['21 percent', 'share', 21, 'percent', 'expected'],
        ['3.1%', 'change', 3.1, 'percent', 'expected'],
      ],
    },
    {
      name: '"sees" a subject deepening is a forecast; "decreases, at A% and B% respectively" are falls',
      text: 'Treasury sees the deficit deepening to $16.9 billion in 2036. Exports and imports both recorded decreases, at 9.1% and 7.9% respectively. Increases at 2% were rare.',
      expected: [
        ['$16.9 billion', 'amount', 16.9e9, 'USD', 'expected'],
        ['decreases, at 9.1%', 'change', -9.1, 'percent', 'actual'],
        ['decreases, at 9.1% and 7.9%', 'change', -7.9, 'percent', 'actual'],
        ['2%', 'share', 2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a loan approved today is actual',
      text: 'The Board today approved a US$45 million credit for rural roads.',
      expected: [['US$45 million', 'amount', 45e6, 'USD', 'actual']],
    },
    {
      name: '"grew at" a rate is a change',
      text: 'Regional exports grew at 12.4 per cent last year, and investment grew at an annual average rate of 8 per cent over the decade.',
      expected: [
        ['grew at 12.4 per cent', 'change', 12.4, 'percent', 'actual'],
        ['grew at an annual average rate of 8 per cent', 'change', 8, 'percent', 'actual'],
      ],
    },
    {
      name: 'one change verb, a bracketed percent per name',
      text: 'Shipments increased in Africa (6.2 percent), Oceania (4.0 percent), and the Middle East (1.1 percent), but fell in Europe (-3.3 percent).',
      expected: [
        ['6.2 percent', 'change', 6.2, 'percent', 'actual'],
        ['4.0 percent', 'change', 4, 'percent', 'actual'],
        ['1.1 percent', 'change', 1.1, 'percent', 'actual'],
        ['-3.3 percent', 'change', -3.3, 'percent', 'actual'],
      ],
    },
    {
      name: 'a comparative after a list makes both numbers changes',
      text: 'Exports were 0.8% and imports 1.7% lower than a year before.',
      expected: [
        ['0.8% and imports 1.7% lower', 'change', -0.8, 'percent', 'actual'],
        ['1.7% lower', 'change', -1.7, 'percent', 'actual'],
      ],
    },
    {
      name: 'a left-out verb keeps its minus',
      text: 'Exports fell by 1.6% in comparison with March and imports by 0.4%.',
      expected: [
        ['fell by 1.6%', 'change', -1.6, 'percent', 'actual'],
        [
          'fell by 1.6% in comparison with March and imports by 0.4%',
          'change',
          -0.4,
          'percent',
          'actual',
        ],
      ],
    },
    {
      name: 'multipliers as verbs and as "N times the"',
      text: 'Agency Triples Its Lending. Loans reached $4.5 billion, more than three times the $1.4 billion of a year earlier, doubling the 2019 level.',
      expected: [
        ['Triples', 'change', 200, 'percent', 'actual'],
        ['$4.5 billion', 'amount', 4.5e9, 'USD', 'actual'],
        ['more than three times the', 'change', 200, 'percent', 'actual'],
        ['$1.4 billion', 'amount', 1.4e9, 'USD', 'actual'],
        ['doubling', 'change', 100, 'percent', 'actual'],
      ],
    },
    {
      name: 'a range of amounts with one scale and currency',
      text: 'Inflows are projected at US$2.1-2.4 trillion, and the base will grow by about 30-40 trillion yen.',
      expected: [
        ['US$2.1-2.4 trillion', 'amount', { low: 2.1e12, high: 2.4e12 }, 'USD', 'expected'],
        ['30-40 trillion yen', 'amount', { low: 30e12, high: 40e12 }, 'JPY', 'expected'],
      ],
    },
    {
      name: 'a band around a level is a change range, plus and minus one size',
      text: 'The Bank lets yields move within plus or minus 0.25 percentage points, and prices within ± 1 %.',
      expected: [
        [
          'plus or minus 0.25 percentage points',
          'change',
          { low: -0.25, high: 0.25 },
          'percentage-points',
          'actual',
        ],
        ['± 1 %', 'change', { low: -1, high: 1 }, 'percent', 'actual'],
      ],
    },
    {
      name: 'the half-width of a tolerance band around a level stated before it is no figure; the level is',
      text: 'The objective is 3% +/- 1 pp, and the goal a 2 % target, plus or minus one percentage point.',
      expected: [
        ['3%', 'share', 3, 'percent', 'expected'],
        ['2 %', 'share', 2, 'percent', 'expected'],
      ],
    },
    {
      name: 'a band with no level before it is still a range (its level is named after it, or in words)',
      text: 'Yields may move by plus or minus 0.6 percentage points from the target level.',
      expected: [
        [
          'plus or minus 0.6 percentage points',
          'change',
          { low: -0.6, high: 0.6 },
          'percentage-points',
          'expected',
        ],
      ],
    },
    {
      name: 'a balance written with a minus is a negative amount',
      text: 'The balance took in goods (+11.2 billion euros) and services (–3.1 billion euros).',
      expected: [
        ['11.2 billion euros', 'amount', 11.2e9, 'EUR', 'actual'],
        ['–3.1 billion euros', 'amount', -3.1e9, 'EUR', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: unseen constructions (round 8 misses on real texts)', () => {
  // General rules, each from a miss on /tmp/heldout8 (real texts not in the repository); the
  // sentences are ours.
  itProposes([
    {
      name: 'two percentages joined by from/to are two levels when the rate is named earlier',
      text: 'The Committee decided to raise the Base Rate by 50 basis points, from 3.50 percent to 4.00 percent.',
      expected: [
        ['raise the Base Rate by 50 basis points', 'change', 0.5, 'percentage-points', 'actual'],
        ['3.50 percent', 'share', 3.5, 'percent', 'actual'],
        ['4.00 percent', 'share', 4, 'percent', 'actual'],
      ],
    },
    {
      name: 'an elliptical "and in X from A% to B%" is two levels',
      text: 'The deficit ratio fell from 2.6% in 2030 to 2.1% in 2031, and in the Union from 2.4% to 1.9%.',
      expected: [
        ['2.6%', 'share', 2.6, 'percent', 'actual'],
        ['2.1%', 'share', 2.1, 'percent', 'actual'],
        ['2.4%', 'share', 2.4, 'percent', 'actual'],
        ['1.9%', 'share', 1.9, 'percent', 'actual'],
      ],
    },
    {
      name: "a list's lead-in that names a change gives it to each item's first number",
      text: 'Passenger growth by region was as follows:\n• Gulf states, 9.8%. Load factor fell 0.9 percentage points to 75.1%.\n• Eastern Africa, 6%.\n\nThe load factor was 80.2%.',
      expected: [
        ['9.8%', 'change', 9.8, 'percent', 'actual'],
        ['fell 0.9 percentage points', 'change', -0.9, 'percentage-points', 'actual'],
        ['75.1%', 'share', 75.1, 'percent', 'actual'],
        ['6%', 'change', 6, 'percent', 'actual'],
        ['80.2%', 'share', 80.2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a change noun after a period adjective: "the 5.6% year-on-year growth"',
      text: 'Demand was down from the 5.6% year-on-year growth recorded in September.',
      expected: [['5.6% year-on-year growth', 'change', 5.6, 'percent', 'actual']],
    },
    {
      name: '"It is X%" refers back to the change the sentence before ended on',
      text: 'The price index has risen by 5.6%. It is 4.1% for goods excluding energy.\n\nIt is 30% of the total.',
      expected: [
        ['risen by 5.6%', 'change', 5.6, 'percent', 'actual'],
        ['4.1%', 'change', 4.1, 'percent', 'actual'],
        ['30% of the total', 'share', 30, 'percent', 'actual'],
      ],
    },
    {
      name: 'a participle reaching a level, and an earlier forecast revised, are the same growth rate',
      text: 'Trade is expected to grow 2.9% in 2034 before easing to 1.8% in 2035 (revised down from 2.5%). For 2035 they foresee a 1.8% increase, down from the previous estimate of 2.5%.',
      expected: [
        ['grow 2.9%', 'change', 2.9, 'percent', 'expected'],
        ['1.8%', 'change', 1.8, 'percent', 'expected'],
        ['2.5%', 'change', 2.5, 'percent', 'expected'],
        ['1.8% increase', 'change', 1.8, 'percent', 'expected'],
        ['2.5%', 'change', 2.5, 'percent', 'expected'],
      ],
    },
    {
      name: 'an ambition, aim or goal of a number is expected',
      text: 'This is integral to our ambition of 1.5 per cent additional growth by 2036. Their aim is 3 per cent of output.',
      expected: [
        ['1.5 per cent additional growth', 'change', 1.5, 'percent', 'expected'],
        ['3 per cent of output', 'share', 3, 'percent', 'expected'],
      ],
    },
    {
      name: 'a loan named before its size is actual, whatever it will finance; a hedge before it counts',
      text: 'The Fund loan of US$ 31 million will finance rural water supply. The Fund could add a grant of US$ 5 million.',
      expected: [
        ['US$ 31 million', 'amount', 31e6, 'USD', 'actual'],
        ['US$ 5 million', 'amount', 5e6, 'USD', 'expected'],
      ],
    },
    {
      name: '"as much as" after a past verb is what was; before a future, a hedge',
      text: 'Youth accounted for as much as 44 per cent of the jobless in 2032. Reform could add as much as 3 per cent to output.',
      expected: [
        ['44 per cent of the jobless', 'share', 44, 'percent', 'actual'],
        ['3 per cent', 'change', 3, 'percent', 'expected'],
      ],
    },
    {
      name: '"half the" a possessive whole is a share; "half the time" is not',
      text: 'Young people are nearly half the region’s jobless, and half the time they wait.',
      expected: [['half the region’s jobless', 'share', 50, 'percent', 'actual']],
    },
    {
      name: 'a percent change named before its number',
      text: 'In the first quarter the percentage change was +2.2 compared with a year earlier.',
      expected: [['percentage change was +2.2', 'change', 2.2, 'percent', 'actual']],
    },
  ]);
});

describe('extractCandidates: the nearest kind signal (round 9, general rules)', () => {
  // Every kind error made at first contact on the held-out sets, grouped by cause, comes down to a
  // signal away from the number: the subject of its clause, or the change before it whose verb is
  // left out. These rows hold the general rules; the sentences are ours.
  itProposes([
    {
      name: 'a subject that names a change makes its number a change',
      text: 'The month-on-month rate was 0.3%. The year-on-year increase was 2.6%. The rate of change over twelve months was 4.1%. Headline inflation: 2.2 %.',
      expected: [
        ['0.3%', 'change', 0.3, 'percent', 'actual'],
        ['2.6%', 'change', 2.6, 'percent', 'actual'],
        ['4.1%', 'change', 4.1, 'percent', 'actual'],
        ['2.2 %', 'change', 2.2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a subject that names a fall runs the stated words from its noun, for the sign',
      text: 'The decline in farm output was 2.2% over the quarter.',
      expected: [['decline in farm output was 2.2%', 'change', -2.2, 'percent', 'actual']],
    },
    {
      name: 'a subject that names a level rate keeps its number a level, nearest noun first',
      text: 'Growth slowed, and the unemployment rate was 6.1%. The jobless rate edged up to 4.1%.',
      expected: [
        ['6.1%', 'share', 6.1, 'percent', 'actual'],
        ['4.1%', 'share', 4.1, 'percent', 'actual'],
      ],
    },
    {
      name: 'the verb "to rise" is no subject: only a change noun with its article is',
      text: 'Unemployment is expected to rise to 5.4%.',
      expected: [['5.4%', 'share', 5.4, 'percent', 'expected']],
    },
    {
      name: 'an event noun whose own number comes first is not the later number’s subject',
      text: 'The balance showed a decrease of US$1.2 billion or 3.1%.',
      expected: [
        ['decrease of US$1.2 billion', 'amount', 1.2e9, 'USD', 'actual'],
        ['decrease of US$1.2 billion or 3.1%', 'change', -3.1, 'percent', 'actual'],
      ],
    },
    {
      name: 'a number whose verb is left out continues the change before it, with its sign',
      text: 'Imports surged 12.3%, exports 4.1%. Output in mining fell 3.1%, utilities 0.8%. Turnover rose 0.9% in the month and 3.4% over the year. Prices rose 2.9% in October, after 3.1% in September.',
      expected: [
        ['surged 12.3%', 'change', 12.3, 'percent', 'actual'],
        ['4.1%', 'change', 4.1, 'percent', 'actual'],
        ['fell 3.1%', 'change', -3.1, 'percent', 'actual'],
        ['fell 3.1%, utilities 0.8%', 'change', -0.8, 'percent', 'actual'],
        ['rose 0.9%', 'change', 0.9, 'percent', 'actual'],
        ['3.4%', 'change', 3.4, 'percent', 'actual'],
        ['rose 2.9%', 'change', 2.9, 'percent', 'actual'],
        ['3.1%', 'change', 3.1, 'percent', 'actual'],
      ],
    },
    {
      name: 'a verb, a nearer subject, a level reached or a change in points stops the continuation',
      text: 'Sales rose 1.5% in value, while the jobless rate was 6.1%. The bank raised its key rate by 25 basis points to 3.75%. The share fell 1.1 percentage points to 42.5%. Exports rose 2%, which made up 40%.',
      expected: [
        ['rose 1.5%', 'change', 1.5, 'percent', 'actual'],
        ['6.1%', 'share', 6.1, 'percent', 'actual'],
        ['raised its key rate by 25 basis points', 'change', 0.25, 'percentage-points', 'actual'],
        ['3.75%', 'share', 3.75, 'percent', 'actual'],
        ['fell 1.1 percentage points', 'change', -1.1, 'percentage-points', 'actual'],
        ['42.5%', 'share', 42.5, 'percent', 'actual'],
        ['rose 2%', 'change', 2, 'percent', 'actual'],
        ['40%', 'share', 40, 'percent', 'actual'],
      ],
    },
    {
      name: 'a list whose shared verb is nearer than the subject: "exchange rates will increase by A and by B"',
      text: 'Output at market exchange rates will increase by 2.8% in 2033 and by 2.3% in 2034.',
      expected: [
        ['increase by 2.8%', 'change', 2.8, 'percent', 'expected'],
        ['2.3%', 'change', 2.3, 'percent', 'expected'],
      ],
    },
  ]);
  itProposes([
    {
      name: 'the base a change is measured against, after the number, makes it a change',
      text: 'Credit: 3.8% y/y. Deposits were 2.9% year on year, and lending 1.1% on the previous month. Sales run 4.5 percent ahead of last year, credit 1.2 percent behind.',
      expected: [
        ['3.8% y/y', 'change', 3.8, 'percent', 'actual'],
        ['2.9% year on year', 'change', 2.9, 'percent', 'actual'],
        ['1.1% on the previous month', 'change', 1.1, 'percent', 'actual'],
        ['4.5 percent ahead', 'change', 4.5, 'percent', 'actual'],
        ['1.2 percent behind', 'change', -1.2, 'percent', 'actual'],
      ],
    },
    {
      name: '"by X to Y of Z" is a change and the level it reached, never a range',
      text: 'The surplus widened by 12 per cent to 4.1 per cent of output.',
      expected: [
        ['widened by 12 per cent', 'change', 12, 'percent', 'actual'],
        ['4.1 per cent of output', 'share', 4.1, 'percent', 'actual'],
      ],
    },
    {
      name: 'a forecast "seen at"; "In 2031 it was" refers back to the change before',
      text: 'Output grew by 1.2% in 2030. In 2031 it was 1.8%. Inflation is seen at 2.1% in 2033.',
      expected: [
        ['grew by 1.2%', 'change', 1.2, 'percent', 'actual'],
        ['1.8%', 'change', 1.8, 'percent', 'actual'],
        ['2.1%', 'change', 2.1, 'percent', 'expected'],
      ],
    },
    {
      name: 'a lead-in about rates with only a verb of change heads levels; one with a change noun, changes',
      text: 'Interest rates were lowered as follows:\n• Deposit facility: 2.25%.\n• Lending facility: 3.00%, a cut of 0.25 percentage points.\n\nChanges in the key rates were as follows:\n• Deposit facility: 0.5%.',
      expected: [
        ['2.25%', 'share', 2.25, 'percent', 'actual'],
        ['3.00%', 'share', 3, 'percent', 'actual'],
        ['cut of 0.25 percentage points', 'change', -0.25, 'percentage-points', 'actual'],
        ['0.5%', 'change', 0.5, 'percent', 'actual'],
      ],
    },
    {
      name: 'a standing operation in force: "will continue to allow", "will offer to purchase at", unless …',
      text: 'The Bank will continue to allow long-term yields to move within a range of about plus and minus 0.4 percentage points, and will offer to purchase notes at 0.4 percent each business day, unless it expects no offers to be made.',
      expected: [
        [
          'plus and minus 0.4 percentage points',
          'change',
          { low: -0.4, high: 0.4 },
          'percentage-points',
          'actual',
        ],
        ['0.4 percent', 'share', 0.4, 'percent', 'actual'],
      ],
    },
  ]);
  itProposes([
    {
      name: 'a qualified fraction of change; a semicolon does not end a left-out verb; an inflation goal',
      text: 'Investment grew by about a third. Exports rose 4.0% in value; in volume terms, 2.2%. The 2% inflation goal is far off.',
      expected: [
        ['grew by about a third', 'change', 33.33, 'percent', 'actual'],
        ['rose 4.0%', 'change', 4, 'percent', 'actual'],
        ['2.2%', 'change', 2.2, 'percent', 'actual'],
        ['2%', 'change', 2, 'percent', 'expected'],
      ],
    },
  ]);
  itProposes([
    {
      name: 'a number fronted by "with" takes its kind from the main clause after it (heldout9)',
      text: 'With 12.5 percent, the volume of exports was again much higher. With 1.6 percent, the growth rate of public spending slowed down. Investment was still down, but with 2.0 percent the decrease was smaller. With 30 percent of the market, the firm grew.',
      expected: [
        ['12.5 percent', 'change', 12.5, 'percent', 'actual'],
        ['1.6 percent', 'change', 1.6, 'percent', 'actual'],
        ['2.0 percent the decrease', 'change', -2, 'percent', 'actual'],
        ['30 percent of the market', 'share', 30, 'percent', 'actual'],
      ],
    },
    {
      name: 'a postposed "down on"/"up on" is a change; a price index names an inflation rate (heldout9)',
      text: 'Investment was 4.2 percent down on a year earlier, and sales 1.1 percent up on it. The target for the consumer price index (CPI) of 3 per cent is kept.',
      expected: [
        ['4.2 percent down', 'change', -4.2, 'percent', 'actual'],
        ['1.1 percent up', 'change', 1.1, 'percent', 'actual'],
        ['3 per cent', 'change', 3, 'percent', 'expected'],
      ],
    },
  ]);
  itProposes([
    {
      name: 'a decimal comma; the scale after a from/to pair is both ends’; "euro" before a scaled number',
      text: 'Their share is 17,5% of output. Trade rose 600%, from US$ 31 to 217 billion. Receipts reached US$ 410 billion (euro 301 billion).',
      expected: [
        ['17,5% of output', 'share', 17.5, 'percent', 'actual'],
        ['rose 600%', 'change', 600, 'percent', 'actual'],
        ['from US$ 31 to 217 billion', 'amount', 31e9, 'USD', 'actual'],
        ['217 billion', 'amount', 217e9, 'USD', 'actual'],
        ['US$ 410 billion', 'amount', 410e9, 'USD', 'actual'],
        ['euro 301 billion', 'amount', 301e9, 'EUR', 'actual'],
      ],
    },
    {
      name: 'a policy rate named with its facility keeps the verb’s sign; "up by more than one-third"',
      text: 'The Board decided to reduce the policy rate under the facility by 25 basis points. Lending rose to 31 projects, up by more than one-third.',
      expected: [
        [
          'reduce the policy rate under the facility by 25 basis points',
          'change',
          -0.25,
          'percentage-points',
          'actual',
        ],
        ['up by more than one-third', 'change', 33.33, 'percent', 'actual'],
      ],
    },
    {
      name: 'a forecast the number is compared with does not hedge it; a footnote mark ends a sentence',
      text: 'The deficit was $912 billion, $14 billion less than forecast in the spring review.[1] As a share of output, it was 4.1 percent. Output is 17% of the total, above the forecast of 13,8%.',
      expected: [
        ['$912 billion', 'amount', 912e9, 'USD', 'actual'],
        ['$14 billion', 'amount', 14e9, 'USD', 'actual'],
        ['4.1 percent', 'share', 4.1, 'percent', 'actual'],
        ['17% of the total', 'share', 17, 'percent', 'actual'],
        ['13,8%', 'share', 13.8, 'percent', 'expected'],
      ],
    },
  ]);
  it.each(['Opening hours are from 9 to 17 hours.', 'Maturities run from 5 to 10 years.'])(
    'proposes no change for a span of time: %s',
    (text) => {
      expect(extractCandidates(text, 'doc')).toEqual([]);
    },
  );
});

describe('extractCandidates: unseen constructions (round 10, general rules)', () => {
  // The causes behind every error at first contact with the tenth held-out set, each as a general
  // rule; the sentences are ours.
  itProposes([
    {
      name: 'a fraction in words from "one fourth" to "nine tenths" is a change, by itself or before a comparative',
      text: 'Export orders increased by one fourth in the first half of 2032. By one sixth more lorries were registered than a year before. One fifth more new tractors were sold, yet still about one fourth less than in 2030. Tourist nights rose by two fifths.',
      expected: [
        ['increased by one fourth', 'change', 25, 'percent', 'actual'],
        ['By one sixth more', 'change', 16.67, 'percent', 'actual'],
        ['One fifth more', 'change', 20, 'percent', 'actual'],
        ['one fourth less', 'change', -25, 'percent', 'actual'],
        ['rose by two fifths', 'change', 40, 'percent', 'actual'],
      ],
    },
    {
      name: 'a bare "$" with a space before its number is a currency',
      text: 'The bank approved a $ 27.5 million loan for rural roads.',
      expected: [['$ 27.5 million', 'amount', 27.5e6, 'USD', 'actual']],
    },
    {
      name: 'a date glued to the next word or number ends where its day or year digits end',
      text: doc(
        '2032-05-147% more part-time workers in the first quarter',
        '2032-05-0911.1% more new car registrations',
        '16.05.2032By one sixth more used cars sold',
        '2032-05-17Inflation at 10.9%',
        'Published 2032-05-14.',
      ),
      expected: [
        ['7% more', 'change', 7, 'percent', 'actual'],
        ['11.1% more', 'change', 11.1, 'percent', 'actual'],
        ['By one sixth more', 'change', 16.67, 'percent', 'actual'],
        ['10.9%', 'change', 10.9, 'percent', 'actual'],
      ],
    },
    {
      name: 'a number "in line with" or "close to" a forecast is measured; an assumed level is expected',
      text: 'Growth accelerated to 4.7 percent in the first quarter, in line with the forecast. Output grew 2.4 percent in the second quarter, close to the forecast. Market rates are converging on their assumed neutral level of 3 percent, which is consistent with the forecast. The projection rests on an assumption of 2 percent for inflation.',
      expected: [
        ['4.7 percent', 'change', 4.7, 'percent', 'actual'],
        ['grew 2.4 percent', 'change', 2.4, 'percent', 'actual'],
        ['3 percent', 'share', 3, 'percent', 'expected'],
        ['2 percent', 'share', 2, 'percent', 'expected'],
      ],
    },
    {
      name: "a period between a list's lead-in and its bracketed items does not stop the lead-in",
      text: 'On an annual basis, the branches with increases since April 2031 were Mining (12.5%), Retail Trade (4.0%) and Tourism (1.2%). The regions with increases in Q1 2032 were North (2.5%) and East (1.0%).',
      expected: [
        ['12.5%', 'change', 12.5, 'percent', 'actual'],
        ['4.0%', 'change', 4, 'percent', 'actual'],
        ['1.2%', 'change', 1.2, 'percent', 'actual'],
        ['2.5%', 'change', 2.5, 'percent', 'actual'],
        ['1.0%', 'change', 1, 'percent', 'actual'],
      ],
    },
    {
      name: 'a percent in brackets after a change in index points is that change, with its sign',
      text: 'The farm price index averaged 212 points in April, down 5 points (2.3 percent) from March. Dairy prices fell by 4 points (2.0 percent), while grain prices rose 3 points (1.5 percent).',
      expected: [
        ['down 5 points (2.3 percent', 'change', -2.3, 'percent', 'actual'],
        ['fell by 4 points (2.0 percent', 'change', -2, 'percent', 'actual'],
        ['rose 3 points (1.5 percent', 'change', 1.5, 'percent', 'actual'],
      ],
    },
    {
      name: '"Aiming to" states a target, only within its own clause before the first comma',
      text: 'Aiming to keep food prices at more than 5% lower than last year, the ministries are spending a total of 67.0 billion won on discounts.',
      expected: [
        ['5% lower', 'change', -5, 'percent', 'expected'],
        ['67.0 billion won', 'amount', 67e9, 'KRW', 'actual'],
      ],
    },
  ]);
  it.each([
    'Core prices stayed in the upper half of the permitted band all spring.',
    'Rates stayed in the lower half of the range all year.',
    'The fourth consecutive rise took place in the middle third of the season.',
  ])('a position in a band or an ordinal is no share: %s', (text) => {
    expect(extractCandidates(text, 'doc')).toEqual([]);
  });
});

describe('extractCandidates: what it must not propose', () => {
  const cases: { name: string; text: string; values?: number[] }[] = [
    {
      name: 'month-day dates',
      text: 'Talks were held on March 3 and the visit ends on January 9.',
    },
    { name: 'a bare year', text: 'The plan was adopted in 2001.' },
    {
      name: 'a full date',
      text: 'Cooperation grew after September 11, 2001, as both sides agreed.',
    },
    { name: 'a year range', text: 'The programme runs from 2001 to 2005 in all regions.' },
    { name: 'a day range', text: 'The fair runs from 9 to 11 January.' },
    {
      name: 'list numbering "(1)", "(a)", "2."',
      text: doc('(1) The schedule was decided.', '(a) The agenda was set.', '2. Other Topics'),
    },
    { name: 'ordinals', text: 'It was the 300th anniversary and the 2nd visit.' },
    {
      name: 'numbers in names',
      text: 'Sakhalin 1 and Phase 2 of Route 5 were discussed at the G8.',
    },
    { name: 'a year beside a figure', text: 'In 2001, exports rose 5%.', values: [5] },
    {
      name: 'a name beside a figure',
      text: 'Phase 2 of the project was 30% complete.',
      values: [30],
    },
    { name: 'G8 beside an amount', text: 'G8 members pledged $2 billion.', values: [2e9] },
    { name: 'list number before a figure', text: '(1) Exports rose 5%.', values: [5] },
    { name: 'a page range', text: 'Projections are on pages 112–145 of the report.' },
    { name: 'a vote count', text: 'The Committee decided by a vote of 7 to 2.' },
    { name: 'a phone number', text: 'Call +81-3-3581-4111, extension 2518.' },
    { name: 'the first half of a year', text: 'Output recovered in the first half of 2031.' },
    { name: '"won" as a verb', text: 'The party won 12 seats in 2030.' },
    { name: '"twofold" without a change', text: 'A twofold aim guides the plan.' },
  ];
  it.each(cases)('$name', ({ text, values = [] }) => {
    expect(extractCandidates(text, 'doc').map((c) => c.value)).toEqual(values);
  });
});

describe('extractCandidates: drafts', () => {
  it.each([
    [
      'Japanese capital accounts for 30% of Sakhalin 1.',
      'Japanese capital in Sakhalin 1',
      'doc-japanese-capital-in-sakhalin-1',
      'doc-investment-share',
    ],
    [
      'Exports accounted for 12% of world trade.',
      'Exports, share of world trade',
      'doc-exports-share-of-world-trade',
      'doc-trade-share',
    ],
    [
      'The deficit widened by 1.5 percentage points.',
      'The deficit',
      'doc-the-deficit',
      'doc-budget-change-percentage-points',
    ],
  ])('labels %j, with figure and chart ids namespaced by source', (text, label, id, chart) => {
    expect(extractCandidates(text, 'doc').map((c) => [c.label, c.id, c.chart])).toEqual([
      [label, id, chart],
    ]);
  });

  it('takes the speaker from the document structure, for bullets until the next item', () => {
    const text = doc(
      'Minister Aiko Tanabe met President Lena Varga on May 2.',
      turn('(1)', 'President Varga made the following statements:', 'Exports rose 5%.'),
      turn(
        '(2)',
        'In response, Minister Tanabe made the following statements:',
        'Imports fell 2%.',
      ),
      '(3) Tourism grew 7%.',
    );
    expect(extractCandidates(text, 'doc').map((c) => [c.value, c.speaker])).toEqual([
      [5, 'President Lena Varga'],
      [-2, 'Minister Aiko Tanabe'],
      [7, 'Unknown speaker (set from the source)'],
    ]);
  });

  it('marks expected figures by their own clause, not the whole sentence', () => {
    const text =
      'So far Japan has invested $1 billion, and the number is expected to reach a total of $8 billion in the future.';
    expect(extractCandidates(text, 'doc').map((c) => [c.value, c.status])).toEqual([
      [1e9, 'actual'],
      [8e9, 'expected'],
    ]);
  });

  it.each([
    // A speaker's "expects" before the number is a forecast; a survey's "expect" after it is not.
    {
      text: 'The Bank now expects inflation to average 2.4% in 2032.',
      expected: [[2.4, 'expected']],
    },
    { text: 'The ministry anticipates exports of $5 billion.', expected: [[5e9, 'expected']] },
    { text: '95% of the firms surveyed expect prices to rise.', expected: [[95, 'actual']] },
    // "recover" states an upward change; "recovered to" a level.
    {
      text: 'Flows could recover by 5 % to 10 % in 2031.',
      expected: [[{ low: 5, high: 10 }, 'expected']],
    },
    { text: 'Tourism recovered 12% in 2031.', expected: [[12, 'actual']] },
    { text: 'A recovery of 3% is under way in exports.', expected: [[3, 'actual']] },
    // The second number of a falling verb's list falls too; its stated words run from the verb.
    {
      text: 'Car parts and machinery decreased by 41.9% and 12.6%, respectively.',
      expected: [
        [-41.9, 'actual'],
        [-12.6, 'actual'],
      ],
    },
  ])('reads the forecast and the change in "$text"', ({ text, expected }) => {
    const got = extractCandidates(text, 'doc');
    expect(got.map((c) => [c.value ?? c.range, c.status])).toEqual(expected);
    expect(
      got.filter((c) => /recover/i.test(c.stated.text)).every((c) => c.kind === 'change'),
    ).toBe(true);
  });

  it('counts offsets in code points and quotes the whole sentence with context', () => {
    const text = 'Rail 🚆 news. Fares rose 4% in 2030. Next.';
    const [c] = extractCandidates(text, 'doc');
    const points = Array.from(text);
    expect(points.slice(c!.stated.start, c!.stated.end).join('')).toBe('rose 4%');
    expect(points.slice(c!.quote.start, c!.quote.end).join('')).toBe('Fares rose 4% in 2030.');
    expect(c!.quote).toMatchObject({ prefix: 'Rail 🚆 news. ', suffix: ' Next.' });
    expect(c!.notes[0]).toBe(DRAFT_NOTE);
    expect(c!.period).toBe('2030');
  });

  it('reports progress for long texts', () => {
    const calls: number[] = [];
    // 240 short paragraphs (about 7,500 characters): a few tenths of a second on an idle machine,
    // so a loaded one (the gate runs its stages side by side) stays far from the timeout.
    const text = Array.from({ length: 240 }, (_, i) => `Line ${i} says sales rose 3%.`).join(
      '\n\n',
    );
    extractCandidates(text, 'doc', {
      progressEvery: 2_000,
      onProgress: (done) => calls.push(done),
    });
    expect(calls.length).toBeGreaterThanOrEqual(3);
    expect(calls.at(-1)).toBe(text.length);
  });
});

// ---------------------------------------------------------------------------------------------
// Measured documents: the seed, and two documents we wrote ourselves.

interface Expected {
  /** Words inside the figure's stated span, and which occurrence of them (default the first). */
  anchor: string;
  nth?: number;
  value: number;
  unit: Unit;
  status?: FigureStatus;
}

function score(text: string, candidates: Candidate[], expected: Expected[]) {
  const points = Array.from(text);
  const hits = new Set<Candidate>();
  let found = 0;
  for (const e of expected) {
    let at = -1;
    for (let n = 0; n <= (e.nth ?? 0); n++) at = text.indexOf(e.anchor, at + 1);
    const start = Array.from(text.slice(0, at)).length;
    const end = start + Array.from(e.anchor).length;
    const match = candidates.find(
      (c) =>
        c.stated.start <= start &&
        c.stated.end >= end &&
        c.value === e.value &&
        c.unit === e.unit &&
        (!e.status || c.status === e.status),
    );
    expect(points.slice(start, end).join('')).toBe(e.anchor);
    if (match) {
      found++;
      hits.add(match);
    }
  }
  const precision = candidates.length === 0 ? 1 : hits.size / candidates.length;
  const recall = expected.length === 0 ? 1 : found / expected.length;
  return {
    precision,
    recall,
    found,
    candidates: candidates.length,
    falseCandidates: candidates.length - hits.size,
  };
}

function validateDraft(text: string, sourceId: string, candidates: Candidate[]) {
  const meta = {
    id: sourceId,
    title: 'Test document',
    publisher: 'Cited Figures tests',
    date: '2031-03-12',
    url: 'https://example.org/doc',
    language: 'en',
    sha256: createHash('sha256').update(text).digest('hex'),
  };
  return validateData({
    sources: [
      {
        metaPath: `data/sources/${sourceId}.json`,
        metaText: JSON.stringify(meta),
        textPath: `data/sources/${sourceId}.txt`,
        text,
        textSha256: meta.sha256,
      },
    ],
    figureFiles: [
      { path: 'data/figures/draft.json', text: JSON.stringify(draftFigureFile(candidates)) },
    ],
  });
}

const documents: {
  name: string;
  file: string;
  sourceId: string;
  expected: Expected[];
  minPrecision: number;
  minRecall: number;
}[] = [
  {
    name: 'northshore harbour board (ours)',
    file: 'test/fixtures/documents/northshore-harbour-board-2031.txt',
    sourceId: 'northshore-harbour-board-2031',
    minPrecision: 0.9,
    minRecall: 0.9,
    expected: [
      { anchor: '18%', value: 18, unit: 'percent', status: 'actual' },
      { anchor: 'doubled', value: 100, unit: 'percent' },
      { anchor: '35%', value: 35, unit: 'percent' },
      { anchor: '20%', value: 20, unit: 'percent' },
      { anchor: '$42 million', value: 42e6, unit: 'USD', status: 'actual' },
      { anchor: '$55 million', value: 55e6, unit: 'USD', status: 'expected' },
      { anchor: '6.5 percent', value: -6.5, unit: 'percent' },
      { anchor: 'by a third', value: -33.33, unit: 'percent' },
      { anchor: '$8 million', value: 8e6, unit: 'USD', status: 'actual' },
      { anchor: '$10 million', value: 10e6, unit: 'USD', status: 'actual' },
      { anchor: '¥3.2 billion', value: 3.2e9, unit: 'JPY', status: 'expected' },
      { anchor: '40%', value: 40, unit: 'percent' },
      { anchor: 'triple', value: 200, unit: 'percent', status: 'expected' },
    ],
  },
  {
    name: 'valley rail annual report (ours)',
    file: 'test/fixtures/documents/valley-rail-annual-report-2030.txt',
    sourceId: 'valley-rail-annual-report-2030',
    minPrecision: 0.9,
    minRecall: 0.9,
    expected: [
      { anchor: 'from 3.5 million to 4.2 million', value: 20, unit: 'percent' },
      { anchor: '96 million euros', value: 96e6, unit: 'EUR' },
      { anchor: '11%', value: 11, unit: 'percent' },
      { anchor: 'fell by half', value: -50, unit: 'percent' },
      { anchor: '4.5 per cent', value: 4.5, unit: 'percent' },
      { anchor: 'twofold', value: 100, unit: 'percent' },
      { anchor: '2%', value: -2, unit: 'percent' },
      { anchor: '€1.5 million', value: 1.5e6, unit: 'EUR' },
      { anchor: 'double', value: 100, unit: 'percent', status: 'expected' },
      { anchor: '€20 million', value: 20e6, unit: 'EUR', status: 'expected' },
      { anchor: '62%', value: 62, unit: 'percent' },
      { anchor: '38%', value: 38, unit: 'percent' },
      { anchor: '€12', value: 12, unit: 'EUR' },
    ],
  },
];

describe('extractCandidates on whole documents', () => {
  it('finds all six seed figures with the right values and units, and at most two false candidates', () => {
    const text = readFileSync(resolve(root, `data/sources/${SEED_ID}.txt`), 'utf8');
    const annotated = JSON.parse(
      readFileSync(resolve(root, `data/figures/${SEED_ID}.json`), 'utf8'),
    ) as { figures: Figure[] };
    const candidates = extractCandidates(text, SEED_ID);
    for (const f of annotated.figures) {
      const c = candidates.find(
        (x) => x.stated.start === f.stated.start && x.stated.end === f.stated.end,
      );
      expect(c, `no candidate for ${f.id}`).toBeDefined();
      expect({ ...brief(c!), status: c!.status, speaker: c!.speaker, quote: c!.quote }).toEqual({
        ...brief(f),
        status: f.status,
        speaker: f.speaker,
        quote: f.quote,
      });
    }
    const expected = annotated.figures.map((f) => ({
      anchor: f.stated.text,
      value: f.value!,
      unit: f.unit,
    }));
    const s = score(text, candidates, expected);
    console.info(
      `extract on the seed: precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)} (${s.found}/${expected.length} found, ${s.candidates} candidates)`,
    );
    expect(s.recall).toBe(1);
    expect(s.falseCandidates).toBeLessThanOrEqual(2);
  });

  it.each(documents)(
    '$name: precision and recall',
    ({ file, sourceId, expected, minPrecision, minRecall }) => {
      const text = readFileSync(resolve(root, file), 'utf8');
      const s = score(text, extractCandidates(text, sourceId), expected);
      console.info(
        `extract on ${file}: precision ${s.precision.toFixed(2)}, recall ${s.recall.toFixed(2)} (${s.found}/${expected.length} found, ${s.candidates} candidates)`,
      );
      expect(s.precision).toBeGreaterThanOrEqual(minPrecision);
      expect(s.recall).toBeGreaterThanOrEqual(minRecall);
    },
  );

  it('speakers in our meeting document come from its headings, with full names', () => {
    const text = readFileSync(resolve(root, documents[0]!.file), 'utf8');
    const speakers = extractCandidates(text, 'x').map((c) => c.speaker);
    expect(new Set(speakers)).toEqual(new Set(['Chair Ilse Marrow', 'Treasurer Oskar Lindqvist']));
  });

  const all = [{ file: `data/sources/${SEED_ID}.txt`, sourceId: SEED_ID }, ...documents];
  it.each(all)('drafts from $file pass the real validator', ({ file, sourceId }) => {
    const text = readFileSync(resolve(root, file), 'utf8');
    const candidates = extractCandidates(text, sourceId);
    expect(candidates.length).toBeGreaterThan(0);
    const { errors, dataset } = validateDraft(text, sourceId, candidates);
    expect(errors).toEqual([]);
    expect(dataset.figures).toHaveLength(candidates.length);
  });
});

describe('extractCandidates: unseen constructions (round 11, scope of status and verb)', () => {
  // The causes behind the errors at first contact with the eleventh held-out set, each as a
  // general rule about which decision, status word or verb reaches a number; the sentences are ours.
  itProposes([
    {
      name: 'rates a decision sets are in force, though listed with "will be" or "will remain"',
      text: doc(
        'The Policy Board has decided to lower the Bank’s interest rates by 0.5 percentage points. The deposit rate will be 3.25%, and the rate on seven-day loans will be 4.5%. The overnight lending rate will be 5.0% and the collateral rate 4.75%.',
        'The Board has decided to keep the key rate unchanged. The key rate – the rate on weekly deposits – will therefore remain 2.75%.',
      ),
      expected: [
        [
          'lower the Bank’s interest rates by 0.5 percentage points',
          'change',
          -0.5,
          'percentage-points',
          'actual',
        ],
        ['3.25%', 'share', 3.25, 'percent', 'actual'],
        ['4.5%', 'share', 4.5, 'percent', 'actual'],
        ['5.0%', 'share', 5, 'percent', 'actual'],
        ['4.75%', 'share', 4.75, 'percent', 'actual'],
        ['2.75%', 'share', 2.75, 'percent', 'actual'],
      ],
    },
    {
      name: 'a table of rates under "will be:" after a decision is in force, every row alike',
      text: 'The Council has decided to keep rates unchanged. The rates of the Bank accordingly will be:\nOvernight lending: 6,5%\n7 day collateral lending: 5,5%\nCurrent account: 4,5%',
      expected: [
        ['6,5%', 'share', 6.5, 'percent', 'actual'],
        ['5,5%', 'share', 5.5, 'percent', 'actual'],
        ['4,5%', 'share', 4.5, 'percent', 'actual'],
      ],
    },
    {
      name: 'rates a decision sets "will be increased to", with effect from its date (a "May" that is no modal), are in force',
      text: 'The Council today decided to raise the three key interest rates by 25 basis points. Accordingly, the rates on the main refinancing operations, the marginal lending facility and the deposit facility will be increased to 4.50%, 4.75% and 4.00% respectively, with effect from 13 May 2032. The deposit rate will be 2% until the end of 2033.',
      expected: [
        [
          'raise the three key interest rates by 25 basis points',
          'change',
          0.25,
          'percentage-points',
          'actual',
        ],
        ['4.50%', 'share', 4.5, 'percent', 'actual'],
        ['4.75%', 'share', 4.75, 'percent', 'actual'],
        ['4.00%', 'share', 4, 'percent', 'actual'],
        ['2%', 'share', 2, 'percent', 'expected'],
      ],
    },
    {
      name: 'without a decision, or with a later move, "will be" stays a forecast',
      text: doc(
        'The deposit rate will be 3.5% by the end of the year, markets estimate.',
        'The Board has decided to raise rates in steps. The deposit rate will be raised to 3% from March.',
        'The Board has decided to act. Inflation will be 2.4% next year.',
      ),
      expected: [
        ['3.5%', 'share', 3.5, 'percent', 'expected'],
        ['3%', 'share', 3, 'percent', 'expected'],
        ['2.4%', 'change', 2.4, 'percent', 'expected'],
      ],
    },
    {
      name: 'a target or forecast the number is measured against does not make it one',
      text: 'Inflation, which now stands at 2.6%, has been above target for six months. Inflation is projected to ease to 2.1% next year, close to target.',
      expected: [
        ['2.6%', 'change', 2.6, 'percent', 'actual'],
        ['2.1%', 'change', 2.1, 'percent', 'expected'],
      ],
    },
    {
      name: 'what an approved amount is intended for, and a goal it is a share of, are not its status',
      text: 'A total of EUR 2 billion in loans was approved for a new programme, intended to reduce energy costs. Approved projects account for over a quarter of the overall goal of mobilising EUR 200 billion. Small firms will benefit from EUR 0.8 billion of new financing approved for lending. Firms will gain from EUR 3 billion of loans approved next year.',
      expected: [
        ['EUR 2 billion', 'amount', 2e9, 'EUR', 'actual'],
        ['a quarter of the overall goal of mobilising', 'share', 25, 'percent', 'actual'],
        ['EUR 200 billion', 'amount', 200e9, 'EUR', 'expected'],
        ['EUR 0.8 billion', 'amount', 0.8e9, 'EUR', 'actual'],
        ['EUR 3 billion', 'amount', 3e9, 'EUR', 'expected'],
      ],
    },
    {
      name: 'a verb reaches "by" across its period or its object; appreciate and depreciate are changes',
      text: 'Shipments abroad decreased from July to September by three per cent. The board voted to lower its key rate by 0.25 percentage points. Since May the currency has appreciated by nearly 1% and depreciated 2% against the dollar.',
      expected: [
        ['decreased from July to September by three per cent', 'change', -3, 'percent', 'actual'],
        [
          'lower its key rate by 0.25 percentage points',
          'change',
          -0.25,
          'percentage-points',
          'actual',
        ],
        ['appreciated by nearly 1%', 'change', 1, 'percent', 'actual'],
        ['depreciated 2%', 'change', -2, 'percent', 'actual'],
      ],
    },
    {
      name: 'an earlier reading in brackets, a base "twelve months back" and "and by" keep the change',
      text: 'Revised data place first-quarter output at 1.1 per cent from the previous quarter (was 0.9%) and at 2.7 per cent from twelve months back (was 2.5%). The jobless rate was 5.4% (was 5.6%). Household spending rose by one-half of a per cent on the previous quarter and by three per cent from twelve months back.',
      expected: [
        ['1.1 per cent from the previous quarter', 'change', 1.1, 'percent', 'actual'],
        ['0.9%', 'change', 0.9, 'percent', 'actual'],
        ['2.7 per cent from twelve months back', 'change', 2.7, 'percent', 'actual'],
        ['2.5%', 'change', 2.5, 'percent', 'actual'],
        ['5.4%', 'share', 5.4, 'percent', 'actual'],
        ['5.6%', 'share', 5.6, 'percent', 'actual'],
        ['rose by one-half of a per cent', 'change', 0.5, 'percent', 'actual'],
        ['three per cent', 'change', 3, 'percent', 'actual'],
      ],
    },
    {
      name: 'a fraction of a per cent is that fraction of one; "the quarter of the previous year" is time',
      text: 'Imports fell by a quarter of a percent. Yearly rates, set against the quarter of the previous year, use adjusted series. Half of 2031 had passed. A third of last year’s output was exported.',
      expected: [['fell by a quarter of a percent', 'change', -0.25, 'percent', 'actual']],
    },
    {
      name: 'a range coordinated with a change range shares its verb, kind and status',
      text: 'Ministry Forecasts Growth of 3.5 to 4.0 Per Cent in 2033 and 2.0 to 3.0 Per Cent in 2034. Shares were 20 to 25 percent.',
      expected: [
        ['Growth of 3.5 to 4.0 Per Cent', 'change', { low: 3.5, high: 4 }, 'percent', 'expected'],
        ['2.0 to 3.0 Per Cent', 'change', { low: 2, high: 3 }, 'percent', 'expected'],
        ['20 to 25 percent', 'share', { low: 20, high: 25 }, 'percent', 'actual'],
      ],
    },
    {
      name: 'bare numbers share the percent written after the last, with the kind the words before give',
      text: 'The three regions posted increases of 10.9, 10.2 and 7.7 percent respectively. Exports to the three markets fell by 3.1, 2.4 and 1.0 percent. Their shares were 20, 30 and 50 percent of sales. The index averaged 187, or 3.6 percent below 2031. Articles 3, 4 and 5 apply.',
      expected: [
        ['10.9, 10.2 and 7.7 percent', 'change', 10.9, 'percent', 'actual'],
        ['10.2 and 7.7 percent', 'change', 10.2, 'percent', 'actual'],
        ['7.7 percent', 'change', 7.7, 'percent', 'actual'],
        ['fell by 3.1, 2.4 and 1.0 percent', 'change', -3.1, 'percent', 'actual'],
        ['fell by 3.1, 2.4 and 1.0 percent', 'change', -2.4, 'percent', 'actual'],
        ['fell by 3.1, 2.4 and 1.0 percent', 'change', -1, 'percent', 'actual'],
        ['20, 30 and 50 percent', 'share', 20, 'percent', 'actual'],
        ['30 and 50 percent', 'share', 30, 'percent', 'actual'],
        ['50 percent of sales', 'share', 50, 'percent', 'actual'],
        ['3.6 percent below', 'change', -3.6, 'percent', 'actual'],
      ],
    },
    {
      name: 'a bare "million" whose own phrase counts people borrows no currency',
      text: 'The union has a GDP of US$ 3.4 trillion and a combined population of 318 million. It was planned to earn 2.418 billion US dollars, and 1.8376 billion was earned.',
      expected: [
        ['US$ 3.4 trillion', 'amount', 3.4e12, 'USD', 'actual'],
        ['2.418 billion US dollars', 'amount', 2.418e9, 'USD', 'expected'],
        ['1.8376 billion', 'amount', 1.8376e9, 'USD', 'actual'],
      ],
    },
    {
      name: 'a predicate coordinated after the number keeps its own tense and hedge',
      text: 'Exports rose 5% in 2031 and will grow 3% next year. Sales rose 4% and are expected to rise further. Ministers welcomed the increase of the fund to US$ 50 billion and agreed to raise the quota share of emerging members by 6 percent. Exports are expected to rise 5% and imports 2%.',
      expected: [
        ['rose 5%', 'change', 5, 'percent', 'actual'],
        ['grow 3%', 'change', 3, 'percent', 'expected'],
        ['rose 4%', 'change', 4, 'percent', 'actual'],
        ['US$ 50 billion', 'amount', 50e9, 'USD', 'actual'],
        [
          'raise the quota share of emerging members by 6 percent',
          'change',
          6,
          'percent',
          'expected',
        ],
        ['rise 5%', 'change', 5, 'percent', 'expected'],
        ['2%', 'change', 2, 'percent', 'expected'],
      ],
    },
    {
      name: 'a number that borrows the verb of the figure before shares its status, across ", and by"',
      text: 'The Ministry expects the economy to grow by 3.5 per cent in 2033, and by 2.0 per cent in 2034. It expects exports to grow by 3.5 to 4.0 per cent in 2033, and by 2.0 to 4.0 per cent in 2034. Imports are forecast to rise 4% in 2033, and services 3%. Imports rose 4% in 2031, and services 3%.',
      expected: [
        ['grow by 3.5 per cent', 'change', 3.5, 'percent', 'expected'],
        ['2.0 per cent', 'change', 2, 'percent', 'expected'],
        ['grow by 3.5 to 4.0 per cent', 'change', { low: 3.5, high: 4 }, 'percent', 'expected'],
        ['2.0 to 4.0 per cent', 'change', { low: 2, high: 4 }, 'percent', 'expected'],
        ['rise 4%', 'change', 4, 'percent', 'expected'],
        ['3%', 'change', 3, 'percent', 'expected'],
        ['rose 4%', 'change', 4, 'percent', 'actual'],
        ['3%', 'change', 3, 'percent', 'actual'],
      ],
    },
    {
      name: 'what a recovery regained "of" a whole is a share of it',
      text: 'Asia recovered 85% of its pre-pandemic arrivals. Arrivals recovered 4% in May.',
      expected: [
        ['85% of its pre-pandemic arrivals', 'share', 85, 'percent', 'actual'],
        ['recovered 4%', 'change', 4, 'percent', 'actual'],
      ],
    },
    {
      name: 'a flow judged by its pace "at X%", with no whole, changes by X%',
      text: 'Passenger traffic starts the year off strong at 6%. Sales remained robust at 4% in May. Turnout was strong at 65% of voters.',
      expected: [
        ['6%', 'change', 6, 'percent', 'actual'],
        ['4%', 'change', 4, 'percent', 'actual'],
        ['65% of voters', 'share', 65, 'percent', 'actual'],
      ],
    },
    {
      name: 'a space after any currency sign, as after "$"',
      text: 'Net income was ¥ 2.1 trillion. The fund holds € 5 billion and ₩ 3 trillion.',
      expected: [
        ['¥ 2.1 trillion', 'amount', 2.1e12, 'JPY', 'actual'],
        ['€ 5 billion', 'amount', 5e9, 'EUR', 'actual'],
        ['₩ 3 trillion', 'amount', 3e12, 'KRW', 'actual'],
      ],
    },
    {
      name: 'a forecaster that "projects growth at" forecasts; ", from X last year" is the base',
      text: 'The Fund projects global growth at 3.2 percent in 2032 and 3.3 percent in 2033. Growth in emerging economies is forecast to slow to 4.0 percent, from 4.3 percent last year. Approved projects account for 30% of the total.',
      expected: [
        ['3.2 percent', 'change', 3.2, 'percent', 'expected'],
        ['3.3 percent', 'change', 3.3, 'percent', 'expected'],
        ['4.0 percent', 'change', 4, 'percent', 'expected'],
        ['4.3 percent', 'change', 4.3, 'percent', 'actual'],
        ['30% of the total', 'share', 30, 'percent', 'actual'],
      ],
    },
    {
      name: 'a bare "The projections for …" or "Expectations for …" subject carries the change before',
      text: 'The projection of export growth for 2031 is cut at 2.1% (from 2.4%). The projections for 2032 and 2033 have eased to 2.6% (from 2.9%) and 3.0%, respectively. The projections for 2034 were raised to 3.3%, while the policy rate was 4.5%.',
      expected: [
        ['2.1%', 'change', 2.1, 'percent', 'expected'],
        ['2.4%', 'change', 2.4, 'percent', 'expected'],
        ['2.6%', 'change', 2.6, 'percent', 'expected'],
        ['2.9%', 'change', 2.9, 'percent', 'expected'],
        ['3.0%', 'change', 3, 'percent', 'expected'],
        ['3.3%', 'change', 3.3, 'percent', 'expected'],
        ['4.5%', 'share', 4.5, 'percent', 'actual'],
      ],
    },
    {
      name: 'a revised-from bracket shares the status of the figure it revises; an actual base stays actual',
      text: 'The projection for wage inflation is higher at 5.2% in 2032 (up from 4.9%). Wages rose 3.1% in 2030, up from 2.8% in 2029.',
      expected: [
        ['5.2%', 'change', 5.2, 'percent', 'expected'],
        ['4.9%', 'change', 4.9, 'percent', 'expected'],
        ['rose 3.1%', 'change', 3.1, 'percent', 'actual'],
        ['2.8%', 'change', 2.8, 'percent', 'actual'],
      ],
    },
    {
      name: 'a decision "as expected" happened; a day of a month is no number of the subject',
      text: 'The board voted to hold the deposit rate at 2.75%, as widely expected. The annual growth of deposits, as on March 14, 2031 was 7.2 per cent. Output will grow 2% as expected.',
      expected: [
        ['2.75%', 'share', 2.75, 'percent', 'actual'],
        ['7.2 per cent', 'change', 7.2, 'percent', 'actual'],
        ['grow 2%', 'change', 2, 'percent', 'expected'],
      ],
    },
    {
      name: '"detracted … from growth" and the bracketed "(-)" are minuses',
      text: 'Household spending detracted 0.4 percentage points from growth. Mining output grew 1.9 per cent as compared to (-) 0.3 per cent a year ago.',
      expected: [
        ['detracted 0.4 percentage points', 'change', -0.4, 'percentage-points', 'actual'],
        ['grew 1.9 per cent', 'change', 1.9, 'percent', 'actual'],
        ['(-) 0.3 per cent', 'change', -0.3, 'percent', 'actual'],
      ],
    },
    {
      name: 'a glued "B" after a currency is billions; a spaced dash before a percent is an aside, not a range',
      text: 'Aid came to JPY 4.25B in all. Sales reached US$ 88 billion – 12% up on the year. The plan costs $2-3 billion.',
      expected: [
        ['JPY 4.25B', 'amount', 4.25e9, 'JPY', 'actual'],
        ['US$ 88 billion', 'amount', 8.8e10, 'USD', 'actual'],
        ['12% up', 'change', 12, 'percent', 'actual'],
        ['$2-3 billion', 'amount', { low: 2e9, high: 3e9 }, 'USD', 'actual'],
      ],
    },
    {
      name: 'a verb reaches "by" across a dashed aside; a period glued to a capital ends a sentence',
      text: 'The home market shrank a little, after five years of expansion – by 3 percent. A rise is forecast for 2032.Accounting for 4.4% of jobs, the sector is large.',
      expected: [
        [
          'shrank a little, after five years of expansion – by 3 percent',
          'change',
          -3,
          'percent',
          'actual',
        ],
        ['4.4% of jobs', 'share', 4.4, 'percent', 'actual'],
      ],
    },
    {
      name: 'a forecast range it reached only compares; a call for a goal over "the next five years" is expected',
      text: 'Sales rose by 8% in 2030, to an estimated $2.1 billion, reaching the upper end of the forecast. The board has called for the firm to double its output during the next five years.',
      expected: [
        ['rose by 8%', 'change', 8, 'percent', 'actual'],
        ['$2.1 billion', 'amount', 2.1e9, 'USD', 'actual'],
        ['double', 'change', 100, 'percent', 'expected'],
      ],
    },
    {
      name: '"twice as fast" compares paces, "twice as large" is a multiple; a fraction after a noun of change',
      text: 'Hiring grew twice as fast as in 2029. Output was twice as large as in 2020. That is growth of one fifth compared with 2025, and a decline of a third of the total.',
      expected: [
        ['twice as', 'change', 100, 'percent', 'actual'],
        ['growth of one fifth', 'change', 20, 'percent', 'actual'],
        ['a third of the total', 'share', 33.33, 'percent', 'actual'],
      ],
    },
    {
      name: '"That represents …" restates the figure before: a forecast stays a forecast',
      text: 'We expect the fleet to grow 3% in 2032. That represents growth of one fifth compared with 2026. Sales rose 2% in 2030. This means growth of a third since 2020.',
      expected: [
        ['grow 3%', 'change', 3, 'percent', 'expected'],
        ['growth of one fifth', 'change', 20, 'percent', 'expected'],
        ['rose 2%', 'change', 2, 'percent', 'actual'],
        ['growth of a third', 'change', 33.33, 'percent', 'actual'],
      ],
    },
    {
      name: 'a slowing as a noun with the level it reaches ("a deceleration to 2%") is that growth rate',
      text: 'Output saw a solid 3% growth in 2031. A slight deceleration to around 2% is forecast for 2032. A decline of 3% in orders was seen.',
      expected: [
        ['3% growth', 'change', 3, 'percent', 'actual'],
        ['2%', 'change', 2, 'percent', 'expected'],
        ['decline of 3%', 'change', -3, 'percent', 'actual'],
      ],
    },
    {
      name: 'an amount paid every year is a level now, whatever "will" happen to it',
      text: 'It will remove most of the EUR 2 billion of tariffs paid every year by exporters. It will cut EUR 3 billion of spending in 2032. The plan is expected to save USD 4 billion spent annually.',
      expected: [
        ['EUR 2 billion', 'amount', 2e9, 'EUR', 'actual'],
        ['EUR 3 billion', 'amount', 3e9, 'EUR', 'expected'],
        ['USD 4 billion', 'amount', 4e9, 'USD', 'expected'],
      ],
    },
    {
      name: 'after an approval, money that "will go to" or a country "will benefit from" is approved now',
      text: 'The Board has approved US$ 500 million for new projects. Moreover, Chad will benefit from US$ 40 million for roads, and US$ 12.5 million will go to a water project. Chad will benefit from US$ 9 million next year.\n\nNiger will benefit from US$ 7 million for schools.',
      expected: [
        ['US$ 500 million', 'amount', 5e8, 'USD', 'actual'],
        ['US$ 40 million', 'amount', 4e7, 'USD', 'actual'],
        ['US$ 12.5 million', 'amount', 1.25e7, 'USD', 'actual'],
        ['US$ 9 million', 'amount', 9e6, 'USD', 'expected'],
        ['US$ 7 million', 'amount', 7e6, 'USD', 'expected'],
      ],
    },
    {
      name: 'a fraction that ends its clause takes the whole named before it; none was named, no share',
      text: 'Asia today accounts for more than half of world flows, while Africa jumped to over one fifth. Sales fell to a third.',
      expected: [
        ['half of world flows', 'share', 50, 'percent', 'actual'],
        ['one fifth', 'share', 20, 'percent', 'actual'],
      ],
    },
    {
      name: 'a fraction of a scale in words is an amount; of people it is none',
      text: 'Remittances passed half a trillion US dollars in 2031. Aid reached a quarter of a billion euros. Half a million people came.',
      expected: [
        ['half a trillion US dollars', 'amount', 5e11, 'USD', 'actual'],
        ['a quarter of a billion euros', 'amount', 2.5e8, 'EUR', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: unseen constructions (round 12, issue 14 misses on real texts)', () => {
  // The causes behind the misses at first contact with the last unseen set, each as a general
  // rule; the sentences are ours.
  itProposes([
    {
      name: 'a target noun reaches only the number it names, not a later verb of what happened',
      text: 'Its target of 2% for inflation is still some way off and wages rose 4.1% in the quarter. The plan targets output growth of 3% and exports fell 1.5% last year. Its central target is to cut emissions by 40% by 2035, and to raise efficiency by 12%.',
      expected: [
        ['2%', 'share', 2, 'percent', 'expected'],
        ['rose 4.1%', 'change', 4.1, 'percent', 'actual'],
        ['growth of 3%', 'change', 3, 'percent', 'expected'],
        ['fell 1.5%', 'change', -1.5, 'percent', 'actual'],
        ['cut emissions by 40%', 'change', -40, 'percent', 'expected'],
        ['raise efficiency by 12%', 'change', 12, 'percent', 'expected'],
      ],
    },
    {
      name: 'a number before a goal or target noun is that goal',
      text: 'The plan sets a 50 percent goal for renewable power. A 15% reduction target for gas use was announced. Sales reached 80% of the target.',
      expected: [
        ['50 percent', 'share', 50, 'percent', 'expected'],
        ['15% reduction', 'change', -15, 'percent', 'expected'],
        ['80% of the target', 'share', 80, 'percent', 'actual'],
      ],
    },
    {
      name: 'an estimate of a period that is over is no forecast; of a later one it is',
      text: doc(
        'Statistics Office, 14 February 2033',
        'Growth for 2032 is estimated to be 1.2 per cent. Output last year is estimated to be 0.8% higher. GDP is estimated to have grown 1.2% in 2032. Consumption is estimated to grow 1.5% in 2033.',
      ),
      expected: [
        ['1.2 per cent', 'change', 1.2, 'percent', 'actual'],
        ['0.8% higher', 'change', 0.8, 'percent', 'actual'],
        ['grown 1.2%', 'change', 1.2, 'percent', 'actual'],
        ['grow 1.5%', 'change', 1.5, 'percent', 'expected'],
      ],
    },
    {
      name: "a minority's preferred rate is not the decision",
      text: 'The Committee voted to maintain Bank Rate at 4.25%. Two members preferred to raise Bank Rate by 0.5 percentage points, to 4.75%. One member would have preferred a cut of half a percentage point, to 3.75%.',
      expected: [
        ['4.25%', 'share', 4.25, 'percent', 'actual'],
        [
          'raise Bank Rate by 0.5 percentage points',
          'change',
          0.5,
          'percentage-points',
          'expected',
        ],
        ['4.75%', 'share', 4.75, 'percent', 'expected'],
        ['cut of half a percentage point', 'change', -0.5, 'percentage-points', 'expected'],
        ['3.75%', 'share', 3.75, 'percent', 'expected'],
      ],
    },
    {
      name: 'a fraction of a percentage point: "½ a", "half a", "a quarter of a", "¼"',
      text: 'The Board raised the policy rate by ½ a percentage point. The Bank cut its rate by half a percentage point. Rates fell by a quarter of a percentage point. Yields rose by ¼ percentage point.',
      expected: [
        [
          'raised the policy rate by ½ a percentage point',
          'change',
          0.5,
          'percentage-points',
          'actual',
        ],
        ['cut its rate by half a percentage point', 'change', -0.5, 'percentage-points', 'actual'],
        ['fell by a quarter of a percentage point', 'change', -0.25, 'percentage-points', 'actual'],
        ['rose by ¼ percentage point', 'change', 0.25, 'percentage-points', 'actual'],
      ],
    },
    {
      name: "a rate's level below zero is a level with its minus; other signed numbers are changes",
      text: 'The deposit facility rate stays at -0.5% and the policy-rate balance at minus 0.1 percent. The rate on the deposit facility was cut by 10 basis points to -0.50 percent. Consumer prices came in at minus 0.4% in May.',
      expected: [
        ['-0.5%', 'share', -0.5, 'percent', 'actual'],
        ['minus 0.1 percent', 'share', -0.1, 'percent', 'actual'],
        ['cut by 10 basis points', 'change', -0.1, 'percentage-points', 'actual'],
        ['-0.50 percent', 'share', -0.5, 'percent', 'actual'],
        ['minus 0.4%', 'change', -0.4, 'percent', 'actual'],
      ],
    },
    {
      name: 'a number, a noun and a change noun is a change',
      text: 'Airports reported a 5.4% traffic increase in May and a 2.1% export volume decline.',
      expected: [
        ['5.4% traffic increase', 'change', 5.4, 'percent', 'actual'],
        ['2.1% export volume decline', 'change', -2.1, 'percent', 'actual'],
      ],
    },
    {
      name: 'a currency written after the scale ("1.5 billion US$")',
      text: 'The fund committed 1.5 billion US$ to the programme and 2 bn US$ to roads.',
      expected: [
        ['1.5 billion US$', 'amount', 1.5e9, 'USD', 'actual'],
        ['2 bn US$', 'amount', 2e9, 'USD', 'actual'],
      ],
    },
    {
      name: 'a central bank\'s outlook with "will continue to" or "is assessed to" is expected',
      text: 'Inflation will continue to be close to 2 per cent. CPIF inflation is assessed to continue to be close to 2 per cent. Inflation is close to 2 per cent and will continue to be so.',
      expected: [
        ['2 per cent', 'change', 2, 'percent', 'expected'],
        ['2 per cent', 'change', 2, 'percent', 'expected'],
        ['2 per cent', 'change', 2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a new subject with a modal after "and" starts its own clause',
      text: 'The economy grew 1.2% in 2032 and growth will pick up to 1.5% in 2033.',
      expected: [
        ['grew 1.2%', 'change', 1.2, 'percent', 'actual'],
        ['1.5%', 'change', 1.5, 'percent', 'expected'],
      ],
    },
    {
      name: 'a sentence broken by an empty line goes on; a title or a stop ends its paragraph',
      text: 'Bank of Norland\n\nPress release\n\nThe Bank expects inflation to\n\naverage 2.4% next year, while exports rose by\n\n3.1% in May.\n\nGrowth was 1.0%.\n\nImports fell 2%.',
      expected: [
        ['2.4%', 'change', 2.4, 'percent', 'expected'],
        ['rose by\n\n3.1%', 'change', 3.1, 'percent', 'actual'],
        ['1.0%', 'change', 1, 'percent', 'actual'],
        ['fell 2%', 'change', -2, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: round 12 causes, in other words', () => {
  itProposes([
    {
      name: 'a fraction of a point with a hyphen, a euro sign after the scale, a minority "of the seven"',
      text: 'The Fed delivered a quarter-point cut. The board raised its rate by ½ percentage point, with two of the seven members voting for a ¼-point move. Receipts reached 4.2 billion € in 2032.',
      expected: [
        ['a quarter-point cut', 'change', -0.25, 'percentage-points', 'actual'],
        ['raised its rate by ½ percentage point', 'change', 0.5, 'percentage-points', 'actual'],
        ['¼-point', 'change', 0.25, 'percentage-points', 'expected'],
        ['4.2 billion €', 'amount', 4.2e9, 'EUR', 'actual'],
      ],
    },
    {
      name: 'a cut "of" a rate by basis points to a level below zero; a move "widely anticipated" happened',
      text: 'The cut of the interest rate on the deposit facility by 10 basis points (bp), to -0.5 %, was widely anticipated by markets. The deposit rate averaged 1.28 percent over two decades, with a high of 3.75 percent and a record low of -0.40 percent.',
      expected: [
        [
          'cut of the interest rate on the deposit facility by 10 basis points',
          'change',
          -0.1,
          'percentage-points',
          'actual',
        ],
        ['-0.5 %', 'share', -0.5, 'percent', 'actual'],
        ['1.28 percent', 'share', 1.28, 'percent', 'actual'],
        ['3.75 percent', 'share', 3.75, 'percent', 'actual'],
        ['-0.40 percent', 'share', -0.4, 'percent', 'actual'],
      ],
    },
    {
      name: 'a dollar amount written in words after the scale, singular or "U.S."',
      text: 'The bank signed a 5 billion dollar loan. Aid reached 1.5 billion U.S. dollars.',
      expected: [
        ['5 billion dollar', 'amount', 5e9, 'USD', 'actual'],
        ['1.5 billion U.S. dollars', 'amount', 1.5e9, 'USD', 'actual'],
      ],
    },
    {
      name: 'after a word that cannot end a sentence, an empty line does not end it',
      text: 'Statistics Office, 14 February 2033\n\nExports to\n\nChina rose 5%. The flash estimate of 0.3% for the fourth quarter of 2032 was confirmed. The estimate of 1.5% for 2033 is unchanged.',
      expected: [
        ['rose 5%', 'change', 5, 'percent', 'actual'],
        ['0.3%', 'share', 0.3, 'percent', 'actual'],
        ['1.5%', 'share', 1.5, 'percent', 'expected'],
      ],
    },
    {
      name: 'a spaced minus after a word that needs a number, across a line or an empty line',
      text: 'The Council decided to cut the deposit rate to\n– 0.5 % from 1 July.\n\nRates were changed as follows:\n- 0.5 % for deposits\n\nThe yield fell to\n\n– 0.2 % in May. Exports rose 5 % – a record – in May.',
      expected: [
        ['– 0.5 %', 'share', -0.5, 'percent', 'actual'],
        ['0.5 %', 'share', 0.5, 'percent', 'actual'],
        ['– 0.2 %', 'share', -0.2, 'percent', 'actual'],
        ['rose 5 %', 'change', 5, 'percent', 'actual'],
      ],
    },
    {
      name: "a range reached from an earlier level is that level's kind; a forecast verb before a range",
      text: 'The ministry lowered its growth forecast from initial 2.5 % to – 1 % to 1.5 %. The Bank projects growth of between – 0.5 % and 0.5 % in 2033.',
      expected: [
        ['2.5 %', 'change', 2.5, 'percent', 'expected'],
        ['– 1 % to 1.5 %', 'change', { low: -1, high: 1.5 }, 'percent', 'expected'],
        [
          'growth of between – 0.5 % and 0.5 %',
          'change',
          { low: -0.5, high: 0.5 },
          'percent',
          'expected',
        ],
      ],
    },
    {
      name: 'a target names the first number after it; a later verb or statement has its own status',
      text: 'With inflation at 3.1%, well above the 2% target, the Bank raised rates by 0.25 percentage points. Against a target of 2%, inflation averaged 2.6% in 2032. The inflation target is 2 per cent and inflation was 3.4 per cent in March. GDP growth of 2.5% in 2032 exceeded the target of 2%.',
      expected: [
        ['3.1%', 'change', 3.1, 'percent', 'actual'],
        ['2%', 'change', 2, 'percent', 'expected'],
        ['raised rates by 0.25 percentage points', 'change', 0.25, 'percentage-points', 'actual'],
        ['2%', 'share', 2, 'percent', 'expected'],
        ['2.6%', 'change', 2.6, 'percent', 'actual'],
        ['2 per cent', 'change', 2, 'percent', 'expected'],
        ['3.4 per cent', 'change', 3.4, 'percent', 'actual'],
        ['growth of 2.5%', 'change', 2.5, 'percent', 'actual'],
        ['2%', 'change', 2, 'percent', 'expected'],
      ],
    },
    {
      name: 'an inflation outlook near its target is expected, however the setting verbs read',
      text: 'Inflation will remain close to the target, at around 2 per cent, over the coming years. Inflation looks set to stay close to 2 per cent. The Bank will keep the policy rate at 4 per cent.',
      expected: [
        ['2 per cent', 'change', 2, 'percent', 'expected'],
        ['2 per cent', 'change', 2, 'percent', 'expected'],
        ['4 per cent', 'share', 4, 'percent', 'actual'],
      ],
    },
    {
      name: 'a member named by title who voted otherwise is a minority; a count of seven is the majority',
      text: 'Mr Smith and Ms Jones voted for a 0.25 percentage point increase in Bank Rate, to 4.5%. Seven members voted to maintain Bank Rate at 4.25%. One member preferred no change, as inflation rose to 3%. Households favoured saving and deposits grew 5%.',
      expected: [
        ['0.25 percentage point increase', 'change', 0.25, 'percentage-points', 'expected'],
        ['4.5%', 'share', 4.5, 'percent', 'expected'],
        ['4.25%', 'share', 4.25, 'percent', 'actual'],
        ['3%', 'change', 3, 'percent', 'actual'],
        ['grew 5%', 'change', 5, 'percent', 'actual'],
      ],
    },
    {
      name: 'an estimate of an earlier year than the dateline is actual, in any of its forms',
      text: doc(
        'Ministry of Finance, 03.03.2033',
        'The deficit in 2032 is estimated to have been 3.4% of GDP. Exports for 2032 are estimated to be 2.5% lower than in 2031. The surplus is estimated to reach 2.5% of GDP in 2033.',
      ),
      expected: [
        ['3.4% of GDP', 'share', 3.4, 'percent', 'actual'],
        ['2.5% lower', 'change', -2.5, 'percent', 'actual'],
        ['2.5% of GDP', 'share', 2.5, 'percent', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: round 13 causes (two unseen sets), in other words', () => {
  itProposes([
    {
      name: 'plural "growths", "slowed to", "a high of", a bracketed "by" and a number word before points',
      text: 'Mining and construction posted growths of 2.1 and 3.4 percent, respectively. Construction slowed to 1.6 percent after touching a high of 6.2 percent in 2031. Export prices fell slightly (by 0.3%) in May. The Fund sees growth at 3.0% in 2033, one percentage point lower than in its spring report.',
      expected: [
        ['2.1 and 3.4 percent', 'change', 2.1, 'percent', 'actual'],
        ['3.4 percent', 'change', 3.4, 'percent', 'actual'],
        ['1.6 percent', 'change', 1.6, 'percent', 'actual'],
        ['6.2 percent', 'change', 6.2, 'percent', 'actual'],
        ['fell slightly (by 0.3%', 'change', -0.3, 'percent', 'actual'],
        ['3.0%', 'change', 3, 'percent', 'expected'],
        ['one percentage point lower', 'change', -1, 'percentage-points', 'expected'],
      ],
    },
    {
      name: 'a pronoun after a semicolon names the subject before it; a level reached by a pace verb of a policy rate stays a level',
      text: 'In the east, the inflation rate rose from 2.2% to 3.0%; in the west, it rose from 1.8% to 2.4%. The policy rate moderated to 4.5% in June.',
      expected: [
        ['2.2%', 'change', 2.2, 'percent', 'actual'],
        ['3.0%', 'change', 3, 'percent', 'actual'],
        ['1.8%', 'change', 1.8, 'percent', 'actual'],
        ['2.4%', 'change', 2.4, 'percent', 'actual'],
        ['4.5%', 'share', 4.5, 'percent', 'actual'],
      ],
    },
    {
      name: 'a projected path starts in the dateline year; an earlier forecast "it predicted"; the forecast for a named place',
      text: doc(
        'Outlook note, May 2035',
        'Exports grew 3.0% last year. The forecast for Norland remains at 2.7% in 2035 and 2.9% in 2036.',
        'The report projects investment growth easing from 5.5% in 2034 to 4.1% in 2035. Growth was revised up from the 2.0% we had projected in January.',
      ),
      expected: [
        ['grew 3.0%', 'change', 3, 'percent', 'actual'],
        ['2.7%', 'change', 2.7, 'percent', 'expected'],
        ['2.9%', 'change', 2.9, 'percent', 'expected'],
        ['5.5%', 'change', 5.5, 'percent', 'actual'],
        ['4.1%', 'change', 4.1, 'percent', 'expected'],
        ['2.0%', 'change', 2, 'percent', 'expected'],
      ],
    },
    {
      name: 'an attributive "anticipated" leaves what was paid actual; a forecast "anticipated to" is expected',
      text: 'Reserves now stand at $4.1 billion after anticipated bond repayments of $0.6 billion. Inflation is anticipated to reach 3.2% next year.',
      expected: [
        ['$4.1 billion', 'amount', 4.1e9, 'USD', 'actual'],
        ['$0.6 billion', 'amount', 0.6e9, 'USD', 'actual'],
        ['3.2%', 'change', 3.2, 'percent', 'expected'],
      ],
    },
    {
      name: 'a purchase guideline with upper limits is in force; a recommended level is expected; a present fact after a projection is actual',
      text: 'The Bank will buy government bonds as necessary with upper limits of about 6 trillion yen on the annual pace. The Council urged a minimum wage increase of 5% for 2034. Output is set to shrink in 30 percent of countries, home to 35 percent of the world population.',
      expected: [
        ['6 trillion yen', 'amount', 6e12, 'JPY', 'actual'],
        ['increase of 5%', 'change', 5, 'percent', 'expected'],
        ['30 percent of countries', 'share', 30, 'percent', 'expected'],
        ['35 percent of the world population', 'share', 35, 'percent', 'actual'],
      ],
    },
    {
      name: 'an abbreviation in brackets between the verb and its "by"; a sentence broken at a verb before an empty line',
      text: doc(
        'The plan aims to raise the national savings rate (NSR) by 4 percent. These measures, taken together, would add',
        '0.8 percent, according to staff.',
      ),
      expected: [
        ['raise the national savings rate (NSR) by 4 percent', 'change', 4, 'percent', 'expected'],
        ['0.8 percent', 'change', 0.8, 'percent', 'expected'],
      ],
    },
    {
      name: 'spaced thousands after a currency sign, "or" with the direction after, "up … or", a spaced dash as separator, plural scale',
      text: 'Imports reached €2 018.4 bn. Current spending was 0.9% or €40 million ahead of profile, and revenue was up €75 million or 3.3%. Trade: import - 12,5 million USD, export – 640 thousands USD.',
      expected: [
        ['€2 018.4 bn', 'amount', 2018.4e9, 'EUR', 'actual'],
        ['0.9% or €40 million ahead', 'change', 0.9, 'percent', 'actual'],
        ['€40 million', 'amount', 40e6, 'EUR', 'actual'],
        ['€75 million', 'amount', 75e6, 'EUR', 'actual'],
        ['3.3%', 'change', 3.3, 'percent', 'actual'],
        ['12,5 million USD', 'amount', 12.5e6, 'USD', 'actual'],
        ['640 thousands USD', 'amount', 640e3, 'USD', 'actual'],
      ],
    },
    {
      name: 'a purchase pace in force; the number an attributive "anticipated" names; "from" after a pace verb; the forecast for a place a paragraph on',
      text: doc(
        'The Bank will purchase government bonds so that their amount outstanding will increase at an annual pace of about 80 trillion yen. Reserves stood at $5.1 billion, compared with an anticipated $5.5 billion. Manufacturing decelerated to 3.1 percent from 4.5 percent. The policy rate was cut to 3% from 3.5%.',
        'Growth in Valmora reached 5.0% last year.',
        'The forecast for Valmora remains unchanged at 5.2% in 2034.',
      ),
      expected: [
        ['80 trillion yen', 'amount', 80e12, 'JPY', 'actual'],
        ['$5.1 billion', 'amount', 5.1e9, 'USD', 'actual'],
        ['$5.5 billion', 'amount', 5.5e9, 'USD', 'expected'],
        ['3.1 percent', 'change', 3.1, 'percent', 'actual'],
        ['4.5 percent', 'change', 4.5, 'percent', 'actual'],
        ['3%', 'share', 3, 'percent', 'actual'],
        ['3.5%', 'share', 3.5, 'percent', 'actual'],
        ['5.0%', 'change', 5, 'percent', 'actual'],
        ['5.2%', 'change', 5.2, 'percent', 'expected'],
      ],
    },
    {
      name: 'spaced thousands before a scale and currency word, a stop after an abbreviated scale, an amount in brackets before the comparative, an estimating verb',
      text: doc(
        'Ministers meeting, Portvale, March 2036',
        'Exports reached 1 741.9 billion euros. Trade: export - 30,4 mln. USD, import 2,1 mln USD. Spending was 2.1% (€40 million) ahead of profile. The agency estimates inflows at $14 billion in 2036. Agency estimates put first-quarter growth in 2036 at 1.1%.',
      ),
      expected: [
        ['1 741.9 billion euros', 'amount', 1741.9e9, 'EUR', 'actual'],
        ['30,4 mln. USD', 'amount', 30.4e6, 'USD', 'actual'],
        ['2,1 mln USD', 'amount', 2.1e6, 'USD', 'actual'],
        ['2.1% (€40 million) ahead', 'change', 2.1, 'percent', 'actual'],
        ['€40 million', 'amount', 40e6, 'EUR', 'actual'],
        ['$14 billion', 'amount', 14e9, 'USD', 'expected'],
        ['1.1%', 'change', 1.1, 'percent', 'actual'],
      ],
    },
    {
      name: 'a heading that names growth gives its kind to a number with no word of its own, until the next heading',
      text: doc(
        'Growth by sector',
        'Agriculture posted 1.4 percent in the quarter. Its share was 12 percent of output.',
        'Labour market',
        'The jobless figure was 5.2 percent.',
      ),
      expected: [
        ['1.4 percent', 'change', 1.4, 'percent', 'actual'],
        ['12 percent of output', 'share', 12, 'percent', 'actual'],
        ['5.2 percent', 'share', 5.2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a deadline after the dateline makes a goal, but not for a loan or a period that is over; "hope to" is a plan',
      text: doc(
        'Economic Bulletin, 10 November 2034',
        'Officials want the deficit at 2% of GDP by 2036. The $2 billion loan is repayable by 2040. The plan sets a goal for 2040, against 31% of supply last year. Officials hope to cut unemployment to 5%.',
      ),
      expected: [
        ['2% of GDP', 'share', 2, 'percent', 'expected'],
        ['$2 billion', 'amount', 2e9, 'USD', 'actual'],
        ['31% of supply', 'share', 31, 'percent', 'actual'],
        ['5%', 'share', 5, 'percent', 'expected'],
      ],
    },
    {
      name: '"rebounded to" a growth level; an earlier forecast named as a base stays a forecast',
      text: 'Farm output rebounded to 3.3 percent. The policy rate rebounded to 4% in May. The Fund revised its growth projection to 3.9%, from the 3.6% it forecast in October.',
      expected: [
        ['3.3 percent', 'change', 3.3, 'percent', 'actual'],
        ['4%', 'share', 4, 'percent', 'actual'],
        ['3.9%', 'change', 3.9, 'percent', 'expected'],
        ['3.6%', 'change', 3.6, 'percent', 'expected'],
      ],
    },
    {
      name: 'estimates for the year of a month dateline are expected, of a year before it actual; a scale with no currency is not proposed',
      text: doc(
        'Ministers meeting, Portvale, March 2036',
        'Agency estimates put remittances at $14 billion in 2036, up from $12 billion in 2035. Total imports in 2035 were 0.94 trillion.',
      ),
      expected: [
        ['$14 billion', 'amount', 14e9, 'USD', 'expected'],
        ['$12 billion', 'amount', 12e9, 'USD', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: round 14 causes (m17, m18), in other words', () => {
  itProposes([
    {
      name: 'a lead-in that commits makes every item of its list a plan, paragraph after paragraph, until the item that ends the list',
      text: doc(
        'Finance ministers agreed to fund the following:',
        '- EUR 40 billion for the guarantee facility;',
        '- EUR 12 billion in grants, over four years.',
        'Exports fell 2% last year.',
      ),
      expected: [
        ['EUR 40 billion', 'amount', 40e9, 'EUR', 'expected'],
        ['EUR 12 billion', 'amount', 12e9, 'EUR', 'expected'],
        ['fell 2%', 'change', -2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a clause that opens with its number borrows the verb before it, and its tense; one with a verb of its own keeps it',
      text: doc(
        "The Council's plan is as follows: the budget will rise to EUR 80 billion; EUR 20 billion from members; and EUR 5 billion from the reserve.",
        'The report expects the change to add some $40 billion to farm trade, and $12 billion to services, next year.',
        'Revenue will rise 4% in 2034; 5% was recorded in 2032.',
      ),
      expected: [
        ['EUR 80 billion', 'amount', 80e9, 'EUR', 'expected'],
        ['EUR 20 billion', 'amount', 20e9, 'EUR', 'expected'],
        ['EUR 5 billion', 'amount', 5e9, 'EUR', 'expected'],
        ['$40 billion', 'amount', 40e9, 'USD', 'expected'],
        ['$12 billion', 'amount', 12e9, 'USD', 'expected'],
        ['rise 4%', 'change', 4, 'percent', 'expected'],
        ['5%', 'change', 5, 'percent', 'actual'],
      ],
    },
    {
      name: '"up to" after a participle under "will be" is a ceiling planned, after a past verb what was',
      text: 'The quota will be tripled, and the credit line increased by up to $20 billion. Last year exports increased by up to 6% in some months.',
      expected: [
        ['tripled', 'change', 200, 'percent', 'expected'],
        ['$20 billion', 'amount', 20e9, 'USD', 'expected'],
        ['increased by up to 6%', 'change', 6, 'percent', 'actual'],
      ],
    },
    {
      name: 'a bracketed list under "is down with" takes the fall, each number its minus; under "up" it stays a rise',
      text: 'Car sales are down 5.1%, and are also down with Ostland (2.2%) and Kerria (9.4%). Imports were up with Tamsin (3%).',
      expected: [
        ['are down 5.1%', 'change', -5.1, 'percent', 'actual'],
        ['are also down with Ostland (2.2%', 'change', -2.2, 'percent', 'actual'],
        ['are also down with Ostland (2.2%) and Kerria (9.4%', 'change', -9.4, 'percent', 'actual'],
        ['3%', 'change', 3, 'percent', 'actual'],
      ],
    },
    {
      name: 'a gerund with its object is a multiplier ("aims at halving food waste"), the noun "doubling time" is not',
      text: 'The union aims at halving food waste by 2040. The doubling time of prices is long.',
      expected: [['halving', 'change', -50, 'percent', 'expected']],
    },
    {
      name: 'what a thing an amount went to is for ("loans designed to", "projects aimed at") does not make it a plan; "projects" as a noun is no forecast verb',
      text: 'Around $3 billion went to loans designed to support exporters. Some EUR 2 billion was invested in projects intended to cut emissions. The Bank projects growth to reach 3%.',
      expected: [
        ['$3 billion', 'amount', 3e9, 'USD', 'actual'],
        ['EUR 2 billion', 'amount', 2e9, 'EUR', 'actual'],
        ['3%', 'change', 3, 'percent', 'expected'],
      ],
    },
    {
      name: "the coming years, the next few weeks and a determination to act make a plan; last year's rate stays actual and is the same kind",
      text: "Sales are set to climb 8% a year over coming years, from last year's rate of 5%. The agency stated its determination to sell $300 million of notes in the next few weeks.",
      expected: [
        ['climb 8%', 'change', 8, 'percent', 'expected'],
        ['5%', 'change', 5, 'percent', 'actual'],
        ['$300 million', 'amount', 3e8, 'USD', 'expected'],
      ],
    },
    {
      name: 'a flow\'s percent "a year" is its pace; a band named by its part ("the mid-2% range") has its number, never a minus',
      text: 'The Bank will lift its annual lending to 15% a year. Inflation is expected to stay in the mid-2% range, and wage growth was in the upper-3% range.',
      expected: [
        ['15%', 'change', 15, 'percent', 'expected'],
        ['2%', 'change', 2, 'percent', 'expected'],
        ['3%', 'change', 3, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: round 14 causes (m19), in other words', () => {
  itProposes([
    {
      name: 'the second end of a from/to revision is the first end\'s kind; a period breakdown after "with" and semicolons shares the figure\'s kind and status, another measure does not',
      text: doc(
        'The office revised second-quarter inflation from 3.3% to 3.6%.',
        'Exports are projected at 4.0% for 2036, with Q1 at 3.5%; Q2 at 4.2%; and Q3 at 4.4%.',
        'Growth was projected at 3.0% for 2036; unemployment at 5.1%.',
      ),
      expected: [
        ['3.3%', 'change', 3.3, 'percent', 'actual'],
        ['3.6%', 'change', 3.6, 'percent', 'actual'],
        ['4.0%', 'change', 4, 'percent', 'expected'],
        ['3.5%', 'change', 3.5, 'percent', 'expected'],
        ['4.2%', 'change', 4.2, 'percent', 'expected'],
        ['4.4%', 'change', 4.4, 'percent', 'expected'],
        ['3.0%', 'change', 3, 'percent', 'expected'],
        ['5.1%', 'share', 5.1, 'percent', 'actual'],
      ],
    },
    {
      name: 'a list of bracketed numbers before its predicate takes the predicate\'s change; "A% and B% declines" share the noun',
      text: 'Wheat (8.2%) and barley (5.5%) also posted solid export gains. This came after 0.5% and 0.4% declines.',
      expected: [
        [
          '8.2%) and barley (5.5%) also posted solid export gains',
          'change',
          8.2,
          'percent',
          'actual',
        ],
        ['5.5%) also posted solid export gains', 'change', 5.5, 'percent', 'actual'],
        ['0.5% and 0.4% declines', 'change', -0.5, 'percent', 'actual'],
        ['0.4% declines', 'change', -0.4, 'percent', 'actual'],
      ],
    },
    {
      name: "an aside in brackets with its own verb does not end the list's verb",
      text: 'Shipments showed falls of 3.1% by sea (1.2% up when fuel is excluded), 2.4% by rail and 0.9% by road.',
      expected: [
        ['falls of 3.1%', 'change', -3.1, 'percent', 'actual'],
        ['1.2% up', 'change', 1.2, 'percent', 'actual'],
        [
          'falls of 3.1% by sea (1.2% up when fuel is excluded), 2.4%',
          'change',
          -2.4,
          'percent',
          'actual',
        ],
        [
          'falls of 3.1% by sea (1.2% up when fuel is excluded), 2.4% by rail and 0.9%',
          'change',
          -0.9,
          'percent',
          'actual',
        ],
      ],
    },
    {
      name: '"slumped", "a seasonally adjusted", "powered up to"; a comparison "weaker-than-forecast" is no forecast; a target band is expected',
      text: doc(
        'Farm output plunged by a seasonally adjusted 7.5%, and services slumped 2.0%. Output powered up to 6.1 per cent in May.',
        'The region saw weaker-than-forecast growth, of 1.1%, last year. Inflation stays above its target range of between 2% and 3%.',
      ),
      expected: [
        ['plunged by a seasonally adjusted 7.5%', 'change', -7.5, 'percent', 'actual'],
        ['slumped 2.0%', 'change', -2, 'percent', 'actual'],
        ['6.1 per cent', 'change', 6.1, 'percent', 'actual'],
        ['1.1%', 'change', 1.1, 'percent', 'actual'],
        ['between 2% and 3%', 'change', { low: 2, high: 3 }, 'percent', 'expected'],
      ],
    },
    {
      name: 'no change computed from counts beside a stated one, no year as a percent; a ratio above the whole that names its denominator is a share; "2-percent" is a percent',
      text: doc(
        'Truck sales were down by 4% from 50,000 to 48,000 vehicles.',
        'Growth is seen at 2.1 per for fiscal year 2036 per cent. The loan equals 250 percent of quota.',
        'Inflation should return to the 2-percent goal by 2037.',
      ),
      expected: [
        ['were down by 4%', 'change', -4, 'percent', 'actual'],
        ['250 percent of quota', 'share', 250, 'percent', 'actual'],
        ['2-percent', 'change', 2, 'percent', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: a share above 100 that names what it is a ratio to is a ratio, a share', () => {
  itProposes([
    {
      name: '"of GDP", "of gross domestic product", "of <noun phrase>", "of its earlier level"',
      text: doc(
        'Public debt reached 255 percent of GDP at the end of 2031.',
        'Debt is projected to ease to 240 percent of gross domestic product by 2034.',
        'Exports recovered to 130% of their 2019 level last year.',
        'Reserves covered 112 percent of short-term external debt in December.',
      ),
      expected: [
        ['255 percent of GDP', 'share', 255, 'percent', 'actual'],
        ['240 percent of gross domestic product', 'share', 240, 'percent', 'expected'],
        ['130% of their 2019 level', 'share', 130, 'percent', 'actual'],
        ['112 percent of short-term external debt', 'share', 112, 'percent', 'actual'],
      ],
    },
    {
      name: 'a ratio named before the number ("a loan-to-deposit ratio of 104%") is a share',
      text: "The banking system's loan-to-deposit ratio was 104% at the end of 2031.",
      expected: [['104%', 'share', 104, 'percent', 'actual']],
    },
    {
      name: 'an index above 100 with no denominator after it stays no figure (near miss)',
      text: 'The volume index stood at 104.2 percent in 2031.',
      expected: [],
    },
  ]);
});

describe('extractCandidates: round 14, constructions read in central-bank, statistics and trade releases', () => {
  itProposes([
    {
      name: '"see output rising" is a forecast; "expectations for a 1.5% gain" is the forecast itself; "the outlook for" forecasts',
      text: 'Members see exports rising 3 to 4 percent next season. Sales grew 2.1 per cent, beating expectations for a 1.8 per cent gain. The outlook for this year was cut to 1.1 percent from 1.4 percent.',
      expected: [
        ['rising 3 to 4 percent', 'change', { low: 3, high: 4 }, 'percent', 'expected'],
        ['grew 2.1 per cent', 'change', 2.1, 'percent', 'actual'],
        ['1.8 per cent gain', 'change', 1.8, 'percent', 'expected'],
        ['1.1 percent', 'change', 1.1, 'percent', 'expected'],
        ['1.4 percent', 'change', 1.4, 'percent', 'expected'],
      ],
    },
    {
      name: '"was off", "improved", "a revised" and "a provisional" are change words',
      text: 'Farm sales were off 1.4 per cent. Services improved 0.8 per cent. Output grew by a provisional 0.6 per cent after a revised 0.2 per cent.',
      expected: [
        ['were off 1.4 per cent', 'change', -1.4, 'percent', 'actual'],
        ['improved 0.8 per cent', 'change', 0.8, 'percent', 'actual'],
        ['grew by a provisional 0.6 per cent', 'change', 0.6, 'percent', 'actual'],
        ['0.2 per cent', 'change', 0.2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a share of items "expected to" do something is today\'s count; "are expected to" forecasts it; a nearer level noun keeps its kind after a change; "a 50-basis-point hike"',
      text: doc(
        'The portfolio is doing well, with 85 percent of the loans expected to be repaid. Some 30 percent of firms are expected to hire next year.',
        'Wage growth is running at about 4%, while unemployment stayed at a record low of 5.9%. Will the bank deliver a 50-basis-point hike?',
      ),
      expected: [
        ['85 percent of the loans', 'share', 85, 'percent', 'actual'],
        ['30 percent of firms', 'share', 30, 'percent', 'expected'],
        ['4%', 'change', 4, 'percent', 'actual'],
        ['5.9%', 'share', 5.9, 'percent', 'actual'],
        ['50-basis-point hike', 'change', 0.5, 'percentage-points', 'expected'],
      ],
    },
    {
      name: '"1.6% YoY lower", "a 2.0 percent on-year loss", "3.5% y-o-y higher"; the second verb of one modal ("will triple … and double …")',
      text: 'Exports were 1.6% YoY lower, a 2.0 percent on-year loss, and imports 3.5% y-o-y higher. We will triple solar capacity by 2040 and double the pace of savings.',
      expected: [
        ['1.6% YoY lower', 'change', -1.6, 'percent', 'actual'],
        ['2.0 percent on-year loss', 'change', -2, 'percent', 'actual'],
        ['3.5% y-o-y higher', 'change', 3.5, 'percent', 'actual'],
        ['triple', 'change', 200, 'percent', 'expected'],
        ['double', 'change', 100, 'percent', 'expected'],
      ],
    },
    {
      name: 'a policy statement: a goal "over the longer run", ranges "foreseen", "versus the current", lists in basis points with the verb\'s sign, "which signals a quarter-percentage-point cut"',
      text: doc(
        'Policy statement, Harbourtown, 18 June 2035',
        'The Board seeks inflation at 2 percent over the medium term. Growth is seen at 1.1% for 2035, against a range of 1.4 - 2.0% foreseen in March.',
        'The Bank will let $15 billion run off each month versus the current $40 billion.',
        'Members lowered their rate estimates by 50 basis points in 2035 and 25 basis points in 2036.',
        'Projections put the rate at 3.9 percent at year end, which signals a single quarter-percentage-point cut.',
      ),
      expected: [
        ['2 percent', 'change', 2, 'percent', 'expected'],
        ['1.1%', 'change', 1.1, 'percent', 'expected'],
        ['1.4 - 2.0%', 'change', { low: 1.4, high: 2 }, 'percent', 'expected'],
        ['$15 billion', 'amount', 15e9, 'USD', 'expected'],
        ['$40 billion', 'amount', 40e9, 'USD', 'actual'],
        [
          'lowered their rate estimates by 50 basis points',
          'change',
          -0.5,
          'percentage-points',
          'expected',
        ],
        [
          'lowered their rate estimates by 50 basis points in 2035 and 25 basis points',
          'change',
          -0.25,
          'percentage-points',
          'expected',
        ],
        ['3.9 percent', 'share', 3.9, 'percent', 'expected'],
        ['quarter-percentage-point cut', 'change', -0.25, 'percentage-points', 'expected'],
      ],
    },
    {
      name: 'a forecast\'s base in a year that is over is actual; a verb\'s "by" after a comma aside; "(January: 2.7%)" is the same measure',
      text: doc(
        'Ministry of Finance, 30 January 2036',
        'The deficit is projected to narrow to 3.0% of GDP in 2036 from an estimated 3.8% in 2035.',
        'Services exports grew at their fastest pace in a decade, by 9.4%. Harmonised index: 2.5% (January: 2.7%).',
      ),
      expected: [
        ['3.0% of GDP', 'share', 3, 'percent', 'expected'],
        ['3.8%', 'share', 3.8, 'percent', 'actual'],
        ['grew at their fastest pace in a decade, by 9.4%', 'change', 9.4, 'percent', 'actual'],
        ['2.5%', 'change', 2.5, 'percent', 'actual'],
        ['2.7%', 'change', 2.7, 'percent', 'actual'],
      ],
    },
    {
      name: '"slowing from" names the same rate\'s earlier level; an amount in words before its scale ("five billion dollars")',
      text: 'The economy grew 4.8 percent in the third quarter, slowing from 5.2 percent in the second quarter and 5.5 percent in the first. Two partners will put in five billion dollars each.',
      expected: [
        ['grew 4.8 percent', 'change', 4.8, 'percent', 'actual'],
        ['5.2 percent', 'change', 5.2, 'percent', 'actual'],
        ['5.5 percent', 'change', 5.5, 'percent', 'actual'],
        ['five billion dollars', 'amount', 5e9, 'USD', 'expected'],
      ],
    },
    {
      name: 'the next item of "for 2035 to A (up from B) and for 2036 to C" is of the first item\'s kind; an amount is rounded to whole units',
      text: 'The Bank raised its growth forecast for 2035 to 2.6% (up from 2.2%) and for 2036 to 2.4%. Traders see the surplus reaching USD 16.4 billion.',
      expected: [
        ['2.6%', 'change', 2.6, 'percent', 'expected'],
        ['2.2%', 'change', 2.2, 'percent', 'expected'],
        ['2.4%', 'change', 2.4, 'percent', 'expected'],
        ['USD 16.4 billion', 'amount', 16.4e9, 'USD', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: round 15 causes (m20), in other words', () => {
  itProposes([
    {
      name: 'words that only size a change keep its sign ("by a sizeable"); "by a third to" is no adjective',
      text: 'Van sales declined by a sizeable 22.3%, and truck sales grew by a modest 4.1%. Bus sales rose by a third to 12.5% of the market.',
      expected: [
        ['declined by a sizeable 22.3%', 'change', -22.3, 'percent', 'actual'],
        ['grew by a modest 4.1%', 'change', 4.1, 'percent', 'actual'],
        ['rose by a third', 'change', 33.33, 'percent', 'actual'],
        ['12.5% of the market', 'share', 12.5, 'percent', 'actual'],
      ],
    },
    {
      name: "an aside between dashes keeps the verb's sign; an aside before a level is no change",
      text: 'The Board decided to lower the main rate – the rate it steers lending with – by 25 basis points. It kept the reserve ratio – the share banks hold with it – at 4%.',
      expected: [
        [
          'lower the main rate – the rate it steers lending with – by 25 basis points',
          'change',
          -0.25,
          'percentage-points',
          'actual',
        ],
        ['4%', 'share', 4, 'percent', 'actual'],
      ],
    },
    {
      name: 'a minus written as U+2011 is read, and quoted as written',
      text: 'The two largest markets contracted (-1.8% and \u20112.6%, respectively).',
      expected: [
        ['-1.8%', 'change', -1.8, 'percent', 'actual'],
        ['\u20112.6%', 'change', -2.6, 'percent', 'actual'],
      ],
    },
    {
      name: 'a number after a unit the contract lacks borrows no USD; after "and" it does',
      text: 'Approvals were about USD 2.88 billion, or Units of Account (UA) 1.91 billion. The window gave UA 612.4 million or USD 0.92 billion. Farm loans were USD 410 million in May and 365 million in June.',
      expected: [
        ['USD 2.88 billion', 'amount', 2.88e9, 'USD', 'actual'],
        ['USD 0.92 billion', 'amount', 0.92e9, 'USD', 'actual'],
        ['USD 410 million', 'amount', 410e6, 'USD', 'actual'],
        ['365 million', 'amount', 365e6, 'USD', 'actual'],
      ],
    },
    {
      name: 'a pronoun subject carries the subject the sentence before opened with: inflation a change, the unemployment rate a level',
      text: 'Headline inflation kept easing. It is expected to average 2.4% in 2033. The unemployment rate stayed low. It is expected to average 5.8% in 2033.',
      expected: [
        ['2.4%', 'change', 2.4, 'percent', 'expected'],
        ['5.8%', 'share', 5.8, 'percent', 'expected'],
      ],
    },
    {
      name: "a report's projection a rate is close to does not make it expected; a rate projected still is",
      text: 'Inflation fell to 2.1% in May, close to the February Quarterly Inflation Report projection. It is projected to be 2.3% in the third quarter, close to the projection.',
      expected: [
        ['2.1%', 'change', 2.1, 'percent', 'actual'],
        ['2.3%', 'change', 2.3, 'percent', 'expected'],
      ],
    },
    {
      name: "a title page's month and year in capitals is the dateline: an estimate of the year before is actual",
      text: 'MEDIUM TERM FISCAL STRATEGY\nMARCH 2033\n\nThe economy is estimated to grow by 5.4 percent in 2032 and is projected to grow by 5.9 percent in 2033.',
      expected: [
        ['grow by 5.4 percent', 'change', 5.4, 'percent', 'actual'],
        ['grow by 5.9 percent', 'change', 5.9, 'percent', 'expected'],
      ],
    },
    {
      name: 'the base of a forecast "from an estimate of" a year that is over is actual; a projected base is not',
      text: 'MARCH 2033\n\nGrowth is projected to slow to 3.1 percent in 2033 from an estimate of 3.4 percent in 2032. It is expected to reach 4.2 percent in 2034 from a projected 3.9 percent in 2033.',
      expected: [
        ['3.1 percent', 'change', 3.1, 'percent', 'expected'],
        ['3.4 percent', 'change', 3.4, 'percent', 'actual'],
        ['4.2 percent', 'change', 4.2, 'percent', 'expected'],
        ['3.9 percent', 'change', 3.9, 'percent', 'expected'],
      ],
    },
    {
      name: 'the value a growth estimate was revised from ("an upward revision from its earlier range of", "raising its forecast from") is growth; a rate\'s stays a level',
      text: 'Output will expand by 4 to 4.5 per cent in 2033, an upward revision from its earlier range of 2.5 to 3.5 per cent. The fund expects growth of 5.2 per cent, raising its forecast from 4.9 per cent. The unemployment rate is forecast at 4.1 per cent, lowering the estimate from 4.4 per cent.',
      expected: [
        ['expand by 4 to 4.5 per cent', 'change', { low: 4, high: 4.5 }, 'percent', 'expected'],
        ['2.5 to 3.5 per cent', 'change', { low: 2.5, high: 3.5 }, 'percent', 'expected'],
        ['growth of 5.2 per cent', 'change', 5.2, 'percent', 'expected'],
        ['4.9 per cent', 'change', 4.9, 'percent', 'expected'],
        ['4.1 per cent', 'share', 4.1, 'percent', 'expected'],
        ['4.4 per cent', 'share', 4.4, 'percent', 'expected'],
      ],
    },
    {
      name: 'the from-end of a forecast revised for a period not over is the earlier forecast, named before its verb ("the outlook for 2031 was cut from"); a past estimate revised and a rate lowered stay actual',
      text: 'Harbourtown, 14 March 2031\n\nThe growth forecast for 2031 was revised up from 1.8% to 2.4%. The projection of inflation for 2032 has been lowered from 4.6% to 4.1%. The outlook for farm output in 2031 was cut from 3.3 per cent to 2.6 per cent. The estimate of 2030 growth was revised down from 1.9% to 1.5%. The policy rate was lowered from 7.5% to 7.25%.',
      expected: [
        ['1.8%', 'change', 1.8, 'percent', 'expected'],
        ['2.4%', 'change', 2.4, 'percent', 'expected'],
        ['4.6%', 'change', 4.6, 'percent', 'expected'],
        ['4.1%', 'change', 4.1, 'percent', 'expected'],
        ['3.3 per cent', 'change', 3.3, 'percent', 'expected'],
        ['2.6 per cent', 'change', 2.6, 'percent', 'expected'],
        ['1.9%', 'change', 1.9, 'percent', 'actual'],
        ['1.5%', 'change', 1.5, 'percent', 'actual'],
        ['7.5%', 'share', 7.5, 'percent', 'actual'],
        ['7.25%', 'share', 7.25, 'percent', 'actual'],
      ],
    },
    {
      name: 'a forecast "up from" or "down from" an earlier value for a year not over: both ends are forecasts; a year over, or no forecast noun, keeps the base actual',
      text: 'Harbourtown, 14 March 2031\n\nThe forecast for export growth is up from 3.1% to 3.6% for 2032. The projection for farm output in 2031 is down from 2.8% to 2.2%. The estimate of output growth for 2031 is now higher from 1.2% to 1.7%. The forecast for export growth in 2030 is up from 4.1% to 4.4%. Exports in 2031 are up from 6.1% to 6.9%.',
      expected: [
        ['3.1%', 'change', 3.1, 'percent', 'expected'],
        ['3.6%', 'change', 3.6, 'percent', 'expected'],
        ['2.8%', 'change', 2.8, 'percent', 'expected'],
        ['2.2%', 'change', 2.2, 'percent', 'expected'],
        ['1.2%', 'change', 1.2, 'percent', 'expected'],
        ['1.7%', 'change', 1.7, 'percent', 'expected'],
        ['4.1%', 'change', 4.1, 'percent', 'actual'],
        ['4.4%', 'change', 4.4, 'percent', 'expected'],
        ['6.1%', 'change', 6.1, 'percent', 'actual'],
        ['6.9%', 'change', 6.9, 'percent', 'actual'],
      ],
    },
    {
      name: 'in a forecast clause, the value it was "down from … previously" or "up from … in the previous forecast" is that earlier forecast; a reading made, or a month named, keeps the base actual',
      text: 'Harbourtown, 14 March 2031\n\nInflation is now expected to average 5.2% in 2031, down from 5.9% previously. Growth is projected at 2.9% for 2032, up from 2.4% in the previous forecast. The fund sees the deficit at 4.4% of GDP next year, lower from 4.9% earlier. Inflation eased to 5.3% in February, down from 5.8% previously. Inflation is expected to ease to 5.1%, down from 5.7% in January.',
      expected: [
        ['5.2%', 'change', 5.2, 'percent', 'expected'],
        ['5.9%', 'change', 5.9, 'percent', 'expected'],
        ['2.9%', 'change', 2.9, 'percent', 'expected'],
        ['2.4%', 'change', 2.4, 'percent', 'expected'],
        ['4.4% of GDP', 'share', 4.4, 'percent', 'expected'],
        ['4.9%', 'share', 4.9, 'percent', 'expected'],
        ['5.3%', 'change', 5.3, 'percent', 'actual'],
        ['5.8%', 'change', 5.8, 'percent', 'actual'],
        ['5.1%', 'change', 5.1, 'percent', 'expected'],
        ['5.7%', 'change', 5.7, 'percent', 'actual'],
      ],
    },
    {
      name: 'a bracketed percent after a changed amount is a change and "and N percent in quantity" leaves out its verb; the amount stays a figure',
      text: 'Cheese rose EUR 17 million (12 percent) in value, and 6 percent in quantity. Timber fell EUR 22 million (15 percent) in value, and 11 percent in quantity, while 40 percent of mills were idle.',
      expected: [
        ['EUR 17 million', 'amount', 17e6, 'EUR', 'actual'],
        ['12 percent', 'change', 12, 'percent', 'actual'],
        ['6 percent', 'change', 6, 'percent', 'actual'],
        ['EUR 22 million', 'amount', 22e6, 'EUR', 'actual'],
        ['fell EUR 22 million (15 percent', 'change', -15, 'percent', 'actual'],
        [
          'fell EUR 22 million (15 percent) in value, and 11 percent',
          'change',
          -11,
          'percent',
          'actual',
        ],
        ['40 percent of mills', 'share', 40, 'percent', 'actual'],
      ],
    },
    {
      name: 'the start "from 2.7% this year" of an expected path is expected; of a path that happened, actual',
      text: 'Staff continue to expect a gradual decline in core inflation, from 2.7% this year to 2.2% in 2034. Core inflation fell from 2.9% last year to 2.3% this year.',
      expected: [
        ['2.7%', 'change', 2.7, 'percent', 'expected'],
        ['2.2%', 'change', 2.2, 'percent', 'expected'],
        ['2.9%', 'change', 2.9, 'percent', 'actual'],
        ['2.3%', 'change', 2.3, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 15, numbers that are not figures (margins, counts of periods, years)', () => {
  itProposes([
    {
      name: 'a margin after a level or a change is no figure, bracketed or not; the level before it is',
      text: 'Orders were $84.1 billion, a gain of 0.6 percent (±0.5%) on June. Wages climbed 2.3% +/- 0.4 percentage points in the year. Rents rose 4.7 percent, with a margin of error of 1.1 points. Output grew 1.9% (plus or minus 0.3%) from a year earlier.',
      expected: [
        ['$84.1 billion', 'amount', 84.1e9, 'USD', 'actual'],
        ['gain of 0.6 percent', 'change', 0.6, 'percent', 'actual'],
        ['climbed 2.3%', 'change', 2.3, 'percent', 'actual'],
        ['rose 4.7 percent', 'change', 4.7, 'percent', 'actual'],
        ['grew 1.9%', 'change', 1.9, 'percent', 'actual'],
      ],
    },
    {
      name: 'a band with no level before it stays a figure (near miss of the margin rule)',
      text: 'The corridor around the key rate was narrowed to ±0.5 percentage points.',
      expected: [
        [
          '±0.5 percentage points',
          'change',
          { low: -0.5, high: 0.5 },
          'percentage-points',
          'actual',
        ],
      ],
    },
    {
      name: 'a count of periods is no fraction: consecutive, straight or counted quarters of a fall',
      text: 'Output grew 0.8% after four consecutive quarters of decline. Farm incomes recovered from two quarters of contraction. The region left behind 6 straight quarters of negative growth. Three quarters of falling exports ended in May.',
      expected: [['grew 0.8%', 'change', 0.8, 'percent', 'actual']],
    },
    {
      name: 'a fraction of a whole stays a share (near miss of the period rule)',
      text: 'Three quarters of the new loans went to farmers, and a quarter of households rent their homes.',
      expected: [
        ['Three quarters of the new loans went', 'share', 75, 'percent', 'actual'],
        ['a quarter of households rent their homes', 'share', 25, 'percent', 'actual'],
      ],
    },
    {
      name: 'a year before a unit word is a date, never a value; a large change in percent is a figure',
      text: 'The April to May 2031 percent change was revised from 0.4% to 0.7%. The 2029 percent figure was left alone. Fiscal 2032 per cent changes are not shown. Ticket sales rose 1800 percent.',
      expected: [
        ['0.4%', 'change', 0.4, 'percent', 'actual'],
        ['0.7%', 'change', 0.7, 'percent', 'actual'],
        ['rose 1800 percent', 'change', 1800, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 15, bounds that sort items and levels crossed by a time', () => {
  itProposes([
    {
      name: 'a bound that defines which items, people or periods count is no figure',
      text: 'The gauge tracks goods for which list prices change, as a rule, by no more than 12% a quarter, and it rose to 2.1%. The share of adults living on $3.10 a day or less fell to 9.4 percent. Deposits at lenders with at least 20% state ownership rose 6%. Output has expanded above 4% (y/y) for nine consecutive quarters. Farms of 50 hectares or more produced 61% of the crop.',
      expected: [
        ['2.1%', 'change', 2.1, 'percent', 'actual'],
        ['9.4 percent', 'share', 9.4, 'percent', 'actual'],
        ['rose 6%', 'change', 6, 'percent', 'actual'],
        ['61% of the crop', 'share', 61, 'percent', 'actual'],
      ],
    },
    {
      name: 'a bound a subject itself reached stays a figure (near miss of the criterion rule)',
      text: 'Imports rose by more than 3%. More than $2 billion was invested in ports. The economy, with average annual job growth of over 2 per cent since 2029, kept expanding.',
      expected: [
        ['rose by more than 3%', 'change', 3, 'percent', 'actual'],
        ['$2 billion', 'amount', 2e9, 'USD', 'actual'],
        ['growth of over 2 per cent', 'change', 2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a round level a measure had crossed, or crossed by a time, is no figure',
      text: 'Plant utilisation had dropped below 70% by August. Reserves had climbed above $40 billion. Card spending topped $5 billion by the end of 2031. The jobless rate had slipped under 6 percent, and wages rose 3.2%.',
      expected: [['rose 3.2%', 'change', 3.2, 'percent', 'actual']],
    },
    {
      name: 'a level stated exactly, a level crossed with no time, or a forecast crossing stays a figure (near miss)',
      text: 'Inflation fell below 2.4% by June. Trade with rich economies has dropped below 40 percent. Inflation is forecast to drop below 3 percent in 2034.',
      expected: [
        ['2.4%', 'change', 2.4, 'percent', 'actual'],
        ['40 percent', 'share', 40, 'percent', 'actual'],
        ['3 percent', 'change', 3, 'percent', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: push 15, an adverb of size between a verb and its number', () => {
  itProposes([
    {
      name: 'the verb gives the sign through "slightly", "marginally", "sharply" or "further"',
      text: 'Rents fell slightly 0.2% in July. Fares dipped marginally 0.4 percent. Output rose sharply 3.6% on the year. Wages grew further 1.1%.',
      expected: [
        ['fell slightly 0.2%', 'change', -0.2, 'percent', 'actual'],
        ['dipped marginally 0.4 percent', 'change', -0.4, 'percent', 'actual'],
        ['rose sharply 3.6%', 'change', 3.6, 'percent', 'actual'],
        ['grew further 1.1%', 'change', 1.1, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 15, a list that shares one "percentage points"', () => {
  itProposes([
    {
      name: 'each bare number before "and N percentage points" is its own figure, with the sign of the noun or verb',
      text: 'The bank made upward revisions of 0.6 and 0.4 percentage points. Margins were cut by 0.3, 0.2 and 0.1 percentage points.',
      expected: [
        ['0.6 and 0.4 percentage points', 'change', 0.6, 'percentage-points', 'actual'],
        ['0.4 percentage points', 'change', 0.4, 'percentage-points', 'actual'],
        [
          'cut by 0.3, 0.2 and 0.1 percentage points',
          'change',
          -0.3,
          'percentage-points',
          'actual',
        ],
        [
          'cut by 0.3, 0.2 and 0.1 percentage points',
          'change',
          -0.2,
          'percentage-points',
          'actual',
        ],
        [
          'cut by 0.3, 0.2 and 0.1 percentage points',
          'change',
          -0.1,
          'percentage-points',
          'actual',
        ],
      ],
    },
  ]);
});

describe('extractCandidates: push 15, test levels and poverty lines', () => {
  itProposes([
    {
      name: 'the level of a statistical test is no figure, however it is worded',
      text: 'The gap is significant at the 5% level. The slope is significant at the 10 percent level, and a 1% significance level is used. Exports rose 5.3% in June.',
      expected: [['rose 5.3%', 'change', 5.3, 'percent', 'actual']],
    },
    {
      name: 'a line of so much a day sorts people and is no figure; a threshold with no "a day" stays one (near miss)',
      text: 'The poverty line of $2.40 a day applies, and an income threshold of $7 per day marks the middle class. Loans above the $35 million threshold for review go to the board.',
      expected: [['$35 million', 'amount', 35e6, 'USD', 'actual']],
    },
  ]);
});

describe('extractCandidates: push 15, ranked groups, standard errors and the whole of a share', () => {
  itProposes([
    {
      name: 'a ranked group in percent is no figure, and the share it holds is found whole',
      text: 'The richest 10% of households hold 45% of wealth. The top 1 percent of earners took 18 percent of income. The largest 5% of firms made 61% of sales.',
      expected: [
        ['45% of wealth', 'share', 45, 'percent', 'actual'],
        ['18 percent of income', 'share', 18, 'percent', 'actual'],
        ['61% of sales', 'share', 61, 'percent', 'actual'],
      ],
    },
    {
      name: 'a fraction of a ranked count stays a share (near miss of the ranked-group rule)',
      text: 'Half of the top 10 lenders are state-owned.',
      expected: [['Half of the top 10 lenders', 'share', 50, 'percent', 'actual']],
    },
    {
      name: 'a standard error after a level, with or without "of" or a colon, is no figure',
      text: 'Growth was 3.1% (standard error 0.4 percentage points). Prices rose 2.6% (standard error: 0.3 points).',
      expected: [
        ['3.1%', 'change', 3.1, 'percent', 'actual'],
        ['rose 2.6%', 'change', 2.6, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 15, an exchange rate written as an equation', () => {
  itProposes([
    {
      name: 'both sides of "A = B" in two currencies are no amounts; a sum in the same sentence is',
      text: 'At US$1 = 6.9 yuan, the credit is worth US$80 million. The table uses EUR 1 = USD 1.11 throughout.',
      expected: [['US$80 million', 'amount', 80e6, 'USD', 'actual']],
    },
  ]);
});

describe('extractCandidates: push 15, a bare first level before "to N percent"', () => {
  itProposes([
    {
      name: 'the bare "from" level shares the percent and is actual; a year after "from" is no level',
      text: 'The share of online sales increased from 18 to 27 percent. Core inflation eased from 6 to 4.5 percent last year. Output rose from 2030 to 45 percent above its base.',
      expected: [
        ['from 18 to 27 percent', 'share', 18, 'percent', 'actual'],
        ['27 percent', 'share', 27, 'percent', 'actual'],
        ['from 6 to 4.5 percent', 'change', 6, 'percent', 'actual'],
        ['4.5 percent', 'change', 4.5, 'percent', 'actual'],
        ['45 percent above', 'change', 45, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 15, a round level crossed for the first time in a while', () => {
  itProposes([
    {
      name: 'a round level a measure fell below or rose above "for the first time since" is no figure; an exact one is',
      text: 'The jobless rate fell below 5 percent in April for the first time since 2029. Rents rose above 7% in May for the first time in a decade. Inflation dropped under 2.7 percent in June for the first time since 2030.',
      expected: [['2.7 percent', 'change', 2.7, 'percent', 'actual']],
    },
  ]);
});

describe('extractCandidates: push 15, a minus between a currency and its number', () => {
  itProposes([
    {
      name: "a minus after a currency code or sign is the amount's own; a range after a code stays a range",
      text: 'The current account was EUR –2.7 billion in May. The services balance was USD -410 million, and the primary balance $-1.3 billion. Inflows of EUR 4-5 billion are planned.',
      expected: [
        ['EUR –2.7 billion', 'amount', -2.7e9, 'EUR', 'actual'],
        ['USD -410 million', 'amount', -410e6, 'USD', 'actual'],
        ['$-1.3 billion', 'amount', -1.3e9, 'USD', 'actual'],
        ['EUR 4-5 billion', 'amount', { low: 4e9, high: 5e9 }, 'EUR', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a round record still to be reached', () => {
  itProposes([
    {
      name: 'a round level named as a record a measure will or could reach is a milestone, no figure',
      text: 'Officials see a good chance that card payments will likely reach an all-time high of $40 billion this year. Rice sales could hit a record high of 300 million euros. Tourism receipts are set to post a new record of ¥2 trillion. Shipments to the bloc may touch a historic peak of 60 percent of the total.',
      expected: [],
    },
    {
      name: 'a record already reached, or an exact one, states the total (near miss)',
      text: 'Exports reached an all-time high of $48.3 billion in 2031. Deposits will reach a record $52.7 billion.',
      expected: [
        ['$48.3 billion', 'amount', 48.3e9, 'USD', 'actual'],
        ['$52.7 billion', 'amount', 52.7e9, 'USD', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a percent that grades a product', () => {
  itProposes([
    {
      name: 'a percent before "natural", "organic", "wool" or "recycled" describes the goods, no figure',
      text: 'A shop in Lorvania sells 100% natural maple syrup abroad. The brand offers a 100 percent organic green tea. Its jackets are 80% wool. Factories turning out 100% recycled paper were opened.',
      expected: [],
    },
    {
      name: 'a percent of a whole whose words are a product stays a share (near miss)',
      text: 'Natural gas made up 100% of fuel imports, and 35% of farms are organic.',
      expected: [
        ['100% of fuel imports', 'share', 100, 'percent', 'actual'],
        ['35% of farms', 'share', 35, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a round level as the subject of a passive "be reached"', () => {
  itProposes([
    {
      name: 'a round level said to be, or not to be, reached, crossed or surpassed is a milestone, no figure',
      text: 'The minister added that "80 percent will probably not be reached in 2034." The analyst wrote that $1 trillion could be crossed in 2033. In the survey, 50% has never been surpassed. Traders said 200 billion yuan may be topped soon.',
      expected: [],
    },
    {
      name: 'a level with its measure named before it stays a figure (near miss)',
      text: 'A deficit of 3.4% will be reached in 2034, and inflation of 2 percent is expected to be hit.',
      expected: [
        ['3.4%', 'share', 3.4, 'percent', 'expected'],
        ['2 percent', 'change', 2, 'percent', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a bound in words that picks out sectors or regions', () => {
  itProposes([
    {
      name: 'a bound after a plural noun and a relative, in words or digits, defines a group, no figure',
      text: 'The sectors which are likely to record growth of over seven percent are mining and trade. Industries that grew by more than 6 percent include retail. Regions where output rose by over ten percent were listed. Markets in which prices climbed by more than 4% were flagged.',
      expected: [],
    },
    {
      name: 'a bound a single subject, or a plural subject with no relative, reached stays a figure (near miss)',
      text: 'The sector, which posted growth of over seven percent, led. Sectors grew by over 7 percent.',
      expected: [
        ['growth of over seven percent', 'change', 7, 'percent', 'actual'],
        ['grew by over 7 percent', 'change', 7, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a level a measure fell below or rose above', () => {
  itProposes([
    {
      name: 'the head of the subject decides the kind, not the verb: a level of a measure not of change is a share',
      text: 'Lending to small firms slipped under 15 percent. Saving by households climbed above 12 percent last year. Coal in the power mix fell below 30% in 2032. Trade with rich economies has dropped below 40 percent.',
      expected: [
        ['15 percent', 'share', 15, 'percent', 'actual'],
        ['12 percent', 'share', 12, 'percent', 'actual'],
        ['30%', 'share', 30, 'percent', 'actual'],
        ['40 percent', 'share', 40, 'percent', 'actual'],
      ],
    },
    {
      name: 'a rate of change as head keeps a change, and a fall by a number keeps its sign (near miss)',
      text: 'Growth in trade dropped below 3 percent. Sales of cars rose above 10 percent. Trade fell 4 percent.',
      expected: [
        ['3 percent', 'change', 3, 'percent', 'actual'],
        ['10 percent', 'change', 10, 'percent', 'actual'],
        ['fell 4 percent', 'change', -4, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a ranked group inside a subject, then its verb', () => {
  itProposes([
    {
      name: "the group's whole ends at the verb, so the change after it is proposed",
      text: 'Incomes of the poorest 20% of families rose 2.2%. Wages of the top 10 percent of earners grew 4.1 percent in 2031. Spending by the richest 5% of households fell 1.3% last year. The poorest 20% of families saw incomes rise 2.2%.',
      expected: [
        ['rose 2.2%', 'change', 2.2, 'percent', 'actual'],
        ['grew 4.1 percent', 'change', 4.1, 'percent', 'actual'],
        ['fell 1.3%', 'change', -1.3, 'percent', 'actual'],
        ['rise 2.2%', 'change', 2.2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a share of a group with no rank keeps its whole (near miss)',
      text: 'Some 30% of firms expanded, and 12% of exporters saw orders fall.',
      expected: [
        ['30% of firms', 'share', 30, 'percent', 'actual'],
        ['12% of exporters', 'share', 12, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a fraction after "or" that rounds the percent before it', () => {
  itProposes([
    {
      name: 'the exact percent is the figure; "or almost half", "or about a quarter" restate it',
      text: 'The region took in $91 billion, accounting for 47 per cent or almost half of all inflows. The bloc makes up 26%, or about a quarter of world trade. Services made up 62 percent or more than half of the total.',
      expected: [
        ['$91 billion', 'amount', 91e9, 'USD', 'actual'],
        ['47 per cent', 'share', 47, 'percent', 'actual'],
        ['26%', 'share', 26, 'percent', 'actual'],
        ['62 percent', 'share', 62, 'percent', 'actual'],
      ],
    },
    {
      name: 'a fraction of another whole after a percent with its own stays a figure (near miss)',
      text: 'Farms lost 8 percent of output or a third of their profits.',
      expected: [
        ['lost 8 percent', 'change', -8, 'percent', 'actual'],
        ['a third of their profits', 'share', 33.33, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a sector whose verb of change takes it to a number', () => {
  itProposes([
    {
      name: 'a sector or industry as subject, a verb of change and "to": the number is its growth',
      text: 'The Services sector rose to 5.8 per cent, backed by retail. Banking and insurance expanded to 7.2 per cent, lifted by fees. Manufacturing sector increased to 4.9 per cent over the quarter. Construction activity slowed to 3.2% in the quarter.',
      expected: [
        ['5.8 per cent', 'change', 5.8, 'percent', 'actual'],
        ['7.2 per cent', 'change', 7.2, 'percent', 'actual'],
        ['4.9 per cent', 'change', 4.9, 'percent', 'actual'],
        ['3.2%', 'change', 3.2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a share noun as subject, or a whole after the number, keeps a share (near miss)',
      text: "Manufacturing's share rose to 24 percent. Manufacturing rose to 24 percent of GDP.",
      expected: [
        ['24 percent', 'share', 24, 'percent', 'actual'],
        ['24 percent of GDP', 'share', 24, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a lead-in colon after a sentence that hedges', () => {
  itProposes([
    {
      name: "only the lead-in's own sentence makes its list a plan; an earlier hedge in the paragraph does not",
      text: [
        'The balance before pension gains is intended to make the accounts clearer.\nCompared to May 2031:\n- Revenues rose by $1.1 billion, or 3.2 per cent.\n- Interest costs were up $0.4 billion.',
        'The board will publish its next report in June.\nCompared with the first quarter:\n- Sales grew 2.1%.',
        'These numbers are expected to be revised. Results for April:\n- Exports fell 1.4%.',
      ].join('\n\n'),
      expected: [
        ['$1.1 billion', 'amount', 1.1e9, 'USD', 'actual'],
        ['3.2 per cent', 'change', 3.2, 'percent', 'actual'],
        ['$0.4 billion', 'amount', 0.4e9, 'USD', 'actual'],
        ['grew 2.1%', 'change', 2.1, 'percent', 'actual'],
        ['fell 1.4%', 'change', -1.4, 'percent', 'actual'],
      ],
    },
    {
      name: 'a lead-in whose own sentence commits still makes its items plans (near miss)',
      text: 'The ministry has also met the lenders.\nThe ministry will fund the following:\n- EUR 3 billion for ports;\n- EUR 1 billion for rail.',
      expected: [
        ['EUR 3 billion', 'amount', 3e9, 'EUR', 'expected'],
        ['EUR 1 billion', 'amount', 1e9, 'EUR', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a rate decision a board "agreed to" take', () => {
  itProposes([
    {
      name: 'a board that agreed to cut, raise or hold its rate took the decision: actual',
      text: 'The Board of the central bank agreed to lower its reference rate by 25 basis points to 4.25%. The committee agreed to raise its policy rate by 50 basis points to 6.25%. Governors agreed to hold the discount rate at 2.5%.',
      expected: [
        [
          'lower its reference rate by 25 basis points',
          'change',
          -0.25,
          'percentage-points',
          'actual',
        ],
        ['4.25%', 'share', 4.25, 'percent', 'actual'],
        ['raise its policy rate by 50 basis points', 'change', 0.5, 'percentage-points', 'actual'],
        ['6.25%', 'share', 6.25, 'percent', 'actual'],
        ['2.5%', 'share', 2.5, 'percent', 'actual'],
      ],
    },
    {
      name: 'money agreed, or a rate move set for a later date, stays a plan (near miss)',
      text: 'Ministers agreed to provide $5 billion to the fund. The board agreed to cut the rate to 4% in June next year.',
      expected: [
        ['$5 billion', 'amount', 5e9, 'USD', 'expected'],
        ['4%', 'share', 4, 'percent', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, "predicted to" as a forecast', () => {
  itProposes([
    {
      name: 'a passive "is predicted to", a range after it, or "had been predicting" forecasts',
      text: 'Growth in 2032 is predicted to lie in the range of 4.4% to 5.2% and to rise to 4.7% to 5.5% in 2033. Inflation is predicted to ease to 2.1% next year. Exports were predicted to rise 3%. Analysts had been predicting a yearly surplus of $4 billion.',
      expected: [
        ['4.4% to 5.2%', 'change', { low: 4.4, high: 5.2 }, 'percent', 'expected'],
        ['4.7% to 5.5%', 'change', { low: 4.7, high: 5.5 }, 'percent', 'expected'],
        ['2.1%', 'change', 2.1, 'percent', 'expected'],
        ['rise 3%', 'change', 3, 'percent', 'expected'],
        ['$4 billion', 'amount', 4e9, 'USD', 'expected'],
      ],
    },
    {
      name: 'an outturn compared with what was predicted stays actual (near miss)',
      text: 'Growth was higher than predicted at 3.1% in 2031.',
      expected: [['3.1%', 'change', 3.1, 'percent', 'actual']],
    },
  ]);
});

describe('extractCandidates: push 16, a target revised to a new level', () => {
  itProposes([
    {
      name: 'a target noun whose own revision verb leads to the number still names it: expected, old and new',
      text: "For Q2, the output growth target was revised to 6.6% from 6.9%. The bank's target for lending was raised to 14 percent. Its deficit objective was trimmed to 3.2% of GDP.",
      expected: [
        ['6.6%', 'change', 6.6, 'percent', 'expected'],
        ['6.9%', 'change', 6.9, 'percent', 'expected'],
        ['14 percent', 'share', 14, 'percent', 'expected'],
        ['3.2% of GDP', 'share', 3.2, 'percent', 'expected'],
      ],
    },
    {
      name: 'a target only compared with, or followed by another verb of what happened, names no later number (near miss)',
      text: 'The target of 2% is still some way off and wages rose 4.1%. Above target, inflation was revised to 3.4% in May.',
      expected: [
        ['2%', 'share', 2, 'percent', 'expected'],
        ['rose 4.1%', 'change', 4.1, 'percent', 'actual'],
        ['3.4%', 'change', 3.4, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, "even" or "fully" between "by" and the number', () => {
  itProposes([
    {
      name: 'an intensifier before the number keeps the verb, its kind and its sign',
      text: 'Exports dropped by even 17 percent in April. Output fell by fully 5% in May. Sales rose even 3 percent. Prices rose by even more than 4 percent.',
      expected: [
        ['dropped by even 17 percent', 'change', -17, 'percent', 'actual'],
        ['fell by fully 5%', 'change', -5, 'percent', 'actual'],
        ['rose even 3 percent', 'change', 3, 'percent', 'actual'],
        ['rose by even more than 4 percent', 'change', 4, 'percent', 'actual'],
      ],
    },
    {
      name: '"even as" between two clauses qualifies no number (near miss)',
      text: 'Exports fell 3%, even as imports rose 2%.',
      expected: [
        ['fell 3%', 'change', -3, 'percent', 'actual'],
        ['rose 2%', 'change', 2, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, a multiple in digits right after a verb of growth', () => {
  itProposes([
    {
      name: '"increased 25 times", "grew 12 times since": the whole multiplied, a change',
      text: 'Trade Volume and the Number of Visitors Increased 25 Times\n\nExports grew 12 times since 1995. Turnover with Brenmoor expanded 6 times from 2010 to 2030. Farm sales multiplied 4.5 times.',
      expected: [
        ['25 Times', 'change', 2400, 'percent', 'actual'],
        ['12 times', 'change', 1100, 'percent', 'actual'],
        ['6 times', 'change', 500, 'percent', 'actual'],
        ['4.5 times', 'change', 350, 'percent', 'actual'],
      ],
    },
    {
      name: '"over" and a span of decades or years after the multiple is the time the whole grew over',
      text: 'Output grew 5 times over two decades. Trade with Arland increased 14 times over 3 decades.',
      expected: [
        ['5 times', 'change', 400, 'percent', 'actual'],
        ['14 times', 'change', 1300, 'percent', 'actual'],
      ],
    },
    {
      name: 'a count of moves in a period, a passive count, or "times faster" is no multiple (near miss)',
      text: 'Prices increased 3 times this year. Tariffs rose 4 times in 2031. Rates were raised 5 times. Exports rose 3 times faster than imports. Fees rose 3 times over the year.',
      expected: [],
    },
  ]);
});

describe('extractCandidates: push 16, bare numbers for later years after a percent for a year', () => {
  itProposes([
    {
      name: 'each bare number with its own later year is a reading in percent, of the first one kind',
      text: 'Growth will strengthen from 2.9 percent in 2031, to 3.2 in 2032 and 3.7 in 2033. The jobless rate was 6.2 percent in 2030, 5.9 in 2031 and 5.5 in 2032. Exports rose 8 percent in 2031 and 12 in 2032.',
      expected: [
        ['2.9 percent', 'change', 2.9, 'percent', 'expected'],
        ['2.9 percent in 2031, to 3.2', 'change', 3.2, 'percent', 'expected'],
        ['2.9 percent in 2031, to 3.2 in 2032 and 3.7', 'change', 3.7, 'percent', 'expected'],
        ['6.2 percent', 'share', 6.2, 'percent', 'actual'],
        ['6.2 percent in 2030, 5.9', 'share', 5.9, 'percent', 'actual'],
        ['6.2 percent in 2030, 5.9 in 2031 and 5.5', 'share', 5.5, 'percent', 'actual'],
        ['rose 8 percent', 'change', 8, 'percent', 'actual'],
        ['8 percent in 2031 and 12', 'change', 12, 'percent', 'actual'],
      ],
    },
    {
      name: 'a count of things for a later year, or a fall whose sign the bare number cannot carry, is not read (near miss)',
      text: 'Growth was 3 percent in 2031, and 150 firms opened in 2032. Output fell 2 percent in 2031 and 3 in 2032.',
      expected: [
        ['3 percent', 'change', 3, 'percent', 'actual'],
        ['fell 2 percent', 'change', -2, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 16, the status of a bare reading for a later year', () => {
  it('is a forecast when its year is after the dateline, whatever the first reading of the run', () => {
    const text =
      'Regional outlook 2031\n\nWith growth rising from 2.9 percent in 2030, to 3.2 in 2031 and 3.7 in 2032, the outlook is good.';
    const found = extractCandidates(text, 'doc', { source: { publisher: 'Bank', date: '2031' } });
    expect(found.map((c) => [c.value, c.status])).toEqual([
      [2.9, 'actual'],
      [3.2, 'actual'],
      [3.7, 'expected'],
    ]);
  });
});

describe('extractCandidates: push 16, a level a fronted "-ing to" phrase reached', () => {
  itProposes([
    {
      name: 'the subject after the comma decides its kind: inflation makes it a change',
      text: 'After easing to 1.4 percent in August, headline inflation picked up in the autumn. After falling to 2.1% in May, core inflation rose again. After dropping to 0.8 percent in the spring, consumer price inflation rebounded.',
      expected: [
        ['1.4 percent', 'change', 1.4, 'percent', 'actual'],
        ['2.1%', 'change', 2.1, 'percent', 'actual'],
        ['0.8 percent', 'change', 0.8, 'percent', 'actual'],
      ],
    },
    {
      name: 'a rate of a level after the comma keeps a share (near miss)',
      text: 'After rising to 5.2 percent in March, the jobless rate eased.',
      expected: [['5.2 percent', 'share', 5.2, 'percent', 'actual']],
    },
  ]);
});

describe('extractCandidates: push 16, a share as subject of a verb of pace', () => {
  itProposes([
    {
      name: 'a share, ratio or proportion that "climbed to" or "surged to" a number reached a level: a share',
      text: "The share of jobs climbed to 18 percent. The sector's share of jobs climbed to 18%. Exports' share of output surged to 41 percent. The proportion of loans in arrears jumped to 7.4%.",
      expected: [
        ['18 percent', 'share', 18, 'percent', 'actual'],
        ['18%', 'share', 18, 'percent', 'actual'],
        ['41 percent', 'share', 41, 'percent', 'actual'],
        ['7.4%', 'share', 7.4, 'percent', 'actual'],
      ],
    },
    {
      name: 'a rate of change that picked up or jumped to a number stays a change (near miss)',
      text: 'Growth picked up to 3.1%. Inflation jumped to 7.2 percent.',
      expected: [
        ['3.1%', 'change', 3.1, 'percent', 'actual'],
        ['7.2 percent', 'change', 7.2, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 17, a dollar named in words before its number', () => {
  itProposes([
    {
      name: '"US dollars", "U.S. dollars" or another named dollar before a scaled or grouped number is its currency',
      text: 'Remittances from workers abroad reached US dollars 734.2 million in the quarter. The trade gap narrowed to US dollars 5,412.6 million. Tourists spent Canadian dollars 1,240 million in the season. Official reserves were U.S. dollars 8.4 billion. The fund lent Australian dollars 2.75 billion to the state.',
      expected: [
        ['US dollars 734.2 million', 'amount', 734.2e6, 'USD', 'actual'],
        ['US dollars 5,412.6 million', 'amount', 5412.6e6, 'USD', 'actual'],
        ['Canadian dollars 1,240 million', 'amount', 1240e6, 'CAD', 'actual'],
        ['U.S. dollars 8.4 billion', 'amount', 8.4e9, 'USD', 'actual'],
        ['Australian dollars 2.75 billion', 'amount', 2.75e9, 'AUD', 'actual'],
      ],
    },
    {
      name: 'a small bare number after "US dollars" is no amount (near miss)',
      text: 'Prices are quoted in US dollars 12 times a day.',
      expected: [],
    },
  ]);
});

describe('extractCandidates: push 17, a tolerance after words and an index level in points', () => {
  itProposes([
    {
      name: 'a level, "a year" or "annually", then "with a permitted deviation of ±": the half-width is no figure',
      text: 'The bank aims to keep inflation at 4 percent a year with a permitted deviation of ± 1 percentage point. The council set a goal of 6 per cent per annum, with a possible variation of plus or minus 2 per cent.',
      expected: [
        ['4 percent', 'change', 4, 'percent', 'expected'],
        ['6 per cent', 'share', 6, 'percent', 'expected'],
      ],
    },
    {
      name: 'a band with no level before it stays a figure (near miss)',
      text: 'Growth could vary within a band of ± 0.5 percentage points around the forecast.',
      expected: [
        [
          '± 0.5 percentage points',
          'change',
          { low: -0.5, high: 0.5 },
          'percentage-points',
          'expected',
        ],
      ],
    },
    {
      name: 'an index that reached, stood at or amounted to a number in points is a level, no figure',
      text: "The services purchasing managers' index stayed above the 50-point line and reached 54.1 p.p. in March. The manufacturing PMI amounted to 48.9 p.p. in the month. The composite index of new orders stood at 50.6 pp in July.",
      expected: [],
    },
    {
      name: 'a move of the index, or a gap that reached a number of points, stays a change (near miss)',
      text: 'The PMI rose by 2.1 p.p. in April. Unemployment fell by 0.4 p.p. in the quarter, and the gap reached 1.3 p.p.',
      expected: [
        ['rose by 2.1 p.p.', 'change', 2.1, 'percentage-points', 'actual'],
        ['fell by 0.4 p.p.', 'change', -0.4, 'percentage-points', 'actual'],
        ['1.3 p.p.', 'change', 1.3, 'percentage-points', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 17, "the first time" before a verb of crossing', () => {
  itProposes([
    {
      name: 'a level after "the first time … exceeded, passed, crossed, topped" is a milestone, no figure',
      text: 'Sales of wine reached a new high of $52.7 billion in 2031, the first time yearly sales have topped $50 billion. It was the first time the debt ratio had passed 70 percent of GDP. For the first time ever, foreign reserves crossed €20 billion in the quarter. The report marks the first time that services exports surpassed US$ 9 billion in a year.',
      expected: [['$52.7 billion', 'amount', 52.7e9, 'USD', 'actual']],
    },
    {
      name: 'a growth rate after "the first time" with no verb of crossing stays a figure (near miss)',
      text: 'It was the first time exports grew by 5 percent in a quarter.',
      expected: [['grew by 5 percent', 'change', 5, 'percent', 'actual']],
    },
  ]);
});

describe('extractCandidates: push 17, a written sign spaced from its number in a bracket', () => {
  itProposes([
    {
      name: 'every "(+ X percent)" item of a long sector list is a change, as "(+X%)" is',
      text: 'Capital spending rose sharply in mining (+ 14.2 percent), retail (+ 9.8 percent), fishing (+ 7.5 percent), hotels, finance, property (+ 6.1 percent) and shipping (+ 3.3 percent). Shop sales grew in clothing (+ 5.5 per cent) and books (+ 2.0 per cent).',
      expected: [
        ['+ 14.2 percent', 'change', 14.2, 'percent', 'actual'],
        ['+ 9.8 percent', 'change', 9.8, 'percent', 'actual'],
        ['+ 7.5 percent', 'change', 7.5, 'percent', 'actual'],
        ['+ 6.1 percent', 'change', 6.1, 'percent', 'actual'],
        ['+ 3.3 percent', 'change', 3.3, 'percent', 'actual'],
        ['+ 5.5 per cent', 'change', 5.5, 'percent', 'actual'],
        ['+ 2.0 per cent', 'change', 2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a spaced minus in a bracket is a fall; shares in a list with no sign stay shares (near miss)',
      text: 'Output fell in mining (– 3.2 percent). Farming accounted for 12.4 percent, industry 30.1 percent and services 57.5 percent of output.',
      expected: [
        ['– 3.2 percent', 'change', -3.2, 'percent', 'actual'],
        ['12.4 percent', 'share', 12.4, 'percent', 'actual'],
        ['30.1 percent', 'share', 30.1, 'percent', 'actual'],
        ['57.5 percent of output', 'share', 57.5, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 17, a lead-in that ends with a verb of forecasting and a colon', () => {
  itProposes([
    {
      name: '"… predicts:" or "… foresees:" then bullets of infinitives: every item is a forecast',
      text: "Drawing on a poll of its member firms, the Chamber's Spring Survey predicts:\n\n  • GDP growth to reach 2.3 per cent in the region and 2.1 per cent in the country in 2031.\n  • The jobless rate to keep edging down (2031: 6.4 per cent; 2032: 6.1 per cent).\n\nFor the coming year, the board of the institute foresees:\n\n  • Inflation to ease to 2.2 percent.\n",
      expected: [
        ['2.3 per cent', 'change', 2.3, 'percent', 'expected'],
        ['2.1 per cent', 'change', 2.1, 'percent', 'expected'],
        ['6.4 per cent', 'share', 6.4, 'percent', 'expected'],
        ['6.1 per cent', 'share', 6.1, 'percent', 'expected'],
        ['2.2 percent', 'change', 2.2, 'percent', 'expected'],
      ],
    },
    {
      name: 'a lead-in that reports ("The quarterly data show:") leaves its items actual (near miss)',
      text: 'The quarterly data show:\n\n  • Exports up by 1.8 percent.\n  • Imports down by 0.6 percent.\n',
      expected: [
        ['up by 1.8 percent', 'change', 1.8, 'percent', 'actual'],
        ['down by 0.6 percent', 'change', -0.6, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 17, a progressive verb of forecasting', () => {
  itProposes([
    {
      name: '"are anticipating", "were predicting", "is now projecting" a change make it a forecast',
      text: "For 2032 the economists are anticipating a 1.9% rise in real GDP (1.6% after calendar adjustment). The bank's staff were predicting a 2.4 percent gain in wages for next spring. Analysts we spoke to are still anticipating a 3 percent increase in exports.",
      expected: [
        ['1.9% rise', 'change', 1.9, 'percent', 'expected'],
        ['1.6%', 'change', 1.6, 'percent', 'expected'],
        ['2.4 percent gain', 'change', 2.4, 'percent', 'expected'],
        ['3 percent increase', 'change', 3, 'percent', 'expected'],
      ],
    },
    {
      name: 'an outturn compared with what somebody "was anticipating" stays actual (near miss)',
      text: 'Exports rose 2.6 percent last year, more than anybody was anticipating.',
      expected: [['rose 2.6 percent', 'change', 2.6, 'percent', 'actual']],
    },
  ]);
});

describe('extractCandidates: push 17, "targeting a … of" a level', () => {
  itProposes([
    {
      name: 'a participle or verb "targeting a debt ratio of", "targets a jobless rate at" makes a plan',
      text: 'The plan sets out a fiscal path targeting a public debt ratio of about 62 percent by 2034. The agency is targeting a budget surplus of 1.2 per cent of output in 2033. The government targets a jobless rate at 4 percent by the end of the decade.',
      expected: [
        ['62 percent', 'share', 62, 'percent', 'expected'],
        ['1.2 per cent of output', 'share', 1.2, 'percent', 'expected'],
        ['4 percent', 'share', 4, 'percent', 'expected'],
      ],
    },
    {
      name: 'lenders "targeting small firms" with an outturn stay actual (near miss)',
      text: 'Lenders targeting small firms raised their loans by 8 percent last year.',
      expected: [['raised their loans by 8 percent', 'change', 8, 'percent', 'actual']],
    },
  ]);
});

describe('extractCandidates: push 18, a survey counts its answers now', () => {
  itProposes([
    {
      name: 'a share of the people or firms asked who "will", "plan to", "intend to" do something is actual',
      text: 'Some 38.2 percent of respondents said they will hire more staff next year. Around 52 per cent of the exporters polled in Lisbon plan to open offices abroad. Nearly 27% of households surveyed intend to buy a car within two years. 44.5 percent reported they expect higher wages in 2035.',
      expected: [
        ['38.2 percent of respondents', 'share', 38.2, 'percent', 'actual'],
        ['52 per cent of the exporters polled', 'share', 52, 'percent', 'actual'],
        ['27% of households surveyed', 'share', 27, 'percent', 'actual'],
        ['44.5 percent', 'share', 44.5, 'percent', 'actual'],
      ],
    },
    {
      name: "the items of a ranked answer take the lead share's status, and so does its earlier base",
      text: 'In the poll, 71.3 percent of firms in Chile expect to raise output, followed by Peru at 66.1 percent, and 60.4 percent in Colombia. Only 31 percent of investors said they would add to equities in the coming months, down from 36.5 percent before the crisis.',
      expected: [
        ['71.3 percent of firms', 'share', 71.3, 'percent', 'actual'],
        ['66.1 percent', 'share', 66.1, 'percent', 'actual'],
        ['60.4 percent', 'share', 60.4, 'percent', 'actual'],
        ['31 percent of investors', 'share', 31, 'percent', 'actual'],
        ['36.5 percent', 'share', 36.5, 'percent', 'actual'],
      ],
    },
    {
      name: 'a change in the share of those answering, and the level it reached, are actual',
      text: 'The share of manufacturers expecting better orders fell 4.2 percentage points on the quarter to 48.7 percent.',
      expected: [
        ['fell 4.2 percentage points', 'change', -4.2, 'percentage-points', 'actual'],
        ['48.7 percent', 'share', 48.7, 'percent', 'actual'],
      ],
    },
    {
      name: 'a bare share that answers after "with" is no fronted number, whatever verb ends its clause',
      text: 'Most retailers named higher energy bills, with just over 40 percent also reporting they plan to shrink stock because supply may be cut.',
      expected: [['40 percent', 'share', 40, 'percent', 'actual']],
    },
    {
      name: 'what the answer forecasts stays expected, and a figure "reported in" a report keeps its kind (near miss)',
      text: 'Firms expect prices to rise 3.1 percent next year. Output grew 6.8% in 2034, slower than the 7.2% reported in the spring outlook. Some 40 percent of the budget will go to schools.',
      expected: [
        ['rise 3.1 percent', 'change', 3.1, 'percent', 'expected'],
        ['grew 6.8%', 'change', 6.8, 'percent', 'actual'],
        ['7.2%', 'change', 7.2, 'percent', 'actual'],
        ['40 percent of the budget', 'share', 40, 'percent', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: push 18, the kind a ranking or a restated change hands on', () => {
  itProposes([
    {
      name: "the items a ranking puts after its lead take the lead's measure, and its status",
      text: 'Output is forecast to see its largest rise in Orlen province at 9.2 percent, followed by Dastow at 8.7 percent, Kerrin at 8.1 percent, and Mabry also at 7.5 percent. Among ports, the steepest fall in cargo came at Selk, down 6 percent, followed closely by Varn with 5.2 percent.',
      expected: [
        ['9.2 percent', 'change', 9.2, 'percent', 'expected'],
        ['8.7 percent', 'change', 8.7, 'percent', 'expected'],
        ['8.1 percent', 'change', 8.1, 'percent', 'expected'],
        ['7.5 percent', 'change', 7.5, 'percent', 'expected'],
        ['down 6 percent', 'change', -6, 'percent', 'actual'],
        [
          'down 6 percent, followed closely by Varn with 5.2 percent',
          'change',
          -5.2,
          'percent',
          'actual',
        ],
      ],
    },
    {
      name: 'a percent after ", or" restates a changed amount though a bracketed conversion stands between',
      text: 'Reserves fell by US$310 million (NZ$0.5 billion), or 0.3 per cent, in March. Deposits grew by €2.1 billion (£1.8 billion), or 1.4 percent, over the month.',
      expected: [
        ['fell by US$310 million', 'amount', 310000000, 'USD', 'actual'],
        ['NZ$0.5 billion', 'amount', 500000000, 'NZD', 'actual'],
        [
          'fell by US$310 million (NZ$0.5 billion), or 0.3 per cent',
          'change',
          -0.3,
          'percent',
          'actual',
        ],
        ['€2.1 billion', 'amount', 2100000000, 'EUR', 'actual'],
        ['£1.8 billion', 'amount', 1800000000, 'GBP', 'actual'],
        ['1.4 percent', 'change', 1.4, 'percent', 'actual'],
      ],
    },
    {
      name: 'a noun of change before "by" and a percent set "over" a named quarter are changes',
      text: 'The minister said the currency appreciation by 4.1 per cent helped importers. Sales were 2.2 percent above the first quarter and a striking 41.5 percent over Q3 2033.',
      expected: [
        ['appreciation by 4.1 per cent', 'change', 4.1, 'percent', 'actual'],
        ['2.2 percent above', 'change', 2.2, 'percent', 'actual'],
        ['41.5 percent over Q3 2033', 'change', 41.5, 'percent', 'actual'],
      ],
    },
    {
      name: 'a list that ranks shares stays shares, and "growth by" in a forecast list keeps its status (near miss)',
      text: 'Food takes the largest weight in the basket at 31 percent, followed by housing at 22 percent. The bank expected growth by 3.1 percent in 2035 and 2.8 percent in 2036.',
      expected: [
        ['31 percent', 'share', 31, 'percent', 'actual'],
        ['22 percent', 'share', 22, 'percent', 'actual'],
        ['3.1 percent', 'change', 3.1, 'percent', 'expected'],
        ['2.8 percent', 'change', 2.8, 'percent', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: push 18, traps by shape', () => {
  itProposes([
    {
      name: 'either end of a path that an index or cover above the whole takes is no figure; a ratio so named is a share, a ratio, at either end',
      text: 'The cover ratio went up from 118.4 per cent in May to 118.9 per cent in June. The reserve coverage index fell from 131.2% at end-March to 127.6% at end-April. The capital ratio edged down to 104.5 percent.',
      expected: [
        ['118.4 per cent', 'share', 118.4, 'percent', 'actual'],
        ['118.9 per cent', 'share', 118.9, 'percent', 'actual'],
        ['104.5 percent', 'share', 104.5, 'percent', 'actual'],
      ],
    },
    {
      name: 'a fraction of a rate or a pace relates two rates and is no share',
      text: "Wage growth in 2035 is set to be a third of the rate seen this year. Credit grew at about half of the 8.4% pace of 2033. Hiring slowed to two-thirds of last year's rate.",
      expected: [['8.4%', 'change', 8.4, 'percent', 'actual']],
    },
    {
      name: 'a ratio below the whole, a share of a growth stay (near miss)',
      text: 'The liquidity ratio rose from 41.5 per cent to 43 per cent. Half of the growth came from exports. The fund lent 20 million euros (22 million dollars) to farmers.',
      expected: [
        ['41.5 per cent', 'share', 41.5, 'percent', 'actual'],
        ['43 per cent', 'share', 43, 'percent', 'actual'],
        ['Half of the growth came', 'share', 50, 'percent', 'actual'],
        ['20 million euros', 'amount', 20000000, 'EUR', 'actual'],
        ['22 million dollars', 'amount', 22000000, 'USD', 'actual'],
      ],
    },
  ]);
});

describe("extractCandidates: push 18, the dateline's own year is not over", () => {
  itProposes([
    {
      name: 'an outturn of the dateline year named "after" a forecast for the next is expected',
      text: 'Outlook for 2035\nTreasury of Marl, 12 December 2034\n\nShipments are projected to climb 2.6 percent in 2035, after shrinking 8.3 percent in 2034. Imports should gain 1.9% next year after dropping 4.4% this year. Farm output is set to grow 3 per cent next year, after falling by about 1.2 per cent this year.',
      expected: [
        ['climb 2.6 percent', 'change', 2.6, 'percent', 'expected'],
        ['shrinking 8.3 percent', 'change', -8.3, 'percent', 'expected'],
        ['gain 1.9%', 'change', 1.9, 'percent', 'expected'],
        ['dropping 4.4%', 'change', -4.4, 'percent', 'expected'],
        ['grow 3 per cent', 'change', 3, 'percent', 'expected'],
        ['falling by about 1.2 per cent', 'change', -1.2, 'percent', 'expected'],
      ],
    },
    {
      name: 'the same after a year that is over, or after an outturn with no forecast, stays actual (near miss)',
      text: 'Outlook for 2035\nTreasury of Marl, 12 December 2034\n\nShipments are projected to climb 2.6 percent in 2035, after shrinking 8.3 percent in 2033. Imports rose 1.9% this year after dropping 4.4% this year in the first half.',
      expected: [
        ['climb 2.6 percent', 'change', 2.6, 'percent', 'expected'],
        ['shrinking 8.3 percent', 'change', -8.3, 'percent', 'actual'],
        ['rose 1.9%', 'change', 1.9, 'percent', 'actual'],
        ['dropping 4.4%', 'change', -4.4, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 18, an outlook set at a level', () => {
  itProposes([
    {
      name: '"set its 2035 growth outlook at", "pegged next year\'s inflation outlook at" make forecasts',
      text: "The treasury of Marl on Monday set its 2035 economic growth outlook at 2.2 percent. The cabinet pegged next year's inflation outlook at 3.1 per cent. The bank puts its GDP outlook at 1.4%.",
      expected: [
        ['2.2 percent', 'change', 2.2, 'percent', 'expected'],
        ['3.1 per cent', 'change', 3.1, 'percent', 'expected'],
        ['1.4%', 'change', 1.4, 'percent', 'expected'],
      ],
    },
    {
      name: 'a rate set at a level, with no outlook named, stays actual (near miss)',
      text: 'The board set its policy rate at 4.25 percent on Monday.',
      expected: [['4.25 percent', 'share', 4.25, 'percent', 'actual']],
    },
  ]);
});

describe('extractCandidates: push 19, a percent that restates a difference', () => {
  itProposes([
    {
      name: 'a bracket or comma opening with "or" after a difference takes the comparative after it',
      text: 'Tax receipts reached about PLN 58.2 billion, which is roughly PLN 4.1 billion (or 3.2%) lower than a year earlier. Spending came in at NOK 12.6 billion, about NOK 0.7 billion (or 5.3%) higher than in 2023. Fee income stood at RON 2.2 billion, some RON 0.4 billion (or 15.4%) lower than in 2030.',
      expected: [
        ['PLN 58.2 billion', 'amount', 58200000000, 'PLN', 'actual'],
        ['PLN 4.1 billion', 'amount', 4100000000, 'PLN', 'actual'],
        ['3.2%) lower', 'change', -3.2, 'percent', 'actual'],
        ['NOK 12.6 billion', 'amount', 12600000000, 'NOK', 'actual'],
        ['NOK 0.7 billion', 'amount', 700000000, 'NOK', 'actual'],
        ['5.3%) higher', 'change', 5.3, 'percent', 'actual'],
        ['RON 2.2 billion', 'amount', 2200000000, 'RON', 'actual'],
        ['RON 0.4 billion', 'amount', 400000000, 'RON', 'actual'],
        ['15.4%) lower', 'change', -15.4, 'percent', 'actual'],
      ],
    },
    {
      name: 'a change noun before the amount reaches a bracket that opens with "or"',
      text: 'Duty income was CZK 44.7 billion, representing a rise of some CZK 3.9 billion (or 9.6%) on an annual basis.',
      expected: [
        ['CZK 44.7 billion', 'amount', 44700000000, 'CZK', 'actual'],
        ['CZK 3.9 billion', 'amount', 3900000000, 'CZK', 'actual'],
        ['9.6%', 'change', 9.6, 'percent', 'actual'],
      ],
    },
    {
      name: 'a bracket after a level with no change word stays a share (near miss)',
      text: 'Revenue of CZK 310 billion (or 4.3% of GDP) was collected. Transfers from the EU amounted to EUR 1.1 billion (or 8% of the total).',
      expected: [
        ['CZK 310 billion', 'amount', 310000000000, 'CZK', 'actual'],
        ['4.3% of GDP', 'share', 4.3, 'percent', 'actual'],
        ['EUR 1.1 billion', 'amount', 1100000000, 'EUR', 'actual'],
        ['8% of the total', 'share', 8, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 19, a number measured against a plan', () => {
  itProposes([
    {
      name: 'an outturn compared with a planned or budgeted figure is actual',
      text: 'The deficit came to 21.4 billion shekels, some 3 billion shekels less than the planned deficit. The treasury collected 6% more from gas royalties than it had budgeted for the year. Revenue came in 1.8% above what the treasury had originally budgeted.',
      expected: [
        ['21.4 billion shekels', 'amount', 21400000000, 'ILS', 'actual'],
        ['3 billion shekels', 'amount', 3000000000, 'ILS', 'actual'],
        ['6% more', 'change', 6, 'percent', 'actual'],
        ['1.8% above', 'change', 1.8, 'percent', 'actual'],
      ],
    },
    {
      name: 'a sentence that forecasts keeps its reading (near miss)',
      text: 'Ministers expect revenue to be 2% below what was budgeted next year. The deficit is forecast at 19 billion shekels next year, 2 billion less than planned.',
      expected: [
        ['2% below', 'change', -2, 'percent', 'expected'],
        ['19 billion shekels', 'amount', 19000000000, 'ILS', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: push 19, the conversion of a bound', () => {
  itProposes([
    {
      name: 'the bracketed conversion of a bound that is no figure is no figure either',
      text: 'The survey covers firms with annual turnover of at least 20 million yuan (about 2.8 million US dollars). The index tracks companies with sales above 50 million rupees (roughly 600,000 dollars) a year.',
      expected: [],
    },
    {
      name: 'the conversion of an amount that is a figure stays (near miss)',
      text: 'Exports reached 12 billion yuan (about 1.7 billion US dollars) in March.',
      expected: [
        ['12 billion yuan', 'amount', 12000000000, 'CNY', 'actual'],
        ['1.7 billion US dollars', 'amount', 1700000000, 'USD', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 19, shares whose whole is named once', () => {
  itProposes([
    {
      name: 'the items after a share with its whole repeat its place word and take its whole',
      text: 'Chile imports 38 percent of its oil from Norway, 27 percent from Peru, and 9 percent from Ghana. The island sources 62 per cent of its wheat from Canada, 21 per cent from France. About 55% of the bank’s loans go to Lagos, 20% to Abuja.',
      expected: [
        ['38 percent of its oil', 'share', 38, 'percent', 'actual'],
        ['27 percent', 'share', 27, 'percent', 'actual'],
        ['9 percent', 'share', 9, 'percent', 'actual'],
        ['62 per cent of its wheat', 'share', 62, 'percent', 'actual'],
        ['21 per cent', 'share', 21, 'percent', 'actual'],
        ['55% of the bank’s loans go', 'share', 55, 'percent', 'actual'],
        ['20%', 'share', 20, 'percent', 'actual'],
      ],
    },
    {
      name: 'a list lead-in that names a share heads its bracketed items',
      text: 'Ranked by their share of national output, the biggest sectors last year were: Services (38.12%); Industry (20.64%) and Commerce (15.02%). In terms of their shares of exports, the top partners were: Chile (22.1%); India (14.8%).',
      expected: [
        ['38.12%', 'share', 38.12, 'percent', 'actual'],
        ['20.64%', 'share', 20.64, 'percent', 'actual'],
        ['15.02%', 'share', 15.02, 'percent', 'actual'],
        ['22.1%', 'share', 22.1, 'percent', 'actual'],
        ['14.8%', 'share', 14.8, 'percent', 'actual'],
      ],
    },
    {
      name: 'a verb of change over the list and a lead-in naming growth stay changes (near miss)',
      text: 'Exports rose 12 percent to Chile, 8 percent to Peru and 5 percent to Qatar. The fastest growing sectors were: mining (12.5%), telecoms (9.9%).',
      expected: [
        ['rose 12 percent', 'change', 12, 'percent', 'actual'],
        ['8 percent', 'change', 8, 'percent', 'actual'],
        ['5 percent', 'change', 5, 'percent', 'actual'],
        ['12.5%', 'change', 12.5, 'percent', 'actual'],
        ['9.9%', 'change', 9.9, 'percent', 'actual'],
      ],
    },
    {
      name: 'a group of firms named by their answer that rose to a level and came from one: shares, counted now',
      text: 'Firms planning to grow their exports rose to 71.4%, a six-year high, from 63.9% a year before. Firms expecting higher input prices fell to 44 percent in March from 52 percent in December. Respondents saying they would cut staff rose to 18.5%, against 15% a quarter before.',
      expected: [
        ['71.4%', 'share', 71.4, 'percent', 'actual'],
        ['63.9%', 'share', 63.9, 'percent', 'actual'],
        ['44 percent', 'share', 44, 'percent', 'actual'],
        ['52 percent', 'share', 52, 'percent', 'actual'],
        ['18.5%', 'share', 18.5, 'percent', 'actual'],
        ['15%', 'share', 15, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 19, status against a plan, a deal or an aside', () => {
  itProposes([
    {
      name: 'a bracketed counterfactual hedges only its own numbers',
      text: 'From PIT – CZK 8.8 billion, about CZK 2.1 billion less than in 2030 (without the municipal tax reform, receipts from PIT would be around CZK 12.5 billion, or 9.7% more). Corporate tax brought in RON 6.2 billion, up 11% on the year (had the rate cut not happened, the take would have reached RON 7 billion).',
      expected: [
        ['CZK 8.8 billion', 'amount', 8800000000, 'CZK', 'actual'],
        ['CZK 2.1 billion', 'amount', 2100000000, 'CZK', 'actual'],
        ['CZK 12.5 billion', 'amount', 12500000000, 'CZK', 'expected'],
        ['9.7% more', 'change', 9.7, 'percent', 'expected'],
        ['RON 6.2 billion', 'amount', 6200000000, 'RON', 'actual'],
        ['up 11%', 'change', 11, 'percent', 'actual'],
        ['RON 7 billion', 'amount', 7000000000, 'RON', 'expected'],
      ],
    },
    {
      name: 'a sentence that forecasts outside the aside keeps its reading (near miss)',
      text: 'Revenue would be CZK 9 billion next year (without the reform, it would be CZK 12 billion).',
      expected: [
        ['CZK 9 billion', 'amount', 9000000000, 'CZK', 'expected'],
        ['CZK 12 billion', 'amount', 12000000000, 'CZK', 'expected'],
      ],
    },
    {
      name: 'what a deal was signed to set up, a fronted size of what was launched and an earlier estimate are actual',
      text: 'The agency signed a facility agreement to open a credit line of up to EUR 250 million with the development bank. The fund signed a deal on Tuesday to establish a guarantee window worth up to $60 million. Valued at $22 million overall, the new programmes will support small exporters. Output grew 0.9% in the third quarter, against a preliminary estimate of 0.7% growth.',
      expected: [
        ['EUR 250 million', 'amount', 250000000, 'EUR', 'actual'],
        ['$60 million', 'amount', 60000000, 'USD', 'actual'],
        ['$22 million', 'amount', 22000000, 'USD', 'actual'],
        ['grew 0.9%', 'change', 0.9, 'percent', 'actual'],
        ['0.7% growth', 'change', 0.7, 'percent', 'actual'],
      ],
    },
    {
      name: 'a deal still to be signed stays a plan (near miss)',
      text: 'The bank plans to sign a loan agreement next month to set up a credit line of up to USD 90 million.',
      expected: [['USD 90 million', 'amount', 90000000, 'USD', 'expected']],
    },
  ]);
});

describe('extractCandidates: push 19, a bound passed by named members', () => {
  itProposes([
    {
      name: 'a count of members with their names between it and the bound makes the bound a line',
      text: 'Six member states, Arland, Brenmoor, Cestia, Dovria, Elmont and Fenwick, would record faster expansion than the projected 5.1 per cent. Four members — Arland, Brenmoor, Cestia and Dovria — are set to grow faster than the expected 3.4 percent. Six member states, Arland, Brenmoor and Cestia, would grow faster than 5.1 per cent. In addition, five member states, Arland, Togo, Benin, Côte d’Ivoire and Mali would record faster expansion than the projected 5.9 per cent growth rate for the bloc.',
      expected: [],
    },
    {
      name: 'money named members gave together and a bound no count passes stay (near miss)',
      text: 'Three economies, Arland, Brenmoor and Cestia, pledged more than $4 billion together. The economy grew faster than the projected 5.1 per cent.',
      expected: [
        ['$4 billion', 'amount', 4000000000, 'USD', 'actual'],
        ['5.1 per cent', 'change', 5.1, 'percent', 'expected'],
      ],
    },
  ]);
});

describe('extractCandidates: push 19, the average of a change noun', () => {
  itProposes([
    {
      name: 'a clause whose subject is a change noun gives its average the change’s kind',
      text: 'Pay hikes at big Korean firms average 3.4% this year. Monthly pay rises settled this spring at large employers have averaged ₩81,200, or 2.61%, the lobby said. Rent increases in the capital averaged 6.2% last year.',
      expected: [
        ['3.4%', 'change', 3.4, 'percent', 'actual'],
        ['₩81,200', 'amount', 81200, 'KRW', 'actual'],
        ['2.61%', 'change', 2.61, 'percent', 'actual'],
        ['6.2%', 'change', 6.2, 'percent', 'actual'],
      ],
    },
    {
      name: 'a part of a whole after the same verb stays a share (near miss)',
      text: 'Wages at big firms average 3.4% of revenue. The average hike came to 4% of the base.',
      expected: [
        ['3.4% of revenue', 'share', 3.4, 'percent', 'actual'],
        ['4% of the base', 'share', 4, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 19, a pronoun after a fronted place and a repeated "to"', () => {
  itProposes([
    {
      name: 'a pronoun after a fronted place takes the measure named before; "and to" repeats the item before',
      text: 'Across the bloc, inflation is expected to fall from 6.1% in 2030 to 2.9% in 2031. In the core members, it is projected to decelerate from 5.2% in 2030 to 2.6% in 2031 and to 2.0% in 2032.',
      expected: [
        ['6.1%', 'change', 6.1, 'percent', 'actual'],
        ['2.9%', 'change', 2.9, 'percent', 'expected'],
        ['5.2%', 'change', 5.2, 'percent', 'actual'],
        ['2.6%', 'change', 2.6, 'percent', 'expected'],
        ['2.0%', 'change', 2, 'percent', 'expected'],
      ],
    },
    {
      name: 'a level measure keeps its kind through "and to" (near miss)',
      text: 'The jobless rate rose to 6.1% in 2030 and to 6.4% in 2031, while prices climbed.',
      expected: [
        ['6.1%', 'share', 6.1, 'percent', 'actual'],
        ['6.4%', 'share', 6.4, 'percent', 'actual'],
      ],
    },
  ]);
});

describe('extractCandidates: push 19, what a forecast showed', () => {
  itProposes([
    {
      name: 'a relative clause after a forecast noun says what the forecast showed',
      text: "Exports beat the ministry's forecast from last autumn, which pointed to a 2.1% rise. The outturn tops the bank's projections of March, which indicated a rise in output of 0.4 per cent for this year.",
      expected: [
        ['2.1% rise', 'change', 2.1, 'percent', 'expected'],
        ['rise in output of 0.4 per cent', 'change', 0.4, 'percent', 'expected'],
      ],
    },
    {
      name: 'figures published before that showed a change stay data (near miss)',
      text: 'Sales exceeded the figures published in May, which showed a 3% gain.',
      expected: [['3% gain', 'change', 3, 'percent', 'actual']],
    },
  ]);
});

describe('extractCandidates: s1, members named with their figures in brackets after a forecast', () => {
  /** Each figure of `text` as "value status", dated October 2032. */
  const read = (text: string) =>
    extractCandidates(text, 'doc', {
      source: {
        date: '2032-10-08',
        publisher: 'World Bank',
        title: 'Update',
        url: 'https://example.org/u',
      },
    }).map((c) => `${c.value} ${c.status}`);

  it.each([
    // A development bank's update, a ministry's outlook, a trade body's forecast.
    [
      'Growth in the region is projected at 3.9 percent in 2033, led by Ruritania (5.2 percent) and Valdonia (4.6 percent).',
      ['3.9 expected', '5.2 expected', '4.6 expected'],
    ],
    [
      'Exports should expand by 4 per cent next year, driven by Machinery (6.1 per cent), Chemicals (5 per cent) and Food (3.2 per cent).',
      ['4 expected', '6.1 expected', '5 expected', '3.2 expected'],
    ],
    [
      'Output in the subregion is expanding by 5.5 percent this year, led by Northland (4.8 percent).',
      ['5.5 expected', '4.8 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: the same list after an outturn, and a bracket that is no member's figure.
    [
      'Growth in the region reached 3.9 percent in 2031, led by Ruritania (5.2 percent) and Valdonia (4.6 percent).',
      ['3.9 actual', '5.2 actual', '4.6 actual'],
    ],
    [
      'Growth is projected at 3.9 percent in 2033, after a strong 2031 (5.2 percent).',
      ['3.9 expected', '5.2 actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v3: a dateline read through words of any script', () => {
  /** Each figure as "value status" in a text dated by a record of `date` unless its lines date it. */
  const read = (text: string, date?: string) =>
    extractCandidates(text, 'doc', {
      source: { date, publisher: 'Ministry', title: 'Release', url: 'https://example.org/r' },
    }).map((c) => `${c.value} ${c.status}`);

  it.each([
    // A one-letter word of another script ("à") in a running sentence: the month and year it leads
    // to is the period compared, not the document's date (a ministry, a statistics office, a bank).
    [
      'Exports for November 2026 are estimated at $69.8 billion, up 8.9 per cent vis-à-vis November 2025.',
      '2026-12-15',
      ['69800000000 actual', '8.9 actual'],
    ],
    [
      'Sales for November 2031 are estimated at €4.1 billion, a rise of 2.2 per cent par rapport à November 2030.',
      '2031-12-10',
      ['4100000000 actual', '2.2 actual'],
    ],
    [
      'Output for the third quarter of 2030 is estimated at $8.4 billion, little changed vis-à-vis June 2030.',
      '2030-11-02',
      ['8400000000 actual'],
    ],
    // Near-miss: a month and year on a line of its own still dates the document.
    [
      'Bulletin, December 2031\n\nSales for December 2031 are estimated at €4.1 billion.',
      undefined,
      ['4100000000 expected'],
    ],
  ])('%s', (text, date, want) => {
    expect(read(text, date)).toEqual(want);
  });

  it.each([
    // A month abbreviated, in capitals or not, dates the document as the whole word does.
    [
      "India's Trade: November 2026\nPosted On: 15 DEC 2026 4:10PM\n\nExports for November 2026 are estimated at $69.8 billion.",
      ['69800000000 actual'],
    ],
    [
      'Monthly note: May 2031\nIssued 4 Jun. 2031\n\nOutput for May 2031 is estimated at $2.3 billion.',
      ['2300000000 actual'],
    ],
    [
      'Press release: October 2030\nSept. 2, 2030\n\nRevenue for October 2030 is estimated at $1.2 billion.',
      ['1200000000 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // A numeric date with a day above 12 tells its month, day first or month first; dots are day
    // first, as German, Russian and French releases write them.
    [
      'Press release 21/10/2032\n\nRevenue for the fourth quarter of 2032 is estimated at $1.2 billion.',
      ['1200000000 expected'],
    ],
    [
      'Release date: 10/21/2032\n\nRevenue for the fourth quarter of 2032 is estimated at $1.2 billion.',
      ['1200000000 expected'],
    ],
    [
      'Berlin, 05.11.2032\n\nRevenue for the fourth quarter of 2032 is estimated at €1.2 billion.',
      ['1200000000 expected'],
    ],
    // Near-miss: both parts 12 or under, slashed: no month, so the estimate keeps its verb's reading.
    [
      'Press release 05/11/2032\n\nRevenue for the fourth quarter of 2032 is estimated at $1.2 billion.',
      ['1200000000 actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v14: a difference set off after a forecast level, against an earlier estimate or base', () => {
  /** Each figure of `text` as "value status", dated February 2033. */
  const read = (text: string) =>
    extractCandidates(text, 'doc', {
      source: {
        date: '2033-02-20',
        publisher: 'Treasury',
        title: 'Review',
        url: 'https://example.org/r',
      },
    }).map((c) => `${c.value} ${c.status}`);

  it.each([
    // A treasury's budget review, a mining commission's survey, a finance ministry's tax estimate
    // (German), a debt office's outlook and a central bank's projection: the gap set off after a
    // level to come is part of that forecast, whatever base it is measured from.
    [
      'Revenue for 2032/33 is now estimated at R2.09 trillion, R18.4 billion less than the printed estimate, as corporate income tax from mining fell sharply.',
      ['2090000000000 expected', '18400000000 expected'],
    ],
    [
      "The portfolio of mining investment projects for 2033–2042 totals US$83.2 billion, up US$7.4 billion on last year's survey.",
      ['83200000000 expected', '7400000000 expected'],
    ],
    [
      'Die Steuerschätzung vom Oktober erwartet für 2034 Steuereinnahmen des Bundes von 410,5 Mrd. €, und damit 3,1 Mrd. € weniger als in der Mai-Schätzung angenommen.',
      ['410500000000 expected', '3100000000 expected'],
    ],
    [
      'Net borrowing is forecast at SEK 95 billion in 2034, SEK 12 billion more than in the February forecast.',
      ['95000000000 expected', '12000000000 expected'],
    ],
    [
      'Investment is projected to reach €48 billion next year, down €3 billion on the autumn projection.',
      ['48000000000 expected', '3000000000 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: the same gap after an outturn, a base a forecast moved from ("up from"), and
    // a gap after a forecast in a clause of its own.
    [
      'Revenue came to R2.01 trillion in 2031/32, R12 billion less than the printed estimate.',
      ['2010000000000 actual', '12000000000 actual'],
    ],
    [
      'Spending is forecast at $612 billion in 2034, up from $590 billion in 2032.',
      ['612000000000 expected', '590000000000 actual'],
    ],
    [
      'Receipts are forecast at $612 billion in 2034; the 2032 outturn was $14 billion less than budgeted.',
      ['612000000000 expected', '14000000000 actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v14: the base a forecast moved from, named by the earlier publication it was in', () => {
  /** Each figure of `text` as "value status", dated August 2033. */
  const read = (text: string) =>
    extractCandidates(text, 'doc', {
      source: {
        date: '2033-08-10',
        publisher: 'Bank',
        title: 'Statement',
        url: 'https://example.org/s',
      },
    }).map((c) => `${c.value} ${c.status}`);

  it.each([
    // A central bank's resolution, a treasury's statement and a monetary policy report: the
    // earlier forecast a new one moved from is a forecast too.
    [
      'CPI inflation for 2033-34 is now projected at 3.1 per cent, down from 3.7 per cent in the June resolution.',
      ['3.1 expected', '3.7 expected'],
    ],
    [
      'Growth for 2034 is now forecast at 2.2%, up from 1.9% in the March Statement.',
      ['2.2 expected', '1.9 expected'],
    ],
    [
      'Inflation is projected to average 2.4% next year, down from 2.9% in the previous Monetary Policy Report.',
      ['2.4 expected', '2.9 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near-misses: a base in a year that is over, a quarter, and an earlier round of a survey.
    ['Growth is forecast at 2.2% in 2034, up from 1.9% in 2032.', ['2.2 expected', '1.9 actual']],
    [
      'Unemployment is projected at 5.1% in 2034, down from 5.6% in the June quarter.',
      ['5.1 expected', '5.6 actual'],
    ],
    [
      'Expectations of firms planning to hire rose to 30%, up from 26% in the previous survey.',
      ['30 expected', '26 actual'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v36: a change and the level it moves to ("by … to"), when a decision sets the level', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc', {
      source: {
        publisher: 'Ministry',
        title: 'Statement',
        url: 'https://example.org/s',
        date: '2031-11-26',
      },
    }).map((c) => `${c.stated.text} ${c.status}`);
  it.each([
    // A pensions department, a family-benefits office, and near-misses: a sum spent, a forecast
    // named after the number, pay across the economy.
    [
      'The Pension Credit guarantee will rise by 4.1% to £236.40 a week.',
      ['rise by 4.1% actual', '£236.40 actual'],
    ],
    [
      'The child benefit will increase by 3% to €265 a month from January.',
      ['increase by 3% actual', '€265 actual'],
    ],
    [
      'Pension spending will rise by 4% to £158 billion.',
      ['rise by 4% expected', '£158 billion expected'],
    ],
    [
      'The actuary expects the basic pension to rise by 3% to €1,300 a month.',
      ['rise by 3% expected', '€1,300 expected'],
    ],
    [
      'Average weekly earnings will rise by 4.1% to £720 a week.',
      ['rise by 4.1% expected', '£720 expected'],
    ],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('v38: basis points after a number in words are read as points after digits are', () => {
  const read = (text: string) =>
    extractCandidates(text, 'doc').map((c) => `${c.stated.text} ${c.value} ${c.unit}`);
  it.each([
    // A central bank, a monetary policy committee, a debt office, a bank's results, a market note.
    [
      'The Reserve Bank raised the cash rate by fifty basis points.',
      ['raised the cash rate by fifty basis points 0.5 percentage-points'],
    ],
    [
      'The committee cut the policy rate by twenty-five basis points.',
      ['cut the policy rate by twenty-five basis points -0.25 percentage-points'],
    ],
    [
      'The bank lowered its key rate by seventy-five basis points, the governor said.',
      ['lowered its key rate by seventy-five basis points -0.75 percentage-points'],
    ],
    [
      'Ten-year yields rose by twenty basis points over the week.',
      ['rose by twenty basis points 0.2 percentage-points'],
    ],
    [
      "The bank's net interest margin fell by fifteen basis points in the half.",
      ['fell by fifteen basis points -0.15 percentage-points'],
    ],
    // Near-misses: a margin and a spread that set a rate, a band's half-width, no number at all.
    ['Loans are priced at fifty basis points above the reference rate.', []],
    ['The notes pay a spread of ninety basis points over SOFR.', []],
    ['The corridor is plus or minus fifty basis points around the policy rate.', []],
    ['The bank uses basis points to quote its margins.', []],
  ])('%s → %j', (text, expected) => expect(read(text)).toEqual(expected));
});

describe('v82: a whole date after "as of" or "as at" is the date a stock is measured at, not the dateline', () => {
  /** Each figure as "value status" in a text dated by a record of `date` unless its lines date it. */
  const read = (text: string, date?: string) =>
    extractCandidates(text, 'doc', {
      source: { date, publisher: 'Ministry', title: 'Release', url: 'https://example.org/r' },
    }).map((c) => `${c.value} ${c.status}`);

  it.each([
    // A veterans' department, a pension fund, a grant scheme, a statistics agency: the stock's date
    // near the top is no date of the document, which the record dates later.
    [
      'Veteran population\nAs of 31 March 2032 there were an estimated 452,300 Veterans.\n\nSelected programs, expenditures 2031-32 ($ millions)\nTreatment benefits: 853.2\n',
      '2032-06-28',
      ['853200000 actual'],
    ],
    [
      'Fund quarterly report\nAs at 30 June 2031, the fund held NZ$78 billion in assets.\n\nReturns for the third quarter of 2031 are estimated at 2.1%.',
      '2031-11-05',
      ['78000000000 actual', '2.1 actual'],
    ],
    [
      'As of 31 March 2032 the scheme had 1,200 member firms.\n\nGrants in 2031-32 are estimated at R4.1 billion.',
      '2032-06-28',
      ['4100000000 actual'],
    ],
    [
      'Data as at 31 December 2031.\n\nSpending in the second half of 2031 is estimated at €2.4 billion.',
      '2032-02-10',
      ['2400000000 actual'],
    ],
    // Near-miss: a place and a date on a line of their own still date the document.
    [
      'London, 30 June 2031\n\nReturns for the third quarter of 2031 are estimated at 2.1%.',
      '2031-11-05',
      ['2.1 expected'],
    ],
  ])('%s', (text, date, want) => {
    expect(read(text, date)).toEqual(want);
  });
});

describe('v107: drafts of a money-titled year table, its change column and a list’s bands pass the real validator', () => {
  it.each([
    'test/fixtures/prose/state-railway-annual-results-table.txt',
    'test/fixtures/prose/audit-office-corporation-receipts-table.txt',
    'test/fixtures/prose/trade-remedies-confidential-margin-ranges.txt',
  ])('%s', (file) => {
    const text = readFileSync(resolve(root, file), 'utf8');
    const candidates = extractCandidates(text, 'v107-doc');
    expect(candidates.length).toBeGreaterThan(0);
    const { errors, dataset } = validateDraft(text, 'v107-doc', candidates);
    expect(errors).toEqual([]);
    expect(dataset.figures).toHaveLength(candidates.length);
  });
});

describe('v180: a whole date inside a running sentence is no dateline when the record dates the text or the title names a year-end', () => {
  /** Each figure as "value status" in a text dated by a record of `date` and titled `title`. */
  const read = (text: string, date?: string, title = 'Release') =>
    extractCandidates(text, 'doc', {
      source: { date, publisher: 'Ministry', title, url: 'https://example.org/r' },
    }).map((c) => `${c.value} ${c.status}`);

  it.each([
    // A central bank, a road fund, a pension fund, a hospital authority: the act the opening
    // sentence dates (an indemnity, a concession, a law) happened years before the record's date.
    [
      'Reserve Bank of Tasman\nAnnual Report\n\nUnder a Letter of Indemnity issued by the Minister on 9 April 2020 under section 65ZD, the Crown reimburses the Bank.\n\n| Receivable ($m) | 2033 | 2032 |\n|---|---|---|\n| Opening balance | 9,602 | 11,874 |\n',
      '2033-09-28',
      'Annual Report and Financial Statements for the year ended 30 June 2033',
      ['9602000000 actual', '11874000000 actual'],
    ],
    [
      'Northern Road Fund\n\nThe concession agreement signed with Skyway Ltd on 14 March 2019 runs for 30 years.\n\nToll revenue in 2032 is estimated at $412 million.',
      '2033-05-02',
      'Road Fund annual statement',
      ['412000000 actual'],
    ],
    [
      'The Pension Reserve Act, which Parliament passed on 2 July 2018, set the fund up.\n\nContributions in 2031-32 are estimated at R4.1 billion.',
      undefined,
      'Annual accounts for the year ended 31 March 2033',
      ['4100000000 actual'],
    ],
    [
      'Hospital pricing notice\n\nPrices were last reset by the authority on 1 October 2024, under the 2024 framework.\n\nSpending in 2031 is estimated at €2.4 billion.',
      '2032-04-11',
      'Notice',
      ['2400000000 actual'],
    ],
    [
      'Hospital tariff decision\n\nOn 12 December 2028 the hospital applied for a new base rate.\n\nCosts per case in 2032 are estimated at CHF 10,276.',
      '2033-05-14',
      'Decision No. 611',
      ['10276 actual'],
    ],
    // Near-misses: a place and a date on a line of their own, or a title line's date, still date
    // the text; a running date with neither a record date nor a year-end title still dates it.
    [
      'Extract from the minutes of the meeting of 14 May 2031\n\nCosts per case in 2031 are estimated at CHF 10,276.',
      '2033-05-14',
      'Decision No. 611',
      ['10276 expected'],
    ],
    [
      'Wellington, 9 April 2031\n\nSpending in 2031 is estimated at €2.4 billion.',
      '2033-09-28',
      'Release',
      ['2400000000 expected'],
    ],
    [
      'Reserve Bank of Tasman\n\nUnder a Letter of Indemnity issued by the Minister on 9 April 2020, the Crown reimburses the Bank.\n\n| Receivable ($m) | 2033 | 2032 |\n|---|---|---|\n| Opening balance | 9,602 | 11,874 |\n',
      undefined,
      'Note 14',
      ['9602000000 expected', '11874000000 expected'],
    ],
  ])('%s', (text, date, title, want) => {
    expect(read(text, date, title)).toEqual(want);
  });
});
