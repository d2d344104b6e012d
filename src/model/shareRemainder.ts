// A share's derived rest (100 − share), when a level in percent has none, and whether a chart
// group draws rests at all: the only arithmetic the share and range charts do on a stated share,
// and the one decision the charts and their words share. Pure and small, since both pages' startup
// chunk carries it (the words that say what a chart did are model/indexSeries.ts, loaded on demand).

import type { Figure } from './figure.ts';
import { isPointFigure } from './valueRange.ts';

/** The derived remainder of a share. @example shareRemainder(30) // 70 */
export function shareRemainder(sharePercent: number): number {
  return Math.round((100 - sharePercent) * 1e9) / 1e9;
}

/**
 * A level in percent that is no part of a whole, so no rest (100 − share) is derived from it: a
 * rate below zero ("the deposit rate at -0.5%") or a ratio or rate above 100 ("255 percent of GDP",
 * "the policy rate at 118%", valid only when its quote names what it is a ratio to or the rate:
 * data/validate.ts checks that at build time, so the charts read the value alone and
 * src/model/ratioDenominator.ts and rateOfInterest.ts stay out of the pages' startup).
 * @example outsideWhole(-0.5) // true; outsideWhole(255) // true; outsideWhole(45) // false
 */
export function outsideWhole(value: number): boolean {
  return value < 0 || value > 100;
}

/**
 * Whether the chart of a group draws each share's derived rest: only when every figure is a share
 * stated as one number within 0–100. One range, rate below zero or ratio above 100 makes the chart
 * a chart of levels, with a rest for none, so a part of a whole beside them has none drawn either.
 * charts/builderKind.ts picks the builder by it and model/indexSeries.ts words each share by it,
 * so the text says "derived: 100 − share" exactly where the chart draws that rest.
 * @example drawsRests([s1, s2]) // true (Sakhalin 30 % and 45 %: two 100 % bars)
 * @example drawsRests([debt, foreignHeld]) // false (131.5 % of GDP beside 38 %: levels, no rests)
 */
export function drawsRests(group: readonly Figure[]): boolean {
  return group.every((f) => f.kind === 'share' && isPointFigure(f) && !outsideWhole(f.value));
}
