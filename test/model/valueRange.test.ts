// A figure's magnitude read one way whether it states a value or a range.
import { describe, expect, it } from 'vitest';
import {
  figureEnds,
  isPointFigure,
  isRangeFigure,
  magnitudeOf,
} from '../../src/model/valueRange.ts';
import type { Figure } from '../../src/model/figure.ts';

const base = {
  id: 'x',
  label: 'GDP',
  topic: 'economy',
  kind: 'change',
  unit: 'percent',
  status: 'expected',
  speaker: 'A',
  stated: { text: '1% to 1.5%', start: 0, end: 10 },
  quote: { sourceId: 's', exact: '1% to 1.5%', prefix: '', suffix: '', start: 0, end: 10 },
  notes: [],
  chart: 'c',
} satisfies Partial<Figure>;
const ranged: Figure = { ...base, range: { low: 1, high: 1.5 } };
const single: Figure = { ...base, label: 'Exports', value: 40 };

describe('valueRange', () => {
  it.each([
    { f: ranged, ends: { low: 1, high: 1.5 }, isRange: true, isPoint: false },
    { f: single, ends: { low: 40, high: 40 }, isRange: false, isPoint: true },
  ])('$f.label: ends, range or point', ({ f, ends, isRange, isPoint }) => {
    expect(figureEnds(f)).toEqual(ends);
    expect(isRangeFigure(f)).toBe(isRange);
    expect(isPointFigure(f)).toBe(isPoint);
  });

  it('magnitudeOf copies exactly one of value and range', () => {
    expect(magnitudeOf(ranged)).toEqual({ range: { low: 1, high: 1.5 } });
    expect(magnitudeOf(single)).toEqual({ value: 40 });
  });
});
