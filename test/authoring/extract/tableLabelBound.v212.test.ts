// Held sentences of the v212 class (test/fixtures/prose/README.md, "The calls": a bound that sorts
// members or items, here in a pipe table's label cell): the row's first cell names the band, tier
// or tranche the row is for ("| Still wine, exceeding 5.5% but not exceeding 15% abv | per litre |
// £3.184 |", "| Mid-rent segment (rents from €900.08 to €1,184.82) | 4.4% |", "| Next $20,000
// ($20,001 to $40,000) | 140% of OMV |", "| First $20,000 | 100% of OMV |"), or a header cell
// names the class a column is for ("| Day of trial | Value of claim up to S$1 million | Value of
// claim more than S$1 million |", ho278, ho279, ho281, ho282). Written in voices other than the
// court-fee, registration-tax, excise and rent tables they were seen in: a port tariff, a pension
// notice, a farm payment scheme, a water utility, a central bank's deposit tiers, a broadcaster's
// licence fees and a cider duty. Near-misses keep their reading: a label cell with no bound, a
// value cell's cap, a header of years and running text of a level passed.

import { describe, expect, it } from 'vitest';
import { notice, statedIn } from './readingOf.ts';

const TARIFF = notice('Schedule of charges');

/** A pipe table under a title: its header, the header's rule and its rows. */
const table = (header: string, ...rows: string[]): string =>
  `Schedule of charges\n\n${header}\n${header.replace(/[^|]+/g, '---')}\n${rows.join('\n')}\n`;

/** The rows of a table, for a case's name. */
const rowsOf = (text: string): string =>
  text.includes('|') ? text.split('\n').slice(2).join(' ').trim() : text;

describe('v212: a bound in a pipe table label cell is no figure', () => {
  it.each(
    [
      // A port tariff: a vessel's class by its cargo's declared value.
      [
        table(
          '| Vessel | 2034 | 2035 |',
          '| Cargo vessel, declared value exceeding $2 million | $450 | $480 |',
        ),
        ['$450', '$480'],
      ],
      // A pension notice: a pensioner's band by income, singular and with no members' plural.
      [
        table(
          '| Pensioner | 2034 | 2035 |',
          '| Single pensioner, income above €15,000 | €42.10 | €43.20 |',
        ),
        ['€42.10', '€43.20'],
      ],
      // A farm payment scheme: both ends of a band written "exceeding … but not exceeding".
      [
        table(
          '| Holding | 2034 | 2035 |',
          '| Holding, farm income exceeding £20,000 but not exceeding £50,000 | £95 | £100 |',
        ),
        ['£95', '£100'],
      ],
      // A cider duty: a strength band, the first end of it before its second.
      [
        table(
          '| Product | Unit | 2034 | 2035 |',
          '| Cider, strength exceeding 3.5% but not exceeding 8.5% | per litre | £0.41 | £0.43 |',
        ),
        ['£0.41', '£0.43'],
      ],
      [
        table(
          '| Product | 2034 | 2035 |',
          '| Perry above 1.2% and up to 5.5% abv, per litre | €0.31 | €0.33 |',
        ),
        ['€0.31', '€0.33'],
      ],
      // A central bank's deposit tiers: a band in a bracket in the label cell.
      [
        table(
          '| Tier | Rate 2034 | Rate 2035 |',
          '| Reserve tier (balances from R$ 5,000.00 to R$ 20,000.00) | 0.5% | 0.6% |',
        ),
        ['0.5%', '0.6%'],
      ],
      // A water utility's block tariff: tranches of a bill named by their place.
      [
        table(
          '| Block | Charge 2034 | Charge 2035 |',
          '| First €50,000 | 0.2% | 0.25% |',
          '| Next €50,000 (€50,001 to €100,000) | 0.4% | 0.45% |',
        ),
        ['0.2%', '0.25%', '0.4%', '0.45%'],
      ],
      // A broadcaster's licence fees: a turnover bound in the label.
      [
        table(
          '| Licensee | Fee 2034 | Fee 2035 |',
          '| Broadcaster, annual turnover of less than €1 million | €2,400 | €2,500 |',
          '| Community station, claim not more than €3,000 | €20 | €22 |',
        ),
        ['€2,400', '€2,500', '€20', '€22'],
      ],
      // A port tariff's header: the class each column is for.
      [
        table(
          '| Berth hours | Cargo value up to $5 million | Cargo value more than $5 million |',
          '| First 12 hours | $800 | $1,100 |',
        ),
        ['$800', '$1,100'],
      ],
    ].map(([text, want]) => [rowsOf(text as string), text as string, want as string[]] as const),
  )('%s', (_rows, text, want) => {
    expect(statedIn(text, TARIFF)).toEqual(want);
  });

  it.each(
    [
      // Near-misses: a label with no bound, a cap in a value cell, a header of years, running text.
      [
        table('| Item | 2034 | 2035 |', '| Harbour dues collected | $2.1 million | $2.4 million |'),
        ['$2.1 million', '$2.4 million'],
      ],
      [
        table('| Item | 2034 | 2035 |', '| Levy of $5 per tonne | $120,000 | $140,000 |'),
        ['$5', '$120,000', '$140,000'],
      ],
      [
        table('| Item | 2034 | 2035 |', '| Maximum rebate | up to $500 | up to $600 |'),
        ['$500', '$600'],
      ],
      ['Water charges collected exceeded €50,000 in 2034.', ['€50,000']],
      ['Pension payments rose above €15,000 a head in 2034.', ['€15,000']],
    ].map(([text, want]) => [rowsOf(text as string), text as string, want as string[]] as const),
  )('%s keeps its figures', (_rows, text, want) => {
    expect(statedIn(text, TARIFF)).toEqual(want);
  });
});
