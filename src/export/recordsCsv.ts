// Statistical records as CSV: one row an observation, with the record's unit, scale, side and
// provenance, so a spreadsheet can redo every comparison. Pure; no I/O.

import type { StatRecord } from '../model/record.ts';
import { csvTable } from './csv.ts';

export const RECORD_CSV_COLUMNS = [
  'record_id',
  'label',
  'measure',
  'period',
  'value',
  'parts',
  'unit',
  'scale',
  'side',
  'publisher',
  'title',
  'url',
  'via',
  'passage',
  'consulted',
  'note',
] as const;

/**
 * One header row and one row an observation. A share given as parts has an empty `value` and
 * its parts as "label: value" joined by " | " (the sum is computed, never stored).
 * @example recordsToCsv([medt]).split('\r\n')[1] // 'medt-russia-imports-from-japan,…,1995,1170.1,,USD,1000000,…'
 */
export function recordsToCsv(records: readonly StatRecord[]): string {
  const rows = records.flatMap((r) =>
    r.observations.map((o) => [
      r.id,
      r.label,
      r.measure,
      o.period,
      o.value === undefined ? '' : String(o.value),
      (o.parts ?? []).map((p) => `${p.label}: ${p.value}`).join(' | '),
      r.unit,
      String(r.scale ?? 1),
      r.side,
      r.provenance.publisher,
      r.provenance.title,
      r.provenance.url,
      r.provenance.via ?? '',
      r.provenance.passage,
      r.provenance.consulted,
      o.note ?? '',
    ]),
  );
  return csvTable([RECORD_CSV_COLUMNS, ...rows]);
}
