// Reads both ends of a range from a figure's own words ("1 % to 1.5 %", "between 2 and 3 per
// cent", "2.5–3 %", "$1–2 billion"), so validation can check a `range` against the text. Each end
// is read by readStatedValue, so signs, scales and currencies mean the same as for one value.
// Pure; no I/O, no Svelte.

import type { FigureKind, Unit, ValueRange } from './figure.ts';
import { readStatedValue } from './statedValue.ts';

export interface StatedRange extends ValueRange {
  unit: Unit;
}

const NUM = String.raw`(\d+(?:,\d{3})*(?:\.\d+)?)`;
const SCALE = String.raw`(?:\s*(thousand|million|billion|trillion|mn|bn)\b)?`;
const PCT = String.raw`(\s*(?:%|per ?cent\b))?`;
const CURRENCY = String.raw`(?:US\$|\$|USD\s?|¥|JPY\s?|€|EUR\s?|₽|RUB\s?)?`;
/** "1 % to 1.5 %", "2.5–3 %", "$1–2 billion", "between 2 and 3 per cent". */
const RANGE = new RegExp(
  String.raw`(between\s+)?${CURRENCY}${NUM}${SCALE}${PCT}\s*(to|–|—|-|and)\s*${CURRENCY}${NUM}${SCALE}${PCT}`,
  'i',
);

/**
 * Both ends the stated words give, low first, or undefined when they state one number (or a
 * change "from X to Y", which is one change between two levels, not a range).
 * @example readStatedRange('1 % to 1.5 %', 'share') // { low: 1, high: 1.5, unit: 'percent' }
 * @example readStatedRange('decline of 1 % to 1.5 %', 'change') // { low: -1.5, high: -1, unit: 'percent' }
 * @example readStatedRange('between $1 and $2 billion', 'amount') // { low: 1e9, high: 2e9, unit: 'USD' }
 * @example readStatedRange('increased 40%', 'change') // undefined
 */
export function readStatedRange(text: string, kind: FigureKind): StatedRange | undefined {
  const m = RANGE.exec(text);
  if (!m) return undefined;
  const [whole, between, n1, scale1, pct1, sep, n2, scale2, pct2] = m;
  if (sep!.toLowerCase() === 'and' && !between) return undefined;
  // A percent range names its unit at least after the second end ("1 to 1.5 %"); an amount range
  // names none: "rose 40% to $5 billion" is a change and a level, not a range.
  if (kind === 'amount' ? pct1 || pct2 : !pct2) return undefined;
  const before = text.slice(0, m.index + (between?.length ?? 0));
  if (/\bfrom\s*$/i.test(before)) return undefined;
  const after = text.slice(m.index + whole!.length);
  // Each end keeps the words around the range, so "declined" still gives both ends a minus and
  // "$1–2 billion" gives "$1 billion" and "$2 billion".
  const lead = before + text.slice(m.index + (between?.length ?? 0), text.indexOf(n1!, m.index));
  const end = (n: string, scale: string | undefined, pct: string | undefined) =>
    `${lead}${n}${scale ? ` ${scale}` : ''}${pct ?? ''}${after}`;
  const a = readStatedValue(end(n1!, scale1 ?? scale2, pct1 ?? pct2), kind)[0];
  const b = readStatedValue(end(n2!, scale2 ?? scale1, pct2 ?? pct1), kind)[0];
  if (!a || !b || a.unit !== b.unit || a.value === b.value) return undefined;
  return { low: Math.min(a.value, b.value), high: Math.max(a.value, b.value), unit: a.unit };
}
