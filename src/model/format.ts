// Formats figure values for people: "+40 %", "30 %", "US$1 billion". Uses Intl;
// pure and locale-stable (en). Nothing here knows about charts or Svelte.

import type { Figure, Unit, ValueRange } from './figure.ts';

const NNBSP = '\u202f'; // narrow no-break space between a number and "%"

/**
 * Intl writes a hyphen-minus; people read the minus sign (U+2212), as the arithmetic lines print it.
 * @example minus('-11.1') // '−11.1'
 */
export const minus = (text: string): string => text.replace(/-/g, '\u2212');

/**
 * A formatter built on its first use, then kept: building one costs ~0.2 ms (the first of a page,
 * ICU's set-up, far more), and at module load it would run before a page's first chart draws,
 * for formatters that chart never uses (the dates).
 */
const once = <T>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

/**
 * Writes a value as `new Intl.NumberFormat('en', { maximumFractionDigits: 1, ...options })` does
 * (`names`: its compact notation's, none to trillion), without ICU where the value, scaled to its
 * thousand, million, billion or trillion when compact, is below 1,000 and whole or with one
 * exact decimal (the cited figures: 40, 12.5, -1.9, 8 billion): a page's first charts then draw
 * without ICU's number set-up (15-40 ms, more than a chart's own draw). Any other value
 * (rounding, grouping, -0, NaN, ±Infinity) is Intl's to write; test/model/format.test.ts checks
 * that the two agree.
 * @example enFormat({ signDisplay: 'exceptZero' })(12.5) // '+12.5'
 */
function enFormat(options: Intl.NumberFormatOptions, names?: string[]): (value: number) => string {
  const intl = once(() => new Intl.NumberFormat('en', { maximumFractionDigits: 1, ...options }));
  return (value) => {
    let step = 0;
    while (names && step < 4 && Math.abs(value) >= 1000 ** (step + 1)) step++;
    const tenths = (value / 1000 ** step) * 10;
    return Number.isInteger(tenths) && Math.abs(tenths) < 1e4 && !Object.is(value, -0)
      ? `${options.signDisplay && value > 0 ? '+' : ''}${tenths / 10}${names?.[step] ?? ''}`
      : intl().format(value);
  };
}

const plain = enFormat({});
const signed = enFormat({ signDisplay: 'exceptZero' });
const compact = enFormat({ notation: 'compact', compactDisplay: 'long' }, [
  '',
  ' thousand',
  ' million',
  ' billion',
  ' trillion',
]);
const compactShort = enFormat({ notation: 'compact' }, ['', 'K', 'M', 'B', 'T']);

/** Signs English ICU does not write, or writes for more than one currency ("$"): the rest come
 *  from Intl ("£", "₹", "NZ$", "CA$", "R$", "CN¥", "₪"), or are the code ("SEK 3.4 billion"). Every
 *  sign is in DejaVu Sans, the font of the chart images. Code then sign, as one short string: it
 *  is in every page's startup JS. */
const OWN_SIGNS = 'USDUS$ RUB₽ TRY₺ NGN₦ UAH₴ KZT₸ THB฿';
const prefixes: Partial<Record<Unit, string>> = {};

/** The sign written before an amount in this currency, or its code and a space. @example currencyPrefix('GBP') // '£' */
function currencyPrefix(unit: Unit): string {
  return (prefixes[unit] ??= (
    new RegExp(`${unit}(\\S+)`).exec(OWN_SIGNS)?.[1] ??
    new Intl.NumberFormat('en', { style: 'currency', currency: unit })
      .formatToParts(0)
      .find((p) => p.type === 'currency')!.value
  ).replace(/^[A-Z]{3}$/, '$& '));
}

/** @example formatPercent(40, true) // '+40 %' (narrow no-break space) */
export function formatPercent(value: number, withSign = false): string {
  return `${minus((withSign ? signed : plain)(value))}${NNBSP}%`;
}

const points = once(
  () =>
    new Intl.NumberFormat('en', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }),
);

/**
 * A change in percentage points, as chart labels and ticks print it (never "%": a point change
 * is not a relative change). @example formatPoints(2) // '+2.0 pp'; formatPoints(-0.25) // '−0.25 pp'
 */
export function formatPoints(value: number): string {
  return `${minus(points().format(value))}${NNBSP}pp`;
}

/** A balance below zero puts its minus before the currency: "−€2.8 billion", never "€−2.8". */
const signFirst = (value: number, prefix: string, digits: string): string =>
  `${value < 0 ? '\u2212' : ''}${prefix}${digits.replace(/^-/, '')}`;

/** @example formatAmount(1e9, 'USD') // 'US$1 billion'; formatAmount(-2.8e9, 'EUR') // '−€2.8 billion'
 *  @example formatAmount(3.4e9, 'SEK') // 'SEK 3.4 billion'; formatAmount(2e9, 'INR') // '₹2 billion' */
export function formatAmount(value: number, unit: Unit): string {
  return signFirst(value, currencyPrefix(unit), compact(value));
}

/** Short axis-tick form. @example formatAmountTick(8e9, 'USD') // 'US$8B' */
export function formatAmountTick(value: number, unit: Unit): string {
  return signFirst(value, currencyPrefix(unit), compactShort(value));
}

/**
 * The value as a person would say it.
 * @example formatFigureValue({ kind: 'change', value: 40, … }) // '+40 %'
 * @example formatFigureValue({ kind: 'change', value: -0.4, unit: 'percentage-points', … }) // '−0.4 pp'
 * @example formatFigureValue({ kind: 'amount', value: 8e9, unit: 'USD', … }) // 'US$8 billion'
 */
export function formatFigureValue(f: Pick<Figure, 'kind' | 'value' | 'range' | 'unit'>): string {
  if (f.range) return formatRange(f.range, f.kind, f.unit);
  if (f.value === undefined) return '';
  // A change in points is not a relative change: "+0.25 pp", never "+0.25 %".
  if (f.unit === 'percentage-points') return `${minus(signed(f.value))}${NNBSP}pp`;
  if (f.kind === 'change') return formatPercent(f.value, true);
  if (f.kind === 'share') return formatPercent(f.value);
  return formatAmount(f.value, f.unit);
}

/**
 * A range as a person would say it: one unit, both ends ("1–1.5 %", "US$1–2 billion"); ends of
 * different sign or scale are spelt out in full with "to", so a minus is never read as a dash.
 * @example formatRange({ low: 1, high: 1.5 }, 'share', 'percent') // '1–1.5 %'
 * @example formatRange({ low: -1.5, high: -1 }, 'change', 'percent') // '−1.5 to −1 %'
 * @example formatRange({ low: 1e9, high: 2e9 }, 'amount', 'USD') // 'US$1–2 billion'
 */
export function formatRange(r: ValueRange, kind: Figure['kind'], unit: Unit): string {
  if (kind !== 'amount') {
    const fmt = kind === 'change' ? signed : plain;
    const low = minus(fmt(r.low));
    const high = minus(fmt(r.high));
    // "+1–1.5 %" reads as one signed range; with a minus on either end use words instead.
    if (r.low < 0 || r.high < 0) return `${low} to ${high}${NNBSP}%`;
    return `${low}–${plain(r.high)}${NNBSP}%`;
  }
  const low = formatAmount(r.low, unit);
  const high = formatAmount(r.high, unit);
  const prefix = currencyPrefix(unit);
  const scale = (s: string) => / [a-z]+$/.exec(s)?.[0] ?? '';
  if (scale(low) === scale(high) && high.startsWith(prefix)) {
    return `${low.slice(0, low.length - scale(low).length)}–${high.slice(prefix.length)}`;
  }
  return `${low} to ${high}`;
}

// Built once: a formatter per call costs ~0.2 ms, which adds up over a thousand sources.
const dateFormat = once(
  () =>
    new Intl.DateTimeFormat('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
);

const monthFormat = once(
  () => new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

/**
 * A date as precise as it is written: a day, a month or a year.
 * @example formatDate('2002-10-14') // '14 October 2002'
 * @example formatDate('2017-11') // 'November 2017'
 * @example formatDate('2017') // '2017'
 */
export function formatDate(iso: string): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const month = /^\d{4}-\d{2}$/.test(iso);
  const d = new Date(`${month ? `${iso}-01` : iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return (month ? monthFormat : dateFormat)().format(d);
}
