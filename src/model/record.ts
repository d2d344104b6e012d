// The typed shape of a statistical record (a published series with its provenance) and of the
// links by which a figure or a context quote names the records that speak to it.
// Pure types; nothing here reads files, validates JSON or computes a comparison.

import type { Unit } from './figure.ts';

/** What the observations of a record are: a level in `unit` × `scale`, or a percent share. */
export type RecordMeasure = 'level' | 'share';

/** Where a record's numbers come from, as a reader would check them. */
export interface RecordProvenance {
  /** Who compiled the statistics ("Ministry of Economic Development and Trade of Russia"). */
  publisher: string;
  /** The document consulted, and where it can be read. */
  title: string;
  url: string;
  /** Who reproduced the table when it was not read at its compiler ("ERINA column by …"). */
  via?: string;
  /** The table, row or passage the numbers come from. */
  passage: string;
  /** When the consulted document was published (YYYY, YYYY-MM or YYYY-MM-DD), if it says. */
  published?: string;
  /** When our copy was consulted (YYYY-MM-DD). */
  consulted: string;
}

/** One part of a share (a shareholder's interest): a record's share is the sum of its parts. */
export interface RecordPart {
  label: string;
  value: number;
}

/** One observation: a value, or parts whose sum the build computes (never typed as a total). */
export interface Observation {
  period: string;
  value?: number;
  parts?: RecordPart[];
  note?: string;
}

export interface StatRecord {
  id: string;
  label: string;
  measure: RecordMeasure;
  unit: Unit;
  /** Observations are in units of `scale` (1e6 for "US$ million"); 1 when absent. */
  scale?: number;
  /** Whose statistics these are, e.g. "Russia's statistics (importer's side)". */
  side: string;
  provenance: RecordProvenance;
  observations: Observation[];
  notes: string[];
}

/**
 * How a claim is read against a record: `growth` from one period to another (for a change),
 * `share` at a period (for a share), `level` at a period (for an amount).
 */
export type RecordComparisonKind = 'growth' | 'share' | 'level';

/** What a statement without a number asserts about the direction of a quantity. */
export type ClaimDirection = 'increase' | 'decrease' | 'no-increase' | 'no-decrease';

export interface RecordLink {
  record: string;
  compare: RecordComparisonKind;
  /** For growth: the base period and the period compared with it. */
  from?: string;
  to?: string;
  /** For share and level: the period read. */
  at?: string;
  /** For a statement without a number (Putin's "not increasing"): the direction it asserts. */
  direction?: ClaimDirection;
  /** How the record's scope differs from the claim's, in words a reader can check. */
  scope?: string;
}

/** The records a figure or a context quote names, or what was searched when none was found. */
export interface RecordLinks {
  links: RecordLink[];
  /** Required when `links` is empty: where we looked, so "No record found" can say it. */
  searched?: string;
}
