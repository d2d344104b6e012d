// Splits a quote into the text before, the value's own words, and after, in code points, so the
// quote panel can emphasise the stated words without any HTML string building. Pure.

import type { Figure } from './figure.ts';
import { sliceCodePoints, toCodePoints } from './codePoints.ts';

export interface QuoteParts {
  before: string;
  stated: string;
  after: string;
}

/**
 * @example quoteParts(exports) // { before: "Japan's exports to Russia in 2001 ", stated: 'increased 40%', after: ' over the previous year, …' }
 */
export function quoteParts(f: Pick<Figure, 'quote' | 'stated'>): QuoteParts {
  const points = toCodePoints(f.quote.exact);
  const s = f.stated.start - f.quote.start;
  const e = f.stated.end - f.quote.start;
  if (s < 0 || e > points.length || s >= e) return { before: f.quote.exact, stated: '', after: '' };
  return {
    before: sliceCodePoints(points, 0, s),
    stated: sliceCodePoints(points, s, e),
    after: sliceCodePoints(points, e, points.length),
  };
}
