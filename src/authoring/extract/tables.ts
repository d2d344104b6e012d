// Tables written as text: a header line whose columns name their unit in brackets ("Previous rate
// (percent)  Change (basis points)  New rate (percent)") over rows that end with one bare number a
// column. Finds those cells; the unit of each is the shared reader's (statedValue's tableColumn).
// Pure text work on UTF-16 indexes; it builds no figures.

import { TABLE_CELL, tableColumn, tableHeaderUnits } from '../../model/statedValue.ts';

/** One bare number under a header that gives its unit. */
export interface TableCell {
  start: number;
  end: number;
  kind: 'share' | 'change';
  /** The header line's start and the row's end: the quote, whose top gives the cell its unit. */
  headerStart: number;
  rowEnd: number;
}

/** The run of bare cells that ends a row, after the row's own words (its label). */
const ROW_CELLS_RE = new RegExp(
  String.raw`(?:^|[\s|])((?:${TABLE_CELL}[ \t|]+)*${TABLE_CELL})[ \t|]*$`,
);
const CELL_RE = new RegExp(TABLE_CELL, 'g');
/** A cheap test before the line-by-line scan: a unit in brackets at all. */
const ANY_UNIT_RE = /\((?:in\s+)?(?:%|per\s?cent|percent|pp|p\.p\.|basis|bps?|b\.p\.)/i;

/**
 * Every bare cell of every table in the text: rows right under a header (blank lines may come
 * between) whose words end with exactly as many bare numbers as the header has units, after a
 * label with a letter in it. The first line that is no such row ends the table.
 * @example tableCells('Rate Old (%) New (%)\nBase rate 4.25 4.50').map((c) => c.kind) // ['share', 'share']
 */
export function tableCells(text: string): TableCell[] {
  if (!ANY_UNIT_RE.test(text)) return [];
  const cells: TableCell[] = [];
  const lines: [number, number][] = [];
  for (let pos = 0; pos <= text.length;) {
    const end = text.indexOf('\n', pos);
    const lineEnd = end < 0 ? text.length : end;
    lines.push([pos, lineEnd]);
    pos = lineEnd + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    const [headerStart, headerEnd] = lines[i]!;
    const columns = tableHeaderUnits(text.slice(headerStart, headerEnd));
    if (columns === 0) continue;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const [rowStart, rowEnd] = lines[j]!;
      const row = text.slice(rowStart, rowEnd);
      if (row.trim() === '') continue;
      const run = ROW_CELLS_RE.exec(row);
      if (!run || !/\p{L}/u.test(row.slice(0, run.index))) break;
      const found = [...run[1]!.matchAll(CELL_RE)];
      if (found.length !== columns) break;
      const runStart = rowStart + run.index + run[0].indexOf(run[1]!);
      const rowCells: TableCell[] = [];
      for (const cell of found) {
        const start = runStart + cell.index;
        const column = tableColumn(text.slice(headerStart, start));
        if (!column) break;
        rowCells.push({
          start,
          end: start + cell[0].length,
          kind: column.kind,
          headerStart,
          rowEnd,
        });
      }
      if (rowCells.length !== columns) break;
      cells.push(...rowCells);
    }
    i = j - 1;
  }
  return cells;
}
