// Held sentences of the v280 class (test/fixtures/prose/README.md, "The calls": a level or change a
// made decision, determination, order or announced indexation sets is that decision, actual, though
// "will" or "shall" states it or its date of effect is still to come), seen in ho322's termination
// rate determinations (an authority that "determines the maximum voice termination rates set out
// below", a determination that "is made under section 99"), ho321's pension order ("are pleased to
// order as follows:"), indexation release ("Pensions and payments rise from 20 March") and budget
// measures ("will increase by €4 to €54 a week"), and ho319's employer notice ("As announced in the
// Budget Statement on 18 February 2031, contribution rates … will rise again on 1 January 2032").
// Written in other voices: a water regulator's bulk charge determination, a harbour order, a state
// government's allowance order, a health insurer's premium notice and a veterans' agency's rate
// release. Near-misses keep their reading: a consultation that proposes to determine, a party's
// argument and a regulator's forecast in a determination, a draft order, a budget proposal's
// "will", a hedged announcement and a headline with no date of effect.

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

const WATER_DETERMINATION = [
  'WATER SERVICES REGULATOR',
  'Determination on Bulk Water Rates',
  'Ref: WSR/BWC/04/2035 — 3 March 2035',
  '',
  '1. The Regulator has reviewed the utilities\u2019 cost submissions and determines the maximum bulk water rates set out below.',
  '',
  '2. The bulk rate will fall from €1.24 per cubic metre to €1.19 per cubic metre on 1 July 2035 and to €1.16 on 1 July 2036.',
  '',
  'Glide path (€ per cubic metre, excluding VAT)',
  '',
  '| Scheme | Current | 2035/36 | 2036/37 |',
  '| --- | --- | --- | --- |',
  '| Eastern system | 1.24 | 1.19 | 1.16 |',
  '| Western system | 0.98 | 0.97 | 0.955 |',
  '',
  '3. Municipalities argued that a rate of €1.05 should apply at once.',
  '',
  '4. The Regulator expects the average rate to settle at about €1.10 by 2038.',
].join('\n');

const WATER_CONSULTATION = WATER_DETERMINATION.replace(
  'Determination on Bulk Water Rates',
  'Consultation on Bulk Water Rates',
).replace(
  'and determines the maximum bulk water rates',
  'and proposes to determine the maximum bulk water rates',
);

const HARBOUR_ORDER = [
  'Harbour Dues (Amendment) Order 2036',
  '',
  '1. This Order is made under section 12 of the Harbours Act and takes effect on 1 April 2036.',
  '',
  '2. The maximum pilotage rate is reduced from £4.10 per tonne to £3.90 per tonne, and shall fall by a further £0.20 on 1 April 2037, to £3.70.',
].join('\n');

const ALLOWANCE_ORDER = [
  'GOVERNMENT OF VELANAD',
  'Labour Department',
  '',
  'ORDER',
  'G.O.(Ms) No. 77/2035/LBR, dated 2 May 2035',
  '',
  'Sub: Maintenance allowance to registered construction workers – enhancement – orders issued.',
  '',
  '1. Government have examined the matter and are pleased to order as follows:',
  '(i) The monthly rate of the Construction Workers Maintenance Allowance shall be enhanced from ₹1,200 to ₹1,500 with effect from 1 June 2035.',
  '(ii) Workers aged 70 years and above shall receive ₹1,800 per month.',
  '',
  '(By order of the Governor)',
].join('\n');

const PREMIUM_NOTICE = [
  'Health Insurance Fund',
  'Employer Circular 9/2034',
  '',
  'New contribution rates from 1 January 2035',
  '',
  '12 November 2034',
  '',
  '1. As announced by the Minister of Health in the Budget on 2 October 2034, contribution rates for private employers will rise on 1 January 2035.',
  '',
  '2. The rates will be:',
  '',
  '| Band | 2034 (% of wage) | 2035 (% of wage) |',
  '|---|---|---|',
  '| Standard | 6.5 | 6.9 |',
  '| Reduced | 3.2 | 3.4 |',
].join('\n');

const VETERANS_RELEASE = [
  'Veterans Support Agency',
  'Media release, 14 March 2035',
  '',
  'Pensions and allowances rise from 20 March',
  '',
  'The War Widow Pension will rise by $18.20 to $1,104.60 a fortnight. Couples will each receive $13.70 more, taking their combined rate to $1,663.40 a fortnight. The annual Veterans Supplement of $450 will be paid in June.',
].join('\n');

const TAX_ANNEX = [
  'Republic of Kestria | Ministry of Finance',
  'Budget Statement 2035, Annex B: Income tax',
  'Tabled in the National Assembly on 20 February 2035',
  '',
  'Table B.1 Personal income tax rates, 2035/36',
  '| Taxable income | Rates of tax |',
  '|---|---|',
  '| K0 – K90 000 | 15% of taxable income |',
  '| K90 001 and above | K13 500 + 30% of taxable income above K90 000 |',
].join('\n');

const SUPPORT_CIRCULAR = [
  'MINISTRY OF SOCIAL SERVICES',
  'Circular No. 5 of 2035',
  '',
  'REVISED RATES OF HOUSEHOLD SUPPORT',
  'Kingstown, 10 February 2035',
  '',
  '1. Purpose',
  'This circular informs district offices of the revised rates of household support.',
  '',
  '2. Revised rates',
  'The following rates have been approved:',
  '',
  '3. Special payment',
  'A one-off winter payment of $250 will be credited to all recipients in December.',
].join('\n');

const INSURANCE_REPORT = [
  'Ministry of Health',
  '',
  'Health Insurance Report 2036',
  '',
  '1. The federal subsidy to the health insurance fund rises by 3.5 per cent to €18.2 billion in the 2037 Budget adopted on 27 November 2036.',
].join('\n');

/** The status of the first figure in `read` whose stated words open with `number`. */
const statusOfIn = (read: string[], number: string): string | undefined =>
  read
    .find((r) => r.startsWith(`${number} `))
    ?.split(' ')
    .at(-1);

describe('the levels a made determination, order or announced decision sets are actual (v280)', () => {
  it("reads a determination's glide path, in its sentence and its table, as actual", () => {
    const read = statusesIn(
      WATER_DETERMINATION,
      notice('Determination on Bulk Water Rates', { date: '2035-03-03' }),
    );
    expect(statusOfIn(read, '€1.19')).toBe('actual');
    expect(statusOfIn(read, '€1.16')).toBe('actual');
    expect(read).toContain('1.19 actual');
    expect(read).toContain('0.955 actual');
  });

  it("keeps a party's argument and the regulator's forecast in a determination", () => {
    const read = statusesIn(
      WATER_DETERMINATION,
      notice('Determination on Bulk Water Rates', { date: '2035-03-03' }),
    );
    expect(statusOfIn(read, '€1.05')).toBe('expected');
    expect(statusOfIn(read, '€1.10')).toBe('expected');
  });

  it('keeps what a consultation proposes to determine', () => {
    const read = statusesIn(
      WATER_CONSULTATION,
      notice('Consultation on Bulk Water Rates', { date: '2035-03-03' }),
    );
    expect(statusOfIn(read, '€1.16')).toBe('expected');
    expect(read).toContain('0.955 expected');
  });

  it("reads an order that 'is made under' an act as made", () => {
    const read = statusesIn(
      HARBOUR_ORDER,
      notice('Harbour Dues (Amendment) Order 2036', { date: '2036-02-10' }),
    );
    expect(statusOfIn(read, 'fall by a further £0.20')).toBe('actual');
    expect(statusOfIn(read, '£3.70')).toBe('actual');
  });

  it('keeps a draft of the same order', () => {
    const read = statusesIn(
      `DRAFT\n${HARBOUR_ORDER}`,
      notice('Draft Harbour Dues (Amendment) Order 2036', { date: '2036-02-10' }),
    );
    expect(statusOfIn(read, 'fall by a further £0.20')).toBe('expected');
    expect(statusOfIn(read, '£3.70')).toBe('expected');
  });

  it("reads a government order's 'pleased to order as follows:' items as made", () => {
    const read = statusesIn(
      ALLOWANCE_ORDER,
      notice('Maintenance allowance to registered construction workers', { date: '2035-05-02' }),
    );
    expect(statusOfIn(read, '₹1,800')).toBe('actual');
  });

  it("reads a rate table under 'As announced in the Budget …, rates will rise on <date>'", () => {
    const read = statusesIn(
      PREMIUM_NOTICE,
      notice('New contribution rates from 1 January 2035', { date: '2034-11-12' }),
    );
    expect(read).toContain('6.9 actual');
    expect(read).toContain('3.4 actual');
  });

  it('keeps the table when the announcement is only expected to take effect', () => {
    const hedged = PREMIUM_NOTICE.replace(
      'contribution rates for private employers will rise on 1 January 2035',
      'contribution rates for private employers are expected to rise in 2035',
    );
    const read = statusesIn(
      hedged,
      notice('New contribution rates from 1 January 2035', { date: '2034-11-12' }),
    );
    expect(read).toContain('6.9 expected');
  });

  it("reads an indexation release's rise, what couples receive and a supplement to be paid", () => {
    const read = statusesIn(
      VETERANS_RELEASE,
      notice('Pensions and allowances rise from 20 March', { date: '2035-03-14' }),
    );
    expect(statusOfIn(read, '$18.20')).toBe('actual');
    expect(statusOfIn(read, '$1,104.60')).toBe('actual');
    expect(statusOfIn(read, '$13.70')).toBe('actual');
    expect(statusOfIn(read, '$1,663.40')).toBe('actual');
    expect(statusOfIn(read, '$450')).toBe('actual');
  });

  it('keeps the same release under a headline with no date of effect', () => {
    const text = VETERANS_RELEASE.replace(
      'Pensions and allowances rise from 20 March',
      'Pensions and allowances to be reviewed',
    );
    const read = statusesIn(
      text,
      notice('Pensions and allowances to be reviewed', { date: '2035-03-14' }),
    );
    expect(statusOfIn(read, '$13.70')).toBe('expected');
    expect(statusOfIn(read, '$450')).toBe('expected');
  });

  it("reads every rate of a tabled budget's income tax table, the second in a cell too", () => {
    const source = notice('Budget Statement 2035, Annex B: Income tax', { date: '2035-02-20' });
    const read = statusesIn(TAX_ANNEX, source);
    expect(read).toContain('15% of taxable income actual');
    expect(read).toContain('30% of taxable income above K90 000 actual');
    const proposed = statusesIn(
      TAX_ANNEX.replace('Personal income tax rates', 'Proposed personal income tax rates'),
      source,
    );
    expect(proposed).toContain('15% of taxable income expected');
  });

  it("reads a payment 'of' a sum under 'The following rates have been approved:'", () => {
    const source = notice('Revised rates of household support', { date: '2035-02-10' });
    expect(statusOfIn(statusesIn(SUPPORT_CIRCULAR, source), '$250')).toBe('actual');
    const proposed = SUPPORT_CIRCULAR.replace('have been approved', 'have been proposed');
    expect(statusOfIn(statusesIn(proposed, source), '$250')).toBe('expected');
  });

  it('reads a sum and its rise a budget named as adopted sets, and keeps one still to be adopted', () => {
    const source = notice('Health Insurance Report 2036', { date: '2036-12-10' });
    const read = statusesIn(INSURANCE_REPORT, source);
    expect(statusOfIn(read, 'rises by 3.5 per cent')).toBe('actual');
    expect(statusOfIn(read, '€18.2 billion')).toBe('actual');
    const pending = statusesIn(
      INSURANCE_REPORT.replace('adopted on 27 November 2036', 'to be adopted in December'),
      source,
    );
    expect(statusOfIn(pending, '€18.2 billion')).toBe('expected');
  });

  it("reads a money rise 'by … to' a decided level as that decision, and keeps a forecast's", () => {
    const decided = statusesIn(
      [
        'Ministry of Social Affairs',
        'Budget 2036: Welfare measures',
        'Press release, 8 October 2035',
        '',
        'The Minister has allocated €2.1 billion to welfare in Budget 2036.',
        '',
        'The Qualified Child Increase for families on weekly payments will increase by €3 to €49 a week for children under 12 and by €5 to €61 for children aged 12 and over.',
      ].join('\n'),
      notice('Budget 2036: Welfare measures', { date: '2035-10-08' }),
    );
    expect(statusOfIn(decided, '€3')).toBe('actual');
    expect(statusOfIn(decided, '€5')).toBe('actual');
    const forecast = statusesIn(
      'Average rents are expected to rise by €12 to €262 a week next year, the institute projects.',
      notice('Rental market outlook', { date: '2035-11-20' }),
    );
    expect(statusOfIn(forecast, '€12')).toBe('expected');
    expect(statusOfIn(forecast, '€262')).toBe('expected');
  });
});
