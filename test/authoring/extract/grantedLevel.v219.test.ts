// v219: a level a decision grants is decided, actual, whatever year it is for: the rise a body's
// own past verb of granting takes as its object ("the regulator granted 4.1 per cent this year and
// about 3.2 per cent next year"), and, in a document that records a decision (or whose headline
// announces a dated change of its charges), the discount or rebate its "will" or "shall" gives.
// A modal other than "will" or "shall", a condition, a proposal and a document that records no
// decision keep their reading.

import { describe, expect, it } from 'vitest';
import { grantedLevel } from '../../../src/authoring/extract/grantedLevel.ts';
import { figuresAt, notice } from './readingOf.ts';

const statusOf = (title: string, text: string, number: string): string | undefined =>
  figuresAt(`${title}\n\n${text}`, number, notice(title))[0]?.status;

describe('a level a decision grants (v219)', () => {
  const held: [title: string, text: string, number: string][] = [
    [
      'Port tariff review 2035',
      'The harbour board had asked for 11 per cent. The Ports Regulator granted 4.1 per cent this year and about 3.2 per cent next year.',
      '4.1 per cent',
    ],
    [
      'Port tariff review 2035',
      'The harbour board had asked for 11 per cent. The Ports Regulator granted 4.1 per cent this year and about 3.2 per cent next year.',
      '3.2 per cent',
    ],
    [
      'Water tariff decision',
      'Having considered the submissions, the Commission granted the utility an increase of 6.5% from 1 July 2035.',
      '6.5%',
    ],
    [
      'Resolution No. 12 of the Pension Fund Board',
      'RESOLVED, That members who retire after 30 years of service shall receive a 5 per cent reduction in the administration charge; and',
      '5 per cent',
    ],
    [
      'Farm scheme charges approved for 2036',
      'The Department has approved the new charges. Growers who register online will receive a 15% discount on the inspection fee until 31 March 2036.',
      '15%',
    ],
    [
      'Irrigation water charges to rise by 3.4% from 1 April 2035',
      'The irrigation authority will give a 10% rebate on all metered supplies for six months from 1 April 2035.',
      '10%',
    ],
    [
      'Resolution adopting the 2035 ferry fare schedule',
      'RESOLVED FURTHER, That holders of a senior card shall be given a discount of 30 percent on all single fares; and',
      '30 percent',
    ],
    [
      'Central bank decision on standing facilities',
      'The Monetary Board decided to keep its rates. Banks that meet the lending target will receive a rebate of 0.25% on the reserve charge.',
      '0.25%',
    ],
  ];
  it.each(held)('%#: the granted level is actual', (title, text, number) => {
    expect(statusOf(title, text, number)).toBe('actual');
  });

  it('keeps a proposal, a condition, a modal and an undecided document as they were', () => {
    expect(
      statusOf(
        'Port tariff review 2035',
        'If the Minister agrees, shippers will receive a 10% rebate on harbour dues in 2036.',
        '10%',
      ),
    ).toBe('expected');
    expect(
      statusOf(
        'Proposed water tariffs 2035',
        'Under the proposal, pensioners would receive a 20% discount on the fixed charge.',
        '20%',
      ),
    ).toBe('expected');
    expect(
      statusOf(
        'Retail sales outlook',
        'Shoppers will receive a 10% discount at partner stores next year, the chain expects.',
        '10%',
      ),
    ).toBe('expected');
    expect(
      statusOf(
        'Port tariff review 2035',
        'The regulator is expected to grant about 4 per cent next year.',
        '4 per cent',
      ),
    ).toBe('expected');
    expect(
      statusOf(
        'Port tariff review 2035',
        'The harbour board had asked for 11 per cent in 2036.',
        '11 per cent',
      ),
    ).toBe('expected');
  });

  it('reads the verb of granting and the relief it gives', () => {
    const view = (ownLead: string, statedText: string, after: string) => ({
      text: 'The Board approved the schedule.',
      ownLead,
      statedText,
      after,
      sentence: `${ownLead}${statedText}${after}`,
      undecidedTitle: false,
    });
    expect(grantedLevel(view('The Board granted ', '9.3 percent', ' this year.'))).toBe(true);
    expect(grantedLevel(view('The Board may grant ', '9.3 percent', '.'))).toBe(false);
    expect(grantedLevel(view('The Board was not granted a licence for ', '5', ' years.'))).toBe(
      false,
    );
    expect(grantedLevel(view('Users will receive a ', '20%', ' rebate on tolls.'))).toBe(true);
    expect(grantedLevel(view('Users will receive a ', '20%', ' share of the revenue.'))).toBe(
      false,
    );
  });
});
