// What the "Claim and record" panel shows, derived from the build's comparisons: honest bars on
// one zero-based axis when claim and record can share it, the reason when they cannot, the
// record's citation line, and the figure's one-line summary. Pure; no Svelte, no fetching.

import type { Figure } from './figure.ts';
import type { ClaimRecordComparison, ClaimRecords } from './claimRecord.ts';
import { contextClaimId } from './claimRecord.ts';
import type { StatRecord } from './record.ts';
import { formatDate } from './format.ts';

export interface ClaimBar {
  who: 'claim' | 'record';
  label: string;
  text: string;
  /** Bar length as a percent of the axis (0–100); the axis starts at 0. */
  width: number;
}

/**
 * Two bars on one axis from 0, or the reason they cannot share one.
 * Shares use the whole 0–100 % axis (up to the larger value when a ratio or rate is above 100);
 * changes and amounts use the larger of the two values.
 * @example comparisonBars({ sameAxis: true, compare: 'growth', claimedValue: 40, recordedValue: 25.9, … })
 * // { bars: [{ who: 'claim', width: 100, … }, { who: 'record', width: 64.75, … }] }
 */
export function comparisonBars(
  c: ClaimRecordComparison,
): { bars: ClaimBar[] } | { reason: string } {
  if (c.claimedValue === undefined)
    return {
      reason: 'The statement gives a direction, not a number, so there is nothing to chart.',
    };
  if (!c.sameAxis)
    return {
      reason: 'Claim and record are in different units, so they are not drawn on one axis.',
    };
  if (c.claimedValue < 0 || c.recordedValue < 0)
    return { reason: 'One value is negative; both are given as numbers rather than bars from 0.' };
  // A ratio or a rate above 100 ("255 percent of GDP", "the policy rate at 118%") is a level
  // past the whole: the axis reaches it.
  const max =
    c.compare === 'share'
      ? Math.max(100, c.claimedValue, c.recordedValue)
      : Math.max(c.claimedValue, c.recordedValue);
  const width = (v: number) => (max === 0 ? 0 : Math.round((v / max) * 10000) / 100);
  return {
    bars: [
      { who: 'claim', label: 'Claimed', text: c.claimed, width: width(c.claimedValue) },
      {
        who: 'record',
        label: `Recorded (${c.recordPeriod})`,
        text: c.recorded,
        width: width(c.recordedValue),
      },
    ],
  };
}

/**
 * The record's citation, as a reader would look it up (the URL is given apart, as a link).
 * @example recordCitation(medt) // 'Ministry of Economic Development and Trade of the Russian Federation: Table "Changes in Russo-Japanese Trade" …, in "An Analysis …" (A column of ERINA …); consulted 30 November 2026.'
 */
export function recordCitation(r: StatRecord): string {
  const p = r.provenance;
  const via = p.via ? ` (${p.via})` : '';
  return `${p.publisher}: ${p.passage}, in "${p.title}"${via}; consulted ${formatDate(p.consulted)}.`;
}

/**
 * The claims a figure's panel shows: its own, then each context statement's, once each. Given
 * `statements`, only those context statements are shown (the dashboard shows each once).
 * @example claimsForFigures([exports], claims).map((c) => c.claimId) // ['japan-exports-to-russia-2001', 'mofa-…@4015-4177'] (own claims first, then statements)
 * @example claimsForFigures([exports], claims, new Set()).length // 1
 */
export function claimsForFigures(
  figures: Figure[],
  claims: ClaimRecords[],
  statements?: ReadonlySet<string>,
): ClaimRecords[] {
  const byId = new Map(claims.map((c) => [c.claimId, c]));
  // The figures' own claims first, then the statements they answer, each once.
  const ids = new Set<string>(figures.map((f) => f.id));
  for (const f of figures) {
    for (const c of f.context ?? []) {
      const id = contextClaimId(c.quote);
      if (!statements || statements.has(id)) ids.add(id);
    }
  }
  return [...ids].flatMap((id) => byId.get(id) ?? []);
}

/**
 * Where the dashboard shows each answered statement, once: on the card of the first figure (in
 * the dataset's order, which is the source's) that answers it. Putin's "trade … is not
 * increasing" is answered first by the exports figure, so it sits with the growth chart, and the
 * other cards show only their own figures' records.
 * @example statementHomes([{ chart: growth, figures: [exports, fdi] }, { chart: shares, figures: [s1, s2] }], dataset.figures)
 * // Map { 'growth-2001' => Set { 'mofa-…@4015-4177' }, 'sakhalin-capital-shares' => Set {} }
 */
export function statementHomes(
  cards: readonly { chart: { id: string }; figures: readonly Figure[] }[],
  order: readonly Figure[],
): Map<string, Set<string>> {
  const homes = new Map(cards.map((c) => [c.chart.id, new Set<string>()]));
  const chartOf = new Map(cards.flatMap((c) => c.figures.map((f) => [f.id, c.chart.id] as const)));
  const placed = new Set<string>();
  for (const f of order) {
    const home = homes.get(chartOf.get(f.id) ?? '');
    if (!home) continue;
    for (const c of f.context ?? []) {
      const id = contextClaimId(c.quote);
      if (placed.has(id)) continue;
      placed.add(id);
      home.add(id);
    }
  }
  return homes;
}

/**
 * The card's one-line summary, from the figures alone (no fetch): which claims have a record.
 * @example claimSummary([exports, fdi]) // 'Claim and record: a record for 1 of 2 figures and for the statement they answer'
 * @example claimSummary([sofar, expected]) // 'Claim and record: no record found for these 2 figures'
 * @example claimSummary([s1, s2], new Set()) // 'Claim and record: a record for 2 of 2 figures' (the statement is shown elsewhere)
 */
export function claimSummary(figures: Figure[], shown?: ReadonlySet<string>): string | undefined {
  const linked = figures.filter((f) => f.records);
  if (linked.length === 0) return undefined;
  const n = linked.length;
  const withRecord = linked.filter((f) => (f.records?.links.length ?? 0) > 0).length;
  const statements = new Set(
    figures.flatMap((f) =>
      (f.context ?? [])
        .filter((c) => (c.records?.links.length ?? 0) > 0)
        .map((c) => contextClaimId(c.quote))
        .filter((id) => !shown || shown.has(id)),
    ),
  ).size;
  const who = n === 1 ? 'it answers' : 'they answer';
  const statementPart =
    statements === 0 ? '' : ` and for the statement${statements === 1 ? '' : 's'} ${who}`;
  if (withRecord === 0)
    return `Claim and record: no record found for ${n === 1 ? 'this figure' : `these ${n} figures`}${statementPart ? `; a record${statementPart.replace(' and', '')}` : ''}`;
  return `Claim and record: a record for ${withRecord} of ${n} figure${n === 1 ? '' : 's'}${statementPart}`;
}
