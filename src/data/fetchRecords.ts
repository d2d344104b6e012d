// Loads the published statistical records and the build's claim-and-record comparisons
// (data/records.json) in the browser, once, on demand, and checks their shape. No Svelte.

import type { ClaimRecords } from '../model/claimRecord.ts';
import type { StatRecord } from '../model/record.ts';
import { DataLoadError } from './fetchDataset.ts';

export interface PublishedRecords {
  records: StatRecord[];
  claims: ClaimRecords[];
}

let cached: Promise<PublishedRecords> | undefined;

/**
 * The records file, fetched at most once per page (a failed fetch may be tried again).
 * @example const { claims } = await loadRecords(); claims[0].comparisons[0].arithmetic
 * // '719.3 / 571.4 − 1 = +25.9 %'
 * @throws DataLoadError naming the file and what to do.
 */
export function loadRecords(
  url = './data/records.json',
  fetchFn: (u: string) => Promise<Response> = (u) => fetch(u),
): Promise<PublishedRecords> {
  cached ??= fetchRecords(url, fetchFn).catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}

async function fetchRecords(
  url: string,
  fetchFn: (u: string) => Promise<Response>,
): Promise<PublishedRecords> {
  let body: unknown;
  try {
    const res = await fetchFn(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    body = await res.json();
  } catch (e) {
    throw new DataLoadError(
      `data/records.json could not be loaded (${(e as Error).message}).`,
      'Check your connection and reload; if it persists, rebuild with npm run build and deploy all of dist/.',
    );
  }
  return checkRecords(body);
}

/** Checks the published records file's shape; every problem names the file and the entry.
 * @example checkRecords({ version: 1, records: [], claims: [] }) // { records: [], claims: [] } */
export function checkRecords(body: unknown): PublishedRecords {
  const b = body as { version?: unknown; records?: unknown; claims?: unknown } | null;
  if (!b || b.version !== 1 || !Array.isArray(b.records) || !Array.isArray(b.claims))
    throw new DataLoadError(
      'data/records.json is not a Cited Figures records file (version 1 with "records" and "claims").',
      'Rebuild the site with npm run build and deploy the whole dist/ folder.',
    );
  const records = b.records as StatRecord[];
  const claims = b.claims as ClaimRecords[];
  records.forEach((r, i) => {
    if (!r || typeof r.id !== 'string' || typeof r.provenance?.url !== 'string')
      throw new DataLoadError(
        `data/records.json: record ${i + 1} (${String(r?.id)}) is incomplete.`,
        'Run npm run check:data, fix the reported problem, and rebuild.',
      );
  });
  claims.forEach((c, i) => {
    if (!c || typeof c.claimId !== 'string' || !Array.isArray(c.comparisons))
      throw new DataLoadError(
        `data/records.json: claim ${i + 1} (${String(c?.claimId)}) is incomplete.`,
        'Run npm run check:data, fix the reported problem, and rebuild.',
      );
  });
  return { records, claims };
}

/** Forgets the loaded records, so the next call fetches again (after a deploy, and in tests). */
export function forgetRecords(): void {
  cached = undefined;
}
