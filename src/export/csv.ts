// Figures as CSV (RFC 4180) with quotes, offsets and source URL, for spreadsheets. Pure; no I/O.

import type { Figure, PublishedSource } from '../model/figure.ts';

/** Columns appended after the figure's own (the record columns, export/recordLines.ts). */
export interface ExtraColumns {
  columns: readonly string[];
  /** A figure's cells, in `columns` order. */
  cells(figure: Figure): readonly string[];
}

export const CSV_COLUMNS = [
  'id',
  'label',
  'topic',
  'kind',
  'value',
  'low',
  'high',
  'unit',
  'status',
  'period',
  'base_period',
  'as_of',
  'speaker',
  'stated',
  'quote',
  'quote_start',
  'quote_end',
  'source_id',
  'source_title',
  'source_publisher',
  'source_date',
  'source_url',
  'notes',
] as const;

/**
 * One header row and one row a figure; cells are quoted when they need to be. `extra` columns
 * (the record columns of recordLines.ts' recordColumns) follow the figure's own.
 * @example figuresToCsv([fig], [src]).split('\r\n')[0] // 'id,label,topic,…'
 * @example figuresToCsv([fig], [src], recordColumns(published)).split('\r\n')[0] // 'id,…,notes,record_status,…'
 */
export function figuresToCsv(
  figures: readonly Figure[],
  sources: readonly PublishedSource[],
  extra?: ExtraColumns,
): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const rows = figures.map((f) => {
    const s = byId.get(f.quote.sourceId);
    return [
      f.id,
      f.label,
      f.topic,
      f.kind,
      // A range leaves "value" empty and gives both ends; a single value leaves the ends empty.
      f.value === undefined ? '' : String(f.value),
      f.range ? String(f.range.low) : '',
      f.range ? String(f.range.high) : '',
      f.unit,
      f.status,
      f.period ?? '',
      f.basePeriod ?? '',
      f.asOf ?? '',
      f.speaker,
      f.stated.text,
      f.quote.exact,
      String(f.quote.start),
      String(f.quote.end),
      f.quote.sourceId,
      s?.title ?? '',
      s?.publisher ?? '',
      s?.date ?? '',
      s?.url ?? '',
      f.notes.join(' | '),
      ...(extra?.cells(f) ?? []),
    ];
  });
  const header: string[] = [...CSV_COLUMNS, ...(extra?.columns ?? [])];
  return csvTable([header, ...rows]);
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** Quotes a cell when it holds a comma, quote or line break; neutralises spreadsheet formulas.
 * @example csvCell('a,b') // '"a,b"' */
export function csvCell(value: string): string {
  // A leading =, +, -, @, tab or CR would run as a formula in a spreadsheet: prefix a quote mark,
  // unless the whole cell is a plain number ("-5", "+3", "-1.5e3"; "-1+1+cmd|…" is not).
  const safe = /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows (the first is the header) as RFC 4180 text with CRLF line ends.
 * @example csvTable([['a', 'b'], ['1', 'x,y']]) // 'a,b\r\n1,"x,y"\r\n' */
export function csvTable(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
