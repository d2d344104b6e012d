// A share's derived rest (100 − share) and when a level in percent has none: the only arithmetic
// the share and range charts do on a stated share. Pure and small, since both pages' startup
// chunk carries it (the words that say what a chart did are model/indexSeries.ts, loaded on demand).

/** The derived remainder of a share. @example shareRemainder(30) // 70 */
export function shareRemainder(sharePercent: number): number {
  return Math.round((100 - sharePercent) * 1e9) / 1e9;
}

/**
 * A level in percent that is no part of a whole, so no rest (100 − share) is derived from it: a
 * rate below zero ("the deposit rate at -0.5%") or a ratio above 100 ("255 percent of GDP", valid
 * only when its quote names what it is a ratio to: data/validate.ts checks that at build time, so
 * the charts read the value alone and src/model/ratioDenominator.ts stays out of the pages' startup).
 * @example outsideWhole(-0.5) // true; outsideWhole(255) // true; outsideWhole(45) // false
 */
export function outsideWhole(value: number): boolean {
  return value < 0 || value > 100;
}
