// Held sentences of the v268 class (test/fixtures/prose/README.md, "The calls": the levels and
// changes a made decision sets are that decision, actual, though "will" or "shall" states them or
// their date of effect is still to come), seen in ho315's fare decisions (a committee's numbered
// that-clauses, a report whose numbered opening records the fares adopted, "Single tickets will go
// up by 50c") and ho316's charge statement and gazetted price notice (a "| Charge | 2033-34 |
// 2034-35 |" table, a maximum fee "that a pharmacist may charge"). Written in other voices: a
// harbour board's minutes, a bridge authority's toll notice, a museum's admission charges, a
// notarial fee determination and a ski-lift pass decision. Near-misses keep their reading: a
// decision still to be recommended, a condition in a decided item, a proposal's numbered opening,
// a consultation notice, a maximum fee only proposed and a forecast column.

import { describe, expect, it } from 'vitest';
import { notice, statusOf, statusesIn } from './readingOf.ts';

const HARBOUR_MINUTES = [
  'Port of Glenarm Harbour Board',
  'Minutes of the meeting of 14 November 2034, item 6: Mooring and slipway charges 2035',
  '',
  'Background',
  'The harbour master proposed that the annual mooring charge should rise by 7 per cent.',
  '',
  'Decision',
  'The Harbour Board decided',
  '1. that an annual mooring shall cost £1,284 from 1 March 2035, an increase of 5 per cent;',
  '2. that a visitor berth shall cost £32 a night, up from £30;',
  '3. that a slipway launch shall rise by £2, to £14.',
].join('\n');

const MINUTES_SOURCE = notice('Harbour Board minutes, 14 November 2034, item 6', {
  date: '2034-11-14',
});

const BRIDGE_REPORT = [
  'Kessock Narrows Bridge Authority',
  'Report to the Finance Committee',
  '',
  'Bridge tolls and passes',
  '',
  '1. This report records the tolls the Board adopted at its meeting of 2 February 2036, and the reasons for them.',
  '',
  '2. Car tolls will rise by 4 per cent, to £6.24 a crossing. Annual commuter passes will go up by £18, to £478.',
].join('\n');

const MUSEUM_STATEMENT = [
  'Admission charges at the National Maritime Museum',
  '',
  'The Trustees have decided that admission charges will change from 1 May 2035. Family tickets will rise by 6.5 per cent.',
  '',
  '| Ticket | 2034-35 | 2035-36 |',
  '|---|---|---|',
  '| Adult | £14.00 | £15.00 |',
  '| Family | £38.50 | £41.00 |',
].join('\n');

const NOTARIAL_DETERMINATION = [
  'MINISTRY OF JUSTICE',
  'No. J. 118                                   3 December 2033',
  '',
  'NOTARIES ACT: ANNUAL ADJUSTMENT OF NOTARIAL FEES FOR 2034',
  '',
  '1. The Minister of Justice, after consultation with the Notarial Council, hereby determines that the annual adjustment of notarial fees for 2034 shall be 3.8 per cent.',
  '',
  '2. The maximum fee that a notary may charge for an attestation shall be as follows from 1 January 2034:',
  '',
  '| Value of the deed (excl. VAT) | Maximum fee |',
  '|---|---|',
  '| Less than R10,000.00 | R240.00 plus 12% of the value |',
  '| R10,000.00 and more | R315.00 plus 5% of the value |',
].join('\n');

const NOTARIAL_SOURCE = notice('Annual adjustment of notarial fees for 2034', {
  date: '2033-12-03',
  url: 'https://www.justice.gov.za.example/gazette/j118',
});

describe("a made decision's levels, stated with 'will' or 'shall', are that decision (v268)", () => {
  it("reads each that-clause item under a board's 'decided' line as the level set", () => {
    const read = statusesIn(HARBOUR_MINUTES, MINUTES_SOURCE);
    expect(read).toContain('£1,284 actual');
    expect(read).toContain('£32 actual');
    expect(read.find((r) => r.startsWith('£2 '))).toMatch(/ actual$/);
    expect(read).toContain('£14 actual');
  });

  it('keeps the proposal told before the decision expected', () => {
    const read = statusesIn(HARBOUR_MINUTES, MINUTES_SOURCE);
    expect(read.find((r) => r.includes('7 per cent'))).toMatch(/ expected$/);
  });

  it('reads a notice whose numbered opening records the tolls adopted as their decision', () => {
    const source = notice('Bridge tolls and passes', { date: '2036-02-09' });
    const read = statusesIn(BRIDGE_REPORT, source);
    expect(read.find((r) => r.includes('4 per cent'))).toMatch(/ actual$/);
    expect(read).toContain('£6.24 actual');
    expect(read.find((r) => r.includes('£18'))).toMatch(/ actual$/);
    expect(read).toContain('£478 actual');
  });

  it("reads tickets that rise and a '| Ticket | 2034-35 | 2035-36 |' table in a decision statement", () => {
    const source = notice('Admission charges at the National Maritime Museum', {
      date: '2035-02-20',
    });
    const read = statusesIn(MUSEUM_STATEMENT, source);
    expect(read.find((r) => r.includes('6.5 per cent'))).toMatch(/ actual$/);
    expect(read).toContain('£14.00 actual');
    expect(read).toContain('£15.00 actual');
    expect(read).toContain('£41.00 actual');
  });

  it("reads a gazetted determination made 'after consultation with' a council, and the maximum fee table", () => {
    const source = NOTARIAL_SOURCE;
    expect(statusOf(NOTARIAL_DETERMINATION, '3.8 per cent', source)).toBe('actual');
    expect(statusOf(NOTARIAL_DETERMINATION, '12% of the value', source)).toBe('actual');
    expect(statusOf(NOTARIAL_DETERMINATION, '5% of the value', source)).toBe('actual');
  });
});

describe('near-misses keep their reading (v268)', () => {
  it('keeps items under a decision to recommend expected', () => {
    const text = HARBOUR_MINUTES.replace(
      'The Harbour Board decided',
      'The Harbour Board decided to recommend to the Council',
    );
    const read = statusesIn(text, MINUTES_SOURCE);
    expect(read.find((r) => r.startsWith('£2 '))).toMatch(/ expected$/);
    expect(read).toContain('£14 expected');
  });

  it('keeps a decided item with a condition expected', () => {
    const text = HARBOUR_MINUTES.replace(
      '3. that a slipway launch shall rise by £2, to £14.',
      '3. that a slipway launch shall rise by £2, to £14, if the harbour grant is cut.',
    );
    expect(statusOf(text, '£14', MINUTES_SOURCE)).toBe('expected');
  });

  it('keeps a notice whose numbered opening records tolls proposed expected', () => {
    const text = BRIDGE_REPORT.replace(
      'the tolls the Board adopted at',
      'the tolls the Board proposes for',
    );
    const source = notice('Bridge tolls and passes', { date: '2036-02-09' });
    const read = statusesIn(text, source);
    expect(read.find((r) => r.startsWith('£18 '))).toMatch(/ expected$/);
    expect(read).toContain('£478 expected');
  });

  it('keeps a consultation notice on the adjustment expected', () => {
    const text = NOTARIAL_DETERMINATION.replace(
      'after consultation with the Notarial Council, hereby determines that',
      'invites comments by 31 January on a draft notice under which',
    );
    const source = NOTARIAL_SOURCE;
    expect(statusOf(text, '3.8 per cent', source)).toBe('expected');
  });

  it('keeps a maximum fee the Minister only proposes expected', () => {
    const text = NOTARIAL_DETERMINATION.replace(
      '2. The maximum fee',
      '2. The Minister proposes that the maximum fee',
    );
    const source = NOTARIAL_SOURCE;
    expect(statusOf(text, '12% of the value', source)).toBe('expected');
  });

  it("keeps a decision statement's forecast column of revenue expected", () => {
    const text = MUSEUM_STATEMENT.replace(
      '| Ticket | 2034-35 | 2035-36 |',
      '| Ticket | 2034-35 | Forecast 2035-36 |',
    );
    const source = notice('Admission charges at the National Maritime Museum', {
      date: '2035-02-20',
    });
    const read = statusesIn(text, source);
    expect(read).toContain('£15.00 expected');
  });
});
