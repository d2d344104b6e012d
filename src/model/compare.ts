// Decides which compared figures may share one axis and why: changes as bars from 0 % (so their
// lengths keep the ratio of the rates), shares as percent of their own wholes, amounts only
// within one currency.
// Pure; it never draws, never converts currencies and never invents base values.

import type { Figure, FigureKind, Unit } from './figure.ts';
import { axisKey, groupTitle, resolveIds } from './axisGroup.ts';
import { describeTransform } from './indexSeries.ts';
import { aboveWholeWord } from './rateOfInterest.ts';

export { axisKey, groupTitle };

/** Figures drawn on one axis, in selection order. */
export interface AxisGroup {
  /** Stable key of the axis: 'change', 'share' or 'amount-USD'. */
  key: string;
  kind: FigureKind;
  unit: Unit;
  /** What the shared axis shows, e.g. "Changes from the previous period, in percent". */
  title: string;
  /** Why these figures may share this axis. */
  reason: string;
  figures: Figure[];
  /** What was done to each stated value, e.g. "had doubled → +100 % from 2000, a bar from 0". */
  transforms: string[];
}

export interface ComparePlan {
  groups: AxisGroup[];
  /** Figures in selection order, unknown ids and duplicates dropped. */
  figures: Figure[];
  /** Ids that name no figure, in the order given. */
  unknown: string[];
  /** One line saying why the figures sit in separate charts; undefined for one chart. */
  separation: string | undefined;
}

export type AxisVerdict = { shared: true; reason: string } | { shared: false; reason: string };

const KIND_WORDS: Record<FigureKind, string> = {
  change: 'a change over a previous period',
  share: 'a share of a whole',
  amount: 'an amount of money',
};

const PLURAL: Record<FigureKind, string> = {
  change: 'changes',
  share: 'shares',
  amount: 'amounts',
};

/**
 * Whether two figures may share one axis, with the reason in words.
 * @example canShareAxis(exports, fdi) // { shared: true, reason: 'Both are changes: drawn as bars from 0 %, so their lengths keep the ratio of the rates.' }
 * @example canShareAxis(exports, s1).shared // false
 */
export function canShareAxis(
  a: Pick<Figure, 'kind' | 'unit'>,
  b: Pick<Figure, 'kind' | 'unit'>,
): AxisVerdict {
  if (a.kind !== b.kind) {
    return {
      shared: false,
      reason: `${capitalise(KIND_WORDS[a.kind])} and ${KIND_WORDS[b.kind]} measure different things, so they never share an axis.`,
    };
  }
  if (a.kind === 'amount' && a.unit !== b.unit) {
    return {
      shared: false,
      reason: `Amounts in ${a.unit} and ${b.unit} would need an exchange rate the sources do not give, so they are drawn apart.`,
    };
  }
  return { shared: true, reason: groupReason(a.kind, a.unit, 2) };
}

/**
 * Resolves ids to figures (dropping unknown ids and duplicates, keeping order) and puts them on
 * as few honest axes as possible, in the order each kind first appears.
 * @example planComparison(['japan-exports-to-russia-2001', 'sakhalin-1-japanese-capital-share'], figures).groups.map(g => g.key) // ['change', 'share']
 */
export function planComparison(
  ids: readonly string[],
  figures: readonly Figure[] | ReadonlyMap<string, Figure>,
): ComparePlan {
  const { chosen, unknown } = resolveIds(ids, figures);
  const groups: AxisGroup[] = [];
  for (const f of chosen) {
    const key = axisKey(f);
    let group = groups.find((g) => g.key === key);
    if (!group) {
      group = {
        key,
        kind: f.kind,
        unit: f.unit,
        title: groupTitle(f.kind, f.unit),
        reason: '',
        figures: [],
        transforms: [],
      };
      groups.push(group);
    }
    group.figures.push(f);
  }
  for (const g of groups) {
    // Worded once the group is whole: a share's rest is named only if the group's chart draws it.
    g.transforms = g.figures.map((f) => `${f.label}: ${describeTransform(f, g.figures)}`);
    const ends = g.kind === 'share' ? g.figures.map((f) => f.value ?? f.range?.high ?? 0) : [];
    const above = g.figures.filter((_, i) => ends[i]! > 100);
    const rates = above.filter((f) => aboveWholeWord(f) === 'rate').length;
    const below = g.figures.filter((f) => (f.value ?? f.range?.low ?? 0) < 0).length;
    g.reason = groupReason(
      g.kind,
      g.unit,
      g.figures.length,
      above.length - rates,
      g.kind === 'share' ? below : 0,
      rates,
    );
    g.title = groupTitle(g.kind, g.unit, g.figures);
  }
  return { groups, figures: chosen, unknown, separation: separationLine(groups) };
}

/**
 * How a group's figures are drawn and why they may share the axis, counted: "Both are" for two,
 * "All 3 are" for more, and for one figure how it is drawn. `ratios` counts the shares above 100
 * that are ratios to what their quotes name, `rates` those that are rates of interest their quotes
 * name: none of them is part of a whole, and a chart holding one draws every bar as a level with
 * no rest, so the reason says that instead of "its own whole".
 * @example groupReason('share', 'percent', 1) // 'A share: drawn as percent of its own whole.'
 * @example groupReason('share', 'percent', 2, 1) // 'Both are shares, 1 of them a ratio above 100 % …'
 * @example groupReason('share', 'percent', 2, 0, 1) // 'Both are shares, 1 of them a rate below 0 …'
 * @example groupReason('share', 'percent', 1, 0, 0, 1) // 'A rate above 100 %: drawn as a level, a rate of interest its quote names, …'
 */
export function groupReason(
  kind: FigureKind,
  unit: Unit,
  count: number,
  ratios = 0,
  below = 0,
  rates = 0,
): string {
  const subject = count === 2 ? 'Both are ' : count > 2 ? `All ${count} are ` : '';
  const noun = count === 1 ? SINGULAR[kind] : PLURAL[kind];
  const lead = capitalise(`${subject}${noun}`);
  // "1 a ratio", "2 rates", "1 a ratio and 1 a rate": the shares above 100, by what they are.
  const aboveCounted = [
    ...(ratios ? [`${ratios} ${ratios === 1 ? 'a ratio' : 'ratios'}`] : []),
    ...(rates ? [`${rates} ${rates === 1 ? 'a rate' : 'rates'}`] : []),
  ].join(' and ');
  // A rate below 0 (a policy rate's level) is no part of a whole either: the chart draws levels.
  if (kind === 'share' && below > 0) {
    if (count === 1)
      return 'A rate below 0: drawn as a level left of 0, no part of a whole, with no rest derived.';
    const under = `${below} of them ${below === 1 ? 'a rate' : 'rates'} below 0`;
    const above = aboveCounted ? ` and ${aboveCounted} above 100 %` : '';
    return `${lead}, ${under}${above} (no part of a whole): every bar is drawn as a level with no rest derived, and bars are not added up.`;
  }
  // Rates of interest above 100 alone, or beside ratios: each is a level its own quote names.
  if (kind === 'share' && rates > 0) {
    if (rates === count) {
      return count === 1
        ? 'A rate above 100 %: drawn as a level, a rate of interest its quote names, with no rest derived.'
        : `${capitalise(subject)}rates above 100 %: each drawn as a level, a rate of interest its own quote names, with no rest derived (bars are not added up).`;
    }
    const what = ratios
      ? 'a ratio to what its quote names or a rate of interest'
      : 'a rate of interest its quote names';
    return `${lead}, ${ratios + rates} of them above 100 % (${aboveCounted}: ${what}, no part of a whole): every bar is drawn as a level from 0 with no rest derived, and bars are not added up.`;
  }
  if (kind === 'share' && ratios > 0) {
    if (ratios === count) {
      return count === 1
        ? 'A ratio above 100 %: drawn as a level, a ratio to what its quote names, with no rest derived.'
        : `${capitalise(subject)}ratios above 100 %: each drawn as a level, a ratio to what its own quote names, with no rest derived (what they are ratios to may differ, so bars are not added up).`;
    }
    return `${lead}, ${ratios} of them ${ratios === 1 ? 'a ratio' : 'ratios'} above 100 % (a ratio to what its quote names, no part of a whole): every bar is drawn as a level from 0 with no rest derived, and bars are not added up.`;
  }
  if (kind === 'change') {
    return count === 1
      ? `${lead}: drawn as a bar from 0 %.`
      : `${lead}: drawn as bars from 0 %, so their lengths keep the ratio of the rates.`;
  }
  if (kind === 'share') {
    return count === 1
      ? `${lead}: drawn as percent of its own whole.`
      : `${lead}: each drawn as percent of its own whole (the wholes differ, so bars are not added up).`;
  }
  return count === 1
    ? `${lead} in ${unit}: drawn as stated.`
    : `${lead} in ${unit}: drawn on one axis as stated.`;
}

const SINGULAR: Record<FigureKind, string> = {
  change: 'a change',
  share: 'a share',
  amount: 'an amount',
};

/**
 * The one line under the heading when figures are drawn apart, or undefined for a single chart.
 * @example separationLine([changeGroup, shareGroup]) // 'Drawn as 2 separate charts: changes and shares measure different things, so they never share an axis.'
 */
export function separationLine(
  groups: readonly Pick<AxisGroup, 'kind' | 'unit'>[],
): string | undefined {
  if (groups.length < 2) return undefined;
  const kinds = [...new Set(groups.map((g) => g.kind))];
  const currencies = [...new Set(groups.filter((g) => g.kind === 'amount').map((g) => g.unit))];
  const parts: string[] = [];
  if (kinds.length > 1) {
    parts.push(
      `${joinWords(kinds.map((k) => PLURAL[k]))} measure different things, so they never share an axis`,
    );
  }
  if (currencies.length > 1) {
    parts.push(
      `amounts in ${joinWords(currencies)} would need an exchange rate the sources do not give`,
    );
  }
  return `Drawn as ${groups.length} separate charts: ${parts.join('; ')}.`;
}

function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
