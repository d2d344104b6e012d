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
  if (f.kind === 'change') {
    const base = f.basePeriod ? `${f.basePeriod} = 100` : 'previous period = 100';
    return `${f.stated.text} → index ${changeToIndex(f.value)} (${base})`;
  }
  if (f.kind === 'share') {
    return `${f.stated.text} → ${f.value} % of the whole; other shareholders ${shareRemainder(f.value)} % (derived: 100 − ${f.value})`;
  }
  return `${f.stated.text} → drawn as stated`;
}
