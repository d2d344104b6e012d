// Tests for src/authoring/extract (v178): the provisions of a made act or regulation, found in the
// opened sets ho263 (an act "[Assented to 15th July, 2033]": "US$450 million shall form the
// Heritage component", "The balance of the Fund shall not be reduced below US$1 billion") and
// ho267 (regulations the Cabinet Secretary "makes", "Made on the 25th July, 2033": "A longliner
// shall pay US$60 per gross registered tonne"), held here in other voices. A made instrument is the
// decision its "shall" provisions state, actual (README, Status, v178); a bill, a draft, a "may",
// its schedule's estimates and its explanatory note keep their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { madeInstrument, signedAgreement } from '../../../src/authoring/extract/documentDecides.ts';
import { madeProvision } from '../../../src/authoring/extract/madeInstrument.ts';

const source = (title: string) => ({
  source: {
    date: '2034-03-10',
    publisher: 'Arland Gazette',
    title,
    url: 'https://example.org/instrument',
  },
});

/** Each figure's stated words and status, in the order found. */
const statuses = (title: string, text: string) =>
  extractCandidates(text, 'doc', source(title)).map((c) => `${c.stated.text} ${c.status}`);

describe('a provision of a made instrument', () => {
  it.each([
    // A statutory instrument with its "Made" line.
    [
      'The Harbour Dues (Amendment) Regulations 2034',
      'STATUTORY INSTRUMENTS\n2034 No. 512\nThe Harbour Dues (Amendment) Regulations 2034\n\nMade 3rd March 2034\nComing into force 1st April 2034\n\nThe Secretary of State, in exercise of the powers conferred by section 26 of the Harbours Act 1964, makes the following Regulations.\n\n1. A vessel of more than 500 gross tonnes shall pay harbour dues of £1.85 per gross tonne.\n\n2. The sum of £2.4 million shall be transferred to the Harbour Improvement Fund on the commencement of these Regulations.\n\n3. The balance of the Fund shall not be reduced below £500,000.\n',
      ['£1.85 actual', '£2.4 million actual', '£500,000 actual'],
    ],
    // A town's by-law, enacted by its council.
    [
      'By-law No. 2034-07 respecting dog licences',
      'TOWN OF ASHBY\nBy-law No. 2034-07\n\nBE IT ENACTED by the Council of the Town of Ashby as follows:\n\n1. The fee for a dog licence shall be $45 for each year.\n2. Not less than 40 per cent of the licence fees shall be paid into the Animal Shelter Reserve.\n\nRead a third time and finally passed this 2nd day of March, 2034.\n',
      ['$45 actual', '40 per cent of the licence fees shall be actual'],
    ],
    // A minister's decree.
    [
      'Decree No. 118 on the fuel levy',
      'DECREE No. 118\non the fuel levy\n\nThe Minister of Finance, having regard to Article 12 of the Fuel Levy Law, decrees as follows:\n\nArticle 1. The fuel levy shall be 12 cents per litre of petrol.\nArticle 2. An amount of €80 million shall be credited each year to the Road Fund.\n',
      ['12 cents actual', '€80 million actual'],
    ],
  ])('%s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});

describe('near misses that keep their reading', () => {
  it('keeps a bill expected', () => {
    expect(
      statuses(
        'Harbour Dues Bill 2034',
        'A BILL for an Act to revise the harbour dues\n\nBE IT ENACTED by the Parliament of Arland as follows:\n\n1. A vessel of more than 500 gross tonnes shall pay harbour dues of £1.85 per gross tonne.\n',
      ),
    ).toEqual(['£1.85 expected']);
  });

  it('keeps draft regulations expected', () => {
    expect(
      statuses(
        'The Harbour Dues Regulations 2034',
        'Draft Regulations laid before Parliament under section 5 of the Harbours Act 1964, for approval by resolution of each House.\n\nThe Secretary of State makes the following Regulations.\n\n1. A vessel of more than 500 gross tonnes shall pay harbour dues of £1.85 per gross tonne.\n',
      ),
    ).toEqual(['£1.85 expected']);
  });

  it("keeps a made instrument's schedule estimate and its explanatory note expected", () => {
    expect(
      statuses(
        'The Harbour Dues (Amendment) Regulations 2034',
        'The Harbour Dues (Amendment) Regulations 2034\n\nMade 3rd March 2034\n\nThe Secretary of State makes the following Regulations.\n\n1. A vessel of more than 500 gross tonnes shall pay harbour dues of £1.85 per gross tonne.\n\nEXPLANATORY NOTE\n(This note is not part of the Regulations.)\nThe dues shall be reviewed in 2036 and are expected to raise £15 million in 2035.\n',
      ),
    ).toEqual(['£1.85 actual', '£15 million expected']);
  });
});

describe('madeInstrument and madeProvision', () => {
  it('reads the words of making and of a text not yet made', () => {
    expect(
      madeInstrument('ACT No. 14\n[Assented to 15th July, 2033]\n1. The fee shall be $4.'),
    ).toBe(true);
    expect(madeInstrument('A BILL for an Act to establish a Fund\n[Assented to …]')).toBe(false);
    expect(madeInstrument('The Ministry proposes that the fee shall be $4.')).toBe(false);
  });

  it('reads only an unhedged "shall" in the body of the instrument', () => {
    const text =
      'The Minister makes the following Regulations-\n1. …\nMade on the 25th July, 2033.';
    expect(madeProvision(text, '', 'the fee shall be $40 a day')).toBe(true);
    expect(madeProvision(text, '', 'the Minister may waive up to $40 a day')).toBe(false);
    expect(madeProvision(text, 'MEMORANDUM\n', 'the fee shall be $40 a day')).toBe(false);
  });
});

describe('the terms of an agreement the document records as signed', () => {
  it.each([
    // A ports authority's release on a concession contract.
    [
      'Ports authority signs 30-year terminal concession',
      'Ports authority signs 30-year terminal concession\n\nThe Ports Authority today signed a 30-year concession contract with Harbour Terminals for the East Quay container terminal. The operator will pay a fixed fee of $12 million a year and a royalty of $8 per container handled.\n',
      ['$12 million actual', '$8 actual'],
    ],
    // An energy ministry's release on a power purchase agreement.
    [
      'Government signs power purchase agreement with Solaris',
      'Government signs power purchase agreement with Solaris\n\nThe Ministry of Energy has signed a 20-year power purchase agreement with Solaris Energy for the Kaya solar plant. The state utility will pay 4.2 cents per kilowatt hour for the plant’s output.\n',
      ['4.2 cents actual'],
    ],
    // A health board's release on a pay deal.
    [
      'Health board and union sign three-year pay deal',
      'Health board and union sign three-year pay deal\n\nThe union and the health board signed a three-year pay deal on Monday. The board will pay €2.1 million into the training fund each year.\n',
      ['€2.1 million actual'],
    ],
    // Near miss: a signing still to come.
    [
      'Ports authority to sign 30-year terminal concession',
      'Ports authority to sign 30-year terminal concession\n\nThe Ports Authority is expected to sign a 30-year concession contract with Harbour Terminals next month. The operator will pay a fixed fee of $12 million a year.\n',
      ['$12 million expected'],
    ],
    // Near miss: what the signed terms are expected to bring in.
    [
      'Ports authority signs 30-year terminal concession',
      'Ports authority signs 30-year terminal concession\n\nThe Ports Authority today signed a 30-year concession contract with Harbour Terminals. The fees are expected to bring in about $15 million a year.\n',
      ['$15 million expected'],
    ],
  ])('%s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});

describe('signedAgreement', () => {
  it('reads a signing recorded, not one to come', () => {
    expect(
      signedAgreement({ title: 'EU and São Baltasar sign new fisheries protocol', top: '' }),
    ).toBe(true);
    expect(
      signedAgreement({
        title: 'Update',
        top: 'The two governments today signed a five-year agreement.',
      }),
    ).toBe(true);
    expect(
      signedAgreement({ title: 'EU and São Baltasar to sign new fisheries protocol', top: '' }),
    ).toBe(false);
    expect(
      signedAgreement({ title: 'Update', top: 'The parties will sign the contract in May.' }),
    ).toBe(false);
  });
});
