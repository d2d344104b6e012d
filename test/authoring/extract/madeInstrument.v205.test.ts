// v205: an ordinance or decree made by a body whose enacting words end in a colon ("The Federal
// Council decrees:", "The Municipal Council ordains:") is a made instrument: the levels its "shall"
// provisions set, for this year or a later one, are actual. A draft, a heading that merely lists
// decrees, and a sentence with no "shall" keep their reading.

import { describe, expect, it } from 'vitest';
import { madeInstrument } from '../../../src/authoring/extract/documentDecides.ts';
import { figuresAt, NEUTRAL } from './readingOf.ts';

const statusOf = (text: string, number: string): string | undefined =>
  figuresAt(text, number, { ...NEUTRAL, date: '2033-11-29' })[0]?.status;

describe('a made ordinance whose enacting words end in a colon (v205)', () => {
  const held: [text: string, number: string][] = [
    [
      'Ordinance on Waste Collection Charges\nAmendment of 12 October 2033\n\nThe Cantonal Government of Zug\ndecrees:\n\nII\n2 From 1 January 2037 the basic charge under Art. 4 para. 2 shall be CHF 145 per year.\n',
      'CHF 145',
    ],
    [
      'Harbour Dues By-law No. 7\n\nThe Municipal Council of Porto Velha\nordains:\n\n1. The harbour due on a vessel of up to 500 gross tonnes shall be €2.40 per gross tonne from 1 March 2035.\n',
      '€2.40',
    ],
    [
      'Act amending the Public Broadcasting Fees Act\n\nThe Legislative Assembly of Nordmark enacts:\n\nSection 3\nFrom 1 January 2036 the annual fee under section 3(1) shall be NOK 1,980.\n',
      'NOK 1,980',
    ],
    [
      'Decree No. 41/2033 on Irrigation Water Tariffs\n\nThe Government of the Republic hereby decrees:\n\nArticle 2\nFrom 1 January 2035 the tariff under Article 1 shall be 0.85 lei per cubic metre.\n',
      '0.85 lei',
    ],
  ];
  it.each(held)('%#: the provision is actual', (text, number) => {
    expect(statusOf(text, number)).toBe('actual');
  });

  it('reads the enacting words as the making', () => {
    expect(
      madeInstrument('The Swiss Federal Council\ndecrees:\n\nI\n1 The fee shall be CHF 312.'),
    ).toBe(true);
    expect(madeInstrument('The Municipal Council of Porto Velha ordains:\n1. …')).toBe(true);
  });

  it('keeps a draft, a list of decrees and a provision without "shall" as they were', () => {
    expect(
      madeInstrument(
        'Draft Ordinance on Waste Collection Charges\n\nThe Cantonal Government of Zug\ndecrees:\n\n2 The charge shall be CHF 145.',
      ),
    ).toBe(false);
    expect(
      madeInstrument('Recent presidential decrees:\n- Decree 12 on tariffs\n- Decree 14 on fees\n'),
    ).toBe(false);
    expect(
      statusOf(
        'Ordinance on Waste Collection Charges\n\nThe Cantonal Government of Zug\ndecrees:\n\nI\n2 The basic charge shall be CHF 145 per year.\n\nExplanatory note\nThe new charge is expected to bring in about CHF 3.1 million a year from 2036.\n',
        'CHF 3.1 million',
      ),
    ).toBe('expected');
  });
});
