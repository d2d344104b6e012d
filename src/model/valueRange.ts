// Reads a figure's magnitude whether it states one number (`value`) or two ends (`range`), so
// code that needs a number asks here instead of reading `value`. Pure; no I/O, no Svelte.

import type { Figure, FigureMagnitude, PointFigure, ValueRange } from './figure.ts';

/** True when the figure states a range. @example isRangeFigure({ range: { low: 1, high: 1.5 } }) // true */
export function isRangeFigure<F extends FigureMagnitude>(f: F): f is F & { range: ValueRange } {
  return f.range !== undefined;
}

/** True when the figure states one number. @example isPointFigure({ value: 40 }) // true */
export function isPointFigure(f: Figure): f is PointFigure {
  return f.range === undefined && typeof f.value === 'number';
}

/**
 * Both ends of the figure; a single value is a range of width zero.
 * @example figureEnds({ value: 40 }) // { low: 40, high: 40 }
 * @example figureEnds({ range: { low: 1, high: 1.5 } }) // { low: 1, high: 1.5 }
 */
export function figureEnds(f: FigureMagnitude): ValueRange {
  if (f.range) return { low: f.range.low, high: f.range.high };
  // Validation guarantees one of the two; NaN keeps a broken figure visible instead of a 0.
  const v = f.value ?? Number.NaN;
  return { low: v, high: v };
}

/**
 * Just the magnitude, to copy into a new figure object without losing which one it states.
 * @example { ...magnitudeOf({ value: 40, range: undefined }) } // { value: 40 }
 */
export function magnitudeOf(f: FigureMagnitude): FigureMagnitude {
  return f.range ? { range: { low: f.range.low, high: f.range.high } } : { value: f.value };
}
