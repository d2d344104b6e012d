// Held sentences of the v263 class (test/fixtures/prose/README.md, "The calls": what a party
// offers, claims, applies or petitions for is asked for and not yet granted, expected): a
// bargaining party's "offered 1.5%" and "applied for an increase of", "sought general increases
// of" without an article, an offer or claim named as the subject of "was" ("The Dockers' claim,
// lodged in March, was for 7%", "the Authority's opening offer was 2.5%"), the items under a
// heading that names an offer or a proposal ("What the settlement offer contains" ⏎ "- a pay
// rise of $1,800 …;") and under a paper's "Members are invited to:" ⏎ "(a) approve …", seen in
// ho308–ho312. Written in voices other than the sets' taxi fares, rents, public pay, childcare
// and interest rates: a port, a pension fund, a farm board, a water utility and a central bank's
// staff. Near-misses keep their reading: an issuer that offered notes, a bank's deposit rate
// "offered … on" deposits, the average offer of an auction, an offer the sentence says was
// accepted, a heading that names no offer, and the level an item starts from.

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

const SOURCE = notice('Bulletin', { date: '2033-05-20' });

const held: [string, string][] = [
  [
    'The Harbour Board set pilotage dues at €410 a movement. The Pilots’ Guild had offered 1.5% a year.',
    '1.5%',
  ],
  ['The Employers’ Council offered 2.0% in each of the two years.', '2.0%'],
  [
    'The Fund’s Trustees sought general increases of 4.0% on 1 July 2033 and 3.5% on 1 July 2034.',
    '4.0%',
  ],
  ['The Growers’ Union applied for an increase of 8.2% in the wool support price.', '8.2%'],
  ['In March the water companies applied to raise the standing charge by $6 a quarter.', '$6'],
  ['The Dockers’ claim, lodged in March, was for 7% in each of two years.', '7%'],
  [
    'Talks stalled in April. The Port Authority’s opening offer was 2.5% across all grades.',
    '2.5%',
  ],
  [
    'The Bank’s first offer to its staff, made in February, was $900 and 1%, which members rejected.',
    '$900',
  ],
  [
    'Pilots’ pay: revised offer goes to members\n\nWhat the settlement offer contains\n- a pay rise of $1,800 for all grades from 1 July 2033;\n- a lump sum of $500 for members in post on the date of ratification.',
    '$500',
  ],
  [
    'Pilots’ pay: revised offer goes to members\n\nWhat the settlement offer contains\n- a pay rise of $1,800 for all grades from 1 July 2033;\n- a lump sum of $500 for members in post on the date of ratification.',
    '$1,800',
  ],
  [
    'ITEM FOR THE WATER BOARD\n\nBoard members are invited to –\n(a) approve, with effect from 1 July 2033, an increase of 5.2% in the volumetric tariff; and\n(b) note the cost of about $12 million a year.',
    '5.2%',
  ],
];

const near: [string, string, string][] = [
  // An issuer that offered notes: the amount on offer, actual.
  [
    'The Water Authority offered $150 million of green notes in March 2033 and received bids of $390 million.',
    '$150 million',
    'actual',
  ],
  // A bank's deposit rate offered on deposits is the rate it pays.
  ['In March 2033 the Savings Bank offered 3.25% on one-year deposits.', '3.25%', 'actual'],
  // An auction's average offer is a result.
  [
    'The average offer in the grazing-lease auctions held in 2032 was 96.4% of the reserve rent.',
    '96.4%',
    'actual',
  ],
  // An offer the sentence says was accepted is granted.
  ['The Farm Board offered 3% in March 2033, which the growers accepted.', '3%', 'actual'],
  // A heading that names no offer keeps its list's reading.
  [
    'Pilots’ pay in 2032\n\nWhat members received\n- a pay rise of $1,600 for all grades from 1 July 2032;\n- a lump sum of $400 paid in August 2032.',
    '$1,600',
    'actual',
  ],
];

describe('v263: offers, claims and applications are asked for, expected', () => {
  it.each(held)('%s → %s expected', (text, number) => {
    const found = statusesIn(text, SOURCE).find((s) => s.includes(number));
    expect(found?.split(' ').pop()).toBe('expected');
  });
  it.each(near)('%s → %s %s', (text, number, want) => {
    const found = statusesIn(text, SOURCE).find((s) => s.includes(number));
    expect(found?.split(' ').pop()).toBe(want);
  });
});
