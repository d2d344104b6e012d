// Tests for src/authoring/extract (v167): the parts and shares of investment pledged, told in the
// sentences of a paragraph that names the pledges ("Investors pledged ₹1.24 trillion. Gujarat led
// with ₹320 billion, followed by Tamil Nadu (₹185 billion)", "Manufacturing accounted for 62%,
// and logistics for the remaining 38%", "and the automotive industry 71.2 billion baht"), are
// pledged, expected, as their whole is (README: investment pledged is a pledge, and so is its
// share); a breakdown of investment that arrived, a donors' pledge that names no investment, a
// breakdown with no pledge in its paragraph, and a part of a pledge said to have been realised
// keep their reading, actual.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const SOURCE = {
  source: {
    date: '2034-02-12',
    publisher: 'Economic Development Office',
    title: 'Quarterly bulletin',
    url: 'https://example.org/bulletin',
  },
};

/** Each figure's stated words and status, in the order found. */
const statuses = (text: string) =>
  extractCandidates(text, 'doc', SOURCE).map((c) => [c.stated.text, c.status]);

describe('the parts of investment pledged', () => {
  it.each([
    // A national investment agency's quarterly bulletin: a leader and its followers.
    [
      'Investors pledged ₹1.24 trillion in the quarter. Gujarat led with ₹320 billion, followed by Tamil Nadu (₹185 billion) and Maharashtra (₹150 billion).',
      [
        ['₹1.24 trillion', 'expected'],
        ['₹320 billion', 'expected'],
        ['₹185 billion', 'expected'],
        ['₹150 billion', 'expected'],
      ],
    ],
    // A county economic development report: a share and the remaining share, verb left out.
    [
      'Companies pledged to invest $840 million in the county in 2033. Manufacturing accounted for 62% of the total, and logistics for the remaining 38%.',
      [
        ['$840 million', 'expected'],
        ['62% of the total', 'expected'],
        ['38%', 'expected'],
      ],
    ],
    // A news wire on an investment summit: a part and a second part whose verb is left out.
    [
      'Foreign investors made pledges worth $12.5 billion at the summit. Gulf investors accounted for $7.1 billion, and Asian funds $3.4 billion.',
      [
        ['$12.5 billion', 'expected'],
        ['$7.1 billion', 'expected'],
        ['$3.4 billion', 'expected'],
      ],
    ],
    // A regional agency's annual review: a sector's pledge and the next sector's, verb left out.
    [
      'Investment pledges by sector\n\nRenewable energy projects pledged €2.3 billion, and the chemicals industry €0.9 billion.',
      [
        ['€2.3 billion', 'expected'],
        ['€0.9 billion', 'expected'],
      ],
    ],
    // Near miss: a breakdown of investment that arrived.
    [
      'Investors pledged $5 billion in 2033. Of the investment that arrived, manufacturing accounted for 60%.',
      [
        ['$5 billion', 'expected'],
        ['60%', 'actual'],
      ],
    ],
    // Near miss: a breakdown with no pledge in its paragraph.
    [
      'Exports reached $12 billion in 2033. China accounted for 30%, followed by Japan (12%).',
      [
        ['$12 billion', 'actual'],
        ['30%', 'actual'],
        ['12%', 'actual'],
      ],
    ],
    // Near miss: the part of a pledge said to have been realised.
    [
      'Of the $31.2 billion investors pledged in 2029–2031, $18.1 billion has been realised so far.',
      [
        ['$31.2 billion', 'expected'],
        ['$18.1 billion', 'actual'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(statuses(text)).toEqual(expected);
  });
});
