// Tests for src/authoring/extract/announcedLevel.ts (v196): levels a body announces ahead, found in
// the opened set ho270 ("Written Ministerial Statement: Benefits and Pensions Uprating 2034-35" ⏎
// "The new rates will come into effect from 13 April 2034", "Canada Pension Plan and Old Age
// Security benefit amounts for January to March 2035", "The 2.6 percent cost-of-living adjustment
// (COLA) will begin with benefits payable … in January 2035"), held here in other voices. A
// headline that names the uprating of benefits with its year, or the benefit amounts for a period,
// and an opening sentence that says when the new rates take effect, announce the body's decision
// as the v185 headline does; a change the number heads as the subject of "will begin" or "takes
// effect" is set (README, Status: a level announced with its date of effect, v196). A hedged
// opening, a headline with no year, an outcome and a cost keep their reading.

import { describe, expect, it } from 'vitest';
import { announcedLevelChange } from '../../../src/authoring/extract/announcedLevel.ts';
import { notice, statusesIn } from './readingOf.ts';

/** Each figure's stated words and status, in the order found. */
const statuses = (title: string, text: string) =>
  statusesIn(
    text,
    notice(title, {
      date: '2034-10-02',
      publisher: 'Arland Ministry',
      url: 'https://example.org/release',
    }),
  );

describe('a level announced ahead by its headline or opening', () => {
  it.each([
    // A minister's statement whose opening gives the date the new rates take effect.
    [
      'Statement on family allowances',
      'Statement on family allowances\n\nMade on 2 October 2034 by the Minister for Families\n\nI have completed the annual review of family allowances. The new rates will take effect on 6 April 2035.\n\nThe full rate of the basic pension will rise by 3.1 per cent, from £225.60 to £232.59 a week.\n',
      ['rise by 3.1 per cent actual', '£225.60 actual', '£232.59 actual'],
    ],
    // A pension board's notice whose opening says when the revised amounts apply.
    [
      'Notice to members',
      'Arland Civil Service Pension Board\nNotice to members | 2 October 2034\n\nThe revised pension rates apply from 1 January 2035. Pensions in payment will therefore rise by 2.2 per cent.\n',
      ['rise by 2.2 per cent actual'],
    ],
    // A headline that names the uprating of benefits with its year.
    [
      'Benefit and Pension Uprating 2035-36',
      'Benefit and Pension Uprating 2035-36\n\nArland Department for Social Security, 2 October 2034\n\nThe full rate of the basic pension will therefore increase by 2.9 per cent, from £192.60 to £198.20 a week.\n',
      ['increase by 2.9 per cent actual', '£192.60 actual', '£198.20 actual'],
    ],
    // A headline that names the benefit amounts for a period to come.
    [
      'Veterans benefit rates for April to June 2035',
      'Arland Veterans Office\nNews release | 2 October 2034\n\nVeterans benefit rates for April to June 2035\n\nThe war disability supplement will be $412.50 a month, up from $405.10.\n',
      ['$412.50 actual', '$405.10 actual'],
    ],
    // A change the number heads as the subject of a verb of taking effect.
    [
      'Arland Pension Agency announces 1.9 percent pension increase for 2035',
      'Arland Pension Agency announces 1.9 percent pension increase for 2035\n\nThe 1.9 percent pension adjustment will take effect with payments due in January 2035.\n',
      ['1.9 percent pension increase actual', '1.9 percent actual'],
    ],
  ])('%s', (title, text, want) => {
    expect(statuses(title, text)).toEqual(want);
  });
});

describe('near misses that keep their reading', () => {
  it('keeps a hedged opening expected', () => {
    expect(
      statuses(
        'Statement on family allowances',
        'Statement on family allowances\n\nThe new rates are expected to take effect on 6 April 2035.\n\nThe child allowance could rise by 3.1 per cent.\n',
      ),
    ).toEqual(['rise by 3.1 per cent expected']);
  });

  it('keeps a cost under an uprating headline expected', () => {
    expect(
      statuses(
        'Benefit and Pension Uprating 2035-36',
        'Benefit and Pension Uprating 2035-36\n\nThe uprating will cost £4.1 billion in 2035-36.\n',
      ),
    ).toEqual(['£4.1 billion expected']);
  });

  it('announces nothing with no year or date of effect', () => {
    expect(announcedLevelChange({ title: 'Benefit uprating explained', top: '' })).toBeUndefined();
    expect(announcedLevelChange({ title: 'Pension spending for 2035', top: '' })).toBeUndefined();
    expect(
      announcedLevelChange({
        title: 'Notice',
        top: 'Notice\n\nThe new rates could take effect on 6 April 2035, if Parliament agrees.',
      }),
    ).toBeUndefined();
  });

  it('keeps a plan to raise levels open, though a scheme named a plan announces', () => {
    expect(
      announcedLevelChange({ title: 'Minister Plans Pension Rise From April 2035', top: '' }),
    ).toBeUndefined();
    expect(
      announcedLevelChange({
        title: 'Service Pension Plan benefit amounts for April to June 2035',
        top: '',
      }),
    ).toEqual([2035]);
  });

  it('reads the years of an opening that dates the new rates', () => {
    expect(
      announcedLevelChange({
        title: 'Statement',
        top: 'Statement\n\nThe new rates will come into effect from 13 April 2034.',
      }),
    ).toEqual([2034]);
  });
});
