// Tests for src/authoring/extract (v158): traps the fresh sets ho254–ho256 (spectrum auctions,
// water tariffs, social-security reports) proposed, held here in other voices. A multiple of
// another measure at the same time ("1.5 times the applicable tariff", "21.6 times annual benefit
// expenditure") and the margin a price path adds to or takes from inflation ("rise by 0.3 per cent
// a year above inflation", "the income index less the norm of 1.6 percent") are terms of a rule or
// comparisons of two measures, no figures; the same measure at another time and a change told as
// outpacing inflation in the past keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-09-24',
    publisher: 'Harlow Regulatory Office',
    title: 'Determination',
    url: 'https://example.org/determination',
  },
};

/** Each figure's stated words, in the order found. */
const stated = (text: string) => extractCandidates(text, 'doc', SOURCE).map((c) => c.stated.text);

describe('a multiple of another measure at the same time', () => {
  it.each([
    // An electricity tariff schedule's penalty for drawing over contract demand.
    ['Demand above the contracted load is billed at 2 times the normal demand charge.', []],
    // A council's empty-homes premium.
    ['Owners of homes left empty for two years pay 1.5 times the standard council tax bill.', []],
    // A pension fund's funding ratio in years of outgo.
    [
      'The reserve fund stood at $41.2 billion, or 4.3 times annual benefit payments.',
      ['$41.2 billion'],
    ],
    // A spectrum valuation pegging one band to another.
    ['The 2600 MHz band is valued at 0.8 times the price of the 1800 MHz band.', []],
    // Near miss: the same charge at an earlier time is a change.
    ['The standing charge is now 1.5 times the 2030 charge.', ['1.5 times the']],
    // Near miss: the same tariff before the review.
    ['Tariffs reached 2.5 times the previous tariff.', ['2.5 times the']],
    // Near miss: a multiple of a dated level keeps the change.
    ['Bills rose to 1.8 times the level of 2029.', ['1.8 times the']],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe("a price path's or an indexation rule's margin over or under an index", () => {
  it.each([
    // A rail regulator's fares cap.
    ['Regulated fares will rise by 1 per cent a year above RPI until 2030.', []],
    // A council's tax referendum limit.
    ['Council tax may increase by up to 1.5 per cent per annum above inflation.', []],
    // An energy network's price control.
    ['Network charges will fall by 0.8 per cent a year below inflation over the period.', []],
    // A pension system's indexation, the norm taken off a named index.
    ['State pensions follow the price index less the norm of 0.4 percent.', []],
    // A pay settlement tied to a named index.
    ['Salaries track the wage index plus a margin of 1 percent.', []],
    // Near miss: a past path is an outturn.
    [
      'Fares rose by 1 per cent a year above inflation between 2020 and 2025.',
      ['rose by 1 per cent'],
    ],
    // Near miss: a change beside inflation, no yearly margin.
    [
      'Rents rose 3.1 per cent in 2033, above inflation of 2.4 per cent.',
      ['rose 3.1 per cent', '2.4 per cent'],
    ],
    // Near miss: the index's own change.
    ['The income index rose 5.1 percent.', ['rose 5.1 percent']],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe("an incentive's rate per unit of a gap from its target", () => {
  it.each([
    // A rail operator's performance regime.
    [
      'The operator pays the funder £28,000 for each minute of delay by which it misses the punctuality benchmark.',
      [],
    ],
    // An energy network's interruptions incentive.
    [
      'Under the scheme, the network receives $0.9 million for each customer interruption it avoids below the target.',
      [],
    ],
    // A hospital trust's contract penalty.
    [
      'The contract deducts R45,000 from the fee for every patient the trust fails to treat within 18 weeks.',
      [],
    ],
    // A water retailer's saving told per unit, opening the sentence.
    ['For every kilolitre saved, a household saves R31.20 on its monthly bill.', []],
    // Near miss: a grant per unit with no clause of a gap.
    ['The scheme pays £500 for each child in care.', ['£500']],
    // Near miss: a price per unit collected.
    ['The council charges $2.10 for each bag it collects.', ['$2.10']],
    // Near miss: a payment made, not a rule per unit.
    ['We paid £2.8 million to customers in 2034.', ['£2.8 million']],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe('a margin quoted by the year over another rate or return', () => {
  it.each([
    // A catastrophe-bond term sheet in another voice: a reinsurer's sidecar.
    [
      'The notes carry a margin of 6.4 percent a year over the return on the money-market collateral.',
      [],
    ],
    // A development lender's loan terms.
    ['The loan is lent at a margin of 1.8% a year above the bank’s base rate.', []],
    // A sovereign's floating-rate note.
    [
      'The notes pay a spread of 2.2 per cent per annum over the yield on 91-day Treasury bills.',
      [],
    ],
    // Near miss: the return itself is a figure.
    ['The return on the collateral was 4.2 percent a year.', ['4.2 percent']],
    // Near miss: a rise over a period, no other rate.
    ['The margin rose 1.2 percent a year over the period.', ['rose 1.2 percent']],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe('a paragraph that opens on one member picked by an exact quantity', () => {
  it.each([
    // An energy retailer's bill illustration.
    [
      'Tariff notice\n\nA customer using 2,900 kWh a year will pay £1,048 from April, up from £1,012.',
      [],
    ],
    // A pensions agency's leaflet.
    ['Pension Credit\n\nA pensioner with savings of £12,000 would receive £88.40 a week.', []],
    // A tax office's note on a credit.
    [
      'Working credit\n\nOne couple earning $62,000 a year would get $410 back under the new credit.',
      [],
    ],
    // Near miss: a class a bound defines keeps its rate.
    [
      'Levy\n\nAn employer with a pay bill above £3 million will pay the levy at 0.5% of its pay bill.',
      ['0.5% of its pay bill'],
    ],
    // Near miss: a past event in the picked member's voice.
    ['Case\n\nA firm employing 40 staff paid $2,000 in fees in 2033.', ['$2,000']],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe('a scenario whose terms hold a decimal, and what it would give', () => {
  it.each([
    // A fiscal council's sensitivity.
    ['In a scenario of oil at $62.50 a barrel, the deficit would widen to 4.1% of GDP.', []],
    // A pension regulator's funding report.
    [
      'Under a scenario with real wage growth of 1.2 per cent, the contribution rate would rise to 11.85%.',
      [],
    ],
    // A health insurer's actuarial note.
    [
      'Under a scenario of claims inflation of 6.5 per cent, reserves would fall to 1.4 times outgo.',
      [],
    ],
    // Near miss: the rate itself, measured.
    ['The contribution rate fell to 9.52% in 2033.', ['9.52%']],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});

describe('what a supposed event would pay or cost: a parametric trigger, a repeat of a past one', () => {
  it.each([
    // A Pacific cyclone bond's terms.
    [
      'A cyclone of category 4 or stronger crossing the coast within 50 km of Suva would pay 60 percent of the notes’ principal.',
      [],
    ],
    // A flood insurer's reinsurance report.
    ['A recurrence of the 1999 floods would cost the insurer about €2.3 billion.', []],
    // A hurricane bond's class terms, with a decimal in the trigger.
    [
      'A hurricane with central pressure of 915.5 mb or lower at landfall would pay 75 percent of the Class B principal.',
      [],
    ],
    // Near miss: the event happened.
    ['The earthquake of 2033 cost the scheme $1.2 billion.', ['$1.2 billion']],
  ] as const)('%#: %s', (text, want) => {
    expect(stated(text)).toEqual(want);
  });
});
