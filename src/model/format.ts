// Formats figure values for people: "+40 %", "30 %", "US$1 billion". Uses Intl;
// pure and locale-stable (en). Nothing here knows about charts or Svelte.

import type { Figure, Unit } from './figure.ts';

const NNBSP = '\u202f'; // narrow no-break space between a number and "%"

const plain = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const signed = new Intl.NumberFormat('en', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
const compact = new Intl.NumberFormat('en', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 1,
});

const CURRENCY_PREFIX: Partial<Record<Unit, string>> = { USD: 'US$', JPY: '¥', EUR: '€', RUB: '₽' };

/** @example formatPercent(40, true) // '+40 %' (narrow no-break space) */
export function formatPercent(value: number, withSign = false): string {
  return `${(withSign ? signed : plain).format(value)}${NNBSP}%`;
}

/** @example formatAmount(1e9, 'USD') // 'US$1 billion' */
export function formatAmount(value: number, unit: Unit): string {
  const prefix = CURRENCY_PREFIX[unit] ?? `${unit} `;
  return `${prefix}${compact.format(value)}`;
}

/** Short axis-tick form. @example formatAmountTick(8e9, 'USD') // 'US$8B' */
export function formatAmountTick(value: number, unit: Unit): string {
  const short = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
  return `${CURRENCY_PREFIX[unit] ?? `${unit} `}${short.format(value)}`;
}

/**
 * The value as a person would say it.
 * @example formatFigureValue({ kind: 'change', value: 40, … }) // '+40 %'
 * @example formatFigureValue({ kind: 'amount', value: 8e9, unit: 'USD', … }) // 'US$8 billion'
 */
export function formatFigureValue(f: Pick<Figure, 'kind' | 'value' | 'unit'>): string {
  if (f.kind === 'change') return formatPercent(f.value, true);
  if (f.kind === 'share') return formatPercent(f.value);
  return formatAmount(f.value, f.unit);
}

// Built once: a formatter per call costs ~0.2 ms, which adds up over a thousand sources.
const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** @example formatDate('2002-10-14') // '14 October 2002' */
export function formatDate(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat.format(d);
}
