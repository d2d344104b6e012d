// Tests for src/authoring/extract.ts (v122): a currency's price told by a verb with the period it
// closes ("The dollar closed the year at R$ 5.62") or set against an earlier day's price after a
// date ("… per US dollar on 24 April, compared with KSh 132.10") is an exchange rate; a multiple of
// another measure an owner's possessive names ("about 3.9 times the country's short-term external
// debt"), a multiple a modal bound caps ("may not exceed five times the sum of capital and
// reserves") and a sanction set "of" a multiple beside another base ("a penalty of three times the
// value of the goods …, whichever is greater") set one measure from another, no change; a price's
// gap to the price of the same good another seller or table quotes at the same time ("42 percent
// above the price of the same model in the online catalogue at the time of purchase", "against a
// reference price of R$ 5.01 … for the same period, 38% more") sets two prices side by side. Every
// sentence is our own, in voices other than the release, the results and the notice the rules were
// found in; the near misses keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-05-02',
    publisher: 'Orlan Ministry of Finance',
    title: 'Monthly review',
    url: 'https://example.org/review',
  },
};

const read = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map(
    (c) => `${c.stated.text} ${c.kind} ${c.value} ${c.unit}`,
  );

describe('a currency’s price is an exchange rate, no sum', () => {
  it.each([
    // A finance ministry's budget review.
    ['The euro ended the quarter at $1.09, and import prices eased.', []],
    // A newspaper's market wrap.
    ['The pound finished the week at $1.27 after the jobs data.', []],
    // A central bank's annual report.
    ['The dollar closed the session at ¥151.30 in Tokyo.', []],
    // A central bank's monthly review: an earlier day's price set against today's.
    ['The rand averaged R18.20 to the dollar in March 2034, against R18.65 in February.', []],
    // A statistics office's weekly note.
    ['The rupee closed at Rs 83.10 per dollar on 30 June, compared with Rs 83.45 on 31 March.', []],
    // A treasury's market bulletin.
    ['The peso traded at P58.10 per dollar on 3 May, up from P58.90 on 26 April.', []],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: no currency is the subject, or the sum has a scale.
    ['The fund closed the year at $12.40 per unit.', ['$12.40 amount 12.4 USD']],
    [
      'The dollar value of exports closed the year at $4.2 billion.',
      ['$4.2 billion amount 4200000000 USD'],
    ],
    [
      'Diesel traded at KSh 180.20 a litre on 24 April, compared with KSh 176.50 on 17 April.',
      ['KSh 180.20 amount 180.2 KES', 'KSh 176.50 amount 176.5 KES'],
    ],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a multiple of another measure sets one from the other, no change', () => {
  // A multiple alone in its sentence is not proposed; each sentence carries a sum beside it.
  it.each([
    // A rating agency's bank report.
    [
      "Liquid assets of $4.2 billion cover about 2.4 times the bank's wholesale funding maturing within a year.",
      ['$4.2 billion amount 4200000000 USD'],
    ],
    // An IMF staff report.
    [
      "Reserves of $12.6 billion amount to 1.8 times the country's external debt falling due within a year.",
      ['$12.6 billion amount 12600000000 USD'],
    ],
    // A municipal bond disclosure.
    [
      "Pledged revenues of $48.2 million were 3.1 times the city's annual debt service.",
      ['$48.2 million amount 48200000 USD'],
    ],
    // A development bank's charter.
    [
      'Outstanding loans, $2.1 billion at year-end, may not exceed four times the sum of its equity and reserves.',
      ['$2.1 billion amount 2100000000 USD'],
    ],
    // A cooperative's statute.
    [
      "Loans to a single member cannot exceed twice the member's share capital, which averaged $4,100 in 2033.",
      ['$4,100 amount 4100 USD'],
    ],
    // A customs act.
    [
      'An importer who evades duty is liable to a penalty of three times the duty evaded or $5,000, whichever is greater.',
      ['$5,000 amount 5000 USD'],
    ],
    // A securities regulator's rule book.
    [
      'Insider dealing carries a fine of twice the profit gained or $1 million, whichever is higher.',
      ['$1 million amount 1000000 USD'],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: the same measure at an earlier time, a change.
    [
      "Reserves of $12.6 billion are now 3.9 times the country's 2020 level.",
      ['$12.6 billion amount 12600000000 USD', '3.9 times the change 290 percent'],
    ],
    [
      "Revenue of $3.1 billion was three times the company's revenue a decade ago.",
      ['$3.1 billion amount 3100000000 USD', 'three times the change 200 percent'],
    ],
    [
      'Fines of $2 million rose to three times the 2031 level.',
      ['$2 million amount 2000000 USD', 'three times the change 200 percent'],
    ],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('a price set beside another party’s price for the same thing at the same time: its gap is no change', () => {
  it.each([
    // A hospital trust's internal audit.
    [
      'The trust bought stents at £1,450 each, 27% above the price of the same stent in the national framework catalogue at the time of purchase.',
      ['£1,450 amount 1450 GBP'],
    ],
    // A state audit office's finding.
    [
      'The department paid $212 per tonne of gravel, against a reference price of $164 per tonne in the state price table for the same period, 29% more.',
      ['$212 amount 212 USD', '$164 amount 164 USD'],
    ],
    // An anti-corruption commission's report.
    [
      'Each generator cost the county KSh 1.2 million, compared with a market price of KSh 0.8 million for the same model, 50 percent more.',
      ['KSh 1.2 million amount 1200000 KES', 'KSh 0.8 million amount 800000 KES'],
    ],
    // A procurement watchdog's bulletin.
    [
      'Ministries paid on average 18% more than the price of the same item on the public e-procurement portal during the same month.',
      [],
    ],
  ] as const)('%#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    // Near misses: the same price at an earlier time, or a price's own change.
    [
      'The trust paid £1,450 per stent, 27% above the price of the same stent a year earlier.',
      ['£1,450 amount 1450 GBP', '27% above change 27 percent'],
    ],
    [
      'The department paid $212 per tonne, against $164 per tonne in 2031, 29% more.',
      ['$212 amount 212 USD', '$164 amount 164 USD', '29% more change 29 percent'],
    ],
    [
      'Ticket prices rose to $4.10, 12% more.',
      ['$4.10 amount 4.1 USD', '12% more change 12 percent'],
    ],
  ] as const)('near miss %#: %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
