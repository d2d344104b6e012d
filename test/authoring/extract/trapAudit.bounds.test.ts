// A trap audit by distribution (test/fixtures/prose/README.md, "Traps"): the traps 17 writers put
// in the open sets, clustered by the role the number plays, for the classes of bounds, tiers and
// comparisons between groups. For each class with ten traps or more, six sentences of the same
// construction in other voices than the sets' (a ministry, a central bank, an agency, a company, a
// regional government, an international body; other nouns, verbs and word order) and two
// near-misses that the README keeps as figures. Every sentence is our own, written from the class
// alone; all are read through the whole extractor, dated 2 April 2031.
// A row the extractor still proposes is kept as `open` with its reason, and asserted to fail, so
// that a rule that mends it shows here.

import { describe, expect, it } from 'vitest';
import { figuresAt } from './readingOf.ts';
import { AUDIT_SOURCE as SOURCE } from '../../support/statusAudit.ts';

/** A sentence and the words in it that must not be proposed (a trap) or must be (a figure). */
type Row = readonly [sentence: string, number: string];
/** A trap the extractor still proposes, with the reason. */
type Open = readonly [sentence: string, number: string, why: string];

/** Whether some proposal's stated words overlap `number` in `sentence`. */
function proposed(sentence: string, number: string): boolean {
  return figuresAt(sentence, number, SOURCE.source).length > 0;
}

interface AuditClass {
  /** The class, by the role of the number, and how many traps of it the open sets hold. */
  name: string;
  traps: readonly Row[];
  figures: readonly Row[];
  open?: readonly Open[];
}

const CLASSES: AuditClass[] = [
  {
    name: 'a bound on what each member holds defines a group (money, percent; 140 traps)',
    traps: [
      [
        'The central bank will apply a capital surcharge to lenders holding more than 25% of their assets in commercial property.',
        '25%',
      ],
      [
        'Mining companies reporting annual royalties in excess of A$50 million must publish their contracts under the new code.',
        'A$50 million',
      ],
      [
        'Regional airports with revenues of less than €10 million a year may receive operating aid from the state.',
        '€10 million',
      ],
      [
        "The Fund's new facility is open to members whose external debt service exceeds 20% of exports.",
        '20%',
      ],
      [
        'For clinics with a turnover below R5 million, the licence fee is waived by the health department.',
        'R5 million',
      ],
      [
        'Municipalities where the jobless rate tops 12 percent qualify for the accelerated infrastructure grant.',
        '12 percent',
      ],
      [
        'Hospitals whose bed occupancy surpasses 95% will get extra staff from the health ministry.',
        '95%',
      ],
      [
        'Counties in which the poverty rate passes 20 per cent receive a larger share of the fund.',
        '20 per cent',
      ],
      [
        'Ports where yearly cargo value tops $2 billion pay a security levy to the transport agency.',
        '$2 billion',
      ],
      [
        'Banks whose deposits surpass €50 billion are designated as systemic by the central bank.',
        '€50 billion',
      ],
      [
        'Districts for which tax arrears top R10 million are placed under administration.',
        'R10 million',
      ],
    ],
    figures: [
      [
        'Lending to commercial property rose more than 25% last year, the central bank said.',
        '25%',
      ],
      ['Royalties paid by mining companies exceeded A$50 million in 2030.', 'A$50 million'],
      [
        'The eastern provinces, where the jobless rate tops 12 percent, received the largest grants.',
        '12 percent',
      ],
      ['Deposits at the largest bank surpassed €50 billion in 2030.', '€50 billion'],
    ],
  },
  {
    name: 'an age, a count or hours that define a group (58 traps)',
    traps: [
      ['Workers aged 55 and over saw their pay rise 3.1% in the year.', '55'],
      ['Firms employing fewer than 50 staff will pay a reduced rate of 1.5% from July.', '50'],
      [
        'Vaccination coverage among children under 2 reached 91% last year, the health agency said.',
        'under 2',
      ],
      ['Vessels of over 5,000 gross tonnes pay port dues of $1.20 a tonne.', '5,000'],
      [
        'Mines with more than 200 workers must file safety plans, the mining inspectorate said.',
        '200',
      ],
      ['Households with three or more children get a rebate worth 20% of the bill.', 'three'],
    ],
    figures: [
      ['Workers aged 55 and over saw their pay rise 3.1% in the year.', '3.1%'],
      ['Firms employing fewer than 50 staff will pay a reduced rate of 1.5% from July.', '1.5%'],
    ],
  },
  {
    name: "one group's, place's or sector's level set beside another's: a gap or a multiple (42 traps)",
    traps: [
      [
        'Electricity tariffs for industry in the province are 2.3 times those charged in neighbouring states.',
        '2.3 times',
      ],
      [
        'Tax arrears among small traders are roughly three times the level recorded for large corporates, the revenue agency said.',
        'three times',
      ],
      [
        'The fatality rate on rural roads is 45 percent higher than on urban roads, the transport agency reported.',
        '45 percent',
      ],
      ['Output per worker in mining outstrips the economy-wide average by 60%.', '60%'],
      [
        'At 9.4%, the jobless rate for young women was 3.1 percentage points above that of young men.',
        '3.1 percentage points',
      ],
      [
        'Wages in the public sector now exceed those paid by private firms by 14 per cent, the ministry said.',
        '14 per cent',
      ],
      [
        'Rents in the northern provinces are 18% lower than elsewhere, the housing agency said.',
        '18%',
      ],
      ['Wages in mining exceed those elsewhere in the economy by 30%.', '30%'],
      [
        'Clinic fees in the capital are 25 percent higher than anywhere else in the province.',
        '25 percent',
      ],
    ],
    figures: [
      ['Electricity tariffs for industry rose 2.3% on the year.', '2.3%'],
      ['Rents were 18% lower than a year before.', '18%'],
      ["Wages in the public sector exceeded last year's level by 14 per cent.", '14 per cent'],
      ['Fares on rural routes are 45 percent higher than in 2025.', '45 percent'],
      ['Output per worker in mining outstrips its pre-crisis level by 60%.', '60%'],
      ['Hospital costs were 8% higher than at the start of the year.', '8%'],
      ['Doses given were 7.3 per cent more than at the same point in 2025.', '7.3 per cent'],
    ],
  },
  {
    name: 'the bounds of a bracket, band or tier a rate applies to (19 traps)',
    traps: [
      [
        'The royalty rate is 3% on the first US$100 million of annual sales and 5% on sales above that.',
        'US$100 million',
      ],
      ['For consignments valued over $2,500 the customs fee rises to 0.35% of value.', '$2,500'],
      ['Income between €30,001 and €60,000 is taxed at 35%.', '€30,001'],
      [
        "Under the revised schedule, the portion of a home's price from £250,001 to £925,000 attracts duty of 5%.",
        '£925,000',
      ],
      ['Band B (monthly pay from KES 24,001 to KES 32,333): 25%', 'KES 24,001'],
      [
        'Tier 2 covers annual turnover of between ₹5 crore and ₹50 crore, taxed at 0.5 per cent.',
        '₹5 crore',
      ],
      [
        'A rate of 12% applies to the slice of profits between R1 million and R3 million.',
        'R1 million',
      ],
      ['Properties valued from €500,000 to €1 million are charged a 1% annual tax.', '€500,000'],
      ['The 20% band is levied on earnings from £12,571 to £50,270.', '£50,270'],
      ['Stamp duty of 3% is payable on homes costing from A$800,000 to A$1 million.', 'A$800,000'],
      [
        'The reduced royalty applies only to sales between US$10 million and US$50 million.',
        'US$10 million',
      ],
    ],
    figures: [
      ['Income between €30,001 and €60,000 is taxed at 35%.', '35%'],
      ['Homes valued from €500,000 to €1 million sold quickly last year.', '€500,000'],
      [
        'The levy applies to sales, which were between $2 million and $3 million in 2030.',
        '$2 million',
      ],
      [
        'The royalty rate is 3% on the first US$100 million of annual sales and 5% on sales above that.',
        '3%',
      ],
      [
        'Corporate tax receipts of between €3 billion and €4 billion are expected this year.',
        '€3 billion',
      ],
      ['Average earnings rose from $30,000 to $35,000 and are now taxed at 20%.', '$30,000'],
      ['Turnover between $2 million and $3 million was reported by the company.', '$2 million'],
    ],
  },
];

for (const c of CLASSES) {
  describe(`trap audit, bounds: ${c.name}`, () => {
    it.each(c.traps.map((r) => [...r]))('%s (%s) is no figure', (sentence, number) => {
      expect(proposed(sentence, number)).toBe(false);
    });
    it.each(c.figures.map((r) => [...r]))('%s (%s) stays a figure', (sentence, number) => {
      expect(proposed(sentence, number)).toBe(true);
    });
    if (c.open?.length) {
      it.each(c.open.map((r) => [...r]))(
        'open: %s (%s) is still proposed: %s',
        (sentence, number) => {
          expect(proposed(sentence, number)).toBe(true);
        },
      );
    }
  });
}
