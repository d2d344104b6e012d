// The one sentence that refuses a calculation over figures stated as ranges ("… is stated as a
// range, and this calculation needs one number"). Pure; apart from model/valueRange.ts so the
// pages' startup JS (which draws ranges) does not carry what only derived arithmetic says.

import type { Figure, FigureMagnitude } from './figure.ts';

/**
 * Why a calculation that needs one number cannot use these figures, or undefined when all of them
 * state a single value. Derived arithmetic and comparisons say this instead of picking an end.
 * @example rangeRefusal([{ label: 'GDP', range: { low: 1, high: 1.5 } }]) // 'GDP is stated as a range …'
 */
export function rangeRefusal(
  figures: readonly (FigureMagnitude & Pick<Figure, 'label'>)[],
): string | undefined {
  const ranged = figures.flatMap((f) => (f.range ? [{ label: f.label, range: f.range }] : []));
  if (ranged.length === 0) return undefined;
  const names = ranged.map((f) => `${f.label} (${f.range.low} to ${f.range.high})`).join(' and ');
  return `${names} ${ranged.length === 1 ? 'is' : 'are'} stated as a range, and this calculation needs one number; the source gives no single value, so none is picked.`;
}
