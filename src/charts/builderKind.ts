// Which config builder draws a set of figures of one kind: the choice buildChart makes, on its own
// so the embed can load just that builder on demand. Imports no builder and no Chart.js.

import type { Figure } from '../model/figure.ts';
import { isPointFigure } from '../model/valueRange.ts';
import { drawsRests } from '../model/shareRemainder.ts';

export type BuilderKind = 'range' | 'change' | 'share' | 'amount';

/**
 * @example builderKind([exports, fdi]) // 'change'
 * @example builderKind([depositRate]) // 'range' (a share below zero: no whole, no derived rest)
 * @example builderKind([debtRatio]) // 'range' (a ratio above 100: no whole, no derived rest)
 * @example builderKind([debtRatio, foreignHeld]) // 'range' (38 % beside it: levels, no rest for any)
 * @throws Error when the figures mix kinds or units (validation prevents this for data/ charts).
 */
export function builderKind(figures: readonly Figure[]): BuilderKind {
  const first = figures[0];
  if (!first) throw new Error('buildChart needs at least one figure');
  const mixed = figures.find((f) => f.kind !== first.kind || f.unit !== first.unit);
  if (mixed) {
    throw new Error(
      `Cannot draw "${first.id}" (${first.kind}, ${first.unit}) and "${mixed.id}" (${mixed.kind}, ${mixed.unit}) on one axis; draw them as separate charts`,
    );
  }
  // A group with a range has its own builder; the others only ever see single values. A group of
  // shares is stacked in 100 % bars only when it draws rests (shareRemainder.ts's drawsRests, which
  // the words about each share read too): a rate's level below zero ("the deposit rate at -0.5%")
  // or a ratio or rate above 100 ("255 percent of GDP") is no part of a whole, so the range
  // builder draws the group as levels (left of 0, or on an axis past its value), no derived rest.
  if (!figures.every(isPointFigure)) return 'range';
  if (first.kind === 'share') return drawsRests(figures) ? 'share' : 'range';
  if (first.kind === 'change') return 'change';
  return 'amount';
}
