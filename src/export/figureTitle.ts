// The words that name a figure wherever it travels alone (image title, iframe title, fallback
// link, embed heading): label, value and period. Pure strings.

import type { Figure, Source } from '../model/figure.ts';
import { formatDate, formatFigureValue } from '../model/format.ts';

/** @example figureTitle(exports) // "Japan's exports to Russia, 2001 vs 2000: +40 %" */
export function figureTitle(f: Figure): string {
  const when = f.basePeriod
    ? `${f.period} vs ${f.basePeriod}`
    : (f.period ?? (f.asOf ? `as of ${formatDate(f.asOf)}` : ''));
  const status = f.status === 'expected' ? ' (expected)' : '';
  return `${f.label}${when ? `, ${when}` : ''}: ${formatFigureValue(f)}${status}`;
}

/** Fallback link text for an embed: what it shows and where it is from. */
export function figureLinkText(f: Figure, s: Source): string {
  return `${figureTitle(f)} — chart with the quoted sentence (${s.publisher}, ${formatDate(s.date)})`;
}
