// Held sentences of the v114 classes (test/fixtures/prose/README.md, "The calls" and "Status"):
// written from each class alone, in voices other than the one it was first seen in (state firms'
// results, a treasury's dividend report, port, ferry and hotel statistics): a port authority, a
// university, a telecom operator, a city, a mining company, a water utility, an airline, a
// regulator, a statistics office, a tribunal, a council. Near-misses keep their reading. Each row
// is a short document under a title line, read through the whole extractor dated 2 April 2031
// unless the row gives its own date: the number's own words, then the kind and status wanted.

import { describe, expect, it } from 'vitest';
import { figuresAt, NEUTRAL } from './readingOf.ts';

type Row = readonly [text: string, number: string, kind: string, status: string, date?: string];

/** The kind and status of the figure whose stated words overlap `number`, or why there is none. */
function readingOf(body: string, number: string, date: string): string {
  const found = figuresAt(`Annual report\n\n${body}`, number, { ...NEUTRAL, date })[0];
  return found ? `${found.kind} ${found.status}` : 'no figure proposed';
}

const CLASSES: readonly (readonly [name: string, call: string, rows: readonly Row[]])[] = [
  [
    'a plan, guidance or budget estimate of a sum',
    'a sum a company or government "plans", "guides", "budgets", "targets" or "projects" in the present, or a budget "estimates", whatever words qualify its noun, is planned money, expected; a past verb, a period over, an office\'s estimate of a past year or a portfolio valued now keeps its reading',
    [
      [
        'The port authority plans total capital expenditure of €1.2 billion in 2032.',
        '€1.2 billion',
        'amount',
        'expected',
      ],
      [
        'The university plans new capital investment of £310 million over the next five years.',
        '£310 million',
        'amount',
        'expected',
      ],
      [
        'The telecom operator guides capital expenditure of between $2.1 billion and $2.4 billion for 2031.',
        'between $2.1 billion and $2.4 billion',
        'amount',
        'expected',
      ],
      [
        'For 2032 the group guides annual maintenance spending of around A$450 million.',
        'A$450 million',
        'amount',
        'expected',
      ],
      [
        "The city's 2031/32 budget estimates property tax revenue of R8.4 billion.",
        'R8.4 billion',
        'amount',
        'expected',
      ],
      [
        'The mining company expects net capital spending of US$1.9 billion in 2031.',
        'US$1.9 billion',
        'amount',
        'expected',
      ],
      [
        'The water utility budgets gross operating expenditure of NZ$640 million for 2031-32.',
        'NZ$640 million',
        'amount',
        'expected',
      ],
      [
        'The airline projects total fuel costs of $3.3 billion for 2031.',
        '$3.3 billion',
        'amount',
        'expected',
      ],
      [
        "The regulator's draft determination forecasts allowed revenue of £2.6 billion a year to 2035.",
        '£2.6 billion',
        'amount',
        'expected',
      ],
      [
        'The 2031 budget estimates dividend income of $2.2 billion, 14 per cent more than the 2030 outturn.',
        '$2.2 billion',
        'amount',
        'expected',
      ],
      [
        'The rail operator spent gross capital expenditure of PLN 12.1 billion in 2030.',
        'PLN 12.1 billion',
        'amount',
        'actual',
      ],
      [
        'The port authority reported total capital expenditure of €1.1 billion for 2030.',
        '€1.1 billion',
        'amount',
        'actual',
      ],
      [
        'The statistics office estimates gross farm output of $4.0 billion in 2029.',
        '$4.0 billion',
        'amount',
        'actual',
      ],
      [
        'In 2030 the group had planned capital spending of $900 million but spent $700 million.',
        '$700 million',
        'amount',
        'actual',
      ],
      ["The utility's equity portfolio is worth $3.4 billion.", '$3.4 billion', 'amount', 'actual'],
    ],
  ],
  [
    'a target an outturn of a finished year was held against',
    'a target an outturn told with a past verb was held against, for a whole year named and over, is actual, and so is the share after ", or" that restates the outturn against it; a target for a year not over, a forecast, or a span still running keeps its reading',
    [
      [
        'Tax revenue for 2030 came to $41.2 billion, against a target of $43.0 billion, or 95.8 per cent of the target.',
        '$43.0 billion',
        'amount',
        'actual',
      ],
      [
        'Tax revenue for 2030 came to $41.2 billion, against a target of $43.0 billion, or 95.8 per cent of the target.',
        '95.8 per cent',
        'share',
        'actual',
      ],
      [
        'Non-tax receipts in fiscal 2029/30 totalled R12.4 billion against a budget target of R13.1 billion.',
        'R13.1 billion',
        'amount',
        'actual',
      ],

      [
        'Concession fees collected in FY 2029/30 were NZ$310 million, against the target of NZ$350 million set in the estimates.',
        'NZ$350 million',
        'amount',
        'actual',
      ],
      [
        "In 2030 hotel occupancy stood at 61 percent, against the ministry's target of 65 percent.",
        '65 percent',
        'share',
        'actual',
      ],
      [
        'Revenue in the first quarter of 2031 came to $9 billion, against a target of $40 billion for 2031.',
        '$40 billion',
        'amount',
        'expected',
      ],
      [
        'Revenue for 2031 is forecast at $44 billion, against a target of $43 billion.',
        '$43 billion',
        'amount',
        'expected',
      ],
      [
        'Dividends this year amounted to $2 billion so far, against a target of $3 billion.',
        '$3 billion',
        'amount',
        'expected',
      ],
      [
        'Dividends received in FY 2030/31 amounted to KSh 21.6 billion, against a target of KSh 25.0 billion in the printed estimates, or 86.4 per cent of the target.',
        'KSh 25.0 billion',
        'amount',
        'actual',
        '2031-11-15',
      ],
      [
        'Dividends received in FY 2030/31 amounted to KSh 21.6 billion, against a target of KSh 25.0 billion in the printed estimates, or 86.4 per cent of the target.',
        '86.4 per cent',
        'share',
        'actual',
        '2031-11-15',
      ],
    ],
  ],
  [
    'advice on reading a figure',
    '"should be read", "must be seen", "should therefore be treated" after a number asks something of the reader and hedges nothing; a modal of the figure\'s own verb still forecasts',
    [
      [
        'Retail sales rose 3.2 percent in February. The 3.2 percent rise should be read with caution, as Easter fell early.',
        '3.2 percent rise',
        'change',
        'actual',
      ],
      [
        'Hotel nights fell 6% in January. That 6% drop should be seen against a strong January last year.',
        '6% drop',
        'change',
        'actual',
      ],
      [
        'Freight volumes grew 11.4 per cent in the quarter. The 11.4 per cent increase should therefore be treated with care, because one shipper returned.',
        '11.4 per cent increase',
        'change',
        'actual',
      ],
      [
        'Unemployment was 5.1% in March. This 5.1% figure should be interpreted in light of the new survey design.',
        '5.1% figure',
        'share',
        'actual',
      ],
      [
        'Exports rose 9 percent last year. The 9 percent gain must be read together with the price data.',
        '9 percent gain',
        'change',
        'actual',
      ],
      ['Visitor numbers should rise 4 percent next year.', '4 percent', 'change', 'expected'],
      ['Growth should therefore be about 2.5% in 2032.', '2.5%', 'change', 'expected'],
      ['The levy should be raised to 8% from July, the council said.', '8%', 'share', 'expected'],
    ],
  ],
  [
    'what another body had asked for',
    'a figure set against what a body "had requested", "had sought" or "had asked for", with a subject of up to five words, is the ask, expected; the change granted is decided',
    [
      [
        'In May the regulator approved a price rise of 3.1% for 2032, against the 7.5% the water company had requested.',
        '7.5%',
        'change',
        'expected',
      ],
      [
        'The council set the rate increase at 2 percent, well below the 6 percent the transit agency had asked for.',
        '6 percent',
        'change',
        'expected',
      ],
      [
        'The tribunal awarded a pay rise of 4%, compared with the 9% the union had sought.',
        '9%',
        'change',
        'expected',
      ],
      [
        'The minister granted $40 million, half of the $80 million the hospital board had requested.',
        '$80 million',
        'amount',
        'expected',
      ],
      ['The regulator approved a tariff increase of 3.1% for 2032.', '3.1%', 'change', 'actual'],
      [
        'In September the Ports Regulator approved an average tariff increase of 4.45% for 2032/33, against the 9.1% the National Ports Authority had requested.',
        '9.1%',
        'change',
        'expected',
      ],
    ],
  ],
  [
    'a change a body is considering',
    'a change a body "is considering", "is weighing whether to" or "is studying whether to" make is not decided, expected; the change made and a figure "considered" in the past keep theirs',
    [
      [
        'The council is considering whether to raise the parking fee to $4 an hour.',
        '$4',
        'amount',
        'expected',
      ],
      [
        'The board is also weighing whether to cut the ferry fare to €12, and will decide in June.',
        '€12',
        'amount',
        'expected',
      ],
      [
        'Ministers are considering raising the airport tax to £15 per passenger.',
        '£15',
        'amount',
        'expected',
      ],
      [
        'The airline is studying whether to lift its fuel surcharge to 8 percent.',
        '8 percent',
        'share',
        'expected',
      ],
      ['The board raised the motorcycle toll to PLN 8 in January.', 'PLN 8', 'amount', 'actual'],
      [
        'The council considered the fee of $4 an hour too low and kept it.',
        '$4',
        'amount',
        'actual',
      ],
    ],
  ],
];

for (const [name, call, rows] of CLASSES) {
  describe(`${name}: ${call}`, () => {
    const dated = rows.map(
      ([text, number, kind, status, date]) =>
        [text, number, kind, status, date ?? '2031-04-02'] as const,
    );
    it.each(dated)('%s (%s) is %s, %s', (text, number, kind, status, date) => {
      expect(readingOf(text, number, date)).toBe(`${kind} ${status}`);
    });
  });
}
