// v225: the levels a made decree, ordinance or order sets are decided, actual, also for a date to
// come (README, Status, v178/v205/v209/v225). Found in the opened sets ho289 (a regional ministry's
// decree that "decrees as follows:", its table of new charges and their change under a "shall be:"
// lead-in and a bare caption line), ho291 (a ministry's ordinance, "the Ministry …, in agreement
// with the Ministry of Finance, decrees:", whose "shall be:" lead-in runs into lettered items
// "EUR 0.115 (previously EUR 0.100);") and ho292 (a minister's order whose recitals end in a bare
// "Orders:" line before its articles), and held here in other voices: a port's dues ordinance, a
// farm levy, a pension fund's decree, a water utility's tariff decree, a harbour order, a seed
// certification decree. A draft, a heading "Orders:" over no articles, an explanatory memorandum's
// forecast, a lead-in that would set or estimates and a consultation's table keep their reading.

import { describe, expect, it } from 'vitest';
import { madeInstrument } from '../../../src/authoring/extract/documentDecides.ts';
import { figuresAt, notice } from './readingOf.ts';

const statusOf = (text: string, number: string): string | undefined =>
  figuresAt(text, number, notice(text.split('\n')[0]!, { date: '2034-11-14' }))[0]?.status;

/** A port's dues ordinance made by a ministry, its lettered items under a "shall be:" lead-in. */
const PORT_ORDINANCE =
  'Ministry of Fisheries and Coastal Affairs\n\nOrdinance amending the Port Dues Ordinance\nof 3 November 2034\n\nOn the basis of section 12(2) of the Ports Act, the Ministry of Fisheries and Coastal Affairs, in agreement with the Ministry of Finance, decrees:\n\nArticle 1\n1. Section 2(1) shall read:\n"(1) The due per gross tonne of a vessel calling at a state port shall be:\n(a) for a fishing vessel, NOK 2.40 (previously NOK 2.10);\n(b) for a cargo vessel, NOK 4.85 (previously NOK 4.50)."\n2. Section 5 shall read:\n"A surcharge of 2 per cent of the unpaid due shall be levied for each month of delay."\n3. Section 6 shall read:\n"At least 30 per cent of the dues received shall be used for the upkeep of breakwaters."\n\nArticle 2\nThis Ordinance shall enter into force on 1 January 2035.\n\nExplanatory memorandum\nThe Ministry expects receipts of about NOK 61 million in 2035.\n';

/** A harbour order made by a minister whose recitals end in a bare "Orders:" line. */
const HARBOUR_ORDER =
  'Order of 28 October 2034 setting the berthing charge at the state harbours\n\nThe Minister for the Sea,\nHaving regard to the Ports Code, in particular Article 212;\nHaving regard to the opinion of the Harbour Council dated 14 October 2034,\nOrders:\n\nArticle 1\nFrom 1 February 2035 the berthing charge per metre of length at each harbour shall be:\n\n| Harbour | Charge in 2034 | Charge from 1 February 2035 |\n|---|---|---|\n| Port-Ardent | €3.10 | €3.40 |\n| Saint-Alric | €2.60 | €2.60 |\n';

/** A water utility's tariff decree: a "shall be:" lead-in, then a bare caption over the table. */
const WATER_DECREE =
  'Department of Water and Sanitation of the Province of Lorvane\nDecree No. 77/2034 on household water tariffs\nMade on 30 October 2034\n\nThe Provincial Minister for Water,\nhaving regard to Article 4 of Provincial Law 2/2030;\ndecrees as follows:\n\nArticle 1\n1. From 1 April 2035 the tariff per cubic metre for a household connection shall be:\n\nHousehold connections, per cubic metre\n| Band | Current | From 1 April 2035 | Change (%) |\n|---|---|---|---|\n| First 10 m³ | £1.20 | £1.32 | 10.0 |\n| Above 10 m³ | £2.40 | £2.76 | 15.0 |\n';

/** A pension fund's decree made by a department, its contribution set by "shall". */
const PENSION_DECREE =
  "Department of Social Security\n\nDecree on the contributions to the Artisans' Pension Fund\n\nThe Department of Social Security, having consulted the Fund's board, decrees:\n\nArticle 1\nFrom 1 January 2036 the contribution of a self-employed artisan shall be 11.5 per cent of declared income.\n";

describe('levels a made decree, ordinance or order sets (v225)', () => {
  const held: [text: string, number: string][] = [
    // A port ordinance made by a ministry: the lettered items of its "shall be:" lead-in.
    [PORT_ORDINANCE, 'NOK 2.40'],
    [PORT_ORDINANCE, 'NOK 2.10'],
    [PORT_ORDINANCE, 'NOK 4.85'],
    // …its surcharge and its floor on the use of receipts.
    [PORT_ORDINANCE, '2 per cent'],
    [PORT_ORDINANCE, '30 per cent'],
    // A harbour order whose enacting word stands alone after recitals.
    [HARBOUR_ORDER, '€3.40'],
    [HARBOUR_ORDER, '€2.60 |\n'],
    // A water tariff decree: the new column and its change column under a bare caption.
    [WATER_DECREE, '£1.32'],
    [WATER_DECREE, '10.0'],
    [WATER_DECREE, '£2.76'],
    [WATER_DECREE, '15.0'],
    // A pension fund decree made by a department.
    [PENSION_DECREE, '11.5 per cent'],
  ];
  it.each(held)('%#: the level set is actual', (text, number) => {
    expect(statusOf(text, number)).toBe('actual');
  });

  it('reads a ministry or department that decrees, and a bare "Orders:" over articles, as made', () => {
    expect(madeInstrument(PORT_ORDINANCE)).toBe(true);
    expect(madeInstrument(HARBOUR_ORDER)).toBe(true);
    expect(madeInstrument(PENSION_DECREE)).toBe(true);
  });

  it('keeps a draft, a heading over no articles, a forecast and a lead-in that sets nothing', () => {
    // The ordinance's explanatory memorandum forecasts.
    expect(statusOf(PORT_ORDINANCE, 'NOK 61 million')).toBe('expected');
    // A draft ordinance is not made.
    expect(madeInstrument(`Draft ${PORT_ORDINANCE.split('\n\n').slice(1).join('\n\n')}`)).toBe(
      false,
    );
    // "Orders:" heading a trade release's list is no enacting word.
    expect(
      madeInstrument(
        'Machine tool industry, October 2034\n\nOrders:\n- New orders are expected to rise by 4 per cent in 2035.\n',
      ),
    ).toBe(false);
    expect(
      statusOf(
        'Machine tool industry, October 2034\n\nOrders:\n- New orders are expected to rise by 4 per cent in 2035.\n',
        '4 per cent',
      ),
    ).toBe('expected');
    // A consultation's lead-in that "would be:" and a bare caption: the levels stay proposed.
    expect(
      statusOf(
        'Consultation on household water tariffs\n\nIf the proposal is adopted, from 1 April 2035 the tariff per cubic metre would be:\n\nHousehold connections, per cubic metre\n| Band | Current | From 1 April 2035 |\n|---|---|---|\n| First 10 m³ | £1.20 | £1.32 |\n',
        '£1.32',
      ),
    ).toBe('expected');
    // A made decree's lead-in that estimates: the yields stay expected.
    expect(
      statusOf(
        `${WATER_DECREE}\nArticle 3\nThe Department estimates the additional receipts as follows:\n\nBy band\n| Band | 2035-36 | 2036-37 |\n|---|---|---|\n| First 10 m³ | £4.1 million | £4.3 million |\n`,
        '£4.1 million',
      ),
    ).toBe('expected');
  });
});
