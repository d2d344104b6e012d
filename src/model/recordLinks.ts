// Whether figures name a statistical record: the one check the embed makes before it requests
// data/records.json, in a module of its own so the embed's startup chunk carries this line and not
// the claim-and-record arithmetic (model/claimRecord.ts, which re-exports it). Pure, no I/O.

import type { Figure } from './figure.ts';

/**
 * Whether any of `figures`, or a statement one of them answers, names a record or a search.
 * @example linksRecords([exports]) // true (its records name one)
 */
export function linksRecords(figures: readonly Pick<Figure, 'records' | 'context'>[]): boolean {
  return figures.some((f) => Boolean(f.records || f.context?.some((c) => c.records)));
}
