// Tests for src/authoring/extract (v171): rates a list's lead-in says are kept, found in the
// opened set ho260 (a tax information note: "The CPS rates from 1 April 2035 are unchanged:" ⏎
// "- Natural gas: £0.00331 per kilowatt hour") and held here in other voices. A level kept is
// today's level and the body's decision to keep it, actual, though the lead-in dates it to come;
// a lead-in that forecasts, proposes or hedges, a list of forecasts and a proposal document keep
// their reading.

import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../src/authoring/extract.ts';
import { keptLeadIn } from '../../../src/authoring/extract/decided.ts';

const source = (title: string) => ({
  source: {
    date: '2034-11-26',
    publisher: 'Arland Office',
    title,
    url: 'https://example.org/notice',
  },
});

/** Each figure's stated words and status, in the order found. */
const statuses = (title: string, text: string) =>
  extractCandidates(text, 'doc', source(title)).map((c) => `${c.stated.text} ${c.status}`);

describe('an item listed under a lead-in that keeps the rates', () => {
  it.each([
    // A tax authority's impact note, the rates dated from a year to come.
    [
      'Tax information note: levy rates for 2035-36',
      'Arland Office\nPublished 26 November 2034\n\nWho is likely to be affected\nOperators of generating stations.\n\nGeneral description\nThis note sets the levy rates for 2035-36.\n\nDetailed proposal\nThe levy rates from 1 April 2035 are unchanged:\n- Natural gas: £0.00331 per kilowatt hour\n- Coal: £1.54790 per gigajoule\n',
      ['£0.00331 actual', '£1.54790 actual'],
    ],
    // A council's parking notice, in the "will remain" form.
    [
      'Parking charges 2035',
      'Parking charges 2035\n\nParking charges from 1 January 2035 will remain unchanged:\n- First hour: $2.50\n- Each further hour: $1.80\n',
      ['$2.50 actual', '$1.80 actual'],
    ],
    // A water board's tariff release.
    [
      'Water tariffs for 2035-36',
      'Water tariffs for 2035-36\n\nThe following tariffs are unchanged for 2035-36:\n- Domestic: $18.40 per kilolitre\n- Commercial: $24.10 per kilolitre\n',
      ['$18.40 actual', '$24.10 actual'],
    ],
    // A ministry's note on the landfill levy, in the "stay the same" form.
    [
      'Landfill levy 2035',
      'Landfill levy 2035\n\nThe levy rates will stay the same in 2035:\n- Standard rate: £102.10 per tonne\n- Lower rate: £3.25 per tonne\n',
      ['£102.10 actual', '£3.25 actual'],
    ],
    // Near miss: the lead-in forecasts the rates.
    [
      'Analyst note',
      'Analyst note\n\nThe levy rates from 1 April 2035 are expected to remain unchanged:\n- Natural gas: £0.00331 per kilowatt hour\n',
      ['£0.00331 expected'],
    ],
    // Near miss: the lead-in proposes keeping them.
    [
      'Consultation on levy rates',
      'Consultation on levy rates\n\nWe propose that the levy rates from 1 April 2035 remain unchanged:\n- Natural gas: £0.00331 per kilowatt hour\n',
      ['£0.00331 expected'],
    ],
    // Near miss: a list of forecasts left unchanged is no rate a body sets.
    [
      'Economic outlook',
      'Economic outlook\n\nOur forecasts for 2035 are unchanged:\n- GDP growth: 2.1%\n- Inflation: 2.4%\n',
      ['2.1% expected', '2.4% expected'],
    ],
  ])('%s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});

describe('keptLeadIn', () => {
  it('finds the lead-in over the list’s other items', () => {
    expect(keptLeadIn('The CPS rates from 1 April 2035 are unchanged:\n- Gas: £1\n- ')).toBe(
      'The CPS rates from 1 April 2035 are unchanged:',
    );
    expect(keptLeadIn('Excise duty rates are frozen at their current levels:\n- ')).toBe(
      'Excise duty rates are frozen at their current levels:',
    );
  });
  it('gives none for a rate of interest, a forecast, a hedge or a line that is no item', () => {
    expect(keptLeadIn('Interest rates are unchanged:\n- ')).toBeUndefined();
    expect(keptLeadIn('Fees will likely remain unchanged:\n- ')).toBeUndefined();
    expect(keptLeadIn('Fees are unchanged:\nThe fee is ')).toBeUndefined();
  });
});
