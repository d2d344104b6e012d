// Held sentences of the v261 class (test/fixtures/prose/README.md, "The calls": the levels a made
// award, an adopted order or an ordained ordinance sets are that decision, actual, though their
// date of effect is still to come; so is the bound a made instrument's permission or prohibition
// sets, "may exceed 8.0 percent", "may pass through up to 50 percent"), seen in ho310's arbitration
// award and police salaries circular and ho309's rent board order and ordinance. Written in voices
// other than the sets' pay and rent texts: a dockworkers' award, a pension tribunal's
// determination, a water board's order, a port ordinance and a farm levy regulation. Near-misses
// keep their reading: a draft award, a condition in a made order, a permission with no bound, a
// party's ask within an award, a report that tells of an award.

import { describe, expect, it } from 'vitest';
import { notice, statusesIn } from './readingOf.ts';

const DOCK_AWARD = [
  'DOCKWORKERS ARBITRATION AWARD',
  'Between: Port Selwyn Stevedoring Ltd and the Waterside Workers Union',
  'Issued at Port Selwyn, 3 March 2034',
  '',
  '1. The Union claimed 7% a year; the Company offered 2%.',
  '',
  '2. Hourly rates from 1 July 2034 shall be as follows:',
  '',
  '| Grade | Day shift | Night shift |',
  '|---|---|---|',
  '| Crane operator | $48.20 | $55.10 |',
  '| Lasher | $36.75 | $42.30 |',
].join('\n');

const PENSION_DETERMINATION = [
  'PUBLIC PENSIONS TRIBUNAL',
  'DETERMINATION No. 9 OF 2035',
  'This Determination takes effect on 1 July 2035.',
  '',
  '1. The annual pensions of the following grades shall be:',
  '',
  '| Grade | Old pension | New pension | Increase (%) |',
  '|---|---|---|---|',
  '| Clerk | €18,400 | €19,320 | 5.0 |',
  '| Inspector | €26,100 | €27,144 | 4.0 |',
].join('\n');

const WATER_ORDER = [
  'VALLEY WATER RATES BOARD',
  'Order Number 12',
  'Adopted May 12, 2035',
  '',
  'Under section 40 of the Water Services Law, the Board hereby adopts the following water rates for the year beginning 1 October 2035.',
  '',
  '1. Together with such further charges as may be authorized by law, the volumetric rates shall be:',
  '(a) for residential customers: $3.10 per kilolitre;',
  '(b) for commercial customers: $4.45 per kilolitre.',
  '',
  '2. A customer whose meter is read late may be billed up to a further $12 a quarter.',
].join('\n');

const PORT_ORDINANCE = [
  'ORDINANCE NO. 2036-3',
  '',
  'THE HARBOUR COMMISSION OF THE CITY OF KESTREL BAY DOES ORDAIN AS FOLLOWS:',
  '',
  'SECTION 1. Mooring fees.',
  '(a) No mooring fee increase in any year may exceed 6.0 percent.',
  '(b) A marina operator may recover up to 40 percent of the cost of a new berth from the berth holder.',
  '(c) The Commission may raise the day mooring fee to $15 in 2037.',
].join('\n');

const FARM_REGULATIONS = [
  'The Minister of Agriculture makes the following Regulations-',
  '',
  '1. A late filing charge not exceeding 2 per cent of the levy due or $40, whichever is greater, may be imposed.',
  '',
  'Made on the 4th March, 2033.',
].join('\n');

const DRAFT_AWARD = [
  'DRAFT ARBITRATION AWARD',
  'Issued at Port Selwyn, 3 March 2034',
  '',
  '2. Hourly rates from 1 July 2034 shall be as follows:',
  '',
  '| Grade | Day shift | Night shift |',
  '|---|---|---|',
  '| Crane operator | $48.20 | $55.10 |',
].join('\n');

const DOCK_SOURCE = notice('Dockworkers arbitration award', { date: '2034-03-03' });

describe('made decisions: awards, adopted orders and ordinances set their levels (v261)', () => {
  it("reads an award's grid under a 'shall be as follows:' lead-in as the award's levels", () => {
    const read = statusesIn(DOCK_AWARD, DOCK_SOURCE);
    expect(read).toContain('$48.20 actual');
    expect(read).toContain('$55.10 actual');
    expect(read).toContain('$36.75 actual');
    expect(read).toContain('$42.30 actual');
  });

  it("reads a made determination's bare percent column under its 'shall be:' lead-in", () => {
    const read = statusesIn(
      PENSION_DETERMINATION,
      notice('Pension determination', { date: '2035-05-02' }),
    );
    expect(read).toContain('5.0 actual');
    expect(read).toContain('4.0 actual');
    expect(read).toContain('€19,320 actual');
  });

  it("reads an order a board 'hereby adopts' under its dated adoption line", () => {
    const read = statusesIn(WATER_ORDER, notice('Water rates order', { date: '2035-05-13' }));
    expect(read).toContain('$3.10 actual');
    expect(read).toContain('$4.45 actual');
    expect(read).toContain('$12 actual');
  });

  it("reads the bound an ordinance's permission or prohibition sets", () => {
    const read = statusesIn(
      PORT_ORDINANCE,
      notice('Mooring fees ordinance', { date: '2036-02-10' }),
    );
    expect(read).toContain('6.0 percent actual');
    expect(read.some((r) => r.startsWith('40 percent') && r.endsWith(' actual'))).toBe(true);
  });

  it('reads the second of two bounds a made regulation sets', () => {
    const read = statusesIn(
      FARM_REGULATIONS,
      notice('Farm levy regulations', { date: '2033-03-04' }),
    );
    expect(read).toContain('$40 actual');
  });
});

describe("a body's decision that a level should be set, and a number before its 'shall' (v261)", () => {
  it("reads a level a board decided 'should be raised'", () => {
    const read = statusesIn(
      'Lakeside Water Board\n\nAt its meeting on 3 June 2035 the Board decided that, from 1 October 2035, the bulk supply tariff should be raised by 4.8%, and the connection fee by 2.5%.',
      notice('Board decisions', { date: '2035-06-10' }),
    );
    expect(read.find((r) => r.includes('4.8%'))).toMatch(/ actual$/);
    expect(read.find((r) => r.includes('2.5%'))).toMatch(/ actual$/);
  });

  it("reads a made resolution's number before its 'shall continue to be paid'", () => {
    const read = statusesIn(
      'HARBOUR PILOTS BARGAINING CHAMBER\nRESOLUTION 4 OF 2036\n\n3. ALLOWANCES\n3.1 A night pilotage allowance of 12% shall continue to be paid on all night movements.',
      notice('Resolution 4 of 2036', { date: '2036-03-01' }),
    );
    expect(read.find((r) => r.startsWith('12%'))).toMatch(/ actual$/);
  });
});

describe('near-misses keep their reading (v261)', () => {
  it('keeps a decision that a level should be reviewed if costs rise as it was', () => {
    const read = statusesIn(
      'Lakeside Water Board\n\nThe Board decided that the bulk supply tariff should be raised by 4.8% if energy costs rise again.',
      notice('Board decisions', { date: '2035-06-10' }),
    );
    expect(read.find((r) => r.includes('4.8%'))).toMatch(/ expected$/);
  });

  it("keeps a draft award's grid expected", () => {
    const read = statusesIn(DRAFT_AWARD, DOCK_SOURCE);
    expect(read).toContain('$48.20 expected');
    expect(read).toContain('$55.10 expected');
  });

  it("keeps a party's claim and offer in an award as they were", () => {
    const read = statusesIn(DOCK_AWARD, DOCK_SOURCE);
    expect(read.filter((r) => r.startsWith('7%') || r.startsWith('2%'))).toEqual(
      statusesIn(DOCK_AWARD.replace('ARBITRATION AWARD', 'ARBITRATION REPORT'), DOCK_SOURCE).filter(
        (r) => r.startsWith('7%') || r.startsWith('2%'),
      ),
    );
  });

  it('keeps a power still to be used, with no bound, as it was', () => {
    const read = statusesIn(
      PORT_ORDINANCE,
      notice('Mooring fees ordinance', { date: '2036-02-10' }),
    );
    expect(read).toContain('$15 expected');
  });

  it("keeps a report's account of an award's rates expected", () => {
    const read = statusesIn(
      'Harbour Workers Bulletin\n\nThe arbitration board is expected to award hourly rates of $48.20 from 1 July 2034.',
      DOCK_SOURCE,
    );
    expect(read).toContain('$48.20 expected');
  });

  it('keeps a condition in an adopted order as it was', () => {
    const text = WATER_ORDER.replace(
      '2. A customer whose meter is read late may be billed up to a further $12 a quarter.',
      '2. If reservoir storage falls below 40%, the rates shall rise by $0.50 per kilolitre.',
    );
    const read = statusesIn(text, notice('Water rates order', { date: '2035-05-13' }));
    expect(read.find((r) => r.startsWith('$0.50'))).toMatch(/ expected$/);
  });
});
