// The refusal that calculations needing one number give instead of picking a range's end.
import { describe, expect, it } from 'vitest';
import { rangeRefusal } from '../../src/model/rangeRefusal.ts';

const ranged = { label: 'GDP', range: { low: 1, high: 1.5 } };
const single = { label: 'Exports', value: 40 };

describe('rangeRefusal', () => {
  it.each([
    { figures: [single], out: undefined },
    {
      figures: [ranged, single],
      out: 'GDP (1 to 1.5) is stated as a range, and this calculation needs one number; the source gives no single value, so none is picked.',
    },
    {
      figures: [ranged, { ...ranged, label: 'CPI' }],
      out: 'GDP (1 to 1.5) and CPI (1 to 1.5) are stated as a range, and this calculation needs one number; the source gives no single value, so none is picked.',
    },
  ])('$figures.length figures → $out', ({ figures, out }) => {
    expect(rangeRefusal(figures)).toBe(out);
  });
});
