// Says what a chart did to each stated value: changes drawn as bars from 0 % (a stated range as a
// bar from its low to its high end), shares as part + derived rest (100 − share) when their chart
// draws rests, a rate below zero left of 0 and a ratio or rate above 100 as a level, no rest. These
// are the only transformations charts apply. Pure; it reads the chart group, never draws it.

import type { Figure } from './figure.ts';
import { formatPercent, formatPoints } from './format.ts';
import { aboveWholeWord } from './rateOfInterest.ts';
import { drawsRests, shareRemainder } from './shareRemainder.ts';
import { figureEnds, isRangeFigure } from './valueRange.ts';

/** What the chart of `group` (the figures drawn with `f`, `f` among them) did to the stated value,
 * in words: a share's derived rest is named only when that chart draws it (drawsRests).
 * @example describeTransform(exports, [exports, fdi]) // 'increased 40% → +40 % from 2000, a bar from 0'
 * @example describeTransform(s1, [s1, s2]) // '30% of Sakhalin 1 → 30 % of the whole; other shareholders 70 % (derived: 100 − 30)'
 * @example describeTransform(foreignHeld, [debt, foreignHeld]) // '38 percent of the total → 38 % of the whole, a bar from 0; no rest drawn, as the chart also holds a ratio above 100'
 * @example describeTransform(depositRate, [depositRate]) // '-0.5% → -0.5 %, below 0; no rest derived'
 * @example describeTransform(debt, [debt]) // '255 percent of GDP → 255 %, above 100: a ratio, no rest derived'
 * @example describeTransform(policyRate, [policyRate]) // '118% → 118 %, above 100: a rate, no rest derived' */
export function describeTransform(f: Figure, group: readonly Figure[]): string {
  if (f.range) {
    const { low, high } = f.range;
    if (f.kind === 'change') {
      const base = f.basePeriod ?? 'the previous period';
      return `${f.stated.text} → ${formatPercent(low, true)} to ${formatPercent(high, true)} from ${base}, drawn from the low to the high end`;
    }
    if (f.kind === 'share' && high > 100) {
      return `${f.stated.text} → ${low} to ${high} %, above 100: a ${aboveWholeWord(f)}, no rest derived; drawn from the low to the high end`;
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
    // A rate's level below zero and a ratio or a rate above 100 are no part of a whole: no rest.
    const v = f.value ?? Number.NaN;
    const level =
      v < 0
        ? ', below 0; no rest derived'
        : v > 100
          ? `, above 100: a ${aboveWholeWord(f)}, no rest derived`
          : drawsRests(group)
            ? ` of the whole; other shareholders ${shareRemainder(v)} % (derived: 100 − ${f.value})`
            : ` of the whole, a bar from 0; no rest drawn, as the chart also holds ${levelsBeside(group)}`;
    return `${f.stated.text} → ${f.value} %${level}`;
  }
  return `${f.stated.text} → drawn as stated`;
}

/** Why a part of a whole has no rest drawn: the levels its chart also holds, ratios first, then
 * rates above 100 (a rate of interest its quote names).
 * @example levelsBeside([debt, reserves, depositRate, foreignHeld]) // 'ratios above 100 and a rate below 0' */
function levelsBeside(group: readonly Figure[]): string {
  const said = (test: (f: Figure) => boolean, one: string, many: string) => {
    const n = group.filter((f) => f.kind === 'share' && test(f)).length;
    return n === 0 ? [] : [n === 1 ? one : many];
  };
  return [
    ...said(
      (f) => figureEnds(f).high > 100 && aboveWholeWord(f) === 'ratio',
      'a ratio above 100',
      'ratios above 100',
    ),
    ...said(
      (f) => figureEnds(f).high > 100 && aboveWholeWord(f) === 'rate',
      'a rate above 100',
      'rates above 100',
    ),
    ...said((f) => figureEnds(f).low < 0, 'a rate below 0', 'rates below 0'),
    ...said(isRangeFigure, 'a stated range', 'stated ranges'),
  ].join(' and ');
}
