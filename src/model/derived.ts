// Derived comparisons between compared figures: ratios of growth rates, differences of shares in
// percentage points, one amount as percent of another — each with its arithmetic and both inputs'
// ids. Where a comparison needs a number the sources do not give, it says so; it never guesses.

import type { Figure, FigureKind, PointFigure } from './figure.ts';
import { formatAmount, formatFigureValue, formatPercent, minus } from './format.ts';
import { isPointFigure } from './valueRange.ts';
import { rangeRefusal } from './rangeRefusal.ts';
import { aboveWholeWord } from './rateOfInterest.ts';
import { outsideWhole } from './shareRemainder.ts';

export interface DerivedValue {
  status: 'derived';
  /** Stable key, e.g. 'ratio:japan-fdi-to-russia-2001:japan-exports-to-russia-2001'. */
  id: string;
  kind: 'ratio' | 'difference-pp' | 'percent-of' | 'difference';
  /** The ids of the figures it is computed from, in the order the text names them. */
  inputs: string[];
  value: number;
  /** The result as a sentence, e.g. "… (+100 %) was 2.5 times that of … (+40 %)." */
  text: string;
  /** The arithmetic, e.g. "100 ÷ 40 = 2.5". */
  arithmetic: string;
}

export interface UnavailableComparison {
  status: 'unavailable';
  id: string;
  inputs: string[];
  /** The question a reader might ask, e.g. "How much did each grow in money?" */
  question: string;
  /** Why it cannot be answered from the sources. */
  reason: string;
  /** The numbers the sources would have to give, e.g. "Japan's exports to Russia in 2000". */
  missing: string[];
}

export type DerivedComparison = DerivedValue | UnavailableComparison;

const times = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const points = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const wholeFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const whole = { format: (n: number): string => minus(wholeFormat.format(n)) };

/** Removes floating-point dust (45 − 30.1 = 14.899999…). @example clean(14.899999999999999) // 14.9 */
export function clean(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/**
 * Every derived comparison for the figures, in selection order: each same-kind pair first, then
 * one "unavailable" entry per pair of kinds that would need numbers the sources do not give.
 * @example deriveComparisons([exports, fdi]).map(d => d.status) // ['derived', 'unavailable']
 */
export function deriveComparisons(figures: readonly Figure[]): DerivedComparison[] {
  const out: DerivedComparison[] = [];
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i]!;
      const b = figures[j]!;
      if (a.kind !== b.kind) continue;
      // A ratio or a gap needs one number each; a range gives two, so say so instead of picking.
      if (!isPointFigure(a) || !isPointFigure(b)) {
        out.push(rangePair(a, b));
        continue;
      }
      if (a.kind === 'change') out.push(compareChanges(a, b), changesInMoney(a, b));
      // A rate below zero or a ratio above 100 is a level, no part of a whole: no stake in money
      // to ask about (compareShares gives the gap as levels).
      else if (a.kind === 'share' && (outsideWhole(a.value) || outsideWhole(b.value))) {
        out.push(compareShares(a, b));
        const ratio = [a, b].find((f) => f.value > 100);
        if (ratio) out.push(ratioNoStake(ratio, a, b));
      } else if (a.kind === 'share') out.push(compareShares(a, b), sharesInMoney(a, b));
      else out.push(...compareAmounts(a, b));
    }
  }
  const of = (kind: FigureKind) => figures.filter((f) => f.kind === kind);
  const amounts = of('amount');
  for (const kind of ['change', 'share'] as const) {
    if (amounts.length > 0 && of(kind).length > 0)
      out.push(againstAmounts(kind, of(kind), amounts));
  }
  return out;
}

/**
 * Two relative changes: how many times one growth rate is the other, or — when the signs differ
 * or one is zero, where a ratio would mislead — their difference in percentage points.
 * @example compareChanges(exports, fdi).text // "The growth rate of Japan's direct investment to Russia (+100 %) was 2.5 times that of Japan's exports to Russia (+40 %)."
 */
export function compareChanges(a: PointFigure, b: PointFigure): DerivedValue {
  const [big, small] = Math.abs(a.value) >= Math.abs(b.value) ? [a, b] : [b, a];
  const sameSign = Math.sign(big.value) === Math.sign(small.value) && small.value !== 0;
  if (sameSign) {
    const ratio = clean(big.value / small.value);
    const what = big.value > 0 ? 'growth rate' : 'decline';
    const text =
      ratio === 1
        ? `${big.label} (${formatPercent(big.value, true)}) changed at the same rate as ${small.label} (${formatPercent(small.value, true)}).`
        : `The ${what} of ${big.label} (${formatPercent(big.value, true)}) was ${times.format(ratio)} times that of ${small.label} (${formatPercent(small.value, true)}).`;
    return {
      status: 'derived',
      id: `ratio:${big.id}:${small.id}`,
      kind: 'ratio',
      inputs: [big.id, small.id],
      value: ratio,
      text,
      arithmetic: `${whole.format(big.value)} ÷ ${whole.format(small.value)} = ${times.format(ratio)}`,
    };
  }
  return pointsGap(a, b, (hi, lo, diff) => ({
    text: `${hi.label} (${formatPercent(hi.value, true)}) changed ${points.format(diff)} percentage points more than ${lo.label} (${formatPercent(lo.value, true)}); a ratio would mislead when the signs differ or one is zero.`,
    arithmetic: `${whole.format(hi.value)} − ${paren(lo.value)} = ${points.format(diff)} percentage points`,
  }));
}

/**
 * Two shares, each of its own whole: the difference in percentage points (never a ratio of
 * shares of different wholes presented as amounts).
 * @example compareShares(s1, s2).text // 'Japanese capital in Sakhalin-2 (45 %) is 15 percentage points more than Japanese capital in Sakhalin-1 (30 %), each as percent of its own whole.'
 * @example compareShares(mainRate, depositRate).text // 'Main rate (0 %) is 0.5 percentage points above Deposit rate (−0.5 %), as levels in percent.'
 * @example compareShares(debt, reserves).text // 'Public debt (255 %) is 143 percentage points above Reserves (112 %), as levels in percent.'
 */
export function compareShares(a: PointFigure, b: PointFigure): DerivedValue {
  if (outsideWhole(a.value) || outsideWhole(b.value)) {
    // A rate below zero ("the deposit rate at −0.5 %") or a ratio above 100 ("255 % of GDP") is a
    // level, not a part of a whole: the gap is between levels, never a gap between stakes.
    const bracket = (v: number) => (v < 0 ? `(${whole.format(v)} %)` : `${whole.format(v)} %`);
    return pointsGap(a, b, (hi, lo, diff) => ({
      text:
        diff === 0
          ? `${hi.label} and ${lo.label} are the same level (${formatPercent(hi.value)}).`
          : `${hi.label} (${formatPercent(hi.value)}) is ${points.format(diff)} percentage points above ${lo.label} (${formatPercent(lo.value)}), as levels in percent.`,
      arithmetic: `${bracket(hi.value)} − ${bracket(lo.value)} = ${points.format(diff)} percentage points`,
    }));
  }
  return pointsGap(a, b, (hi, lo, diff) => ({
    text:
      diff === 0
        ? `${hi.label} and ${lo.label} are the same share (${formatPercent(hi.value)}), each of its own whole.`
        : `${hi.label} (${formatPercent(hi.value)}) is ${points.format(diff)} percentage points more than ${lo.label} (${formatPercent(lo.value)}), each as percent of its own whole.`,
    arithmetic: `${whole.format(hi.value)} % − ${whole.format(lo.value)} % = ${points.format(diff)} percentage points`,
  }));
}

/**
 * The gap in percentage points between two figures in percent, the larger first; `say` words it.
 * @example pointsGap(s1, s2, say).id // 'difference-pp:sakhalin-2:sakhalin-1'
 */
function pointsGap(
  a: PointFigure,
  b: PointFigure,
  say: (hi: PointFigure, lo: PointFigure, diff: number) => { text: string; arithmetic: string },
): DerivedValue {
  const [hi, lo] = a.value >= b.value ? [a, b] : [b, a];
  const diff = clean(hi.value - lo.value);
  return {
    status: 'derived',
    id: `difference-pp:${hi.id}:${lo.id}`,
    kind: 'difference-pp',
    inputs: [hi.id, lo.id],
    value: diff,
    ...say(hi, lo, diff),
  };
}

/**
 * Two amounts: in one currency, the smaller as percent of the larger and the gap between them;
 * in two currencies, unavailable (no exchange rate in the sources).
 * @example compareAmounts(soFar, expected)[0].text // 'US$1 billion (Japanese investment so far) is 12.5 % of the US$8 billion expected (Japanese investment expected in total).'
 */
export function compareAmounts(a: PointFigure, b: PointFigure): DerivedComparison[] {
  if (a.unit !== b.unit) {
    return [
      {
        status: 'unavailable',
        id: `exchange:${a.id}:${b.id}`,
        inputs: [a.id, b.id],
        question: `How does ${a.label} compare with ${b.label}?`,
        reason: `They are in ${a.unit} and ${b.unit}; comparing them needs an exchange rate, which the sources do not give.`,
        missing: [`${a.unit}/${b.unit} exchange rate`],
      },
    ];
  }
  const [lo, hi] = a.value <= b.value ? [a, b] : [b, a];
  const amount = (f: PointFigure) =>
    `${formatAmount(f.value, f.unit)}${f.status === 'expected' ? ' expected' : ''}`;
  const out: DerivedComparison[] = [];
  // "is X % of" needs two levels of the same sign: a balance below zero is no part of a surplus.
  if (hi.value > 0 && lo.value >= 0) {
    const pct = clean((lo.value / hi.value) * 100);
    out.push({
      status: 'derived',
      id: `percent-of:${lo.id}:${hi.id}`,
      kind: 'percent-of',
      inputs: [lo.id, hi.id],
      value: pct,
      text: `${amount(lo)} (${lo.label}) is ${formatPercent(pct)} of the ${amount(hi)} (${hi.label}).`,
      arithmetic: `${whole.format(lo.value)} ÷ ${whole.format(hi.value)} × 100 = ${formatPercent(pct)}`,
    });
  }
  const gap = clean(hi.value - lo.value);
  out.push({
    status: 'derived',
    id: `difference:${hi.id}:${lo.id}`,
    kind: 'difference',
    inputs: [hi.id, lo.id],
    value: gap,
    text: `${amount(hi)} (${hi.label}) is ${formatAmount(gap, hi.unit)} more than ${amount(lo)} (${lo.label}).`,
    arithmetic: `${whole.format(hi.value)} − ${whole.format(lo.value)} = ${whole.format(gap)} ${hi.unit}`,
  });
  return out;
}

function changesInMoney(a: Figure, b: Figure): UnavailableComparison {
  const missing = [baseLevel(a), baseLevel(b)];
  return {
    status: 'unavailable',
    id: `base-levels:${a.id}:${b.id}`,
    inputs: [a.id, b.id],
    question: `How much did ${a.label} and ${b.label} change in money?`,
    reason: `That needs ${missing.join(' and ')}, which the source does not give; the changes can only be compared as rates (percent change from the previous period).`,
    missing,
  };
}

function sharesInMoney(a: Figure, b: Figure): UnavailableComparison {
  const missing = [
    `the total size of the whole behind ${a.label}`,
    `the total size of the whole behind ${b.label}`,
  ];
  return {
    status: 'unavailable',
    id: `wholes:${a.id}:${b.id}`,
    inputs: [a.id, b.id],
    question: `Which is the larger stake in money: ${a.label} or ${b.label}?`,
    reason: `That needs ${missing.join(' and ')}, which the source does not give; a bigger share of a smaller whole can be less money.`,
    missing,
  };
}

/**
 * A ratio or a rate above 100 beside another share: why no stake in money is asked of the pair.
 * @example ratioNoStake(debt, debt, s1).reason // 'Public debt (255 %) is a ratio to what its quote names, no part of a whole: …'
 * @example ratioNoStake(policyRate, policyRate, s1).reason // 'Policy rate (118 %) is a rate of interest, no part of a whole: …'
 */
function ratioNoStake(ratio: PointFigure, a: Figure, b: Figure): UnavailableComparison {
  return {
    status: 'unavailable',
    id: `ratio-stake:${a.id}:${b.id}`,
    inputs: [a.id, b.id],
    question: `Which is the larger stake in money: ${a.label} or ${b.label}?`,
    reason: `${ratio.label} (${formatPercent(ratio.value)}) is ${aboveWholeWord(ratio) === 'rate' ? 'a rate of interest' : 'a ratio to what its quote names'}, no part of a whole: it is no stake in anything, so no rest is derived and the two are compared only as levels in percent.`,
    missing: [],
  };
}

/**
 * Changes or shares beside amounts: unavailable, since turning either into money needs a number
 * the source does not give (a change's base level, a share's whole).
 * @example againstAmounts('share', [s1], [soFar]).reason
 * // 'Turning a share into money needs the total size of the whole behind …, which the source does not give.'
 */
function againstAmounts(
  kind: 'change' | 'share',
  figures: readonly Figure[],
  amounts: readonly Figure[],
): UnavailableComparison {
  const missing = figures.map((f) =>
    kind === 'change'
      ? baseLevel(f)
      : (f.value ?? f.range?.high ?? 0) <= 100
        ? `the total size of the whole behind ${f.label}`
        : aboveWholeWord(f) === 'rate'
          ? `the sum ${f.label} is a rate of interest on`
          : `the size of what ${f.label} is a ratio to`,
  );
  return {
    status: 'unavailable',
    id: `${kind}s-vs-amounts:${figures.map((f) => f.id).join(',')}:${amounts.map((f) => f.id).join(',')}`,
    inputs: [...figures, ...amounts].map((f) => f.id),
    question: `What are the ${kind}s worth against the amounts (${amounts.map((f) => formatFigureValue(f)).join(', ')})?`,
    reason: `Turning a ${kind} into money needs ${missing.join(' and ')}, which the source does not give.`,
    missing,
  };
}

/** A pair in which one figure states a range: unavailable, with both figures as stated.
 * @example rangePair(gdpRange, exports).reason // "GDP (-1.5 to -1) is stated as a range, …" */
function rangePair(a: Figure, b: Figure): UnavailableComparison {
  return {
    status: 'unavailable',
    id: `range:${a.id}:${b.id}`,
    inputs: [a.id, b.id],
    question: `How does ${a.label} (${formatFigureValue(a)}) compare with ${b.label} (${formatFigureValue(b)})?`,
    reason: rangeRefusal([a, b])!,
    missing: [a, b].filter((f) => f.range).map((f) => `a single value for ${f.label}`),
  };
}

/** @example baseLevel(exports) // "Japan's exports to Russia in 2000" */
function baseLevel(f: Figure): string {
  return `${f.label} in ${f.basePeriod ?? 'the previous period'}`;
}

function paren(n: number): string {
  return n < 0 ? `(${whole.format(n)})` : whole.format(n);
}
