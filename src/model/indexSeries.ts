// Turns relative changes into an index (previous period = 100) and shares into part + derived
// rest. These are the only transformations charts apply; each says what it did. Pure.

import type { Figure } from './figure.ts';

/** @example changeToIndex(40) // 140; changeToIndex(100) // 200 */
export function changeToIndex(changePercent: number): number {
  return 100 + changePercent;
}

/** The derived remainder of a share. @example shareRemainder(30) // 70 */
export function shareRemainder(sharePercent: number): number {
  return Math.round((100 - sharePercent) * 1e9) / 1e9;
}

/** What the chart did to the stated value, in words.
 * @example describeTransform(exports) // 'increased 40% → index 140 (2000 = 100)' */
export function describeTransform(f: Figure): string {
  if (f.range) {
    const { low, high } = f.range;
    if (f.kind === 'change') {
      const base = f.basePeriod ? `${f.basePeriod} = 100` : 'previous period = 100';
      return `${f.stated.text} → index ${changeToIndex(low)} to ${changeToIndex(high)} (${base}), drawn from the low to the high end`;
    }
    if (f.kind === 'share') {
      return `${f.stated.text} → ${low} to ${high} % of the whole, drawn from the low to the high end; other shareholders not derived (100 − a range is a range)`;
    }
    return `${f.stated.text} → drawn from the low to the high end, as stated`;
  }
  if (f.kind === 'change') {
    const base = f.basePeriod ? `${f.basePeriod} = 100` : 'previous period = 100';
    return `${f.stated.text} → index ${changeToIndex(f.value ?? Number.NaN)} (${base})`;
  }
  if (f.kind === 'share') {
    return `${f.stated.text} → ${f.value} % of the whole; other shareholders ${shareRemainder(f.value ?? Number.NaN)} % (derived: 100 − ${f.value})`;
  }
  return `${f.stated.text} → drawn as stated`;
}
