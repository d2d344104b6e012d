// One problem found in a data file, and how to print it: file:line:column — figure — field —
// what is wrong — how to fix it. Plain data; no I/O.

export interface DataError {
  /** Path of the file, relative to the project (e.g. data/figures/x.json). */
  file: string;
  line?: number;
  column?: number;
  /** The figure (or chart, or source) the problem belongs to, when there is one. */
  figureId?: string;
  /** Dotted path of the field inside the file's record, e.g. quote.exact. */
  field?: string;
  message: string;
  fix: string;
}

/**
 * One line a person can act on.
 * @example formatDataError({ file: 'data/figures/a.json', line: 3, column: 5, figureId: 'x',
 *   field: 'value', message: 'must be a number', fix: 'write 40, not "40"' })
 * // 'data/figures/a.json:3:5 — x — value — must be a number — write 40, not "40"'
 */
export function formatDataError(e: DataError): string {
  const where = e.line ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file;
  return [where, e.figureId ?? '-', e.field ?? '-', e.message, e.fix].join(' — ');
}

/** Thrown by the loader and the build when validation found problems. */
export class DataValidationError extends Error {
  constructor(readonly errors: DataError[]) {
    super(
      `Data validation failed with ${errors.length} problem${errors.length === 1 ? '' : 's'}:\n` +
        errors.map((e) => `  ${formatDataError(e)}`).join('\n'),
    );
    this.name = 'DataValidationError';
  }
}
