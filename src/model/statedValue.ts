// Reads the number a figure's own words state ("increased 40%", "had doubled", "$8 billion"),
// so validation can check that `value` agrees with the text. Pure; no I/O, no Svelte.

import type { FigureKind, Unit } from './figure.ts';

export interface StatedReading {
  value: number;
  unit: Unit;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

const CURRENCY_SIGNS: [RegExp, Unit][] = [
  [/^(?:US\$|\$|USD\s?)/, 'USD'],
  [/^(?:¥|JPY\s?)/, 'JPY'],
  [/^(?:€|EUR\s?)/, 'EUR'],
  [/^(?:₽|RUB\s?)/, 'RUB'],
];

/** Multiplier words and the relative change (percent) they state. */
const MULTIPLIERS: [RegExp, number][] = [
  [/\b(?:doubled|twofold|two-fold|2-fold)\b/i, 100],
  [/\b(?:tripled|trebled|threefold|three-fold|3-fold)\b/i, 200],
  [/\b(?:quadrupled|fourfold|four-fold|4-fold)\b/i, 300],
  // "by half" alone is left to FRACTION, which reads its direction ("rose by half" = +50).
  [/\b(?:halved)\b/i, -50],
  // Future and noun forms ("expected to double", "a doubling"), as drafts from extract state them.
  [/\b(?:double|doubling)\b/i, 100],
  [/\b(?:triple|tripling|treble)\b/i, 200],
  [/\b(?:quadruple|quadrupling)\b/i, 300],
];

const DECREASE =
  /\b(?:fell|fallen|fall|decreased?|declined?|dropped|drop|down|lower|shrank|shrunk|contracted|reduced|reduction|cut|slipped|slid|plunged|plummeted|lost)\b/i;

/** "rose by a third", "fell by two-thirds": the fraction of the old level that was added or lost. */
const FRACTION = /\bby (?:(a|one|two|three)[- ]?)?(half|thirds?|quarters?|fifths?|tenths?)\b/i;
const FRACTION_COUNT: Record<string, number> = { a: 1, one: 1, two: 2, three: 3 };
const FRACTION_PARTS: Record<string, number> = {
  half: 2,
  third: 3,
  quarter: 4,
  fifth: 5,
  tenth: 10,
};

/** "from $2 billion to $3 billion", "from 12% to 18%", "from 120 to 180". */
const FROM_TO =
  /\bfrom\s+(?:US\$|\$|USD\s?|¥|JPY\s?|€|EUR\s?|₽|RUB\s?)?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|mn|bn)\b)?\s*(?:%|per ?cent\b)?\s+to\s+(?:US\$|\$|USD\s?|¥|JPY\s?|€|EUR\s?|₽|RUB\s?)?(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|mn|bn)\b)?/i;

/** Currency named after the number: "120 billion yen", "400 million US dollars". */
const AMOUNT_WORD =
  /(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|mn|bn)\b)?\s*(US dollars|dollars|USD|yen|JPY|euros?|EUR|roubles?|rubles?|RUB)\b/i;
const CURRENCY_WORDS: [RegExp, Unit][] = [
  [/^(?:US dollars|dollars|USD)$/i, 'USD'],
  [/^(?:yen|JPY)$/i, 'JPY'],
  [/^(?:euros?|EUR)$/i, 'EUR'],
  [/^(?:roubles?|rubles?|RUB)$/i, 'RUB'],
];

/**
 * Relative change in percent from one level to another, rounded to 2 decimals; undefined from 0.
 * @example relativeChange(2, 3) // 50
 * @example relativeChange(7, 10) // 42.86
 */
export function relativeChange(from: number, to: number): number | undefined {
  if (from === 0 || !Number.isFinite(from) || !Number.isFinite(to)) return undefined;
  return Math.round(((to - from) / from) * 100 * 100) / 100;
}

/**
 * Every reading the stated words support; validation accepts `value` if it is one of them.
 * @example readStatedValue('increased 40%', 'change') // [{ value: 40, unit: 'percent' }]
 * @example readStatedValue('had doubled', 'change') // [{ value: 100, unit: 'percent' }]
 * @example readStatedValue('$8 billion', 'amount') // [{ value: 8e9, unit: 'USD' }]
 * @example readStatedValue('¥120 billion', 'amount') // [{ value: 1.2e11, unit: 'JPY' }]
 * @example readStatedValue('rose from $2 billion to $3 billion', 'change') // [{ value: 50, unit: 'percent' }]
 */
export function readStatedValue(text: string, kind: FigureKind): StatedReading[] {
  const readings: StatedReading[] = [];
  let fromToRead = false;
  if (kind === 'change') {
    for (const [re, change] of MULTIPLIERS) {
      if (re.test(text)) readings.push({ value: change, unit: 'percent' });
    }
    const fraction = FRACTION.exec(text);
    if (fraction) {
      const count = FRACTION_COUNT[(fraction[1] ?? 'a').toLowerCase()]!;
      const parts = FRACTION_PARTS[fraction[2]!.toLowerCase().replace(/s$/, '')]!;
      const change = Math.round((count / parts) * 100 * 100) / 100;
      readings.push({ value: DECREASE.test(text) ? -change : change, unit: 'percent' });
    }
    const fromTo = FROM_TO.exec(text);
    if (fromTo) {
      const from =
        Number(fromTo[1]!.replace(/,/g, '')) * (fromTo[2] ? SCALES[fromTo[2].toLowerCase()]! : 1);
      const to =
        Number(fromTo[3]!.replace(/,/g, '')) * (fromTo[4] ? SCALES[fromTo[4].toLowerCase()]! : 1);
      const change = relativeChange(from, to);
      if (change !== undefined) readings.push({ value: change, unit: 'percent' });
      fromToRead = change !== undefined;
    }
  }
  // "rose from 12% to 18%" states a change of +50 %, not of 12 %: the levels are not changes.
  const percent = /(-?\d+(?:[.,]\d+)?)\s*(?:%|per ?cent\b)/i.exec(text);
  if (percent && kind !== 'amount' && !fromToRead) {
    const n = Number(percent[1]!.replace(',', '.'));
    const negative = kind === 'change' && DECREASE.test(text) && n > 0;
    readings.push({ value: negative ? -n : n, unit: 'percent' });
  }
  if (kind === 'amount') {
    const amount =
      /((?:US\$|\$|USD\s?|¥|JPY\s?|€|EUR\s?|₽|RUB\s?))(\d+(?:,\d{3})*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion|mn|bn)\b)?/i.exec(
        text,
      );
    if (amount) {
      const unit = CURRENCY_SIGNS.find(([re]) => re.test(amount[1]!))?.[1];
      const base = Number(amount[2]!.replace(/,/g, ''));
      const scale = amount[3] ? SCALES[amount[3].toLowerCase()]! : 1;
      if (unit) readings.push({ value: round(base * scale), unit });
    }
    const worded = AMOUNT_WORD.exec(text);
    if (worded && !amount) {
      const unit = CURRENCY_WORDS.find(([re]) => re.test(worded[3]!))?.[1];
      const base = Number(worded[1]!.replace(/,/g, ''));
      const scale = worded[2] ? SCALES[worded[2].toLowerCase()]! : 1;
      if (unit) readings.push({ value: round(base * scale), unit });
    }
  }
  return readings;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
