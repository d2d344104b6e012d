// Held sentences of the v275 class (test/fixtures/prose/README.md, "The calls": a level or change a
// made decision sets is that decision, actual, though "will" states it or its date of effect is
// still to come), seen in ho317's subsidy decisions (a cabinet's approval of a subsidy per cylinder,
// a weekly notice that sets the subsidy per litre, a consultation response's payment per
// household, a pricing review's compensation per litre, a "Decision in Budget 2034" section's
// excise steps, a circular's grant table), ho316's "Decision:" section over subsidy items and
// ho315's fares determination and transport vouchers. Written in other voices: a province's
// heating rebate, a farm agency's fertiliser subsidy, a social-protection department's winter
// payment, a fertiliser weekly notice, a family ministry's childcare vouchers, a gas regulator's
// monthly review, a ferry fares determination, a revenue department's heating-oil duty note and an
// energy ministry's cooking-gas grant circular; and ho313's budget annex ("the … cash aid, which will
// pay up to RM2,800 a year"), in a welfare annex's voice. Near-misses keep their reading: a
// decision still to be asked for, a commentary, a "Decision sought" heading, a forecast, a total
// and a draft determination; an options section and a grant column its own header proposes.

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

const REBATE = [
  'Cabinet approves extension of home heating rebate',
  '',
  'Halden, 12 September 2035',
  '',
  'The Executive Council met on 10 September. The heating rebate of $250 per household will be paid again from 1 December 2035.',
].join('\n');

const FERTILISER = [
  'Agricultural Inputs Agency',
  'Fertiliser support 2036',
  '',
  'Published 4 February 2036',
  '',
  'Background',
  'Fertiliser prices rose 31 per cent in 2035.',
  '',
  'Decisions',
  '',
  '- The fertiliser subsidy for smallholders will remain ₦4,500 per bag.',
  '- The subsidy for cooperatives will rise from ₦3,000 to ₦3,600 per bag, an increase of 20 per cent.',
  '- Spending on the subsidy will be ₦18 billion in 2036.',
  '- The subsidy for estates is expected to be ₦2,000 per bag.',
].join('\n');

const WINTER_RESPONSE = [
  'Department of Social Protection',
  'Winter fuel support: Government response to consultation',
  '',
  'Published 2 October 2034',
  '',
  '1.1 We consulted on winter support over the summer. This paper sets out what we have decided.',
  '',
  '2.1 Every pensioner household will receive €300 in three instalments: €100 in January, €120 in February and €80 in March.',
].join('\n');

const WEEKLY_NOTICE = [
  'Fertiliser Price Stabilisation Scheme: weekly notice',
  'Nairobi, 2 June 2035',
  '',
  'Subsidy per bag for the week from 3 June 2035',
  '',
  '1. For the week from 3 June the subsidy paid to distributors will be KSh 1,250 per bag of planting fertiliser, up from KSh 1,180.',
  '',
  '2. The subsidy is expected to be about KSh 1,300 per bag in July.',
].join('\n');

const VOUCHERS = [
  'Ministry of Families',
  'Media release, 4 March 2034',
  '',
  '1. The Minister has decided to expand help with childcare costs from 1 April 2034.',
  '',
  '2. The Ministry will issue 50,000 childcare vouchers worth £120 each, an increase of £20 on last year.',
].join('\n');

const GAS_REVIEW = [
  'ENERGY REGULATOR',
  'REVIEW OF MAXIMUM RETAIL PRICES OF COOKING GAS FOR THE PERIOD 1 TO 30 APRIL 2036',
  '',
  'Abuja, 31 March 2036',
  '',
  '1. Distributors will be compensated at the rate of ₦21.50 per kilogram of LPG, ₦14.20 per kilogram of kerosene and ₦9.80 per kilogram of coal.',
].join('\n');

const FERRY_DETERMINATION = [
  'Harbour Transport Authority',
  'Ferry Fares Determination 2036 — Summary of decisions',
  '',
  'Published 3 November 2035',
  '',
  '1. Passes',
  '1.1 A monthly island pass will fall by €12, to €96.',
].join('\n');

const HEATING_OIL_NOTE = [
  'Department of Revenue',
  'Heating oil duty: restoration of the temporary reduction',
  '',
  'Information Note, 2 November 2034',
  '',
  '1. Background',
  'In January 2033 the Government cut the duty on heating oil by 7 cent per litre.',
  '',
  '2. Decision in Budget 2035',
  'The Minister confirmed on 30 October that the reduction will be reversed in two steps:',
  '',
  '| Date | Heating oil (cent per litre) |',
  '|---|---|',
  '| 1 February 2035 | 4 |',
  '| 1 May 2035 | 3 |',
  '',
  'After the second step, the duty on heating oil will stand at €0.112 per litre and on marked diesel at €0.094 per litre.',
].join('\n');

const HEATING_OIL_SOURCE = notice('Heating oil duty: restoration of the temporary reduction', {
  date: '2034-11-02',
});

const GAS_GRANT_CIRCULAR = [
  'MINISTRY OF ENERGY',
  'Department Circular No. 2036-07',
  '',
  'GUIDELINES ON THE 2036 COOKING GAS GRANT',
  '',
  'Date: 2 March 2036',
  '',
  'Section 2. Amount. Each eligible household shall receive a one-time grant as follows:',
  '',
  '| Region | Grant per household | Households (estimate) |',
  '|---|---|---|',
  '| Northern | ₱2,400 | 310,500 |',
  '| Southern | ₱1,900 | 402,800 |',
  '',
  'Section 9. Effectivity. This Circular shall take effect immediately.',
].join('\n');

const GAS_GRANT_SOURCE = notice('Guidelines on the 2036 cooking gas grant', { date: '2036-03-02' });

const WELFARE_ANNEX = [
  'Budget 2036 · Tax and welfare measures annex',
  'Delivered in the House of Representatives, 19 May 2036',
  '',
  '4. The Family Boost cash aid will pay up to NZ$3,900 a year to families earning below NZ$180,000, from NZ$3,120 previously.',
].join('\n');

const WELFARE_SOURCE = notice('Budget 2036 · Tax and welfare measures annex', {
  date: '2036-05-19',
});

const statusOfIn = (read: string[], number: string): string | undefined =>
  read
    .find((r) => r.startsWith(`${number} `) || r.includes(` ${number} `))
    ?.split(' ')
    .at(-1);

describe('the support a made decision sets is that decision, actual (v275)', () => {
  it("reads a rebate 'of' a sum per household under a cabinet's approval as actual", () => {
    const read = statusesIn(REBATE, notice('Cabinet approves extension of home heating rebate'));
    expect(read).toContain('$250 actual');
  });

  it("reads subsidy items under a 'Decisions' heading, and the step set off after one", () => {
    const read = statusesIn(FERTILISER, notice('Fertiliser support 2036', { date: '2036-02-04' }));
    expect(read).toContain('₦4,500 actual');
    expect(read).toContain('₦3,600 actual');
    expect(read.find((r) => r.includes('20 per cent'))).toMatch(/ actual$/);
  });

  it('reads what every household will receive in a consultation response, and its instalments', () => {
    const source = notice('Winter fuel support: Government response to consultation', {
      date: '2034-10-02',
    });
    const read = statusesIn(WINTER_RESPONSE, source);
    expect(read).toContain('€300 actual');
    expect(read).toContain('€100 actual');
    expect(read).toContain('€120 actual');
    expect(read).toContain('€80 actual');
  });

  it('reads the subsidy a weekly notice sets for its dated week', () => {
    const source = notice('Fertiliser subsidy: weekly notice', { date: '2035-06-02' });
    expect(statusOfIn(statusesIn(WEEKLY_NOTICE, source), 'KSh 1,250')).toBe('actual');
  });

  it("reads vouchers 'worth' a sum each, and their increase, after a minister's decision", () => {
    const read = statusesIn(VOUCHERS, notice('Childcare vouchers', { date: '2034-03-04' }));
    expect(read).toContain('£120 actual');
    expect(statusOfIn(read, '£20')).toBe('actual');
  });

  it('reads each rate a pricing review compensates distributors at', () => {
    const source = notice(
      'Review of maximum retail prices of cooking gas for the period 1 to 30 April 2036',
      { date: '2036-03-31' },
    );
    const read = statusesIn(GAS_REVIEW, source);
    expect(read).toContain('₦21.50 actual');
    expect(read).toContain('₦14.20 actual');
    expect(read).toContain('₦9.80 actual');
  });

  it("reads a fare a 'Fares Determination' sets", () => {
    const source = notice('Ferry Fares Determination 2036 — Summary of decisions', {
      date: '2035-11-03',
    });
    const read = statusesIn(FERRY_DETERMINATION, source);
    expect(read.find((r) => r.includes('€12'))).toMatch(/ actual$/);
    expect(read).toContain('€96 actual');
  });

  it("reads a 'Decision in Budget …' section's table of steps under a 'will' lead-in, and the duty it leaves", () => {
    const read = statusesIn(HEATING_OIL_NOTE, HEATING_OIL_SOURCE);
    expect(read).toContain('4 actual');
    expect(read).toContain('3 actual');
    expect(read).toContain('€0.112 actual');
    expect(read).toContain('€0.094 actual');
  });

  it("reads a made circular's grant rows though another column's header says 'estimate'", () => {
    const read = statusesIn(GAS_GRANT_CIRCULAR, GAS_GRANT_SOURCE);
    expect(read).toContain('₱2,400 actual');
    expect(read).toContain('₱1,900 actual');
  });

  it("reads what a tabled budget's cash aid will pay, and the level it replaces", () => {
    const read = statusesIn(WELFARE_ANNEX, WELFARE_SOURCE);
    expect(read).toContain('NZ$3,900 actual');
    expect(read).toContain('NZ$3,120 actual');
  });
});

describe('near-misses keep their reading (v275)', () => {
  it('keeps a rebate cabinet is still to be asked to approve expected', () => {
    const text = REBATE.replace(
      'Cabinet approves extension of home heating rebate',
      'Home heating rebate',
    ).replace('The Executive Council met on 10 September.', 'Cabinet will be asked to approve it.');
    expect(statusesIn(text, notice('Home heating rebate'))).toContain('$250 expected');
  });

  it("keeps a commentary's rebate expected", () => {
    const text = [
      'What the rebate is worth',
      '',
      'Halden, 12 September 2035',
      '',
      'Heating costs have soared. The heating rebate will be $250 per household, far short of need.',
    ].join('\n');
    expect(statusesIn(text, notice('What the rebate is worth'))).toContain('$250 expected');
  });

  it("keeps items under a 'Decision sought' heading expected", () => {
    const text = FERTILISER.replace('Decisions', 'Decision sought');
    const read = statusesIn(text, notice('Fertiliser support 2036', { date: '2036-02-04' }));
    expect(read).toContain('₦4,500 expected');
  });

  it("keeps a decision's spending total and a forecast subsidy expected", () => {
    const read = statusesIn(FERTILISER, notice('Fertiliser support 2036', { date: '2036-02-04' }));
    expect(read).toContain('₦18 billion expected');
    expect(read).toContain('₦2,000 expected');
  });

  it("keeps a weekly notice's forecast of a later subsidy expected", () => {
    const source = notice('Fertiliser subsidy: weekly notice', { date: '2035-06-02' });
    expect(statusOfIn(statusesIn(WEEKLY_NOTICE, source), 'KSh 1,300')).toBe('expected');
  });

  it('keeps the fares of a draft determination put out for comment expected', () => {
    const text = FERRY_DETERMINATION.replace(
      'Ferry Fares Determination 2036 — Summary of decisions',
      'Draft Ferry Fares Determination 2036 — for comment',
    );
    const source = notice('Draft Ferry Fares Determination 2036 — for comment', {
      date: '2035-11-03',
    });
    const read = statusesIn(text, source);
    expect(read).toContain('€96 expected');
  });

  it("keeps an options section's steps and duty expected", () => {
    const text = HEATING_OIL_NOTE.replace(
      '2. Decision in Budget 2035',
      '2. Options for Budget 2035',
    )
      .replace(
        'The Minister confirmed on 30 October that the reduction will be reversed in two steps:',
        'The reduction could be reversed in two steps:',
      )
      .replace('will stand at €0.112', 'would stand at €0.112');
    const read = statusesIn(text, HEATING_OIL_SOURCE);
    expect(read).toContain('4 expected');
    expect(read).toContain('€0.112 expected');
  });

  it("keeps a circular's grant column its own header names as proposed expected", () => {
    const text = GAS_GRANT_CIRCULAR.replace(
      '| Region | Grant per household | Households (estimate) |',
      '| Region | Grant per household (proposed) | Households |',
    );
    expect(statusesIn(text, GAS_GRANT_SOURCE)).toContain('₱2,400 expected');
  });

  it("keeps what a budget's cash aid would pay expected", () => {
    const text = WELFARE_ANNEX.replace('will pay up to', 'would pay up to');
    expect(statusesIn(text, WELFARE_SOURCE)).toContain('NZ$3,900 expected');
  });
});
