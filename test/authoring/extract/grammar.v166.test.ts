// Tests for src/authoring/extract (v166): a sum in cents written as a bare "c" glued to its digits,
// as South African, Australian and Irish budget papers, fuel notices and company results write it
// ("will increase by 3c to 31c/l for petrol", ho260). After a word that governs a sum ("by", "to",
// "from", "of", "at", "than") the "c" is the cents of the document's currency, an amount in its whole
// units (0.03), as "c/l" is; a label glued to a letter ("paragraph 3c", "sections 2a to 2c"), a
// temperature in capitals ("by 1.5C") and a unit that goes on ("3cm") keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';

const source = (publisher: string, url: string) => ({
  source: { date: '2034-02-21', publisher, title: 'Release', url },
});
const ZA = source('National Treasury', 'https://example.gov.za/budget');
const AU = source('Australian Taxation Office', 'https://example.gov.au/excise');

/** Each figure's stated words with its value and unit, in the order found. */
const read = (text: string, ctx = ZA) =>
  extractCandidates(text, 'doc', ctx).map((c) => [c.stated.text, c.value, c.unit]);

describe('a sum in cents written as a "c" glued to its digits', () => {
  it.each([
    // A fuel-excise notice from a tax office.
    [
      'Fuel excise rises by 2.4c to 50.8c a litre from 1 August 2034.',
      AU,
      [
        ['2.4c', 0.024, 'AUD'],
        ['50.8c', 0.508, 'AUD'],
      ],
    ],
    // A newspaper's business page.
    ['The pump price of diesel fell by 21c in March.', ZA, [['fell by 21c', 0.21, 'ZAR']]],
    // A listed company's results announcement.
    ['The board declared a final dividend of 42c per share.', ZA, [['42c', 0.42, 'ZAR']]],
    // A municipal tariff notice.
    [
      'The daily service charge rises from 95c to R1.10.',
      ZA,
      [
        ['95c', 0.95, 'ZAR'],
        ['R1.10', 1.1, 'ZAR'],
      ],
    ],
    // Near miss: a label glued to a letter.
    ['The levy is set out in paragraph 3c of the Schedule.', ZA, []],
    ['Sections 2a to 2c of the Act were repealed.', ZA, []],
    // Near miss: a temperature in capitals and a unit that goes on.
    ['Warming is held to 1.5C above pre-industrial levels.', ZA, []],
    ['Rainfall rose by 3cm.', ZA, []],
  ] as const)('%s', (text, ctx, expected) => {
    expect(read(text, ctx)).toEqual(expected);
  });
});
