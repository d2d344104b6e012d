import { describe, expect, it } from 'vitest';
import {
  chartAlt,
  chartTitle,
  figureAlt,
  figureTitle,
  generatedTitle,
  unbreakablePercents,
} from '../../src/export/figureTitle.ts';
import { aFigure } from '../support/fixtures.ts';

const NN = '\u202f';

describe('generatedTitle reads as a sentence', () => {
  it.each([
    {
      name: 'a rise',
      f: aFigure(),
      expected: `Exports rose 40${NN}% in 2001 (compared with 2000)`,
    },
    {
      name: 'a doubling',
      f: aFigure({ label: 'Investment', value: 100 }),
      expected: 'Investment doubled in 2001 (compared with 2000)',
    },
    {
      name: 'a fall',
      f: aFigure({ value: -5, basePeriod: undefined }),
      expected: `Exports fell 5${NN}% in 2001`,
    },
    {
      name: 'a share as of a date',
      f: aFigure({
        label: 'Japanese capital in Sakhalin-1',
        kind: 'share',
        value: 30,
        period: undefined,
        basePeriod: undefined,
        asOf: '2002-10-14',
      }),
      expected: `Japanese capital in Sakhalin-1 was 30${NN}% (as of 14 October 2002)`,
    },
    {
      name: 'a projection with no date',
      f: aFigure({
        label: 'Japanese investment expected in total',
        kind: 'amount',
        unit: 'USD',
        value: 8e9,
        status: 'expected',
        period: 'future (no date given)',
        basePeriod: undefined,
      }),
      expected: 'Japanese investment expected to reach US$8 billion (projection, no date given)',
    },
  ])('$name', ({ f, expected }) => {
    expect(generatedTitle(f)).toBe(expected);
    expect(figureTitle(f)).toBe(expected);
  });

  it('uses the headline a person wrote instead', () => {
    expect(figureTitle(aFigure({ headline: 'Exports jumped' }))).toBe('Exports jumped');
  });
});

describe('chart words', () => {
  const chart = {
    id: 'c',
    title: 'Growth',
    description: 'd',
    topic: 't',
    figures: ['exports-2001'],
  };
  it.each([
    { name: 'title without a headline', got: chartTitle(chart), expected: 'Growth' },
    {
      name: 'headline when written',
      got: chartTitle({ ...chart, headline: 'Exports rose' }),
      expected: 'Exports rose',
    },
    {
      name: 'generated alt lists every value',
      got: chartAlt(chart, [aFigure()]),
      expected: `Bar chart. Growth: Exports +40${NN}%.`,
    },
    {
      name: 'written alt',
      got: chartAlt({ ...chart, alt: 'Two bars' }, [aFigure()]),
      expected: 'Two bars',
    },
    {
      name: 'figure alt',
      got: figureAlt(aFigure()),
      expected: `Bar chart. Exports rose 40${NN}% in 2001 (compared with 2000).`,
    },
  ])('$name', ({ got, expected }) => expect(got).toBe(expected));
});

describe('a written headline keeps each number with its "%"', () => {
  it('joins "40 %" with a narrow no-break space, wherever the headline is used', () => {
    const headline = "Japan's exports to Russia rose 40 % and investment 100\t% in 2001";
    const expected = `Japan's exports to Russia rose 40${NN}% and investment 100${NN}% in 2001`;
    expect(figureTitle(aFigure({ headline }))).toBe(expected);
    expect(chartTitle({ title: 'Growth', headline })).toBe(expected);
    expect(chartTitle({ title: 'Up 12 % in 2001' })).toBe(`Up 12${NN}% in 2001`);
  });

  it('leaves every other space alone', () => {
    for (const text of [
      '40% of exports',
      'rose 40  % (two spaces)',
      'share % of 30',
      'up 40 per cent',
    ]) {
      expect(unbreakablePercents(text)).toBe(text);
    }
  });
});
