import { describe, expect, it } from 'vitest';
import { forecastRelativeAfter } from '../../../src/authoring/extract/relativeForecast.ts';

describe('forecastRelativeAfter', () => {
  it.each([
    [' we expect to spend in the current period.', '£4.33 billion'],
    [' the board now expects to invest.', '$640 million'],
    [' the Treasury plans to borrow in 2035.', 'R48 billion'],
    [' the Bank forecasts for 2035.', '2.9%'],
    [' a year the ministry intends to spend.', '$12 million'],
  ])('reads %j after %s as its own forecast', (after, stated) => {
    expect(forecastRelativeAfter(after, stated)).toBe(true);
  });

  it.each([
    [' the board invested in 2032.', '$640 million'],
    [', and we expect to spend less.', '$820 million'],
    [" the Authority's budget for the period.", '2.3 percent above'],
    [' its projects cost.', '$200 million'],
    [' the forecast we published.', '12% more than'],
    [' that they plan to hire.', '45.1% of the survey responded'],
  ])('reads %j after %s as no forecast of it', (after, stated) => {
    expect(forecastRelativeAfter(after, stated)).toBe(false);
  });
});
