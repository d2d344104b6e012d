// Which axis a figure is drawn on, and the plan of an embed whose figures all share one axis (a
// chart group, one figure: most embeds), without compare.ts's reasons and separation lines,
// which the embed loads on demand only when its figures need more than one axis. Both pages'
// startup code reads this module, so it stays small. Pure.

import type { Figure, FigureKind, Unit } from './figure.ts';
import { outsideWhole } from './shareRemainder.ts';

/** The axis a figure is drawn on. @example axisKey(exports) // 'change'; axisKey(soFar) // 'amount-USD' */
export function axisKey(f: Pick<Figure, 'kind' | 'unit'>): string {
  return f.kind === 'amount' ? `amount-${f.unit}` : f.kind;
}

/**
 * A group's title. A share below 0 or above 100 in `figures` (a rate's level, a ratio) is no part
 * of a whole, so a group holding one is not titled as parts of wholes.
 * @example groupTitle('change', 'percent') // 'Changes from the previous period, in percent'
 * @example groupTitle('share', 'percent', [s1, debt]) // 'Shares, rates and ratios in percent'
 */
export function groupTitle(
  kind: FigureKind,
  unit: Unit,
  figures: readonly Pick<Figure, 'value' | 'range'>[] = [],
): string {
  if (kind === 'change') return 'Changes from the previous period, in percent';
  if (kind === 'share')
    return figures.some((f) => outsideWhole(f.value ?? f.range?.high ?? 0))
      ? 'Shares, rates and ratios in percent'
      : 'Shares as percent of their own wholes';
  return `Amounts in ${unit === 'USD' ? 'US dollars' : unit}`;
}

/**
 * The figures `ids` name, in the order given, duplicates dropped, and the ids that name none.
 * @example resolveIds(['a', 'zz', 'a'], figures) // { chosen: [a], unknown: ['zz'] }
 */
export function resolveIds(
  ids: readonly string[],
  figures: readonly Figure[] | ReadonlyMap<string, Figure>,
): { chosen: Figure[]; unknown: string[] } {
  const byId =
    figures instanceof Map ? figures : new Map((figures as Figure[]).map((f) => [f.id, f]));
  const seen = new Set<string>();
  const chosen: Figure[] = [];
  const unknown: string[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    const f = byId.get(id);
    if (f) chosen.push(f);
    else unknown.push(id);
  }
  return { chosen, unknown };
}

/** What an embed draws: its figures in axis groups (each with its title), as compare.ts plans them. */
export interface EmbedPlan {
  groups: { key: string; title: string; figures: Figure[] }[];
  figures: Figure[];
  unknown: string[];
  separation: string | undefined;
}

/**
 * The plan when every figure `ids` names shares one axis (or none is known): the same groups,
 * titles and unknown ids as compare.ts's planComparison; undefined when they need more than one
 * axis, whose separation line only planComparison writes.
 * @example planOneAxis(['japan-exports-to-russia-2001', 'japan-fdi-to-russia-2001'], figures)?.groups.length // 1
 * @example planOneAxis(['japan-exports-to-russia-2001', 'sakhalin-1-japanese-capital-share'], figures) // undefined
 */
export function planOneAxis(
  ids: readonly string[],
  figures: readonly Figure[],
): EmbedPlan | undefined {
  const { chosen, unknown } = resolveIds(ids, figures);
  const first = chosen[0];
  if (first && chosen.some((f) => axisKey(f) !== axisKey(first))) return undefined;
  return {
    groups: first
      ? [
          {
            key: axisKey(first),
            title: groupTitle(first.kind, first.unit, chosen),
            figures: chosen,
          },
        ]
      : [],
    figures: chosen,
    unknown,
    separation: undefined,
  };
}
