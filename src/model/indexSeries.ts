// Says what a chart did to each stated value: changes drawn as bars from 0 % (a stated range as a
// bar from its low to its high end), shares as part + derived rest (100 − share), a rate below
// zero left of 0 and a ratio above 100 as a level, with no rest. These are the only
// transformations charts apply. Pure.

import type { Figure } from './figure.ts';
import { formatPercent, formatPoints } from './format.ts';
import { shareRemainder } from './shareRemainder.ts';

/** What the chart did to the stated value, in words.
 * @example describeTransform(exports) // 'increased 40% → +40 % from 2000, a bar from 0'
 * @example describeTransform(depositRate) // '-0.5% → -0.5 %, below 0; no rest derived'
 * @example describeTransform(debt) // '255 percent of GDP → 255 %, above 100: a ratio, no rest derived' */
export function describeTransform(f: Figure): string {
  if (f.range) {
    const { low, high } = f.range;
    if (f.kind === 'change') {
      const base = f.basePeriod ?? 'the previous period';
      return `${f.stated.text} → ${formatPercent(low, true)} to ${formatPercent(high, true)} from ${base}, drawn from the low to the high end`;
    }
    if (f.kind === 'share' && high > 100) {
      return `${f.stated.text} → ${low} to ${high} %, above 100: a ratio, no rest derived; drawn from the low to the high end`;
    }
    if (f.kind === 'share') {
      return `${f.stated.text} → ${low} to ${high} % of the whole, drawn from the low to the high end; other shareholders not derived (100 − a range is a range)`;
    }
    return `${f.stated.text} → drawn from the low to the high end, as stated`;
  }
  if (f.kind === 'change') {
    const base = f.basePeriod ?? 'the previous period';
    if (f.unit === 'percentage-points') {
      return `${f.stated.text} → ${formatPoints(f.value ?? Number.NaN)} from ${base}, a bar from 0 in percentage points (not a relative change)`;
    }
    return `${f.stated.text} → ${formatPercent(f.value ?? Number.NaN, true)} from ${base}, a bar from 0`;
  }
  if (f.kind === 'share') {
    // A rate's level below zero and a ratio above 100 are no part of a whole: no derived rest.
    const v = f.value ?? Number.NaN;
    const level =
      v < 0
        ? ', below 0; no rest derived'
        : v > 100
          ? ', above 100: a ratio, no rest derived'
          : ` of the whole; other shareholders ${shareRemainder(v)} % (derived: 100 − ${f.value})`;
    return `${f.stated.text} → ${f.value} %${level}`;
  }
  return `${f.stated.text} → drawn as stated`;
}
