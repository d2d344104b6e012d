// Held sentences of the v192 class (test/fixtures/prose/README.md, "The calls", a rate of return a
// regulator allows is a level): the cost of capital or of equity or debt bound to its number by
// "of" ("a real (RPI-deflated) vanilla weighted average cost of capital of 3.18%", where the price
// index in the bracket names no change), the acronym WACC and its estimate, and a return whose
// regulated or accounting base follows the number ("a target return of 7.42% on the regulatory
// asset base", "an average return of 5.1% on its regulated assets"). First seen in an airport
// regulator's final decision and an airport's pricing proposal (ho269); written here in other
// voices: an energy regulator's draft determination, a water regulator's price review, a telecom
// regulator's access decision, a port's tariff filing and a rail regulator's periodic review.
// Near-misses keep their reading: a fund's return on its portfolio or reserves, a target return
// with no base, and a change in the cost of capital. Also the peso's "Ps." and the sol's "S/"
// before a price in cents (below).

import { describe, expect, it } from 'vitest';
import { figuresAt } from './readingOf.ts';

/** The kinds of the figures overlapping `number`, joined, or "none". */
function kindsAt(text: string, number: string): string {
  const found = figuresAt(text, number);
  return found.length ? found.map((c) => `${c.kind} ${c.value}`).join(', ') : 'none';
}

describe('v192: a regulated return or cost of capital is a level', () => {
  it.each([
    [
      'The Commission has determined a real (CPI-deflated) post-tax cost of equity of 5.64% for the transmission network.',
      '5.64%',
      'share 5.64',
    ],
    [
      'We set a nominal (CPIH-indexed) cost of debt of 4.10%, down from 4.35% in our draft determination.',
      '4.10%',
      'share 4.1',
    ],
    [
      'We set a nominal (CPIH-indexed) cost of debt of 4.10%, down from 4.35% in our draft determination.',
      '4.35%',
      'share 4.35',
    ],
    [
      'For PR34 we allow a real (CPIH-stripped) appointee weighted average cost of capital of 3.02%.',
      '3.02%',
      'share 3.02',
    ],
    [
      'The access price reflects a WACC estimate of 6.15% that the regulator published in March.',
      '6.15%',
      'share 6.15',
    ],
    [
      'The port seeks a target return of 8.2% on its regulated asset base over the tariff period.',
      '8.2%',
      'share 8.2',
    ],
    [
      'In the last control period the network earned an average return of 4.4% on its regulatory asset value.',
      '4.4%',
      'share 4.4',
    ],
    [
      'Network Rail achieved a return of 3.9% on the regulatory asset base in 2034-35.',
      '3.9%',
      'share 3.9',
    ],
    [
      'The operator earned a return of 11.5% on equity, above the 9.8% allowed.',
      '11.5%',
      'share 11.5',
    ],
  ])('%s (%s)', (text, number, want) => {
    expect(kindsAt(text, number)).toBe(want);
  });
});

describe('v192 near-misses keep their reading', () => {
  it.each([
    ['The pension fund earned a return of 6.2% on its portfolio in 2034.', '6.2%', 'change 6.2'],
    ['The central bank earned a return of 2.1% on the reserves last year.', '2.1%', 'change 2.1'],
    ['The scheme keeps a target return of 5% a year over the long run.', '5%', 'change 5'],
    [
      'A 10% increase in the cost of capital would lift the revenue requirement by £90 million.',
      '10%',
      'none',
    ],
    ['Consumer prices (CPI) rose 3.1% in the year to March.', '3.1%', 'change 3.1'],
    ['The allowed cost of equity is 6.5%, the regulator said.', '6.5%', 'share 6.5'],
  ])('%s (%s)', (text, number, want) => {
    expect(kindsAt(text, number)).toBe(want);
  });
});

/** The readings ("kind value unit") of the figures overlapping `number`, joined, or "none". */
function unitsAt(text: string, number: string): string {
  const found = figuresAt(text, number);
  return found.length ? found.map((c) => `${c.kind} ${c.value} ${c.unit}`).join(', ') : 'none';
}

// The regional marks of the peso and the sol before a price in cents (ho269: "Ps. 241.62 per
// workload unit", "payable in soles as S/ 36.62"), written here as a Mexican toll operator, a
// Peruvian utility regulator, a Mexican retailer's results and a Peruvian port's tariff list.
describe('v192: "Ps." and "S/" before a price in cents name the peso and the sol', () => {
  it.each([
    [
      'The toll for a two-axle vehicle on the Mexico City bypass is Ps. 118.50 from 1 January.',
      'Ps. 118.50',
      'amount 118.5 MXN',
    ],
    [
      'Average revenue per customer in Mexico rose to Ps. 1,245.30 in the quarter.',
      'Ps. 1,245.30',
      'amount 1245.3 MXN',
    ],
    [
      'In Peru the regulator set the residential water tariff at S/ 4.87 per cubic metre.',
      'S/ 4.87',
      'amount 4.87 PEN',
    ],
    ['- Container handling, Callao: S/ 312.60 per TEU (+ IGV)', 'S/ 312.60', 'amount 312.6 PEN'],
  ])('%s (%s)', (text, number, want) => {
    expect(unitsAt(text, number)).toBe(want);
  });
  it.each([
    ['As Ps. 23 has it, the reading was short.', 'Ps. 23'],
    ['Form S/2 must be filed by the 15th.', 'S/2'],
  ])('%s (%s) stays none', (text, number) => {
    expect(unitsAt(text, number)).toBe('none');
  });
});
