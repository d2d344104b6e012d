// Says what a chart did to each stated value: changes drawn as bars from 0 %, shares as part +
// derived rest (100 − share). These are the only transformations charts apply. Pure.

import type { Figure } from './figure.ts';
import { formatPercent } from './format.ts';

/** The derived remainder of a share. @example shareRemainder(30) // 70 */
export function shareRemainder(sharePercent: number): number {
  return Math.round((100 - sharePercent) * 1e9) / 1e9;
}

/** What the chart did to the stated value, in words.
 * @example describeTransform(exports) // 'increased 40% → +40 % from 2000, a bar from 0' */
export function describeTransform(f: Figure): string {
  if (f.kind === 'change') {
    const base = f.basePeriod ?? 'the previous period';
    return `${f.stated.text} → ${formatPercent(f.value, true)} from ${base}, a bar from 0`;
  }
  if (f.kind === 'share') {
    return `${f.stated.text} → ${f.value} % of the whole; other shareholders ${shareRemainder(f.value)} % (derived: 100 − ${f.value})`;
  }
  return `${f.stated.text} → drawn as stated`;
}
