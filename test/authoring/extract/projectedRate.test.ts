import { describe, expect, it } from 'vitest';
import { projectedRate } from '../../../src/authoring/extract/projectedRate.ts';

describe('projectedRate', () => {
  it('reads a rate a projection finds, named as the subject of a present verb', () => {
    expect(projectedRate('The steady-state contribution rate is ')).toBe(true);
    expect(
      projectedRate('The minimum contribution rate (MCR) required to sustain the base CPP is '),
    ).toBe(true);
    expect(projectedRate('The pay-as-you-go cost rate rises to 9.8 per cent in 2060 and ')).toBe(
      true,
    );
    expect(projectedRate('The level contribution rate needed to fund benefits is ')).toBe(true);
  });
  it('leaves the legislated or current rate and a rate told in the past', () => {
    expect(projectedRate('The legislated contribution rate is ')).toBe(false);
    expect(projectedRate('The current pay-as-you-go cost rate is ')).toBe(false);
    expect(projectedRate('The pay-as-you-go cost rate was ')).toBe(false);
    expect(projectedRate('The required reserve ratio is ')).toBe(false);
  });
});
